// The amount extractor: text of a budget document → one record per primary yen amount.
// Pure and deterministic; no I/O; linear in the text length.
import { Extractor } from './extractor';
import { boxToPipes, htmlCellsToPipes } from './lines';
import { applyNameMarks } from './marks';
import { applyRelativeYears } from './relative-years';
import { redouble, undouble } from './spacing';
import type { Extracted } from './types';

export type { Extracted, Figure, ExtractWarning, Stage, Flag } from './types';
export { STAGES, FLAGS } from './types';
export { WARNINGS, WARNING_CODES, type WarningCode } from './warnings';

export function extract(raw: string): Extracted[] {
  const text = htmlCellsToPipes(boxToPipes(raw));
  // (a text with a blank line after every line is read without them; lines and offsets are then those of the text)
  const u = undouble(text);
  if (u) return redouble(u, read(u.text));
  return read(text);
}

function read(text: string): Extracted[] {
  return applyNameMarks(applyRelativeYears(text, new Extractor(text).run()));
}
