// Writes that cost the same at any size keep their answers: the review counts kept per document
// (by triggers) equal a full recount after every kind of change, and sign-off states checked
// only when their document changed equal a full check. Real SQLite files throughout.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { readyToSign } from '../helpers/ready-to-sign';
import { describe, expect, it } from 'vitest';
import { importDocument, listDocuments } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { recountProgress, recordsOfDocument, reviewProgress } from '../../db/projection';
import { addRecord, redo, setField, setStatus, undo } from '../../db/review';
import { listSignoffs, signDocument } from '../../db/signoff';
import { openStore } from '../../db/store';
import { Identity } from '../../electron/identity';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const seed = (name: string) => fs.readFileSync(seedPath(name));
let n = 0;
const file = () => path.join(dir, `c${n++}.yosan`);

/** The kept counts, as the document list and the toolbar read them, against a recount of every record. */
function expectCountsTrue(db: Database.Database): void {
  const recount = recountProgress(db);
  const listed = listDocuments(db);
  for (const d of listed) {
    expect({ doc: d.fileName, records: d.records, reviewed: d.reviewed }).toEqual({
      doc: d.fileName, records: recount.get(d.id)?.records ?? 0, reviewed: recount.get(d.id)?.reviewed ?? 0,
    });
  }
  const all = [...recount.values()];
  expect(reviewProgress(db)).toEqual({ reviewed: all.reduce((s, c) => s + c.reviewed, 0), total: all.reduce((s, c) => s + c.records, 0) });
}

describe('review counts kept per document', () => {
  it('equal a recount after import, reviews, edits, undo, redo, added records and reopening', () => {
    const f = file();
    let db = openStore(f);
    const a = importDocument(db, '001.txt', seed('001_24b64a88380a38ac.txt'), 'lead').document.id;
    const b = importDocument(db, '004.txt', seed('004_8439e93dcf65bf03.txt'), 'lead').document.id;
    expectCountsTrue(db);
    expect(reviewProgress(db).reviewed).toBe(0);
    const ra = recordsOfDocument(db, a);
    const rb = recordsOfDocument(db, b);
    setStatus(db, 'hanako', ra[0].id, 'approved');
    setStatus(db, 'hanako', ra[1].id, 'rejected');
    setStatus(db, 'hanako', rb[0].id, 'approved');
    setStatus(db, 'hanako', rb[0].id, 'rejected'); // reviewed to reviewed: still one
    expectCountsTrue(db);
    expect(reviewProgress(db).reviewed).toBe(3);
    setField(db, 'taro', ra[0].id, 'item', '別の事業'); // a change after approval sends it back to review
    expect(recordsOfDocument(db, a)[0].status).toBe('pending');
    expectCountsTrue(db);
    expect(reviewProgress(db).reviewed).toBe(2);
    undo(db, 'hanako'); // rb[0] back to approved
    undo(db, 'hanako'); // rb[0] back to pending
    expectCountsTrue(db);
    expect(reviewProgress(db).reviewed).toBe(1);
    redo(db, 'hanako');
    expectCountsTrue(db);
    expect(reviewProgress(db).reviewed).toBe(2);
    const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(a) as string;
    const at = text.indexOf('円') - 1;
    const added = addRecord(db, 'hanako', a, at, at + 1, { yen: 1, item: null, fy: null, stage: 'budget' });
    setStatus(db, 'hanako', added.id, 'approved');
    expectCountsTrue(db);
    const before = reviewProgress(db);
    db.close();
    db = openStore(f);
    expect(reviewProgress(db)).toEqual(before);
    expectCountsTrue(db);
    db.close();
  });

  it('equal a recount after merges both ways, and a refused change leaves them as they were', () => {
    const fa = file();
    const fb = file();
    const a = openStore(fa);
    const doc = importDocument(a, '002.txt', seed('002_486e34976f171ce8.txt'), 'lead').document.id;
    const recs = recordsOfDocument(a, doc);
    const shared = file();
    exportReviewFile(a, shared);
    fs.copyFileSync(shared, fb);
    const b = openStore(fb);
    importDocument(b, '003.txt', seed('003_57911e9c0807c863.txt'), 'lead');
    recs.slice(0, 5).forEach((r) => setStatus(a, 'hanako', r.id, 'approved'));
    recs.slice(3, 9).forEach((r) => setStatus(b, 'taro', r.id, 'rejected')); // 3 and 4 in conflict
    const outA = file();
    const outB = file();
    exportReviewFile(a, outA);
    exportReviewFile(b, outB);
    mergeFile(a, outB);
    mergeFile(b, outA);
    expectCountsTrue(a);
    expectCountsTrue(b);
    expect(listDocuments(a)).toEqual(listDocuments(b));
    const progress = reviewProgress(a);
    expect(() => setStatus(a, 'hanako', 'r' + '0'.repeat(23), 'approved')).toThrow();
    expect(reviewProgress(a)).toEqual(progress);
    a.close();
    b.close();
  });

  it('refuses a review file whose kept counts were altered, leaving the database unchanged', () => {
    const fa = file();
    const a = openStore(fa);
    const doc = importDocument(a, '000.txt', seed('000_3f8ad0e81d82774d.txt'), 'lead').document.id;
    const out = file();
    exportReviewFile(a, out);
    a.close();
    const raw = new Database(out);
    raw.prepare('UPDATE document_progress SET reviewed = records WHERE document_id = ?').run(doc); // "all reviewed"
    raw.close();
    const target = openStore(file());
    importDocument(target, '004.txt', seed('004_8439e93dcf65bf03.txt'), 'lead');
    const before = listDocuments(target);
    expect(() => mergeFile(target, out, { name: 'altered.yosan' })).toThrow(/review counts do not match its records/);
    expect(listDocuments(target)).toEqual(before);
    target.close();
  });
});

