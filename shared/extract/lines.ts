// Lines, table cells and header units.
import { kanjiSmallNumber } from './numerals';

export interface Line {
  no: number; // 1-based
  start: number; // offset of the first character in the document
  text: string; // without the trailing \n (and \r)
}

// (no u flag: BMP characters only, and the plain scan over a whole text is quicker)
const BOX_CHAR = /[│┃┼├┤┌┐└┘┬┴┏┓┗┛┣┫┳┻╋]/;
const BOX_LINE = /^.*[│┃┼├┤┌┐└┘┬┴┏┓┗┛┣┫┳┻╋].*$/gmu;
/**
 * A table drawn with box characters (│ 総務費 │ 3,456,000 │, ├──┼──┤) read as a pipe table: on lines holding a box
 * character, bars and junctions become pipes and rules dashes. One character for one keeps every offset.
 */
export function boxToPipes(text: string): string {
  if (!BOX_CHAR.test(text)) return text;
  return text.replace(BOX_LINE, (l) => l.replace(/[─━]/gu, '-').replace(/[│┃┼├┤┌┐└┘┬┴┏┓┗┛┣┫┳┻╋]/gu, '|'));
}

// CSV fields: a quoted one (its "" an escaped quote, its line breaks its own) or a bare one
const CSV_QUOTED = /[ \t]*"(?:[^"]|"")*"[ \t]*/y;
const CSV_BARE = /[^",\n]*/y;
// a quoted field may hold a few lines of a cell's text, no more
const CSV_CELL_LINES = 6;

/** The end of the CSV record starting at `from` and the offsets of its separators and quotes, or null where it is none. */
function csvRecord(text: string, from: number): { end: number; marks: number[]; quoted: boolean } | null {
  const marks: number[] = [];
  const breaks: number[] = [];
  let at = from, fields = 0, quoted = false;
  for (;;) {
    CSV_QUOTED.lastIndex = at;
    const q = CSV_QUOTED.exec(text);
    if (q && q[0].split('\n').length <= CSV_CELL_LINES) {
      for (let k = at; k < at + q[0].length; k++) {
        const c = text.charCodeAt(k);
        if (c === 0x22) marks.push(k);
        else if (c === 0x0a || c === 0x0d) breaks.push(k);
      }
      at += q[0].length;
      quoted = true;
    } else {
      CSV_BARE.lastIndex = at;
      at += CSV_BARE.exec(text)![0].length;
    }
    fields++;
    const c = text.charCodeAt(at);
    // (the line breaks inside a cell with more cells after it: the rest of the row stands on the line of its first cells;
    // a last cell's lines, a note's, stay lines of their own)
    if (c === 0x2c) { marks.push(...breaks, at++); breaks.length = 0; continue; }
    breaks.length = 0;
    if (at < text.length && c !== 0x0a && c !== 0x0d) return null;
    // (a record of two fields only where both are quoted, four quotes and the comma between: "単位","千円" above the table)
    return fields >= 3 || (fields === 2 && marks.length === 5) ? { end: at, marks, quoted } : null;
  }
}

/** A line whose commas all group digits (a digit before, three after): figures in prose or aligned with spaces, no CSV record. */
function groupedOnly(line: string): boolean {
  return !/,(?![0-9]{3}(?![0-9]))|(?<![0-9]),/u.test(line);
}

/**
 * A CSV export with quoted fields ("1 市税","18,452,300","17,986,100", or only the fields holding a comma quoted, a
 * cell's lines inside its quotes) read as a tab table: in each record, each quote becomes a space and each comma
 * between fields a tab, so the commas inside figures stay theirs, and a line break inside a cell before the row's last a
 * space (its cells after it on one line, as the spreadsheet shows them). Only where two records or more have quoted
 * fields: a text that merely quotes a word with a comma after it stays as it is. One character for one keeps every offset.
 */
export function quotedCsvToTabs(text: string): string {
  // (every pair looked for below holds a quote; a search for a comma stops at every figure's)
  if (!text.includes('"')) return text;
  if (text.includes('\t"') || text.includes('"\t')) text = unquoteTabCells(text);
  if (!text.includes('",') && !text.includes(',"')) return text;
  const records: { marks: number[]; quoted: boolean }[] = [];
  for (let at = 0; at < text.length; ) {
    const r = text.charCodeAt(at) === 0x0a ? null : csvRecord(text, at);
    // (not a line whose commas all group digits, "財政調整基金   1,512,340   1,748,905", "…の合計が74億1,852万6千円": no record)
    if (r && (r.quoted || !groupedOnly(text.slice(at, r.end)))) records.push(r);
    const nl = text.indexOf('\n', r ? r.end : at);
    if (nl < 0) break;
    at = nl + 1;
  }
  if (records.filter((r) => r.quoted).length < 2) return text;
  const out = text.split('');
  for (const r of records) for (const k of r.marks) out[k] = text[k] === ',' ? '\t' : ' ';
  return out.join('');
}

// a tab row's cell holding a figure alone: "…\t15,284,310\t…"
const FIGURE_TAB_CELL = /(?:^|\t)[ \u3000]*[△▲\-－]?[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?=\t|\r?$)/u;
const GROUPED_FIGURE = /[0-9０-９][,，][0-9０-９]{3}/u;
const EMPTY_CELLS = /^[\t \u3000\r]*\t[\t \u3000\r]*$/u;
/**
 * The text's lines (where each ends) and how many times `ch` stands in each, counted in one search along the text; a line
 * is sliced out only when asked for (most lines hold no tab or quote).
 */
function tabbedLines(text: string, ch: string): { ends: Int32Array; counts: Int32Array; startOf: (n: number) => number; lineAt: (n: number) => string } {
  const ends = lineEnds(text);
  const counts = new Int32Array(ends.length);
  for (let p = text.indexOf(ch), n = 0; p >= 0; p = text.indexOf(ch, p + 1)) { while (ends[n] < p) n++; counts[n]++; }
  const startOf = (n: number): number => (n > 0 ? ends[n - 1] + 1 : 0);
  return { ends, counts, startOf, lineAt: (n: number): string => text.slice(startOf(n), ends[n]) };
}
/**
 * The text's characters (`out`, split from `text` when first needed) with the line breaks ending lines `from`..`to - 1` (and a
 * \r before one) read as spaces: those lines joined into one, one character for one.
 */
function breaksToSpaces(out: string[] | null, text: string, ends: ArrayLike<number>, from: number, to: number): string[] {
  const chars = out ?? text.split('');
  for (let n = from; n < to; n++) {
    chars[ends[n]] = ' ';
    if (text.charCodeAt(ends[n] - 1) === 0x0d) chars[ends[n] - 1] = ' ';
  }
  return chars;
}

/**
 * A tab table's header whose cells hold line breaks, as a spreadsheet's copy gives it unquoted ("区分\t令和６年度" / "決算額（Ａ）\t
 * 令和５年度" / … / "（％）" over rows of five cells): its lines joined with spaces, one row of as many cells as the rows under it.
 * Only where every break falls inside a cell (no tab either side of it), two cells or more hold one, and the lines hold no
 * figure. One character for one.
 */
export function tabHeaderJoined(text: string): string {
  if (!text.includes('\t')) return text;
  // (each line's tabs counted in one search along the text, and only the lines asked about sliced out of it: most have
  // no tab)
  const { ends, counts: tabs, startOf, lineAt } = tabbedLines(text, '\t');
  let out: string[] | null = null;
  for (let i = 2; i < ends.length; i++) {
    const T = tabs[i];
    if (T < 2 || !FIGURE_TAB_CELL.test(lineAt(i))) continue;
    // (past an empty row of cells between the header and its rows)
    let h = i - 1;
    while (h > 0 && tabs[h] > 0 && EMPTY_CELLS.test(lineAt(h))) h--;
    if (tabs[h] >= T) continue;
    let sum = 0;
    let k = h;
    for (; k >= 0; k--) {
      const l = lineAt(k).replace(/\r$/u, '');
      if (!l.trim() || FIGURE_TAB_CELL.test(l) || GROUPED_FIGURE.test(l)) { k = -1; break; }
      sum += tabs[k];
      if (sum >= T) break;
      // (the line above ends inside the cell this one begins with)
      if (k === 0 || /\t\r?$/u.test(lineAt(k - 1)) || l.startsWith('\t')) { k = -1; break; }
    }
    // (breaks in two cells at least: a last cell's bracket on a line of its own, "見直し後の額" / "（…）", may be a note; one
    // break inside quotes, "\"翌年度" / "繰越額\"", is a cell's for sure)
    const quoted = h - k === 1 && k >= 0 && (lineAt(k).split('"').length - 1) % 2 === 1 && lineAt(h).includes('"');
    if (k < 0 || sum !== T || (h - k < 2 && !quoted) || tabs[k] === 0 || tabs.subarray(k + 1, h + 1).every((n) => n === 0)) continue;
    out ??= text.split('');
    for (let n = k; n < h; n++) {
      const end = ends[n];
      out[end] = ' ';
      if (end > startOf(n) && text.charCodeAt(end - 1) === 0x0d) out[end - 1] = ' ';
    }
    // (a spreadsheet quotes a cell holding a line break: its quotes are no part of the heading)
    for (let n = startOf(k); n < ends[h]; n++) if (out[n] === '"') out[n] = ' ';
  }
  return out ? out.join('') : text;
}

/**
 * A tab row's cell a spreadsheet quoted because it holds a line break ("\t\t\"架空環状線整備" / "（第2工区）\"\t2,640,000\t…"):
 * the row's lines joined with spaces, the quotes read as spaces. Only where the quote opens a cell (after a tab or at the
 * line's start) and closes one (before a tab or at the line's end) at most three lines on, and the cell is a name's length
 * with no full stop. One character for one.
 */
export function tabQuotedJoined(text: string): string {
  if (!text.includes('\t') || !text.includes('"')) return text;
  const ends = lineEnds(text);
  const startOf = (n: number): number => (n > 0 ? ends[n - 1] + 1 : 0);
  // (each line's quotes counted, its first and last found, in one search along the text: most lines hold none)
  const count = new Int32Array(ends.length);
  const first = new Int32Array(ends.length).fill(-1);
  const last = new Int32Array(ends.length).fill(-1);
  for (let p = text.indexOf('"'), n = 0; p >= 0; p = text.indexOf('"', p + 1)) {
    while (ends[n] < p) n++;
    if (count[n]++ === 0) first[n] = p;
    last[n] = p;
  }
  let out: string[] | null = null;
  for (let i = 0; i < ends.length; i++) {
    if (count[i] % 2 === 0) continue;
    const a = startOf(i);
    const open = last[i];
    // (the odd quote opens the line's last cell)
    if (open !== a && text[open - 1] !== '\t') continue;
    let k = i + 1;
    while (k < ends.length && k <= i + 3 && count[k] === 0) k++;
    if (k >= ends.length || k > i + 3 || count[k] % 2 === 0) continue;
    const close = first[k];
    if (close + 1 < ends[k] && text[close + 1] !== '\t' && text[close + 1] !== '\r') continue;
    // (in a row of cells: a tab on the line it opens or on the line it closes)
    if (!text.slice(a, ends[i]).includes('\t') && !text.slice(startOf(k), ends[k]).includes('\t')) continue;
    // (a name or a heading broken over lines, not a description's sentences: those read as running text line by line)
    if (close - open > 48 || text.slice(open, close).includes('。')) continue;
    out = breaksToSpaces(out, text, ends, i, k);
    out[open] = ' ';
    out[close] = ' ';
    i = k;
  }
  return out ? out.join('') : text;
}

// the words of a header of figures (one of them names a column of amounts)
const HEADING_WORD = /額|予算|決算|要求|増減|比較|構成比|千円|百万円|億円/u;
/**
 * A header written one cell a line right over tab rows of as many cells ("区分" / "予算額（千円）" / "構成比" / "前年度（千円）"
 * over "市税\t38,412,000\t36.7%\t37,905,000"), as a web page's header cells copy: its lines joined with tabs, one header
 * row. Only short lines of words (no figure, no tab), one of them naming a column of amounts. One character for one.
 */
export function cellLinesHeaderJoined(text: string): string {
  if (!text.includes('\t')) return text;
  const { ends, counts: tabs, startOf, lineAt } = tabbedLines(text, '\t');
  let out: string[] | null = null;
  for (let i = 2; i < ends.length; i++) {
    const k = tabs[i] + 1;
    if (k < 3 || k > 12 || tabs[i - 1] > 0 || i - k < 0 || !FIGURE_TAB_CELL.test(lineAt(i))) continue;
    let words = true;
    let named = false;
    for (let n = i - k; n < i && words; n++) {
      const l = lineAt(n).trim();
      words = tabs[n] === 0 && l.length > 0 && l.length <= 20 && !l.includes('。') && !GROUPED_FIGURE.test(l) && !/^[△▲\-－]?[0-9０-９][0-9０-９,，.．%％]*$/u.test(l);
      named ||= HEADING_WORD.test(l);
    }
    // (the line before the run is no heading of its own: a run longer than the row's cells is no header of them)
    const before = i - k - 1 >= 0 ? lineAt(i - k - 1).trim() : '';
    if (!words || !named || (before && before.length <= 20 && tabs[i - k - 1] === 0 && HEADING_WORD.test(before) && !/[。：:]/u.test(before))) continue;
    out ??= text.split('');
    for (let n = i - k; n < i - 1; n++) out[ends[n]] = '\t';
  }
  return out ? out.join('') : text;
}

// a row set apart by single spaces: words, then two figures or more (a rate among them; a sign may stand apart, "△ 2.5")
const SPACE_FIGURES_ROW = /^[ \u3000]*[^\s\u3000\t0-9０-９△▲\-－][^\t]*?[^\s\u3000\t0-9０-９,，.．]((?:[ \u3000]+(?:[△▲\-－][ \u3000]?)?[0-9０-９][0-9０-９,，.．]*[%％]?){2,})[ \u3000]*\r?$/u;
const SPACE_FIGURE = /(?:[△▲\-－][ \u3000]?)?[0-9０-９][0-9０-９,，.．]*[%％]?/gu;
/** Each line (from the third) opening a run of rows set apart by single spaces, with its cells: the first row of its table only. */
function* firstSpaceRows(text: string, ends: Int32Array): Generator<[number, number]> {
  let prev = 0;
  for (let i = 2; i < ends.length; i++) {
    const k = spaceRowCells(text, ends, i);
    if (k > 0 && prev === 0) yield [i, k];
    prev = k;
  }
}
/** The cells (words, then figures) of a row set apart by single spaces on line `i`, 0 where it is none (its last character looked at first: a row ends in a figure or a rate). */
function spaceRowCells(text: string, ends: Int32Array, i: number): number {
  const from = i > 0 ? ends[i - 1] + 1 : 0;
  let e = ends[i];
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const c = text.charCodeAt(e - 1);
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x25 || c === 0xff05)) return 0;
  const row = SPACE_FIGURES_ROW.exec(text.slice(from, ends[i]));
  return row ? 1 + (row[1].match(SPACE_FIGURE)?.length ?? 0) : 0;
}
/**
 * A header written one cell a line right over rows set apart by single spaces, a cell for each of the row's words and
 * figures ("区分" / "令和6年度当初予算額" / "令和7年度予算案" / "増減率%" over "道路整備費 1,200 1,260 5.0"), as PDF text without
 * its layout gives a table: its lines joined with spaces, one header row. Only short lines of words without spaces (no
 * figure), one of them naming a column of amounts, and no heading of the same kind right before them. One character for one.
 */
