// Records from the figures of flattened tables (./celltables): each primary with the previous-year
// figure and change of its row attached.
import type { CellFigure } from './celltables';
import type { DocFrame } from './docframe';
import { fundHeadingAbove, RESTATED_MARK } from './figure-flags';
import { markedNew } from './marks';
import { withoutLeader } from './naming';
import { joinSpaced, type Line } from './lines';
import type { Extracted, Figure, Flag } from './types';
import { warning } from './warnings';

/** A row's number before its label ("1 議会費", "(2) 総務費", "③民生費") names nothing. */
const ROW_NUMBER = /^[\s\u3000]*(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）]|[①-⑳])[\s\u3000.．]*(?![年月日度])(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{2})/u;

// (積立金現在高: what the funds hold, in a local finance's words)
export const FUND_NAME = /(?:基金|ファンド)(?:[\s\u3000]*の?(?:年度末)?(?:残高|現在高|積立(?:額|金)?|取崩し?額?))?[\s\u3000]*(?:[(（][^()（）]{1,10}[)）][\s\u3000]*)?$|^[\s\u3000]*積立金(?:現在高|残高)[\s\u3000]*$/u;
// 新規 in a cell of its own: "1,500　　新規　　1,500" (a mark in brackets is marks.ts's markedNew)
const NEW_CELL = /(?:^|[\s\u3000|｜])新規(?=[\s\u3000|｜]|$)/u;
// a remark alone in the last cell of a row: 基金 (paid from a fund), 再掲 (given again)
const REMARK_FUND = /^[0-9０-９,，.．△▲\-－\s\u3000]*[\s\u3000]基金[\s\u3000]*$/u;
const REMARK_RESTATED = /^[0-9０-９,，.．△▲\-－\s\u3000]*[\s\u3000]再掲[\s\u3000]*$/u;
// a period of years in a row's cells, its end just before the figure: "平成29年度～平成32年度", "令和7年度から令和11年度まで"
const YEAR_SPAN_CELL = /(?:令和|平成|[RH])?[0-9０-９元]{1,2}年度?[\s\u3000]*(?:[～〜~]|から)[\s\u3000]*(?:令和|平成|[RH])?[0-9０-９元]{1,2}年度?(?:まで)?[\s\u3000|｜]*$/u;
// a period of compact era years in a cell of its own: "H30～R5", "R6～R15", "R7～R21"
const PERIOD_CELL = /(?:^|[\s\u3000|｜])[RHＲＨ](?:元|[0-9０-９]{1,2})[\s\u3000]*[～〜~][\s\u3000]*[RHＲＨ]?(?:元|[0-9０-９]{1,2})(?=[\s\u3000|｜]|$)/gu;
const twoPeriods = (t: string): boolean => (t.includes('～') || t.includes('〜') || t.includes('~')) && (t.match(PERIOD_CELL)?.length ?? 0) >= 2;
const NEW_MARK_LINE = /^[\s\u3000]*[(（【\[［〔][\s\u3000]*新[\s\u3000]*規[\s\u3000]*[)）】\]］〕][\s\u3000]*$/u;
export const MATTER_LINE = /^[\s\u3000]*[+＋][\s\u3000]*事項要求[\s\u3000]*$/u;
const REMARK_NEW = /^[\s\u3000]*[(（【\[［〔]?[\s\u3000]*新[\s\u3000]*規[\s\u3000]*[)）】\]］〕]?[\s\u3000]*$/u;
const REMARK_PORTION = /の内数[\s\u3000]*(?:[(（][^()（）]*[)）])?[\s\u3000]*$/u;
const MATTER_ROW = /^[^+＋。]{0,24}[+＋][\s\u3000]*事項(?:要求|(?=[\s\u3000|｜)）]|$))/u;

/** A row's name as a reader writes it: spread-out characters joined ("議 会 費"), its number and うち off. */
function rowName(item: string): string {
  // ("うち法定率分": the breakdown word is no part of the name)
  return withoutLeader(joinSpaced(item)).replace(ROW_NUMBER, '').replace(/^(?:うち|内)[、,\s\u3000]*(?=\S{2})/u, '');
}

