// Tables that text extraction flattened: figures under a unit header ((単位:億円)) written one cell
// per line (row by row, or column by column), or a row's cells glued on one line separated by
// spaces; and label/value pairs (28年度予算額 / 164百万円 / 27年度予算額 / 163).
// A column model read from the header text gives each figure its role (this year's figure, the
// previous year's, a change, a percentage), its stage and its fiscal year.
import { findYears, yearNamed } from '../era';
import { COLUMN_WORD_ENDS, HAS_HEADER_END, HAS_YEN, HEADER_PAIRS, codeAt, declaredUnit, firstNonSpace, lineChars, fractionIsRatio, isBlank, isPipeRow, isSeparatedRow, isSpaceCode, joinSpaced, joinSpacedRuns, splitCells, trimmedLength, unitOf, type HeaderUnit, type Line } from './lines';
import { isStageLabelLine, readLabel, stageWord, type LabelInfo } from './context';
import { BALANCE_OF_ACCOUNTS, countRow, headingStage, MAX_HEADER_ROWS, OWN_AMOUNT_WORDS, RATIO_TO_WHOLE, seriesRowStage } from './tables';
import type { Stage } from './types';
import { HOLDS_AMOUNT, scanAllAmounts } from './amounts';
import { SLIDE_SUPP_LABEL } from './stacked';
import { BRACKETED_YEARS, gridHeaderCells } from './header-grid';
import { NUMBERED } from './headings';
import { cleanItem } from './items';
import { codes } from './codes';
import { opensWithSetsuName, setsuNumberLike } from './setsu';
import { MATTER_LINE } from './cellrecords';
import { PLAN_TITLE } from './docframe';
import { toHalfWidth } from './numerals';
import { YEAR_COLUMN_WORD, westernYearOf, yearAloneOf, yearEndAloneOf } from './year-rows';

export type CellRole = 'primary' | 'previous' | 'supplementary' | 'change' | 'pct' | 'note';

export interface CellColumn { role: CellRole; stage: Stage | null; fy: number | null; name: string; series?: boolean; source?: boolean; multiYear?: boolean }

/** One figure of a flattened table. Offsets are local to its line. */
export interface CellFigure {
  lineIdx: number;
  start: number;
  end: number;
  text: string;
  yen: number;
  role: 'primary' | 'previous' | 'change' | 'supplementary';
  stage: Stage | null;
  fy: number | null;
  item: string | null;
  unit: string;
  /** Index (in the returned list) of the primary this previous/change figure belongs to. */
  of: number | null;
  /** The unit stands in a header, not next to the number. */
  headerUnit: boolean;
  /** How well the layout and its column model fit this figure (0..1): the base of its confidence. */
  sure?: number;
  /** A total over the years its column names ("中期計画額（2022～2027年度）"). */
  multiYear?: boolean;
  /** Last year's cell of its row says 新規: nothing last year. */
  newMark?: boolean;
}

// Column words in a header, in the order they stand. A figure column names a stage; 計 closes a group.
const COLUMN_WORD = new RegExp([
  '(?<pct>対前年度?[\\s\\u3000]?(?:増[△▲]?減率|伸び?率)|(?:比較[\\s\\u3000]?)?増[△▲]?減率|倍\\s?率|伸\\s?び?\\s?率|対前年(?:度)?比|前年(?:度)?比|(?:前年度?[\\s\\u3000]?)?対[\\s\\u3000]?比|' + RATIO_TO_WHOLE + '|構成[\\s\\u3000]?比(?:率)?|比\\s?率|[%％])',
  '(?<change>(?:縮減|削減|影響(?:見込み?)?|反映)額|対前年度?(?:[\\s\\u3000]?比較)?[\\s\\u3000]?増[△▲]?減額?(?![\\s\\u3000]?率)|比較増減額?|比較増[△▲]減額?|増[△▲]?減額|差引増[△▲]?減|差\\s?引|差\\s?額|(?<![\\p{Script=Han}])差(?![\\p{Script=Han}])|比\\s?較|増減|増[△▲]減(?!率)|(?<![\\p{Script=Han}])増[\\s\\u3000]{1,2}[△▲]?[\\s\\u3000]?減(?![\\p{Script=Han}]))',
  '(?<fig>(?:当初予算案?|予算案)(?:予算額|金額)|(?:本年度|今年度|前年度)(?:当初)?予算額|(?:前年度)?予定額|(?:(?<=年度)|(?<![\\p{Script=Han}]))金額(?=[\\s\\u3000(（]|$)|補正前(?:の)?(?:予算)?額?|翌年度繰越額|繰越額|不用額|概算要求額|要求・要望額|要求額|限[\\s\\u3000]?度[\\s\\u3000]?額|要望額|査定額|予算現額|計画額|当初予算額?|補正予算額?|補正額|(?:年度末)?(?:残高|現在高)|積立額|取崩し?額|補正後(?:の)?(?:予算)?額?|予算額|決算額|(?<![\\p{Script=Han}(（])決(?:[\\s\\u3000]{1,2})?算(?![\\p{Script=Han})）])|(?<![\\p{Script=Han}])総?事業費(?![\\p{Script=Han}])|' + OWN_AMOUNT_WORDS + '|支出済歳出額|収納済歳入額|徴収決定済額|収納未済歳入額|歳入歳出差引?額|(?:実質|形式|単年度)収支額|翌年度へ?繰り?越す?[\\s\\u3000]?べき財源|支出済額|執行済?額|収入済額|収納済額|調定額|収入未済額|不納欠損額|現計予算額?|現\\s?計|本年度|前年度|合\\s?計|(?<![合小総会][\\s\\u3000]?)計(?!画)|(?<=年度[\\s\\u3000]?)末(?:残高|現在高)?(?![\\p{Script=Han}])|(?<=年度[\\s\\u3000]?)(?:要求|査定|予算|決算|補正(?![\\p{Script=Han}])|(?:当初案?|案)(?![\\p{Script=Han}])|(?:実績|計画|見込み?|見通し)(?![\\p{Script=Han}]))|(?<=(?<![A-Za-z])[RHＲＨ][0-9０-９]{1,2}[\\s\\u3000]?)(?:当初|要求|査定|予算|決算|補正|見込み?|見通し|試算|計画|決定額?))',
  '(?<note>備[\\s\\u3000]{0,3}考)',
  // a part of the figure to its left: "うち一般財源", "うち仮受消費税及び地方消費税"
  '(?<part>(?<![\\p{Script=Han}\\p{Script=Hiragana}])うち[\\p{Script=Han}\\p{Script=Katakana}・]{2,16})',
  // a count, not yen, whatever the table's unit: 件数（件）, 利用者数, 面積（㎡）
  '(?<count>(?:件|人|回|箇所|か所|世帯|団体|校|者|戸|事業|施設|社|台|店|便|園|館|品目|項目|地区|路線)数(?:[(（][^)）円]{1,4}[)）])?|[^\\s\\u3000(（)）|｜]{1,8}[(（](?:件|人|回|箇所|か所|世帯|団体|校|社|戸|台|人日|日|時間|㎡|ha|km)[)）])',
  // a year alone heads a column of that year's figures ("28 年度(百万円) 27 年度(百万円) 比較増△減")
  '(?<yearcol>(?:(?:令和|平成|昭和)\\s?)?[0-9０-９元]{1,4}\\s?年度\\s?[(（](?:単位[:：]?)?(?:千万円|百万円|千円|万円|億円|円)[)）])',
  // any other rate, "充当率", "補助率": a ratio's column, though alone it makes no line a header (a line "執行率 87.2" is a row)
  '(?<rate>(?<![\\p{Script=Han}])[\\p{Script=Han}]{1,3}率(?![\\p{Script=Han}]))',
].join('|'), 'gu');

// the same words, tried at one place only
const COLUMN_WORD_AT = new RegExp(COLUMN_WORD.source, 'uy');
const RELATIVE_YEAR_WORD = /^(?:本年度|今年度|前年度)$/u;
const MONTH_AT = /^[0-9０-９]{1,2}月/u;

/** A header line: one of its cells (split at spaces and pipes) is a column word, maybe after a year, or a year. */
// Every column word holds one of these characters: a line without any is no header (a cheap test first).
const COLUMN_CHARS = /[額計比減差考年要査現予決率%％度補後案]/u;

// a header of two columns or more has a column word's last character before a separator: the test of
// /[額計比較減考率後度求定算]\s*[)）]?[\s\u3000|｜]+\S/u, as a walk over the line (amountRows asks it of most lines).
// A match starts with two characters side by side, the word's last (1) then a space, a pipe or a closing bracket (2):
// every such pair holds a character at an odd place, so only those are read, and the pattern is tried where a pair stands.
const HEADER_CHAR = new Uint8Array(0x10000);
for (const c of COLUMN_WORD_ENDS) HEADER_CHAR[c.charCodeAt(0)] = 1;
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) || c === 0x29 || c === 0xff09 || c === 0x7c || c === 0xff5c) HEADER_CHAR[c] |= 2;
function headerQuick(t: string): boolean {
  const n = t.length;
  // (every index read is inside the line: charCodeAt, not codeAt)
  for (let i = 1; i < n; i += 2) {
    const f = HEADER_CHAR[t.charCodeAt(i)];
    if (f === 0) continue;
    if ((f & 2) !== 0 && (HEADER_CHAR[t.charCodeAt(i - 1)] & 1) !== 0 && headerAt(t, i - 1)) return true;
    if ((f & 1) !== 0 && i + 1 < n && (HEADER_CHAR[t.charCodeAt(i + 1)] & 2) !== 0 && headerAt(t, i)) return true;
  }
  return false;
}
/** The header pattern at p, a column word's last character. */
function headerAt(t: string, p: number): boolean {
  if (separatorThenText(t, p + 1)) return true;
  let j = p + 1;
  while (j < t.length && isSpaceCode(codeAt(t, j))) j++;
  const c = codeAt(t, j);
  return (c === 0x29 || c === 0xff09) && separatorThenText(t, j + 1); // ) ）
}
/** [\s|｜]+\S at j: a space or pipe there, then a non-space character after spaces. */
function separatorThenText(t: string, j: number): boolean {
  const c = codeAt(t, j);
  if (!(isSpaceCode(c) || c === 0x7c || c === 0xff5c)) return false;
  for (let k = j + 1; k < t.length; k++) if (!isSpaceCode(codeAt(t, k))) return true;
  return false;
}

// Every match of COLUMN_WORD ends in one of these: a cell ending otherwise ends in no column word (the regex is skipped).
const COLUMN_WORD_LAST = new Set('率比%％額減引較計度求定算後前案の考初込みし高)）');

// The same lines are tested by several table readers: a memo, emptied for each document (findCellTables).
const columnWordMemo = new Map<string, boolean>();
function columnWordIn(s: string): boolean {
  let v = columnWordMemo.get(s);
  if (v === undefined) {
    v = columnWordInUncached(s);
    if (columnWordMemo.size >= 1024) columnWordMemo.clear();
    columnWordMemo.set(s, v);
  }
  return v;
}

const MANY_WORDS = /^[\s\u3000]*[^\s\u3000]{2,}(?:[\s\u3000]+[^\s\u3000]{2,}){2,}[\s\u3000]*$/u;
const NAMED_YEAR_CELL = /^[^\s\u30000-9０-９]{1,10}[RHＲＨ][0-9０-９]{1,2}$/u;
// ("前年同期支出済額": a column word after the year it is of, named relative to the table's)
const RELATIVE_PREFIX = /^(?:前年同期|前年度|前年|昨年度|本年度|今年度|来年度|翌年度)/u;
const EN_FY_IN = /(?:^|[\s\u3000|｜])(?:FY|ＦＹ)[\s\u3000]?(?:19|20|１９|２０)[0-9０-９]{2}(?=[\s\u3000|｜]|$)/u;
const COMPACT_YEAR_STAGE = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])[RHＲＨ][0-9０-９]{1,2}[\s\u3000]?(?:当初|補正|決算|要求|見込み?|実績|計画|予算)(?=[\s\u3000|｜]|$)/gu;
const TWO_WORDS = /^[\s\u3000]*[^\s\u3000]{2,}[\s\u3000][^\s\u3000]{2,}[\s\u3000]*$/u;
function columnWordInUncached(s: string): boolean {
  s = yearStageUnbracketed(s);
  // (years side by side with their era and no 年度, "平成16　平成22　令和元", head their columns)
  // (or with its letter alone, "R3　R4　R5")
  if ((s.includes('令和') || s.includes('平成') || /[RHＲＨ][0-9０-９]/u.test(s)) && ERA_YEARS_SIDE_BY_SIDE.test(s)) return true;
  // (a pipe header's names with compact years, "| 費目 | 北浦 R9 | 北浦 R8 |": each name's figure of the year)
  if ((s.includes('|') || s.includes('｜')) && s.split(/[|｜]/u).some((c) => NAMED_YEAR_CELL.test(c.replace(/[\s\u3000]/gu, '')))) return true;
  // (an English header's fiscal years, "Project  FY2026  FY2025")
  if ((s.includes('FY') || s.includes('ＦＹ')) && EN_FY_IN.test(s)) return true;
  // (compact years with their stage side by side, "| 区分 | R6当初 | R7当初 | R8当初 |")
  if (/[RHＲＨ][0-9０-９]/u.test(s) && (s.match(COMPACT_YEAR_STAGE) ?? []).length >= 2) return true;
  if (!COLUMN_CHARS.test(s)) return false;
  const packed = s.replace(/[\s\u3000|｜]/gu, '');
  // (a pipe row's cells are its own: "| 区分 | 本年度 | 前年度 |" is three words, each maybe spaced out)
  const cellsOf = s.includes('|') || s.includes('｜') ? s.split(/[|｜]/u).map((c) => c.replace(/[\s\u3000]/gu, ''))
    // (a short heading of two words, "令和9年度 歳出", "歳出 比較増減": a column word may be either)
    // (three words or more of two letters or more, "区分 決算額 構成比", are words of their own, however short together)
    : packed.length <= 8 && packed !== s.trim() && !MANY_WORDS.test(s) ? [packed, ...(TWO_WORDS.test(s) ? s.trim().split(/[\s\u3000]+/u) : [])] : s.split(/[\s\u3000]+/u);
  for (const raw of cellsOf) {
    // (marks after a column word, "現計予算額(A)", "計(A)+(B)", name no other column)
    const cell = (raw.includes(')') || raw.includes('）') ? raw.replace(COLUMN_MARK_TAIL, '') : raw).replace(/^[(（［\[]+|[)）］\]]+$/gu, '');
    if (!cell) continue;
    // a year mention ends in 年 or 度: a cell ending in neither, nor in a column word's last character, holds neither
    // (or in 末: a balance at a year's end, "令和8年度末")
    const last = cell[cell.length - 1];
    if (last !== '年' && last !== '末' && !COLUMN_WORD_LAST.has(last)) continue;
    const ys = findYears(cell);
    const yearEnd = ys.length ? ys[ys.length - 1].end : 0;
    if (ys.length && (yearEnd === cell.length || (last === '末' && yearEnd === cell.length - 1))) return true;
    if (!COLUMN_WORD_LAST.has(last)) continue;
    // (exec loops here and below, not matchAll, which clones the regex on every call; no column word is empty)
    let m: RegExpExecArray | null;
    for (COLUMN_WORD.lastIndex = 0; (m = COLUMN_WORD.exec(cell)) !== null;) {
      if (!m.groups!.rate && (m.index <= yearEnd || m.index === RELATIVE_PREFIX.exec(cell)?.[0].length) && m.index + m[0].length === cell.length) { COLUMN_WORD.lastIndex = 0; return true; }
    }
  }
  return false;
}

function stageOfWord(w: string): Stage | null {
  if (/残高|現在高|^末/u.test(w)) return 'other'; // a balance, at the end of its year ("令和5年度末")
  if (w === '試算' || w === '計画' || /^(?:見込み?|見通し)$/u.test(w)) return 'other'; // an estimate or a plan of a year to come ("R7試算", "R8計画"), no budget
  if (w === '実績') return 'settlement'; // what was done in the year ("令和5年度 実績")
  if (/補正[後前]/u.test(w)) return 'budget'; // the budget after (or before) the supplementary
  if (/繰越額|不用額/u.test(w)) return 'settlement'; // what a settlement carried over or left unspent
  if (/補正/u.test(w)) return 'supplementary';
  if (/要求|要望/u.test(w)) return 'request';
  // (and the national settlement's columns: 徴収決定済額, 収納済歳入額, 不納欠損額, 収納未済歳入額, 支出済歳出額)
  // (歳入歳出差額: the settlement's surplus, a figure of its own, not a change)
  if (/決算|支出済|収入済|収納済|調定|徴収決定|不納欠損|未済|歳入歳出差|収支|べき財源/u.test(w)) return 'settlement';
  if (/予算|査定|現計|当初|本年度|前年度/u.test(w) || w === '案') return 'budget';
  if (w.endsWith('計画額')) return 'budget'; // a plan's figure for its year (年度計画額)
  return null;
}

// a column word the flattening broke over two lines ("本年度" / "予算額", "比較" / "増△減") is one word
// (not "2025年度当初　増減額": 当初 joins a figure's word, 比較 a change's)
const SPLIT_WORD = /(本年度|今年度|前年度|当初)[\s\u3000]+(?=(?:当初)?(?:予算|決算|要求|査定)?額)|(比[\s\u3000]?較)[\s\u3000]+(?=増[△▲]?減)/gu;

// Two headings stacked over two lines and flattened line by line: "本年度 前年度 / 予算額 予算額" is 本年度予算額, 前年度予算額
const QUALIFIED_AFTER = /((?:予算|決算|支出済|収入済|調定)額)[(（](補正後|補正前|当初|最終)[)）]/gu;
const STACKED_PAIR = /(本年度|今年度|前年度)[\s\u3000]+(本年度|今年度|前年度)[\s\u3000]+((?:当初)?(?:予算|決算|要求)額)[\s\u3000]+\3/gu;

// ("Ｒ元": the first year of an era by its letter)
// (or their ends, "R5末 | R6末": the balances at each year's end)
const BARE_ERA_YEAR = /(?<=^|[\s\u3000|｜])([RHＲＨ](?:[0-9０-９]{1,2}|元)|(?:令和|平成)(?:[0-9０-９]{1,2}|元))(末(?:見込み?)?)?(?=$|[\s\u3000|｜])/gu;
const ERA_YEARS_SIDE_BY_SIDE = /(?<=^|[\s\u3000|｜])(?:[RHＲＨ](?:[0-9０-９]{1,2}|元)|(?:令和|平成)(?:[0-9０-９]{1,2}|元))末?[\s\u3000|｜]+(?:[RHＲＨ](?:[0-9０-９]{1,2}|元)|(?:令和|平成)(?:[0-9０-９]{1,2}|元))末?(?=$|[\s\u3000|｜])/u;
// an era alone in brackets over years' ends given as numbers, "（平成） 26末 27末 28末": each that era's year's end
const ERA_OVER_YEAR_ENDS = /[(（](令和|平成)[)）]((?:[\s\u3000|｜]+(?:[(（][^()（）]{1,4}[)）]|[0-9０-９]{1,2}末))+)/u;
const ERA_ALONE_LINE = /^[\s\u3000]*[(（](?:令和|平成)[)）][\s\u3000]*$/u;
const YEAR_ENDS_LINE = /^[\s\u3000]*(?:[0-9０-９]{1,2}末[\s\u3000]*)+$/u;
const YEAR_END_NUMBER = /(?<=^|[\s\u3000|｜])([0-9０-９]{1,2})末(?=$|[\s\u3000|｜])/gu;

const YEARS_SPAN_AFTER = /^[\s\u3000]*[(（][^()（）]{3,20}[)）]/u;
// "R5（決算額）", "令和6年度（予算額）": a year with its column's stage in brackets
// ("R7（当初）", "R8（見込）", "R9（計画）": the stage word alone)
const YEAR_STAGE_BRACKETED = /(?<=^|[\s\u3000|｜])([RHＲＨ][0-9０-９]{1,2}|(?:令和|平成)[0-9０-９元]{1,2}|(?:19|20)[0-9]{2})(?:年度?)?[(（]((?:当初|補正|最終)?(?:予算|決算|要求|見込|実績)額?|当初|補正|最終|計画|見込み?|見通し)[)）]/gu;
/** "R5（決算額）" read as "R5年度決算額", one column word. */
function yearStageUnbracketed(s: string): string {
  // (a stage word alone names its budget: "R7（当初）" is R7年度当初予算)
  return (s.includes('（') || s.includes('(')) && (s.includes('年') || /[RHＲＨ][0-9０-９]/u.test(s)) ? s.replace(YEAR_STAGE_BRACKETED, (_, y: string, st: string) => `${y}年度${/^(?:当初|補正|最終)$/u.test(st) ? st + '予算' : st}`) : s;
}
// "令和６年度（令和５年度）": a year's column with last year's in brackets under it (or beside it, a cell of its own: "10年度 | (9年度)")
const YEAR_WITH_BRACKETED_YEAR = /((?:令和|平成|[RHＲＨ])?[\s\u3000]?[0-9０-９元]{1,4}[\s\u3000]?年度?)[\s\u3000|｜]*[(（]((?:令和|平成|[RHＲＨ])?[\s\u3000]?[0-9０-９元]{1,4}[\s\u3000]?年度?)[)）]/gu;
// "予算現額と収入済額との比較", "当初予算と補正後の差": a comparison of two columns it names is one column, the change
const COMPARISON_OF_TWO = /[^\s\u3000と]{1,12}と[^\s\u3000と]{1,12}(?:と)?の(?:比\s?較|差\s?[額引]?)/gu;
// (its lines may have been read as pipes and hyphens: "|-------- 年度末残高 --------|")
const BOX_CAPTION = /[┌└┏┗][─━]+[\s\u3000]*[^─━┐┘┓┛\s\u3000]*[\s\u3000]*[─━]+[┐┘┓┛]|[|｜][─━\-]+[\s\u3000]*[^─━|｜\-\s\u3000]*[\s\u3000]*[─━\-]+[|｜]/gu;
// three compact years side by side or more, "区分 H27 H28 H29 H30 R1"; a year written out with its era, "令和７年度"
const TITLE_YEAR = /(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}[\s\u3000]?年/u;
const YEARS_ACROSS = /(?:(?<![A-Za-z])[RHＲＨ][0-9０-９元]{1,2}(?![0-9０-９])[\s\u3000]+){2,}(?<![A-Za-z])[RHＲＨ][0-9０-９元]{1,2}(?![0-9０-９])/u;
// a header line's last word that the next line's first finishes: "前年度" / "決算額", "翌年度" / "繰越額"
const CUT_YEAR_WORD = /(?:前年度|翌年度|本年度|今年度|前年同期)[\s\u3000]*$/u;
/** A line of column words run together with no space, "部局名補正前の額補正額補正後の額": two figure columns or more. */
function runTogether(l: string, frameFy: number | null): boolean {
  const t = l.trim();
  return t.length >= 6 && t.length <= 40 && !/[\s\u30000-9０-９]/u.test(t) && readColumns(t, frameFy).filter((c) => c.role === 'primary' || c.role === 'previous').length >= 2;
}
/**
 * A header of two lines set apart by single spaces, each upper word over the lower one under it counted from the right
 * ("会計区分 会計名 令和7年度 令和6年度 比較増減 増減率" over "当初予算額(A) 当初予算額(B) (A)-(B) （％）"): each column's words
 * joined, in order. Null where the lines do not pair so.
 */