export function cellLinesOverSpaceRow(text: string): string {
  const ends = lineEnds(text);
  const startOf = (n: number): number => (n > 0 ? ends[n - 1] + 1 : 0);
  const lineAt = (n: number): string => text.slice(startOf(n), ends[n]);
  let out: string[] | null = null;
  for (const [i, k] of firstSpaceRows(text, ends)) {
    if (k < 3 || k > 12 || i - k < 0) continue;
    let words = true;
    let named = false;
    for (let n = i - k; n < i && words; n++) {
      const l = lineAt(n).trim();
      // (a letter alone is a header given one character a line: verticalHeaderJoined's)
      words = l.length > 1 && l.length <= 20 && !/[\s\u3000。]/u.test(l) && !GROUPED_FIGURE.test(l) && !/^[△▲\-－]?[0-9０-９][0-9０-９,，.．%％]*$/u.test(l);
      named ||= HEADING_WORD.test(l);
    }
    const before = i - k - 1 >= 0 ? lineAt(i - k - 1).trim() : '';
    if (!words || !named || (before && before.length <= 20 && !/[\s\u3000]/u.test(before) && HEADING_WORD.test(before) && !/[。：:]/u.test(before))) continue;
    out = breaksToSpaces(out, text, ends, i - k, i - 1);
  }
  return out ? out.join('') : text;
}

