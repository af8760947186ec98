// The amount extractor: text of a budget document → one record per primary yen amount.
// Pure and deterministic; no I/O; linear in the text length.
import { Extractor } from './extractor';
import { boxToPipes, cellLinesHeaderJoined, minusGlosses, cellLinesOverSpaceRow, yearLinesOverSpaceRows, htmlCellsToPipes, pipeRowCellLines, kanjiDigitCells, kanjiYears, markdownEmphasis, markdownHeadings, oneLookalikes, plainSpaces, quotedCsvToTabs, slashColumnsToPipes, tabHeaderJoined, tabQuotedJoined, verticalHeaderJoined } from './lines';
import { applyNameMarks } from './marks';
import { applyRelativeYears } from './relative-years';
import { applyRowArithmetic } from './row-arithmetic';
import { applyStatedDecreases } from './stated-decreases';
import { unpage } from './pages';
import { undouble } from './spacing';
import { unspread } from './spread';
import { unsplitDigits } from './ocr-digits';
import { joinSplitUnits } from './split-units';
import { joinSplitYears } from './split-years';
import { uncolumn } from './columns';
import { lineNumbers, mapBack, type Shape } from './textmap';
import { unwrap } from './unwrap';
import type { Extracted, Figure } from './types';

export type { Extracted, Figure, ExtractWarning, Stage, Flag } from './types';
export { STAGES, FLAGS } from './types';
export { WARNINGS, WARNING_CODES, type WarningCode } from './warnings';

// Characters read in place of others, one for one (every offset holds): odd spaces, look-alikes of digits, a minus glossed in words, years in kanji
// numerals, table cells of kanji digits, Markdown marks, box-drawing and HTML cell borders, the quotes and commas of a CSV's quoted fields,
// a tab header's cells' line breaks and a tab row's quoted cell's, a header one cell a line over tab rows, a header given one
// character a line, label：value ／ value rows, a pipe row broken one cell a line
const ONE_FOR_ONE: ((s: string) => string)[] = [plainSpaces, oneLookalikes, minusGlosses, kanjiYears, kanjiDigitCells, markdownHeadings, markdownEmphasis, boxToPipes, htmlCellsToPipes, quotedCsvToTabs, tabHeaderJoined, tabQuotedJoined, cellLinesHeaderJoined, cellLinesOverSpaceRow, yearLinesOverSpaceRows, verticalHeaderJoined, slashColumnsToPipes, pipeRowCellLines];

// (the passes that may turn a line break into a space or a tab: a CSV cell's, joining its row's lines, a tab header's cell's,
// a tab row's quoted cell's, a header's one cell a line, a header's given one character a line, a pipe row's one cell a line)
const JOINS_LINES = new Set<(s: string) => string>([quotedCsvToTabs, tabHeaderJoined, tabQuotedJoined, cellLinesHeaderJoined, cellLinesOverSpaceRow, yearLinesOverSpaceRows, verticalHeaderJoined, pipeRowCellLines]);

export function extract(raw: string): Extracted[] {
  let text = raw;
  let csvJoined = false;
  for (const pass of ONE_FOR_ONE) {
    const next = pass(text);
    if (next !== text && JOINS_LINES.has(pass)) csvJoined = true;
    text = next;
  }
  // (each a text read in another shape, its records mapped back: a unit declaration broken over two lines, blank lines after every line, the pages' numbers,
  // form feeds and running headers, a page set in two columns, prose wrapped at a fixed width (measured as given), a year a
  // line break cut elsewhere,
  // numbers OCR broke with spaces, words spread out a letter at a time)
  const shapes: Shape[] = [];
  let t = text;
  for (const reshape of [joinSplitUnits, undouble, unpage, uncolumn, unwrap, joinSplitYears, unsplitDigits, unspread]) {
    const map = reshape(t);
    if (!map) continue;
    shapes.push({ map, from: t });
    t = map.text;
  }
  const recs = read(t);
  // (mapped back through every shape at once, with the text as given and its line numbers: a CSV cell's line breaks read
  // as spaces joined its lines; every other character read in place of another is no line break, so without those the
  // text read one for one has the same lines, and its line breaks are known already)
  if (shapes.length) return mapBack(shapes, recs, raw, csvJoined ? raw : text);
  // (the characters read in place of others, one for one, are given back as the text has them)
  const numbered = csvJoined ? lineNumbers(recs, raw) : recs;
  return text === raw ? numbered : numbered.map((r) => asGiven(r, raw));
}

function asGiven(r: Extracted, raw: string): Extracted {
  const fig = (f: Figure | null): Figure | null => (f ? { ...f, text: raw.slice(f.start, f.end) } : null);
  return { ...r, text: raw.slice(r.start, r.end), previous: fig(r.previous), supplementary: fig(r.supplementary), change: fig(r.change) };
}

function read(text: string): Extracted[] {
  return applyRowArithmetic(text, applyNameMarks(applyStatedDecreases(text, applyRelativeYears(text, new Extractor(text).run()))));
}