const COMPARED_WORD = /^(?:対|比較)?(?:前年度|本年度|前年|前年同期)(?:比較?)?$/u;
function stackedByColumn(heads: string[]): string | null {
  if (heads.length !== 2) return null;
  const a = heads[0].trim().split(/[\s\u3000]+/u);
  const b = heads[1].trim().split(/[\s\u3000]+/u);
  if (b.length < 3 || b.length > a.length) return null;
  const off = a.length - b.length;
  // (a comparison's first word among them, "対前年度" over "増減額")
  if (!a.slice(off).every((w) => YEAR_CELL.test(w) || columnWordIn(w) || COMPARED_WORD.test(w))) return null;
  return [...a.slice(0, off), ...b.map((w, k) => a[off + k] + w)].join(' ');
}
const FOOTNOTE_MARK = /※[0-9０-９]{1,2}(?![0-9０-９])/gu;
/** Read the columns a header names, in order. */
// A financial statement's years, 当事業年度 and 前事業年度: this year's result and last year's, named by their year where a
// bracket gives it ("前事業年度（令和５年度）")
const BUSINESS_YEAR = /(前|当)事業年度(?:[\s\u3000]*[(（]((?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}[\s\u3000]?年度)[)）])?/gu;
export function readColumns(header: string, frameFy: number | null): CellColumn[] {
  if (header.includes('事業年度')) header = header.replace(BUSINESS_YEAR, (_, w: string, y?: string) => (y ? `${y}決算` : w === '前' ? '前年度決算額' : '本年度決算額'));
  // ("┌── 年度末残高 ──┐" over three columns: a caption of a group of columns, no column)
  if (header.includes('─') || header.includes('━') || header.includes('--')) header = header.replace(BOX_CAPTION, ' ');
  // (a footnote's mark glued to a heading, "補正後※1" over "予算額": no part of its words)
  if (header.includes('※')) header = header.replace(FOOTNOTE_MARK, '');
  header = header.replace(STACKED_PAIR, '$1$3 $2$3').replace(SPLIT_WORD, '$1$2');
  // ("予算額(補正後)", "予算額（当初）": a column word's stage glued after it in brackets is its qualifier, one column)
  if (header.includes('額(') || header.includes('額（')) header = header.replace(QUALIFIED_AFTER, '$2$1');
  if (header.includes('との') || header.includes('の差') || header.includes('の比')) header = header.replace(COMPARISON_OF_TWO, '比較');
  // "令和６年度（令和５年度）": a year's column with last year's in brackets under it, two columns ("42.7　（42.9）")
  if (header.includes('年')) header = header.replace(YEAR_WITH_BRACKETED_YEAR, '$1 $2');
  // (headings that are an era letter and a number alone side by side, "R9 | R8", name years' columns)
  // (or 平成16 | 令和元 | 令和8, the era written out)
  if (header.includes('末')) header = header.replace(ERA_OVER_YEAR_ENDS, (_, era: string, ends: string) => ends.replace(YEAR_END_NUMBER, `${era}$1年度末`));
  if ((/[RHＲＨ][0-9０-９]/u.test(header) || header.includes('令和') || header.includes('平成')) && ERA_YEARS_SIDE_BY_SIDE.test(header)) header = header.replace(BARE_ERA_YEAR, '$1年度$2');
  header = yearStageUnbracketed(header);
  const series = seriesColumns(header);
  if (series) return series;
  const english = (header.includes('FY') || header.includes('ＦＹ')) ? englishColumns(header) : null;
  if (english) return english;
  const cols: CellColumn[] = [];
  const years = findYears(header).filter((y) => y.years.length === 1 && !y.range);
  // each figure column with the years written since the column before it
  const slots: { col: CellColumn; years: number[]; word: string; total: boolean }[] = [];
  const heads = new Map<CellColumn, string>();
  let pending: number[] = [];
  let yi = 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  for (COLUMN_WORD.lastIndex = 0; (m = COLUMN_WORD.exec(header)) !== null;) {
    const g = m.groups!;
    const at = m.index!;
    if (g.yearcol) {
      const y = findYears(g.yearcol);
      while (yi < years.length && years[yi].start <= at) yi++;
      pending = [];
      cols.push({ role: 'primary', stage: null, fy: y.length ? y[0].years[0] : null, name: m[0] });
      lastEnd = at + m[0].length;
      continue;
    }
    if (g.note) { cols.push({ role: 'note', stage: null, fy: null, name: m[0] }); lastEnd = at + m[0].length; continue; }
    // (of the stage and year of the figure it is a part of; none before it, no column)
    if (g.part) {
      const whole = [...cols].reverse().find((c) => c.role === 'primary');
      if (whole) cols.push({ role: 'primary', stage: whole.stage, fy: whole.fy, name: m[0] });
      lastEnd = at + m[0].length;
      continue;
    }
    // "増減率 C/B (%)": one column named twice
    if (g.pct && cols.length && cols[cols.length - 1].role === 'pct' && at - lastEnd < 12) { lastEnd = at + m[0].length; continue; }
    // (a count column holds no yen either: skipped as a share column is)
    if (g.pct || g.count || g.rate) { cols.push({ role: 'pct', stage: null, fy: null, name: m[0] }); lastEnd = at + m[0].length; continue; }
    if (g.change && cols.length && cols[cols.length - 1].role === 'change' && at - lastEnd < 4) { lastEnd = at + m[0].length; continue; }
    if (g.change) {
      // 増減率 is matched as pct first; a lone 増減 right before 率 is part of it
      cols.push({ role: 'change', stage: null, fy: null, name: m[0] });
      lastEnd = at + m[0].length;
      continue;
    }
    const w = g.fig;
    // ("前年度支出済額": a relative year glued to the column word after it names that one column, last year's)
    // ("前年度９月補正後": with the month of its supplementary budget between)
    if (RELATIVE_YEAR_WORD.test(w)) {
      COLUMN_WORD_AT.lastIndex = at + w.length + (MONTH_AT.exec(header.slice(at + w.length, at + w.length + 4))?.[0].length ?? 0);
      const next = COLUMN_WORD_AT.exec(header);
      // (or a balance at its end, "前年度末現在高", or its initial budget, "前年度当初")
      if (next?.groups!.fig && (next.groups.fig.endsWith('額') || /^補正[前後]/u.test(next.groups.fig) || /^末(?:現在高|残高)$/u.test(next.groups.fig) || next.groups.fig === '当初')) continue;
    }
    while (yi < years.length && years[yi].start < at) pending.push(years[yi++].years[0]);
    // "会計別予算額調", "予算額の推移": a title that names figures, not a column; its year is no column's
    // ("款別予算額", "会計別予算額": a title sorted by something names no column either)
    if (/^[調表書のにをはが一推]/u.test(header.slice(at + w.length, at + w.length + 1)) || header[at - 1] === '別') { pending = []; continue; }
    const isTotal = /計/u.test(w) && !/予算|現計|計画/u.test(w);
    const prevFig = [...cols].reverse().find((c) => c.role === 'primary' || c.role === 'previous');
    // a total after a supplementary column is the budget after it (補正前 + 補正額 = 計)
    const stage = isTotal ? (prevFig?.stage === 'supplementary' ? 'budget' : prevFig?.stage ?? null) : stageOfWord(/[\s\u3000]/u.test(w) ? w.replace(/[\s\u3000]+/gu, '') : w);
    if (isTotal && !prevFig) { lastEnd = at + m[0].length; continue; } // a row label 合計, not a column
    // ("前年同期支出済額", "前年度予算額": last year's figure of its kind)
    // ("来年度要求 | 今年度当初": beside next year's column, this year's is last year's)
    const lastYears = w.startsWith('前年度') || /(?:前年同期|前年度|昨年度|前年)[\s\u3000]?(?:[0-9０-９]{1,2}月)?$/u.test(header.slice(Math.max(0, at - 8), at)) ||
      (/今年度[\s\u3000]?$/u.test(header.slice(Math.max(0, at - 4), at)) && /(?:来年度|翌年度)/u.test(header)) ||
      // ("年度当初現在高 | 年度中増減額 | 年度末現在高": the balance at the year's start is the year before's)
      (/(?:年度当初|期首|前年度末)[\s\u3000]?$/u.test(header.slice(Math.max(0, at - 5), at)) && /(?:残高|現在高)$/u.test(w) && /(?:年度末|期末)[\s\u3000]?(?:現在高|残高)/u.test(header));
    const col: CellColumn = { role: lastYears ? 'previous' : 'primary', stage, fy: null, name: w };
    // (the word's own head in its cell, 歳入決算額 | 歳出決算額: two columns, not one named twice)
    const head = /[歳収支][入出]$/u.exec(header.slice(Math.max(0, at - 2), at));
    if (head) { heads.set(col, head[0]); col.name = head[0] + w; }
    // ("中期計画額（2022～2027年度）": a column of totals over the years its bracket names)
    const span = YEARS_SPAN_AFTER.exec(header.slice(at + w.length, at + w.length + 24));
    if (span && findYears(span[0]).some((y) => y.range)) { col.stage = 'other'; col.multiYear = true; }
    cols.push(col);
    slots.push({ col, years: pending, word: w, total: isTotal });
    pending = [];
    lastEnd = at + m[0].length;
  }
  // years stand before their columns, one each ("28年度 予算額 27年度 予算額"), or stacked ahead of
  // them ("28年度 27年度 予算額 予算額"): stacked years go in order to the columns that have none;
  // of several years before one column the nearest is its own (the others are the title's)
  for (let i = 0; i < slots.length; i++) {
    const ys = slots[i].years;
    if (!ys.length) continue;
    let z = 0;
    while (i + 1 + z < slots.length && !slots[i + 1 + z].years.length && !slots[i + 1 + z].total) z++;
    const take = ys.length >= 2 && z >= 1 ? ys.slice(-Math.min(z + 1, ys.length)) : [ys[ys.length - 1]];
    take.forEach((y, k) => { slots[i + k].col.fy = y; });
    i += take.length - 1;
  }
  for (let i = 0; i < slots.length; i++) {
    const sl = slots[i];
    if (sl.total) sl.col.fy = slots[i - 1]?.col.fy ?? sl.col.fy;
    if (sl.col.fy === null && sl.word.startsWith('前年度') && frameFy !== null) sl.col.fy = frameFy - 1;
    if (sl.col.fy === null && (sl.word.startsWith('本年度') || sl.word.startsWith('今年度'))) sl.col.fy = frameFy;
  }
  // the same column twice without years, before a change column (支出済額 … 支出済額 … 増減額): this year's, then last year's
  if (cols.some((c) => c.role === 'change')) {
    const seen = new Set<string>();
    for (const c of cols) {
      if (c.role !== 'primary' || c.fy !== null) continue;
      const key = c.name.replace(/[\s\u3000]/gu, '');
      if (seen.has(key)) c.role = 'previous';
      seen.add(key);
    }
  }
  // (歳入決算額 | 歳出決算額 | 差引額: the difference of the revenue and the spending is the balance, a figure of its own)
  const balance = [...heads.values()].some((h) => h.endsWith('入')) && [...heads.values()].some((h) => h.endsWith('出'));
  if (balance) for (const c of cols) if (c.role === 'change' && /差/u.test(c.name)) { c.role = 'primary'; c.stage = [...heads.keys()][0].stage; }
  // (前年度 / 本年度 alone beside a year are columns of years too: "区分 令和10年度 前年度 倍率")
  if (slots.every((sl) => RELATIVE_YEAR_CELL.test(sl.word)) && !cols.some((c) => c.role === 'primary' && c.fy !== null)) {
    const byYear = yearCellColumns(header);
    if (byYear) cols.splice(0, cols.length, ...byYear);
  }
  // an earlier year among the figure columns is the comparison base
  const figs = cols.filter((c) => c.role === 'primary');
  const maxFy = Math.max(-1, ...figs.map((c) => c.fy ?? -1));
  // (the year right before only: "R4当初 | R5補正 | R6当初 | R7当初 | R8要求", the older years are figures of their own)
  // (years side by side, three or more, "R3決算 R4決算 R5決算 R6決算 R7決算見込 R8見込": a series, each its year's figure;
  // but a request closing a history of budgets, "R6当初 R7当初 R8要求", has last year's budget beside it)
  const yearSeries = new Set(figs.map((c) => c.fy).filter((y) => y !== null)).size >= 3 && !figs.some((c) => c.fy === maxFy && c.stage === 'request');
  // (a series with a change column, "R5決算 | R6当初(A) | R7当初(B) | 増減(B－A)": the year before the last is the change's base)
  // (three years at most: a longer trend keeps each year its own figure, its change that of the last two)
  const changeCol = cols.some((c) => c.role === 'change') && figs.length <= 3;
  if (!yearSeries || changeCol) for (const c of figs) if (c.fy !== null && c.fy < maxFy && (c.fy === maxFy - 1 || (!yearSeries && figs.length <= 2))) c.role = 'previous';
  // (last year's 補正予算額 beside last year's budget, "令和10年度要求額 | 令和9年度予算額 | 増△減額 | 令和9年度補正予算額": the
  // supplementary budget of the row's figure, as a 【補正】 after a request is; last year's figure is the budget's)
  if (cols.some((c) => c.role === 'previous' && c.stage !== 'supplementary')) {
    for (const c of cols) if (c.role === 'previous' && c.stage === 'supplementary' && /補正予算額?$|補正額$/u.test(c.name.replace(/[\s\u3000]/gu, ''))) c.role = 'supplementary';
  }
  if (header.includes('財源') && figs.length) cols.push(...sourceColumns(header, figs[0]));
  // (a change column heads no figures it compares: stacked over their stage words, "令和6年度 令和7年度 増減 当初予算額 当初予算額",
  // it was read first; it stands after them)
  const firstFig = cols.findIndex((c) => c.role === 'primary' || c.role === 'previous');
  if (firstFig > 0 && cols.slice(0, firstFig).some((c) => c.role === 'change') && cols.filter((c) => c.role === 'primary' || c.role === 'previous').length >= 2) {
    const lead = cols.slice(0, firstFig).filter((c) => c.role === 'change');
    return [...cols.filter((c) => !lead.includes(c)), ...lead];
  }
  return cols;
}

// The funding sources of this year's figure (財源内訳: 特定財源 — 国県支出金, 地方債, その他 — then 一般財源), each a figure
// of the row, after the figure columns
// (a local body's own bonds by its name, 県債 / 市債, maybe spread out: "県  債")
const FUNDING_WORD = /^(?:特定財源|一般財源|国[県府]?支出金|国庫支出金|[都道府県]支出金|地方債|[都道府県市町村区]債|その他)$/u;
const SOURCE_WORD = /国[県府]?支出金|国庫支出金|[都道府県]支出金|地方債|(?<![^\s\u3000])[都道府県市町村区][\s\u3000]{0,2}債|その他|一般財源/gu;
function sourceColumns(header: string, main: CellColumn): CellColumn[] {
  const words = (header.match(SOURCE_WORD) ?? []).map((w) => w.replace(/[\s\u3000]/gu, '')).filter((w, k, a) => a.indexOf(w) === k);
  if (words.length < 2) return [];
  // (一般財源 closes the breakdown, wherever a flattening put its heading)
  const ordered = [...words.filter((w) => w !== '一般財源'), ...words.filter((w) => w === '一般財源')];
  return ordered.map((name) => ({ role: 'primary', stage: main.stage, fy: main.fy, name, source: true }));
}

/**
 * Years side by side, three or more ("区分 令和7年度 令和8年度 令和9年度要求"): each is a column of its year's
 * figure, of the stage its cell names or else its row's. Null when the header is not such a series.
 */
function seriesColumns(header: string): CellColumn[] | null {
  if (!header.includes('年')) return null;
  // (the row labels' heading may be spread out, "区　分", "年　度": one word)
  const cells = header.split(/[\s\u3000|｜]+/u).filter((c) => c);
  if (cells.length >= 2 && cells[0].length === 1 && cells[1].length === 1 && HEADER_PAIRS.has(cells[0] + cells[1])) cells.splice(0, 2, cells[0] + cells[1]);
  const cols: CellColumn[] = [];
  for (let k = 0; k < cells.length; k++) {
    const ys = findYears(cells[k]).filter((y) => y.fiscal && y.years.length === 1 && !y.range);
    // (a year's end, 令和8年度末, heads balances: no budget of that year)
    if (ys.length === 1 && ys[0].start === 0) { cols.push({ role: 'primary', stage: cells[k].endsWith('末') ? 'other' : headingStage(cells[k]), fy: ys[0].years[0], name: cells[k], series: true }); continue; }
    if (k === 0 && !cols.length) continue; // the row labels' heading (区分, 項目)
    return null;
  }
  return new Set(cols.map((c) => c.fy)).size >= 3 ? cols : null;
}

// a header cell that is a year alone, maybe marked (A): "令和9年度", "R8年度(B)", "2026年度"; or a year relative to the table's
const RELATIVE_YEAR_CELL = /^(?:前年度|本年度|今年度)(?:[(（][A-Za-zＡ-Ｚａ-ｚ][)）])?$/u;
// a total closing a column of row names, one line each
const TOTAL_NAME = /^[\s\u3000]*(?:合[\s\u3000]*計|総[\s\u3000]*計|歳出合計|歳入合計)[\s\u3000]*$/u;
// a row's name alone on its line: a few words, no figure, no column's letters
const ROW_NAME_LINE = /^[\s\u3000]*[^\s\u3000()（）0-9０-９A-Za-z][^0-9０-９()（）]{1,24}$/u;
// a column's letters alone on a line under its heading: "(A)", "(A)－(B)"
const COLUMN_MARKS_ALONE = /^[\s\u3000]*(?:[+＋\-－\/／×÷][\s\u3000]*)?[(（][A-Za-zＡ-Ｚａ-ｚ][)）](?:[\s\u3000]*[+＋\-－\/／×÷][\s\u3000]*[(（][A-Za-zＡ-Ｚａ-ｚ][)）])*[\s\u3000]*$/u;
// the marks after a column word: 倍率（Ａ／Ｂ）, 計(A)+(B)
const COLUMN_MARK_TAIL = /(?:[+＋\-－\/／×÷]?[(（][A-Za-zＡ-Ｚａ-ｚ0-9０-９\/／\-－+＋×÷]{1,9}[)）])+$/u;
const YEAR_STAGE_WORD = /^(?:要求|当初(?:予算)?|補正(?:予算)?|決算|予算|見込み?|実績|計画)$/u;
// a year spaced out by PDF text ("令和 7 年度", "2025 年度"), its spaces dropped when a header's cells are counted
const SPACED_ERA_YEAR = /(?:令和|平成|昭和)[\s\u3000]*(?:[0-9０-９]{1,2}|元)[\s\u3000]*年度|[0-9０-９]{4}[\s\u3000]+年度/gu;
/** The years PDF text spaced out written together ("令和 7 年度" → "令和7年度"). */
function joinSpacedYears(s: string): string {
  return s.includes('年度') ? s.replace(SPACED_ERA_YEAR, (y) => y.replace(/[\s\u3000]+/gu, '')) : s;
}
// an era's letter and its year alone as a column's heading ("R7", "H30")
const ERA_LETTER_YEAR = /^[RHＲＨ][0-9０-９]{1,2}$/u;
const ERA_LETTER_YEARS = /(?:^|[\s\u3000|｜])[RHＲＨ][0-9０-９]{1,2}[\s\u3000|｜]+[RHＲＨ][0-9０-９]{1,2}(?=[\s\u3000|｜]|$)/u;
const YEAR_CELL = /^(?:(?:令和|平成|昭和|[RHＲＨ])\s?)?[0-9０-９元]{1,4}\s?年度(?:[(（][A-Za-zＡ-Ｚａ-ｚ][)）])?$/u;

/**
 * An English header, "Item FY2026 FY2025 Change": each fiscal year a figure column, the year before the latest its
 * previous year; change and ratio words their columns. Null unless every word after the row labels' heading is one.
 */
function englishColumns(header: string): CellColumn[] | null {
  const all = header.trim().split(/[\s\u3000|｜]+/u).filter(Boolean);
  // (from the first year on: the words before it are the row labels' heading, or a title the unit stood in)
  const first = all.findIndex((w) => EN_FY.test(w));
  if (first < 0) return null;
  const cols: CellColumn[] = [];
  for (const w of all.slice(first)) {
    const fy = EN_FY.exec(w);
    if (fy) { cols.push({ role: 'primary', stage: null, fy: Number(toHalfWidth(fy[1])), name: w }); continue; }
    // ("FY2026 案 | FY2025 当初": a Japanese stage word after a year names its column's stage)
    const last = cols[cols.length - 1];
    if (last?.role === 'primary' && last.stage === null && JA_STAGE_AFTER_FY.test(w)) { last.stage = stageWord(w) ?? (w === '案' || w === '当初' ? 'budget' : null); continue; }
    // ("FY2025 budget | FY2026 request": an English stage word after a year; "initial" before it says no more)
    if (last?.role === 'primary' && EN_STAGE_AFTER_FY.test(w)) { last.stage = last.stage ?? EN_STAGE[w.toLowerCase()] ?? null; continue; }
    if (EN_CHANGE.test(w)) { cols.push({ role: 'change', stage: null, fy: null, name: w }); continue; }
    if (EN_RATIO.test(w)) { cols.push({ role: 'pct', stage: null, fy: null, name: w }); continue; }
    return null;
  }
  const figs = cols.filter((c) => c.role === 'primary');
  if (!figs.length) return null;
  const maxFy = Math.max(...figs.map((c) => c.fy!));
  for (const c of figs) if (c.fy === maxFy - 1) c.role = 'previous';
  return cols;
}
const EN_FY = /^(?:FY|ＦＹ)[\s\u3000]?((?:19|20|１９|２０)[0-9０-９]{2})$/u;
const JA_STAGE_AFTER_FY = /^(?:案|当初|当初予算|予算案?|要求|概算要求|決算|補正)$/u;
const EN_STAGE_AFTER_FY = /^(?:initial|budget|request|settlement|supplementary|draft)$/iu;
const EN_STAGE: Record<string, Stage> = { budget: 'budget', draft: 'budget', request: 'request', settlement: 'settlement', supplementary: 'supplementary' };
const EN_CHANGE = /^(?:Change|Difference|Increase|Inc\.\/dec\.|\+\/-|±)$/iu;
const EN_RATIO = /^(?:%|％|Ratio|Share|Rate|Growth)$/iu;

/**
 * A header whose figure columns are named by their years alone ("款 令和9年度 令和8年度 増減"):
 * each year cell is a figure column of that year, the other cells keep their column words.
 */
function yearCellColumns(header: string): CellColumn[] | null {
  const cols: CellColumn[] = [];
  let years = 0;
  for (const cell of header.split(/[\s\u3000|｜]+/u)) {
    if (!cell) continue;
    if (YEAR_CELL.test(cell)) {
      const y = findYears(cell);
      if (y.length !== 1 || y[0].years.length !== 1) return null;
      cols.push({ role: 'primary', stage: null, fy: y[0].years[0], name: cell });
      years++;
      continue;
    }
    if (RELATIVE_YEAR_CELL.test(cell)) { cols.push({ role: cell.startsWith('前年度') ? 'previous' : 'primary', stage: null, fy: null, name: cell }); continue; }
    const word = cell.replace(COLUMN_MARK_TAIL, '');
    COLUMN_WORD.lastIndex = 0;
    const m = COLUMN_WORD.exec(word);
    COLUMN_WORD.lastIndex = 0;
    if (!m || m.index !== 0 || m[0].length !== word.length || m.groups!.fig || m.groups!.yearcol) continue;
    cols.push({ role: m.groups!.pct || m.groups!.count || m.groups!.rate ? 'pct' : m.groups!.change ? 'change' : 'note', stage: null, fy: null, name: cell });
  }
  return years && cols.length >= 2 ? cols : null;
}

/** The role a figure takes from its column; a cell beyond the columns is a figure of its own. */
const roleOf = (col: CellColumn | undefined): CellFigure['role'] => (col?.role === 'previous' ? 'previous' : col?.role === 'change' ? 'change' : col?.role === 'supplementary' ? 'supplementary' : 'primary');

/** A figure of an amount written with its unit, in column `col`. */
function tokenFigure(lineIdx: number, tok: { start: number; end: number; yen: number; unit: string; text: string }, col: CellColumn, ctx: Ctx, item: string | null, sure: number): CellFigure {
  const role = roleOf(col);
  return {
    lineIdx, start: tok.start, end: tok.end, text: tok.text, yen: tok.yen, role,
    stage: role === 'primary' ? col.stage ?? ctx.frameStage : null, fy: role === 'primary' ? col.fy ?? ctx.frameFy : null,
    item, unit: tok.unit, of: null, headerUnit: false, sure,
  };
}

/** A total column (計, 合計): the previous year and the change of a row compare with its figure. */
const isTotalColumn = (col: CellColumn | undefined): boolean => !!col && /計/u.test(col.name) && !/予算|現計/u.test(col.name);

/**
 * Push a row's figures onto `out`: its primaries, then its previous-year and change figures attached
 * to the row's anchor (the total column's figure where the row has one, else its first primary).
 * A row without a primary keeps nothing. Returns the pushed figures.
 */
function pushRow(out: CellFigure[], row: { f: CellFigure; col?: CellColumn }[]): CellFigure[] {
  const first = out.length;
  let anchor: number | null = null;
  let total = false;
  const pushed: CellFigure[] = [];
  // where each cell's primary went: a change compares the figures to its left, so it is the last one's
  // (予算額 | 決算額 | 差額: the settlement's difference from the budget)
  const lastBefore: (number | null)[] = [];
  let last: number | null = null;
  for (const { f, col } of row) {
    lastBefore.push(last);
    if (f.role !== 'primary') continue;
    out.push(f);
    pushed.push(f);
    last = out.length - 1;
    if (anchor === null || isTotalColumn(col)) { anchor = out.length - 1; total = isTotalColumn(col); }
  }
  if (anchor === null) return pushed;
  // (要求額 | 課長査定額 | 市長査定額 | 前年度予算額: last year's budget compares with this year's decided one, the last
  // budget beside a request)
  // (each primary's place in `out`: it went there last, at the place the loop above gave it)
  const at = (f: CellFigure): number => first + pushed.indexOf(f);
  if (!total && pushed.some((f) => f.stage === 'request')) {
    const decided = pushed.findLast((f) => f.stage === 'budget');
    if (decided) anchor = at(decided);
  }
  // (columns named for what they count, 歳入 and 歳出 each this year and last: last year's of each is its own)
  const named = new Map<string, number>();
  // (予算現額 | 支出済額 | 前年同期支出済額: last year's of the same word)
  // ("補正後の額" and "前年度９月補正後": one word, written with its particle and 額 or without)
  const word = (name: string): string => name.replace(/[\s\u3000]/gu, '').replace(/の?額$/u, '');
  row.forEach(({ f, col }) => { if (f.role === 'primary' && col?.name && !named.has(word(col.name))) named.set(word(col.name), at(f)); });
  row.forEach(({ f, col }, k) => {
    if (f.role === 'primary') return;
    // (R4 | R5 | R6 | R7 | R8要求: last year's column is the one of the year after's figure)
    const next = f.role === 'previous' && col?.fy != null && out[anchor!]?.fy !== col.fy + 1 ? row.find((x) => x.f.role === 'primary' && x.col?.fy === col.fy! + 1)?.f : undefined;
    // (当初 | 補正 | 計 | 前年度当初: last year's initial budget compares with this year's initial one, not the total)
    const initial = !next && f.role === 'previous' && col?.name?.includes('当初') ? row.find((x) => x.f.role === 'primary' && x.col?.name?.includes('当初'))?.f : undefined;
    const own = next ? at(next) : initial ? at(initial) : col?.name && (col.source || f.role === 'previous') && named.has(word(col.name)) ? named.get(word(col.name))! : -1;
    f.of = own >= 0 ? own : f.role === 'change' && !total && lastBefore[k] !== null ? lastBefore[k] : anchor;
    out.push(f);
    pushed.push(f);
  });
  return pushed;
}

