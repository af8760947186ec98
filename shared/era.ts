// Fiscal-year expressions in Japanese budget text → Western fiscal year.
// 令和N年度 = 2018+N, 平成N年度 = 1988+N, 昭和N年度 = 1925+N; 元年 = 1; R6 / H30 / R2,3,4年度;
// 2024年度; kanji numerals (令和六年度); the OCR slip 今和 for 令和.
import { digitValue, kanjiSmallNumber, toHalfWidth } from './extract/numerals';
import { codeAt, isSpaceCode } from './extract/lines';

export interface YearMention {
  start: number;
  end: number;
  /** Western years named (one, or several for R2,3,4年度 / 2021・2022年度 / ranges 2023~2025年度). */
  years: number[];
  /** Written with 年度 (fiscal) rather than 年 alone. */
  fiscal: boolean;
  /** A span of years (〜 / ~ / から … まで). */
  range: boolean;
  era: 'reiwa' | 'heisei' | 'showa' | 'western';
  /** Read 今和 as 令和. */
  ocrReiwa: boolean;
  /** Written without an era or century (28年度): resolved by the document's era hint. */
  eraless?: boolean;
}

/** How a document writes years: the era its year-only mentions (28年度) belong to. */
export type EraHint = 'reiwa' | 'heisei' | 'showa' | 'western' | 'unmarked';
// 'unmarked': a text that names no era nor century anywhere; 10年度 and later are read as 平成
// (Reiwa had not reached 10), earlier ones as 令和.
const HINT_BASE: Record<EraHint, number> = { reiwa: 2018, heisei: 1988, showa: 1925, western: 2000, unmarked: 2018 };
/**
 * "26年度" in a text that writes its years in Western numerals: the year nearest the text's own (its date, else its first
 * year) of 2026, 令和26 and 平成26: a 2025 article's "26年度" is 2026, its "8年度" 令和8, a 2006 report's "16年度" 平成16
 * (and none more than five years ahead of it).
 */
function westernShort(n: number): number {
  const west = 2000 + n;
  if (hintDateYear === null) return west;
  let best = west;
  // (a year far ahead of the text is no likelier than one as far behind it: a 2025 article's "15年度末" is 2015, not
  // 令和15; a year to come is one of the next few)
  const dist = (y: number): number => (y - hintDateYear! > FUTURE_REACH ? Infinity : Math.abs(y - hintDateYear!));
  for (const y of [2018 + n, 1988 + n]) if (dist(y) < dist(best)) best = y;
  return best;
}
const FUTURE_REACH = 5;
// Era-less two-digit fiscal years: "28年度", "26 年度"; not part of a longer number, an era name or a date.
const ERALESS_RE = /(?<![0-9０-９.．,，元和成昭RHSＲＨＳ年第])([0-9０-９]{1,2})\s?年度/gu;
let eraHint: EraHint | null = null;
/** Set the era that year-only mentions resolve to, for the document being read (null: leave them out). */
// the year of the document's date, when it has one: a bare year the era would put far after it is a Western one
let hintDateYear: number | null = null;
export function setEraHint(h: EraHint | null, dateYear: number | null = null): void {
  if (h !== eraHint || dateYear !== hintDateYear) yearMemo.clear();
  eraHint = h;
  hintDateYear = dateYear;
}

// findYears is pure for a given era hint, and the same lines are read by several stages: a bounded memo,
// emptied for each document (clearYearMemo) so no document is read faster for following another.
// Callers must not change what it returns.
const yearMemo = new Map<string, YearMention[]>();
export function clearYearMemo(): void { yearMemo.clear(); }
const NO_YEARS: YearMention[] = [];

// An era by the first character of its mark (令和, 今和 read as 令和, 平成, 昭和; R / H / S, half or full width; 令 / 平):
// a switch on a number, not a lookup by the (half-width) string.
const REIWA = { base: 2018, era: 'reiwa' } as const;
const HEISEI = { base: 1988, era: 'heisei' } as const;
const SHOWA = { base: 1925, era: 'showa' } as const;
function eraOf(mark: string): { base: number; era: YearMention['era'] } {
  switch (mark.charCodeAt(0)) {
    case 0x4ee4: case 0x4eca: case 0x52: case 0xff32: return REIWA; // 令 今 R Ｒ
    case 0x5e73: case 0x48: case 0xff28: return HEISEI; // 平 H Ｈ
    default: return SHOWA; // 昭 S Ｓ
  }
}

