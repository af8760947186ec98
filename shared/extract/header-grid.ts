// A table header over several lines, aligned with spaces (pdftotext -layout, fixed-width listings):
//                      令和9年度     令和8年度     比較
//   事 業 名           予 算 額      予 算 額      増 減
//                      (千円)        (千円)        (千円)
// Read line by line it says "令和9年度 令和8年度 比較 事業名 予算額 予算額 増減", which pairs no year with its
// column. Read column by column it says "令和9年度予算額 令和8年度予算額 比較増減".
import { bareNumberIn, cellUnit, codeAt, declaredUnit, isBlank, isSpaceCode, joinSpaced } from './lines';
import { HOLDS_AMOUNT } from './amounts';
import { startsNumbered } from './headings';
import { RATIO_COLUMN } from './tables';

export interface Span { start: number; end: number; text: string }

/** The cells of a line set apart by two spaces or more (or a tab): one space stays inside a cell ("予 算 額"). */
export function alignedSpans(line: string): Span[] {
  // (a walk over the line, as /\S+(?:[ \u3000]\S+)*/g would match it: runs of non-space joined by one space or U+3000)
  const out: Span[] = [];
  const n = line.length;
  let i = 0;
  for (;;) {
    while (i < n && isSpaceCode(codeAt(line, i))) i++;
    if (i >= n) return out;
    const start = i;
    for (;;) {
      while (i < n && !isSpaceCode(codeAt(line, i))) i++;
      const c = codeAt(line, i);
      if ((c === 0x20 || c === 0x3000) && i + 1 < n && !isSpaceCode(codeAt(line, i + 1))) i++;
      else break;
    }
    out.push({ start, end: i, text: line.slice(start, i) });
  }
}

/** A cell that is a unit alone: 千円, (千円), （単位：千円）, (%), （単位：千円、％）. */
// (or in English: "(¥ billion)", "(JPY million)")
const unitCell = (s: string): boolean => !!cellUnit(s) || /^[(（]?[%％][)）]?$/u.test(s) || ((s.includes('位') || s.includes('illion') || s.includes('housand')) && !!declaredUnit(s));

/** The grid column a span falls in: the one it overlaps most, else the nearest by centre. */
function columnOf(grid: Span[], s: Span): number {
  let best = -1;
  let bestOverlap = 0;
  grid.forEach((g, k) => {
    const o = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    if (o > bestOverlap) { bestOverlap = o; best = k; }
  });
  if (best >= 0) return best;
  const c = (s.start + s.end) / 2;
  let d = Infinity;
  grid.forEach((g, k) => { const e = Math.abs((g.start + g.end) / 2 - c); if (e < d) { d = e; best = k; } });
  return best;
}

/**
 * The header of the table whose first row is line `row`, read column by column, when the lines right above it
 * are two or more header lines of aligned cells; else null (the caller reads its header line by line).
 */
/** A line of the header's years again, in another notation: "（2022年度）　（2023年度）" under "令和４年度　令和５年度". */
// (a bracketed change word may close them: "(令和6年度)  (令和7年度)  (増減)" under "FY2024  FY2025  Change")
export const BRACKETED_YEARS = /^(?:[\s\u3000]*[(（][\s\u3000]*(?:(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2})[\s\u3000]?年?度?[\s\u3000]*[)）])+(?:[\s\u3000]*[(（][\s\u3000]*(?:増[\s\u3000]?[△▲]?[\s\u3000]?減|比[\s\u3000]?較|差[\s\u3000]?引)額?[\s\u3000]*[)）])?[\s\u3000]*$/u;

const LEADER = /[…‥]|[・･.．]{3}/u;
const RULE = /^[\s\u3000]*[─━＝=\-－―_＿]{6,}[\s\u3000]*$/u;
const GROUP_MARK = /^[\s\u3000]*(?:【[^】]{1,12}】|[■□◆◇●○▼▽◎])/u;

export function gridHeader(lines: readonly { text: string }[], row: number): string | null {
  return gridHeaderCells(lines, row)?.join(' ') ?? null;
}