const SPAN_TOTAL_ROW = /[0-9０-９一二三四五六七八九十]+[\s\u3000]?(?:か年|カ年|ヵ年|年間|年度間)[\s\u3000]?(?:の)?(?:合計|計|累計|総額)/u;
const RATIO_WORD = /(?:率|割合|比)$/u;
const COUNT_WORD = /(?:件|人|世帯|団体|回|校|戸|徒|級|員|者|台|床|施設|箇所|か所)数$|^(?:件数|人数)$/u;
/**
 * A header's words over a row of n cells and the row labels' heading ("構成市町 均等割 人口割 搬入量割 合計 前年度 比較"):
 * the columns the header's words name where they are the words' own, and a part's figure of the row, named by its word,
 * where a word names none (均等割, 人口割). The columns as read unless every one of them is a word of the header.
 */
function withPartColumns(cols: CellColumn[], words: string[] | null, n: number): CellColumn[] {
  // (the figures' columns are the last n: "区分 | 学校名 | 児童生徒数 | … | 合計" over a row of n cells after its names)
  if (!words || cols.length >= n || words.length < n + 1 || (words.length > n + 1 && n < 2)) return cols;
  const out: CellColumn[] = [];
  let used = 0;
  for (const w of words.slice(words.length - n)) {
    const c = cols[used];
    if (c && (c.name === w || joinSpaced(c.name) === w || w.endsWith(c.name))) { out.push(c); used++; }
    // (a count's column, 寄附件数, or a ratio's, 執行率, holds no yen)
    else if (COUNT_WORD.test(w) || RATIO_WORD.test(w)) out.push({ role: 'pct', stage: null, fy: null, name: w });
    else out.push({ role: 'primary', stage: null, fy: null, name: w, source: true });
  }
  return used === cols.length ? out : cols;
}

/**
 * How many cells each column spans where the header's columns are stages, two or more, each its own, and the line over the
 * row is sub-headings without figures, as many as the row's cells and a whole number of them per column (1: none spans).
 */
function groupSpan(cols: CellColumn[], n: number, subLine: string): number {
  if (cols.length < 2 || n % cols.length !== 0 || n / cols.length < 2 || n / cols.length > 4) return 1;
  if (!cols.every((c) => c.role === 'primary' && c.stage) || new Set(cols.map((c) => c.stage)).size !== cols.length) return 1;
  const words = subLine.trim().split(/[\s\u3000]+/u);
  // (not the header's own line, naming the columns)
  return words.length === n && !/[0-9０-９]/u.test(subLine) && !cols.some((c) => subLine.includes(c.name)) ? n / cols.length : 1;
}

const COMPACT_YEAR_WORD = /^[RHＲＨ][0-9０-９元]{1,2}$/u;
/**
 * Columns one heading a line, each heading a year and the figure it counts ("令和8年度当初 歳入", "令和9年度 歳出"), or a
 * change or a ratio of one ("歳出 比較増減"), under the row labels' heading ("会計名"). The year before the text's is last
 * year's column. Null unless every line heads a column and two name the same thing in two years.
 */
function lineColumns(heads: string[], frameFy: number | null): CellColumn[] | null {
  if (frameFy === null) return null;
  const cols: CellColumn[] = [];
  for (let k = 0; k < heads.length; k++) {
    const h = heads[k].trim();
    if (!h.includes(' ') && !h.includes('\u3000')) { if (k === 0 && !findYears(h).length) continue; return null; }
    // (a compact year, "R9", is that year's 年度)
    const words = h.split(/[\s\u3000]+/u).map((w) => (COMPACT_YEAR_WORD.test(w) ? `${w}年度` : w));
    const rest = (re: RegExp): string => words.filter((w) => !re.test(w)).join('');
    if (words.some((w) => /^(?:比較)?増[△▲]?減(?:額)?$|^比較$|^差引$/u.test(w))) { cols.push({ role: 'change', stage: null, fy: null, name: rest(/増|減|比較|差引/u) }); continue; }
    if (words.some((w) => /率$|^[%％]$/u.test(w))) { cols.push({ role: 'pct', stage: null, fy: null, name: h }); continue; }
    const ys = findYears(words.join(' ')).filter((y) => y.fiscal && y.years.length === 1 && !y.range);
    if (ys.length !== 1) return null;
    const fy = ys[0].years[0];
    const name = rest(/年度/u);
    if (!name || fy > frameFy || fy < frameFy - 1) return null;
    cols.push({ role: fy < frameFy ? 'previous' : 'primary', stage: stageWord(h) ?? 'budget', fy, name: joinSpaced(name), source: true });
  }
  const named = (role: CellRole): string[] => cols.filter((c) => c.role === role).map((c) => c.name);
  return cols.length >= 2 && named('previous').some((n) => named('primary').includes(n)) ? cols : null;
}

// A cell: a number, maybe signed (△ ▲ マイナス -), maybe a percentage; or a placeholder (皆増, －).
// (a list in 万円 writes 1億2,640万円 as "1億2640": 億 and the 万 after it)
const NUM_CELL = /^[\s\u3000]*(?:(△|▲|▼|－|-|−|マイナス)[\s\u3000]*)?((?:[0-9０-９]{1,4}億)?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+))([.．][0-9０-９]+)?[\s\u3000]*([%％])?[\s\u3000]*$/u;
// (新規 in last year's cell: nothing last year)
// (and an English page's: "new", "n/a")
const PLACEHOLDER = /^[\s\u3000]*(?:皆増|皆減|新規|[－―ー\-−…‐]|\*|＊|―|new|n\/a|N\/A)[\s\u3000]*$/u;
// (a hyphen is a sign glued to its digits or a plain space before them, "－ 26,000"; "－　１８", an ideographic space between, is
// a dash saying none, then a figure)
// (a hyphen a space apart from the figure after a dash cell or a figure is a cell of its own, "3.3 - - 611": no sign)
const ROW_NUM = /(?:((?:△|▲|▼|マイナス)(?=[\s\u3000]?[0-9０-９])|[－\-−](?=[0-9０-９])|(?<![－\-−0-9０-９%％] )[－\-−](?= [0-9０-９]))[\s\u3000]?)?(?<![0-9０-９,，.．])((?:[0-9０-９]{1,4}億)?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+))([.．][0-9０-９]+)?([%％])?(?![0-9０-９,，.．])/gu;

/** `man`: a value counted in 万円 whatever the table's unit ("1億2640": 12,640万円). */
interface Cell { start: number; end: number; text: string; value: bigint; decimals: number; neg: boolean; pct: boolean; placeholder: boolean; man?: boolean; /** a placeholder saying 新規 */ fresh?: boolean }

/** A number's digits, half-width, without its commas. */
const plainDigits = (s: string): string => toHalfWidth(s.replace(/[,，]/gu, ''));

function toCell(text: string, offset: number, m: RegExpExecArray | RegExpMatchArray): Cell {
  const oku = m[2].indexOf('億');
  const digits = oku < 0 ? plainDigits(m[2]) : String(Number(plainDigits(m[2].slice(0, oku))) * 10000 + Number(plainDigits(m[2].slice(oku + 1))));
  const frac = toHalfWidth((m[3] ?? '').slice(1));
  const numStart = offset + (m.index ?? 0) + m[0].indexOf(m[2], m[1] ? m[0].indexOf(m[1]) + m[1].length : 0);
  const end = numStart + m[2].length + (m[3]?.length ?? 0);
  return { start: numStart, end, text: text.slice(numStart, end), value: BigInt(digits + frac), decimals: frac.length, neg: !!m[1], pct: !!m[4], placeholder: false, ...(oku < 0 ? {} : { man: true }) };
}

// after its spaces a cell starts with a digit, a sign or a placeholder, and ends in a digit, a % or a
// placeholder: a line starting or ending otherwise skips the cell patterns
// (tables by character code: a character as a string is a new string each time)
const CELL_FIRST = new Uint8Array(0x10000);
// (and PLACEHOLDER's words: 新規, new, n/a)
for (const c of '0123456789０１２３４５６７８９△▲▼－-−マ皆―ー…‐*＊新nN') CELL_FIRST[c.charCodeAt(0)] = 1;
const CELL_LAST = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９%％増減－-−―ー…‐*＊規waA') CELL_LAST[c.charCodeAt(0)] = 1;
function mayBeCell(t: string): boolean {
  let k = 0;
  while (k < t.length && isSpaceCode(codeAt(t, k))) k++;
  return k < t.length && CELL_FIRST[codeAt(t, k)] === 1;
}

function lineCell(t: string): Cell | null {
  if (!mayBeCell(t)) return null;
  let e = t.length - 1;
  while (isSpaceCode(codeAt(t, e))) e--; // (a character that is no space stands before: mayBeCell found it)
  if (CELL_LAST[codeAt(t, e)] !== 1) return null;
  const m = NUM_CELL.exec(t);
  if (m) return toCell(t, 0, m);
  if (PLACEHOLDER.test(t)) return { start: 0, end: 0, text: '', value: 0n, decimals: 0, neg: false, pct: false, placeholder: true, ...(t.includes('新規') ? { fresh: true } : {}) };
  return null;
}

// a line of one figure in brackets, nothing else: "　　　　（8,275,300）"
// (or named: "（前年度）　（３８，２００）" under "予算額　６２，４８０")
const BRACKET_ALONE = /^[\s\u3000]*(?:[(（]?[\s\u3000]*前年度?(?:予算額?|当初)?[\s\u3000]*[)）]?[\s\u3000:：]*)?[(（][\s\u3000]*([△▲\-－]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)[\s\u3000]*[)）][\s\u3000]*$/u;
// a sentence naming what a table under it holds: its figures of one stage, "…の決算額を年度ごとに並べました。"
const CAPTION_STAGE = /(予算額|決算額|要求額|執行額)(?:を|は|の推移|について)[^。]{0,30}。[\s\u3000]*$/u;
/** The stage the sentence on the line or two above a table's unit names for its figures, or null. */
function captionStageAbove(lines: Line[], i: number): Stage | null {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = lines[k].text;
    if (isBlank(t)) continue;
    const m = t.includes('。') ? CAPTION_STAGE.exec(t) : null;
    return m ? stageWord(m[1]) : null;
  }
  return null;
}
// a legend of what brackets hold: "（　）内は…", "〔 〕書きは…"
const BRACKETS_LEGEND = /[(（【［〔<＜][\s\u3000]*[)）】］〕>＞][\s\u3000]*(?:内|書き?)?[\s\u3000]*は/u;
/** The year and stage a short heading right over a table's unit names ("令和５年度補正予算（第１号）の概要"), or null. */
function captionYearAbove(lines: Line[], i: number): { fy: number; stage: Stage } | null {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = lines[k].text;
    if (isBlank(t)) continue;
    // (a legend of brackets, "（　）内は令和８年度当初予算額", names what the brackets hold, no caption)
    if (t.length > 40 || t.includes('。') || BRACKETS_LEGEND.test(t)) return null;
    const ys = findYears(t).filter((y) => y.fiscal);
    const stage = ys.length === 1 && ys[0].years.length === 1 ? stageWord(t) : null;
    return stage ? { fy: ys[0].years[0], stage } : null;
  }
  return null;
}
// a legend saying what brackets hold is each line's own figure: "（　）内は2025年度当初予算額", "（ ）書きは事業費" (not last year's)
const FIGURE_LEGEND = /[(（][\s\u3000]*[)）][\s\u3000]*(?:内|書き?)?(?:の(?:金額|数値|数字))?[\s\u3000]*は(?![^。、]*前年)[^。、]{0,16}(?:予算額|要求額|要望額|決算額|事業費|計上額|金額)/u;
// a line's words, then a figure alone in brackets at its end: "◆子ども医療費助成事業【拡充】　　（612,480）"
const BRACKET_FIGURE_END = /^(.*[^\s\u3000])[\s\u3000]*[(（][\s\u3000]*([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)[\s\u3000]*[)）][\s\u3000]*$/u;
// a supplementary budget's figure alone in square brackets: "［令和７年度補正　２８，６００］", "【補正後 1,240】" is no such
const SUPP_BRACKET_ALONE = /^[\s\u3000]*[［\[【〔][\s\u3000]*(?:(?:令和|平成|[RＲ])?[\s\u3000]?[0-9０-９元]{1,2}[\s\u3000]?年度?)?[\s\u3000]*(?:第[0-9０-９一二三]+号)?補正(?:予算額?)?[\s\u3000:：]*([△▲\-－]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)[\s\u3000]*[］\]】〕][\s\u3000]*$/u;
// a unit alone on its line, unbracketed ("億円"), and a figure alone on its line
const BARE_UNIT_LINE = /^[\s\u3000]*(?:千万|百万|千|万|億|兆)?円[\s\u3000]*$/u;
const BARE_FIGURE_LINE = /^[\s\u3000]*[△▲\-－]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*$/u;
const SIGN_CHARS = '△▲▼-－−';
// a legend of brackets beside a unit: "（　）は前年度当初予算額", "（　）書きは前年度"
// a header whose last column is a share or a rate ("予算額　構成比"): a bracket at a row's end holds it
const RATIO_LAST = /額[)）]?[\s\u3000]{2,}[(（]?(?:構成比|比率|割合|伸び?率|増減率|[%％])[\s\u3000)）]*$/u;
// a legend saying brackets hold rates: "カッコ内は前年度当初比増減率％", "（　）は対前年度比"
const RATE_LEGEND = /(?:カッコ|括弧|[(（][\s\u3000]*[)）])[\s\u3000]*(?:内|書き?)?[\s\u3000]*は[^。、]{0,20}(?:率|[%％]|比(?![較べ]))/u;
const BRACKET_LEGEND = /[(（〔【\[［<＜][\s\u3000]*[)）〕】\]］>＞][\s\u3000]*(?:内|書き?)?[\s\u3000]*(?:は|:|：)[^、。]*/gu;
// a count's name with its unit in brackets before a row's figures: "地区数（地区）", "利用者数（人）"
const COUNT_HEAD = /[^\s\u3000]数[(（][^()（）円]{1,6}[)）][\s\u3000]/u;
// a header naming parts of a whole (funding shares, a total's components), and one naming a comparison
const PARTS_HEADER = /国[\s\u3000]?費|地方負担|県[\s\u3000]?費|市[\s\u3000]?費|一般財源|特定財源|内[\s\u3000]?訳|うち/u;
const COMPARE_HEADER = /比[\s\u3000]?較|増[\s\u3000]?[△▲]?[\s\u3000]?減|差[\s\u3000]?[引額]|前年/u;
const TOTAL_LABEL = /^(?:合[\s\u3000]*計|総[\s\u3000]*計|計)$/u;
const YEAR_THEN_STAGE = /^((?:(?:令和|平成|[RHＲＨ])[\s\u3000]?)?[0-9０-９元]{1,4}(?:年度)?(?:[\s\u3000]*[～〜~][\s\u3000]*(?:(?:令和|平成|[RHＲＨ])[\s\u3000]?)?[0-9０-９元]{1,4}(?:年度)?[\s\u3000]*(?:[(（]計[)）])?)?)[\s\u3000]+(実績|決算|予算|当初|計画|見込み?|見通し|要求)$/u;
// what went into or out of a fund in the year (積立額, 取崩額): the year's figures, no balance
const AVERAGE_COLUMN = /平均/u;
const YEARS_SPAN_COLUMN = /[0-9０-９一二三四五六七八九十]+[\s\u3000]?(?:年間|か年|ヵ年|カ年|箇年)/u;
const FUND_FLOW = /積立|取崩|取り崩|繰入|繰出/u;
// a row of a balance ("地方債現在高"), a fund's own row ("財政調整基金")
// (or a measure of a finance, no budget nor a settlement: 標準財政規模, 基準財政需要額, 基準財政収入額)
export const BALANCE_ROW = /残高|現在高|標準財政規模|基準財政(?:需要|収入)額|^[\s\u3000]*(?:純資産|資本金)[\s\u3000]*$/u;
const FUND_ROW = /基金$/u;
// an era year ending a row's label under a year column: "（150）北川県　東浜市　平成27"
const LABEL_END_YEAR = /[\s\u3000]((?:令和|平成|[RHＲＨ])[\s\u3000]?[0-9０-９元]{1,2})(?:年度?)?[\s\u3000]*$/u;
const ERA_YEAR_LABEL = /^(?:令和|平成)[\s\u3000]?([0-9０-９]{1,2}|元)[\s\u3000]?年度?(?:末)?$/u;
/** The year a bare number continues after a row of an era's year written out ("21" after "平成20年度"), or null. */
function nextEraYear(cell: string, last: { fy: number | null; n: number }): number | null {
  const t = cell.trim();
  if (last.fy === null || !/^[0-9０-９]{1,2}$/u.test(t)) return null;
  const n = Number(toHalfWidth(t));
  return n > last.n && n <= last.n + 3 ? last.fy + (n - last.n) : null;
}

/** A one- or two-digit year in a year column (28: 平成28 in a 平成 text), or null. */
function shortYearOf(cell: string): number | null {
  const t = cell.trim();
  if (!/^[0-9０-９]{1,2}$/u.test(t)) return null;
  return yearNamed(t);
}

// a row's code alone on its line: one or two digits, no sign or separator
const CODE_CELL = /^[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]*$/u;
// a name: words without digits ("総務管理費", "社会福祉費")
const NAME_LINE = /^[\s\u3000]*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・（）()]{2,24}[\s\u3000]*$/u;
// a header naming the columns of codes and names first: 款 / 項 / 目 / 節 as words of their own
const CODE_COLUMNS = /(?:^|[\s\u3000])(?:款|項|目|節)(?=[\s\u3000]|$)/u;
/**
 * "１" over "総務管理費" under a header naming 款 and 項: the number of a 款 or 項 written on the line before its name, as a
 * table with its cells one per line gives it; a code, no figure.
 */
function rowCode(t: string, next: string | undefined, header: string): boolean {
  return next !== undefined && CODE_CELL.test(t) && NAME_LINE.test(next) && CODE_COLUMNS.test(header);
}

/**
 * Ranks one a line, each over its row's name ("1" / "人件費" / "150,086" / … / "2" / "補助費等" / …, groups side by side ranked
 * alike: 1, 1, 1, 2, 2, 2): numbers from 1 rising by no more than one, three or more, each right over a name. They are no
 * figures of the table, whatever its unit.
 */
function rankLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let last = 0;
  const close = (): void => { if (run.length >= 3) for (const k of run) out.add(k); run = []; last = 0; };
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i].text;
    if (!CODE_CELL.test(t)) continue;
    const n = Number(toHalfWidth(t.trim()));
    if (!NAME_LINE.test(lines[i + 1].text) || !(n === last || n === last + 1)) { close(); if (n !== 1 || !NAME_LINE.test(lines[i + 1].text)) continue; }
    run.push(i);
    last = n;
  }
  close();
  return out;
}

/** A label with one number at its end ("議会費 301,200"), over a line holding a cell alone: the label and the row's first cell. */
function labelledCell(t: string, next: string | undefined): { label: string; cell: Cell } | null {
  if (next === undefined || !lineCell(next) || t.length > 60) return null;
  const m = LABEL_THEN_CELL.exec(t);
  if (!m || /[0-9０-９]/u.test(m[1])) return null;
  const cell = cellOfLabelled(t, t, m);
  return cell ? { label: m[1].trim(), cell } : null;
}
/** The cell of a LABEL_THEN_CELL match `m` on `body`, the head of line `t` (offsets in `t`). */
function cellOfLabelled(t: string, body: string, m: RegExpExecArray): Cell | null {
  const text = m[2].trim();
  const cm = NUM_CELL.exec(text);
  return cm ? toCell(t, body.lastIndexOf(text), cm) : null;
}
/**
 * "議会費　1,234,567": a name (its digits only a row number or a year), then an amount's digits (grouped, four or more,
 * or a fraction), maybe with last year's in a bracket after it ("3,000,000（2,900,000）").
 */
function labelValue(t: string, inTable = false, noteColumn = false, bracketRates = false): { label: string; cell: Cell; prev: Cell | null } | null {
  // ("3 職員手当等 268,944 総務課、人事課ほか": under a 説明 column, the row's note follows its figure)
  const note = noteColumn ? NOTE_AFTER_CELL.exec(t) : null;
  if (note) t = t.slice(0, note.index);
  // (its length without the runs of spaces that align its columns)
  if ((t.length > 60 && t.replace(/[\s\u3000]{2,}/gu, ' ').trim().length > 60) || t.includes('円')) return null;
  // ("民生費　121.4（38.9％）": its share of the whole in brackets after the figure)
  if (t.includes('%') || t.includes('％')) { const share = SHARE_AFTER.exec(t); if (share) t = t.slice(0, share.index); }
  const found = LAST_BRACKET_CELL.exec(t);
  const body = found ? t.slice(0, found.index) : t;
  // (under a legend saying the brackets hold rates, "583,200（4.1）" is a figure and its rate of change)
  const bracket = bracketRates ? null : found;
  // ("令和10年度要求：1,456,789": a colon before the figure sets it apart as a space does)
  const m = LABEL_THEN_CELL.exec(body.includes('：') || body.includes(':') ? body.replace(/[:：](?=[\s\u3000]*[△▲\-－]?[0-9０-９])/u, ' ') : body);
  if (!m) return null;
  // ("合　計　　14,562": a name spread out to its column is one word)
  // (a row number, then a mark: "1  ◎ 第３子以降給食費無償化事業")
  const label = joinSpaced(m[1].trim().replace(LABEL_MARK, '').replace(LABEL_MARK, ''));
  // (digits in a bracket of the name, "（18歳到達年度末まで）", are words of it)
  // (and an ordinal, "第2子以降…", is a word of it)
  const unbracketed = label.replace(/[(（][^()（）]*[)）]/gu, '').replace(LEVEL_NUMBERS, '').replace(/第[0-9０-９]+/gu, '第');
  // (or a year alone, "R1　512" down a chart's bars)
  const yearLabel = yearAloneOf(label) !== null;
  if (!(TWO_CJK_LABEL.test(label) || label === '計' || yearLabel) || (/[0-9０-９]/u.test(unbracketed) && !findYears(unbracketed).length && !yearLabel)) return null;
  // (a short plain number is a figure only after a stage label, "前年　900", or in the rows of a table: else it may be a
  // page or a count)
  // (nor a list line's with last year's in a bracket after it, "・架空事業 412 （388）", "96 （新規）")
  if (!inTable && !yearLabel && !/[,，.．]|[0-9０-９]{4}/u.test(m[2]) && !labelInfo(label) && !(found && LIST_MARK_START.test(t))) return null;
  const cell = cellOfLabelled(t, body, m);
  const pm = bracket ? NUM_CELL.exec(bracket[1]) : null;
  return cell ? { label, cell, prev: pm ? toCell(t, bracket!.index + bracket![0].indexOf(bracket![1]), pm) : null } : null;
}
// a list line's mark: ・ ◆ ○
const LIST_MARK_START = /^[\s\u3000]*[・•◆◇■□●○◎★☆▽▼\-‐*＊➢▶►]/u;
// a bullet or row number before a row's name: ・ ◆ (2) ③ 1.
// ("１．事前防災対策", "2、道路": a number with its point, glued to the name, is a mark too)
const LABEL_MARK = /^(?:[・•◆◇■□●○◎★☆▽▼\-‐*＊➢▶►]+|[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．]?(?=[\s\u3000])|[0-9０-９]{1,2}[.．、](?=[^\s\u30000-9０-９]))[\s\u3000]*/u;
// (padded inside, as columns aligned with spaces leave it: "3,120 （ 1,860）"; or a dash, no figure last year: "（   －）")
// (or 新規, none last year; a matter request may follow: "715,360（694,910）＋事項要求")
// (a mark may close the row: "2,046,300（1,812,000）拡充")
const LAST_BRACKET_CELL = /[\s\u3000]*[(（][\s\u3000]*([△▲\-－]?[0-9０-９][0-9０-９,，]*(?:億[0-9０-９]+)?(?:[.．][0-9０-９]+)?|[－―ー\-−]|新[\s\u3000]*規)[\s\u3000]*[)）][\s\u3000]*(?:[+＋][\s\u3000]*事項要求[\s\u3000]*)?(?:[【\[［]?(?:拡充|一部新規|新規|継続|重点|組替え?)[】\]］]?[\s\u3000]*)?(?:※[0-9０-９]{0,2}[\s\u3000]*)?$/u;
// (a note of words after a figure grouped by commas; its own figures, if any, are not grouped: "職員92人分")
// (or in brackets, "（特別職 1人、一般職 48人）"; not a bracketed figure, last year's)
const NOTE_AFTER_CELL = /(?<=[0-9０-９][,，][0-9０-９]{3})[\s\u3000]+(?![\s\u3000△▲\-－0-9０-９])(?![(（][\s\u3000]*[△▲\-－]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*[)）])(?!.*[0-9０-９][,，][0-9０-９]{3}).+$/u;
const TWO_CJK_LABEL = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]{2}/u;
// a share of the whole in brackets after a figure, "121.4（38.9％）": anywhere on a line, and closing it
const SHARES_IN_BRACKETS = /[(（][\s\u3000]*[△▲+＋\-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[\s\u3000]*[%％][\s\u3000]*[)）]/gu;
const SHARE_AFTER = /(?<=[0-9０-９])[\s\u3000]*[(（][\s\u3000]*[△▲+＋\-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[\s\u3000]*[%％][\s\u3000]*[)）][\s\u3000]*$/u;
const LABEL_THEN_CELL = /^[\s\u3000]*(\S.*?)[\s\u3000]+((?:△|▲|－|-)?[\s\u3000]?[0-9０-９][0-9０-９,，]*(?:億[0-9０-９]+)?(?:[.．][0-9０-９]+)?)[\s\u3000]*$/u;

/** A row's label: the last label line, or the run of one-character lines that vertical text became. */
function rowLabel(labels: string[]): string | null {
  if (!labels.length) return null;
  let k = labels.length;
  while (k > 0 && labels[k - 1].replace(/[\s\u3000]/gu, '').length <= 2) k--;
  if (k < labels.length - 1) return labels.slice(k).join('').replace(/[\s\u3000]/gu, '');
  // a name broken over two lines ("森林環境保全" / "整備事業"): two plain words in a row, with no mark, number or bracket
  // that would make the first a heading over the second
  const [a, b] = labels.slice(-2);
  // ("港湾整備特別会計" over "（港湾勘定）": a bracket alone on the line under a name is part of it)
  if (labels.length >= 2 && /^[(（][^()（）]{1,16}[)）]$/u.test(b) && !/[)）]$/u.test(a) && !columnWordIn(a)) return a + b;
  // (nor a whole name, ending as names end, nor a header's word)
  if (labels.length >= 2 && PLAIN_NAME_PART.test(a) && PLAIN_NAME_PART.test(b) && a.length + b.length <= 24 && !NAME_END.test(a) && !HEADER_WORD.test(a) && !columnWordIn(a)) return a + b;
  return labels[labels.length - 1];
}
// a remark of a row, not a name: a mark (新規, 拡充, 再掲), a share of another line (の内数), what it holds or leaves out
const REMARK_WORDS = /^[(（【]?(?:新規|一部新規|拡充|継続|廃止|再掲|皆減)[)）】]?$|の内数|含む|含まない/u;
/**
 * Is the text line at i (right after a row written one cell a line) that row's remark rather than the next row's name?
 * Three text lines or more before the next cell are a remark and a name (maybe broken over two lines); two are a remark
 * and a name where the first reads as a remark or is the shorter (a name broken over two lines fills the first); one is
 * the next name.
 */
function remarkOfRowAbove(lines: Line[], i: number): boolean {
  let n = 0;
  while (n < 4 && i + n < lines.length && !isBlank(lines[i + n].text) && !lineCell(lines[i + n].text)) n++;
  const [a, b] = [lines[i].text.trim(), lines[i + 1]?.text.trim() ?? ''];
  return n >= 3 || (n === 2 && (REMARK_WORDS.test(a) || a.length < b.length));
}

/** Append `rest` to the names of the figures from `from` on, when it reads as the rest of a name broken over lines. */
function continuesName(figures: CellFigure[], from: number, rest: string): boolean {
  const name = figures[from].item;
  if (!name || !PLAIN_NAME_PART.test(rest) || NAME_END.test(name) || !PLAIN_NAME_PART.test(name)) return false;
  for (let k = from; k < figures.length; k++) if (figures[k].item === name) figures[k].item = name + rest;
  return true;
}
const PLAIN_NAME_PART = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,16}$/u;
const NAME_END = /[費業金等額料税計分付助]$/u;
const HEADER_WORD = /^(?:説明|備考|摘要|内容|区分|事項|科目|款|項|目|節|名称|事業名|費目|内訳)$/u;