function eraNumber(s: string): number {
  if (s === '元') return 1;
  if (/^[0-9０-９]+$/.test(s)) { let v = 0; for (const c of s) v = v * 10 + digitValue(c); return v; }
  return kanjiSmallNumber(s);
}

const NUM = '(?:元|[0-9０-９]{1,3}|[〇一二三四五六七八九十]{1,4})';
// Era name, number, optional list (R2,3,4; 令和3、4両年度), 年 and optional 度; not followed by a month (a date, not a year).
const ERA_RE = new RegExp(
  `(令和|今和|平成|昭和|(?<![A-Za-zＡ-Ｚａ-ｚ])[RHSＲＨＳ](?=[0-9０-９元]))\\s?(${NUM})((?:\\s?[,、，・]\\s?${NUM})*)\\s?(?:[両各](?=年度))?(年度|年(?![0-9０-９]{1,2}月|[0-9０-９]))`,
  'gu',
);
const WEST_RE = /(?<![0-9０-９])((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})((?:\s?[・、,，]\s?(?:(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}))*)\s?(年度|年(?!\s?[0-9０-９]{1,2}\s?月))/gu;
// a range goes on to another year: "2023~2025年度", "令和6年度～令和10年度" ("令和6年度-" alone is no range)
// "2016(平成28)年度", "平成28(2016)年度": one year written both ways
const PAIRED_RE = /((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})\s?[(（]\s?(?:令和|平成|昭和)\s?(?:[0-9０-９]{1,2}|元)\s?[)）]\s?年度|(?:令和|平成|昭和)\s?(?:[0-9０-９]{1,2}|元)\s?[(（]\s?((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})\s?[)）]\s?年度/gu;
const RANGE_BETWEEN = /^\s?(?:度)?\s?(?:[~〜～\-－‐]|から)\s?$/u;
const RANGE_AFTER = /^\s?(?:度)?\s?(?:[~〜～\-－‐]|から)\s?(?:令和|平成|昭和|[RHＲＨ]|[0-9０-９元一二三四五六七八九十])/u;

// the compact form of slides and summary sheets: R9要求額, R8当初, H30決算, 令9要求, R8見込, R9計画, R8：1,100 (no 年: a stage word or a figure follows)
// (or alone in brackets after a label, "予算額（R5）: 48,620千円", or closing a label after a space, "予算額 R5")
const COMPACT_RE = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])([RHＲＨ令平])([0-9０-９]{1,2})(?=\s?(?:当初|予算|要求|概算|補正|決算|査定|要望|計上|見込|見通|試算|計画|決定|[:：])|(?<=[(（][RHＲＨ][0-9０-９]{1,2})[)）]|(?<=[\s\u3000][RＲ][0-9０-９]{1,2})[\s\u3000]*$)/gu;