/** The same header as one heading per column (gridHeader joins them). */
export function gridHeaderCells(lines: readonly { text: string }[], row: number): string[] | null {
  const rows: Span[][] = [];
  // (each row's spans in display columns too, a full-width character two: a header aligned on screen lines up there)
  const wide = new Map<Span[], Span[]>();
  let lone: Span | null = null;
  let loneWide: Span | null = null;
  // (a word alone over the grid's top line, in a gap between its headings: "補 正 前 の" over "款　補 正 額　計", "額" under it)
  let above: Span | null = null;
  let aboveWide: Span | null = null;
  let topLine = -1;
  for (let k = row - 1; k >= 0 && k >= row - 8 && rows.length < 4; k--) {
    const t = lines[k].text;
    // (a rule drawn between the header and its rows, "────", is neither; one over the header closes it)
    if (RULE.test(t)) { if (rows.length) break; continue; }
    if (isBlank(t) || BRACKETED_YEARS.test(t)) continue;
    if (t.includes('\t') || t.includes('|') || t.includes('｜')) break;
    const spans = alignedSpans(t);
    // (a group's numbered heading between the header and the first row, "１　安全な住まいの確保", is no header line)
    // (or marked, "【歳入】")
    if (spans.length === 1 && !rows.length && (startsNumbered(t) || GROUP_MARK.test(t))) continue;
    // (a lone word far right, right over the figures, "その他" under 特定財源, finishes a column's heading)
    if (spans.length === 1 && !rows.length && k === row - 1 && spans[0].start >= 24 && !bareNumberIn(spans[0].text)) { lone = spans[0]; loneWide = inDisplayColumns(t, spans)[0]; continue; }
    // (a group's name alone, "義務的経費" over its rows "人件費 …", "扶助費 …", heads no column)
    if (spans.length === 1 && !rows.length && spans[0].text.length <= 12 && !/[0-9０-９]/u.test(spans[0].text) && !unitCell(spans[0].text)) continue;
    if (spans.length === 1 && rows.length === 1 && k === topLine - 1 && spans[0].start >= 24 && spans[0].text.replace(/[\s\u3000]/gu, '').length <= 8 && !/[0-9０-９]/u.test(spans[0].text)) {
      above = spans[0];
      aboveWide = inDisplayColumns(t, spans)[0];
      break;
    }
    // (a title line, one cell, ends the header, its unit aside ("Ⅱ　歳入　　（単位：百万円）"); a row of figures, bare or
    // with their unit, is no header)
    // (nor is a row's label run out by a dotted leader to its figure, "村　　税 ……… 213,560")
    if (spans.length < 2 || spans.some((s) => bareNumberIn(s.text) || HOLDS_AMOUNT.test(s.text) || LEADER.test(s.text))) break;
    // (a unit alone in its cell, "（千円）" under "比較増△減", holds its column's place: the heading above it is that column's)
    const named = joinSpreadWord(spans.filter((s) => !unitCell(s.text)));
    if (named.length === 1) break;
    const words = named.length >= 2 && named.length < spans.length ? joinSpreadWord(spans.map((s) => (unitCell(s.text) ? { ...s, text: '' } : s))) : named;
    rows.unshift(words);
    wide.set(words, inDisplayColumns(t, words));
    topLine = k;
  }
  let words = rows.filter((r) => r.length >= 2);
  // (one line of headings is a grid where a lone word under it finishes one of them)
  if (words.length < (lone ? 1 : 2)) return null;
  // (of rows as long, the lowest: the one right over the figures, "予算額　予算額　比較" under "款　項　目")
  // (a unit's empty place counts for no heading: "(A) (B) (B)-(A) （％）" is no longer a row than the years over it)
  const named = (r: Span[]): number => r.filter((x) => x.text).length;
  const grid = words.reduce((a, b) => (named(b) >= named(a) ? b : a));
  const cols: string[] = grid.map(() => '');
  // (counted in characters or in display columns, whichever lines the rows up with the grid better)
  const gridWide = wide.get(grid)!;
  // (a line above whose words all stand left of the grid's first heading heads no column: a form's field over a table of
  // years, "実施方法　補助、委託・請負" over "令和４年度　令和５年度 …"; it and the lines above it are no header)
  for (let ri = words.indexOf(grid) - 1; ri >= 0; ri--) {
    const r = words[ri];
    const rw = wide.get(r)!;
    if (r.every((x, j) => x.end <= grid[0].start && rw[j].end <= gridWide[0].start)) { words = words.slice(ri + 1); break; }
  }
  if (words.length < (lone ? 1 : 2)) return null;
  let orphan = false;
  let left = '';
  const gridAt = words.indexOf(grid);
  for (const [ri, r] of words.entries()) {
    const rw = wide.get(r)!;
    const byChars = r.map((s) => columnOf(grid, s));
    const byWidth = rw.map((s) => columnOf(gridWide, s));
    // (how many of the row's cells have their middle inside the grid cell they go to)
    const fit = (ks: number[], spans: Span[], g: Span[]): number => ks.reduce((n, k, j) => { const c = (spans[j].start + spans[j].end) / 2; return n + (c >= g[k].start && c <= g[k].end ? 1 : 0); }, 0);
    // (and where as many do, as when headings stand centred over a pair of columns, how far the cells overlap theirs)
    const overlap = (ks: number[], spans: Span[], g: Span[]): number => ks.reduce((n, k, j) => n + Math.max(0, Math.min(g[k].end, spans[j].end) - Math.max(g[k].start, spans[j].start)), 0);
    const fw = fit(byWidth, rw, gridWide);
    const fc = fit(byChars, r, grid);
    const wider = fw > fc || (fw === fc && overlap(byWidth, rw, gridWide) > overlap(byChars, r, grid));
    const ks = wider ? byWidth : byChars;
    // (a heading over a figure and its share, "令和７年度" centred over "当初予算額　構成比", is the figure's: a share holds no yen)
    // (counted the other way where this way it overlaps no figure's column: the two differ by a column's width in wide text)
    if (r !== grid) ks.forEach((k, j) => { if (RATIO_COLUMN.test(grid[k].text)) ks[j] = figureUnder(wider ? gridWide : grid, wider ? rw[j] : r[j], grid) ?? figureUnder(wider ? grid : gridWide, wider ? r[j] : rw[j], grid) ?? k; });
    const g = wider ? gridWide : grid;
    r.forEach((s, j) => {
      // (a heading left of every column of the grid, "区　分" by "当初予算案" over "予算額　構成比": the row names' column)
      if (r !== grid && s.text && (wider ? rw[j] : s).end <= g[0].start) { left = stack(left, joinSpaced(s.text)); return; }
      // (a group's heading naming a year or the same time last year spread over several columns, "令 和 7 年 度 上 半 期" or
      // "前 年 同 期（令和6年度）" over "予算現額　収入済額　収入率": every figure column under it is of that group)
      const over = r !== grid ? spannedColumns(g, wider ? rw[j] : s, grid) : null;
      if (over && GROUP_HEADING.test(s.text)) { for (const k of over) cols[k] = stack(cols[k], s.text.replace(/(?<=\S)[ \u3000](?=\S)/gu, '')); return; }
      cols[ks[j]] = stack(cols[ks[j]], joinSpaced(s.text));
    });
    if (ri < gridAt && (wider ? rw : r).some((x, j) => x.text && Math.min(g[ks[j]].end, x.end) <= Math.max(g[ks[j]].start, x.start))) orphan = true;
  }
  // (a heading above the grid over no cell of it: no one line holds every column, "令和９年度　令和８年度" over "区分　増減額　伸び率" over
  // "当初案　当初"; the columns are where the lines' words stand, all lines together)
  if (orphan && !lone) {
    const byChars = unionColumns(words);
    const byWidth = unionColumns(words.map((r) => wide.get(r)!));
    const union = byWidth.length < byChars.length ? byWidth : byChars;
    if (union.length > grid.length) return union;
  }
  // (a heading over no heading of the grid, in characters and in display columns alike, is a column of its own there, the
  // lone word under it in the same gap finishing it)
  const free = (g: Span[], x: Span): boolean => g.every((c) => Math.min(c.end, x.end) <= Math.max(c.start, x.start));
  if (above && free(grid, above) && free(gridWide, aboveWide!)) {
    let heading = joinSpaced(above.text);
    if (lone && free(grid, lone) && Math.min(lone.end, above.end + 2) > Math.max(lone.start, above.start - 2)) { heading += joinSpaced(lone.text); lone = null; }
    const at = grid.findIndex((c) => c.start > above!.start);
    cols.splice(at < 0 ? cols.length : at, 0, heading);
  }
  if (lone) {
    // (in display columns where only they put its middle inside a heading: "予 算 額" under "補正後※1" after wide words)
    const inside = (g: Span[], x: Span, k: number): boolean => { const c = (x.start + x.end) / 2; return c >= g[k].start && c <= g[k].end; };
    const byChars = columnOf(grid, lone);
    const byWidth = columnOf(gridWide, loneWide!);
    const k = !inside(grid, lone, byChars) && inside(gridWide, loneWide!, byWidth) ? byWidth : byChars;
    cols[k] = stack(cols[k], joinSpaced(lone.text));
  }
  return left ? [left, ...cols] : cols;
}

