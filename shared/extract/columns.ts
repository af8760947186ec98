// A page set in two columns of running text and flattened line by line (a newspaper page, a two-column PDF): each line
// holds a piece of the left column, a gutter of spaces, then a piece of the right one. Read column after column, so
// each column's sentences run on as written; every record's line and offsets are then put back in the text as given
// (textmap.ts). Tables aligned with spaces are no such page: their lines hold several gaps, or short cells, or figures.
import { TextMapBuilder, type TextMap } from './textmap';

/** The display width of a character: wide (2) for Japanese letters and full-width forms, else 1. */
function width(c: number): number {
  return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
}

/** A line split at its gutter: the left piece ends at `leftEnd`, the right one starts at `rightStart` (display column `col`). */
interface Split { leftEnd: number; rightStart: number; col: number; ch?: number }

// (a gutter is at least this wide, in display columns)
const GUTTER = 4;
// (each piece holds at least this many letters: a short cell beside a long one is a table's row)
const MIN_PIECE = 8;
// A piece that is a figure with its unit and little else is a table's cell (in brackets too: "（612,480）" at a list line's end)
const FIGURE_CELL = /^[\s\u3000]*[(（]?[\s\u3000]*[△▲-]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*(?:千円|百万円|億円|万円|円|%|％)?[\s\u3000]*[)）]?[\s\u3000]*$/u;

/** The one gutter of a line with text on both sides (null: none, or more than one gap); `strict`: a piece of each column's running text on it. */
function splitOf(line: string, from: number, to: number): (Split & { strict: boolean }) | null {
  let col = 0;
  let p = from;
  // (indentation is no gutter)
  while (p < to && (line.charCodeAt(p) === 0x20 || line.charCodeAt(p) === 0x3000)) col += width(line.charCodeAt(p++));
  const textStart = p;
  let split: Split | null = null;
  while (p < to) {
    const c = line.charCodeAt(p);
    if (c !== 0x20 && c !== 0x3000) { col += width(c); p++; continue; }
    const gapStart = p;
    let w = 0;
    while (p < to && (line.charCodeAt(p) === 0x20 || line.charCodeAt(p) === 0x3000)) w += width(line.charCodeAt(p++));
    if (w < GUTTER || p >= to) { col += w; continue; }
    if (split) return null; // a second gap: a table's row
    // (a gutter of plain spaces may pad its line to a count of characters: where it does, the right column starts at one count,
    // its own indent aside)
    const pad = line.slice(gapStart, p);
    split = { leftEnd: gapStart, rightStart: p, col: col + w, ch: pad.startsWith('  ') ? gapStart + pad.lastIndexOf(' ') + 1 - from : undefined };
    col += w;
  }
  if (!split) return null;
  const left = line.slice(textStart, split.leftEnd);
  const right = line.slice(split.rightStart, to);
  if (FIGURE_CELL.test(left) || FIGURE_CELL.test(right) || line.includes('\t')) return null;
  // (a label and its figure on each side, "実質収支 131,828    実質収支比率 7.6": a card's fields two a line, no running text)
  if (LABELLED_FIGURE.test(left) && LABELLED_FIGURE.test(right)) return null;
  // (a right piece opening with a figure is the value of a label: "１　計画の規模　　92兆9,120億円")
  return { ...split, strict: left.length >= MIN_PIECE && right.trimEnd().length >= MIN_PIECE && (!FIGURE_START.test(right) || FIGURE_IN_PROSE.test(right)) };
}

