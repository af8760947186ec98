// Files that are not plain review files: a pipe, a device, a folder, links to them, an empty
// file, a read-only file, and a file with a -wal beside it. None may block, be read without
// end, be written to, or show merge and verify other content than Open shows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../db/documents';
import { checkedForOpen, openChecked } from '../../db/exchange-file';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { allRecords } from '../../db/projection';
import { setField, setStatus } from '../../db/review';
import { listSignoffs, signDocument } from '../../db/signoff';
import { openStore } from '../../db/store';
import { Identity } from '../../electron/identity';
import { expectRefusedEverywhere, sha } from '../helpers/hostile';
import { REPO, seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const mine = path.join(dir, 'mine.yosan');
const good = path.join(dir, 'colleague.yosan');
const keep = path.join(dir, 'opened');
const home = path.join(dir, 'home');
const supervisor = new Identity(home, () => '部長');
const refused = (file: string, reason: RegExp) => expectRefusedEverywhere(mine, file, reason, keep);

/** The CLI's verify, as a process that must finish (a pipe must never block it). */
function verify(file: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'verify', file], {
    cwd: REPO, encoding: 'utf8', env: { ...process.env, YOSAN_HOME: home }, timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

beforeAll(() => {
  const a = openStore(mine);
  importDocument(a, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'me');
  a.close();
  const b = openStore(path.join(dir, 'b.yosan'));
  const doc = importDocument(b, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'them').document.id;
  for (const r of allRecords(b)) setStatus(b, 'taro', r.id, 'approved');
  signDocument(b, doc, supervisor.signer(), null);
  exportReviewFile(b, good);
  b.close();
});

describe('special files are refused by name, never read', () => {
  it('a pipe (FIFO) named x.yosan: refused at once, verify does not block', () => {
    const fifo = path.join(dir, 'x.yosan');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    refused(fifo, /x\.yosan is a pipe \(FIFO\), not a review file: refused/);
    const v = verify(fifo);
    expect(v.timedOut).toBe(false);
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/is a pipe \(FIFO\)/);
    expect(v.stdout).not.toMatch(/valid/);
  }, 180_000);

  it('a link to /dev/zero: refused, nothing read', () => {
    const link = path.join(dir, 'zero.yosan');
    fs.symlinkSync('/dev/zero', link);
    refused(link, /zero\.yosan is a link to a device, not a review file/);
  });

  it('a folder, and a link to one', () => {
    const folder = path.join(dir, 'folder.yosan');
    fs.mkdirSync(folder);
    refused(folder, /folder\.yosan is a folder, not a review file/);
    const link = path.join(dir, 'folder-link.yosan');
    fs.symlinkSync(folder, link);
    refused(link, /folder-link\.yosan is a link to a folder/);
  });

  it('a zero-byte file is refused, not turned into an empty database', () => {
    const empty = path.join(dir, 'empty.yosan');
    fs.writeFileSync(empty, '');
    refused(empty, /empty\.yosan is empty \(not a Yosan review file\)/);
    expect(fs.statSync(empty).size).toBe(0);
  });

  it('a pipe beside the file as its -wal is refused by its name', () => {
    const file = path.join(dir, 'walpipe.yosan');
    fs.copyFileSync(good, file);
    expect(spawnSync('mkfifo', [`${file}-wal`]).status).toBe(0);
    refused(file, /walpipe\.yosan-wal is a pipe \(FIFO\)/);
  });
});

describe('a read-only file', () => {
  it('merges, verifies and opens (as a checked copy), and is never written', () => {
    const ro = path.join(dir, 'readonly.yosan');
    fs.copyFileSync(good, ro);
    fs.chmodSync(ro, 0o444);
    const before = sha(ro);
    const mtime = fs.statSync(ro).mtimeMs;
    const copy = path.join(dir, 'mine-ro.yosan');
    fs.copyFileSync(mine, copy);
    const db = openStore(copy);
    expect(mergeFile(db, ro)).toMatchObject({ signoffs: 1 });
    db.close();
    const v = openChecked(ro);
    expect(listSignoffs(v.db, supervisor).map((s) => s.state)).toEqual(['valid']);
    v.dispose();
    const opened = checkedForOpen(ro, 'readonly.yosan', keep);
    expect(path.dirname(opened)).toBe(keep);
    const w = openStore(opened);
    setField(w, 'me', allRecords(w)[0].id, 'item', '編集できる');
    w.close();
    expect(sha(ro)).toBe(before);
    expect(fs.statSync(ro).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('readonly.yosan-'))).toEqual([]);
  });
});

describe('a -wal beside the file', () => {
  it('is folded into the private copy: merge and verify see what Open shows (amounts ×10: stale, not valid)', () => {
    // A live database whose last changes sit in its WAL, copied with the WAL beside it.
    const live = path.join(dir, 'live.yosan');
    fs.copyFileSync(good, live);
    const db = openStore(live);
    db.pragma('wal_autocheckpoint = 0');
    db.prepare('SELECT 1').get();
    const target = allRecords(db)[0];
    setField(db, 'mallory', target.id, 'yen', target.yen * 10);
    const file = path.join(dir, 'walled.yosan');
    fs.copyFileSync(live, file);
    fs.copyFileSync(`${live}-wal`, `${file}-wal`);
    db.close();
    const walBefore = sha(`${file}-wal`);

    const v = openChecked(file);
    expect(allRecords(v.db).find((r) => r.id === target.id)?.yen).toBe(target.yen * 10);
    expect(listSignoffs(v.db, supervisor)[0]).toMatchObject({ state: 'stale', changed: [target.id] });
    v.dispose();
    const cli = verify(file);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^stale /);

    const copy = path.join(dir, 'mine-wal.yosan');
    fs.copyFileSync(mine, copy);
    const m = openStore(copy);
    mergeFile(m, file);
    expect(allRecords(m).find((r) => r.id === target.id)).toMatchObject({ yen: target.yen * 10 });
    m.close();
    expect(sha(`${file}-wal`)).toBe(walBefore); // checking never checkpoints the file itself

    const opened = openStore(checkedForOpen(file, 'walled.yosan', keep));
    expect(allRecords(opened).find((r) => r.id === target.id)?.yen).toBe(target.yen * 10);
    opened.close();
  });
});
