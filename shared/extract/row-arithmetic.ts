// A table row whose roles its header did not give: three of its bare figures, in this order, where the third is the first
// less the second ("1,579,614 … 1,539,652 … 39,962" under "平成28年度 平成27年度 増減額"), are this year's figure, last
// year's and the change. Read after the line reader, on rows its column model could not line up (a header over two lines
// set apart by single spaces, a header lost), only where a header above names a change; a row whose figures already hold a
// consistent previous and change is left as it is.
import { findYears } from '../era';
import { fitsChange } from './prose-previous';
import { toHalfWidth } from './numerals';
import type { Extracted, Figure } from './types';

// a header's word for a change column, on one of the lines above the row, with last year's beside this year's (a 差引 of
// revenue less spending is no change: "歳入 | 歳出 | 差引" holds the same arithmetic)
const CHANGE_HEADING = /増[\s\u3000]?[△▲]?[\s\u3000]?減|比[\s\u3000]?較/u;
const LAST_YEAR_HEADING = /前年度?|昨年度|(?:令和|平成|[RH])?[\s\u3000]?[0-9０-９元]{1,2}[\s\u3000]?年度?[^0-9０-９]{0,24}(?:令和|平成|[RH])?[\s\u3000]?[0-9０-９元]{1,2}[\s\u3000]?年度/u;
/** How many lines above a row its header may stand. */
const HEADER_REACH = 12;

interface Slot { fig: Figure; rec: Extracted; own: boolean }

const asFigure = (r: Extracted): Figure => ({ text: r.text, yen: r.yen, start: r.start, end: r.end });
/** The yen of one in a figure's last digit (a bare table figure: its unit's), so the difference may be off by its rounding. */
function unitYen(f: Figure): number {
  const n = Number(toHalfWidth(f.text).replace(/[^0-9.]/gu, ''));
  return n > 0 ? Math.abs(f.yen) / n : 0;
}
/** Is `y` last year's of `x`, by size (a part of a total is far smaller, a change too)? */
const sameScale = (x: number, y: number): boolean => y !== 0 && x / y > 0.5 && x / y < 2;

/** The records with each such row's roles set by its figures' arithmetic. `text`: the text whose lines the records' line numbers count. */
export function applyRowArithmetic(text: string, recs: Extracted[]): Extracted[] {
  let lines: string[] | null = null;
  let out: Extracted[] | null = null;
  for (let a = 0; a < recs.length;) {
    let b = a;
    while (b < recs.length && recs[b].line === recs[a].line) b++;
    const row = recs.slice(a, b);
    // (the text's lines, split when a row first asks: most documents have none of two bare figures)
    const fixed = row.length >= 2 && row.every((r) => r.flags.includes('unit_from_header')) ? fixRow((lines ??= text.split('\n')), row) : null;
    if (fixed) {
      out ??= recs.slice(0, a);
      out.push(...fixed);
    } else out?.push(...row);
    a = b;
  }
  return out ?? recs;
}

/** The row's records re-read, or null when it is left as it is. */
function fixRow(lines: readonly string[], row: Extracted[]): Extracted[] | null {
  // (bare figures of a table only, none a supplementary's, of one stage; and no figure already compared as it should be)
  if (!row.every((r) => r.flags.includes('unit_from_header') && !r.supplementary && r.stage === row[0].stage)) return null;
  if (row.some((r) => r.previous && r.change && fitsChange(r.yen, r.previous.yen, r.change.yen))) return null;
  const at = row[0].line - 1;
  let change = false;
  let years = false;
  let header = -1;
  for (let k = Math.max(0, at - HEADER_REACH); k < at; k++) {
    if (/[0-9０-９][,，][0-9０-９]{3}/u.test(lines[k])) continue; // (a row of figures, no header)
    const c = CHANGE_HEADING.test(lines[k]);
    const y = LAST_YEAR_HEADING.test(lines[k]);
    if (c || y) header = k;
    change ||= c;
    years ||= y;
  }
  if (!change || !years) return null;
  const slots: Slot[] = [];
  for (const r of row) {
    slots.push({ fig: asFigure(r), rec: r, own: true });
    if (r.previous) slots.push({ fig: r.previous, rec: r, own: false });
    if (r.change) slots.push({ fig: r.change, rec: r, own: false });
  }
  slots.sort((p, q) => p.fig.start - q.fig.start);
  // the change first, then last year's nearest before it, then this year's nearest before that
  for (let z = 2; z < slots.length; z++) {
    for (let y = z - 1; y >= 1; y--) {
      for (let x = y - 1; x >= 0; x--) {
        const [fx, fy, fz] = [slots[x].fig, slots[y].fig, slots[z].fig];
        if (fz.yen === 0 || !sameScale(fx.yen, fy.yen) || Math.abs(fx.yen - fy.yen - fz.yen) > 1.5 * Math.max(unitYen(fx), unitYen(fy), unitYen(fz))) continue;
        return rebuild(row, slots, slots[x], slots[y], slots[z], headerYear(lines[header]));
      }
    }
  }
  return null;
}

/** This year's, where the header names two years one after the other ("平成28年度 平成27年度"): the later. */
function headerYear(header: string): number | null {
  const ys = [...new Set(findYears(header).filter((m) => m.fiscal && m.years.length === 1 && !m.range).map((m) => m.years[0]))];
  return ys.length === 2 && Math.abs(ys[0] - ys[1]) === 1 ? Math.max(ys[0], ys[1]) : null;
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