// a year alone on a header's line ("平成9年度", "令和7年度", "R7"), the stage word under it its own cell's
const YEAR_ALONE_LINE = /^(?:(?:令和|平成|昭和)[\s\u3000]?(?:[0-9０-９]{1,2}|元)[\s\u3000]?年度?|[0-9０-９]{4}[\s\u3000]?年度|[RHＲＨ][0-9０-９]{1,2}(?:年度)?)$/u;
// a comparison's first word ("対前年度", "前年度比較"), its measure under it ("増減率%", "伸び率", "増減額")
const COMPARED_LINE = /^(?:対[\s\u3000]?)?前[\s\u3000]?年[\s\u3000]?度?(?:比較?)?$|^比[\s\u3000]?較$/u;
const COMPARED_MEASURE = /増|減|率|比|差|[%％]/u;
const HAS_YEAR = /(?:令和|平成|昭和)|年度|^[RHＲＨ][0-9０-９]/u;
/** The cells a run of header lines makes: each line its own, but a year with the stage word under it, and a comparison's two words. */
function headerCellGroups(ls: string[]): number {
  let n = 0;
  for (let k = 0; k < ls.length; n++) {
    const pair = k + 1 < ls.length && ((YEAR_ALONE_LINE.test(ls[k]) && !HAS_YEAR.test(ls[k + 1])) || (COMPARED_LINE.test(ls[k]) && COMPARED_MEASURE.test(ls[k + 1])));
    k += pair ? 2 : 1;
  }
  return n;
}
/**
 * A header written one cell a line, its years' cells over two lines ("区　分" / "平成9年度" / "当初予算額" / "平成10年度" / "予　算　案" /
 * "対前年度" / "増減率%"), over rows set apart by spaces ("道路整備費 8,493 8,907 4.9"), as PDF text of an older page gives a table:
 * the header one row of tabs (a year and its word one cell), and the rows under it rows of tabs (a tab at each gap between
 * their cells). Only where the header's lines make as many cells as the first row has, one of them a year's. One character for one.
 */
export function yearLinesOverSpaceRows(text: string): string {
  const ends = lineEnds(text);
  const startOf = (n: number): number => (n > 0 ? ends[n - 1] + 1 : 0);
  const lineAt = (n: number): string => text.slice(startOf(n), ends[n]);
  const wordLine = (n: number): string | null => {
    const l = joinSpaced(lineAt(n).trim());
    return l.length > 0 && l.length <= 20 && !/[\s\u3000。：:]/u.test(l) && !GROUPED_FIGURE.test(l) && !/^[△▲\-－]?[0-9０-９][0-9０-９,，.．%％]*$/u.test(l) ? l : null;
  };
  let out: string[] | null = null;
  for (const [i, k] of firstSpaceRows(text, ends)) {
    if (k < 3 || k > 8) continue;
    // the run of header lines right above: the shortest making k cells, none of its own above it
    const ls: string[] = [];
    let from = -1;
    for (let n = i - 1; n >= 0 && n >= i - 2 * k; n--) {
      const w = wordLine(n);
      if (w === null) break;
      ls.unshift(w);
      const g = headerCellGroups(ls);
      if (g > k) break;
      const above = n > 0 ? wordLine(n - 1) : null;
      // (its first cell the rows' labels' heading, no year's: "区分", "事項")
      if (g === k && ls.length > k && !YEAR_ALONE_LINE.test(w) && (above === null || headerCellGroups([above, ...ls]) > k)) { from = n; break; }
    }
    if (from < 0 || !ls.some((l) => YEAR_ALONE_LINE.test(l)) || !ls.some((l) => HEADING_WORD.test(l))) continue;
    out ??= text.split('');
    // (the header: a tab between cells, a space inside a cell of two lines)
    let k2 = 0;
    for (let n = from; n < i - 1; n++) {
      const l = ls[n - from];
      const pair = (YEAR_ALONE_LINE.test(l) && !HAS_YEAR.test(ls[n - from + 1])) || (COMPARED_LINE.test(l) && COMPARED_MEASURE.test(ls[n - from + 1]));
      if (pair && k2 !== n) { out[ends[n]] = ' '; k2 = n + 1; } else out[ends[n]] = '\t';
    }
    // (the rows: a tab at the first space of each gap before a figure, while rows of k cells go on)
    for (let r = i, blank = 0; r < ends.length && blank <= 2; r++) {
      const t = lineAt(r);
      if (!t.trim()) { blank++; continue; }
      const m = SPACE_FIGURES_ROW.exec(t);
      if (!m || 1 + (m[1].match(SPACE_FIGURE)?.length ?? 0) !== k) break;
      blank = 0;
      const at = startOf(r) + t.lastIndexOf(m[1]);
      tabGaps(out, text, at, at + m[1].length);
    }
  }
  return out ? out.join('') : text;
}
/** A tab at the first space of each gap before a figure between `from` and `to` (a sign's own space, "△ 3.6", stays). */
function tabGaps(out: string[], text: string, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    if (!isSpaceCode(text.charCodeAt(p)) || (p > from && isSpaceCode(text.charCodeAt(p - 1)))) continue;
    const prev = text.charCodeAt(p - 1);
    if (prev === 0x25b3 || prev === 0x25b2 || prev === 0x2d || prev === 0xff0d) continue; // △ ▲ - －
    out[p] = '\t';
  }
}

// a line of one letter alone: a heading PDF text gave one character a line
// words of a header of figures, two of which the letters must spell: "補正前の額 補正額 補正後の額"
const HEADER_WORD_G = /額|予算|決算|要求|増減|比較/gu;
const ONE_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;
/**
 * Two lines one after the other, each a letter alone (ONE_LETTER_LINE), with a line break before the first and after the
 * second: only each line's ends are looked at, not its every character.
 */
function twoLetterLines(text: string): boolean {
  const ends = lineEnds(text);
  let prev = false;
  for (let k = 1; k + 1 < ends.length; k++) {
    let a = ends[k - 1] + 1;
    let b = ends[k];
    if (b > a && text.charCodeAt(b - 1) === 0x0d) b--;
    while (a < b && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x3000)) a++;
    while (b > a && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x3000)) b--;
    // (a letter of one or two code units: a surrogate pair's)
    const one = b - a >= 1 && b - a <= 2 && ONE_LETTER.test(text.slice(a, b));
    if (one && prev) return true;
    prev = one;
  }
  return false;
}
const ONE_LETTER_LINE = /^[ \u3000]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー][ \u3000]*\r?$/u;
/**
 * A header a PDF's text gave one character a line ("部" / "局" / "名" / "補" / "正" / "前" / "の" / "額" / … over the rows): its
 * letters on one line, set apart by spaces, as a heading spread out reads. Only a run of six letters or more spelling two
 * words of a header of figures, right over a line of words and figures. One character for one.
 */
export function verticalHeaderJoined(text: string): string {
  // (a text with no two letters alone on lines one after another has none: a look at each line's ends)
  if (!twoLetterLines(text)) return text;
  const lines = text.split('\n');
  let out: string[] | null = null;
  let at = 0;
  let runFrom = -1;
  const starts: number[] = [];
  for (const l of lines) { starts.push(at); at += l.length + 1; }
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && ONE_LETTER_LINE.test(lines[i])) { if (runFrom < 0) runFrom = i; continue; }
    if (runFrom >= 0 && i - runFrom >= 6 && i < lines.length && /[0-9０-９]/u.test(lines[i]) && /[\p{Script=Han}\p{Script=Katakana}]/u.test(lines[i]) &&
      (lines.slice(runFrom, i).join('').match(HEADER_WORD_G) ?? []).length >= 2) {
      out ??= text.split('');
      for (let n = runFrom; n < i - 1; n++) out[starts[n] + lines[n].length] = ' ';
    }
    runFrom = -1;
  }
  return out ? out.join('') : text;
}