/** Numbers standing in a row of cells glued by spaces: `地方税 11,475 11,452 23 0.2`. */
// a cell that says "none": a dash, 皆増 / 皆減 (all new, all gone), an asterisk
const PLACE_CHAR = /[－―ー\-−…‐─*＊皆新]/u;
const PLACE_TOKEN = /(?<=[\s\u3000|｜])(?:[－―ー\-−…‐─*＊]|皆増|皆減|新規)(?=[\s\u3000|｜]|$)/gu;
// (a cell's sign stands before its number: "△12,000")
const BETWEEN_CELLS = /^[\s\u3000|｜]*(?:[△▲▼\-－−]|マイナス)?[\s\u3000]*$/u;
/**
 * "事業　345,000　－　皆増", "事業　－　12,000　△12,000": the cells that say "none" among a row's figures keep their
 * columns' places (they are added to `cells`, in order). Only those in the run of cells that ends the line count (a dash
 * in the row's name is none). Returns where the row's cells begin.
 */
function withPlaceholders(t: string, cells: Cell[], firstAt: number): number {
  const places: Cell[] = [];
  let m: RegExpExecArray | null;
  for (PLACE_TOKEN.lastIndex = 0; (m = PLACE_TOKEN.exec(t)) !== null;) {
    const start = m.index;
    if (cells.some((c) => start < c.end && c.start - 1 <= start)) continue; // a cell's own sign
    // a dash a space before a number read as its sign ("－ 200"): a cell of its own where the row's cells stand a
    // single space apart ("補正予算 － 200 －"), the number's sign where they stand wider apart
    const signed = cells.find((c) => c.neg && c.start - 2 === start);
    if (signed) {
      if (!singleSpaced(t, cells, signed)) continue;
      cells[cells.indexOf(signed)] = { ...signed, neg: false };
    }
    places.push({ start, end: start + m[0].length, text: m[0], value: 0n, decimals: 0, neg: false, pct: false, placeholder: true });
  }
  if (!places.length) return firstAt;
  // walk back from the line's end over cells and placeholders set apart by spaces
  const all = [...cells, ...places].sort((a, b) => a.start - b.start);
  let from = all.length;
  let end = t.length;
  // (a note in words may close the row, "－　12,450　15,800　R6年度開始": the cells run back from its last figure)
  const last = all[all.length - 1];
  if (!last.placeholder && !BETWEEN_CELLS.test(t.slice(last.end))) end = last.end;
  while (from > 0 && BETWEEN_CELLS.test(t.slice(all[from - 1].end, end))) end = all[--from].start;
  const kept = places.filter((p) => p.start >= (all[from]?.start ?? t.length));
  if (!kept.length) return firstAt;
  cells.push(...kept);
  cells.sort((a, b) => a.start - b.start);
  return Math.min(firstAt, kept[0].start);
}

/** Do the row's other cells stand a single space apart (the gaps between them, `except` aside)? */
function singleSpaced(t: string, cells: Cell[], except: Cell): boolean {
  let gaps = 0;
  for (let k = 1; k < cells.length; k++) {
    if (cells[k] === except) continue;
    const gap = cells[k].start - cells[k - 1].end - (cells[k].neg ? 1 : 0);
    if (gap > 1) return false;
    gaps++;
  }
  return gaps > 0 || isSpaceCode(codeAt(t, except.end)) && !isSpaceCode(codeAt(t, except.end + 1));
}

// ("人口1人当たり地方債現在高（円）　335,365　331,919": a row naming its unit, then its figures, declares no table's unit)
const LABEL_UNIT_THEN_FIGURES = /[(（](?:千万|百万|千|万|億)?円[)）][\s\u3000]+[△▲\-－]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[\s\u3000]|$)/u;
const LABEL_UNIT_END = /[(（]((?:千万|百万|千|万|億)?円)[)）][\s\u3000]*$/u;
const LABEL_UNIT = /[(（](?:千万|百万|千|万|億)?円[)）](?=[\s\u3000])/u;
/**
 * A 節's number among a row's figures grouped by commas (`afterGrouped`): one or two plain digits of match `m` (sign,
 * digits, decimals, percent) with a 節's name right after them (`rest`), "… 95,814 10 需用費 61,022". No figure.
 */
function setsuNumberAmongFigures(m: RegExpMatchArray, rest: string, afterGrouped: boolean): boolean {
  return afterGrouped && !m[1] && !m[3] && !m[4] && setsuNumberLike(m[2]) && opensWithSetsuName(rest);
}

// a 款's or 項's number before its name: one space, then the name's first two letters (no era)
const NAME_AFTER_NUMBER = /^[ \u3000](?!令和|平成|昭和)[\p{Script=Han}\p{Script=Katakana}]{2}/u;
// such numbers in a row's name: "2 総務費　1 総務管理費"
const LEVEL_NUMBERS = /(?<![^\s\u3000])[0-9０-９]{1,2}[ \u3000](?=(?!令和|平成|昭和)[\p{Script=Han}\p{Script=Katakana}]{2})/gu;
/** A cell left empty: it keeps its column's place. */
const EMPTY_CELL: Cell = { start: 0, end: 0, text: '', value: 0n, decimals: 0, neg: false, pct: false, placeholder: true };
const ZERO_CODE = /^[\s\u3000]*[0０][0-9０-９]{1,5}[\s\u3000]+(?=[^\s\u30000-9０-９])/u;
/** Is ROW_NUM's or GLUED_NUM's match `m` at `at` a code padded with zeros before words ("01 社会福祉総務一般経費"), no figure? */
function zeroCode(m: RegExpMatchArray, t: string, at: number): boolean {
  const n = m[2];
  return !m[1] && !m[3] && !m[4] && n.length >= 2 && n.length <= 6 && (n[0] === '0' || n[0] === '０') && ZERO_CODE.test(t.slice(at, at + 16));
}
const FOOTNOTE_TAIL = /^※[0-9０-９]{0,2}(?=[\s\u3000|｜]|$)/u;
const MATTER_TAIL = /^[+＋][\s\u3000]?事項(?:要求)?(?=[\s\u3000|｜]|$)/u;
function rowCells(t: string): { label: string; cells: Cell[]; runs: number; sizes: number[] } | null {
  // (the close of a unit the margin began on the line above, "百万円）　計　1,238 …": blanks, keeping the offsets)
  if (t.includes('円') && MARGIN_UNIT_CLOSE.test(t)) t = t.replace(MARGIN_UNIT_CLOSE, (m) => ' '.repeat(m.length));
  // (a unit in brackets in the row's name, "人口1人当たり地方債現在高（円）", is the row's unit, no amount)
  if ((t.includes('円') && !(LABEL_UNIT.test(t) && !t.replace(LABEL_UNIT, '').includes('円'))) || isSeparatedRow(t) || t.length > 400) return null;
  const cells: Cell[] = [];
  let firstAt = -1;
  let m: RegExpExecArray | null;
  for (ROW_NUM.lastIndex = 0; (m = ROW_NUM.exec(t)) !== null;) {
    const at = m.index!;
    // "1 防災・安全交付金 | 75,000", "| 2 | 見守り事業 | 830 |": a row number before its label
    // ("(2) 土木費　2,000,000": in brackets)
    // (or a code padded with zeros, "0101　地上デジタル放送中継局 …")
    if (!cells.length && !m[1] && !m[3] && (m[2].length <= 2 || (m[2].length <= 6 && (m[2][0] === '0' || m[2][0] === '０'))) && /^[\s\u3000|｜(（]*$/u.test(t.slice(0, at)) && /^(?:[)）]?[\s\u3000]+|[\s\u3000]*[|｜][\s\u3000]*|[)）])[^\s\u30000-9０-９|｜]/u.test(t.slice(at + m[0].length))) continue;
    // cells are separated by spaces (or stand at the line's ends); a cell may stand in brackets, "(△0.5)"
    const before = t[at - 1];
    const opened = before === '(' || before === '（';
    // ("…技術研究所18,452 17,906 546": the row's first figure glued to its name, a figure grouped by commas)
    const gluedToName = !cells.length && before !== undefined && /[\p{Script=Han}\p{Script=Katakana}]/u.test(before) && /[0-9０-９][,，][0-9０-９]{3}/u.test(m[0]);
    if (before !== undefined && !/[\s\u3000]/u.test(before) && !(m[1] && at > 0) && !opened && !gluedToName) continue;
    // ("2 総務費　1 総務管理費　本庁舎… 486,200": a 款's or 項's number glued by a space to its name, before the row's figures,
    // is the name's)
    if (!m[1] && !m[3] && !m[4] && m[2].length <= 2 && !cells.some((c) => !c.placeholder && /[,，]/u.test(c.text)) && NAME_AFTER_NUMBER.test(t.slice(at + m[0].length, at + m[0].length + 3))) continue;
    // ("3,216  01 社会福祉総務一般経費": a code padded with a zero before the words it numbers, after the row's figures, is no figure)
    if (cells.length && zeroCode(m, t, at)) continue;
    // ("… 95,814 10 需用費 61,022": a 節's number before its name, among figures grouped by commas, opens the next row)
    if (setsuNumberAmongFigures(m, t.slice(at + m[0].length), cells.some((c) => !c.placeholder))) continue;
    const endAt = at + m[0].length;
    const closed = (t[endAt] === ')' || t[endAt] === '）') && (opened || /[(（][\s\u3000]?$/u.test(t.slice(Math.max(0, at - 2), at)));
    // ("H29（2017）　1,204": a year's other notation in brackets glued to the row's year is part of its label)
    if (!cells.length && opened && closed && !m[1] && !m[3] && /^(?:19|20|１９|２０)[0-9０-９]{2}$/u.test(m[2]) && at >= 2 && !isSpaceCode(codeAt(t, at - 2))) continue;
    // ("前年度末残高(1)", "年度末残高((1)−(2)+(4))": a row's mark in brackets glued to its name, no figure)
    if (!cells.length && opened && closed && !m[1] && !m[3] && m[2].length <= 2 && at >= 2 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}(（]/u.test(t[at - 2])) continue;
    // ("3,800+事項": a figure with a matter request added to it is a cell; so is one with a footnote's mark, "3,198※3")
    if (endAt < t.length && !/[\s\u3000]/u.test(t[endAt]) && !(closed && (endAt + 1 === t.length || /[\s\u3000]/u.test(t[endAt + 1]))) && !MATTER_TAIL.test(t.slice(endAt)) && !(t[endAt] === '※' && FOOTNOTE_TAIL.test(t.slice(endAt)))) continue;
    if (firstAt < 0) firstAt = at;
    cells.push(toCell(t, 0, m));
  }
  if (cells.length && PLACE_CHAR.test(t)) firstAt = withPlaceholders(t, cells, firstAt);
  if (cells.length < 2) return null;
  // ("・空調設備更新事業　　3,120 （ 1,860）": a figure and last year's in brackets after it, a pair labelValue reads)
  // (not "8,420 (新規)　8,420 (新規)": both figures stand before the bracket)
  if (cells.length === 2 && !isPipeRow(t)) { const lb = LAST_BRACKET_CELL.exec(t); if (lb && lb.index > cells[0].start && lb.index < cells[1].start) return null; }
  // cells separated by words are several rows
  const sizes = [1];
  if (!isPipeRow(t)) for (let k = 1; k < cells.length; k++) {
    if (/[^\s\u3000|｜△▲▼\-－−()（）]/u.test(t.slice(cells[k - 1].end, cells[k].start).replace(/マイナス|[%％]|^※[0-9０-９]?|^[\s\u3000]*[+＋][\s\u3000]?事項(?:要求)?|[(（][\s\u3000]*新[\s\u3000]*規[\s\u3000]*[)）]|[→⇒➡]/gu, ''))) sizes.push(1);
    else sizes[sizes.length - 1]++;
  }
  // (a row number's cell goes with the pipes around it)
  // (and a code padded with zeros before the name, "0101　…", is no part of it)
  return { label: joinSpaced(t.slice(0, firstAt).replace(/^[\s\u3000|｜]+(?:[0-9０-９]{1,2}[\s\u3000]*[|｜][\s\u3000]*)?|[\s\u3000|｜]+$/gu, '').replace(ZERO_CODE, '')), cells, runs: sizes.length, sizes };
}

// a number in a note that is no rate, date or count ("年4.0％以内" is a rate)
const NOTE_FIGURE = /(?<![年0-9０-９.．,，])[0-9０-９][0-9０-９,，]*(?![0-9０-９.．]*[\s\u3000]?[％%年月日回人件ヶか])/u;
// a header with a column of notes in words beside the figures
// (and the words a 地方債 table gives after its limit: 起債の方法 | 利率 | 償還の方法)
const NOTE_COLUMN = /説[\s\u3000]?明|備[\s\u3000]?考|摘[\s\u3000]?要|起[\s\u3000]?債[\s\u3000]?の[\s\u3000]?方[\s\u3000]?法|償[\s\u3000]?還[\s\u3000]?の[\s\u3000]?方[\s\u3000]?法/u;

/** Is there a heading of an outlook over years to come a few lines above line i (its table's title)? */
function planHeadingAbove(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) if (lines[k].text.length <= 60 && PLAN_TITLE.test(lines[k].text)) return true;
  return false;
}

/** A line of column words set apart by tabs (no figure) over a row of figures set apart by spaces. */
function tabHeaderOverSpacedRows(t: string, next: string): boolean {
  return !/[0-9０-９]/u.test(t.replace(/[0-9０-９]{1,4}[\s\u3000]?年度?/gu, '')) && columnWordIn(t) && !isSeparatedRow(next) && !isPipeRow(next) && (rowCells(next)?.cells.length ?? 0) >= 2;
}

/** Do a row's first three cells stand under columns of this year, last year and their difference, and add up so? */
function leadDifference(cols: CellColumn[], cells: Cell[]): boolean {
  if (cells.length < 3 || cols[0]?.role !== 'primary' || cols[1]?.role !== 'previous' || cols[2]?.role !== 'change') return false;
  const [a, b, d] = cells;
  if (a.decimals || b.decimals || d.decimals || a.pct || b.pct || d.pct) return false;
  const v = (c: Cell): bigint => (c.neg ? -c.value : c.value);
  return v(a) - v(b) === v(d);
}

/** Do this year's minus last year's figures give the change column in every row, reading the cells row by row or column by column? */
function sumsHold(cols: CellColumn[], cells: (Cell | null)[], rows: number, byRow: boolean): boolean {
  const p = cols.findIndex((c) => c.role === 'primary');
  const q = cols.findIndex((c) => c.role === 'previous');
  const c = cols.findIndex((x) => x.role === 'change');
  if (p < 0 || q < 0 || c < 0) return false;
  const k = cols.length;
  const at = (row: number, col: number): Cell | null => cells[byRow ? row * k + col : col * rows + row] ?? null;
  const val = (x: Cell): number => Number(x.value) / 10 ** x.decimals * (x.neg ? -1 : 1);
  for (let row = 0; row < rows; row++) {
    const a = at(row, p), b = at(row, q), d = at(row, c);
    if (!a || !b || !d || Math.abs(val(a) - val(b) - val(d)) > 1) return false;
  }
  return true;
}

/**
 * A row with no header over it: three figures where one is the difference of the other two (389,412.5 380,200.1
 * 9,212.4) are this year's, last year's and the change, in the order the sums say; a ratio may follow. Else none.
 */
function byArithmetic(cells: Cell[]): CellColumn[] {
  // (a fourth cell may be their ratio without its %, "186.2　172.5　13.7　1.08": kept out of the figures when it is one)
  const ratioLast = cells.length === 4 && !cells[3].pct && !cells[3].placeholder && cells[3].decimals > 0 && ratioOfFirstTwo(cells);
  const figs = (ratioLast ? cells.slice(0, 3) : cells).filter((c) => !c.pct && !c.placeholder);
  if (figs.length !== 3 || (cells.length === 4 && !cells[3].pct && !ratioLast) || cells.length > 4) return [];
  const scale = Math.max(...figs.map((c) => c.decimals));
  const v = figs.map((c) => Number(c.value) * 10 ** (scale - c.decimals) * (c.neg ? -1 : 1));
  const col = (role: CellRole): CellColumn => ({ role, stage: null, fy: null, name: '' });
  // (each figure rounded to its last digit: the sum may be off by one in that digit)
  if (Math.abs(v[0] - v[1] - v[2]) <= 1) return [col('primary'), col('previous'), col('change'), col('pct')];
  if (Math.abs(v[1] - v[0] - v[2]) <= 1) return [col('previous'), col('primary'), col('change'), col('pct')];
  return [];
}
/** Is the fourth cell the ratio of the first two, as a multiple (1.08) or a percentage (107.9, 7.9), either way round? */
function ratioOfFirstTwo(cells: Cell[]): boolean {
  const val = (c: Cell): number => Number(c.value) / 10 ** c.decimals * (c.neg ? -1 : 1);
  const [a, b, x] = [val(cells[0]), val(cells[1]), val(cells[3])];
  if (!a || !b) return false;
  const tol = 10 ** -cells[3].decimals;
  return [a / b, b / a].some((r) => Math.abs(x - r) <= tol || Math.abs(x - r * 100) <= tol || Math.abs(x - (r - 1) * 100) <= tol);
}

function yenOf(c: Cell, u: HeaderUnit): number {
  const scaled = c.value * (c.man ? 10000n : u.power);
  const div = 10n ** BigInt(c.decimals) * (c.man ? 1n : u.div);
  let q = scaled / div;
  if ((scaled % div) * 2n >= div) q += 1n;
  return Number(q) * (c.neg ? -1 : 1);
}

const HEADER_UNIT_CELL = /[(（]\s*(千万円|百万円|千円|万円|億円|兆円|円)\s*[)）]/u;
const HEADER_UNIT_CELLS = new RegExp(HEADER_UNIT_CELL.source, 'gu');
/** Column headings without the units they carry ("予算額（百万円）" → "予算額"). */
function withoutUnitCells(t: string): string {
  return t.includes('円') ? t.replace(HEADER_UNIT_CELLS, '') : t;
}
const PROSE = /[。]/u;
/** Column words set apart by gaps, two of them or more naming columns of figures: a header row, no title. */
function headerRowBefore(s: string, frameFy: number | null): boolean {
  const cells = s.trim().split(/[\s\u3000]+/u);
  return cells.length >= 3 && !PROSE.test(s) && readColumns(s, frameFy).filter((c) => c.role !== 'note').length >= 2;
}
const UNIT_ONLY = /^[\s\u3000(（]*(?:千万円|百万円|千円|万円|億円|兆円)[\s\u3000)）]*$/u;
// a row of units under the column words, one per column: （千円） （千円） （千円）, or 千円　千円　千円　％
// (a share or rate column's ％ among them)
const UNITS_ROW = /^[\s\u3000]*(?:(?:[(（]\s*(?:千万円|百万円|千円|万円|億円|兆円|円|[％%])\s*[)）]|(?:千万円|百万円|千円|万円|億円|兆円|円|[％%]))[\s\u3000]*){2,}$/u;
const UNIT_IN_ROW = /(千万円|百万円|千円|万円|億円|兆円|円)/u;
/** A units row with an amount unit (not only ratio columns). */
function unitsRow(t: string): boolean {
  if (!t.includes('円')) return false;
  if (UNIT_LEAD.has(firstNonSpace(t)) && UNITS_ROW.test(t)) return true;
  // ("（事業主体）　　千円　　千円": the second line of a header, a word of its own in brackets before the units)
  return t.length <= 120 && SUBHEAD_THEN_UNITS.test(t);
}
const SUBHEAD_THEN_UNITS = /^[\s\u3000]*[(（][^()（）0-9０-９円]{1,10}[)）][\s\u3000]{2,}(?:(?:千万円|百万円|千円|万円|億円|円)[\s\u3000]*){2,}$/u;
// the characters a line of UNIT_ONLY or UNITS_ROW opens with (spaces aside): a bracket or a unit's first
const UNIT_LEAD = codes('(（千百万億兆円％%');
/** UNIT_ONLY.test(t), tried only on a line opened by a bracket or a unit's first character. */
const unitOnly = (t: string): boolean => UNIT_LEAD.has(firstNonSpace(t)) && UNIT_ONLY.test(t);
const YEN_ALONE = /^[\s\u3000(（]*円[\s\u3000)）]*$/u;
const RATE_UNIT_ALONE = /^[\s\u3000(（]*[％%][\s\u3000)）]*$/u;
/**
 * "円" alone on line `i`, one of a row of units a cell a line ("円" / "円" / "％" under the column words of a web table):
 * a line beside it is a unit too. (Alone, "円" ends an amount broken over two lines, "197 億" / "円".)
 */
function yenUnitInRun(lines: Line[], i: number): boolean {
  if (!YEN_ALONE.test(lines[i].text)) return false;
  const unitLine = (k: number): boolean => k >= 0 && k < lines.length && (YEN_ALONE.test(lines[k].text) || RATE_UNIT_ALONE.test(lines[k].text) || unitOnly(lines[k].text));
  return unitLine(i - 1) || unitLine(i + 1);
}
const NOTE_LINE = /^[\s\u3000]*(?:※|\(注|（注|注[)）:：\s])/u;

interface Ctx { frameFy: number | null; frameStage: Stage | null; /** Is a figure of this stage and year a forecast (docframe's isForecast)? */ forecast?: (stage: Stage | null, fy: number | null, planHere?: boolean) => boolean }
type ScanFn = (t: string) => { start: number; end: number; yen: number; unit: string; text: string }[];

/**
 * A header of two pipe rows or more with the same cells ("| 事項 | 令和9年度 | 令和8年度 |" over "| | 予算額 | 予算額 |"),
 * read column by column: each column's words together, as one header row would name it (null when it is no such header).
 */
function pipeHeaderByColumn(rows: string[]): string | null {
  if (rows.length < 2 || !rows.every(isPipeRow)) return null;
  const cells = rows.map((r) => splitCells(r));
  if (cells.some((c) => c.length !== cells[0].length)) return null;
  return cells[0].map((_, k) => cells.map((c) => joinSpaced(c[k].text.trim())).filter(Boolean).join(' ')).filter(Boolean).join(' ');
}

// a ratio written as no figure at the end of a row's words: "1/2", "10/10", "定額", "50%"
const RATIO_CELL_END = /(?:^|[\s\u3000])[\s\u3000]*(?:[0-9０-９]{1,3}[/／][0-9０-９]{1,3}|定額|[0-9０-９.．]+[%％])[\s\u3000]*$/u;