export function cellRecords(lines: Line[], figs: CellFigure[], frame: DocFrame): Extracted[] {
  const out: Extracted[] = [];
  const abs = (f: CellFigure): Figure => {
    const l = lines[f.lineIdx];
    return { text: f.text, yen: f.yen, start: l.start + f.start, end: l.start + f.end };
  };
  // the heading above each table line, looked up once per line
  const headingFund = new Map<number, boolean>();
  const fundHeading = (idx: number): boolean => {
    let v = headingFund.get(idx);
    if (v === undefined) { v = fundHeadingAbove(lines, idx); headingFund.set(idx, v); }
    return v;
  };
  const attached = attachedFigures(figs);
  const rows = new Map<number, RowFacts>();
  const rowFacts = (idx: number): RowFacts => {
    let v = rows.get(idx);
    if (!v) rows.set(idx, (v = rowFactsOf(lines[idx].text)));
    return v;
  };
  figs.forEach((f, k) => {
    if (f.role !== 'primary') return;
    const l = lines[f.lineIdx];
    const { previous: prev, change, supplementary: supp } = attached.get(k) ?? {};
    // (a row named by a fund, 財政調整基金, holds the fund's figures; 国債整理基金特別会計への繰入 is a transfer)
    // (a row marked again, "（再掲）", restates a figure given elsewhere)
    // (so does a row marked new, "【新規】事業名", "3,500（新規）"; a row adding a matter request, "…（694,910）＋事項要求")
    // (so is every figure of a table under a heading naming a fund: "1　財政調整基金の推移", "5.基金の状況")
    // (or a remark after the row's figures says so: "… 2,845,000 2,612,500 232,500 基金", "… 132,600 118,000 14,600 再掲")
    const rest = l.text.slice(f.end);
    const row = rowFacts(f.lineIdx);
    const fund = (!!f.item && FUND_NAME.test(f.item)) || fundHeading(f.lineIdx) || (row.fundAt >= f.end && REMARK_FUND.test(rest));
    // (or a mark alone on the line under the row, "（新規）", where its name ran short of room)
    const markUnder = NEW_MARK_LINE.test(lines[f.lineIdx + 1]?.text ?? '');
    // (a row written one cell a line ends in its remarks' cell: "新規", "…の内数", or "＋事項要求" under the figure itself)
    const rowEnd = Math.max(f.lineIdx, prev?.lineIdx ?? -1, change?.lineIdx ?? -1);
    const remark = rowEnd > f.lineIdx ? lines[rowEnd + 1]?.text ?? '' : '';
    const matterUnder = MATTER_LINE.test(lines[f.lineIdx + 1]?.text ?? '');
    // ("給食調理業務委託 平成29年度～平成32年度 186,400" under 限度額: a limit over the years of its period, a 債務負担行為's)
    // (YEAR_SPAN_CELL matches a few words and the spaces after them: read over the SPAN_NEAR characters before the figure, as a
    // glued table's line holds thousands of figures)
    const head = l.text.slice(Math.max(0, f.start - SPAN_NEAR), f.start);
    // (or a row holding two periods, "8,964,300  H30～R5  2,731,450  R6～R15  6,232,850": a commitment's schedule, what was and
    // will be paid over each period)
    const span = !f.multiYear && ((row.spanWordEnd <= f.start && YEAR_SPAN_CELL.test(head)) || row.twoPeriods);
    const flags: Flag[] = [...(row.markedNew || markUnder || REMARK_NEW.test(remark) || f.newMark ? ['new' as const] : []), ...((f.item && RESTATED_MARK.test(f.item)) || (row.restatedAt >= f.end && REMARK_RESTATED.test(rest)) ? ['restated' as const] : []),
      ...(REMARK_PORTION.test(remark) ? ['portion' as const] : []),
      ...(fund ? ['fund' as const] : []), ...(MATTER_ROW.test(l.text.slice(f.end)) || matterUnder ? ['matter_request' as const] : []), ...(f.multiYear || span ? ['multi_year' as const] : []),
      ...(f.headerUnit ? ['unit_from_header' as const] : [])];
    // (a table with no row names, under a record's "事業名" over its value: that programme's figures)
    const item = f.item ?? namedByKeyAbove(lines, f.lineIdx);
    const warnings = [];
    if (!item) warnings.push(warning('item_missing'));
    const stage = span ? 'other' : f.stage ?? frame.stage ?? 'budget';
    let confidence = f.sure ?? 0.82;
    if (!item) confidence -= 0.1;
    if (!f.stage) { confidence -= 0.15; warnings.push(warning('stage_guessed')); }
    if (f.fy === null) { confidence -= 0.15; warnings.push(warning('fy_missing')); }
    out.push({
      line: l.no, start: l.start + f.start, end: l.start + f.end, text: f.text, yen: f.yen, unit: f.unit,
      item: item && rowName(item), section: [], fy: span ? null : f.fy, stage, flags, previous: prev ? abs(prev) : null, supplementary: supp ? abs(supp) : null,
      change: change ? abs(change) : null, confidence: Math.round(confidence * 100) / 100, warnings,
    });
  });
  return out;
}