// a tab row's cell in quotes, "84,215", as a spreadsheet saves a cell holding a comma: the quotes at its edges
const QUOTED_TAB_CELL = /(?<=^|\t)[ ]*"([^"\t\n]*)"[ ]*(?=\t|\r?$)/gmu;
/** Tab rows whose cells stand in quotes read with spaces for the quotes, one character for one. */
function unquoteTabCells(text: string): string {
  return text.replace(QUOTED_TAB_CELL, (m) => m.replace(/"/gu, ' '));
}

// a pipe row's cell alone on its line: a name (no figure), or a figure maybe with its unit before it ("千円 89,789,054,772 |")
const NAME_CELL_LINE = /^[ \u3000]*[^|｜\s\u30000-9０-９][^|｜0-9０-９]{0,30}[|｜][ \u3000]*\r?$/u;
const FIGURE_CELL_LINE = /^[ \u3000]*[^|｜]{0,12}[0-9０-９][^|｜]{0,30}[|｜][ \u3000]*\r?$/u;
/**
 * A pipe table's row a web page's copy broke one cell a line ("徴収決定済額 |" / "千円 89,789,054,772 |" / "千円 80,172,637,701 |"
 * under "区分 | 10年度 | (9年度) |"): its lines joined with spaces, one row. Only a name's cell, then two figures' cells or more,
 * a pipe row standing a few lines above. One character for one.
 */
export function pipeRowCellLines(text: string): string {
  if (!text.includes('|') && !text.includes('｜')) return text;
  const ends = lineEnds(text);
  const startOf = (n: number): number => (n > 0 ? ends[n - 1] + 1 : 0);
  const lineAt = (n: number): string => text.slice(startOf(n), ends[n]);
  const pipes = (l: string): number => { let n = 0; for (let k = 0; k < l.length; k++) if (l[k] === '|' || l[k] === '｜') n++; return n; };
  let out: string[] | null = null;
  let lastRow = -99; // the last line that was a pipe row of two cells or more
  for (let i = 0; i < ends.length; i++) {
    const l = lineAt(i);
    const p = l.includes('|') || l.includes('｜') ? pipes(l) : 0;
    if (p >= 2) { lastRow = i; continue; }
    if (p !== 1 || i - lastRow > 4 || !NAME_CELL_LINE.test(l)) continue;
    let k = i + 1;
    while (k < ends.length && FIGURE_CELL_LINE.test(lineAt(k))) k++;
    if (k - i - 1 < 2) continue;
    out = breaksToSpaces(out, text, ends, i, k - 1);
    lastRow = k - 1;
    i = k - 1;
  }
  // (the whole table so, its header too: an empty corner cell alone, "|", then its headings a cell a line, "平成28年度 |", …; then
  // each row a label's cell, "前年度末残高(1) |", and its figures' cells, "47,434 |", …: each joined, as many cells as the header's)
  for (let i = 0; i + 2 < ends.length; i++) {
    if (!LONE_PIPE_LINE.test(lineAt(i))) continue;
    let k = i + 1;
    // (the headings end before the first row's label, the cell over a figure's)
    while (k + 1 < ends.length && WORD_CELL_LINE.test(lineAt(k)) && !FIGURE_ONLY_CELL_LINE.test(lineAt(k)) && !FIGURE_ONLY_CELL_LINE.test(lineAt(k + 1))) k++;
    const cells = k - i;
    if (cells < 3) continue;
    let rows = 0;
    // (each row: its label's cell, then the figures' cells, the header's count in all)
    for (let r = k; r + cells - 1 < ends.length && WORD_CELL_LINE.test(lineAt(r)) && !FIGURE_ONLY_CELL_LINE.test(lineAt(r)); r += cells) {
      let f = r + 1;
      while (f < r + cells && FIGURE_ONLY_CELL_LINE.test(lineAt(f))) f++;
      if (f < r + cells) break;
      out = breaksToSpaces(out, text, ends, r, r + cells - 1);
      rows++;
    }
    if (rows) out = breaksToSpaces(out, text, ends, i, k - 1);
    i = k - 1 + rows * cells;
  }
  // (a row whose cell a web page's copy broke inside it, "| 一般会計 | 421,611,276 |" / "    △127,579 | 421,483,697 |" / "  |": the
  // line after it, no row of its own (it opens with no pipe), goes on with it, and a pipe alone after that closes it; only while
  // the row has fewer cells than its table's first row)
  let first = 0; // the pipes of the first row of the run of pipe rows
  for (let i = 0; i + 1 < ends.length; i++) {
    const l = lineAt(i);
    if (!OPENS_WITH_PIPE.test(l)) { first = 0; continue; }
    const p = pipes(l);
    if (first === 0) { first = p; continue; }
    const next = lineAt(i + 1);
    if (p >= first || OPENS_WITH_PIPE.test(next) || !next.includes('|') || next.length > 120) continue;
    let k = i + 1;
    let joined = p + pipes(next);
    if (joined > first) continue;
    if (k + 1 < ends.length && LONE_PIPE_LINE.test(lineAt(k + 1)) && joined + 1 <= first) { k++; joined++; }
    out = breaksToSpaces(out, text, ends, i, k);
    i = k;
  }
  return out ? out.join('') : text;
}
const OPENS_WITH_PIPE = /^[ \u3000]*[|｜]/u;
// (a cell alone on its line: the empty corner "|"; a cell of words, "平成28年度 |"; a figure's, maybe with its unit or a bracketed
// figure before it, "47,434 |", "千円 (2,707,228,946) 2,965,728,000 |")
const LONE_PIPE_LINE = /^[ \u3000]*[|｜][ \u3000]*\r?$/u;
const WORD_CELL_LINE = /^[ \u3000]*[^|｜\s\u3000][^|｜]{0,40}[|｜][ \u3000]*\r?$/u;
const FIGURE_ONLY_CELL_LINE = /^[ \u3000]*(?:(?:千円|百万円|億円|円|[%％])[ \u3000]+)?(?:[(（][△▲\-－]?[0-9０-９][0-9０-９,，.．]*[)）][ \u3000]*)?[△▲\-－]?[0-9０-９][0-9０-９,，.．]*[%％]?[ \u3000]*[|｜][ \u3000]*\r?$/u;

// "歳入総額：3,486,214 ／ 3,312,870": a label, a colon, then values each set apart by a slash between spaces (／ or /)
const SLASH_ROW = /^[^：:／/\n]{1,30}[：:][^：:／/\n]+(?:[ \u3000][／/][ \u3000][^／/\n]+)+$/gmu;
const SLASH_ROW_FIGURES = /[：:][ \u3000]*[▲△\-－]?[0-9０-９][0-9０-９,，.．]*[ \u3000]+[／/][ \u3000]+[▲△\-－]?[0-9０-９]/u;
// a legend naming the values' order, "各項目は「R5年度 / R4年度」の順に表示": the columns' headings where no row names them
const ORDER_LEGEND = /「([^」／/\n]{1,16}(?:[ \u3000]?[／/][ \u3000]?[^」／/\n]{1,16})+)」の順[^\n]*$/mu;
// (a row of headings: its values name years or stages, "区分：令和7年度決算 ／ 令和6年度決算")
const HEADING_VALUES = /[：:][^：:\n]*(?:年度|決算|予算)/u;
/**
 * Rows of label：value ／ value (a 決算カード of two years as text) read as pipe rows, one character for one: the colon
 * after the label and each spaced slash become pipes. Only where three rows or more hold figures so, a table.
 */
export function slashColumnsToPipes(text: string): string {
  const wide = spacedWideSlash(text);
  // (an ASCII slash is read only where three lines hold a figure after a colon and a spaced slash after it: one look at
  // each line holding one)
  if (!wide && figureSlashLines(text) < 3) return text;
  const rows = text.match(SLASH_ROW) ?? [];
  const figureRows = rows.filter((r) => SLASH_ROW_FIGURES.test(r)).length;
  let byColon = figureRows >= 3 ? text.replace(SLASH_ROW, (l) => l.replace(/[：:]/u, '｜').replace(/([ \u3000])[／/](?=[ \u3000])/gu, '$1｜')) : text;
  // (with no row of headings, a legend of the order heads the columns: its brackets and slashes become pipes, the rest of
  // its line spaces)
  const legend = figureRows >= 3 && !rows.some((r) => HEADING_VALUES.test(r)) ? ORDER_LEGEND.exec(byColon) : null;
  if (legend) {
    const head = '｜' + legend[1].replace(/[／/]/gu, '｜') + '｜';
    byColon = byColon.slice(0, legend.index) + head + ' '.repeat(legend[0].length - head.length) + byColon.slice(legend.index + legend[0].length);
  }
  // ("事業名 ／ 要求額 ／ 査定額 ／ 差額" over "…事業 ／ 186,420 ／ 171,300 ／ ▲15,120": cells set apart by spaced slashes, three
  // rows of figures or more)
  const cellRows = byColon.match(SLASH_CELLS_ROW) ?? [];
  if (cellRows.filter((r) => SLASH_CELL_FIGURE.test(r)).length < 3) return byColon;
  return byColon.replace(SLASH_CELLS_ROW, (l) => l.replace(/([ \u3000])／(?=[ \u3000])/gu, '$1｜'));
}
/** Does a full-width slash stand between spaces (' ／ ' or U+3000 on both sides) anywhere? One look along the text. */
function spacedWideSlash(text: string): boolean {
  for (let at = text.indexOf('／'); at >= 0; at = text.indexOf('／', at + 1)) {
    const a = text.charCodeAt(at - 1);
    const b = text.charCodeAt(at + 1);
    if ((a === 0x20 && b === 0x20) || (a === 0x3000 && b === 0x3000)) return true;
  }
  return false;
}
/** How many lines (up to three) hold a figure after a colon, then ' / ' and a figure. */
function figureSlashLines(text: string): number {
  let n = 0;
  // (from each slash, its spaces looked at: a search for ' / ' stops at every space of the text)
  for (let at = spacedSlash(text, 0); at >= 0 && n < 3;) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (SLASH_ROW_FIGURES.test(text.slice(start, end))) n++;
    at = spacedSlash(text, end);
  }
  return n;
}
/** text.indexOf(' / ', from). */
function spacedSlash(text: string, from: number): number {
  for (let q = text.indexOf('/', from + 1); q >= 0; q = text.indexOf('/', q + 1)) if (text.charCodeAt(q - 1) === 0x20 && codeAt(text, q + 1) === 0x20) return q - 1;
  return -1;
}
// a line of three cells or more set apart by a slash between spaces
const SLASH_CELLS_ROW = /^[^／\n]+(?:[ \u3000]／[ \u3000][^／\n]+){2,}$/gmu;
const SLASH_CELL_FIGURE = /[ \u3000]／[ \u3000]+[▲△\-－]?[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?:[ \u3000]／|$)/u;

const WIDE_SPACES = /[\u00a0\u2002\u2003\u2009\u202f]/g;
// (each looked for natively: quicker over a whole text than a character class)
const WIDE_SPACE_CHARS = ['\u00a0', '\u2002', '\u2003', '\u2009', '\u202f'];
/**
 * No-break and typographic spaces (a web page's &nbsp; copied as U+00A0; en, em, thin and narrow no-break spaces) read
 * as plain spaces, one character for one: every reader looks for a space or a gap of spaces, not for these. (The
 * ideographic space U+3000 stays: tables set their cells apart with it.)
 */
export function plainSpaces(text: string): string {
  return WIDE_SPACE_CHARS.some((c) => text.includes(c)) ? text.replace(WIDE_SPACES, ' ') : text;
}

// A Roman numeral one where a digit one stands before 兆 or 億: how OCR and some PDF fonts write "1兆", "1億"
const ONE_LOOKALIKE = /(?<![\u2160-\u217f])\u2160(?=[兆億])/gu;
// a minus glossed in words in brackets before its figure: "-(マイナス)5,135", "（マイナス）120", "△(マイナス) 3,000"
const MINUS_GLOSS = /(?:[-－−△▲][\s\u3000]?)?[(（][\s\u3000]?マイナス[\s\u3000]?[)）][\s\u3000]?(?=[0-9０-９])/gu;
/** A minus glossed in words (`-(マイナス)5,135`) read as a minus glued to its figure (`      -5,135`), one character for one. */
export function minusGlosses(text: string): string {
  if (!text.includes('マイナス')) return text;
  return text.replace(MINUS_GLOSS, (m) => ' '.repeat(m.length - 1) + '-');
}

/**
 * A look-alike of a digit one read as 1, one character for one: Ⅰ before 兆 or 億 (`Ⅰ兆2,435億円` is 1兆2,435億円), an
 * OCR's l or I inside a number.
 */
export function oneLookalikes(text: string): string {
  const t = text.includes('\u2160') ? text.replace(ONE_LOOKALIKE, '1') : text;
  return ocrZeros(ocrOnes(ocrOnes(t, 'l'), 'I'));
}

/**
 * An OCR's O for a zero inside a number ("3,5OO万円", "5O億円", "1,O40"): a run of capital O's right after a digit or a
 * comma, and no letter on either side (not "O157": nothing numeric before it; not "CO2").
 */
function ocrZeros(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  for (let q = text.indexOf('O'); q >= 0; q = text.indexOf('O', q + 1)) {
    let e = q;
    while (text.charCodeAt(e) === 0x4f) e++;
    const a = text.charCodeAt(q - 1);
    const b = text.charCodeAt(e);
    if (isDigitOrComma(a) && !isLatin(b) && !isLatin(text.charCodeAt(q - 2))) {
      (out ??= []).push(text.slice(from, q), '0'.repeat(e - q));
      from = e;
    }
    q = e - 1;
  }
  return out ? out.join('') + text.slice(from) : text;
}

const isDigitOrComma = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2c || c === 0xff0c;
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/**
 * An OCR's l or I for a one inside a number ("7,l84,000", "6,9I2,000", "2l,000"): a digit or a comma beside it and no
 * letter on either side. Found with indexOf: most texts hold few of either.
 */
function ocrOnes(text: string, ch: 'l' | 'I'): string {
  let out: string[] | null = null;
  let from = 0;
  for (let q = text.indexOf(ch); q >= 0; q = text.indexOf(ch, q + 1)) {
    const a = text.charCodeAt(q - 1);
    const b = text.charCodeAt(q + 1);
    if (isLatin(a) || isLatin(b) || !(isDigitOrComma(a) || isDigitOrComma(b))) continue;
    (out ??= []).push(text.slice(from, q), '1');
    from = q + 1;
  }
  return out ? out.join('') + text.slice(from) : text;
}

// An era year in kanji numerals (令和六年度, 平成二十七年, 昭和四十六年度), or one without its era before 年度 (二十七年度):
// one to three of 一…十 right before 年, not after another numeral, a unit of one (百, 千, 万) or 第 (第三年度).
const KANJI_YEAR_DIGITS = '一二三四五六七八九十';
const NOT_BEFORE_KANJI_YEAR = '〇一二三四五六七八九十百千万億兆第';
const ERAS = new Set(['令和', '今和', '平成', '昭和']);
const YEAR_DIGIT = 1, NOT_BEFORE = 2;
const KANJI_YEAR_CODE = new Uint8Array(0x10000);
for (const c of KANJI_YEAR_DIGITS) KANJI_YEAR_CODE[c.charCodeAt(0)] |= YEAR_DIGIT;
for (const c of NOT_BEFORE_KANJI_YEAR) KANJI_YEAR_CODE[c.charCodeAt(0)] |= NOT_BEFORE;
/**
 * Years written in kanji numerals read in digits, one character for one (`平成二十七年度` as `平成 27年度`, `二十七年度` as
 * ` 27年度`): every reader of years, labels and headers reads them as it reads `平成27年度`. (Found from each 年, looking
 * back: a pattern tried at every place of the text costs more than the rest of this stage.)
 */
export function kanjiYears(text: string): string {
  let out = '';
  let from = 0;
  for (let q = text.indexOf('年'); q >= 0; q = text.indexOf('年', q + 1)) {
    let k = q;
    // (by code, a table's look: every 年 of a text is looked at, and a character taken out of a text is a string made)
    while (k > q - 3 && k > 0 && KANJI_YEAR_CODE[text.charCodeAt(k - 1)] & YEAR_DIGIT) k--;
    if (k === q || (k > 0 && KANJI_YEAR_CODE[text.charCodeAt(k - 1)] & NOT_BEFORE)) continue;
    const era = k >= 2 && ERAS.has(text.slice(k - 2, k));
    // (without its era, only before 年度: 三年間, 十年後 are no years)
    if (!era && codeAt(text, q + 1) !== 0x5ea6) continue;
    const n = kanjiSmallNumber(text.slice(k, q));
    const d = String(n);
    // (十 alone has no room for its two digits: it stays, read where kanji years are)
    if (n < 1 || n > 64 || d.length > q - k) continue;
    out += text.slice(from, k) + ' '.repeat(q - k - d.length) + d;
    from = q;
  }
  return from === 0 ? text : out + text.slice(from);
}

// figures written digit by digit in kanji numerals alone in a table's cells ("資源探査勘定　一一九八・三　一一三六・八"), `・` their
// decimal point: set apart by spaces, two digits at least or a point
const KANJI_DIGIT_CELL = /(?<=^|[ \u3000\t△▲])(?:[〇一二三四五六七八九]{2,}(?:・[〇一二三四五六七八九]+)?|[〇一二三四五六七八九]+・[〇一二三四五六七八九]+)(?=[ \u3000\t]|$)/gmu;
const KANJI_DIGIT_PAIR = /[〇一二三四五六七八九][〇一二三四五六七八九・]/u;
const KANJI_DIGIT_VALUE: Record<string, string> = { '〇': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9', '・': '.' };
/** Table cells of kanji digits read as digits, one character for one (the records keep the text as written). */
export function kanjiDigitCells(text: string): string {
  if (!KANJI_DIGIT_PAIR.test(text)) return text;
  return text.replace(KANJI_DIGIT_CELL, (m) => m.replace(/./gu, (c) => KANJI_DIGIT_VALUE[c]));
}

// Markdown's bold marks in a table's cells (`| **合計** | **678,170** |`): found from each `**`, on lines with a pipe
const MD_STRONG = /\*\*(?=\S)([^*|\n]{1,200}?)\*\*/g;
/**
 * Markdown's bold marks in a table's cells read as spaces, one character for one: the figure inside is read as a cell. (In
 * prose they stay: spaces there would read as a gap between cells, and a figure is read beside a mark anyway.)
 */
export function markdownEmphasis(text: string): string {
  let out = '';
  let from = 0;
  for (let q = text.indexOf('**'); q >= 0;) {
    const a = text.lastIndexOf('\n', q) + 1;
    let b = text.indexOf('\n', q);
    if (b < 0) b = text.length;
    const line = text.slice(a, b);
    if (line.includes('|')) {
      out += text.slice(from, a) + line.replace(MD_STRONG, (_m, inner: string) => `  ${inner}  `);
      from = b;
    }
    q = text.indexOf('**', b);
  }
  return from === 0 ? text : out + text.slice(from);
}

// (no u flag: ASCII marks only, a quick scan)
const MD_HEADING = /^[ \t]*#{1,6}[ \t]+(?=\S)/gm;
/**
 * A Markdown heading's marks (`## 令和9年度予算の概要`, a document converted to Markdown) read as spaces, one character
 * for one: the heading is read as a heading, its offsets hold.
 */
export function markdownHeadings(text: string): string {
  return text.includes('#') ? text.replace(MD_HEADING, (m) => ' '.repeat(m.length)) : text;
}

const CELL_TAG_LINE = /^.*<\/?t[dh][\s>].*$/gimu;
/**
 * Rows of an HTML table pasted as markup (<tr><td>道路改良事業</td><td>120,000</td></tr>) read as a pipe table: a cell's
 * opening tag becomes a pipe and every other tag or &nbsp; spaces, character for character, so every offset holds. A line
 * of one cell becomes that cell alone.
 */
export function htmlCellsToPipes(text: string): string {
  if (!text.includes('<t') && !text.includes('<T')) return text;
  return text.replace(CELL_TAG_LINE, (l) => {
    // (one cell a line, <td>120,000</td>: the cell alone, as text extraction gives it)
    const cells = (l.match(/<t[dh][\s>]/giu) ?? []).length;
    return l.replace(/<[^<>\n]{0,200}>|&nbsp;/gu, (tag) => (cells >= 2 && /^<t[dh][\s>]/iu.test(tag) ? '|' + ' '.repeat(tag.length - 1) : ' '.repeat(tag.length)));
  });
}

/** Split on \n (a trailing \r is dropped from the line text; offsets stay exact). */
export function splitLines(text: string): Line[] {
  const ends = lineEnds(text);
  const out: Line[] = [];
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k];
    out.push({ no: k + 1, start, text: text.slice(start, end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end) });
    start = end + 1;
  }
  return out;
}