// What a line holds that some pattern needs, read in one pass over its code units (one test per pattern cost more):
const NEN = 1; // 年: every form but the compact one ends in 年 / 年度
const NENDO = 2; // 年度
const ERA_MARK = 4; // 令和 / 今和 / 平成 / 昭和, or R H S (either width) before a digit or 元: where ERA_RE can start
const COMPACT = 8; // [RHＲＨ令平] before a digit (COMPACT_RE)
const CENTURY = 16; // 19 / 20 and two digits, in either width (where WEST_RE can start)
const PAREN = 32; // ( or （ (PAIRED_RE)
const DIGIT_NENDO = 64; // a digit right before 年度, or before a space before it (where ERALESS_RE can end)
const KANJI_CENTURY = 128; // 一九 or 二〇 (where KANJI_WEST_RE can start; includes('一九') stops at every kanji U+4Exx)
// (by code unit: 1 for a character some fact begins with)
const FACT_CHAR = new Uint8Array(0x10000);
for (const c of '年(（12１２令今平昭RHSＲＨＳ一二') FACT_CHAR[c.charCodeAt(0)] = 1;
const isDigitCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** Two digits at i, from zero (0 or ０) up. */
function twoDigitsAt(line: string, i: number, zero: number): boolean {
  const a = codeAt(line, i) - zero;
  const b = codeAt(line, i + 1) - zero;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9;
}
function factsOf(line: string): number {
  let f = 0;
  for (let i = 0; i < line.length; i++) {
    const c = codeAt(line, i);
    if (FACT_CHAR[c] === 0) continue;
    const d = codeAt(line, i + 1);
    if (c === 0x5e74) { // 年, 年度
      f |= d === 0x5ea6 ? NEN | NENDO : NEN;
      if (d === 0x5ea6 && (isDigitCode(codeAt(line, i - 1)) || (isSpaceCode(codeAt(line, i - 1)) && isDigitCode(codeAt(line, i - 2))))) f |= DIGIT_NENDO;
    } else if (c === 0x28 || c === 0xff08) f |= PAREN;
    else if (c === 0x31 || c === 0xff11) { if (d === c + 8 && twoDigitsAt(line, i + 2, c - 1)) f |= CENTURY; } // 19, １９
    else if (c === 0x32 || c === 0xff12) { if (d === c - 2 && twoDigitsAt(line, i + 2, c - 2)) f |= CENTURY; } // 20, ２０
    else if (c === 0x4ee4 || c === 0x5e73) { // 令 平: an era name, or a compact year
      if (d === (c === 0x4ee4 ? 0x548c : 0x6210)) f |= ERA_MARK; // 令和 平成
      else if (isDigitCode(d)) f |= COMPACT;
    } else if (c === 0x4eca || c === 0x662d) { if (d === 0x548c) f |= ERA_MARK; } // 今和 昭和
    else if (c === 0x4e00 || c === 0x4e8c) { if (d === (c === 0x4e00 ? 0x4e5d : 0x3007)) f |= KANJI_CENTURY; } // 一九 二〇
    else if (isDigitCode(d)) f |= c === 0x53 || c === 0xff33 ? ERA_MARK : ERA_MARK | COMPACT; // R H S, Ｒ Ｈ Ｓ (S: no compact year)
    else if (d === 0x5143) f |= ERA_MARK; // R元, H元 …
  }
  return f;
}

const COMPACT_MARK = /[RHＲＨ令平][0-9０-９]/u;
// "FY2027", "ＦＹ２０２７": a fiscal year in the English abbreviation of slides and summaries (four digits only: FY26 may
// be either calendar)
const FY_RE = /(?<![A-Za-zＡ-Ｚａ-ｚ])(?:FY|ＦＹ)\s?((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})(?![0-9０-９])/gu;
const hasFy = (line: string): boolean => line.includes('FY') || line.includes('ＦＹ');
// "二〇二七年度", "一九九八年": a Western year in kanji digits, one per digit
const KANJI_WEST_RE = /((?:一九|二〇)[〇一二三四五六七八九]{2})\s?(年度|年(?![〇一二三四五六七八九十]{1,2}月))/gu;

/**
 * The one fiscal year a short mention names, read as with 年度 when it has no 年 (`R5`, `28`, `平成27`, `2023`, `令和7年度`),
 * or null when it names none or several.
 */
export function yearNamed(mention: string): number | null {
  const ys = findYears(mention.includes('年') ? mention : `${mention}年度`);
  return ys.length === 1 && ys[0].years.length === 1 ? ys[0].years[0] : null;
}

/** All year mentions in a line, in order. */
export function findYears(line: string): YearMention[] {
  // every form but the compact one ends in 年 / 年度 (most lines asked hold neither: natively tested first)
  if (!line.includes('年') && !COMPACT_MARK.test(line) && !hasFy(line)) return NO_YEARS;
  if (line.length > 256) return findYearsUncached(line, factsOf(line)); // long lines are rarely read twice; keep the memo small
  const hit = yearMemo.get(line);
  if (hit) return hit;
  const v = findYearsUncached(line, factsOf(line));
  if (yearMemo.size >= 2048) yearMemo.clear();
  yearMemo.set(line, v);
  return v;
}