/**
 * Find the flattened tables of a document. Returns their figures and the lines they take, which
 * the line-by-line reader then leaves alone.
 */
export function findCellTables(lines: Line[], ctx: Ctx, chars: Uint16Array = lineChars(lines)): { figures: CellFigure[]; claimed: Set<number> } {
  columnWordMemo.clear();
  const figures: CellFigure[] = [];
  const claimed = new Set<number>();
  let unit: HeaderUnit | null = null;
  let header = '';
  let labels: string[] = [];
  let cols: CellColumn[] = [];
  let sinceUnit = 0;
  let headingRunAt = -1; // the last line of a run of headings each alone with its unit
  let recent: string[] = []; // the short lines since the last cell, trimmed
  // the header lines above one row all ask about the same run and row
  const unitRowsMemo: UnitRowsMemo = { firstRows: new Map(), runFrom: -1, runTo: -1 };
  const ranks = rankLines(lines);
  const yen = linesHolding(chars, HAS_YEN); // (several passes below ask)
  const unitRowsAt = unitRowsReach(lines, yen);

  // (a stage no column names, of a year after the text's date in a plan, or a settlement after it, is a forecast:
  // docframe's isForecast)
  // (a table under a heading of an outlook, "２ 中期財政見通し（令和8年度～令和12年度）", projects the years after the date)
  let planHere = false;
  const forecastOr = (stage: Stage | null, fy: number | null): Stage | null => (ctx.forecast?.(stage, fy, planHere) ? 'other' : stage);
  let lastSeriesStage: { cols: CellColumn[]; stage: Stage } | null = null;
  // the words of a one-line header, each heading a column ("構成市町 均等割 人口割 搬入量割 合計 前年度 比較")
  let headWords: string[] | null = null;
  let rowAbove: { cols: CellColumn[]; at: number[]; cells: number; byCell: Map<number, number>; line: number; year: number | null; yearBefore: boolean } | null = null;
  /**
   * A row's cells alternating between a figure and one in brackets right after it ("4,812 (4,655)"): the bracketed ones,
   * in order, else null.
   */
  const bracketPairs = (cells: { lineIdx: number; cell: Cell }[]): { lineIdx: number; cell: Cell }[] | null => {
    if (cells.length < 2 || cells.length % 2) return null;
    const inBrackets = (x: { lineIdx: number; cell: Cell }): boolean => {
      const t = lines[x.lineIdx].text;
      let a = x.cell.start - 1;
      while (a >= 0 && (isSpaceCode(t.charCodeAt(a)) || SIGN_CHARS.includes(t[a]))) a--;
      let b = x.cell.end;
      while (b < t.length && isSpaceCode(t.charCodeAt(b))) b++;
      return (t[a] === '(' || t[a] === '（') && (t[b] === ')' || t[b] === '）');
    };
    const out: { lineIdx: number; cell: Cell }[] = [];
    for (let k = 0; k < cells.length; k += 2) {
      if (inBrackets(cells[k]) || !inBrackets(cells[k + 1]) || cells[k + 1].cell.pct || cells[k].cell.placeholder || cells[k + 1].cell.placeholder) return null;
      out.push(cells[k + 1]);
    }
    return out;
  };

  const emitRow = (cells: { lineIdx: number; cell: Cell }[], rowLabel: string | null, yearCell: number | null = null): void => {
    if (!unit) return;
    // (a footnote's mark glued to the row's name, "令和2年度※2": no part of it)
    if (rowLabel?.includes('※')) rowLabel = rowLabel.replace(FOOTNOTE_MARK, '');
    // ("住民基本台帳人口　68,412", "世帯数　30,118" under "（単位：千円・％・人）": a row counting people or things holds no yen)
    if (rowLabel && countRow(rowLabel)) return;
    // (a row named by a year alone, years down the rows: its figures are of that year where their columns name none,
    // each named by its column)
    // (or by a year ending its label under a year column: "（150）北川県　東浜市　平成27")
    const labelYear = rowLabel ? yearAloneOf(rowLabel) : null;
    const endYear = rowLabel && labelYear === null && YEAR_COLUMN_WORD.test(header) ? LABEL_END_YEAR.exec(rowLabel) : null;
    // (a row named by a year's end alone, "令和3年度末", holds the balances at that end)
    const yearEnd = rowLabel && labelYear === null && !endYear ? yearEndAloneOf(rowLabel) : null;
    // ("R3　実績", "R7　予算", "R8　計画", "H30～R2（計）　実績": a row named by its year and the stage of its figures)
    const ys = rowLabel && labelYear === null ? YEAR_THEN_STAGE.exec(rowLabel.trim()) : null;
    const ysSpan = !!ys && /[～〜~]/u.test(ys[1]);
    const ysStage: Stage | null = !ys ? null : ysSpan || /計画|見込|見通/u.test(ys[2]) ? 'other' : stageOfWord(ys[2]) ?? (/実績/u.test(ys[2]) ? 'settlement' : null);
    const rowFy = yearCell ?? labelYear ?? (endYear ? yearNamed(endYear[1]) : yearEnd) ?? (ys && !ysSpan ? yearNamed(ys[1]) : null);
    if (rowFy !== null || ys) yearRowAbove = cells[cells.length - 1]?.lineIdx ?? -9;
    const named = rowLabel && labelYear === null && yearEnd === null && !ys ? (endYear ? rowLabel.slice(0, endYear.index) : rowLabel) : null;
    const item = named ? rowName(named, header) : null;
    // (a row of a balance, "地方債現在高", "積立金現在高　財政調整基金", holds balances whatever its column; a fund's own row
    // where no column names a stage, "財政調整基金　4,812　4,356" under "R3　R4", or only its year's results, "R5（実績）", too)
    // (and a part of the balance on the row above, "借入金残高" over "うち市からの借入金")
    const balance = !!rowLabel && (BALANCE_ROW.test(rowLabel) || yearEnd !== null || (/^[\s\u3000]*(?:うち|内)/u.test(rowLabel) && balanceRowAbove));
    balanceRowAbove = balance;
    const fundRow = !!rowLabel && FUND_ROW.test(rowLabel.trim());
    // ("５年間合計" under rows of years: a total over them)
    // (or "合計" under rows each named by its year: the total over those years)
    const spanRow = !!rowLabel && (SPAN_TOTAL_ROW.test(rowLabel) || (yearRowAbove >= (cells[0]?.lineIdx ?? 0) - 2 && TOTAL_LABEL.test(rowLabel.trim())));
    // ("4,812 (4,655)　4,790 (4,631)": each figure with last year's in brackets after it, the columns' figures those outside)
    const bracketed = bracketPairs(cells);
    if (bracketed) cells = cells.filter((_, k) => k % 2 === 0);
    // (a ratio's column whose cell holds no figure, "補助率" over "1/2" or "定額" after the row's name, or nothing on a
    // total's row, leaves the row's figures to the other columns)
    const usable = cols.filter((c) => c.role !== 'note');
    // (and on the rows after one so, the table's totals: "小計 196,030 99,890")
    if (rowLabel && RATIO_CELL_END.test(rowLabel)) ratioInWords = cols;
    const ratioInLabel = ratioInWords === cols ? usable.findIndex((c) => c.role === 'pct') : -1;
    const noRatio = usable.filter((c) => c.role !== 'pct');
    const partsRead = withPartColumns(ratioInLabel >= 0 ? usable.filter((_, k) => k !== ratioInLabel) : usable.length > cells.length && noRatio.length === cells.length ? noRatio : usable, headWords, cells.length);
    // (columns of stages each over a group of cells a line of sub-headings names one by one, "要求額 査定額" over "一般財源 特定財源
    // 要求総額 一般財源 特定財源 査定総額": each stage's column spread over its group; asked once a table, of the line over its first row)
    if (groupsFor?.cols !== cols) groupsFor = { cols, m: groupSpan(partsRead, cells.length, lines[(cells[0]?.lineIdx ?? 0) - 1]?.text ?? '') };
    const parts = groupsFor.m > 1 ? partsRead.flatMap((c) => Array.from({ length: groupsFor!.m }, () => c)) : partsRead;
    // (not under a header naming what each column holds without a comparison, "事業費 国費 地方負担": a total and its parts add up too)
    const heading = headWords ? `${header} ${headWords.join('')}` : header;
    const numeric = parts.length ? parts : PARTS_HEADER.test(heading) && !COMPARE_HEADER.test(heading) ? [] : byArithmetic(cells.map((c) => c.cell));
    // (a row of a series that names no stage, "財源内訳　国・県支出金" under "執行額", breaks down the last row that named one)
    // (of the row's own words, after a margin's label set apart by a gap: "執行額　　翌年度へ繰越し" is a carry-over's row)
    const rowNamed = item ? seriesRowStage(named!.trim().split(/[\s\u3000]{2,}/u).pop()!) : null;
    if (rowNamed) lastSeriesStage = { cols, stage: rowNamed };
    const rowStageOf = (col: CellColumn | undefined): Stage | null =>
      !col?.series ? null : rowNamed ?? (lastSeriesStage?.cols === cols ? lastSeriesStage.stage : null);
    // ("人口1人当たり地方債現在高（円）": a row naming its own unit is read in it)
    const lu = rowLabel ? LABEL_UNIT_END.exec(rowLabel) : null;
    const rowUnit = lu ? unitOf(lu[1]) ?? unit : unit;
    const row: { f: CellFigure; col?: CellColumn }[] = [];
    // (the cell each of the row's figures stands in: a cell saying none, "－", keeps its column's place)
    const rowCellAt: number[] = [];
    // ("公債管理 | 48,846,724 | 48,846,724" under "補正前の額 | 補正額 | 計": a row whose amendment's cell was dropped, its two
    // equal figures the budget before the amendment and after it)
    const noAmendment = numeric.length === 3 && cells.length === 2 && cells[0].cell.value === cells[1].cell.value && numeric[0].role === 'primary' && numeric[2].role === 'primary' &&
      (numeric[1].role === 'change' || (numeric[1].role === 'primary' && numeric[1].stage === 'supplementary'));
    cells.forEach(({ lineIdx, cell }, k) => {
      // cells beyond the header's columns (財源内訳 and the like) are figures of the row too
      const col = noAmendment && k === 1 ? numeric[2] : numeric.length ? numeric[k] ?? numeric.find((x) => x.role === 'primary') : undefined;
      // (a cell alone on its line under a column of rates or notes is the table's, no figure: the line reader leaves it too)
      if (cell.placeholder || cell.pct || (col && (col.role === 'pct' || col.role === 'note'))) { if (col && col.role === 'pct' && lineCell(lines[lineIdx].text)) claimed.add(lineIdx); return; }
      if (cell.decimals > 0 && fractionIsRatio(cell.text, unit!.power)) return;
      if (cell.value === 0n) return; // bare 0 cells are no figure
      const role = roleOf(col);
      // (a column of a total over years, "40年間の更新費用総額", or of a yearly average, "年平均", "直近5年間の実績平均（決算）":
      // no one year's budget)
      const colAverage = !!col && AVERAGE_COLUMN.test(col.name);
      const colSpan = !!col && !colAverage && YEARS_SPAN_COLUMN.test(col.name);
      rowCellAt.push(k);
      row.push({ col, f: {
        lineIdx, start: cell.start, end: cell.end, text: cell.text, yen: yenOf(cell, rowUnit!), role,
        stage: role !== 'primary' ? null : balance || spanRow || colSpan ? 'other' : colAverage ? col!.stage ?? stageWord(col!.name) ?? 'other' : ysStage ?? (fundRow && !FUND_FLOW.test(col?.name ?? '') && (!col?.stage || col.name.includes('実績')) ? 'other' : col?.stage ?? forecastOr(rowStageOf(col) ?? captionStage ?? ctx.frameStage, col?.fy ?? rowFy)),
        fy: role === 'primary' && !col?.multiYear && !spanRow && !ysSpan && !colSpan && !colAverage ? col?.fy ?? rowFy ?? (captionYear && (!col?.stage || col.stage === captionYear.stage) ? captionYear.fy : null) ?? ctx.frameFy : null, multiYear: col?.multiYear || spanRow || ysSpan || colSpan,
        item: rowFy !== null && !item ? (col ? joinSpaced(col.name) : null) : col?.source && item ? `${item} ${col.name}` : item, unit: unit!.unit, of: null, headerUnit: true,
        sure: !numeric.length ? 0.6 : cells.length > numeric.length ? 0.65 : col?.stage || col?.role !== 'primary' ? 0.9 : 0.75,
      } });
    });
    // ("新規" one a line in last year's column: the row's figure is new; not its funding's parts)
    if (cells.some((c, k) => c.cell.fresh && numeric[k]?.role === 'previous')) for (const x of row) if (x.f.role === 'primary' && !x.col?.source) x.f.newMark = true;
    // "事業　－　12,000　△12,000": nothing this year, so last year's figure is one of its own, last year's budget
    if (cells.some((c) => c.cell.placeholder) && !row.some((x) => x.f.role === 'primary')) {
      const prev = row.find((x) => x.f.role === 'previous');
      const fy = numeric.find((c) => c.role === 'primary')?.fy ?? ctx.frameFy;
      if (prev) prev.f = { ...prev.f, role: 'primary', stage: 'budget', fy: prev.col?.fy ?? (fy === null ? null : fy - 1), item };
    }
    // (the funding of a row's figure, 国庫支出金 | 県債 | 一般財源, is of the stage of the figure it adds up to: a
    // supplementary budget's where it funds the 補正額 beside 補正前の額)
    const funds = row.filter((x) => x.col?.source && x.f.role === 'primary');
    if (funds.length) {
      const sum = funds.reduce((a, x) => a + x.f.yen, 0);
      const whole = row.find((x) => !x.col?.source && x.f.role === 'primary' && Math.abs(x.f.yen - sum) <= Math.max(1, Math.abs(sum) * 1e-6));
      if (whole?.f.stage) for (const x of funds) x.f = { ...x.f, stage: whole.f.stage, fy: whole.f.fy };
    }
    // ("前年度末からの増減", "対前年度増減" under a row of figures, one under each: the change of the figure above it)
    const allPrimary = row.length > 0 && row.every((x) => x.f.role === 'primary');
    const line = cells[0]?.lineIdx ?? -1;
    const under = allPrimary && rowAbove && rowAbove.cols === cols && rowAbove.at.length === row.length ? rowAbove : null;
    // ("対前年度増減　－　17　31" under "予算額　214　231　262": a change under each figure, cell by cell, the first year's none)
    const byCell = !under && allPrimary && rowAbove && rowAbove.cols === cols && rowAbove.cells === cells.length && rowCellAt.every((k) => rowAbove!.byCell.has(k)) ? rowAbove : null;
    if ((under || byCell) && rowLabel && CHANGE_ROW.test(rowLabel) && !BALANCE_OF_ACCOUNTS.test(rowLabel)) {
      row.forEach((x, k) => { figures.push({ ...x.f, role: 'change', stage: null, fy: null, item: null, of: under ? under.at[k] : byCell!.byCell.get(rowCellAt[k])! }); claimed.add(x.f.lineIdx); });
      rowAbove = null;
      return;
    }
    // two rows named by years, this year's over last year's ("令和6年度" over "令和5年度"), and no third: a comparison, the
    // lower row's figures the previous year of the upper's (years going up, "令和5年度" over "令和6年度", are a series)
    const pair = under && labelYear !== null && under.year === labelYear + 1 && under.line === line - 1 &&
      !under.yearBefore && !yearRowAt(lines, line + 1) && !figures.slice(under.at[0]).some((f) => f.of !== null && under.at.includes(f.of)) ? under : null;
    if (pair) {
      row.forEach((x, k) => { figures.push({ ...x.f, role: 'previous', stage: null, fy: null, item: null, of: pair.at[k] }); claimed.add(x.f.lineIdx); });
      rowAbove = null;
      return;
    }
    const first = figures.length;
    for (const f of pushRow(figures, row)) claimed.add(f.lineIdx);
    if (bracketed) {
      cells.forEach(({ cell }, k) => {
        const at = figures.findIndex((f, n) => n >= first && f.role === 'primary' && f.start === cell.start && f.lineIdx === line);
        const b = bracketed[k];
        if (at < 0 || b.cell.value === 0n) return;
        figures.push({ lineIdx: b.lineIdx, start: b.cell.start, end: b.cell.end, text: b.cell.text, yen: yenOf(b.cell, unit!), role: 'previous', stage: null, fy: null, item: null, unit: unit!.unit, of: at, headerUnit: true });
      });
      rowAbove = null;
      return;
    }
    // (each primary's place, for a row of changes or of the year before under it)
    rowAbove = allPrimary ? { cols, at: row.map((_, k) => first + k), cells: cells.length, byCell: new Map(rowCellAt.map((c, k) => [c, first + k])), line, year: labelYear, yearBefore: labelYear !== null && rowAbove?.year != null && rowAbove.line === line - 1 } : null;
  };

  // The text lines before the first figures: header lines (up to the last naming a column or a
  // year), then row labels.
  const takeHeader = (): void => {
    planHere = planHeadingAbove(lines, i);
    // (a header aligned with spaces over several lines is read column by column)
    const grid = gridHeaderCells(lines, i);
    if (grid !== null) { header = grid.join(' '); headWords = grid; labels = []; cols = readColumns(header, ctx.frameFy); return; }
    let last = -1;
    // (the words of a funding breakdown head columns too, where the header names one: 特定財源 / 地方債 / 一般財源)
    const funding = labels.some((l) => /^(?:特定財源|一般財源)$/u.test(joinSpaced(l)));
    let before = -1;
    // (and compact years alone, one a line, "区分 / H26 / H27 / … / R5": a series' columns; one alone, "H30" over "1,520",
    // names its row)
    const years = labels.filter((l) => COMPACT_YEAR_LINE.test(l)).length >= 2;
    // (a heading whose words run together, "部局名補正前の額補正額補正後の額", as one given a letter a line reads joined)
    // (or a stage's word right under a year one a line, "令和８年度" / "要求")
    // (or years' ends as numbers, "26末 27末 28末", under their era alone, "（平成）")
    const eraAt = labels.findIndex((l) => ERA_ALONE_LINE.test(l));
    labels.forEach((l, k) => { if (columnWordIn(l) || (eraAt >= 0 && k > eraAt && YEAR_ENDS_LINE.test(l)) || (years && COMPACT_YEAR_LINE.test(l)) || (funding && FUNDING_WORD.test(joinSpaced(l))) || runTogether(l, ctx.frameFy) || (k > 0 && YEAR_STAGE_WORD.test(l.trim()) && YEAR_CELL.test(labels[k - 1].trim()))) { before = last; last = k; } });
    // (a total closing the row names, "議会費 / 総務費 / … / 合計" under the header's words, is the last row's name)
    if (last >= 0 && before >= 0 && last - before > 2 && TOTAL_NAME.test(labels[last]) &&
      labels.slice(before + 1, last).every((l) => ROW_NAME_LINE.test(l) || COLUMN_MARKS_ALONE.test(l)) && labels.slice(before + 1, last).filter((l) => ROW_NAME_LINE.test(l)).length >= 2) last = before;
    // (a column's letters under its heading, "(A)－(B)" under 増減額, are the header's too)
    while (last >= 0 && last + 1 < labels.length && COLUMN_MARKS_ALONE.test(labels[last + 1])) last++;
    // (a heading a PDF spread out one character at a time, "本 年 度", is one word)
    // (not a title over it naming its year, "令和７年度 架空白書" over "区分 H27 H28 …": a line naming a year written out above
    // a line of compact years, which names the columns' years of its own)
    let first = 0;
    while (first < last && YEARS_ACROSS.test(labels[last]) && TITLE_YEAR.test(labels[first]) && !YEARS_ACROSS.test(labels[first])) first++;
    // (nor a title naming its year over headings of years one a line, "令和10年度 会計別予算額" / "会計区分" / "令和10年度" /
    // "令和9年度": the years alone name the columns)
    while (first < last && TITLE_YEAR.test(labels[first]) && !YEAR_CELL.test(labels[first].trim()) && /[\s\u3000]/u.test(labels[first].trim()) &&
      labels.slice(first + 1, last + 1).filter((l) => YEAR_CELL.test(l.trim())).length >= 2) first++;
    // (cells one a line under years one a line: a stage's word after the last year's stage word, "令和８年度 / 要求 / 当初予算",
    // names the first row, not a column; the word right after a year is that year's column's, "令和８年度要求")
    if (last >= 2 && last === labels.length - 1 && !YEAR_CELL.test(labels[last - 1].trim()) && seriesRowStage(labels[last]) &&
      labels.slice(first, last).filter((l) => YEAR_CELL.test(l.trim())).length >= 2) last--;
    const heads = labels.slice(first, last + 1).reduce<string[]>((out, l) => {
      const prev = out[out.length - 1];
      if (prev !== undefined && YEAR_CELL.test(prev.trim()) && YEAR_STAGE_WORD.test(l.trim())) out[out.length - 1] = prev.trim() + l.trim();
      else out.push(l);
      return out;
    }, []);
    // (one heading a line, "区分 / 予算現額 / 支出済額 / 執行率 / 前年同期支出済額", as one line of words)
    if (heads.length) headWords = heads.length === 1 && !isPipeRow(heads[0]) ? joinSpacedRuns(heads[0]).trim().split(/[\s\u3000]+/u)
      : heads.every((h) => !/[\s\u3000]/u.test(h.trim())) ? heads.map((h) => h.trim()) : null;
    else if (labels.length) {
      // (a header of words none of which names a column, "年度　寄附件数　寄附金額　返礼品等経費": its words still head the
      // cells under them, where they are as many as the row's cells and its label)
      const words = labels[labels.length - 1].trim().split(/[\s\u3000]+/u);
      headWords = words.length >= 3 && !/[0-9０-９]/u.test(labels[labels.length - 1]) ? words : null;
    }
    header += ' ' + (pipeHeaderByColumn(heads) ?? stackedByColumn(heads) ?? heads.map(joinSpaced).join(' '));
    labels = labels.slice(last + 1);
    cols = readColumns(header, ctx.frameFy);
    // (one heading a line, each a year and what it counts, "令和8年度当初 歳入" / "令和9年度 歳出" / "歳出 比較増減")
    // (or a pipe row's cells so: "| 費目 | 北浦 R9 | 北浦 R8 | 南浜 R9 | 南浜 R8 |")
    const pipeHeads = heads.length === 1 && isPipeRow(heads[0]) ? splitCells(heads[0]).map((c) => c.text.trim()).filter(Boolean) : null;
    const byLine = pipeHeads ? lineColumns(pipeHeads, ctx.frameFy) : header.trim() === heads.map(joinSpaced).join(' ').trim() ? lineColumns(heads, ctx.frameFy) : null;
    if (byLine && byLine.length > cols.length) cols = byLine;
  };

  // (a legend above said the brackets hold each line's figure)
  let bracketFigures = false;
  // (a legend said the brackets hold rates: "カッコ内は前年度当初比増減率％")
  let bracketRates = false;
  // (the sentence over the table's unit named the figures' stage: "…の決算額を年度ごとに並べてみました。")
  let captionStage: Stage | null = null;
  // (the heading right over the table's unit named its year and stage: "令和５年度補正予算（第１号）の概要")
  let captionYear: { fy: number; stage: Stage } | null = null;
  // the columns of the table whose ratio a row gave in its words, "1/2", no cell of figures
  let ratioInWords: CellColumn[] | null = null;
  // the last row of cells with a label of its own, and where its figures begin (its name may go on under it)
  let lastRow: { line: number; from: number } | null = null;
  // the last line read as a row of one figure with its label
  let oneRowAt = -1;
  let remarkAt = -1;
  // (the row just read held balances)
  let balanceRowAbove = false;
  let groupsFor: { cols: CellColumn[]; m: number } | null = null;
  // (the last row named by an era's year: its line, fiscal year and the year's number in its era)
  let eraRow: { line: number; fy: number | null; n: number } | null = null;
  // (the line of the last row named by its year, for a total row right under such rows)
  let yearRowAbove = -9;
  const lateUnits = unitsAfterBlocks(lines, yen);
  // the last figure a stage label named on its line under a unit ("本年度予算額 12,345"): the lines under it may add its
  // previous year and change
  let labelled: { idx: number; line: number } | null = null;
  /** A value on line i named by a stage label: a primary of that stage and year, or the previous year or change of the
   * figure such a label named just above ("本年度予算額 / 前年度予算額 / 差引増△減額" down the lines). */
  const stageLabelled = (label: string, cell: Cell, info: LabelInfo | null): boolean => {
    const change = CHANGE_LABEL.test(label);
    if (info && (info.stage || info.fy) && !info.previous && !change) {
      // (a figure stacked under its item, "水道施設更新事業 / 当初 1,000 / 前年 900", is named by the line above its label)
      // (and 最終 under 当初 and 前年 by the same line)
      const item = headingAbove(lines, i) ?? (!STACK_LABEL.test(label) ? null : nameLineAbove(lines, i) ?? (labelled && i - labelled.line <= 3 ? figures[labelled.idx].item : null));
      figures.push({ lineIdx: i, start: cell.start, end: cell.end, text: cell.text, yen: yenOf(cell, unit!), role: 'primary', stage: info.stage ?? ctx.frameStage, fy: info.fy ?? ctx.frameFy, item, unit: unit!.unit, of: null, headerUnit: true });
      labelled = { idx: figures.length - 1, line: i };
      claimed.add(i);
      return true;
    }
    if (!labelled || i - labelled.line > 3 || !(info?.previous || change)) return false;
    const role = change ? 'change' : 'previous';
    if (!hasAttached(figures, labelled.idx, role)) {
      figures.push({ lineIdx: i, start: cell.start, end: cell.end, text: cell.text, yen: yenOf(cell, unit!), role, stage: null, fy: null, item: null, unit: unit!.unit, of: labelled.idx, headerUnit: true });
      claimed.add(i);
    }
    return true;
  };
  let i = 0;
  while (i < lines.length) {
    const t = lines[i].text;
    // a table whose unit is declared under it ("（単位：百万円）" after the last cell): read as if declared above
    const late: HeaderUnit | undefined = unit ? undefined : lateUnits.get(i);
    if (late) { unit = late; header = ''; headWords = null; cols = []; sinceUnit = 0; labels = []; }
    // (every unit holds 円: a line without it declares none)
    const du = !yen[i] ? null : declaredUnit(t) ?? (unitOnly(t) || yenUnitInRun(lines, i) ? unitOf(t.replace(/[\s\u3000()（）]/gu, '')) : null) ?? (t.length < 80 && HEADER_UNIT_CELL.test(t) && !/[0-9０-９]\s*[(（]/u.test(t) && !LABEL_UNIT_THEN_FIGURES.test(t) ? unitOf(HEADER_UNIT_CELL.exec(t)![1]) : null) ?? (t.length < 120 && unitsRow(t) ? unitOf(UNIT_IN_ROW.exec(t)![1]) : null);
    // (a row of units set apart by tabs over rows set apart by spaces is this reader's: "千円\t千円" over "1 総務費 1,234 …")
    const separated = du !== null && isSeparatedRow(t) && !(unitsRow(t) && !isSeparatedRow(lines[i + 1]?.text ?? '\t'));
    if (du && !separated && gluedAfterUnit(t)) { unit = null; i++; continue; } // a table glued on this line: read below
    // ("2,136" over "億円": a slide's figure with its unit on the line under it, an amount broken over two lines, no table's unit)
    if (du && !unit && i > 0 && BARE_UNIT_LINE.test(t) && BARE_FIGURE_LINE.test(lines[i - 1].text)) { i++; continue; }
    if (du && !separated) {
      // a unit under the column words (本年度予算額 / 前年度予算額 / 千円): the header began above it
      const bare = unitOnly(t) || unitsRow(t) || yenUnitInRun(lines, i);
      if (bare && unit && !cols.length) { i++; continue; }
      // a unit under the column words of a new table (本 年 度 / 予 算 額 / 千円 / 特 定 財 源 / 千円 …): its header goes on
      if (bare && unit && labels.some((l) => columnWordIn(l))) { header = ''; headWords = null; cols = []; i++; continue; }
      // the header is what follows the unit declaration (words before it on its line are a title or links)
      // (a unit inside a column heading, "令和9年度要求額（百万円）", starts no header: the whole row is the header)
      // (so is a unit glued to a column word in a row of cells set apart by spaces: "区分　金額（千円）　構成比（％）")
      const glued = /\S[(（]\s*(?:千万円|百万円|千円|万円|億円|兆円|円)\s*[)）]/u.test(t);
      // (and a heading alone on its line with its unit, "令和9年度予算額(千円)", one of a run of such lines)
      const alone = glued && !/\S[\s\u3000]+\S/u.test(t.trim()) && t.trim().length <= 30;
      // (or two columns each with its unit, set apart by single spaces: "事業名 予算額（千円） 前年度（千円） 増減"; not
      // years each with its unit, "28 年度(百万円) 27 年度(百万円)", which name their columns as they stand)
      const inCell = !declaredUnit(t) && !bare && (isPipeRow(t) || glued && (alone || /\S[\s\u3000]{2,}\S|\S\u3000\S/u.test(t) ||
        (HEADER_UNIT_CELL.test(t.slice(HEADER_UNIT_CELL.exec(t)!.index + 2)) && !/[0-9０-９元][\s\u3000]?年度?[\s\u3000]*[(（]\s*(?:千万円|百万円|千円|万円|億円|兆円|円)/u.test(t))));
      if (alone && inCell && unit && !cols.length && headingRunAt >= 0 && lines.slice(headingRunAt + 1, i).every((l) => isBlank(l.text))) {
        header += ' ' + withoutUnitCells(t).trim();
        headingRunAt = i;
        i++;
        continue;
      }
      headingRunAt = alone && inCell ? i : -1;
      const at = inCell ? 0 : t.search(/単\s?位|[(（]\s*(?:千万円|百万円|千円|万円|億円|兆円|円)/u);
      // (the declaration itself, "(単位:円・%)", names no column)
      const blocks = columnBlocks(lines, i + 1);
      if (blocks) {
        // names, then each column under its heading ("会計名 / 国保 / 介護 / 本年度 / 1,200 / 980 / 前年度 / …")
        unit = du; header = ''; headWords = null; sinceUnit = 0; labels = [];
        cols = readColumns(blocks.words.join(' '), ctx.frameFy);
        if (cols.length === blocks.words.length) for (const row of blocks.rows) emitRow(row.cells, row.label);
        cols = [];
        i = blocks.next;
        continue;
      }
      // ("（　）内は当初予算額（単位：千円）" over a list whose figures stand alone in brackets at the ends of its lines: each is
      // the figure of its line's item)
      bracketFigures = FIGURE_LEGEND.test(t);
      bracketRates = RATE_LEGEND.test(t);
      captionStage = captionStageAbove(lines, i);
      captionYear = captionYearAbove(lines, i);
      // (a legend beside the unit, "（単位：百万円、（　）は前年度当初予算額）", names no column: the brackets' figures are read beside theirs)
      // (a sentence declaring it ends at its full stop: "金額の単位は千円。各項目は「R5年度 / R4年度」の順")
      unit = du; header = bare ? '' : inCell ? withoutUnitCells(t) : (at >= 0 ? t.slice(at) : t).replace(BRACKET_LEGEND, '').replace(/^[(（]?[\s\u3000]*(?:単[\s\u3000]?位[^)）。]*|[^)）]{0,8}円[^)）]{0,4})[)）。]?/u, ''); cols = []; sinceUnit = 0;
      // ("款  予算現額  支出済額  執行率  （単位：千円）": the declaration closing a row of column words, nothing after it, is that
      // row's unit; the words before it are the header, no title)
      if (at > 0 && isBlank(header) && headerRowBefore(t.slice(0, at), ctx.frameFy)) header = t.slice(0, at);
      labels = bare ? recent.filter((x) => x).map(joinSpacedRuns) : [];
      i++;
      continue;
    }
    if (!unit && t.length <= 40 && unitRowsAt[i] && COLUMN_CHARS.test(t)) {
      const got = unitCellRows(lines, i, ctx, scanAllAmounts, unitRowsMemo);
      if (got) {
        const base = figures.length;
        for (const f of got.figures) figures.push({ ...f, of: f.of === null ? null : f.of + base });
        for (const k of got.lines) claimed.add(k);
        i = got.next;
        continue;
      }
    }
    // names under their heading, then each column under its heading with its unit ("区分 / 一般会計 / 特別会計 /
    // 予算額（百万円） / 123,456 / 45,678")
    if (!unit && t.length <= 12 && nameHeading(t)) {
      const blocks = columnBlocks(lines, i);
      if (blocks?.unit) {
        unit = blocks.unit; header = ''; headWords = null; labels = [];
        cols = readColumns(blocks.words.join(' '), ctx.frameFy);
        if (cols.length === blocks.words.length) for (const row of blocks.rows) emitRow(row.cells, row.label);
        unit = null; cols = [];
        i = blocks.next;
        continue;
      }
    }
    if (!unit) {
      // (trimmed only where it may be kept: a line of more than 40 characters with no space at either end is not)
      // (not the blank a row of units a cell a line opens with, the names' column having none: "会計区分 / … / 増減率 / " / "千円 / 千円")
      if (isBlank(t) && recent.length && i + 1 < lines.length && (unitOnly(lines[i + 1].text) || yenUnitInRun(lines, i + 1))) { i++; continue; }
      if (isBlank(t) || lineCell(t)) recent = [];
      else if (t.length <= 40 || isSpaceCode(codeAt(t, 0)) || isSpaceCode(codeAt(t, t.length - 1))) {
        const trimmed = t.trim();
        // (spread-out words are joined only when the lines are taken as labels: most never are)
        if (trimmed.length <= 40) { recent.push(trimmed); if (recent.length > 16) recent.shift(); }
      }
      i++;
      continue;
    }
    if (NOTE_LINE.test(t)) { i++; continue; } // ※ notes under a table title belong to no cell
    // ("（2022年度）　（2023年度）" under "令和４年度　令和５年度": the header's years again, in another notation)
    if (BRACKETED_YEARS.test(t)) { i++; continue; }
    // (a header set apart by tabs over rows set apart by spaces, "款\t項\t予算現額\t支出済額" over "1款 議会費 86,412,000 …",
    // heads this reader's rows)
    if (t.includes('\t') && tabHeaderOverSpacedRows(t, lines[i + 1]?.text ?? '')) { header = ''; headWords = null; cols = []; labels = [t.replace(/\t+/gu, ' ').trim()]; i++; continue; }
    // (a row of figures set apart by tabs among rows set apart by spaces is the line reader's; the table goes on under it)
    if (isSeparatedRow(t) && t.includes('\t') && /[0-9０-９][,，][0-9０-９]{3}/u.test(t) && ++sinceUnit <= 400) { i++; continue; }
    if (isSeparatedRow(t) || (PROSE.test(t) && t.length > 60) || ++sinceUnit > 400) { unit = null; i++; continue; }
    if (isBlank(t)) { i++; continue; }
    let row = rowCells(t);
    // (under a column of notes, "起債の方法 | 利率 | 償還の方法", a row's words after its figures are its notes, "年4.0％以内" no
    // cell of a second row)
    if (row && row.runs > 1 && (NOTE_COLUMN.test(header) || labels.some((l) => NOTE_COLUMN.test(l)))) {
      const noted = NOTE_AFTER_CELL.exec(t);
      // (not where the notes hold figures of their own: "8 旅費 3,728 費用弁償 620" under 説明)
      if (noted && !NOTE_FIGURE.test(t.slice(noted.index))) row = rowCells(t.slice(0, noted.index));
    }
    // (words among a row's figures under a header whose figure columns they all fill, "… 1,840　1,512　△328　事業全体の
    // △300" under "当初予算額 要求額 差引 点検結果 反映額": a column of words, one row, the later runs shorter than the first)
    if (row && row.runs > 1 && row.sizes.slice(1).every((n) => n < row!.sizes[0])) {
      if (!cols.length) takeHeader();
      // (not beside a 節 and 説明 column: their words and figures follow the row's own, read as rows of their own below)
      if (cols.length >= 3 && !NOTE_COLUMN.test(header) && row.cells.length === cols.filter((c) => c.role !== 'note' && c.role !== 'pct').length) row.runs = 1;
    }
    if (row && row.runs > 1) {
      // several rows glued on one line: 総務費 17,793 10.7 15,522 10.0 民生費 48,739 …
      if (!cols.length) takeHeader();
      const base = figures.length;
      const got = gluedTable(t, i, ctx, { unit, cols });
      for (const f of got) figures.push({ ...f, of: f.of === null ? null : f.of + base });
      if (got.length) claimed.add(i);
      labels = [];
      i++;
      continue;
    }
    if (row) {
      if (row.cells.length === 1 && row.label && !cols.length && stageLabelled(row.label, row.cells[0], labelInfo(row.label))) { labels = []; i++; continue; }
      // (a new header aligned over the rows below, after rows of the table above: "令和７年度　令和８年度" / "歳出予算目　当初予算
      // 要求" under the rows of a table of years: its columns, not the old ones)
      if (cols.length && labels.some((l) => columnWordIn(l))) {
        const grid = gridHeaderCells(lines, i);
        if (grid !== null && grid.join(' ') !== header.trim()) { header = ''; headWords = null; cols = []; }
      }
      if (!cols.length) takeHeader();
      // ("2023　43,000　18,000" under "年度　当初予算　補正予算": a Western year opening the row is its name, not a figure)
      // ("（151）北川県　西沢町　　28　　96,300　11,240" under "… 年　度 …": an era-less year in the year column, no figure)
      const yearCol = row.cells.length >= 2 && YEAR_COLUMN_WORD.test(header);
      // (not after a label naming a figure, "予算額　52　58　61": its cells are figures)
      // ("平成20年度　561" then "21　598": an era's year written out, then its number alone on the rows under it)
      const next: number | null = !row.label && yearCol && eraRow && eraRow.line >= i - 2 ? nextEraYear(row.cells[0].text, eraRow) : null;
      const yearCell = !yearCol ? null : next ?? (!row.label ? westernYearOf(row.cells[0].text) ?? shortYearOf(row.cells[0].text) : /額$/u.test(row.label) ? null : shortYearOf(row.cells[0].text));
      const ey = row.label ? ERA_YEAR_LABEL.exec(row.label.trim()) : null;
      eraRow = ey ? { line: i, fy: yearNamed(ey[0]), n: ey[1] === '元' ? 1 : Number(toHalfWidth(ey[1])) } : next !== null ? { line: i, fy: next, n: Number(toHalfWidth(row.cells[0].text.trim())) } : null;
      const from = figures.length;
      if (yearCell !== null) emitRow(row.cells.slice(1).map((cell) => ({ lineIdx: i, cell })), row.label || null, yearCell);
      else emitRow(row.cells.map((cell) => ({ lineIdx: i, cell })), row.label || labels[labels.length - 1] || null);
      lastRow = row.label && figures.length > from ? { line: i, from } : null;
      labels = [];
      i++;
      continue;
    }
    if (rowCode(t, lines[i + 1]?.text, header)) { claimed.add(i); i++; continue; }
    // ("（項）環境資源行政共通費　8,412,650" over "（8,275,300）" under "予算額 / （前年度予算額）": last year's figure under it)
    // ("［令和７年度補正　28,600］" under it: the supplementary budget passed for it)
    const prevUnder = BRACKET_ALONE.exec(t);
    const under = prevUnder ?? SUPP_BRACKET_ALONE.exec(t);
    if (under && i > 0) {
      const role = prevUnder ? 'previous' : 'supplementary';
      const prim = figures.findLastIndex((f) => f.lineIdx === i - 1 && f.role === 'primary');
      if (prim >= 0 && figures[prim].lineIdx === figures[figures.length - 1].lineIdx && !figures.some((f) => f.of === prim && f.role === role)) {
        const c = NUM_CELL.exec(under[1]);
        if (c) {
          const parsed = toCell(t, under.index + under[0].indexOf(under[1]), c);
          figures.push({ lineIdx: i, start: parsed.start, end: parsed.end, text: parsed.text, yen: yenOf(parsed, unit), role, stage: null, fy: null, item: null, unit: unit.unit, of: prim, headerUnit: true });
          claimed.add(i);
          // (the row under it goes on the table as the row above would have)
          if (oneRowAt === i - 1 || lastRow?.line === i - 1) oneRowAt = i;
          i++;
          continue;
        }
      }
    }
    // "議会費 301,200" over one-cell lines: the row's label and its first cell share a line
    const own = lineCell(t);
    const led = own ? null : labelledCell(t, lines[i + 1]?.text);
    if (led && !cols.length && stageLabelled(led.label, led.cell, labelInfo(led.label))) { labels = []; i++; continue; }
    if (led) labels.push(led.label);
    const c = own ?? led?.cell ?? null;
    if (!c) {
      // "議会費　1,234,567" under the unit: a row of one figure with its label; "令和9年度当初　1,234,567": a figure of
      // the stage and year its label names
      // (under a row of this table just above, a short figure is one of its rows: "諸収入　　258")
      // (so is the first row under a header that declares the unit in its column, "費目 使途 金額（百万円）" over "委託費 … 318")
      const listed = bracketFigures ? BRACKET_FIGURE_END.exec(t) : null;
      if (listed && TWO_CJK_LABEL.test(listed[1]) && !/[0-9０-９][,，]?[0-9０-９]{3}/u.test(listed[1])) {
        const cm = NUM_CELL.exec(listed[2]);
        if (cm) {
          emitRow([{ lineIdx: i, cell: toCell(t, listed.index + listed[0].lastIndexOf(listed[2]), cm) }], listed[1].trim().replace(LABEL_MARK, ''));
          claimed.add(i);
          i++;
          continue;
        }
      }
      // (a line of column words whose last names a share, "款　…　予算額　構成比", makes the brackets at the rows' ends shares)
      const headLine = labels[labels.length - 1];
      if (headLine && RATIO_LAST.test(headLine)) bracketRates = true;
      const one = labelValue(t, ((lastRow !== null && lastRow.line === i - 1) || oneRowAt === i - 1 || (sinceUnit === 1 && /額/u.test(header))) && !!unit, NOTE_COLUMN.test(header) || labels.some((l) => NOTE_COLUMN.test(l)), bracketRates);
      if (one) {
        const info = labelInfo(one.label);
        if (!stageLabelled(one.label, one.cell, info) && !info) {
          if (!cols.length) takeHeader();
          const before = figures.length;
          emitRow([{ lineIdx: i, cell: one.cell }], one.label);
          if (figures.length > before) oneRowAt = i;
          // (a fraction in the bracket that the unit makes a ratio, "2,215,880 (26.3)" in 千円, is the figure's share, no figure)
          if (one.prev && !(one.prev.decimals > 0 && fractionIsRatio(one.prev.text, unit.power)) && figures.length === before + 1 && figures[before].role === 'primary') {
            figures.push({ lineIdx: i, start: one.prev.start, end: one.prev.end, text: one.prev.text, yen: yenOf(one.prev, unit), role: 'previous', stage: null, fy: null, item: null, unit: unit.unit, of: before, headerUnit: true });
          }
        }
        labels = [];
        i++;
        continue;
      }
      // a row of amounts with their units: the lines above it were its own table's header
      if (/[0-9０-９]\s?(?:千万円|百万円|千円|万円|億円|兆円|円)/u.test(t)) { if (!cols.length) header = header.slice(0, 40); labels = []; i++; continue; }
      // (a header aligned with spaces over a wide table is long; it still names the columns)
      // ("森林環境保全　12,345,678 …" over "　整備事業": the rest of the row's name, indented on the line under it)
      if (lastRow && lastRow.line === i - 1 && isSpaceCode(codeAt(t, 0)) && continuesName(figures, lastRow.from, t.trim())) { i++; continue; }
      if (i === remarkAt && remarkOfRowAbove(lines, i)) { i++; continue; }
      if (t.trim().length <= 60 || (t.length <= 200 && columnWordIn(t))) labels.push(joinSpacedYears(joinSpacedRuns(t.trim())));
      i++;
      continue;
    }
    // a run of one-cell lines (blank lines inside a run keep their slot: an empty cell)
    // (after a new header of years one a line, "令和７年度 / 当初予算 / 令和８年度 / 要求", its columns, not the old ones)
    if (cols.length && labels.filter((l) => YEAR_CELL.test(l.trim())).length >= 2) { header = ''; headWords = null; cols = []; }
    if (!cols.length) takeHeader();
    const run: { lineIdx: number; cell: Cell | null }[] = led ? [{ lineIdx: i, cell: led.cell }] : [];
    let j = led ? i + 1 : i;
    let interleaved = false;
    while (j < lines.length) {
      const s = lines[j].text;
      if (isBlank(s)) { run.push({ lineIdx: j, cell: null }); j++; continue; }
      if (rowCode(s, lines[j + 1]?.text, header) || ranks.has(j)) { claimed.add(j); j++; continue; }
      // ("5,730" over "＋事項要求": the cell's matter request, a mark of the figure above, no cell)
      if (MATTER_LINE.test(s) && run.length && run[run.length - 1].cell) { j++; continue; }
      const cc = lineCell(s);
      if (cc) { run.push({ lineIdx: j, cell: cc }); j++; continue; }
      // (a chart's categories after its data labels, "令和2" / "3" / "4": years, no labels of rows)
      if (!interleaved && !led && run.length >= 3 && run.every((r) => r.cell) && chartYearsAt(lines, j, run.map((r) => r.cell!))) break;
      const lc = labelledCell(s, lines[j + 1]?.text);
      if (lc) {
        interleaved = true;
        run.push({ lineIdx: j, cell: null, label: lc.label } as { lineIdx: number; cell: Cell | null }, { lineIdx: j, cell: lc.cell });
        j++;
        continue;
      }
      // a short label followed by more cells: rows written label, cell, cell, label, cell…
      if (s.trim().length <= 40 && !PROSE.test(s) && j + 1 < lines.length && lineCell(lines[j + 1].text) && !rowCells(s)) {
        interleaved = true;
        run.push({ lineIdx: j, cell: null, label: s.trim() } as { lineIdx: number; cell: Cell | null });
        j++;
        continue;
      }
      break;
    }
    while (run.length && run[run.length - 1].cell === null && !(run[run.length - 1] as { label?: string }).label) run.pop();
    // (a chart's axis, "700 / 600 / … / 0" one a line: evenly stepping values, no figures)
    if (!led && run.length >= 4 && run.every((r) => r.cell) && axisPrefix(run.map((r) => r.cell!)) === run.length) { for (const r of run) claimed.add(r.lineIdx); labels = []; i = j; continue; }
    // (a chart's data labels, then its categories, one a line: "6,984 / 7,118 / 7,250 / R7 / R8 / R9": each figure of its year)
    // (after its axis, "1,400 / 1,200 / … / 0", the labels of the data: the axis's values are no figures)
    if (!led && !interleaved && run.length >= 3 && run.every((r) => r.cell)) {
      const data = run.slice(afterAxis(run.map((r) => r.cell!)));
      const years = yearsAfter(lines, j, data.length);
      if (years) {
        data.forEach((r, k) => emitRow([{ lineIdx: r.lineIdx, cell: r.cell! }], null, years[k]));
        for (const r of run) claimed.add(r.lineIdx);
        // (and the categories: "3" / "4" under "令和2" are years, no figures)
        for (let k = j; k < j + years.length; k++) if (lineCell(lines[k].text)) claimed.add(k);
        labels = [];
        i = j + years.length;
        continue;
      }
    }
    // a short plain number alone between rows of several cells ("12" under a row): a page number, no figure (claimed: the
    // line reader reads it as no figure either)
    if (!led && run.length === 1 && !labels.length && /^[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*$/u.test(t) && afterRowOfCells(lines, i)) { claimed.add(i); i = j; continue; }
    // a page that puts a blank line between every two lines (HTML blocks as text): the blanks hold no cell
    if (run.length >= 3 && run.every((r, k) => (k % 2 === 1) === (r.cell === null && !(r as { label?: string }).label))) {
      for (let k = run.length - 1; k >= 0; k--) if (k % 2 === 1) run.splice(k, 1);
    }
    const numeric = cols.filter((x) => x.role !== 'note').length;
    // (one row's cells exactly, an empty cell a blank line among them: "48,620 / 45,310 / 3,310 / 14,200 / 14,200 / (blank) /
    // 20,220" under seven headings, 地方債 left empty)
    const withEmpty = !interleaved && labels.length > 0 && numeric >= 4 && run.length === numeric && run.some((r) => !r.cell) && !!run[0].cell;
    if (interleaved || withEmpty || labels.length && run.every((r) => r.cell) && run.length <= Math.max(1, numeric) && (run.length < 4 || run.length === numeric)) {
      // row by row: each label, then its cells
      let curLabel: string | null = rowLabel(labels);
      let cells: { lineIdx: number; cell: Cell }[] = [];
      // (k cells a row where the sums say so: a label the flattening moved elsewhere leaves two rows' cells under one)
      const k = cols.filter((x) => x.role !== 'note').length;
      const flush = (): void => {
        if (k >= 2 && cells.length > k && cells.length % k === 0 && sumsHold(cols.filter((x) => x.role !== 'note'), cells.map((c) => c.cell), cells.length / k, true)) {
          for (let r = 0; r < cells.length; r += k) emitRow(cells.slice(r, r + k), r === 0 ? curLabel : null);
        }
        else if (cells.length) emitRow(cells, curLabel);
        cells = [];
      };
      for (const r of run) {
        const lab = (r as { label?: string }).label;
        if (lab !== undefined) { flush(); curLabel = lab; continue; }
        if (r.cell) cells.push({ lineIdx: r.lineIdx, cell: r.cell });
        else if (withEmpty) cells.push({ lineIdx: r.lineIdx, cell: EMPTY_CELL });
      }
      flush();
    } else {
      const k = Math.max(1, numeric);
      const n = run.length;
      // (as many cells as the header's columns, one value a line under headings one a line: one row, "予算現額 / 決算額 / … /
      // 48,620 / 45,973 / …")
      if (k > 1 && n % k === 0 && (n / k >= 2 || !labels.length)) {
        // column by column: the first n/k lines are the first column of every row; unless the change column's sums
        // hold row by row and not column by column (rows whose labels the flattening moved elsewhere)
        const r = n / k;
        const rowMajor = sumsHold(cols.filter((x) => x.role !== 'note'), run.map((x) => x.cell), r, true) && !sumsHold(cols.filter((x) => x.role !== 'note'), run.map((x) => x.cell), r, false);
        const rowLabels = labels.filter((x) => x).length === r ? labels : null;
        for (let row = 0; row < r; row++) {
          const cells: { lineIdx: number; cell: Cell }[] = [];
          for (let col = 0; col < k; col++) {
            const x = run[rowMajor ? row * k + col : col * r + row];
            cells.push({ lineIdx: x.lineIdx, cell: x.cell ?? EMPTY_CELL });
          }
          emitRow(cells, rowLabels ? rowLabels[row] : null);
        }
      } else {
        // cells one after another, a row each when the header names one figure column
        for (const x of run) if (x.cell) emitRow([{ lineIdx: x.lineIdx, cell: x.cell }], labels[labels.length - 1] ?? null);
      }
    }
    labels = [];
    // (rows written one cell a line under a header whose last column holds remarks: the line after a row may be its remark)
    remarkAt = cols.length && cols[cols.length - 1].role === 'note' && run.filter((r) => r.cell).length >= 2 ? j : -1;
    i = j;
  }
  // whole tables glued on one long line; the line stays open to the line reader for its …円 amounts
  for (let k = 0; k < lines.length; k++) {
    if (!(lines[k].text.length > 400 || gluedAfterUnit(lines[k].text)) || claimed.has(k)) continue;
    const base = figures.length;
    for (const f of gluedTable(lines[k].text, k, ctx)) figures.push({ ...f, of: f.of === null ? null : f.of + base });
  }
  // tables whose cells carry units, glued on one long line
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text;
    // (every amount holds 円, 億 or 兆: a line with fewer than four of them has no such table, unscanned)
    if (t.length < 80 || !yen[k] || claimed.has(k) || isSeparatedRow(t) || (t.match(/[円億兆]/gu)?.length ?? 0) < 4) continue;
    const got = gluedAmountRows(t, k, ctx, scanAllAmounts);
    if (!got) continue;
    const base = figures.length;
    for (const f of got) figures.push({ ...f, of: f.of === null ? null : f.of + base });
    claimed.add(k);
  }
  labelValuePairs(lines, ctx, figures, claimed);
  const base = figures.length;
  for (const f of amountRows(lines, ctx, claimed, scanAllAmounts, chars)) figures.push({ ...f, of: f.of === null ? null : f.of + base });
  return { figures, claimed };
}

