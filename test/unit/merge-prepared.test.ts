// A merge preview compares without writing and says what the merge will do; its confirm merges
// the copy the preview checked, and refuses a file that changed since, leaving the database whole.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importDocument } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { allRecords, recordsOfDocument } from '../../db/projection';
import { addComment, setField, setStatus } from '../../db/review';
import { fixedProfile, Workbench } from '../../db/service';
import { signDocument } from '../../db/signoff';
import { openStore } from '../../db/store';
import { Identity } from '../../electron/identity';
import { errorText } from '../../renderer/logic/errors';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const seed = (name: string) => fs.readFileSync(seedPath(name));
let n = 0;
const file = (tag = 'm') => path.join(dir, `${tag}${n++}.yosan`);

/** Everything a merge could change, to compare before and after. */
const state = (db: Database.Database) =>
  JSON.stringify({
    records: allRecords(db),
    events: db.prepare('SELECT id FROM events ORDER BY id').pluck().all(),
    documents: db.prepare('SELECT id, file_name, imported_at FROM documents ORDER BY id').all(),
    signoffs: db.prepare('SELECT id FROM signoffs ORDER BY id').pluck().all(),
    progress: db.prepare('SELECT * FROM document_progress ORDER BY document_id').all(),
  });

/** Two colleagues who started from one file and went on apart: conflicts, a new document, a sign-off. */
function colleagues() {
  const supervisor = new Identity(path.join(dir, `sup${n++}`), () => '部長');
  const start = file('start');
  const a = openStore(start);
  const doc = importDocument(a, '002.txt', seed('002_486e34976f171ce8.txt'), 'lead').document.id;
  const recs = recordsOfDocument(a, doc);
  a.close();
  const fa = file('a');
  const fb = file('b');
  fs.copyFileSync(start, fa);
  fs.copyFileSync(start, fb);
  const dbA = openStore(fa);
  const dbB = openStore(fb);
  recs.slice(0, 6).forEach((r) => setStatus(dbA, 'hanako', r.id, 'approved'));
  setField(dbA, 'hanako', recs[7].id, 'item', 'ハナコの名前');
  recs.slice(4, 10).forEach((r) => setStatus(dbB, 'taro', r.id, 'rejected'));
  setField(dbB, 'taro', recs[7].id, 'item', 'タロウの名前'); // a conflict
  addComment(dbB, 'taro', recs[1].id, '確認済み');
  const other = importDocument(dbB, '004.txt', seed('004_8439e93dcf65bf03.txt'), 'lead').document.id;
  for (const r of recordsOfDocument(dbB, other)) setStatus(dbB, 'taro', r.id, 'approved');
  signDocument(dbB, other, supervisor.signer(), null);
  const theirs = file('theirs');
  exportReviewFile(dbB, theirs);
  dbB.close();
  return { db: dbA, path: fa, theirs, recs };
}

function refusalOf(f: () => unknown): (Error & { code?: string; params?: Record<string, string> }) | null {
  try {
    f();
  } catch (e) {
    return e as Error & { code?: string; params?: Record<string, string> };
  }
  return null;
}

const workbench = (db: Database.Database, f: string) =>
  new Workbench(db, { host: 'cli', version: 't', dbPath: f, osLocale: 'ja', profile: fixedProfile('hanako') });

describe('merge preview and confirm', () => {
  it('the preview writes nothing and its summary is what the merge then does', () => {
    const { db, theirs } = colleagues();
    const before = state(db);
    const preview = mergeFile(db, theirs, { dryRun: true });
    expect(state(db)).toBe(before);
    expect(preview.documents).toBe(1);
    expect(preview.signoffs).toBe(1);
    expect(preview.conflicts).toBeGreaterThan(0);
    expect(mergeFile(db, theirs)).toEqual(preview);
    expect(mergeFile(db, theirs, { dryRun: true })).toEqual({ documents: 0, events: 0, records: 0, conflicts: 0, signoffs: 0 });
    db.close();
  });

  it('a confirm merges the prepared copy and gives what a merge without preview gives', () => {
    const { db, path: mine, theirs } = colleagues();
    const twin = file('twin');
    db.close();
    fs.copyFileSync(mine, twin);
    const wb = workbench(openStore(mine), mine);
    const preview = wb.mergeFile(theirs, { dryRun: true, name: 'theirs.yosan' });
    const applied = wb.mergeFile(theirs, { dryRun: false, name: 'theirs.yosan' });
    expect(applied).toEqual(preview);
    const direct = openStore(twin);
    expect(mergeFile(direct, theirs)).toEqual(applied);
    expect(state(wb.db)).toBe(state(direct));
    wb.db.close();
    direct.close();
  });

  it('a file changed since its preview is refused with its reason, the database whole; a new preview then merges it', () => {
    const { db, path: mine, theirs } = colleagues();
    const wb = workbench(db, mine);
    wb.mergeFile(theirs, { dryRun: true, name: 'theirs.yosan' });
    // The colleague's file is replaced by another, valid one: not what the preview showed.
    const other = openStore(theirs);
    setStatus(other, 'taro', allRecords(other).find((r) => r.status === 'pending')!.id, 'rejected');
    other.pragma('wal_checkpoint(TRUNCATE)');
    other.close();
    const before = state(wb.db);
    const refused = refusalOf(() => wb.mergeFile(theirs, { dryRun: false, name: 'theirs.yosan' }));
    expect(refused?.code).toBe('refused_file');
    expect(refused?.params?.reason).toBe('changed_since_preview');
    expect(errorText('en', { code: refused!.code!, message: refused!.message, params: { ...refused!.params, file: 'theirs.yosan' } })).toMatch(/changed since its preview/);
    expect(errorText('ja', { code: refused!.code!, message: refused!.message, params: { ...refused!.params, file: 'theirs.yosan' } })).toMatch(/ファイルが変わりました/);
    expect(state(wb.db)).toBe(before);
    // The refusal let go of the preview: the next confirm checks the file as it is now.
    const again = wb.mergeFile(theirs, { dryRun: true, name: 'theirs.yosan' });
    expect(wb.mergeFile(theirs, { dryRun: false, name: 'theirs.yosan' })).toEqual(again);
    wb.db.close();
  });

  it('a confirm of another file than the one previewed checks that file in full', () => {
    const { db, path: mine, theirs } = colleagues();
    const wb = workbench(db, mine);
    wb.mergeFile(theirs, { dryRun: true, name: 'theirs.yosan' });
    const junk = file('junk');
    fs.writeFileSync(junk, 'not a database');
    const before = state(wb.db);
    expect(() => wb.mergeFile(junk, { dryRun: false, name: 'junk.yosan' })).toThrow(/not an SQLite database/);
    expect(state(wb.db)).toBe(before);
    wb.db.close();
  });
});