function findYearsUncached(line: string, facts: number): YearMention[] {
  const out: YearMention[] = [];
  // (exec loops, not matchAll: matchAll clones its regex on every call; no pattern here matches the empty string,
  // and no loop body runs another of them)
  let m: RegExpExecArray | null;
  // (each pattern is tried only on lines holding characters its every match needs: factsOf)
  if (facts & ERA_MARK) for (ERA_RE.lastIndex = 0; (m = ERA_RE.exec(line)) !== null;) {
    const { base, era } = eraOf(m[1]);
    const first = eraNumber(m[2]);
    if (first <= 0 || first > 99) continue;
    const years = [base + first];
    if (m[3]) for (const part of m[3].split(/[,、，・]/u).map((x) => x.trim()).filter(Boolean)) {
      const n = eraNumber(part);
      if (n > 0) years.push(base + n);
    }
    out.push({ start: m.index!, end: m.index! + m[0].length, years, fiscal: m[4] === '年度', range: false, era, ocrReiwa: m[1] === '今和' });
  }
  if (facts & CENTURY) for (WEST_RE.lastIndex = 0; (m = WEST_RE.exec(line)) !== null;) {
    const years = [Number(toHalfWidth(m[1]))];
    if (m[2]) for (const part of m[2].split(/[・、,，]/u).map((x) => x.trim()).filter(Boolean)) years.push(Number(toHalfWidth(part)));
    out.push({ start: m.index!, end: m.index! + m[0].length, years, fiscal: m[3] === '年度', range: false, era: 'western', ocrReiwa: false });
  }
  if (facts & COMPACT) for (COMPACT_RE.lastIndex = 0; (m = COMPACT_RE.exec(line)) !== null;) {
    const { base, era } = eraOf(m[1]);
    const n = eraNumber(m[2]);
    if (n <= 0) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, years: [base + n], fiscal: true, range: false, era, ocrReiwa: false });
  }
  if (facts & KANJI_CENTURY) for (KANJI_WEST_RE.lastIndex = 0; (m = KANJI_WEST_RE.exec(line)) !== null;) {
    out.push({ start: m.index, end: m.index + m[0].length, years: [kanjiSmallNumber(m[1])], fiscal: m[2] === '年度', range: false, era: 'western', ocrReiwa: false });
  }
  if (hasFy(line)) for (FY_RE.lastIndex = 0; (m = FY_RE.exec(line)) !== null;) {
    out.push({ start: m.index, end: m.index + m[0].length, years: [Number(toHalfWidth(m[1]))], fiscal: true, range: false, era: 'western', ocrReiwa: false });
  }
  const fiscal = (facts & NENDO) !== 0;
  if (eraHint && facts & DIGIT_NENDO) {
    const base = HINT_BASE[eraHint];
    for (ERALESS_RE.lastIndex = 0; (m = ERALESS_RE.exec(line)) !== null;) {
      const n = Number(toHalfWidth(m[1]));
      if (n <= 0 || (eraHint !== 'western' && n > 64)) continue;
      let year = eraHint === 'unmarked' ? (n >= 10 && n <= 31 ? 1988 + n : n < 10 ? 2018 + n : null) : eraHint === 'western' ? westernShort(n) : base + n;
      // ("19年度" in a 令和 text dated 2023: 令和19 is years ahead of it, so the year is 2019, written short)
      const short = year !== null && eraHint === 'reiwa' && hintDateYear !== null && year > hintDateYear + 5 && 2000 + n <= hintDateYear + 1;
      if (short) year = 2000 + n;
      if (year === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((y) => start < y.end && y.start < end)) continue;
      out.push({ start, end, years: [year], fiscal: true, range: false, era: short || (eraHint === 'western' && year === 2000 + n) ? 'western' : eraHint === 'unmarked' || eraHint === 'western' ? (year < 2019 ? 'heisei' : 'reiwa') : eraHint, ocrReiwa: false, eraless: true });
    }
  }
  if (fiscal && facts & PAREN) for (PAIRED_RE.lastIndex = 0; (m = PAIRED_RE.exec(line)) !== null;) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((y) => start < y.end && y.start < end)) continue;
    const west = m[1] ?? m[2];
    out.push({ start, end, years: [Number(toHalfWidth(west))], fiscal: true, range: false, era: 'western', ocrReiwa: false });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  // ranges: "2023~2025年度", "令和6年度～令和10年度", "2018年度補正~2024年度補正"
  // (read only where a dash or か stands within the 4 characters after the mention, as in every match)
  for (let i = 0; i < out.length; i++) {
    if (rangeMarkAfter(line, out[i].end) && RANGE_AFTER.test(line.slice(out[i].end, out[i].end + 8))) out[i].range = true;
    // (and the year that ends it: "令和6年度～令和11年度" names no year 2029 of its own)
    else if (i > 0 && out[i - 1].range && RANGE_BETWEEN.test(line.slice(out[i - 1].end, out[i].start))) out[i].range = true;
  }
  // a bare Western year before ~ and a year mention: 2023~2025年度
  for (const y of out) {
    // (read only before a Western year with ~ or a dash right before it, maybe a space between)
    if (y.era !== 'western' || !dashBefore(line, y.start)) continue;
    const m = /((?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2})\s?[~〜～\-－]\s?$/u.exec(line.slice(Math.max(0, y.start - 8), y.start));
    if (m) {
      y.start -= m[0].length;
      y.range = true;
      y.years = [Number(toHalfWidth(m[1])), ...y.years];
    }
  }
  // an era's year before ~ and the year that ends the range, its era not written again: 令和8～12年度
  for (const y of out) {
    if (y.range || !dashBefore(line, y.start) || y.years.length !== 1) continue;
    const m = /(令和|平成)[\s\u3000]?([0-9０-９]{1,2}|元)[\s\u3000]?[~〜～\-－][\s\u3000]?$/u.exec(line.slice(Math.max(0, y.start - 8), y.start));
    if (!m) continue;
    const first = (m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : Number(toHalfWidth(m[2])));
    if (first >= y.years[0] || y.years[0] - first > 30) continue;
    y.start -= m[0].length;
    y.range = true;
    y.years = [first, ...y.years];
  }
  // an era-less year before ~ and the one that ends the range, read with the same hint: "23〜27年度" in a 2026 text
  for (const y of out) {
    if (!y.eraless || y.range || !dashBefore(line, y.start) || y.years.length !== 1) continue;
    const m = /(?<![0-9０-９])([0-9０-９]{1,2})[\s　]?[~〜～\-－][\s　]?$/u.exec(line.slice(Math.max(0, y.start - 6), y.start));
    if (!m) continue;
    const last = Number(toHalfWidth(line.slice(y.start, y.end).replace(/[^0-9０-９]/gu, '')));
    const first = y.years[0] - (last - Number(toHalfWidth(m[1])));
    if (first >= y.years[0] || y.years[0] - first > 30) continue;
    y.start -= m[0].length;
    y.range = true;
    y.years = [first, ...y.years];
  }
  return out;
}

