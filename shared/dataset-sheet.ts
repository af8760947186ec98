// The records sheet of a dataset export as an analyst reads it (XLSX): worded headers in the
// UI's language, stage/flags/status in words, the fiscal year as 令和7年度 (2025), the document
// named by title and file, ids in the last columns; and the way back from such a sheet to the
// fields a sign-off covers, in either language, so verify reads the sheet a person sees.
import { formatFiscalYear } from './era';
import { FLAGS, STAGES, type Flag, type Stage } from './extract/types';
import { flagLabels, LOCALES, stageLabels, statusLabels, type Locale } from './labels';
import { RECORD_STATUSES, type RecordRow, type RecordStatus } from './records';
import type { SignedSource } from './signoff';

/** Columns read back by verify keep the names of the plain CSV export's columns. */
export const SHEET_COLUMNS = [
  'title', 'file', 'line', 'section', 'item', 'text', 'yen', 'oku', 'unit', 'fy', 'stage', 'flags', 'previous', 'supplementary',
  'change', 'status', 'approved_by', 'approved_time', 'id', 'document', 'start', 'end', 'approved_at',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export type CellKind = 'text' | 'wrap' | 'int' | 'yen' | 'oku' | 'id';
export interface ColumnSpec {
  header: Record<Locale, string>;
  width: number; // in characters, as spreadsheets count them
  kind: CellKind;
}

export const sheetSpec: Record<SheetColumn, ColumnSpec> = {
  title: { header: { ja: '文書', en: 'Document' }, width: 22, kind: 'text' },
  file: { header: { ja: 'ファイル名', en: 'File' }, width: 20, kind: 'text' },
  line: { header: { ja: '行', en: 'Line' }, width: 6, kind: 'int' },
  section: { header: { ja: '見出し', en: 'Section' }, width: 22, kind: 'wrap' },
  item: { header: { ja: '事項', en: 'Item' }, width: 34, kind: 'wrap' },
  text: { header: { ja: '表記', en: 'As written' }, width: 18, kind: 'text' },
  yen: { header: { ja: '金額(円)', en: 'Amount (yen)' }, width: 22, kind: 'yen' },
  oku: { header: { ja: '金額(億円)', en: 'Amount (¥100M)' }, width: 14, kind: 'oku' },
  unit: { header: { ja: '単位', en: 'Unit' }, width: 8, kind: 'text' },
  fy: { header: { ja: '年度', en: 'Fiscal year' }, width: 18, kind: 'text' },
  stage: { header: { ja: '段階', en: 'Stage' }, width: 15, kind: 'text' },
  flags: { header: { ja: '区分', en: 'Flags' }, width: 14, kind: 'text' },
  previous: { header: { ja: '前年度(円)', en: 'Previous year (yen)' }, width: 22, kind: 'yen' },
  supplementary: { header: { ja: '補正(円)', en: 'Supplementary (yen)' }, width: 22, kind: 'yen' },
  change: { header: { ja: '増減(円)', en: 'Change (yen)' }, width: 20, kind: 'yen' },
  status: { header: { ja: '状態', en: 'Status' }, width: 9, kind: 'text' },
  approved_by: { header: { ja: '承認者', en: 'Approved by' }, width: 14, kind: 'text' },
  approved_time: { header: { ja: '承認日時 (UTC)', en: 'Approved at (UTC)' }, width: 18, kind: 'text' },
  id: { header: { ja: '記録ID', en: 'Record id' }, width: 20, kind: 'id' },
  document: { header: { ja: '文書ID (SHA-256)', en: 'Document id (SHA-256)' }, width: 16, kind: 'id' },
  start: { header: { ja: '開始位置', en: 'Start' }, width: 9, kind: 'int' },
  end: { header: { ja: '終了位置', en: 'End' }, width: 9, kind: 'int' },
  approved_at: { header: { ja: '承認の時刻印 (HLC)', en: 'Approval clock (HLC)' }, width: 44, kind: 'id' },
};

export type Cell = string | number | null;

const FLAG_SEP: Record<Locale, string> = { ja: '、', en: '; ' };
const SECTION_SEP = ' › ';

/** 2025 → 令和7年度 (2025); English: FY2025 (令和7年度). */
export function fiscalYearWords(fy: number | null, lang: Locale): string | null {
  if (fy === null) return null;
  const era = formatFiscalYear(fy);
  if (era === `${fy}年度`) return lang === 'ja' ? era : `FY${fy}`;
  return lang === 'ja' ? `${era} (${fy})` : `FY${fy} (${era})`;
}

/** A section as a reader sees it; a section that would not split back exactly stays JSON. */
export function sectionWords(section: string[]): string {
  const exact = section.every((s) => s !== '' && !s.includes(SECTION_SEP.trim())) && !(section[0] ?? '').startsWith('[');
  return exact ? section.join(SECTION_SEP) : JSON.stringify(section);
}

function hlcWords(hlc: string | null): string | null {
  const m = hlc ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(hlc) : null;
  return m ? `${m[1]} ${m[2]}` : hlc;
}

/** One record as the sheet's cells. */
export function sheetRow(r: RecordRow, doc: { title: string; file: string }, lang: Locale): Record<SheetColumn, Cell> {
  return {
    title: doc.title, file: doc.file, line: r.line, section: sectionWords(r.section), item: r.item, text: r.text, yen: r.yen,
    oku: r.yen / 1e8, unit: r.unit, fy: fiscalYearWords(r.fy, lang), stage: stageLabels[lang][r.stage] ?? r.stage,
    flags: r.flags.map((f) => flagLabels[lang][f] ?? f).join(FLAG_SEP[lang]), previous: r.previous?.yen ?? null,
    supplementary: r.supplementary?.yen ?? null, change: r.change?.yen ?? null, status: statusLabels[lang][r.status] ?? r.status,
    approved_by: r.approvedBy, approved_time: hlcWords(r.approvedAt), id: r.id, document: r.documentId, start: r.start, end: r.end,
    approved_at: r.approvedAt,
  };
}

/** Header text (either language, or the plain column name) → column. */
const headerColumn = new Map<string, SheetColumn>();
for (const c of SHEET_COLUMNS) {
  headerColumn.set(c, c);
  for (const l of LOCALES) headerColumn.set(sheetSpec[c].header[l], c);
}
export function columnOfHeader(h: string): SheetColumn | null {
  return headerColumn.get(h.trim()) ?? null;
}

function inverse<K extends string>(codes: readonly K[], labels: Record<Locale, Record<K, string>>): Map<string, K> {
  const m = new Map<string, K>();
  for (const k of codes) {
    m.set(k, k);
    for (const l of LOCALES) m.set(labels[l][k], k);
  }
  return m;
}
const stageOf = inverse<Stage>(STAGES, stageLabels);
const flagOf = inverse<Flag>(FLAGS, flagLabels);
const statusOf = inverse<RecordStatus>(RECORD_STATUSES, statusLabels);

/** A word read back: its code, or the word itself (which then fails the signed content). */
const word = <K extends string>(m: Map<string, K>, v: string | null): K | null => (v === null ? null : (m.get(v.trim()) ?? (v as K)));

function parseSection(v: string | null): string[] {
  if (v === null) return [];
  if (v.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(v);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // a section that starts with a bracket but is not JSON: read as words
    }
  }
  return v.split(SECTION_SEP);
}

