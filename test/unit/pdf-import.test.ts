// Importing PDFs into a real database: records anchored to their page, the PDF kept and carried
// by review files, bad PDFs refused with their reason and the database file left as it was.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedProfile, Workbench } from '../../db/service';
import { openStore } from '../../db/store';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { extract } from '../../shared/extract';
import { readPdf } from '../../db/pdf-read';
import { placeSpan } from '../../shared/pdf/pagemap';
import { REPO, SEEDS, tmpDir } from '../helpers/tmp';
import { matchRecords } from '../helpers/pdf-match';

const dir = tmpDir();
const FIXTURES = path.join(REPO, 'test/fixtures/pdf');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function bench(name: string) {
  const file = path.join(dir, name);
  const wb = new Workbench(openStore(file), { host: 'cli', version: 't', dbPath: file, osLocale: 'ja', profile: fixedProfile('hanako') });
  return { file, wb, h: wb.handlers };
}
const upload = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });

describe('importing a PDF', () => {
  it('gives every record of the 事項別表 in 千円 its previous-year figure, page and box', async () => {
    const { wb, h } = bench('table.yosan');
    const { document, records } = await h.importDocument(upload('jikoubetsu.pdf', fixture('jikoubetsu.pdf')));
    expect(document.encoding).toBe('PDF');
    const rows = await h.listRecords({ documentId: document.id });
    expect(rows).toHaveLength(records);
    const byItem = new Map(rows.filter((r) => r.stage === 'budget').map((r) => [r.item, r]));
    const want: [string, number, number][] = [
      ['地域交流拠点整備費', 1_380_500_000, 1_250_000_000],
      ['海洋観測網維持費', 810_000_000, 842_300_000],
      ['農業用水路改修費', 2_503_100_000, 2_417_800_000],
      ['図書資料電子化経費', 118_200_000, 96_450_000],
      ['山岳救助体制強化費', 298_640_000, 310_000_000],
      ['児童館運営補助金', 1_902_600_000, 1_875_200_000],
      ['文化財防火設備整備費', 512_300_000, 455_000_000],
      ['河川水位監視装置更新費', 70_010_000, 67_890_000],
    ];
    for (const [item, yen, previous] of want) {
      const r = byItem.get(item);
      expect(r, item).toBeDefined();
      expect(r!.yen).toBe(yen);
      expect(r!.previous?.yen).toBe(previous);
      expect(r!.page).toBe(1);
      expect(r!.box![2]).toBeGreaterThan(r!.box![0]);
    }
    // Rows go down the page: each figure's box below the one before.
    const tops = want.map(([item]) => byItem.get(item)!.box![1]);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    const doc = await h.getDocument({ id: document.id });
    expect(doc.pdf?.pages).toHaveLength(1);
    const pdf = await h.getDocumentPdf({ id: document.id });
    expect(Buffer.from(pdf.dataBase64, 'base64').equals(fixture('jikoubetsu.pdf'))).toBe(true);
    wb.db.close();
  });

  it('is one document however often or wherever it is imported (the id is the hash of its text)', async () => {
    const a = bench('a.yosan');
    const b = bench('b.yosan');
    const da = (await a.h.importDocument(upload('note.pdf', fixture('budget-note.pdf')))).document;
    const db = (await b.h.importDocument(upload('別名.pdf', fixture('budget-note.pdf')))).document;
    expect(da.id).toBe(db.id);
    await expect(a.h.importDocument(upload('again.pdf', fixture('budget-note.pdf')))).rejects.toMatchObject({ code: 'duplicate' });
    a.wb.db.close();
    b.wb.db.close();
  });

  const bad: [string, () => Buffer, string, RegExp][] = [
    ['encrypted', () => fixture('encrypted.pdf'), 'pdf_encrypted', /encrypted/],
    ['scanned, no text layer', () => fixture('scanned.pdf'), 'pdf_no_text', /no text on these pages \(1\).*run OCR first/],
    ['text without a Unicode map', () => fixture('no-unicode.pdf'), 'pdf_garbled', /garbled/],
    ['damaged (cut short)', () => fixture('budget-note.pdf').subarray(0, 20_000), 'pdf_damaged', /damaged/],
  ];
  it.each(bad)('refuses a PDF that is %s with its reason and leaves the database file unchanged', async (_, bytes, code, message) => {
    const { file, wb, h } = bench(`bad-${code}.yosan`);
    await h.importDocument(upload('note.pdf', fixture('jikoubetsu.pdf')));
    wb.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = sha(file);
    const err = await Promise.resolve(h.importDocument(upload('bad.pdf', bytes()))).catch((e: unknown) => e as { code: string; message: string });
    expect(err).toMatchObject({ code });
    expect((err as unknown as Error).message).toMatch(message);
    wb.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(sha(file)).toBe(before);
    expect((await h.listDocuments({})).map((d) => d.fileName)).toEqual(['note.pdf']);
    wb.db.close();
  });
});