const PREV_UNDER = /^[\s\u3000]*[(（][\s\u3000]*前年度?(?:当初)?(?:予算額?)?[\s\u3000:：]*[0-9０-９][^()（）]*[)）][\s\u3000]*$/u;
const VALUE_WITH_UNIT = /^[\s\u3000]*([0-9０-９][0-9０-９,，]*)[\s\u3000]*(千万円|百万円|千円|万円|億円)[\s\u3000]*$/u;

const THIS_YEAR_LABEL = /^[\s\u3000]*(?:本年度|今年度|当年度)[\s\u3000]*(?:当初)?[\s\u3000]*(?:予算額?|決算額?)[\s\u3000]*$/u;
/** What a row's label says of its figure's stage and year, when it is a stage label ("令和9年度当初", "本年度予算額"). */
// "当初 / 前年 / 最終" down the lines under an item: the initial and the final budget, and last year's
const STACK_LABEL = /^[\s\u3000]*(?:当初|最終)[\s\u3000]*$/u;
const labelInfo = (label: string): LabelInfo | null => (STACK_LABEL.test(label) ? { ...readLabel(''), stage: 'budget' } : isStageLabelLine(label) || THIS_YEAR_LABEL.test(label) ? readLabel(label) : null);
/** A change's label: 差引, 比較, 増減 (増△減). */
const CHANGE_LABEL = /差\s?引|比\s?較|増\s?[△▲]?\s?減/u;
// a row label naming only a change: "前年度末からの増減", "対前年度比較", "差引"
/** Is line i a row named by a year alone ("令和5年度　43,960,800 …")? */
function yearRowAt(lines: Line[], i: number): boolean {
  const t = lines[i]?.text;
  if (!t) return false;
  const cell = t.trim().split(/[\s\u3000]{2,}|\t/u)[0];
  return cell !== undefined && yearAloneOf(cell) !== null;
}
const CHANGE_ROW = /(?:増[\s\u3000]?[△▲]?[\s\u3000]?減|差[\s\u3000]?引|比[\s\u3000]?較)額?[\s\u3000]*$/u;
// a heading of the budget's book: "（項）科学技術振興費", "【目】文化財保護費"
const KIND_HEADING = /^[\s\u3000]*[(（【［\[](?:款|項|目|事項)[)）】］\]][\s\u3000]*(\S.{1,30})$/u;
/** The name a figure under a heading takes: the nearest numbered or book heading above it (within eight lines). */
function headingAbove(lines: Line[], i: number): string | null {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 8; k--) {
    const t = lines[k].text;
    if (isBlank(t)) continue;
    seen++;
    const m = t.length <= 40 ? KIND_HEADING.exec(t) : null;
    if (m) return cleanItem(m[1], true) || null;
  }
  return numberedHeadingAbove(lines, i);
}