// The passes before the reader and the reader itself each go over the lines of one text (most documents leave it as it
// came through every pass): its line breaks are found once, for the last two texts asked about (a text reshaped, and the
// text before, whose lines the records' line numbers are counted on). (A search for each break costs a call a line, and
// the lines are short.)
let endsText: string | null = null;
let endsMemo = new Int32Array(1);
let endsTextBefore: string | null = null;
let endsMemoBefore = new Int32Array(1);
/**
 * Where each line of `text` ends: the offset of each \n, then text.length (line k runs from ends[k - 1] + 1, or 0, to
 * ends[k]). Shared: not to be written to.
 */
export function lineEnds(text: string): Int32Array {
  if (text === endsText) return endsMemo;
  if (text === endsTextBefore) return endsMemoBefore;
  let out = new Int32Array(64 + (text.length >> 4));
  let n = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) {
    if (n + 1 >= out.length) { const grown = new Int32Array(out.length * 2); grown.set(out); out = grown; }
    out[n++] = p;
  }
  out[n++] = text.length;
  endsTextBefore = endsText;
  endsMemoBefore = endsMemo;
  endsText = text;
  endsMemo = out.subarray(0, n);
  return endsMemo;
}

/**
 * s.charCodeAt(i), NaN past either end, as charCodeAt gives: read without going out of bounds, which makes V8 throw
 * away the optimized code of the function (and of every one it is inlined in) the first time it happens at each place.
 */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : NaN;
}