function parseFy(v: string | null): number | null {
  if (v === null) return null;
  const m = /(\d{4})/.exec(v);
  return m ? Number(m[1]) : NaN;
}

/** Readers of one exported row's cells (CSV, JSON or sheet): text, a number, a figure (yen only); empty is null. */
export function rowReaders<C>(get: (c: C) => string | number | null | undefined) {
  const str = (c: C): string | null => {
    const v = get(c);
    return v === null || v === undefined || v === '' ? null : String(v);
  };
  const int = (c: C): number | null => {
    const v = str(c);
    return v === null ? null : Number(v);
  };
  const fig = (c: C) => {
    const yen = int(c);
    return yen === null ? null : { text: '', yen, start: -1, end: -1 };
  };
  return { str, int, fig };
}

/** A sheet row read back into what a sign-off covers, and the file it names. */
export function signedFromSheet(get: (c: SheetColumn) => Cell | undefined): { record: SignedSource; file: string | null } {
  const { str, int, fig } = rowReaders(get);
  const flags = (str('flags') ?? '').split(/、|;/).map((f) => f.trim()).filter(Boolean);
  const record: SignedSource = {
    id: str('id') ?? '', documentId: str('document') ?? '', start: int('start') ?? -1, end: int('end') ?? -1, line: int('line') ?? -1,
    text: str('text') ?? '', yen: int('yen') ?? NaN, unit: str('unit') ?? '', item: str('item'), section: parseSection(str('section')),
    fy: parseFy(str('fy')), stage: word(stageOf, str('stage')) as Stage, flags: flags.map((f) => word(flagOf, f) as Flag),
    previous: fig('previous'), supplementary: fig('supplementary'), change: fig('change'),
    status: word(statusOf, str('status')) as RecordStatus, approvedBy: str('approved_by'), approvedAt: str('approved_at'),
  };
  return { record, file: str('file') };
}
