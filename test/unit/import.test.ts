import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { importDocument, listDocuments, getDocument } from '../../db/documents';
import { recordsOfDocument } from '../../db/projection';
import { openStore } from '../../db/store';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const seed = fs.readFileSync(seedPath('001_24b64a88380a38ac.txt'));

function snapshot(db: ReturnType<typeof openStore>) {
  return ['documents', 'events', 'records'].map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
};

describe('importing a document', () => {
  it('stores the text unchanged and one pending record per extracted amount, spans exact', () => {
    const db = openStore(path.join(dir, 'a.yosan'));
    const { document, records } = importDocument(db, '001.txt', seed, 'hanako');
    expect(document.id).toMatch(/^[0-9a-f]{64}$/);
    expect(records).toBeGreaterThan(100);
    const text = getDocument(db, document.id).text;
    expect(text).toBe(seed.toString('utf8'));
    const rows = recordsOfDocument(db, document.id);
    expect(rows).toHaveLength(records);
    for (const r of rows) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(r.status).toBe('pending');
    }
    expect(rows.find((r) => r.text === '2,379億円')?.yen).toBe(237_900_000_000);
    db.close();
  });

  it('is idempotent: the same document twice is refused and nothing changes', () => {
    const db = openStore(path.join(dir, 'b.yosan'));
    importDocument(db, '001.txt', seed, 'hanako');
    const before = snapshot(db);
    expect(codeOf(() => importDocument(db, 'copy-of-001.txt', seed, 'taro'))).toBe('duplicate');
    expect(snapshot(db)).toEqual(before);
    expect(listDocuments(db)).toHaveLength(1);
    db.close();
  });

  it('gives two databases that import one document the same record ids', () => {
    const a = openStore(path.join(dir, 'c1.yosan'));
    const b = openStore(path.join(dir, 'c2.yosan'));
    const da = importDocument(a, 'x.txt', seed, 'hanako').document;
    const db = importDocument(b, 'y.txt', seed, 'taro').document;
    expect(da.id).toBe(db.id);
    expect(recordsOfDocument(a, da.id).map((r) => r.id)).toEqual(recordsOfDocument(b, db.id).map((r) => r.id));
    a.close();
    b.close();
  });

  it('refuses binary, empty and undecodable files without writing anything', () => {
    const db = openStore(path.join(dir, 'd.yosan'));
    const before = snapshot(db);
    expect(codeOf(() => importDocument(db, 'x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 't'))).toBe('binary');
    expect(codeOf(() => importDocument(db, 'e.txt', Buffer.alloc(0), 't'))).toBe('empty');
    expect(codeOf(() => importDocument(db, 'z.txt', Buffer.from([0xff, 0xff, 0x80, 0x81, 0xfd, 0xfe]), 't'))).toBe('encoding');
    expect(snapshot(db)).toEqual(before);
    db.close();
  });
});