/** JS \s for one UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  // (Japanese text is mostly above U+3000, and ASCII below U+1680: a test or two for each)
  if (c > 0x3000) return c === 0xfeff;
  if (c === 0x3000 || c === 0x20) return true;
  if (c < 0x1680) return (c >= 0x09 && c <= 0x0d) || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** s.trim().length, without making the trimmed string. */
export function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  return b - a;
}

/** s.trimEnd().length, without making the trimmed string. */
export function trimmedEndLength(s: string): number {
  let b = s.length;
  while (b > 0 && isSpaceCode(s.charCodeAt(b - 1))) b--;
  return b;
}

/** The code of the first character that is not JS \\s (-1 when none). */
export function firstNonSpace(s: string): number {
  let j = 0;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
  return j < s.length ? s.charCodeAt(j) : -1;
}

/** The code of the last character that is not JS \\s (-1 when none). */
export function lastNonSpace(s: string): number {
  let j = s.length - 1;
  while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  return j >= 0 ? s.charCodeAt(j) : -1;
}

// Characters the readers ask a line about first, one bit each, read in one pass over each line of a document (a
// search for each, most lines holding none of them, cost more). HAS_HEADER_END: COLUMN_WORD_ENDS. (HAS_YEN: the y of
// "1.1 billion yen" too.)
/** The last characters of a column word that a header's words end with before a separator (celltables' headerQuick). */
// (末: a year's end heading its balances' column, "令和3年度末")
export const COLUMN_WORD_ENDS = '額計比較減考率後前案度求定算末';
export const HAS_YEN = 1, HAS_OKU_CHO = 2, HAS_TAN = 4, HAS_CELL_SEP = 8, HAS_WA_COLON = 16, HAS_LABEL = 32, HAS_SAI = 64, HAS_HI = 128, HAS_NEN = 256, HAS_MARU = 512, HAS_HEADER_END = 1024;
const CHAR_FACT = new Uint16Array(0x10000);
for (const [chars, bit] of [['円￥¥yY', HAS_YEN], ['億兆', HAS_OKU_CHO], ['単', HAS_TAN], ['\t,|｜', HAS_CELL_SEP], ['は：:', HAS_WA_COLON],
  ['年補要決予', HAS_LABEL], ['再', HAS_SAI], ['比', HAS_HI], ['年', HAS_NEN], ['。', HAS_MARU], [COLUMN_WORD_ENDS, HAS_HEADER_END]] as const) for (const c of chars) CHAR_FACT[c.charCodeAt(0)] |= bit;
/** The HAS_ bits of the characters `s` holds. */
export function charFacts(s: string): number {
  let f = 0;
  for (let i = 0; i < s.length; i++) f |= CHAR_FACT[s.charCodeAt(i)];
  return f;
}
/** charFacts of each line; read off `text`, the text the lines were split from, when given (a flat string is read
 * quicker than each line's slice of it). */
export function lineChars(lines: readonly Line[], text?: string): Uint16Array {
  const out = new Uint16Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (text === undefined) { out[k] = charFacts(l.text); continue; }
    let f = 0;
    for (let i = l.start, e = l.start + l.text.length; i < e; i++) f |= CHAR_FACT[text.charCodeAt(i)];
    out[k] = f;
  }
  return out;
}