/** What a table row's whole line says, worked out once per line (a glued table's line holds thousands of figures, each asking). */
interface RowFacts {
  markedNew: boolean;
  twoPeriods: boolean;
  /** Where the last 基金 and 再掲 start (-1 for none): the text after a figure holds one where it starts at or after the figure's end. */
  fundAt: number;
  restatedAt: number;
  /** Where the first ～, 〜 or から ends (the text before a figure holds one where it ends by the figure's start). */
  spanWordEnd: number;
}
function rowFactsOf(t: string): RowFacts {
  const endOf = (w: string): number => { const at = t.indexOf(w); return at < 0 ? Infinity : at + w.length; };
  return { markedNew: markedNew(t) || NEW_CELL.test(t), twoPeriods: twoPeriods(t), fundAt: t.lastIndexOf('基金'), restatedAt: t.lastIndexOf('再掲'), spanWordEnd: Math.min(endOf('～'), endOf('〜'), endOf('から')) };
}
// the characters before a figure YEAR_SPAN_CELL reads (two years, a tilde or から, and the spaces between)
const SPAN_NEAR = 200;

type Attached = Partial<Record<Exclude<CellFigure['role'], 'primary'>, CellFigure>>;
/** Each primary's previous, change and supplementary figures (the first of each role that names it), found in one pass:
 * a search of the whole list for each primary was quadratic in a long table's figures. */
export function attachedFigures(figs: CellFigure[]): Map<number, Attached> {
  const by = new Map<number, Attached>();
  for (const x of figs) {
    if (x.role === 'primary' || x.of === null) continue;
    let a = by.get(x.of);
    if (!a) by.set(x.of, (a = {}));
    a[x.role] ??= x;
  }
  return by;
}

// a record's key for its programme's name, alone on its line ("事業名") or with the name after it ("事業名：…")
const NAME_KEY = /^[\s\u3000]*[【［\[■◆]?(?:事業名|事務事業名|施策名|事業の名称)[】］\]]?[\s\u3000]*(?:[:：][\s\u3000]*)?(.*)$/u;
/** The name a record's key gives on one of the 12 lines above `idx`: on the key's line, or alone on the line after it. */
function namedByKeyAbove(lines: Line[], idx: number): string | null {
  for (let k = idx - 1; k >= 0 && k >= idx - 12; k--) {
    const m = NAME_KEY.exec(lines[k].text);
    if (!m) continue;
    const name = (m[1].trim() || (lines[k + 1]?.text.trim() ?? '')).trim();
    return name && name.length <= 40 && !/[0-9０-９]/u.test(name) ? name : null;
  }
  return null;
}

/** For the tests. */
export const cellRecordInternals = { rowFactsOf };
