// Prose wrapped at a fixed width (a PDF or a printout turned to text: every line of a paragraph runs to the same
// margin, mid-word and mid-number): read with each paragraph's lines joined again, then every record's line and
// offsets put back in the text as given (textmap.ts). Table rows are never joined, nor is a line that starts a
// list item; a line that reaches the margin joins the next, and so does a line whose next starts with a comma or
// a full stop (no Japanese line starts with 、 or 。: a PDF's line-breaking rules moved it there).
import { isSpaceCode, lineEnds } from './lines';
import { TextMapBuilder, type TextMap } from './textmap';

// The first characters of a list item or a heading: a line starting so is never the rest of the line above.
const ITEM_START = /^[\s\u3000]*(?:[・•●○◯■□◆◇▶►▷➢➤※★☆◎〇\-－―‐]|[①-⑳㉑-㉟]|【|第[0-9０-９一二三四五六七八九十]+[章節条款項]|[(（][0-9０-９一二三四五六七八九十ア-ンａ-ｚa-z]{1,2}[)）]|[0-9０-９]{1,2}[.．、)）](?![0-9０-９])|[ア-ン][.．、)）])/u;
// Punctuation no line starts with: the line-breaking rules of a PDF writer moved it down.
const CLOSER_START = /^[、。，．]/u;
// Lines at the margin the text is wrapped at: at least this many (and half of its long lines) for a text to count as wrapped.
const MIN_AT_MARGIN = 5;

/** The text with its wrapped lines joined, or null when it is not wrapped at a fixed width. */
export function unwrap(text: string): TextMap | null {
  const lines = measureLines(text);
  const m = margins(lines);
  if (!m) return null;
  const width = m.byChars ? lines.chars : lines.cols;
  const { start, end } = lines;
  const out = new TextMapBuilder(text);
  let joined = 0;
  let from = 0; // where the current stretch of text, not yet added, starts
  for (let i = 0; i + 1 < lines.count; i++) {
    if ((kindOf(text, lines, i) | kindOf(text, lines, i + 1)) & (BLANK | ROW)) continue;
    const bText = text.slice(start[i + 1], end[i + 1]);
    const closer = !(lines.kind[i] & NUMBERS) && CLOSER_START.test(bText);
    const atMargin = width[i] >= m.width - m.tol && text.charCodeAt(end[i] - 1) !== 0x3002 && !ITEM_START.test(bText);
    if (!closer && !atMargin) continue;
    // the line without its trailing spaces and break, then the next one without its indent
    out.add(from, end[i]);
    let s = start[i + 1];
    while (s < end[i + 1] && isSpaceCode(text.charCodeAt(s))) s++;
    from = s;
    joined++;
  }
  if (!joined) return null;
  out.add(from, text.length);
  return out.done();
}

// What a line is: blank; a table row (cells apart by tabs, pipes, or a gap of two spaces or a wide space between
// text: a label padded to its value), never joined; two bare numbers side by side (a table row, or a table glued
// into a paragraph and wrapped with it), joined only where it runs to the margin, and no help in finding it.
const BLANK = 1;
const ROW = 2;
const NUMBERS = 4;

