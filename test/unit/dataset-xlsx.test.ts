// The XLSX export as an analyst opens it: read back with exceljs (a real reader) and, where
// LibreOffice is installed, converted by it; verify reads the worded sheet back in either language.
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, verifyManifest } from '../../db/dataset-export';
import { importDocument } from '../../db/documents';
import { recordsOfDocument } from '../../db/projection';
import { setStatus } from '../../db/review';
import { signDocument } from '../../db/signoff';
import { readyToSign } from '../helpers/ready-to-sign';
import { openStore } from '../../db/store';
import { Identity } from '../../electron/identity';
import { parseCsv } from '../../shared/csv';
import { fiscalYearWords, sectionWords } from '../../shared/dataset-sheet';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const supervisor = new Identity(path.join(dir, 'supervisor'), () => '部長');
const signed = path.join(dir, 'signed.yosan');
let docId = '';
let recordCount = 0;
let rejected = 0;

beforeAll(() => {
  const db = openStore(signed);
  docId = importDocument(db, '予算の概要.txt', fs.readFileSync(seedPath('001_24b64a88380a38ac.txt')), 'lead').document.id;
  const rs = recordsOfDocument(db, docId);
  recordCount = rs.length;
  rs.forEach((r, i) => setStatus(db, '花子', r.id, i === 1 ? 'rejected' : 'approved'));
  rejected = 1;
  readyToSign(db, '花子', docId);
  signDocument(db, docId, supervisor.signer(), '確認済み');
  db.close();
}, 60_000);

async function exported(lang: 'ja' | 'en', format: 'xlsx' | 'json' = 'xlsx') {
  const db = openStore(signed);
  try {
    return await exportDataset(db, docId, format, path.join(dir, `dataset-${lang}.${format}`), supervisor, lang);
  } finally {
    db.close();
  }
}