/** The line right above line i (blank lines aside) when it reads as a name: short, no figure, no unit. */
function nameLineAbove(lines: Line[], i: number): string | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = lines[k].text;
    if (isBlank(t)) continue;
    if (t.length > 40 || /[0-9０-９]/u.test(t) || declaredUnit(t) || STACK_LABEL.test(t)) return null;
    const name = cleanItem(t, true);
    return name.length >= 2 ? name : null;
  }
  return null;
}

/** The numbered heading a few lines above line i ("(1)国土強靱化の推進"), which names the figures under it; else null. */
function numberedHeadingAbove(lines: Line[], i: number): string | null {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 8; k--) {
    const t = lines[k].text;
    if (isBlank(t)) continue;
    seen++;
    if (t.length <= 40 && NUMBERED.test(t) && !/[。、]$/u.test(t.trim())) {
      const name = cleanItem(t, true);
      return name.length >= 2 ? name : null;
    }
  }
  return null;
}

/**
 * Units declared right under a block of short lines that holds cells ("区分 / 令和9年度 / … / 45,678 / …" then
 * "（単位：百万円）"): by the block's first line. A block runs up from the unit line to a blank or a long line.
 */
function unitsAfterBlocks(lines: Line[], yen: Uint8Array): Map<number, HeaderUnit> {
  const out = new Map<number, HeaderUnit>();
  for (let u = 1; u < lines.length; u++) {
    // (a bilingual declaration is longer: "(Unit: ¥ million / 単位：百万円)")
    if (!yen[u] || lines[u].text.length > (lines[u].text.includes('nit') ? 40 : 24) || !unitOnly(lines[u].text) && !declaredUnit(lines[u].text)) continue;
    // ("486" over "億円": a figure's own unit on the line under it, no unit of a table above)
    if (BARE_UNIT_LINE.test(lines[u].text) && BARE_FIGURE_LINE.test(lines[u - 1].text)) continue;
    let k = u - 1;
    let cells = 0;
    let rows = 0; // rows of several cells set apart by spaces ("一般会計　　1,234.5　　1,300.2")
    for (; k >= 0 && !isBlank(lines[k].text) && lines[k].text.length <= 200 && !yen[k]; k--) {
      const t = lines[k].text;
      if (NUM_CELL.test(t)) { cells++; continue; }
      const row = rowCells(t)?.runs === 1;
      if (row) rows++;
      // (a header aligned with spaces is as long as its words)
      else if (t.length > 40 && t.replace(/[\s\u3000]{2,}/gu, ' ').trim().length > 40) break;
    }
    // (a unit declared above the block already holds)
    if (!(cells >= 2 && u - k - 1 >= 4) && !(rows >= 1 && u - k - 1 > rows) || (k >= 0 && yen[k] && declaredUnit(lines[k].text))) continue;
    // (a pipe table's header is its first row: a title over it, "令和9年度11月補正予算", names no column)
    let from = k + 1;
    if (!isPipeRow(lines[from].text)) for (let p = from + 1; p < u; p++) if (isPipeRow(lines[p].text)) { from = p; break; }
    out.set(from, (declaredUnit(lines[u].text) ?? unitOf(lines[u].text.replace(/[\s\u3000()（）]/gu, '')))!);
  }
  // (a unit in the left margin of a table's rows, broken over two lines, "（単位：　予備費等　－" over "百万円）　計　1,238": the
  // unit of the rows from the header of years above it)
  for (let u = 1; u + 1 < lines.length; u++) {
    // (a line opened by ( or （ only)
    const f = firstNonSpace(lines[u].text);
    const m = (f === 0x28 || f === 0xff08) && MARGIN_UNIT_OPEN.test(lines[u].text) ? MARGIN_UNIT_CLOSE.exec(lines[u + 1].text) : null;
    const unit = m ? unitOf(m[1]) : null;
    if (!unit) continue;
    for (let k = u - 1; k >= 0 && k >= u - 8 && !isBlank(lines[k].text); k--) {
      if (findYears(lines[k].text).filter((y) => y.fiscal).length >= 2 && !/[0-9０-９][,，][0-9０-９]{3}/u.test(lines[k].text)) { if (!out.has(k)) out.set(k, unit); break; }
    }
  }
  return out;
}
const MARGIN_UNIT_OPEN = /^[\s\u3000]*[(（][\s\u3000]*単[\s\u3000]?位[\s\u3000]*[:：](?![^()（）]*[)）])/u;
const MARGIN_UNIT_CLOSE = /^[\s\u3000]*((?:千万|百万|千|万|億)?円)[\s\u3000]*[)）]/u;

/** A figure of `role` is attached to the primary at `idx` (those stand after it in `figures`). */
function hasAttached(figures: CellFigure[], idx: number, role: CellFigure['role']): boolean {
  for (let k = idx + 1; k < figures.length; k++) if (figures[k].of === idx && figures[k].role === role) return true;
  return false;
}

/**
 * A label line then its value: `28年度予算額` / `164百万円` / `27年度予算額` / `163` / `差引増△減` / `1`.
 * The unit of a bare value is that of the figure above it.
 */
function labelValuePairs(lines: Line[], ctx: Ctx, figures: CellFigure[], claimed: Set<number>): void {
  let lastPrimary: { idx: number; line: number; fy: number | null; unit: HeaderUnit } | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    // (the value line first: it is a number far less often than a short line is a label)
    const vt = lines[i + 1].text;
    if (!mayBeCell(vt) || claimed.has(i + 1)) continue; // (both value patterns start as a cell does)
    const lab = lines[i].text.trim();
    if (!lab || lab.length > 24) continue;
    const withUnit = VALUE_WITH_UNIT.exec(vt);
    const bare = withUnit ? null : NUM_CELL.exec(vt);
    if (!withUnit && !bare) continue;
    if (!isStageLabelLine(lab) && !/^差\s?引|^比\s?較|増\s?[△▲]?\s?減/u.test(lab)) continue;
    // (a slide's 【補正予算】 over a stack of figures marks one of them: attachStacked reads it)
    if (SLIDE_SUPP_LABEL.test(lab)) continue;
    const read = readLabel(lab);
    // ("令和8年度" over "当初予算額" over the value: a label broken over two lines)
    const yearAbove = read.fy === null && read.stage && i > 0 ? yearAloneOf(lines[i - 1].text) : null;
    const info = yearAbove === null ? read : { ...read, fy: yearAbove };
    const isChange = CHANGE_LABEL.test(lab);
    if (withUnit) {
      const u = unitOf(withUnit[2])!;
      const start = vt.indexOf(withUnit[1]);
      const end = vt.indexOf(withUnit[2], start) + withUnit[2].length;
      const cell: Cell = { start, end, text: vt.slice(start, end), value: BigInt(withUnit[1].replace(/[,，]/gu, '').replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))), decimals: 0, neg: false, pct: false, placeholder: false };
      // (the year before's budget under a figure, "令和８年度予算額 / 1,010億円", is that figure's previous year)
      const before = lastPrimary && i + 1 - lastPrimary.line <= 4 && !hasAttached(figures, lastPrimary.idx, 'previous') &&
        (info.previous || (info.stage === 'budget' && info.fy !== null && lastPrimary.fy === info.fy + 1)) ? lastPrimary : null;
      if (before) {
        figures.push({ lineIdx: i + 1, start, end, text: cell.text, yen: yenOf(cell, u), role: 'previous', stage: null, fy: null, item: null, unit: u.unit, of: before.idx, headerUnit: false });
        claimed.add(i + 1);
        continue;
      }
      if (isChange && lastPrimary && i + 1 - lastPrimary.line <= 6 && !hasAttached(figures, lastPrimary.idx, 'change')) {
        // ("増減" / "45億円" under the pair: the change of the figure above)
        figures.push({ lineIdx: i + 1, start, end, text: cell.text, yen: yenOf(cell, u), role: 'change', stage: null, fy: null, item: null, unit: u.unit, of: lastPrimary.idx, headerUnit: false });
        claimed.add(i + 1);
        continue;
      }
      if (isChange || info.previous) continue;
      // (a supplementary budget's label and value with no figure of these pairs above: the line reader gives it to the
      // figure above it, "令和8年度予算額 … 64億円" / "令和7年度補正予算額" / "9億円")
      if (info.stage === 'supplementary' && !(lastPrimary && i + 1 - lastPrimary.line <= 6)) continue;
      figures.push({ lineIdx: i + 1, start, end, text: cell.text, yen: yenOf(cell, u), role: 'primary', stage: info.stage ?? ctx.frameStage, fy: info.fy ?? ctx.frameFy, item: numberedHeadingAbove(lines, i), unit: u.unit, of: null, headerUnit: false });
      lastPrimary = { idx: figures.length - 1, line: i + 1, fy: info.fy ?? ctx.frameFy, unit: u };
      claimed.add(i + 1);
      // "（前年度予算額　100億円）" on the line under the value: its previous year
      const under = lines[i + 2]?.text ?? '';
      const pm = under.includes('前') ? PREV_UNDER.exec(under) : null;
      const pt = pm ? scanAllAmounts(under) : [];
      if (pt.length === 1) {
        figures.push({ lineIdx: i + 2, start: pt[0].start, end: pt[0].end, text: pt[0].text, yen: pt[0].yen, role: 'previous', stage: null, fy: null, item: null, unit: pt[0].unit, of: lastPrimary.idx, headerUnit: false });
        claimed.add(i + 2);
      }
      continue;
    }
    if (!lastPrimary || i + 1 - lastPrimary.line > 6 || !bare) continue;
    const cell = toCell(vt, 0, bare);
    if (cell.pct || cell.value === 0n) continue;
    const prevYear = info.previous || (info.fy !== null && lastPrimary.fy !== null && info.fy < lastPrimary.fy);
    if (!isChange && !prevYear) continue;
    const role: CellFigure['role'] = isChange ? 'change' : 'previous';
    figures.push({ lineIdx: i + 1, start: cell.start, end: cell.end, text: cell.text, yen: yenOf(cell, lastPrimary.unit), role, stage: null, fy: null, item: null, unit: lastPrimary.unit.unit, of: lastPrimary.idx, headerUnit: true });
    claimed.add(i + 1);
  }
}

const GLUED_UNIT = /単\s?位\s?[:：]?\s?(千万円|百万円|千円|万円|億円|兆円|円)|(?<=^|[\s\u3000(（])(千万円|百万円|千円|万円|億円)(?=[\s\u3000)）]|$)/gu;
const GLUED_NUM = /(?:(△|▲|▼|マイナス)[\s\u3000]?)?(?<![0-9０-９,，.．])((?:[0-9０-９]{1,4}億)?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+))([.．][0-9０-９]+)?([%％])?(?![0-9０-９,，.．])/gu;

// the header words of a row's name column, and of the columns beside it that name no programme
const NAME_WORD = /名|事項|区分|項目|科目|^款$|^項$|^目$|事業/u;
const NOT_NAME_WORD = /課|部局?$|担当|所管|^No\.?$|^番号$|^NO\.?$/u;
/**
 * The row label's part under the name column, where the header names several text columns the label's words
 * fill one each ("No. 事業名 担当課" over "1 子ども医療費助成 こども家庭課" → 子ども医療費助成).
 */
/**
 * A row's name: its part under the name column, else the label as the table spells it: characters spread out joined
 * ("交 通 安 全" → 交通安全) and a row number before it off ("5株式等…", "11 交通…").
 */
function rowName(label: string, header: string): string {
  const named = nameCellOf(label, header);
  if (named !== label) return named;
  const n = ROW_NUMBER_LEAD.exec(label.trim());
  const rest = n ? label.trim().slice(n[0].length) : label.trim();
  // (every character spread out, kana among them: "分 担 金 及 び 負 担 金")
  if (ALL_SPREAD.test(rest)) return rest.replace(/[ \u3000]/gu, '');
  return joinSpacedRuns(rest);
}
// (not a month, year or ordinal: "6月補正", "2年目")
const ROW_NUMBER_LEAD = /^[0-9０-９]{1,2}[\s\u3000]*(?![年月日次期号回目])(?=[\p{Script=Han}\p{Script=Katakana}][\s\u3000]?[\p{Script=Han}\p{Script=Katakana}])/u;
const ALL_SPREAD = /^(?:[^\s\u3000][ \u3000]){2,}[^\s\u3000]$/u;

function nameCellOf(label: string, header: string): string {
  const parts = label.trim().split(/[\s\u3000]+/u);
  if (parts.length < 2) return label;
  const words = header.trim().split(/[\s\u3000]+/u);
  const first = words.findIndex((w) => columnWordIn(w));
  const lead = first >= 0 ? words.slice(0, first) : words;
  if (lead.length !== parts.length || !lead.some((w) => NOT_NAME_WORD.test(w))) return label;
  const k = lead.findIndex((w) => NAME_WORD.test(w) && !NOT_NAME_WORD.test(w));
  return k >= 0 ? parts[k] : label;
}

/** A unit declaration with rows of figures after it on the same line: a table glued on one line. */
function gluedAfterUnit(t: string): boolean {
  if (t.length < 60 || !t.includes('単') || isSeparatedRow(t) || isPipeRow(t)) return false;
  const m = /単\s?位\s?[:：]?\s?(?:千万円|百万円|千円|万円|億円|兆円|円)/u.exec(t);
  if (!m) return false;
  let n = 0;
  for (const x of t.slice(m.index + m[0].length).matchAll(GLUED_NUM)) if (/[,，]/u.test(x[2]) && ++n >= 2) return true;
  return false;
}

/** How many leading cells step evenly (an axis needs four or more), else 0. */
function axisPrefix(cells: Cell[]): number {
  if (cells.length < 4 || cells[0].decimals || cells[0].neg) return 0;
  const step = cells[1].value - cells[0].value;
  if (step === 0n) return 0;
  let k = 2;
  while (k < cells.length && !cells[k].decimals && !cells[k].neg && cells[k].value - cells[k - 1].value === step) k++;
  return k >= 4 ? k : 0;
}

/** The words after the last column heading in `s` (all of `s` when none stands there, or nothing follows it). */
function afterColumnWords(s: string): string {
  let end = -1;
  let m: RegExpExecArray | null;
  for (COLUMN_WORD.lastIndex = 0; (m = COLUMN_WORD.exec(s)) !== null;) end = m.index + m[0].length;
  // (a bracketed note of the last heading, "差引 (実質収支)", is the header's too)
  const rest = end < 0 ? s : s.slice(end).replace(/^[\s\u3000)）]+/u, '').replace(/^[(（][^()（）]{0,12}[)）][\s\u3000]*/u, '');
  return rest || s.replace(/^[\s\u3000)）]+/u, '');
}

/** The line above `i` (past blanks) is a row of two cells or more. */
function afterRowOfCells(lines: Line[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isBlank(lines[k].text)) k--;
  return k >= 0 && (rowCells(lines[k].text)?.cells.length ?? 0) >= 2;
}

// a row's name: ends in a kanji, katakana or a closing bracket, two of them at least ("議会費", "ＧＸ推進費（再掲）")
const ROW_NAME_END = /[\p{Script=Han}\p{Script=Katakana}]{2}[)）]?$/u;

/**
 * A whole table glued on one long line (PDF or HTML text with its line breaks lost): after a unit
 * marker, runs of numbers separated only by spaces are rows; the words before the first run are
 * the header, the words between runs the row labels.
 */
function gluedTable(line: string, lineIdx: number, ctx: Ctx, given?: { unit: HeaderUnit; cols: CellColumn[] }): CellFigure[] {
  // (each figure's share of the whole in brackets after it, "121.4（38.9％）", read as the spaces it stands in)
  const t = line.includes('%') || line.includes('％') ? line.replace(SHARES_IN_BRACKETS, (m) => ' '.repeat(m.length)) : line;
  const out: CellFigure[] = [];
  const units: { at: number; end: number; unit: HeaderUnit }[] = [];
  for (const m of t.matchAll(GLUED_UNIT)) {
    const u = unitOf(m[1] ?? m[2]);
    // "4,286 億円" is an amount with its unit, not a column's unit
    if (u && !(m[2] && /[0-9０-９][\s\u3000]?$/u.test(t.slice(Math.max(0, m.index! - 2), m.index!)))) units.push({ at: m.index!, end: m.index! + m[0].length, unit: u });
  }
  // rows glued on a line under a header read above it
  if (!units.length && given) units.push({ at: -1, end: -1, unit: given.unit });
  if (!units.length) return out;
  // runs of numbers: consecutive number tokens with only spaces between them
  const nums: { at: number; end: number; m: RegExpMatchArray }[] = [];
  let grouped = false; // (a number kept holds a comma: kept as they are pushed, not searched for at each short number)
  for (const m of t.matchAll(GLUED_NUM)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (at > 0 && !/[\s\u3000(（]/u.test(t[at - 1]) && !m[1]) continue;
    if (end < t.length && !/[\s\u3000)）]/u.test(t[end])) continue;
    if (/^[\s\u3000]?(?:千万|百万|千|万|億|兆)?円/u.test(t.slice(end, end + 4))) continue; // an amount with its unit: the line reader's
    // ("3,216  01 社会福祉総務一般経費": a code padded with a zero before the words it numbers, after the row's figures, is no
    // figure; one opening the row is read with its label)
    if (nums.length && zeroCode(m, t, at)) continue;
    // ("2 総務費　1 総務管理費 …": a 款's or 項's number before its name, ahead of the row's figures)
    if (m[0].length <= 2 && !grouped && NAME_AFTER_NUMBER.test(t.slice(end, end + 3))) continue;
    // ("… 95,814 10 需用費 61,022": a 節's number after figures grouped by commas opens the next row, the 節's)
    if (setsuNumberAmongFigures(m, t.slice(end), nums.length > 0)) continue;
    nums.push({ at, end, m });
    grouped ||= /[,，]/u.test(m[0]);
  }
  // ("…地区数（地区） 令和5年度 12 令和6年度 15": a row counting things by year holds no yen)
  if (nums.length && COUNT_HEAD.test(t.slice(0, nums[0].at))) return out;
  const runs: typeof nums[] = [];
  for (const n of nums) {
    const last = runs[runs.length - 1];
    if (last && /^[\s\u3000]*$/u.test(t.slice(last[last.length - 1].end, n.at))) last.push(n);
    else runs.push([n]);
  }
  let unitIdx = -1;
  let cols: CellColumn[] = [];
  let prevEnd = 0;
  for (const run of runs) {
    const start = run[0].at;
    let ui = unitIdx;
    while (ui + 1 < units.length && units[ui + 1].at < start) ui++;
    if (ui < 0) { prevEnd = run[run.length - 1].end; continue; }
    const u = units[ui].unit;
    const between = t.slice(prevEnd, start);
    const newTable = ui !== unitIdx;
    if (newTable) {
      // a new table: its header runs from the sentence before its unit marker to the first figures
      const stop = Math.max(t.lastIndexOf('。', units[ui].at), prevEnd);
      cols = units[ui].at < 0 && given ? given.cols : readColumns(t.slice(stop, start), ctx.frameFy);
      unitIdx = ui;
    }
    const numeric = cols.filter((c) => c.role !== 'note');
    // a chart's axis (40,000 35,000 30,000 …): evenly spaced values, no figures; data labels may follow it
    const axis = axisPrefix(run.map((n) => toCell(t, 0, n.m)));
    if (axis === run.length) { prevEnd = run[run.length - 1].end; continue; }
    if (axis) run.splice(0, axis);
    // the row label: the words since the last run, after the header's unit marker when it stands there
    const lastUnitInside = units.filter((x) => x.at >= prevEnd && x.end <= start).pop();
    let label: string | null = (lastUnitInside ? t.slice(lastUnitInside.end, start) : between).replace(/[\s\u3000]+/gu, ' ').trim();
    // (the first row's label follows the header's column words: "（単位:百万円） 款 予算額 構成比 議会費 523 …")
    if (newTable && lastUnitInside) label = afterColumnWords(label);
    const rowYear = findYears(label).filter((y) => y.years.length === 1).pop()?.years[0] ?? null;
    // a row's cells, then maybe a stray page or note number before the next label
    const k = numeric.length;
    let cells = run;
    while (k >= 2 && cells.length > k && cells.length % k !== 0 && !/[,，]/u.test(cells[cells.length - 1].m[2])) cells = cells.slice(0, -1);
    // rows whose labels were lost run together: k cells a row
    // (a run cut short at the end of the text leaves its last row short: its cells still stand in the first columns)
    const rows: typeof run[] = [];
    const cutShort = run === runs[runs.length - 1] && run[run.length - 1].end >= t.trimEnd().length - 8;
    // (a row whose figures are this year, last year and their difference, then cells of columns the header did not
    // name, "本年度 前年度 比較 | 財源内訳…", is one row: the rows after the first would not add up)
    const byLead = (r: typeof run): boolean => leadDifference(numeric, r.map((n) => toCell(t, 0, n.m)));
    const oneRow = k >= 3 && cells.length > k && byLead(cells) && !byLead(cells.slice(k));
    if (k >= 2 && cells.length > k && (cells.length % k === 0 || cutShort) && !oneRow) for (let r = 0; r < cells.length; r += k) rows.push(cells.slice(r, r + k));
    else rows.push(cells);
    const runLabel = label;
    rows.forEach((cells, r) => {
    const fits = k >= 2 && (cells.length === k || (r > 0 && r === rows.length - 1 && cutShort && cells.length >= 2));
    // (a row with blank cells dropped, or more than the header named: its first three still are this year, last year and
    // their difference when they add up)
    const lead = !fits && byLead(cells) ? 3 : 0;
    const row: { f: CellFigure; col?: CellColumn }[] = [];
    cells.forEach((n, k) => {
      const c = toCell(t, 0, n.m);
      // (a fraction in a unit of 百万円 or more is an amount: "民生費　121.4　衛生費　28.7" in 億円)
      if (c.pct || (c.decimals > 0 && fractionIsRatio(c.text, u.power)) || c.value === 0n) return;
      // a lone plain number with no name before it: a page or note number ("議会費 523" beside another table's row is a row)
      if (!fits && run.length === 1 && !/[,，]/u.test(n.m[2]) && !(runLabel && runLabel.length <= 20 && ROW_NAME_END.test(runLabel))) return;
      const col = fits || k < lead ? numeric[k] : undefined;
      if (col && (col.role === 'pct' || col.role === 'note')) return;
      const role = roleOf(col);
      row.push({ col, f: {
        lineIdx, start: c.start, end: c.end, text: c.text, yen: yenOf(c, u), role,
        stage: role === 'primary' ? col?.stage ?? ctx.frameStage : null,
        fy: role === 'primary' ? (col?.fy ?? rowYear ?? ctx.frameFy) : null,
        // (a row named by a year alone: each figure is named by its column)
        item: label && yearAloneOf(label) !== null ? (col ? joinSpaced(col.name) : null) : label && label.length <= 40 ? label : null,
        unit: u.unit, of: null, headerUnit: true, sure: fits ? 0.8 : 0.55,
      } });
    });
    pushRow(out, row);
    if (r === 0) label = null;
    });
    prevEnd = run[run.length - 1].end;
  }
  return out;
}

