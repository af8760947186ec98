// The XLSX of a dataset export: a records sheet an analyst can read and filter in Excel or
// LibreOffice (worded headers, yen as numbers with separators, widths, frozen header,
// autofilter) and a sign-off sheet; and reading the records sheet back for verify.
import type ExcelJS from 'exceljs';

/** Loaded when an XLSX is written or read: the command line starts without it (it is large). */
const excel = async (): Promise<typeof ExcelJS> => ((await import('exceljs')) as { default: typeof ExcelJS }).default;
import { SHEET_COLUMNS, sheetSpec, signedFromSheet, columnOfHeader, type Cell, type SheetColumn } from '../shared/dataset-sheet';
import type { Locale } from '../shared/labels';
import type { RecordRow } from '../shared/records';
import type { SignedSource, SignoffView } from '../shared/signoff';

const YEN_FORMAT = '#,##0';
const OKU_FORMAT = '#,##0.00';

const words = {
  ja: {
    records: '金額', signoff: '署名', field: '項目', value: '内容', title: '文書', file: 'ファイル名', document: '文書ID (SHA-256)',
    signer: '署名者', fingerprint: '鍵の指紋', signedAt: '署名日時 (UTC)', state: '署名の状態', note: 'メモ', count: '金額の件数',
    approved: 'うち承認', rejected: 'うち却下', contentHash: '署名した内容のハッシュ', valid: '有効', untrusted: '有効(信頼していない鍵)',
  },
  en: {
    records: 'Records', signoff: 'Sign-off', field: 'Field', value: 'Value', title: 'Document', file: 'File', document: 'Document id (SHA-256)',
    signer: 'Signed by', fingerprint: 'Key fingerprint', signedAt: 'Signed at (UTC)', state: 'State', note: 'Note', count: 'Records',
    approved: 'approved', rejected: 'rejected', contentHash: 'Hash of the signed content', valid: 'valid', untrusted: 'valid (key not trusted)',
  },
} as const;

export interface WorkbookSummary {
  title: string;
  file: string;
  signoff: SignoffView;
  records: RecordRow[];
}

/** Lines a text takes in a column `width` characters wide (CJK characters count double). */
function linesOf(v: Cell, width: number): number {
  if (typeof v !== 'string') return 1;
  let units = 0;
  for (const ch of v) units += /[\u1100-\uffdc]/u.test(ch) && !/[\uff61-\uff9f]/u.test(ch) ? 2 : 1;
  return Math.ceil(units / Math.max(1, width - 1));
}

function utc(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

export async function writeWorkbook(target: string, rows: Record<SheetColumn, Cell>[], s: WorkbookSummary, lang: Locale): Promise<void> {
  const w = words[lang];
  const wb = new (await excel()).Workbook();
  wb.creator = 'Yosan Workbench';
  const ws = wb.addWorksheet(w.records, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 8 as unknown as ExcelJS.PaperSize /* A3 */, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = SHEET_COLUMNS.map((c) => {
    const spec = sheetSpec[c];
    const style: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: spec.kind === 'wrap' } };
    if (spec.kind === 'yen') style.numFmt = YEN_FORMAT;
    if (spec.kind === 'oku') style.numFmt = OKU_FORMAT;
    return { header: spec.header[lang], key: c, width: spec.width, style };
  });
  const wrapped = SHEET_COLUMNS.filter((c) => sheetSpec[c].kind === 'wrap');
  for (const r of rows) {
    const row = ws.addRow(r);
    // Per cell: spreadsheets do not carry a column's alignment to the cells written under it.
    for (const c of wrapped) row.getCell(c).alignment = { vertical: 'top', wrapText: true };
    // Neither Excel nor LibreOffice fits a row to wrapped text on opening: give it the lines.
    const lines = Math.max(1, ...wrapped.map((c) => linesOf(r[c], sheetSpec[c].width)));
    if (lines > 1) row.height = 15 * lines;
  }
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', wrapText: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SHEET_COLUMNS.length } };
  ws.pageSetup.printTitlesRow = '1:1';

  const so = wb.addWorksheet(w.signoff, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  so.columns = [{ header: w.field, key: 'k', width: 26 }, { header: w.value, key: 'v', width: 70 }];
  so.getRow(1).font = { bold: true };
  const approved = s.records.filter((r) => r.status === 'approved').length;
  const rejected = s.records.filter((r) => r.status === 'rejected').length;
  const lines: [string, string | number][] = [
    [w.title, s.title], [w.file, s.file], [w.document, s.signoff.documentId], [w.signer, s.signoff.signer.name],
    [w.fingerprint, s.signoff.signer.fingerprint], [w.signedAt, utc(s.signoff.signedAt)],
    [w.state, s.signoff.state === 'valid' ? w.valid : w.untrusted], [w.count, s.records.length], [w.approved, approved],
    [w.rejected, rejected], [w.note, s.signoff.note ?? ''], [w.contentHash, s.signoff.contentHash],
  ];
  for (const [k, v] of lines) so.addRow({ k, v });
  so.getColumn('v').alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  await wb.xlsx.writeFile(target);
}

/** A cell's value as text or number, whatever a spreadsheet saved it as. */
function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return String(v);
}

/** The records sheet (the first) read back; its headers in either language. */
export async function readWorkbook(data: Buffer): Promise<{ record: SignedSource; file: string | null }[]> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const at = new Map<SheetColumn, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const c = columnOfHeader(String(plain(cell.value) ?? ''));
    if (c) at.set(c, col);
  });
  const out: { record: SignedSource; file: string | null }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(signedFromSheet((c) => (at.has(c) ? plain(row.getCell(at.get(c)!).value) : undefined)));
  });
  return out;
}