async function workbook(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('the XLSX export reads as a budget analyst expects', () => {
  it('Japanese headers, yen as numbers with separators, words for codes, the era year, frozen header and filter', async () => {
    const r = await exported('ja');
    const wb = await workbook(r.path);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('金額');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['文書', 'ファイル名', '行', '見出し', '事項', '表記', '金額(円)', '金額(億円)']);
    expect(header.at(-5)).toBe('記録ID'); // ids last
    const col = (h: string) => header.indexOf(h) + 1;
    const row = ws.getRow(2);
    expect(typeof row.getCell(col('金額(円)')).value).toBe('number');
    expect(row.getCell(col('金額(円)')).numFmt).toBe('#,##0');
    expect(row.getCell(col('金額(億円)')).value).toBeCloseTo((row.getCell(col('金額(円)')).value as number) / 1e8, 6);
    expect(row.getCell(col('ファイル名')).value).toBe('予算の概要.txt');
    expect(String(row.getCell(col('文書')).value)).not.toMatch(/^[0-9a-f]{64}$/);
    const statuses = new Set<unknown>();
    const stages = new Set<unknown>();
    const years = new Set<unknown>();
    ws.eachRow((rw, n) => {
      if (n === 1) return;
      statuses.add(rw.getCell(col('状態')).value);
      stages.add(rw.getCell(col('段階')).value);
      years.add(rw.getCell(col('年度')).value);
    });
    expect([...statuses].sort()).toEqual(['却下', '承認']);
    for (const s of stages) expect(['概算要求', '予算', '補正予算', '決算', 'その他']).toContain(s);
    for (const y of years) if (y !== null) expect(String(y)).toMatch(/^(令和|平成)(元|\d+)年度 \(\d{4}\)$/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(col('事項')).width).toBeGreaterThanOrEqual(30);

    const so = wb.worksheets[1];
    expect(so.name).toBe('署名');
    const facts = new Map<string, unknown>();
    so.eachRow((rw) => facts.set(String(rw.getCell(1).value), rw.getCell(2).value));
    expect(facts.get('署名者')).toBe('部長');
    expect(facts.get('鍵の指紋')).toBe(supervisor.info().fingerprint);
    expect(facts.get('署名の状態')).toBe('有効');
    expect(facts.get('金額の件数')).toBe(recordCount);
    expect(facts.get('うち却下')).toBe(rejected);
    expect(facts.get('メモ')).toBe('確認済み');
    expect((await verifyManifest(r.manifest, supervisor)).state).toBe('valid');
  });

  it('English headers and words when the UI is in English; verify reads them back', async () => {
    const r = await exported('en');
    const ws = (await workbook(r.path)).worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('Amount (yen)');
    expect(header).toContain('Fiscal year');
    const fy = ws.getRow(2).getCell(header.indexOf('Fiscal year') + 1).value;
    if (fy !== null) expect(String(fy)).toMatch(/^FY\d{4}( \(.+\))?$/);
    expect((await verifyManifest(r.manifest, supervisor)).state).toBe('valid');
  });

  it('an amount edited in the worded sheet is found by verify (the signed content, not only the hash)', async () => {
    const r = await exported('ja');
    const wb = await workbook(r.path);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const cell = ws.getRow(2).getCell(header.indexOf('金額(円)') + 1);
    cell.value = (cell.value as number) + 1;
    await wb.xlsx.writeFile(r.path);
    expect(await verifyManifest(r.manifest, supervisor)).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/differs from the signed content/) });
  });

  it('a status re-worded (承認 → 却下) is found by verify', async () => {
    const r = await exported('ja');
    const wb = await workbook(r.path);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    ws.getRow(2).getCell(header.indexOf('状態') + 1).value = '却下';
    ws.getRow(3).getCell(header.indexOf('状態') + 1).value = '承認';
    await wb.xlsx.writeFile(r.path);
    expect((await verifyManifest(r.manifest, supervisor)).state).toBe('invalid');
  });

  it('JSON holds flags and sections as arrays', async () => {
    const r = await exported('ja', 'json');
    const json = JSON.parse(fs.readFileSync(r.path, 'utf8')) as { records: { flags: unknown; section: unknown }[] };
    expect(json.records.length).toBe(recordCount);
    for (const rec of json.records) {
      expect(Array.isArray(rec.flags)).toBe(true);
      expect(Array.isArray(rec.section)).toBe(true);
    }
    expect((await verifyManifest(r.manifest, supervisor)).state).toBe('valid');
  });
});

describe('worded values', () => {
  it('fiscal years in the era and Western forms', () => {
    expect(fiscalYearWords(2025, 'ja')).toBe('令和7年度 (2025)');
    expect(fiscalYearWords(2019, 'ja')).toBe('令和元年度 (2019)');
    expect(fiscalYearWords(2025, 'en')).toBe('FY2025 (令和7年度)');
    expect(fiscalYearWords(null, 'ja')).toBeNull();
  });
  it('a section that would not split back stays JSON', () => {
    expect(sectionWords(['一般会計', '歳出'])).toBe('一般会計 › 歳出');
    expect(sectionWords(['a › b'])).toBe('["a › b"]');
    expect(sectionWords([''])).toBe('[""]');
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice)('LibreOffice opens the XLSX (soffice headless)', () => {
  it('converts it to CSV with the amounts as whole numbers and the Japanese headers', async () => {
    const r = await exported('ja');
    const out = path.join(dir, 'lo');
    fs.mkdirSync(out, { recursive: true });
    // A private profile: a shared one may be locked by another soffice on the machine.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
      '--outdir', out, r.path], { timeout: 180_000, stdio: 'ignore' });
    const csv = fs.readFileSync(path.join(out, 'dataset-ja.csv'), 'utf8');
    const [header, first] = parseCsv(csv);
    expect(header.slice(0, 3)).toEqual(['文書', 'ファイル名', '行']);
    const yen = first[header.indexOf('金額(円)')];
    // Formatted as shown (#,##0): digits in groups of three, never 1E+13.
    expect(yen).toMatch(/^-?\d{1,3}(,\d{3})*$/);
  }, 200_000);
});
