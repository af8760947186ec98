// A database of every earlier schema version opens with today's code, its records and reviews
// intact. The files (test/fixtures/schema, made once by make.ts there) were built by the frozen
// migrations of their version; a change to a shipped migration or to the upgrade shows here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../db/documents';
import { openChecked, schemaProblem } from '../../db/exchange-file';
import { exportReviewFile } from '../../db/export-file';
import { SCHEMA_VERSION } from '../../db/migrations';
import { allRecords, recountProgress, reviewProgress } from '../../db/projection';
import { redo, setStatus } from '../../db/review';
import { listSignoffs } from '../../db/signoff';
import { openStore } from '../../db/store';
import { REPO, tmpDir } from '../helpers/tmp';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'schema');
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as {
  documents: string[];
  signedDocument: string;
  records: Record<string, { documentId: string; status: string; item: string | null; yen: number; approvedBy: string | null; comments: string[] }>;
};
const dir = tmpDir();
const trustAll = { isTrusted: () => true };

describe('upgrading a database of every earlier schema version', () => {
  it('has a fixture for every version before this one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(fs.existsSync(path.join(FIXTURES, `v${v}.yosan`)), `v${v}.yosan`).toBe(true);
  });

  for (let version = 1; version < SCHEMA_VERSION; version++) {
    it(`from version ${version}: records, reviews, comments, undo history${version >= 3 ? ', the sign-off' : ''}${version >= 4 ? ', the PDF' : ''} survive`, () => {
      const file = path.join(dir, `v${version}.yosan`);
      fs.copyFileSync(path.join(FIXTURES, `v${version}.yosan`), file);
      const db = openStore(file);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(schemaProblem(db, SCHEMA_VERSION)).toBeNull(); // exactly the schema a new file gets

      // The PDF document came with version 4; the text documents are in every file.
      const docs = version >= 4 ? expected.documents : expected.documents.slice(0, 2);
      expect(listDocuments(db).map((d) => d.id).sort()).toEqual([...docs].sort());
      const want = Object.fromEntries(Object.entries(expected.records).filter(([, r]) => docs.includes(r.documentId)));
      const records = allRecords(db);
      const got = Object.fromEntries(
        records.map((r) => [r.id, { documentId: r.documentId, status: r.status, item: r.item, yen: r.yen, approvedBy: r.approvedBy, comments: r.comments.map((c) => c.text) }]),
      );
      expect(got).toEqual(want);
      expect(records.filter((r) => r.status === 'approved').every((r) => typeof r.approvedAt === 'string')).toBe(true); // today's projection
      expect(records.some((r) => r.item === '海辺の図書館整備' && r.status === 'approved' && r.approvedBy === '花子')).toBe(true);
      expect(records.some((r) => r.status === 'rejected' && r.approvedBy === null)).toBe(true);
      expect(records.some((r) => r.comments.some((c) => c.text === '出典を確認' && c.actor === '太郎'))).toBe(true);

      // The kept counts start right.
      const recount = [...recountProgress(db).values()];
      expect(reviewProgress(db)).toEqual({ reviewed: recount.reduce((s, c) => s + c.reviewed, 0), total: recount.reduce((s, c) => s + c.records, 0) });

      const signoffs = listSignoffs(db, trustAll);
      if (version >= 3) expect(signoffs.map((s) => [s.documentId, s.state])).toEqual([[expected.signedDocument, 'valid']]);
      else expect(signoffs).toEqual([]);
      if (version >= 4) expect(db.prepare('SELECT count(*) FROM document_pdfs').pluck().get()).toBe(1);

      // Work goes on: 太郎's undone approval is redone from the log, a new review is counted.
      const redone = redo(db, '太郎');
      expect(redone?.record).toMatchObject({ status: 'approved', approvedBy: '太郎' });
      const rejected = records.find((r) => r.status === 'rejected')!;
      const before = reviewProgress(db).reviewed;
      setStatus(db, '次郎', rejected.id, 'pending');
      expect(reviewProgress(db).reviewed).toBe(before - 1);

      // And the upgraded file is whole under today's checker, as a review file it exports.
      const out = path.join(dir, `v${version}-export.yosan`);
      exportReviewFile(db, out);
      db.close();
      const checked = openChecked(out);
      expect(checked.db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(records.length);
      checked.dispose();
    });
  }
});
