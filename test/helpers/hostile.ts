// Hostile review files for the checker's tests: a colleague's good file, edited by hand the way
// an attacker who knows the code would (ids re-hashed, the projection rebuilt, triggers put
// back), and one assertion that merge, open and verify all refuse it with its reason while the
// open database's bytes stay as they were.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { checkedForOpen, openChecked } from '../../db/exchange-file';
import { errorText, refusalWordings } from '../../renderer/logic/errors';
import { storedEvent, storedEventId } from '../../db/hash';
import { mergeFile } from '../../db/merge';
import { allRecords, rebuildAllRecords } from '../../db/projection';
import { openStore } from '../../db/store';
import type { EventInput } from '../../shared/events';

export const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/** Edits a copy of `good` with a raw connection, triggers lifted; `rehash` re-derives every event id and the projection after. */
export function forge(good: string, file: string, edit: (db: Database.Database) => void, opts: { rehash?: boolean; reproject?: boolean; schema?: boolean } = {}): string {
  fs.copyFileSync(good, file);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  // `schema`: the edit changes the schema itself, so triggers are left as it makes them.
  const triggers = opts.schema ? [] : (db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]);
  if (!opts.schema) for (const name of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
  db.transaction(() => edit(db))();
  if (opts.rehash) {
    const rows = db.prepare('SELECT seq, hlc, actor, document_id, record_id, type, field, value, parents FROM events').all() as (Parameters<typeof storedEventId>[0] & { seq: number })[];
    const set = db.prepare('UPDATE events SET id = ? WHERE seq = ?');
    for (const r of rows) set.run(storedEventId(r), r.seq);
  }
  if (opts.reproject ?? opts.rehash) {
    rebuildAllRecords(db);
    // The review counts the triggers (lifted here) would have kept, as such an attacker would.
    db.exec(`INSERT INTO document_progress (document_id, records, reviewed)
      SELECT document_id, count(*), count(CASE WHEN status != 'pending' THEN 1 END) FROM records GROUP BY document_id`);
  }
  for (const sql of triggers) db.exec(sql);
  db.close();
  return file;
}

/** Appends an event as the store would write it (its id the hash of its content). */
export function insertEvent(db: Database.Database, e: EventInput): string {
  const s = storedEvent(e);
  const id = storedEventId(s);
  db.prepare('INSERT INTO events (id, hlc, actor, document_id, record_id, type, field, value, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id, s.hlc, s.actor, s.document_id, s.record_id, s.type, s.field, s.value, s.parents,
  );
  return id;
}

/** Merge into `mine`, verify, and open each refuse `file` with `reason`; `mine` and `file` stay byte-identical. */
/** A refusal carries its reason as a code the UI words in Japanese and English, naming the user's file. */
function expectWorded(e: (Error & { code?: string; params?: Record<string, string | number> }) | null): void {
  const reason = e?.params?.reason;
  expect(typeof reason === 'string' && Object.hasOwn(refusalWordings, reason), `a known reason code, not ${String(reason)}`).toBe(true);
  const shown = { code: e!.code, message: e!.message, params: { ...e!.params, file: '利用者の.yosan' } };
  expect(errorText('ja', shown)).toMatch(/^「利用者の\.yosan」を受け付けませんでした。.*理由: /u);
  expect(errorText('en', shown)).toMatch(/^利用者の\.yosan was refused; .* Reason: /u);
}

export function expectRefusedEverywhere(mine: string, file: string, reason: RegExp, keepDir: string): void {
  const before = sha(mine);
  const fileBefore = fs.lstatSync(file).isFile() ? sha(file) : null;
  const db = openStore(mine);
  const content = JSON.stringify(allRecords(db));
  const counts = () => db.prepare('SELECT (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM signoffs) AS s').get();
  const countsBefore = counts();
  const refusal = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e as Error & { code?: string };
    }
    return null;
  };
  // The preview (a read-only comparison) refuses whatever the merge refuses, for the same reason.
  const previewed = refusal(() => mergeFile(db, file, { dryRun: true, name: path.basename(file) }));
  expect(previewed?.message, 'preview').toMatch(reason);
  expectWorded(previewed);
  const merged = refusal(() => mergeFile(db, file, { name: path.basename(file) }));
  expect(merged?.message, 'merge').toMatch(reason);
  expect(merged?.code).toBe('refused_file');
  expectWorded(merged);
  expect(JSON.stringify(allRecords(db))).toBe(content);
  expect(counts()).toEqual(countsBefore);
  expect(db.prepare("SELECT count(*) AS n FROM pragma_database_list WHERE name = 'incoming'").get()).toEqual({ n: 0 });
  db.close();
  expect(sha(mine), 'the open database is byte-identical').toBe(before);
  const verified = refusal(() => openChecked(file).dispose());
  expect(verified?.message, 'verify').toMatch(reason);
  expectWorded(verified);
  const opened = refusal(() => checkedForOpen(file, path.basename(file), keepDir));
  expect(opened?.message, 'open').toMatch(reason);
  expectWorded(opened);
  expect(fs.existsSync(keepDir) ? fs.readdirSync(keepDir) : []).toEqual([]);
  if (fileBefore) expect(sha(file), 'the refused file itself is untouched').toBe(fileBefore);
}