/** The headings of columns made of all the lines' words where they overlap (or stand two places apart, a word spread out), top down. */
function unionColumns(rows: Span[][]): string[] {
  const all = rows.flatMap((r, row) => r.filter((s) => s.text).map((s) => ({ ...s, row }))).sort((a, b) => a.start - b.start);
  const groups: (typeof all)[] = [];
  let end = -Infinity;
  for (const s of all) {
    if (s.start <= end + 2) groups[groups.length - 1].push(s);
    else groups.push([s]);
    end = Math.max(s.start <= end + 2 ? end : -Infinity, s.end);
  }
  return groups.map((g) => g.sort((a, b) => a.row - b.row || a.start - b.start).reduce((h, s) => stack(h, joinSpaced(s.text)), ''));
}

// a group heading: a year, or last year's same period
const GROUP_HEADING = /年[\s\u3000]*度|前[\s\u3000]*年[\s\u3000]*同[\s\u3000]*期/u;
/** The figure columns (no share's) a heading overlaps, where it overlaps two or more and reaches past one's middle into the next; else null. */
function spannedColumns(g: Span[], s: Span, grid: Span[]): number[] | null {
  const hit = g.map((c, k) => ({ k, o: Math.min(c.end, s.end) - Math.max(c.start, s.start) })).filter((x) => x.o >= 2);
  if (hit.length < 2) return null;
  const figs = hit.filter((x) => !RATIO_COLUMN.test(grid[x.k].text)).map((x) => x.k);
  return figs.length >= 2 ? figs : null;
}

