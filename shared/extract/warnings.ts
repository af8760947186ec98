// Every warning the extractor can attach, with its English message. The UI translates by code.
import type { ExtractWarning } from './types';

export const WARNINGS = {
  ocr_hosei: 'Read "補下" as "補正" (supplementary budget): likely a PDF/OCR slip.',
  ocr_reiwa: 'Read "今和" as "令和" (Reiwa era): likely a PDF/OCR slip.',
  dot_as_comma: 'A "." stands where a thousands "," is usual; the number was read as a decimal, as written.',
  irregular_grouping: 'Digit groups between commas are not of three digits; the commas were ignored.',
  fractional_yen: 'The amount is not a whole number of yen; it was rounded.',
  unit_from_header: 'The unit comes from a table or column header, not from next to the number.',
  item_missing: 'No item name could be found for this amount.',
  item_from_context: 'The item name was taken from a heading or line above, not from the same line.',
  fy_missing: 'No fiscal year could be determined.',
  fy_from_document: 'The fiscal year comes from the document title, far from the figure.',
  stage_guessed: 'The budget stage was guessed from weak context.',
  split_layout: 'The amount and its partner figure are split over several lines by the layout.',
  orphan_bracket: 'The amount sits in an unbalanced bracket; the layout may be broken.',
  kanji_numeral: 'The amount is written in kanji numerals.',
  range_bound: 'The amount is the upper bound of a range.',
  prose: 'The amount was found in running prose; roles and item are less certain.',
  unsafe_integer: 'The amount exceeds the exactly representable integer range.',
} as const;

export type WarningCode = keyof typeof WARNINGS;

/**
 * The warnings a record shows: doubts that need a second look at the figure (a slip in the text, a
 * guessed stage or year, a missing name or year). The rest (prose, a name from the line above, a unit
 * from the header, kanji, a split layout, a year from a one-year title) only lower the confidence.
 */
export const SHOWN: ReadonlySet<WarningCode> = new Set<WarningCode>([
  'ocr_hosei', 'ocr_reiwa', 'dot_as_comma', 'irregular_grouping', 'fractional_yen', 'orphan_bracket', 'unsafe_integer',
  'range_bound', 'stage_guessed', 'fy_missing', 'item_missing',
]);
export const WARNING_CODES = Object.keys(WARNINGS) as WarningCode[];

export function warning(code: WarningCode): ExtractWarning {
  return { code, message: WARNINGS[code] };
}
