// A text read in another shape than it came in (blank lines taken out, wrapped lines joined): the pieces it is
// made of, each copied from the text as given, so every record's line and offsets can be put back there.
import { lineEnds } from './lines';
import type { Extracted, Figure } from './types';

export interface TextMap {
  /** The text as read: the pieces, in order. */
  text: string;
  /** Where each piece starts in `text` (ascending), where it starts in the text as given, and its length. */
  at: number[];
  from: number[];
  len: number[];
}

/** Builds a map piece by piece: each piece a span of the text as given. */
export class TextMapBuilder {
  private readonly parts: string[] = [];
  private readonly map: TextMap = { text: '', at: [], from: [], len: [] };
  private size = 0;

  constructor(private readonly source: string) {}

  add(from: number, to: number): void {
    if (to <= from) return;
    this.map.at.push(this.size);
    this.map.from.push(from);
    this.map.len.push(to - from);
    this.parts.push(this.source.slice(from, to));
    this.size += to - from;
  }

  done(): TextMap {
    this.map.text = this.parts.join('');
    return this.map;
  }
}

/** A text read in another shape (`map.text`), and the text it was read from. */
export interface Shape { map: TextMap; from: string }

/**
 * The records read from the last shape's text, with their offsets put back through every shape (the last first) into
 * `given`, the text as given, their text and their figures' read there, and their line numbers counted on `lines` (a text
 * with the line breaks of the text as given). Each record is made once, whatever the number of shapes.
 */
export function mapBack(shapes: readonly Shape[], recs: Extracted[], given: string, lines: string): Extracted[] {
  if (!recs.length) return recs;
  const ends = lineEnds(lines);
  const back = (s: number, e: number): [number, number] => {
    let span: [number, number] = [s, e];
    for (let k = shapes.length - 1; k >= 0; k--) span = spanIn(shapes[k].map, shapes[k].from, span[0], span[1]);
    return span;
  };
  const fig = (f: Figure | null): Figure | null => {
    if (!f) return null;
    const [start, end] = back(f.start, f.end);
    return { ...f, text: given.slice(start, end), start, end };
  };
  return recs.map((r) => {
    const [start, end] = back(r.start, r.end);
    return {
      ...r, start, end, text: given.slice(start, end),
      previous: fig(r.previous), supplementary: fig(r.supplementary), change: fig(r.change), line: firstAtOrAfter(ends, start) + 1,
    };
  });
}

/**
 * The span [s, e) of `m.text` in `source`, the text it was read from. A span running over two lines there (an amount
 * broken where a line was joined) ends at the end of its first line's text: its text is what stands on its line, as an
 * amount broken over two lines is written.
 */
function spanIn(m: TextMap, source: string, s: number, e: number): [number, number] {
  const k = lastAtOrBefore(m.at, s);
  const from = s - m.at[k] + m.from[k];
  if (e <= s) return [from, from];
  let kEnd = lastAtOrBefore(m.at, e - 1);
  if (kEnd === k) return [from, e - m.at[k] + m.from[k]];
  // (pieces on the line it starts on, past characters left out of the line, belong to it; a later line does not)
  const brk = source.indexOf('\n', from);
  const to = e - m.at[kEnd] + m.from[kEnd];
  if (brk < 0 || to <= brk) return [from, to];
  while (kEnd > k && m.from[kEnd] >= brk) kEnd--;
  return [from, Math.min(m.from[kEnd] + m.len[kEnd], brk)];
}

/** Each record's line number in `source`: the line its span starts on. */
export function lineNumbers(recs: Extracted[], source: string): Extracted[] {
  if (!recs.length) return recs;
  const ends = lineEnds(source);
  return recs.map((r) => ({ ...r, line: firstAtOrAfter(ends, r.start) + 1 }));
}

/** The index of the first of the ascending `xs` at or after `o` (the last when none is): the line holding offset `o`. */
function firstAtOrAfter(xs: Int32Array, o: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] >= o) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the last of the ascending `xs` at or before `o` (0 when none is). */
function lastAtOrBefore(xs: number[], o: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