/** The column not a share's that a heading over several overlaps most, or null. */
function figureUnder(g: Span[], s: Span, grid: Span[]): number | null {
  let best: number | null = null;
  let most = 0;
  g.forEach((c, k) => {
    const o = Math.min(c.end, s.end) - Math.max(c.start, s.start);
    if (o > most && !RATIO_COLUMN.test(grid[k].text)) { most = o; best = k; }
  });
  return best;
}

/** A column's heading with the words of the next line under it: Japanese words join up; an English word keeps a space
 * ("FY2026" over "2026年度", "Change" over "増減"). */
function stack(upper: string, lower: string): string {
  return upper && lower && (/[A-Za-z][0-9]*$/u.test(upper) || /^[A-Za-z]/u.test(lower)) ? `${upper} ${lower}` : upper + lower;
}

// a heading a layout spread wide, one character a cell: "区      分"
const SPREAD_HEADING = /^(?:区分|事項|科目|項目|摘要|備考|金額|名称|費目|事業名?|会計名?|残高|現在高|予算額?|決算額?|年度|合計|小計|総額|当初|補正|実績|見込)$/u;
/** Single characters spelling a heading word, "区" "分", joined into one span (in a row of them, "残 高 残 高 …", word by word). */
function joinSpreadWord(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    let run = k;
    while (run + 1 < spans.length && spans[run].text.length === 1 && spans[run + 1].text.length === 1) run++;
    // (the whole run first, then the longest word from its start)
    let joined = false;
    for (let j = run; j > k; j--) {
      if (j !== run && j - k + 1 > 4) continue;
      const word = spans.slice(k, j + 1).map((s) => s.text).join('');
      if (SPREAD_HEADING.test(word)) { out.push({ start: spans[k].start, end: spans[j].end, text: word }); k = j; joined = true; break; }
    }
    if (!joined) out.push(spans[k]);
  }
  return out;
}

/** Spans with their offsets in display columns (a full-width or wide character takes two). */
function inDisplayColumns(line: string, spans: Span[]): Span[] {
  const at: number[] = [0];
  for (let i = 0; i < line.length; i++) at.push(at[i] + (isWideCode(line.charCodeAt(i)) ? 2 : 1));
  return spans.map((s) => ({ start: at[s.start], end: at[s.end], text: s.text }));
}

function isWideCode(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
}