describe('sign-off states re-checked only for the documents a change touched', () => {
  it('equal a full check after changes here, changes by another connection, and a change of trust', () => {
    const f = file();
    const db = openStore(f);
    const supervisor = new Identity(path.join(dir, 'sup'), () => '部長');
    const stranger = new Identity(path.join(dir, 'str'), () => '他人');
    const docs = ['000_3f8ad0e81d82774d.txt', '004_8439e93dcf65bf03.txt'].map((s) => importDocument(db, s, seed(s), 'lead').document.id);
    for (const d of docs) {
      for (const r of recordsOfDocument(db, d)) setStatus(db, 'hanako', r.id, 'approved');
      readyToSign(db, 'hanako', d);
      signDocument(db, d, supervisor.signer(), null);
    }
    const trustAll = { isTrusted: () => true };
    const byDoc = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    const states = () => listSignoffs(db, trustAll).map((v) => [v.documentId, v.state, v.changed.length]).sort(byDoc);
    /** What a fresh connection, with nothing kept, says. */
    const fresh = () => {
      const other = new Database(f, { readonly: true });
      try {
        return listSignoffs(other, trustAll).map((v) => [v.documentId, v.state, v.changed.length]).sort(byDoc);
      } finally {
        other.close();
      }
    };
    expect(states()).toEqual(docs.map((d) => [d, 'valid', 0]).sort(byDoc));
    expect(states()).toEqual(fresh());

    const r0 = recordsOfDocument(db, docs[1])[0];
    setField(db, 'taro', r0.id, 'item', '改めた名前');
    expect(states().find((s) => s[0] === docs[1])).toEqual([docs[1], 'stale', 1]);
    expect(states().find((s) => s[0] === docs[0])).toEqual([docs[0], 'valid', 0]);
    expect(states()).toEqual(fresh());
    undo(db, 'taro');
    setStatus(db, 'hanako', r0.id, 'approved');
    expect(states()).toEqual(fresh());

    // Another connection (as the CLI, in another process, would) changes the other document.
    const other = openStore(f);
    setField(other, 'jiro', recordsOfDocument(other, docs[0])[2].id, 'fy', 2031);
    other.close();
    expect(states().find((s) => s[0] === docs[0])).toEqual([docs[0], 'stale', 1]);
    expect(states()).toEqual(fresh());

    // Trust is applied to what was kept: a key no longer trusted shows at once.
    expect(listSignoffs(db, { isTrusted: (fp) => fp === stranger.info().fingerprint }).map((v) => v.state)).toEqual(['untrusted', 'untrusted']);
    db.close();
  });
});
