// A table row whose roles its header did not give: of its bare figures, two and then a third that is the one less the other
// ("1,579,614 … 1,539,652 … 39,962" under "平成28年度 平成27年度 増減額", or last year's first, "59,590,667 59,604,484 13,817"
// under "H17当初 H18当初 増減") are this year's figure, last year's and the change. Read after the line reader, on rows its
// column model could not line up (a header over two lines set apart by single spaces, one cell a line, a header lost), only
// where a header above names a change and two years; a row whose figures already hold a consistent previous and change is
// left as it is. A row is a line's figures, or figures one a line on lines one after another (a table one cell a line).
import { findYears } from '../era';
import { fitsChange } from './prose-previous';
import { toHalfWidth } from './numerals';
import type { Extracted, Figure } from './types';

// a header's word for a change column, on one of the lines above the row, with last year's beside this year's (a 差引 of
// revenue less spending is no change: "歳入 | 歳出 | 差引" holds the same arithmetic)
const CHANGE_HEADING = /増[\s\u3000]?[△▲]?[\s\u3000]?減|比[\s\u3000]?較/u;
const LAST_YEAR_WORD = /前年度?|昨年度/u;
/** How many lines above a row its header may stand: a row on one line, a row one cell a line (a table's header far above). */
const HEADER_REACH = 12;
const HEADER_REACH_CELLS = 400;
/** The most figures one a line taken as one row. */
const MAX_CELL_ROW = 8;
/** The most figures of a row looked at for three that add up (the search is cubic in them: a row of thousands, no table's). */
const MAX_ROW_FIGURES = 24;

interface Slot { fig: Figure; rec: Extracted; own: boolean }

/** A record's own figure, as another record holds it (last year's, a change). */
export const asFigure = (r: Extracted): Figure => ({ text: r.text, yen: r.yen, start: r.start, end: r.end });
/** The yen of one in a figure's last digit (a bare table figure: its unit's), so the difference may be off by its rounding. */
function unitYen(f: Figure): number {
  const n = Number(toHalfWidth(f.text).replace(/[^0-9.]/gu, ''));
  return n > 0 ? Math.abs(f.yen) / n : 0;
}
/**
 * Is `y` last year's of `x`, by size (a part of a total is far smaller, a change too)? Closer on a row one cell a line, where
 * a total and its parts stand one a line too ("旅費 1,624" over "普通旅費 1,004" over "費用弁償 620").
 */
const sameScale = (x: number, y: number, close: boolean): boolean => y !== 0 && x / y > (close ? 0.7 : 0.5) && x / y < (close ? 1 / 0.7 : 2);

/** The records with each such row's roles set by its figures' arithmetic. `text`: the text whose lines the records' line numbers count. */
export function applyRowArithmetic(text: string, recs: Extracted[]): Extracted[] {
  let facts: HeaderFacts | null = null;
  let out: Extracted[] | null = null;
  const bare = (r: Extracted): boolean => r.flags.includes('unit_from_header');
  for (let a = 0; a < recs.length;) {
    let b = a;
    while (b < recs.length && recs[b].line === recs[a].line) b++;
    let reach = HEADER_REACH;
    // (a figure alone on its line, the next ones alone on the lines right after it: a row one cell a line)
    if (b === a + 1 && bare(recs[a])) {
      while (b < recs.length && b - a < MAX_CELL_ROW && bare(recs[b]) && recs[b].line === recs[b - 1].line + 1 && recs[b + 1]?.line !== recs[b].line) b++;
      if (b > a + 1) reach = HEADER_REACH_CELLS;
    }
    const row = recs.slice(a, b);
    // (the text's header facts, read when a row first asks: most documents have no row of bare figures that add up)
    const fixed = row.length >= 2 && row.every(bare) ? fixRow(() => (facts ??= new HeaderFacts(text)), row, reach) : null;
    if (fixed) {
      out ??= recs.slice(0, a);
      out.push(...fixed);
    } else out?.push(...row);
    a = b;
  }
  return out ?? recs;
}

/** The row's records re-read, or null when it is left as it is. */
function fixRow(factsOf: () => HeaderFacts, row: Extracted[], reach: number): Extracted[] | null {
  // (bare figures of a table only, none a supplementary's, of one stage; and no figure already compared as it should be)
  if (!row.every((r) => !r.supplementary && r.stage === row[0].stage)) return null;
  if (row.some((r) => r.previous && r.change && fitsChange(r.yen, r.previous.yen, r.change.yen))) return null;
  const slots: Slot[] = [];
  for (const r of row) {
    slots.push({ fig: asFigure(r), rec: r, own: true });
    if (r.previous) slots.push({ fig: r.previous, rec: r, own: false });
    if (r.change) slots.push({ fig: r.change, rec: r, own: false });
  }
  if (slots.length > MAX_ROW_FIGURES) return null;
  slots.sort((p, q) => p.fig.start - q.fig.start);
  // the change first, then last year's nearest before it, then this year's nearest before that (or after it, before the change)
  for (let z = 2; z < slots.length; z++) {
    for (let y = z - 1; y >= 1; y--) {
      for (let x = y - 1; x >= 0; x--) {
        const close = reach === HEADER_REACH_CELLS;
        const ab = leadsTo(slots[x].fig, slots[y].fig, slots[z].fig, close) ? [x, y] : leadsTo(slots[y].fig, slots[x].fig, slots[z].fig, close) ? [y, x] : null;
        if (!ab) continue;
        // (on a row one cell a line, a figure given to another stays one of the three: freed, it would have no line of its own
        // to stand on here)
        if (reach === HEADER_REACH_CELLS && slots.some((sl, k) => !sl.own && k !== ab[1] && k !== z)) return null;
        const fy = factsOf().yearsAbove(row[0].line - 1, reach);
        return fy === undefined ? null : rebuild(row, slots, slots[ab[0]], slots[ab[1]], slots[z], fy);
      }
    }
  }
  return null;
}