/** ~ 〜 ～ - － ‐ or か among the 4 characters from `at`: where RANGE_AFTER's dash or から stands. */
function rangeMarkAfter(line: string, at: number): boolean {
  for (let i = at; i < at + 4 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isDash(c) || c === 0x2010 || c === 0x304b) return true;
  }
  return false;
}

const isDash = (c: number): boolean => c === 0x7e || c === 0x301c || c === 0xff5e || c === 0x2d || c === 0xff0d; // ~ 〜 ～ - －
/** Is there a ~ or a dash right before `at` (or before one space there), within the 8 characters before it? */
function dashBefore(line: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  if (at - 1 >= from && isDash(codeAt(line, at - 1))) return true;
  return at - 2 >= from && isSpaceCode(codeAt(line, at - 1)) && isDash(codeAt(line, at - 2));
}

/** Does a year range (bare "2023~" before a mention) precede index i? Used for multi-year totals. */
export function hasBareYearRangeBefore(line: string, idx: number): boolean {
  return /(?:19|20|１９|２０)[0-9０-９]{2}\s?[~〜～\-－]\s?$/u.test(line.slice(Math.max(0, idx - 8), idx));
}

/** The first fiscal year named in `text` (令和元年度 → 2019, R6 → 2024, 2024年度 → 2024), or null. */
export function parseFiscalYear(text: string): number | null {
  const ys = findYears(text);
  return ys.length ? ys[0].years[0] : null;
}

/** Western year → 令和/平成 label, e.g. 2024 → 令和6年度. */
export function formatFiscalYear(year: number): string {
  if (year >= 2019) return `令和${year - 2018 === 1 ? '元' : year - 2018}年度`;
  if (year >= 1989) return `平成${year - 1988 === 1 ? '元' : year - 1988}年度`;
  return `${year}年度`;
}

export const yearInternals = { eraOf, factsOf, rangeMarkAfter, RANGE_AFTER, NEN, NENDO, ERA_MARK, COMPACT, CENTURY, PAREN, DIGIT_NENDO, KANJI_CENTURY };
