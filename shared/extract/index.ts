// The amount extractor: text of a budget document → one record per primary yen amount.
// Pure and deterministic; no I/O; linear in the text length.
import { Extractor } from './extractor';
import { boxToPipes, htmlCellsToPipes } from './lines';
import { applyNameMarks } from './marks';
import { applyRelativeYears } from './relative-years';
import { undouble } from './spacing';
import { mapBack } from './textmap';
import { unwrap } from './unwrap';
import type { Extracted } from './types';

export type { Extracted, Figure, ExtractWarning, Stage, Flag } from './types';
export { STAGES, FLAGS } from './types';
export { WARNINGS, WARNING_CODES, type WarningCode } from './warnings';

export function extract(raw: string): Extracted[] {
  const text = htmlCellsToPipes(boxToPipes(raw));
  // (a text with a blank line after every line is read without them, and prose wrapped at a fixed width is read
  // with its lines joined; lines and offsets are then put back where they stand in the text)
  const u = undouble(text);
  const t = u ? u.text : text;
  const w = unwrap(t);
  const recs = w ? mapBack(w, t, read(w.text)) : read(t);
  return u ? mapBack(u, text, recs) : recs;
}

function read(text: string): Extracted[] {
  return applyNameMarks(applyRelativeYears(text, new Extractor(text).run()));
}
