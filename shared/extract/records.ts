// A primary figure while the line reader works on it, and the output record it becomes.
import type { AmountToken } from './amounts';
import { confidenceOf, type Doubts } from './confidence';
import { sortFlags } from './context';
import { withoutLeader } from './naming';
import type { Extracted, Figure, Flag } from './types';
import { SHOWN, warning, type WarningCode } from './warnings';

/** A primary figure being read: its token, the record it will be, and the doubts its confidence weighs. */
export interface Rec {
  lineIdx: number;
  tok: AmountToken;
  out: Extracted;
  flags: Set<Flag>;
  warn: Set<WarningCode>;
  doubts: Omit<Doubts, 'warnings'>;
  /** local offset after the last figure attached to this primary on its own line */
  endLocal: number;
  /** The item was copied from an earlier figure on the same line, not read next to this one. */
  lineHead: boolean;
}

/** A figure of line `lineStart` as it stands in the document. */
export function toFigure(lineStart: number, t: AmountToken): Figure {
  return { text: t.text, yen: t.yen, start: lineStart + t.start, end: lineStart + t.end };
}

/** Index of the first record from `from` on that has an item (or list.length). */
export function firstWithItem(list: Rec[], from: number): number {
  let k = from;
  while (k < list.length && !list[k].out.item) k++;
  return k;
}

/** The record as output: warnings from the doubts, flags in order, a confidence. */
export function finishRecord(r: Rec): Extracted {
  const o = r.out;
  if (o.item) o.item = withoutLeader(o.item);
  if (!o.item) r.warn.add('item_missing');
  else if (r.doubts.itemSource === 'above' || r.doubts.itemSource === 'block') r.warn.add('item_from_context');
  if (o.fy === null && o.stage !== 'other') r.warn.add('fy_missing');
  if (r.doubts.stageSource === 'document') r.warn.add('fy_from_document');
  if (r.doubts.prose) r.warn.add('prose');
  if (r.doubts.splitLayout) r.warn.add('split_layout');
  o.flags = sortFlags(r.flags);
  const d = r.doubts;
  o.confidence = confidenceOf({
    warnings: r.warn, stageSource: d.stageSource, itemSource: d.itemSource, prose: d.prose, bare: d.bare, splitLayout: d.splitLayout, bracketGuess: d.bracketGuess,
  });
  // a stage and year read from the text as a whole (no title, heading or label says) are a guess
  if (d.stageSource === 'frame') r.warn.add('stage_guessed');
  o.warnings = [...r.warn].filter((w) => SHOWN.has(w)).map(warning);
  return o;
}
