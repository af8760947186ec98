import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../shared/api';
import { importSource, decodeTextFile } from '../../db/documents';
import { importBatch, type ImportFile } from '../../db/import-batch';
import { RefusedFile } from '../../db/refused';
import { fixedProfile, Workbench } from '../../db/service';
import { openStore } from '../../db/store';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
let n = 0;
const freshDb = () => openStore(path.join(dir, `db-${n++}.yosan`));
const count = (db: ReturnType<typeof openStore>, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

// Invented documents, each distinct.
const invented = (i: number) =>
  Buffer.from(`第${i}号 試験研究費の概要\n令和7年度予算額 ${100 + i}億円（前年度 ${90 + i}億円）\n施設整備費 ${i + 3},500百万円\n`, 'utf8');
const file = (name: string, bytes: Uint8Array): ImportFile => ({ name, read: () => bytes });

describe('importing many documents at once', () => {
  it('writes the same documents, events and records as importing them one by one', async () => {
    const names = ['001_24b64a88380a38ac.txt', '004_8439e93dcf65bf03.txt'];
    const batch = freshDb();
    const r = await importBatch(batch, names.map((f) => file(f, fs.readFileSync(seedPath(f)))), { importedBy: 'hanako', now: new Date('2026-01-02T00:00:00Z'), batchDocuments: 1 });
    expect(r.refused).toEqual([]);
    expect(r.cancelled).toBe(false);
    expect(r.imported.map((d) => d.fileName)).toEqual(names);
    const single = freshDb();
    for (const f of names) importSource(single, decodeTextFile(f, fs.readFileSync(seedPath(f))), 'hanako', new Date('2026-01-02T00:00:00Z'));
    for (const q of ['SELECT * FROM documents ORDER BY id', 'SELECT id, hlc, record_id, value FROM events ORDER BY id', 'SELECT * FROM records ORDER BY id']) {
      expect(batch.prepare(q).all(), q).toEqual(single.prepare(q).all());
    }
    expect(r.imported.reduce((s, d) => s + d.records, 0)).toBe(count(batch, 'records'));
  });

  it('collects each refused file with its code and goes on with the rest', async () => {
    const db = freshDb();
    await importBatch(db, [file('first.txt', invented(1))], { importedBy: 'hanako' });
    const r = await importBatch(
      db,
      [
        file('again.txt', invented(1)), // already in the database
        file('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
        file('empty.txt', new Uint8Array()),
        file('new-2.txt', invented(2)),
        file('twice.txt', invented(2)), // the same text as a file before it in this batch
        { name: 'huge.txt', read: () => new Uint8Array(MAX_DOCUMENT_BYTES + 1) },
        { name: 'gone.txt', read: () => { throw new RefusedFile('cannot read gone.txt: it does not exist', 'missing'); } },
        file('broken.txt', Uint8Array.from([0xe3, 0x81, 0x82, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0xfe, 0x0a])),
        file('new-3.txt', invented(3)),
      ],
      { importedBy: 'hanako' },
    );
    expect(r.imported.map((d) => d.fileName)).toEqual(['new-2.txt', 'new-3.txt']);
    expect(r.refused.map((x) => [x.file, x.code])).toEqual([
      ['again.txt', 'duplicate'],
      ['binary.txt', 'binary'],
      ['empty.txt', 'empty'],
      ['twice.txt', 'duplicate'],
      ['huge.txt', 'too_large'],
      ['gone.txt', 'refused_file'],
      ['broken.txt', 'encoding'],
    ]);
    // the UI words them from their parameters
    expect(r.refused[0].params).toMatchObject({ file: 'again.txt', existing: 'first.txt' });
    expect(r.refused[3].params).toMatchObject({ file: 'twice.txt', existing: 'new-2.txt' });
    expect(r.refused[4].params).toMatchObject({ file: 'huge.txt', limit: '32 MB' });
    expect(r.refused[5].params).toMatchObject({ file: 'gone.txt', reason: 'missing' });
    expect(count(db, 'documents')).toBe(3);
  });

  it('stops at a cancel between documents, keeping the documents read until then, each whole', async () => {
    const db = freshDb();
    let asked = 0;
    const progress: number[] = [];
    const r = await importBatch(
      db,
      [1, 2, 3, 4, 5].map((i) => file(`doc-${i}.txt`, invented(i))),
      { importedBy: 'hanako', batchDocuments: 2, cancelled: () => ++asked > 3, progress: (done) => progress.push(done) },
    );
    expect(r.cancelled).toBe(true);
    expect(progress).toEqual([1, 2, 3]); // the fourth was never read
    // doc-1 and doc-2 were written together; doc-3, read before the cancel, is written after it
    expect(r.imported.map((d) => d.fileName)).toEqual(['doc-1.txt', 'doc-2.txt', 'doc-3.txt']);
    expect(count(db, 'documents')).toBe(3);
    const perDoc = db.prepare('SELECT d.file_name AS f, (SELECT count(*) FROM records r WHERE r.document_id = d.id) AS records, (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events FROM documents d ORDER BY f').all();
    expect(perDoc).toEqual([
      { f: 'doc-1.txt', records: 2, events: 2 },
      { f: 'doc-2.txt', records: 2, events: 2 },
      { f: 'doc-3.txt', records: 2, events: 2 },
    ]);
  });

  it('a fault that is not a refusal stops the import and is thrown; the batches before it stay', async () => {
    const db = freshDb();
    const files = [file('a.txt', invented(10)), { name: 'b.txt', read: () => { throw new TypeError('disk on fire'); } }, file('c.txt', invented(11))];
    await expect(importBatch(db, files, { importedBy: 'hanako', batchDocuments: 1 })).rejects.toThrow('disk on fire');
    expect(count(db, 'documents')).toBe(1);
  });
});

describe('the store imports picked files as its importing task', () => {
  it('reports progress as its task (what the worker pushes) and stops on cancelTask', async () => {
    const db = freshDb();
    const wb = new Workbench(db, { host: 'cli', version: 't', dbPath: 'x', osLocale: 'ja', profile: fixedProfile('hanako') });
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    const files = [1, 2, 3, 4, 5, 6].map((i) => {
      const p = path.join(folder, `doc-${i}.txt`);
      fs.writeFileSync(p, invented(20 + i));
      return { path: p, name: `doc-${i}.txt` };
    });
    const seen: { done: number; total: number; kind: string | null }[] = [];
    wb.onTask = () => {
      const t = wb.taskStatus() as { running: boolean; done: number; total: number; kind: string | null };
      if (t.running) seen.push({ done: t.done, total: t.total, kind: t.kind });
      if (t.running && t.done === 2) void wb.handlers.cancelTask({});
    };
    const r = await wb.importFiles(files);
    expect(r.cancelled).toBe(true);
    expect(seen[0]).toEqual({ done: 0, total: 6, kind: 'importing' });
    expect(seen.map((s) => s.done)).toEqual([0, 1, 2]);
    expect((wb.taskStatus() as { running: boolean }).running).toBe(false);
    // the two documents read before the cancel are imported; the other four were never read
    expect(r.imported.map((d) => d.fileName)).toEqual(['doc-1.txt', 'doc-2.txt']);
    expect(count(db, 'documents')).toBe(2);
    // importing the folder again imports the rest and names the two as already imported
    wb.onTask = null;
    const again = await wb.importFiles(files);
    expect(again.imported).toHaveLength(4);
    expect(again.refused.map((x) => [x.file, x.code])).toEqual([['doc-1.txt', 'duplicate'], ['doc-2.txt', 'duplicate']]);
    expect(again.cancelled).toBe(false);
    expect(await wb.handlers.cancelTask({})).toEqual({ cancelling: false });
  });
});