/** Is `z` the change from `y`, last year's, to `x`, this year's (off by no more than their last digits' rounding)? */
function leadsTo(x: Figure, y: Figure, z: Figure, close: boolean): boolean {
  return z.yen !== 0 && sameScale(x.yen, y.yen, close) && Math.abs(x.yen - y.yen - z.yen) <= 1.5 * Math.max(unitYen(x), unitYen(y), unitYen(z));
}

/**
 * What the text's header-like lines say (no line of grouped figures, 80 characters at most): a change word, last year's word,
 * the years they name. Read once a document, in one pass over its lines, so a row asks in time of the lines that name years.
 */
class HeaderFacts {
  /** For each line, the last line at or before it with a change word, with last year's word (-1: none). */
  private readonly lastChange: Int32Array;
  private readonly lastYearWord: Int32Array;
  /** The lines naming years, in order, and the years each names. */
  private readonly yearLines: number[] = [];
  private readonly yearsOf: number[][] = [];

  constructor(text: string) {
    const lines = text.split('\n');
    this.lastChange = new Int32Array(lines.length);
    this.lastYearWord = new Int32Array(lines.length);
    let change = -1;
    let lastYear = -1;
    lines.forEach((l, k) => {
      if (l.length <= 80 && !/[0-9０-９][,，][0-9０-９]{3}/u.test(l)) {
        if (CHANGE_HEADING.test(l)) change = k;
        if (LAST_YEAR_WORD.test(l)) lastYear = k;
        const ys = l.includes('年') || /[RHＲＨ][0-9０-９]/u.test(l) ? findYears(l).filter((m) => m.fiscal && m.years.length === 1 && !m.range).map((m) => m.years[0]) : [];
        if (ys.length) { this.yearLines.push(k); this.yearsOf.push(ys); }
      }
      this.lastChange[k] = change;
      this.lastYearWord[k] = lastYear;
    });
  }

  /**
   * Whether a header within `reach` lines above line `at` names a change and last year beside this year (undefined: none), and
   * the later of its two years one after the other, if it names them (null: it names last year by its word).
   */
  yearsAbove(at: number, reach: number): number | null | undefined {
    const from = Math.max(0, at - reach);
    if (at === 0 || this.lastChange[at - 1] < from) return undefined;
    const years = new Set<number>();
    // (the lines naming years in the window, found by halving: a row asks of those alone)
    let lo = 0;
    let hi = this.yearLines.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.yearLines[mid] < from) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < this.yearLines.length && this.yearLines[k] < at && years.size <= 2; k++) for (const y of this.yearsOf[k]) years.add(y);
    const ys = [...years].sort((p, q) => q - p);
    const pair = ys.findIndex((y, k) => ys[k + 1] === y - 1);
    // (a series of three years or more, "令和3年度末 … 令和7年度末 増減", holds a figure of each year: no row of this year's
    // against last year's)
    if (ys.length > 2 || (pair < 0 && this.lastYearWord[at - 1] < from)) return undefined;
    return pair >= 0 ? ys[pair] : null;
  }
}

/**
 * The row with `x` this year's figure, `y` its last year's and `z` its change; every other figure a record of its own. `fy`,
 * the header's later year, is this year's figure's where it was given the earlier or none.
 */
function rebuild(row: Extracted[], slots: Slot[], x: Slot, y: Slot, z: Slot, fy: number | null): Extracted[] {
  const template = x.rec;
  const out: Extracted[] = [];
  for (const s of slots) {
    if (s === y || s === z) continue;
    const base = s.own ? s.rec : template;
    // (a figure that was another's previous or change, now one of the three or a record of its own, is that one's no more)
    const taken = (f: Figure | null): Figure | null => (f && slots.some((o) => !o.own && o.fig.start === f.start) ? null : f);
    const rec: Extracted = s.own && s !== x ? { ...s.rec, previous: taken(s.rec.previous), change: taken(s.rec.change) } : { ...base, ...s.fig, previous: null, change: null };
    if (s === x) {
      rec.previous = y.fig;
      rec.change = z.fig;
      if (fy !== null && (rec.fy === null || rec.fy === fy - 1)) rec.fy = fy;
    }
    out.push(rec);
  }
  // (records not on the slots' list are none: every record's own figure is a slot)
  return out.length ? out : row;
}