interface Lines {
  count: number;
  /** Where each line starts, and where its text ends (trailing spaces and \r left out). */
  start: Int32Array;
  end: Int32Array;
  /** Its length in characters and in display columns (a Japanese character takes two). */
  chars: Int32Array;
  cols: Int32Array;
  kind: Uint8Array;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function isSign(c: number): boolean {
  return c === 0x25b3 || c === 0x25b2 || c === 0xff0d || c === 0x2d; // △ ▲ － -
}
function isGroupMark(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x2e || c === 0xff0e; // , ， . ．
}

// Lines shorter than this reach no margin, nor 0.6 of one (24 characters, 44 columns): their widths and kinds are
// read only when a joining asks for them.
const SHORT = 14;
const UNREAD = 128;

/** The margin the text's lines are wrapped at, in characters or else in columns. */
function margins(lines: Lines): { width: number; tol: number; byChars: boolean } | null {
  // (a margin narrower than these is a column of labels and values, not a page's text: no prose is wrapped so short)
  // (the prose lines, picked once for both measures; a short line is counted unread: it is no table row that matters here)
  const prose: number[] = [];
  for (let i = 0; i < lines.count; i++) if ((lines.kind[i] & ~UNREAD) === 0 && lines.chars[i] >= 8) prose.push(i);
  const byChars = margin(prose, lines.chars, 1, 14);
  if (byChars) return { ...byChars, byChars: true };
  const byCols = margin(prose, lines.cols, 3, 26);
  return byCols ? { ...byCols, byChars: false } : null;
}

/** Every line's extent; the widths and kinds of those long enough to matter to the margin. */
function measureLines(text: string): Lines {
  const breaks = lineEnds(text);
  const count = breaks.length;
  const L: Lines = {
    count, start: new Int32Array(count), end: new Int32Array(count), chars: new Int32Array(count), cols: new Int32Array(count), kind: new Uint8Array(count),
  };
  let lineStart = 0;
  for (let i = 0; i < count; i++) {
    const brk = breaks[i];
    let end = brk;
    while (end > lineStart && isSpaceCode(text.charCodeAt(end - 1))) end--;
    L.start[i] = lineStart;
    L.end[i] = end;
    L.chars[i] = end - lineStart;
    if (end - lineStart >= SHORT) readLine(text, L, i);
    else L.kind[i] = end === lineStart ? BLANK : UNREAD;
    lineStart = brk + 1;
  }
  return L;
}

/** The kind of line `i` (read now if it was not). */
function kindOf(text: string, L: Lines, i: number): number {
  if (L.kind[i] & UNREAD) readLine(text, L, i);
  return L.kind[i];
}

/** A line's width in columns and its kind, in one pass over its characters. */
function readLine(text: string, L: Lines, i: number): void {
  const end = L.end[i];
  let cols = 0;
  let kind = 0;
  let seen = false; // a character other than a space so far
  let gap = 0; // spaces since the last such character
  let wide = false; // a wide space among them
  // the word being read (characters between spaces): a bare number so far? and the word before it
  let word = -1; // its length, -1 outside a word
  let bare = false;
  let signed = false;
  let bareBefore = false;
  for (let k = L.start[i]; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x3000 && c < 0xff00) {
      // (most characters of a Japanese text: two columns, no space, no digit, sign nor pipe; read as a run)
      if (seen && gap > 0 && (gap >= 2 || wide)) kind |= ROW;
      seen = true;
      gap = 0;
      wide = false;
      bare = false;
      let run = k + 1;
      for (let d = text.charCodeAt(run); run < end && d > 0x3000 && d < 0xff00; d = text.charCodeAt(++run));
      cols += 2 * (run - k);
      word = word < 0 ? run - k : word + run - k;
      k = run - 1;
      continue;
    }
    // (half-width katakana and the low surrogate of a pair take one column each)
    cols += c < 0x1100 || (c >= 0xff61 && c <= 0xff9f) || (c >= 0xdc00 && c <= 0xdfff) ? 1 : 2;
    if (isSpaceCode(c)) {
      if (c === 0x09) kind |= ROW;
      if (c === 0x3000) wide = true;
      gap++;
      if (word >= 0) {
        const number = bare && !(signed && word === 1);
        if (number && bareBefore) kind |= NUMBERS;
        bareBefore = number;
        word = -1;
      }
      continue;
    }
    if (seen && gap > 0 && (gap >= 2 || wide)) kind |= ROW;
    if (c === 0x7c || c === 0xff5c || c === 0x2502) kind |= ROW; // | ｜ │
    seen = true;
    gap = 0;
    wide = false;
    if (word < 0) {
      word = 1;
      signed = isSign(c);
      bare = signed || isDigit(c);
    } else {
      // (a sign only first, then a digit; then digits and their grouping marks)
      if (bare) bare = isDigit(c) || (!(signed && word === 1) && isGroupMark(c));
      word++;
    }
  }
  if (word >= 0 && bare && !(signed && word === 1) && bareBefore) kind |= NUMBERS;
  if (!seen) kind |= BLANK;
  L.cols[i] = cols;
  L.kind[i] = kind;
}

/**
 * The margin prose lines run to, when a text's lines are wrapped at one: the width (within `tol`) most long lines
 * reach, with hardly any line past it (`prose`: the indices of the prose lines). Null when the text's lines end where their sentences do.
 */
function margin(prose: readonly number[], width: Int32Array, tol: number, narrowest: number): { width: number; tol: number } | null {
  const n = prose.length;
  let max = 0;
  for (const i of prose) if (width[i] > max) max = width[i];
  if (n < MIN_AT_MARGIN) return null;
  const count = new Int32Array(max + 2);
  for (const i of prose) count[width[i]]++;
  // (from the widest down: lines past a margin are few, so the search stops once they are many)
  let over = 0;
  let best = { width: 0, at: 0 };
  for (let w = max; w >= narrowest; w--) {
    if (over > Math.max(2, n * 0.05)) break;
    let at = 0;
    for (let k = Math.max(0, w - tol); k <= w; k++) at += count[k];
    if (at > best.at) best = { width: w, at };
    over += count[w];
  }
  if (best.at < MIN_AT_MARGIN) return null;
  let long = 0;
  for (let w = Math.ceil(best.width * 0.6); w <= max; w++) long += count[w];
  return best.at >= long * 0.45 ? { width: best.width, tol } : null;
}