/** Only spaces from `from` to `to` in `text` (JS \s), without slicing the line out. */
export function isBlankSpan(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Only spaces (JS \s, which includes the ideographic space). */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

export interface Cell { start: number; end: number; text: string }

/** A label spread out to fill its cell ("合　　計", "補 正 額", "地 方 税"): one character at a time is one word. */
export function joinSpaced(s: string): string {
  return s.length <= 24 && /^\S(?:[\s\u3000]+\S)+$/u.test(s) ? s.replace(/[\s\u3000]+/gu, '') : s;
}

// a word a PDF spread out one character at a time, among other words: three or more characters one space apart
const SPACED_RUN = /[\p{Script=Han}\p{Script=Katakana}](?:[ \u3000][\p{Script=Han}\p{Script=Katakana}]){2,}(?![ \u3000]?[^\s\u3000])/gu;
/** Join the words a PDF spread out ("予 算 現 額　　 収 入 済 額" → "予算現額　　 収入済額"); wider gaps part words. */
// (a two-character word spread to its column's width, wide gaps on either side: "区　分", "合　計", "増　減")
// (a two-character word opening the line, spread to its column's width: "区　分", "合　計", the row labels' heading)
const LEAD_PAIR = /^([\s\u3000]*\p{Script=Han})[ \u3000](\p{Script=Han})(?=[ \u3000]{2,}|\t)/u;
// (and further on, the words a header spreads so between wide gaps, "増　減": two characters that are no two columns' headings)
export const HEADER_PAIRS = new Set(['区分', '合計', '小計', '総計', '累計', '増減', '差引', '比較', '金額', '摘要', '備考', '科目', '費目', '項目', '名称', '事項', '年度', '内訳', '説明', '財源', '会計']);
const SPREAD_PAIR = /([ \u3000]{2,}|\t)(\p{Script=Han})[ \u3000](\p{Script=Han})(?=[ \u3000]{2,}|\t|$)/gu;
export function joinSpacedRuns(s: string): string {
  const u = spacedRunIn(s) ? joinLonePairs(s) : s;
  let t = spacedRunIn(u) ? u.replace(SPACED_RUN, (m) => m.replace(/[ \u3000]/gu, '')) : u;
  const p = t.search(/\S/u);
  if (p >= 0 && isSpaceCode(t.charCodeAt(p + 1))) t = t.replace(LEAD_PAIR, '$1$2');
  return t.includes('\u3000\u3000') || t.includes('  ') ? t.replace(SPREAD_PAIR, (m, gap: string, a: string, b: string) => (HEADER_PAIRS.has(a + b) ? gap + a + b : m)) : t;
}
/**
 * In a header whose words one space sets apart, "区 分 ８年度 ７年度 増 減": a heading's two letters standing alone between
 * longer words are one heading (not the tail of the word before, as a run of single letters would read them).
 */
function joinLonePairs(s: string): string {
  const parts = s.split(/([\s\u3000]+)/u);
  const lone = (k: number): boolean => parts[k] !== undefined && parts[k].length === 1 && /\p{Script=Han}/u.test(parts[k]);
  const single = (k: number): boolean => parts[k] !== undefined && parts[k].length === 1 && (parts[k] === ' ' || parts[k] === '\u3000');
  let changed = false;
  for (let k = 0; k + 2 < parts.length; k += 2) {
    if (!lone(k) || !single(k + 1) || !lone(k + 2) || !HEADER_PAIRS.has(parts[k] + parts[k + 2])) continue;
    // (the letters before and after are no single letters: "款 項 目" is three headings)
    if ((k >= 2 && single(k - 1) && lone(k - 2)) || (single(k + 3) && lone(k + 4))) continue;
    parts[k] += parts[k + 2];
    parts[k + 1] = '';
    parts[k + 2] = '';
    changed = true;
    k += 2;
  }
  return changed ? parts.join('') : s;
}
/** "X Y Z" somewhere: a character between two single spaces, each after a character (every SPACED_RUN has one). */
function spacedRunIn(s: string): boolean {
  for (let i = 1; i + 3 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x3000) continue;
    const a = s.charCodeAt(i - 1), b = s.charCodeAt(i + 1), d = s.charCodeAt(i + 2), e = s.charCodeAt(i + 3);
    if (a !== 0x20 && a !== 0x3000 && b !== 0x20 && b !== 0x3000 && (d === 0x20 || d === 0x3000) && e !== 0x20 && e !== 0x3000) return true;
  }
  return false;
}

/** A row of a table with pipes between its cells (HTML or Markdown tables as text): `項目 | 150,000千円 | 公 |`. */
export function isPipeRow(line: string): boolean {
  // (indexOf runs natively: most lines hold no pipe at all, so the pipes are looked for first)
  const a = line.indexOf('|');
  const b = line.indexOf('｜');
  if (a < 0 && b < 0) return false;
  if (line.includes('\t')) return false;
  if (a >= 0 && line.indexOf('|', a + 1) >= 0) return true;
  if (b >= 0 && line.indexOf('｜', b + 1) >= 0) return true;
  return a >= 0 && b >= 0;
}

// a spreadsheet saved as CSV: cells quoted where they hold a comma ("事業名","45,600" or 防犯灯事業,"12,300",10000)
const CSV_ROW = /^[\s\u3000]*(?:"[^"]*"|[^",]*)(?:,[\s\u3000]*(?:"[^"]*"|[^",]*))+[\s\u3000]*$/u;
// unquoted, a comma between digits may group thousands ("1,234,567"): such a row is no CSV row
const DIGIT_GROUP = /[0-9],[0-9]{3}(?![0-9])/u;
export function isCsvRow(line: string): boolean {
  const c = line.indexOf(',');
  if (c < 0 || line.indexOf(',', c + 1) < 0) return false; // three cells at least
  if (line.includes('",') || line.includes(',"')) return CSV_ROW.test(line);
  // unquoted: text cells apart by commas, none of them prose
  return !line.includes('、') && !line.includes('。') && !DIGIT_GROUP.test(line) && /[^\x00-\x7f]/u.test(line) && CSV_ROW.test(line);
}

/** A row whose cells a separator marks: tabs, or quoted CSV cells (pipe rows are told apart by isPipeRow). */
export function isSeparatedRow(line: string): boolean {
  return line.includes('\t') || isCsvRow(line);
}

/** Cells separated by tabs (or by pipes, in a pipe row; or quoted CSV cells) with their local offsets (text untrimmed). */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  // (a row set apart by pipes is read by its pipes, though its figures hold commas: "大浜市｜2,106億円｜723,450人")
  if (!line.includes('\t') && isCsvRow(line) && !isPipeRow(line)) {
    // (cell by cell from each comma: a row may open with an empty cell, ",令和6年度,令和5年度")
    for (let p = 0; p <= line.length; ) {
      let s = p;
      while (s < line.length && isSpaceCode(line.charCodeAt(s))) s++;
      const quoted = line.charCodeAt(s) === 0x22;
      const close = quoted ? line.indexOf('"', s + 1) : -1;
      const start = quoted ? s + 1 : s;
      const next = quoted ? close : line.indexOf(',', s);
      const end = next < 0 ? line.length : next;
      cells.push({ start, end, text: line.slice(start, end) });
      const comma = line.indexOf(',', end);
      p = comma < 0 ? line.length + 1 : comma + 1;
    }
    return cells;
  }
  const pipes = isPipeRow(line);
  let s = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === '\t' || (pipes && (line[i] === '|' || line[i] === '｜'))) {
      cells.push({ start: s, end: i, text: line.slice(s, i) });
      s = i + 1;
    }
  }
  return cells;
}

/** How many of the indices 0…n-1, from the first, satisfy `before` (which holds for a prefix of them): found by halving. */
export function countWhile(n: number, before: (k: number) => boolean): number {
  let lo = 0, hi = n;
  while (lo < hi) { const m = (lo + hi) >> 1; if (before(m)) lo = m + 1; else hi = m; }
  return lo;
}

/** Where the full stops (。) of a text stand, in order. */
export function maruPositions(t: string): number[] {
  const at: number[] = [];
  for (let p = t.indexOf('。'); p >= 0; p = t.indexOf('。', p + 1)) at.push(p);
  return at;
}

/** The index of the first cell holding the stretch [start, end), as cells.findIndex would give it. */
export type CellFinder = (start: number, end: number) => number;