/**
 * Rows of amounts written with their units under a header of column words:
 *   補正額 補正後
 *   一般会計 8億90万円 6,708億5,351万円
 * Each amount takes its column's role and stage; a row with fewer amounts than columns is
 * aligned to the right (its leading cells are empty).
 */
/** Ratio cells at a row's end: "　3.0%", "　△2.9　", "| 1.2% |". */
// a remarks cell closing a row: words after a gap, no figure among them
const REMARK_CELL = /(?:[\s\u3000]{1,}|[\s\u3000]*[|｜][\s\u3000]*)[^\s\u3000|｜0-9０-９%％][^0-9０-９|｜]*[|｜]?[\s\u3000]*$/u;
const RATIO_TAIL = /^(?:[\s\u3000|｜]+[△▲+\-－]?[0-9０-９]{1,3}(?:[.．][0-9０-９]+)?\s?[%％]?)+[\s\u3000|｜]*$/u;

function amountRows(lines: Line[], ctx: Ctx, claimed: Set<number>, scan: (t: string) => { start: number; end: number; yen: number; unit: string; text: string }[], chars: Uint16Array): CellFigure[] {
  const out: CellFigure[] = [];
  let cols: CellColumn[] | null = null;
  let header: { line: number; text: string; rows: number } | null = null;
  let remarksLast = false;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    // with no header above, only a header line changes anything (gap counts only under one): the rest cost nothing
    // (headerQuick only of a line holding a column word's last character)
    // (or years an era's letter names side by side, "区分 R7 R6 増減")
    if (!cols && (t.length > 60 || !(chars[i] & HAS_HEADER_END) || !(headerQuick(t) || ERA_LETTER_YEARS.test(t)))) continue;
    if (claimed.has(i) || isSeparatedRow(t)) { cols = null; continue; }
    if (isBlank(t)) { if (++gap > 1) cols = null; continue; }
    // rows are read only under a header; a line with a digit is no header
    const hasDigit = /[0-9０-９]/u.test(t);
    const toks: ReturnType<typeof scan> = cols && hasDigit && t.length <= 200 ? scan(t) : [];
    if (!cols && hasDigit && t.includes('円')) continue; // a row with no header above (a header may hold years, not amounts)
    if (!toks.length) {
      // a header names two columns or more: cells apart by spaces or pipes
      if (t.length > 60 || !(headerQuick(t) || ERA_LETTER_YEARS.test(t))) { if (++gap > 1) cols = null; continue; }
      // (a year PDF text spaced out is one cell: "令和 7 年度")
      const h = joinSpacedYears(t);
      const cells = h.split(/[\s\u3000|｜]+/u).filter((x) => x);
      // (a year alone heads its year's column: "会計区分　令和10年度　令和9年度　増減額", "区分 R7 R6 増減")
      const words = cells.filter((c) => columnWordIn(c) || YEAR_CELL.test(c) || ERA_LETTER_YEAR.test(c)).length;
      if (t.length <= 60 && words >= 2 && words >= cells.length - 2 && !/[(（【[［]/u.test(t)) {
        // (a header going on from the line above, its last word cut from the next: "… 決算額 前年度" / "決算額 増減")
        // (not past MAX_HEADER_ROWS lines: header-like lines one after another would make it grow with every line)
        const above: string | null = header && header.line === i - 1 && header.rows < MAX_HEADER_ROWS ? header.text : null;
        const text: string = above === null ? h : CUT_YEAR_WORD.test(above) ? above.trimEnd() + h.trimStart() : `${above} ${h}`;
        const all = readColumns(text, ctx.frameFy);
        cols = all.filter((c) => c.role !== 'note');
        remarksLast = all.length > 0 && all[all.length - 1].role === 'note';
        header = { line: i, text, rows: above === null ? 1 : header!.rows + 1 };
        gap = 0;
      }
      else if (++gap > 1) cols = null;
      continue;
    }
    if (!cols || toks.length < 2 && cols.length < 2) { cols = toks.length ? cols : null; continue; }
    // the amounts stand side by side: only spaces, pipes and signs between them and after the last
    let glued = true;
    // (a footnote's mark glued to a cell, "4,000千円※1", and a Δ for a decrease are no words between them)
    for (let k = 1; k < toks.length; k++) if (!/^(?:※[0-9０-９]?)?[\s\u3000|｜△▲Δ+\-－―…]*$/u.test(t.slice(toks[k - 1].end, toks[k].start))) glued = false;
    // (ratio cells may close the row: "35.8億円　3.0%"; then the figures fill the columns before the ratios)
    // (a remarks column closing the header: words closing the row are its cell, "… 34,567円 継続")
    const tail = remarksLast ? t.slice(toks[toks.length - 1].end).replace(REMARK_CELL, '') : t.slice(toks[toks.length - 1].end);
    // (cells saying none may close it too: "… 598,240千円 … …")
    const ratios = /^(?:[\s\u3000|｜]|(?<=[\s\u3000])[－―…](?=[\s\u3000]|$))*$/u.test(tail) ? false : RATIO_TAIL.test(tail) ? true : null;
    const figCols = ratios ? cols.filter((c) => c.role !== 'pct') : cols;
    if (!glued || ratios === null || toks.length > figCols.length) continue;
    const offset = figCols.length - toks.length;
    // (cells saying none keep their columns' places: "事業 248,300千円 － 241,006千円 …", "… 598,240千円 … …")
    const at = dashSlots(t, toks, figCols.length);
    // (a footnote's mark on the row's name, "…事業※2", is no part of it)
    const label = t.slice(0, toks[0].start).replace(LEADING_NONE, '').replace(/[|｜\s\u3000]+/gu, ' ').trim().replace(/[\s\u3000]*※[0-9０-９]{0,2}$/u, '') || null;
    if (!label) continue; // a figure alone on its line is the line reader's (label lines above it, stacked pairs)
    // (figures of two stages on a row, 補正額 | 補正後: each named by its row and its column)
    const twoStages = figCols.filter((c) => c.role === 'primary').length >= 2;
    // (a row named by a year alone, years down the rows: its figures are of that year, each named by its column)
    const rowFy = yearAloneOf(label);
    const itemOf = (col: CellColumn): string => rowFy !== null ? joinSpaced(col.name) : twoStages && col.role === 'primary' ? `${label} ${joinSpaced(col.name)}` : label;
    pushRow(out, toks.map((tok, k) => ({ col: figCols[at ? at[k] : offset + k], tok })).filter((x) => x.col.role !== 'pct')
      .map(({ col, tok }) => ({ col, f: tokenFigure(i, tok, col, { ...ctx, frameFy: rowFy ?? ctx.frameFy }, itemOf(col), 0.85) })));
    claimed.add(i);
    gap = 0;
  }
  return out;
}

// a cell saying none, standing apart between spaces: －, ―, -, …
const NONE_CELL = /(?<=^|[\s\u3000|｜])(?:－|―|-|…|･･･)(?=$|[\s\u3000|｜])/gu;
/** Each figure's column where the row's figures and its cells saying none are as many as the columns; else null. */
function dashSlots(t: string, toks: { start: number; end: number }[], columns: number): number[] | null {
  if (!t.includes('－') && !t.includes('―') && !t.includes('-') && !t.includes('…') && !t.includes('･')) return null;
  const at: number[] = [];
  // (cells saying none right after the row's name, before its first figure: "事業 － 212,000千円 …")
  let slot = (LEADING_NONE.exec(t.slice(0, toks[0].start))?.[0].match(NONE_CELL) ?? []).length;
  let from = toks[0].end;
  for (let k = 0; k < toks.length; k++) {
    if (k > 0) { slot += (t.slice(from, toks[k].start).match(NONE_CELL) ?? []).length + 1; from = toks[k].end; }
    at.push(slot);
  }
  const after = (t.slice(toks[toks.length - 1].end).match(NONE_CELL) ?? []).length;
  return slot + 1 + after === columns ? at : null;
}
const LEADING_NONE = /(?:[\s\u3000]+(?:－|―|-|…|･･･))+[\s\u3000]*$/u;

/**
 * A table whose cells carry their units, glued on one line: `区分 令和6年度 要求額 令和5年度 予算額
 * 一般会計 4,286 億円 3,495 億円 うち… 1,336 億円 1,090 億円 …`. Read only when every amount of the
 * line falls in a row the header's columns fit, so no figure of the line is lost to the line reader.
 */
function gluedAmountRows(t: string, lineIdx: number, ctx: Ctx, scan: (t: string) => { start: number; end: number; yen: number; unit: string; text: string }[]): CellFigure[] | null {
  const toks = scan(t);
  if (toks.length < 4) return null;
  const runs: (typeof toks)[] = [];
  for (const tok of toks) {
    const last = runs[runs.length - 1];
    if (last && /^[\s\u3000△▲+\-－]*$/u.test(t.slice(last[last.length - 1].end, tok.start))) last.push(tok);
    else runs.push([tok]);
  }
  // (the header's columns must be as many as the longest run, and two runs at least that long: asked before the header is read)
  let longest = 0;
  let atLongest = 0;
  for (const r of runs) { if (r.length > longest) { longest = r.length; atLongest = 1; } else if (r.length === longest) atLongest++; }
  if (longest < 2 || atLongest < 2) return null;
  const first = runs[0][0];
  const header = t.slice(t.lastIndexOf('。', first.start) + 1, first.start);
  const cols = readColumns(header, ctx.frameFy).filter((c) => c.role !== 'note' && c.role !== 'pct');
  if (cols.length < 2 || runs.some((r) => r.length > cols.length) || runs.filter((r) => r.length === cols.length).length < 2) return null;
  const out: CellFigure[] = [];
  let prevEnd = 0;
  for (const run of runs) {
    const offset = cols.length - run.length;
    const label = t.slice(prevEnd, run[0].start).replace(/[\s\u3000]+/gu, ' ').trim();
    const item = prevEnd === 0 ? null : label.length <= 40 ? label : null;
    pushRow(out, run.map((tok, k) => ({ col: cols[offset + k], f: tokenFigure(lineIdx, tok, cols[offset + k], ctx, item, 0.75) })));
    prevEnd = run[run.length - 1].end;
  }
  return out;
}

/** The amount a line holds alone (`4,286 億円`, `△12億円`), or null. */
function aloneAmount(t: string, scan: ScanFn): ReturnType<ScanFn>[number] | null {
  if (t.length > 40 || !t.includes('円')) return null;
  const toks = scan(t);
  if (toks.length !== 1) return null;
  const rest = (t.slice(0, toks[0].start) + t.slice(toks[0].end)).replace(/[\s\u3000△▲▼\-－−+＋]/gu, '');
  return rest ? null : toks[0];
}

// a compact year alone on its line: "H26", "R元"
const COMPACT_YEAR_LINE = /^[\s\u3000]*[RHＲＨ][\s\u3000]?(?:[0-9０-９]{1,2}|元)[\s\u3000]*$/u;
// the heading of a table's name column
// (or of years down the rows: "年度" over "令和４年度 / 令和５年度 / …")
const NAME_HEADING = /^[\s\u3000]*(?:区\s*分|会計名|事業名|款|項\s*目|科\s*目|名\s*称|事\s*項|費\s*目|年\s*度)[\s\u3000]*$/u;
const NAME_HEADING_FIRST = codes('区会事款項科名費年');
/** NAME_HEADING.test(t), the pattern tried only on a line opened by one of its words' first characters. */
const nameHeading = (t: string): boolean => NAME_HEADING_FIRST.has(firstNonSpace(t)) && NAME_HEADING.test(t);

interface ColumnBlocks { words: string[]; rows: { cells: { lineIdx: number; cell: Cell }[]; label: string }[]; next: number; unit: HeaderUnit | null }

/**
 * A table flattened column by column, each column under its own heading: the row names (after their heading),
 * then a column word and one number per name, once per column. Returns the rows and the column words, or null.
 */
function columnBlocks(lines: Line[], from: number, totalIsName = false): ColumnBlocks | null {
  let j = from;
  while (j < lines.length && isBlank(lines[j].text)) j++;
  const years = j < lines.length && /^[\s\u3000]*年[\s\u3000]*度[\s\u3000]*$/u.test(lines[j].text);
  if (j < lines.length && nameHeading(lines[j].text)) j++;
  const names: string[] = [];
  // (at most 200 names: a unit line over long running text stays linear)
  // (under 年度, names that are years: "令和４年度", no column words there)
  while (j < lines.length && names.length <= 200 && !isBlank(lines[j].text) && lines[j].text.trim().length <= 40 && !lineCell(lines[j].text) &&
    (!columnWordIn(withoutUnitCells(lines[j].text)) || (years && yearAloneOf(lines[j].text.trim()) !== null))) names.push(lines[j++].text.trim());
  // (a total closing the names, "合計", reads as a column's word too: where the columns do not follow it so, it is the last name)
  if (!totalIsName && names.length >= 2 && j < lines.length && TOTAL_NAME.test(lines[j].text)) {
    const withTotal = columnBlocks(lines, from, true);
    if (withTotal) return withTotal;
  }
  if (totalIsName && j < lines.length && TOTAL_NAME.test(lines[j].text)) names.push(lines[j++].text.trim());
  const n = names.length;
  if (n < 2 || n > 200) return null;
  const words: string[] = [];
  const columns: { lineIdx: number; cell: Cell }[][] = [];
  // (a column heading may carry the unit: "予算額（百万円）")
  let unit: HeaderUnit | null = null;
  for (;;) {
    // (a column's heading may take up to three short lines: "令和６年度" / "予算額" / "（Ａ）")
    let h = j;
    while (h < lines.length && h - j < 3 && !isBlank(lines[h].text) && lines[h].text.trim().length <= 24 && !lineCell(lines[h].text)) h++;
    const heading = lines.slice(j, h).map((l) => l.text.trim()).join('');
    if (h === j || !columnWordIn(withoutUnitCells(heading))) break;
    const u = heading.includes('円') ? HEADER_UNIT_CELL.exec(heading) : null;
    if (u) unit ??= unitOf(u[1]);
    const col: { lineIdx: number; cell: Cell }[] = [];
    let k = h;
    for (; k < lines.length && col.length < n; k++) {
      const c = lineCell(lines[k].text);
      if (!c) break;
      col.push({ lineIdx: k, cell: c });
    }
    if (col.length !== n) break;
    words.push(withoutUnitCells(heading).trim());
    columns.push(col);
    j = k;
  }
  if (!columns.length) return null;
  return { words, rows: names.map((label, r) => ({ label, cells: columns.map((c) => c[r]) })), next: j, unit };
}

/** The years of `n` lines from `j` each holding a year alone ("R7", "令和８年度", "2026年度"), or null. */
function yearsAfter(lines: Line[], j: number, n: number): number[] | null {
  if (j + n > lines.length) return null;
  const out: number[] = [];
  // (a chart's axis names the era once, then numbers alone: "令和2" / "3" / "4" / "5")
  let era: number | null = null;
  for (let k = j; k < j + n; k++) {
    const t = lines[k].text.trim();
    let y = yearAloneOf(t);
    const e = k === j && y === null ? ERA_ALONE.exec(t) : null;
    if (e) { y = yearAloneOf(`${t}年度`); era = e[2] === '元' ? 1 : Number(toHalfWidth(e[2])); }
    else if (y === null && era !== null && /^[0-9０-９]{1,2}$/u.test(t) && Number(toHalfWidth(t)) === era + (k - j)) y = out[out.length - 1] + 1;
    if (y === null || (out.length && y !== out[out.length - 1] + 1)) return null;
    out.push(y);
  }
  return out;
}
/** Do the lines from `j` name the years of a chart's data labels `cells` (after the chart's axis, where one stands first)? */
function chartYearsAt(lines: Line[], j: number, cells: Cell[]): boolean {
  return !!yearsAfter(lines, j, cells.length - afterAxis(cells));
}
/** Where a chart's data labels start among `cells`: after its axis where one stands first with two labels or more after it, else 0. */
function afterAxis(cells: Cell[]): number {
  const ax = axisPrefix(cells);
  return ax && cells.length - ax >= 2 ? ax : 0;
}
const ERA_ALONE = /^(令和|平成|[RHＲＨ])[\s\u3000]?([0-9０-９]{1,2}|元)$/u;

/** A row label of unitCellRows: short text holding no amount. */
function rowLabelOk(label: string, scan: ScanFn): boolean {
  return !!label && label.length <= 40 && !aloneAmount(label, scan) && !HOLDS_AMOUNT.test(label);
}

/** How many lines holding an amount alone follow the row label at line j (blank lines skipped before it), up to 2; -1: no label. */
function firstRowCells(lines: Line[], j: number, scan: ScanFn): number {
  while (j < lines.length && isBlank(lines[j].text)) j++;
  if (!rowLabelOk(lines[j]?.text.trim() ?? '', scan)) return -1;
  // (a group's name over its first row's: "一般会計" / "収入" / "34億3722万円" / …)
  if (j + 2 < lines.length && rowLabelOk(lines[j + 1].text.trim(), scan) && !RATE_ALONE.test(lines[j + 1].text) && aloneAmount(lines[j + 2].text, scan)) j++;
  let n = 0;
  while (n < 2 && j + 1 + n < lines.length && aloneAmount(lines[j + 1 + n].text, scan)) n++;
  return n;
}

/** Which lines hold a character of `bit` (1), from their lineChars. */
function linesHolding(chars: Uint16Array, bit: number): Uint8Array {
  const out = new Uint8Array(chars.length);
  for (let k = 0; k < chars.length; k++) if (chars[k] & bit) out[k] = 1;
  return out;
}

/**
 * Where unitCellRows may find a table (1) or surely finds none (0). Its first row is a label line with
 * two lines after it an amount may stand alone on (aloneAmount: at most 40 characters, one a 円),
 * reached from the start over header lines (at most 40 characters once trimmed) and blank lines:
 * from a line with no such label in reach it returns null, so it is not asked. `yen`: the lines holding 円.
 */
function unitRowsReach(lines: Line[], yen: Uint8Array): Uint8Array {
  const n = lines.length;
  const reach = new Uint8Array(n);
  let runEnd = n; // the first line at or after k that is neither short nor blank
  let label = n; // the first line after k followed by two possible alone amounts
  let a1 = false, a2 = false, a3 = false; // lines k + 1, k + 2, k + 3 may hold an amount alone
  for (let k = n - 1; k >= 0; k--) {
    if (a2 && a3) label = k + 1;
    const t = lines[k].text;
    if (t.length > 40 && trimmedLength(t) > 40) runEnd = k;
    reach[k] = label <= runEnd ? 1 : 0;
    a3 = a2; a2 = a1; a1 = t.length <= 40 && yen[k] === 1;
  }
  return reach;
}

/**
 * Cells that carry their units, one per line, row by row under a header of figure columns:
 *   令和6年度 概算要求額 / 令和5年度 当初予算額 / 一般会計 / 4,286 億円 / 3,495 億円 / うち、… / 1,336 億円 / …
 * Entered only where the first row fits the header (a label, then one amount per figure column).
 * Returns the figures and the lines they take, or null.
 */
/** What unitCellRows learnt for the lines after: the last run of header lines it read, and firstRowCells by line. */
interface UnitRowsMemo { firstRows: Map<number, number>; runFrom: number; runTo: number }

function unitCellRows(lines: Line[], i: number, ctx: Ctx, scan: ScanFn, memo: UnitRowsMemo): { figures: CellFigure[]; lines: number[]; next: number } | null {
  // the header: lines of at most 40 characters naming a column, none an amount alone (each line's own test, so a run
  // read from a line above ends where it ended: read again from every line of a long run, it was quadratic)
  let j = i;
  if (i > memo.runFrom && i < memo.runTo) j = memo.runTo;
  else {
    while (j < lines.length && lines[j].text.trim().length <= 40 && columnWordIn(lines[j].text) && !aloneAmount(lines[j].text, scan)) j++;
    memo.runFrom = i;
    memo.runTo = j;
  }
  if (j === i) return null;
  // a table needs two figure columns, so its first row a label and two amounts: without them, no header is read
  let first = memo.firstRows.get(j);
  if (first === undefined) memo.firstRows.set(j, (first = firstRowCells(lines, j, scan)));
  if (first < 2) return null;
  const hdr = lines.slice(i, j).map((l) => l.text.trim());
  const all = readColumns(hdr.join(' '), ctx.frameFy);
  const cols = all.filter((c) => c.role === 'primary' || c.role === 'previous' || c.role === 'change');
  const k = cols.length;
  if (k < 2 || !cols.some((c) => c.role === 'primary')) return null;
  // (a rate column after the figures, "増減率": its cell closes each row, "12.1%")
  const rates = all.filter((c) => c.role === 'pct').length;
  const figures: CellFigure[] = [];
  const taken: number[] = [];
  let rows = 0;
  let group: string | null = null;
  while (j < lines.length) {
    while (j < lines.length && isBlank(lines[j].text)) j++;
    let label = lines[j]?.text.trim() ?? '';
    if (!rowLabelOk(label, scan)) break;
    // (a group's name over its rows' names: "国民健康保険" / "収入" / …, each row named by both)
    const second = lines[j + 1]?.text.trim() ?? '';
    if (rowLabelOk(second, scan) && !RATE_ALONE.test(second) && (aloneAmount(lines[j + 2]?.text ?? '', scan) || rowOnLine(lines[j + 2]?.text ?? '', k, scan))) {
      group = label;
      label = second;
      j++;
    }
    const name = group ? `${group} ${label}` : label;
    const cells: { idx: number; tok: ReturnType<ScanFn>[number] }[] = [];
    let n = j + 1;
    // (the row's cells on one line, set apart by spaces: "6億6588万円 6億799万円 5789万円 9.5%")
    const one = n < lines.length ? rowOnLine(lines[n].text, k, scan) : null;
    if (one) { for (const tok of one) cells.push({ idx: n, tok }); n++; }
    while (cells.length < k && n < lines.length) {
      const a = aloneAmount(lines[n].text, scan);
      if (!a) break;
      cells.push({ idx: n, tok: a });
      n++;
    }
    if (cells.length !== k) break;
    if (!one) for (let r = 0; r < rates && n < lines.length && RATE_ALONE.test(lines[n].text); r++) n++;
    pushRow(figures, cells.map(({ idx, tok }, c) => ({ col: cols[c], f: tokenFigure(idx, tok, cols[c], ctx, name, 0.85) })));
    for (const { idx } of cells) if (!taken.includes(idx)) taken.push(idx);
    rows++;
    j = n;
  }
  return rows ? { figures, lines: taken, next: j } : null;
}
const RATE_ALONE = /^[\s\u3000]*[△▲\-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[\s\u3000]*[%％][\s\u3000]*$/u;
// a row's cells on one line: amounts with their units set apart by spaces, rates after them
const ROW_REST = /^[\s\u3000△▲▼\-－−]*$/u;
const RATES_AFTER = /^(?:[\s\u3000]+[△▲\-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％])*[\s\u3000]*$/u;
/** The `k` amounts of a row written on one line, or null. */
function rowOnLine(t: string, k: number, scan: ScanFn): ReturnType<ScanFn> | null {
  if (t.length > 120 || !t.includes('円')) return null;
  const toks = scan(t);
  if (toks.length !== k) return null;
  if (!ROW_REST.test(t.slice(0, toks[0].start))) return null;
  for (let c = 1; c < k; c++) if (!ROW_REST.test(t.slice(toks[c - 1].end, toks[c].start)) || !/[\s\u3000]/u.test(t.slice(toks[c - 1].end, toks[c].start))) return null;
  return RATES_AFTER.test(t.slice(toks[k - 1].end)) ? toks : null;
}

/** For the tests: the prechecks and the readers they guard. */
export const cellTableInternals = { unitRowsReach, linesHolding, unitCellRows, lineCell, mayBeCell, headerQuick, nameHeading, unitOnly, unitsRow, NUM_CELL, PLACEHOLDER, VALUE_WITH_UNIT };