describe('review files carry the PDF', () => {
  it('exports and merges the PDF with its document; an altered PDF is refused', async () => {
    const a = bench('carry-a.yosan');
    const { document } = await a.h.importDocument(upload('note.pdf', fixture('budget-note.pdf')));
    const out = path.join(dir, 'carry.yosan');
    exportReviewFile(a.wb.db, out);
    a.wb.db.close();

    const b = bench('carry-b.yosan');
    const summary = mergeFile(b.wb.db, out);
    expect(summary.documents).toBe(1);
    const rows = await b.h.listRecords({ documentId: document.id });
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.page !== null && r.box !== null)).toBe(true);
    const pdf = await b.h.getDocumentPdf({ id: document.id });
    expect(Buffer.from(pdf.dataBase64, 'base64').equals(fixture('budget-note.pdf'))).toBe(true);
    b.wb.db.close();

    const forged = path.join(dir, 'forged.yosan');
    fs.copyFileSync(out, forged);
    const raw = new Database(forged);
    // Updates are refused by a trigger; a forger replaces the row instead.
    raw.exec(`CREATE TEMP TABLE t AS SELECT * FROM document_pdfs; DELETE FROM document_pdfs;
      INSERT INTO document_pdfs SELECT document_id, sha256, CAST('%PDF-1.4 other' AS BLOB), page_map FROM t;`);
    raw.close();
    const c = bench('carry-c.yosan');
    expect(() => mergeFile(c.wb.db, forged, { name: 'forged.yosan' })).toThrow(/PDF of document .* was altered/);
    expect(c.wb.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    c.wb.db.close();
  });
});

describe('PDFs made from the seeds (the measurement of issue 14, kept as floors)', () => {
  async function measure(dir: string) {
    let fromText = 0;
    let matched = 0;
    let unplaced = 0;
    for (const name of fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(SEEDS, name), 'utf8');
      const pdf = await readPdf(name, fixture(`${dir}/${name.replace(/\.txt$/, '.pdf')}`));
      const a = extract(text);
      const b = extract(pdf.text);
      fromText += a.length;
      matched += matchRecords(a, b).matched;
      unplaced += b.filter((r) => placeSpan(pdf.map, r.start, r.end) === null).length;
    }
    return { share: matched / fromText, unplaced };
  }

  it('on pages that keep the lines of the text, give at least 98% of the records the text gives, each placed', async () => {
    // Measured 326 of 331 (98.5%), matched by yen and item: issue 14's 98%.
    const { share, unplaced } = await measure('seeds-wide');
    expect(share).toBeGreaterThanOrEqual(0.98);
    expect(unplaced).toBe(0);
  }, 120_000);

  it('on A4 pages, where long lines wrap, still most of them: wrapped prose is read joined again', async () => {
    // Measured 294 of 331 (88.8%; 281 before wrapped lines were joined): names wrapped away from their figures in
    // table cells and slides are what is lost.
    expect((await measure('seeds')).share).toBeGreaterThan(0.87);
  }, 120_000);
});
