// Tables with a year down the rows ("年度　一般会計総額　うち社会保障関係費" over "2024　112.6兆円　37.7兆円"):
// each row's figures are of its year, each named by its column.
import { findYears, yearNamed } from '../era';
import { firstNonSpace, isBlank } from './lines';
import { toHalfWidth } from './numerals';

const GAP = /[\t]|[ \u3000]{2,}/u;
const HEAD_FIRST = /^(?:年\s?度|年\s?次|年)$/u;
// the year cell a row starts with: 2024, 2024年度, 令和6年度, R6, H30 (then a gap)
// (with the same year in the other notation in brackets after it: "H29（2017）", "2017(H29)")
const YEAR_CELL = /^[\s\u3000]*((?:19|20|１９|２０)[0-9０-９]{2}(?:年度?)?|(?:令和|平成|[RHＲＨ])\s?[0-9０-９元]{1,2}(?:年度?)?)(?:[(（][^()（）\s]{2,8}[)）])?(?=\t|[ \u3000]{2,})/u;
// a year in the other notation in brackets after a year: "（2017）", "(H29)", "（平成29年度）"
const OTHER_NOTATION = /[(（](?:(?:19|20|１９|２０)[0-9０-９]{2}|(?:令和|平成|[RHＲＨ])\s?[0-9０-９元]{1,2})(?:年度?)?[)）]$/u;
const COMPACT_ERA = /^[RHＲＨ令平][0-9０-９元]{1,2}$/u;

/** The column names of a header whose first cell is 年度 (null when the line is no such header). */
export function yearRowsHead(t: string): string[] | null {
  // (its first word is 年度, 年次 or 年: a line starting otherwise is no such header)
  if (firstNonSpace(t) !== 0x5e74) return null;
  const cells = t.trim().split(GAP).map((c) => c.trim()).filter((c) => c);
  if (cells.length < 2 || !HEAD_FIRST.test(cells[0]) || cells.some((c) => c.length > 20)) return null;
  return cells.slice(1).map((c) => c.replace(/^(?:うち|内)[\s\u3000、,]*/u, ''));
}

/** The fiscal year a row names in its first cell, or null. A bare Western year is that fiscal year here. */
export function rowYearOf(t: string): number | null {
  const m = YEAR_CELL.exec(t);
  if (!m) return null;
  const cell = m[1];
  if (/^(?:19|20|１９|２０)[0-9０-９]{2}$/u.test(cell)) return Number(toHalfWidth(cell));
  return yearNamed(cell);
}

/** The fiscal year a row label names and nothing else ("令和7年度", "R7年度"), or null. */
export function yearAloneOf(label: string): number | null {
  let name = label.replace(/[\s\u3000|｜]+/gu, '');
  // ("H29（2017）", "令和元年度(2019)": the year and its other notation; "R1": an era letter's year)
  if (name.length > 6 && OTHER_NOTATION.test(name)) name = name.replace(OTHER_NOTATION, '');
  if (COMPACT_ERA.test(name)) name += '年度';
  if (name.length > 10 || !name.includes('年')) return null;
  const ys = findYears(name);
  return ys.length === 1 && ys[0].fiscal && ys[0].years.length === 1 && ys[0].start === 0 && ys[0].end === name.length ? ys[0].years[0] : null;
}

// a year's end and what may follow it: "令和3年度末", "R5末（見込み）", "2023年度末現在"
const YEAR_END_TAIL = /末(?:[(（]?見込み?[)）]?|時点|現在)?$/u;
/** The year whose end a row's label names and nothing else ("令和3年度末", "R5末（見込み）"), or null. */
export function yearEndAloneOf(label: string): number | null {
  const name = label.replace(/[\s\u3000|｜]+/gu, '');
  const m = name.includes('末') ? YEAR_END_TAIL.exec(name) : null;
  return m ? yearAloneOf(name.slice(0, m.index)) : null;
}

/** The fiscal year of words that are a year cell and nothing else ("H30　　", "R1　　", "2019　　" before a figure), or null. */
export function yearCellAlone(words: string): number | null {
  const m = YEAR_CELL.exec(words);
  return m && isBlank(words.slice(m[0].length)) ? rowYearOf(words) : null;
}

/** The year as a column word of its own (年度, 年次), in a header or a header cell. */
export const YEAR_COLUMN_WORD = /(?:^|[\s\u3000|｜])年[\s\u3000]{0,3}[度次](?=[\s\u3000|｜]|$)/u;
const WESTERN_YEAR_CELL = /^[\s\u3000|｜]*((?:19|20|１９|２０)[0-9０-９]{2})[\s\u3000|｜]*$/u;
/** The Western year a cell is and nothing else ("2023" opening a row under 年度), or null. */
export function westernYearOf(cell: string): number | null {
  const m = WESTERN_YEAR_CELL.exec(cell);
  return m ? Number(toHalfWidth(m[1])) : null;
}