/**
 * A CellFinder for `cells`, and whether they stand in order and apart (as splitCells gives them): then only one can hold
 * a stretch, found by halving (a search of every cell for each of a wide row's figures was quadratic); else one by one.
 */
export function cellFinder(cells: readonly Cell[]): { find: CellFinder; apart: boolean } {
  let apart = true;
  for (let k = 0; k < cells.length && apart; k++) apart = cells[k].start <= cells[k].end && (k === 0 || cells[k - 1].end <= cells[k].start);
  const slow: CellFinder = (s, e) => cells.findIndex((c) => s >= c.start && e <= c.end);
  if (!apart) return { find: slow, apart };
  const find: CellFinder = (s, e) => {
    // (an empty stretch may sit on the border of two cells: the first is found one by one)
    if (e <= s) return slow(s, e);
    // (the last cell opening at or before the stretch: any later one opens after it, any earlier one closes before it)
    const k = countWhile(cells.length, (m) => cells[m].start <= s) - 1;
    return k >= 0 && e <= cells[k].end ? k : -1;
  };
  return { find, apart };
}

export interface HeaderUnit { unit: string; power: bigint; div: bigint }

const UNIT_POWERS: Record<string, bigint> = {
  '円': 1n, '千円': 1000n, '万円': 10000n, '百万円': 1000000n, '千万円': 10000000n, '億円': 100000000n, '十億円': 1000000000n, '兆円': 1000000000000n,
};
export function unitOf(u: string): HeaderUnit | null {
  if (!u.includes('円')) return null; // every unit ends in 円
  const k = u.replace(/[\s\u3000]/gu, '');
  return k in UNIT_POWERS ? { unit: k, power: UNIT_POWERS[k], div: 1n } : null;
}

// (a count's unit may come first, "（単位：件、円）": the yen unit is the table's money; an OCR's space inside the unit,
// "千 円", and a sentence's "金額の単位は千円" declare it too)
const UNIT_DECL = /単\s*位\s*(?:[:：・]|は)?\s*(?:(?:件|人|回|世帯|箇所|か所|団体|校|戸|台|[%％])\s*[、,，・/／]\s*)*(千\s?万\s?円|百\s?万\s?円|千\s?円|万\s?円|十\s?億\s?円|億\s?円|兆\s?円|円)/u;
/** `(単位：億円)`, `単位:千円` anywhere in a line. */
export function declaredUnit(line: string): HeaderUnit | null {
  if (!line.includes('単')) return line.includes('illion') || line.includes('housand') ? englishUnit(line) : null;
  const m = UNIT_DECL.exec(line);
  return m ? unitOf(m[1]) : null;
}

// "(JPY million)", "(¥ thousand)", "(millions of yen)", "(Unit: 100 million yen)": an English page's unit
const ENGLISH_UNIT_DECL = /[(（][\s\u3000]*(?:unit[\s\u3000]*[:：][\s\u3000]*|in[\s\u3000]+)?(?:(?:JPY|¥|￥|yen)[\s\u3000]*(100[\s\u3000]?million|million|thousand|billion|trillion)s?|(100[\s\u3000]?million|million|thousand|billion|trillion)s?[\s\u3000]*(?:of[\s\u3000]+)?(?:JPY|yen|¥|￥))[\s\u3000]*[)）]/iu;
const ENGLISH_UNIT_ALONE = new RegExp(`^[\\s\\u3000]*${ENGLISH_UNIT_DECL.source}[\\s\\u3000]*$`, 'iu');
const ENGLISH_UNITS: Record<string, string> = { thousand: '千円', million: '百万円', '100million': '億円', trillion: '兆円' };
function englishUnit(line: string): HeaderUnit | null {
  const m = ENGLISH_UNIT_DECL.exec(line);
  if (!m) return null;
  const k = (m[1] ?? m[2]).toLowerCase().replace(/[\s\u3000]/gu, '');
  // ("(¥ billion)": a thousand million yen, a unit Japanese writes as no word of its own)
  return k === 'billion' ? { unit: '円', power: 1_000_000_000n, div: 1n } : unitOf(ENGLISH_UNITS[k]);
}

const UNIT_IN_BRACKETS_LINE = /^[\s\u3000]*[(（][\s\u3000]*(千万円|百万円|千円|万円|億円|兆円|円)[\s\u3000]*[)）][\s\u3000]*$/u;
// a caption closed by its table's unit in brackets: "図表1　補正予算の主な内訳（億円）" (no figure in its words)
const CAPTION_UNIT = /^[^0-9０-９]{0,3}[^\t|｜]{2,40}?[(（][\s\u3000]*(千万円|百万円|千円|万円|億円|兆円)[\s\u3000]*[)）][\s\u3000]*$/u;
/** A table's caption whose last words are its unit in brackets, over the table's first row (`next`, set apart by tabs or bars). */
export function captionUnit(line: string, next: string): HeaderUnit | null {
  if (line.length > 48 || !line.includes('円') || !(next.includes('\t') || isPipeRow(next))) return null;
  const m = CAPTION_UNIT.exec(line);
  // (no amount in the caption's words: "12億円（億円）" is none)
  return m && !/[0-9０-９][\s\u3000]?(?:千万|百万|千|万|億|兆)?円/u.test(line.replace(/[(（][^()（）]*[)）][\s\u3000]*$/u, '')) ? unitOf(m[1]) : null;
}
/** A line that is only a unit in brackets, `（億円）`: the unit of the table under it, declared without 単位. */
export function unitInBracketsLine(line: string): HeaderUnit | null {
  if (line.length > 16 || !line.includes('円')) return null;
  const m = UNIT_IN_BRACKETS_LINE.exec(line);
  return m ? unitOf(m[1]) : null;
}

/**
 * The unit a table declares under its rows ("（単位：千円）" right after the last row), for the table whose header is
 * line `header`: the rows are the pipe or tab rows below it.
 */
export function unitAfterTable(lines: readonly Line[], header: number): HeaderUnit | null {
  for (let k = header + 1; k < lines.length && k <= header + 400; k++) {
    const t = lines[k].text;
    if (isPipeRow(t) || isSeparatedRow(t)) continue;
    if (isBlank(t) && k + 1 < lines.length && (isPipeRow(lines[k + 1].text) || isSeparatedRow(lines[k + 1].text))) continue;
    const next = isBlank(t) ? lines[k + 1]?.text ?? '' : t;
    return next.length <= 24 ? declaredUnit(next) : null;
  }
  return null;
}

/**
 * A number with a fraction under a small unit is a ratio, not an amount: a fraction of a yen or of a thousand yen,
 * or of a million unless the number is grouped or large ("1,234.5" 百万円 is an amount; "3.5" a ratio).
 */
export function fractionIsRatio(num: string, power: bigint): boolean {
  if (!num.includes('.') && !num.includes('．')) return false;
  if (power >= 100_000_000n) return false;
  return power < 1_000_000n || !/[,，]|[0-9０-９]{4}[.．]/u.test(num);
}

/** A header cell that is just a unit: `千円`, `(千円)`, `（単位：千円）`. */
export function cellUnit(cell: string): HeaderUnit | null {
  // (or an English page's, "(JPY million)", alone in its cell)
  if (!cell.includes('円')) return cell.length <= 32 && (cell.includes('illion') || cell.includes('housand')) && ENGLISH_UNIT_ALONE.test(cell) ? englishUnit(cell) : null;
  const t = cell.replace(/[\s\u3000()（）[\]［］]/gu, '').replace(/^単位[:：]?/u, '');
  return unitOf(t);
}

const BARE_NUM = /^[\s\u3000(（[［]*(?:約[\s\u3000]?)?([△▲▼+＋\-−－]?)\s?([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?)(?:※[0-9０-９]?)?[\s\u3000]*([)）\]］(（]?)[\s\u3000]*$/u;
/** A cell (or a whole line) that is only a number, maybe signed and bracketed (a footnote's mark after it, "4,870,000※", or 約 before it, "約4,000", too). */
export function bareNumberIn(s: string): { sign: string; num: string; numStart: number; close: string } | null {
  // most lines are text: the last non-space character of a bare number is a digit or a bracket
  let j = s.length - 1;
  while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  if (j < 0) return null;
  const c = s.charCodeAt(j);
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x29 || c === 0xff09 || c === 0x5d || c === 0xff3d || c === 0x28 || c === 0xff08 || c === 0x203b)) return null;
  const m = BARE_NUM.exec(s);
  if (!m) return null;
  const numStart = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
  return { sign: m[1], num: m[2], numStart, close: m[3] };
}