const LABELLED_FIGURE = /^[\s\u3000]*[^\s\u3000、。0-9０-９]{2,20}[\s\u3000]+(?:[△▲\-－]?[0-9０-９][0-9０-９,，.．]*|[－―\-])[\s\u3000]*(?:[%％人]|km2|㎢)?[\s\u3000]*$/u;
const FIGURE_START = /^[△▲+＋\-－]?[0-9０-９]/u;
// (but not one whose sentence goes on after it, "98億1,000万円、扶助費が": a column's running text)
const FIGURE_IN_PROSE = /^[△▲+＋\-－]?[0-9０-９][0-9０-９,，.．兆億万千百]*(?:円|億|万)(?:、|[がはをでにと][^\s\u3000(（])/u;
// (the right column starts at one display column, give or take: digits and Latin letters are narrower than kana)
const DRIFT = 6;
const GUTTER_SPACES = /    |\u3000\u3000/;

/** The text read column after column where it is set in two columns, or null when no part of it is. */
export function uncolumn(text: string): TextMap | null {
  // (a gutter is a run of spaces: a text without a wide one, most texts, is settled by one search; a pattern, not includes,
  // for the two wide spaces: indexOf looks for their byte 0x30, which every kana holds)
  if (!GUTTER_SPACES.test(text) || !/[^\s\u3000][ \u3000]{2,}[^\s\u3000]/u.test(text)) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    starts.push(s);
    ends.push(e);
    s = e + 1;
  }
  const splits = starts.map((s, k) => splitOf(text, s, ends[k]));
  // Blocks: runs of lines, at least MIN_LINES of them split at one display column (within 2), with few lines that are not
  const MIN_LINES = 6;
  const blocks: { from: number; to: number; col: number }[] = [];
  for (let k = 0; k < splits.length;) {
    const sp = splits[k];
    if (!sp?.strict) { k++; continue; }
    let last = k;
    let count = 1;
    let misses = 0;
    for (let n = k + 1; n < splits.length; n++) {
      const x = splits[n];
      // (or at one character, where the text was padded to a count of characters: "612億4,000万円" is narrower than its count)
      if (x && (Math.abs(x.col - sp.col) <= DRIFT || (x.ch !== undefined && x.ch === sp.ch))) { last = n; if (x.strict) count++; misses = 0; continue; }
      if (++misses > 2) break;
    }
    if (count >= MIN_LINES && count >= 0.5 * (last - k + 1)) blocks.push({ from: k, to: last, col: sp.col });
    k = last + 1;
  }
  if (!blocks.length) return null;
  const b = new TextMapBuilder(text);
  let line = 0;
  const whole = (k: number): void => b.add(starts[k], Math.min(ends[k] + 1, text.length));
  for (const blk of blocks) {
    while (line < blk.from) whole(line++);
    const rights: [number, number][] = [];
    for (let k = blk.from; k <= blk.to; k++) {
      const sp = splits[k] ?? splitAtColumn(text, starts[k], ends[k], blk.col);
      const nl = Math.min(ends[k] + 1, text.length);
      if (!sp) { whole(k); continue; }
      if (sp.leftEnd > starts[k]) { b.add(starts[k], sp.leftEnd); b.add(ends[k], nl); }
      if (sp.rightStart < ends[k]) rights.push([sp.rightStart, ends[k]]);
    }
    // (each piece of the right column ends with its line's break, as the left one's do)
    for (const [s, e] of rights) { b.add(s, e); b.add(e, Math.min(e + 1, text.length)); }
    line = blk.to + 1;
  }
  while (line < starts.length) whole(line++);
  return b.done();
}

/**
 * A line inside a block that no gutter splits: all of it in the right column when it starts at the gutter's column, all
 * in the left when it ends before it, else null (a line across both columns is read whole).
 */
function splitAtColumn(text: string, from: number, to: number, gutterCol: number): Split | null {
  let col = 0;
  let p = from;
  while (p < to && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) col += width(text.charCodeAt(p++));
  if (p >= to) return null;
  if (col >= gutterCol - 2) return { leftEnd: from, rightStart: p, col };
  let end = col;
  for (let q = p; q < to; q++) end += width(text.charCodeAt(q));
  return end <= gutterCol - GUTTER ? { leftEnd: to, rightStart: to, col: gutterCol } : null;
}
