// A crash mid-write leaves the database as it was: an import killed at any moment either
// happened whole or not at all, and the file stays intact.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { REPO, SEEDS, tmpDir } from '../helpers/tmp';

const dir = tmpDir();

function state(file: string) {
  const db = new Database(file, { readonly: true });
  const s = {
    check: db.pragma('quick_check', { simple: true }),
    documents: (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,
    events: (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n,
    records: (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n,
  };
  db.close();
  return s;
}

describe('crash safety', () => {
  it('an import killed at any moment leaves the database whole: all of the document or none of it', async () => {
    const db = path.join(dir, 'crash.yosan');
    expect(yosan(['import', '--db', db, path.join(SEEDS, '004_8439e93dcf65bf03.txt')]).code).toBe(0);
    const before = state(db);
    // A large document (the seeds many times over), so there is time to kill mid-work.
    const seeds = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')).join('\n');
    const outcomes = new Set<string>();
    // How long a whole import of such a document takes here; kills then spread over start-up,
    // extraction and the write transaction (the commit comes last).
    const sample = path.join(dir, 'big-sample.txt');
    fs.writeFileSync(sample, '見本\n' + seeds.repeat(15));
    const t0 = Date.now();
    expect(yosan(['import', '--db', path.join(dir, 'timing.yosan'), sample]).code).toBe(0);
    const whole = Date.now() - t0;
    const delays = [0.1, 0.3, 0.5, 0.65, 0.75, 0.85, 0.92, 0.97].map((f) => Math.round(f * whole));
    for (const [i, delay] of delays.entries()) {
      const big = path.join(dir, `big-${i}.txt`);
      fs.writeFileSync(big, `第${i}版\n` + seeds.repeat(15));
      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'import', '--db', db, big], { cwd: REPO, stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL'); // no-op when it already finished
      await exited;
      const after = state(db);
      expect(after.check).toBe('ok');
      expect(after.events).toBe(after.records); // the projection is never half written
      const imported = after.documents - before.documents;
      outcomes.add(imported === 0 ? 'none' : 'whole');
      if (imported === 0) expect(after.events).toBe(before.events);
      else {
        expect(after.events).toBeGreaterThan(before.events);
        before.documents = after.documents;
        before.events = after.events;
      }
    }
    console.log('crash outcomes:', [...outcomes].join(', '));
    // The database still takes writes normally afterwards.
    expect(yosan(['import', '--db', db, path.join(SEEDS, '002_486e34976f171ce8.txt')]).code).toBe(0);
    // Early kills certainly precede the commit; whether a late one lands after it depends on timing.
    expect(outcomes.has('none')).toBe(true);
  }, 600_000); // ten imports of a large document as processes: generous on a loaded machine
});
