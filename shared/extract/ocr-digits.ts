// Numbers that OCR (or a PDF set in justified type) broke with single spaces: `4,2 0 0万円`, `486,3 00`, `1 ,284,350`.
// A comma group of fewer than three digits, or a comma after a space, cannot end or open a number: those spaces are
// inside one. Where a text shows two such breaks or more, it is read as broken throughout, and a cell of digits one
// space apart between wider gaps (`　1 2 0,000　`, `5 8億`) is one number when joined it reads as one. The spaces are
// moved on to the next gap, so every line keeps its length; offsets are put back in the text as given (textmap.ts).
import { isSpaceCode } from './lines';
import { TextMapBuilder, type TextMap } from './textmap';

// digits and commas, one space apart at most, from a digit
const RUN = /[0-9０-９](?:[0-9０-９,，]| (?=[0-9０-９,，]))*/gu;
// a space with a digit or comma on either side (each space inside a run has)
const SPACED = /[0-9０-９,，] (?=[0-9０-９,，])/g;
const isDigitOrComma = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2c || c === 0xff0c;
const BROKEN_GROUP = /[,，][0-9０-９]{0,2} |[0-9０-９] [,，]/u;
const MAY_BE_BROKEN = / [,，]|[,，][0-9０-９]{0,2} /;
const NUMBER = /^(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)$/u;
const UNIT_AFTER = /^ ?(?:兆|億|千万|百万|万|千|円)/u;

/** The text with the spaces inside broken numbers taken out, or null when it holds none. */
export function unsplitDigits(text: string): TextMap | null {
  // (most texts hold no broken comma group: one search tells; a space before a comma is looked for with no digit before
  // it, which the search finds quicker, and no text holds none of these yet a run a break forces together)
  if (!MAY_BE_BROKEN.test(text)) return null;
  const runs: { start: number; end: number }[] = [];
  let broken = 0;
  // (only the runs holding a space, found from their spaces: every such space has a digit or comma on either side, and
  // RUN, tried from the start of the stretch of digits, commas and spaces it stands in, gives its run; most runs are
  // figures with no space)
  let end = 0;
  for (SPACED.lastIndex = 0; ;) {
    const s = SPACED.exec(text);
    if (!s) break;
    if (s.index < end) continue;
    let from = s.index;
    while (from > 0 && (isDigitOrComma(text.charCodeAt(from - 1)) || (text.charCodeAt(from - 1) === 0x20 && isDigitOrComma(text.charCodeAt(from))))) from--;
    RUN.lastIndex = from;
    // (a stretch of commas alone holds no run: the next one past it is the next run)
    const m = RUN.exec(text);
    if (!m) break;
    end = m.index + m[0].length;
    SPACED.lastIndex = end;
    if (!m[0].includes(' ')) continue;
    runs.push({ start: m.index, end });
    if (BROKEN_GROUP.test(m[0])) broken++;
  }
  const throughout = broken >= 2;
  const spans: number[] = [];
  for (const r of runs) for (const [a, b] of joins(text, r.start, r.end, throughout)) spans.push(a, b);
  if (!spans.length) return null;
  return withSpacesMoved(text, spans);
}

/** The spans of a run to read joined: the parts a break forces together, or the whole run as one cell. */
function joins(text: string, start: number, end: number, throughout: boolean): [number, number][] {
  const run = text.slice(start, end);
  const joined = run.replace(/ /gu, '');
  if (throughout && NUMBER.test(joined) && cellEdge(text, start - 1, -1) && (cellEdge(text, end, 1) || UNIT_AFTER.test(text.slice(end, end + 3)))) return [[start, end]];
  // only the spaces a break forces: after a comma group too short, or before a comma
  const out: [number, number][] = [];
  const parts = run.split(' ');
  let at = start;
  let open = -1;
  let cur = '';
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const next = parts[k + 1];
    cur = open >= 0 ? cur + p : p;
    // (the number so far ends in a comma group of fewer than three digits, or the next part opens with a comma)
    const forced = next !== undefined && (/[,，][0-9０-９]{0,2}$/u.test(cur) || /^[,，]/u.test(next));
    if (forced && open < 0) open = at;
    if (!forced && open >= 0) { out.push([open, at + p.length]); open = -1; }
    at += p.length + 1;
  }
  return out;
}

/** Does the run's cell end at `p` (looking in direction `dir`): no digit, comma or point there, past one space? */
function cellEdge(text: string, p: number, dir: 1 | -1): boolean {
  if (p >= 0 && p < text.length && text.charCodeAt(p) === 0x20) p += dir;
  return p < 0 || p >= text.length || !/[0-9０-９,，.．]/u.test(text[p]);
}

/** Copy the text with the spaces in `spans` moved to the end of their cell: the next wide gap, or the line's end. */
function withSpacesMoved(text: string, spans: number[]): TextMap {
  const out = new TextMapBuilder(text);
  let from = 0;
  let moved: number[] = [];
  let gap = -1;
  const flush = (): void => {
    out.add(from, gap);
    for (const p of moved) out.add(p, p + 1);
    moved = [];
    from = gap;
  };
  for (let k = 0; k < spans.length; k += 2) {
    const [a, b] = [spans[k], spans[k + 1]];
    if (moved.length && a >= gap) flush();
    out.add(from, a);
    for (let p = a; p < b; p++) {
      if (text.charCodeAt(p) === 0x20) moved.push(p);
      else out.add(p, p + 1);
    }
    from = b;
    gap = wideGapFrom(text, b);
  }
  if (moved.length) flush();
  out.add(from, text.length);
  return out.done();
}

/** Where the next wide gap (two spaces, an ideographic space, a tab) or line break stands from `p`. */
function wideGapFrom(text: string, p: number): number {
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x0d || c === 0x3000 || c === 0x09 || (c === 0x20 && isSpaceCode(text.charCodeAt(p + 1)))) return p;
  }
  return p;
}
