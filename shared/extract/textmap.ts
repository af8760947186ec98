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

/**
 * The records read from `m.text`, with their offsets in `source`, the text as given (their line numbers are set once,
 * by lineNumbers, after the last map). A span running over two lines there (an amount broken where a line was
 * joined) ends at the end of its first line's text: its text is what stands on its line, as an amount broken over
 * two lines is written.
 */
export function mapBack(m: TextMap, source: string, recs: Extracted[]): Extracted[] {
  if (!recs.length) return recs;
  const piece = (o: number): number => lastAtOrBefore(m.at, o);
  const span = (s: number, e: number): [number, number] => {
    const k = piece(s);
    const from = s - m.at[k] + m.from[k];
    if (e <= s) return [from, from];
    let kEnd = piece(e - 1);
    if (kEnd === k) return [from, e - m.at[k] + m.from[k]];
    // (pieces on the line it starts on, past characters left out of the line, belong to it; a later line does not)
    const brk = source.indexOf('\n', from);
    const to = e - m.at[kEnd] + m.from[kEnd];
    if (brk < 0 || to <= brk) return [from, to];
    while (kEnd > k && m.from[kEnd] >= brk) kEnd--;
    return [from, Math.min(m.from[kEnd] + m.len[kEnd], brk)];
  };
  const fig = (f: Figure | null): Figure | null => {
    if (!f) return null;
    const [start, end] = span(f.start, f.end);
    return { ...f, text: source.slice(start, end), start, end };
  };
  return recs.map((r) => {
    const [start, end] = span(r.start, r.end);
    return {
      ...r, start, end, text: source.slice(start, end),
      previous: fig(r.previous), supplementary: fig(r.supplementary), change: fig(r.change),
    };
  });
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
