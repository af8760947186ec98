// Table headers: what each column holds (this year's figure, last year's, the change, a unit…).
import { parseBareNumber, type AmountToken } from './amounts';
import { readLabel, SETTLEMENT_BALANCE, stageWord } from './context';
import { bareNumberIn, cellUnit, declaredUnit, fractionIsRatio, unitOf, type Cell, type HeaderUnit } from './lines';
import { opensWithSetsuName, setsuNumberLike } from './setsu';
import type { WarningCode } from './warnings';
import type { Stage } from './types';

export type ColumnRole = 'primary' | 'previous' | 'supplementary' | 'change' | 'note' | 'text' | 'empty';

export interface Column {
  role: ColumnRole;
  text: string;
  fy: number | null;
  stage: Stage | null;
  unit: HeaderUnit | null;
  /** One of three or more year columns (a time series: 令和6年度 | 令和7年度 | 令和8年度): a figure of its own year. */
  series?: boolean;
  /** An earlier year's figure of its own beside this year's (last year's settlement by this year's budget): never the row's main figure. */
  own?: boolean;
}

// (and an English page's: "Change", "Difference", "+/-")
// (and what a review changes: "見直しによる影響見込額", "予算縮減額", "反映額")
const CHANGE = /比\s*較|増\s*[△▲]?\s*減|差\s*引|差\s*額|(?:縮減|削減|影響(?:見込み?)?|反映)額|^\s*[比較増減差]\s*[△▲]?\s*[額減増較]?\s*$|^\s*(?:[Cc]hange|[Dd]ifference|[Ii]nc\.\/dec\.|\+\/-|±)\s*$/u;

// a heading that names its column's unit ("令和9年度要求額（百万円）")
const UNIT_TAIL = /[\s\u3000]*[(（]\s*(?:単位[:：]?\s*)?(千万円|百万円|千円|万円|億円|円)\s*[)）][\s\u3000]*$/u;

/** A ratio to a whole named in its heading (対GDP比, 対歳出総額比): words shared with the cell tables' column words. */
export const RATIO_TO_WHOLE = '対[ＧＤＰGDPＧＮＩGNI歳出入総額税収]{2,6}比';
/** Amounts of their own kind heading a row's figure (配当額, 交付額, 補助金額): shared likewise. */
export const OWN_AMOUNT_WORDS = '(?:配当|配分|交付|補助金?|負担金?)額';
export const RATIO_COLUMN = new RegExp(String.raw`^(?:構成比(?:率)?|${RATIO_TO_WHOLE}|(?:比較[\s\u3000]?)?増[△▲]?減率|伸び?率|対前年度?比|前年度?比|比率|執行率|(?:対前年度?[\s\u3000]*)?倍率|[%％]|\(?[%％]\)?)[\s\u3000]*(?:[(（][^)）]{0,8}[)）])?$`, 'u');
const ROW_NUMBER_COLUMN = /^(?:No|NO|Ｎｏ|ＮＯ|№|#|＃)[.．]?$|^(?:[^\s\u3000]{0,4}(?:番号|コード)|項番|通番|連番|順位|順)$/u;
const COUNT_COLUMN = /^[^\s\u3000]{0,6}(?:件|人|回|箇所|か所|世帯|団体|校|者|戸|徒|級|員|床|事業|施設|社|台|店|便|園|館|品目|項目|地区|路線)数(?:[\s\u3000]*[(（][^)）円]{1,4}[)）])?$|^[^\s\u3000(（]{1,8}[(（](?:件|人|回|箇所|か所|世帯|団体|校|社|戸|台|人日|日|時間|㎡|ha|km|t|トン|kg|㎥)[)）](?:[\s\u3000].{0,12})?$|^人口(?:[(（][^()（）]{0,16}[)）])?(?:[\s\u3000].{0,12})?$/u;
const COMPACT_YEAR = /^[RHＲＨ令平][\s\u3000]?[0-9０-９元]{1,2}$/u;
const NAMED_COMPACT_YEAR = /^[^\s\u3000]{1,12}[\s\u3000]+([RHＲＨ令平][\s\u3000]?[0-9０-９元]{1,2})$/u;
/** A column's name without its year ("北浦 R8" → "北浦"): columns of one name in two years pair up. */
export function columnName(text: string): string {
  const m = NAMED_COMPACT_YEAR.exec(text.trim());
  if (m) return text.trim().slice(0, m.index + m[0].length - m[1].length).trim();
  // ("令和8年度 要求額 | 令和8年度 査定額 | 令和7年度（参考） 要求額…": a year spanning its columns, then each column's word)
  const y = YEAR_THEN_WORD.exec(text.trim());
  return y ? y[1] : '';
}
// a year, an aside, a space, then a word of its own
// (and the column's letters after it, "(B)-(A)")
const YEAR_THEN_WORD = /^(?:令和|平成|[RHＲＨ])?[0-9０-９元]{1,4}年度?(?:[(（][^()（）]{1,6}[)）])?[\s\u3000]+([^\s\u3000(（]{2,10}|計)(?:[\s\u3000]*[(（][A-Za-zＡ-Ｚａ-ｚ][)）](?:[\s\u3000]*[-－+＋][\s\u3000]*[(（][A-Za-zＡ-Ｚａ-ｚ][)）])*)?$/u;
// such a word naming a change alone: "令和8年度 差引" is that year's change, no figure of the year
const CHANGE_WORD_ALONE = /^(?:比[\s\u3000]?較|増[△▲]?減額?|差[\s\u3000]?引額?|差額|比較増[△▲]?減額?)$/u;
const PREV_ALONE = /^(?:前年度|前年|昨年度)(?:当初)?(?:国費)?[\s\u3000]*(?:[(（][A-Za-zＡ-Ｚａ-ｚ][)）])?$/u;
const THIS_ALONE = /^(?:本年度|今年度|当年度)[\s\u3000]*(?:[(（][A-Za-zＡ-Ｚａ-ｚ][)）])?$/u;

// (every match ends in 額 or 費: the test of `last` above)
const GENERIC_AMOUNT = /^(?:金\s*額|予算額|計上額|所要額|要求額|総事業費|事業費|予定額|国費)$|^(?!.*年)[^\s\u3000]{1,6}(?:予定|計画)額$/u;
const LIMIT_HEADING = /^(?:変更[前後][\s\u3000]*)?限度額$/u;
const INITIAL_IN_BRACKETS = /[(（][\s\u3000]*当初[\s\u3000]*[)）]/u;
const PROJECTED_IN_BRACKETS = /[(（][\s\u3000]*(?:(?:実績)?見込み?|計画|見通し)[\s\u3000]*[)）]|年度[\s\u3000]?(?:(?:実績)?見込み?|計画|見通し)$/u;
// what was done in the year: "令和5年度（実績）", "R5年度実績" (not "実績見込", a projection)
const ACTUAL_IN_BRACKETS = /[(（][\s\u3000]*実績[\s\u3000]*[)）]|年度[\s\u3000]*実績$/u;
/**
 * The stage a column's heading names: its stage word, or "（当初）" alone in brackets, the initial budget ("R8年度（当初）"
 * beside "R9年度（見込）"), "（見込）" alone, a projection (no budget of that year), and "（実績）" alone, what was spent.
 */
// a year's heading closed by its initial budget or its draft: "令和7年度当初", "令和8年度政府案"
// (or a compact year's: "R7当初", "R8当初案")
// (or a year's plan figure, "令和9年度計画額": what that year's plan provides, as celltables reads it)
const YEAR_THEN_INITIAL = /(?:年度|(?<![A-Za-zＡ-Ｚａ-ｚ])[RHＲＨ][0-9０-９]{1,2})[\s\u3000]*(?:当初|当初案|政府案|予算案|案|計画額)$/u;
export const headingStage = (t: string): Stage | null => stageWord(t) ?? (INITIAL_IN_BRACKETS.test(t) || YEAR_THEN_INITIAL.test(t) ? 'budget' : PROJECTED_IN_BRACKETS.test(t) ? 'other' : ACTUAL_IN_BRACKETS.test(t) ? 'settlement' : null);

// a column's letter after its words, "発行予定額(A)" (a change column's "(A)-(B)" is no single letter)
const LETTER_MARK = /(?<=[^\s\u3000\-－+＋/／)）])[\s\u3000]*[(（][A-ZＡ-Ｚ][)）]$/u;

const SPLIT_BETWEEN_HAN = /[\p{Script=Han}\p{Script=Hiragana}][\s\u3000]+[\p{Script=Han}]/u;
function analyse(text: string): Column {
  const full = text.trim();
  // (a heading a cell's line break split, "翌年度 繰越額": its stage is the joined words')
  // (the words are joined only when the heading as it stands names no stage)
  if (SPLIT_BETWEEN_HAN.test(full) && stageWord(full) === null) {
    const joined = full.replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}])[\s\u3000]+(?=[\p{Script=Han}])/gu, '');
    if (stageWord(joined) !== null) return { ...analyseWords(joined), text: full };
  }
  // (every match of LETTER_MARK ends in ) or ）)
  const last = full.charCodeAt(full.length - 1);
  const t = last === 0x29 || last === 0xff09 ? full.replace(LETTER_MARK, '') : full;
  return t === full ? analyseWords(t) : { ...analyseWords(t), text: full };
}

const BRACKETED_HEADING = /^[(（［\[【〔][\s\u3000]*([^()（）［］\[\]【】〔〕]+?)[\s\u3000]*[)）］\]】〕]$/u;
const MONTH_SUPP = /^[0-9０-９]{1,2}月補正(?:予算)?(?:額)?$/u;
function analyseWords(t: string): Column {
  if (!t) return { role: 'empty', text: t, fy: null, stage: null, unit: null };
  // (a heading in brackets, "（前年度）", "［2月補正］": the words inside head the column)
  const inner = BRACKETED_HEADING.exec(t);
  if (inner && !cellUnit(t)) return { ...analyseWords(inner[1]), text: t };
  // ("2月補正": a supplementary budget named by its month)
  if (MONTH_SUPP.test(t)) return { role: 'primary', text: t, fy: null, stage: 'supplementary', unit: null };
  // ("予算額" over "（前年度）" in one cell: the figure, last year's in brackets under it, is the column's)
  // (every match ends in ) or ）, and holds 前年 or 昨年度)
  const last = t.charCodeAt(t.length - 1);
  const stacked = (last === 0x29 || last === 0xff09) && (t.includes('前年') || t.includes('昨年度')) ? BRACKETED_PREVIOUS_UNDER.exec(t) : null;
  if (stacked) {
    const head = analyseWords(stacked[1].trim());
    if (head.role === 'primary') return { ...head, text: t };
  }
  const u = cellUnit(t);
  if (u) return { role: 'empty', text: t, fy: null, stage: null, unit: u };
  const ut = t.includes('円') ? UNIT_TAIL.exec(t) : null;
  if (ut) {
    const col = analyseWords(t.slice(0, ut.index).trim());
    return col.role === 'empty' ? col : { ...col, unit: unitOf(ut[1]) };
  }
  if (/^備\s*考$/u.test(t)) return { role: 'note', text: t, fy: null, stage: null, unit: null };
  // a generic amount column (金額, 予算額 without a year): the figure of the row, named by the row
  // (a limit, 限度額, is the budget's however a supplementary one changed it: "変更前 限度額 | 変更後 限度額")
  if (LIMIT_HEADING.test(t)) return { role: 'primary', text: t, fy: null, stage: 'budget', unit: null };
  if ((last === 0x984d || last === 0x8cbb) && GENERIC_AMOUNT.test(t)) return { role: 'primary', text: t, fy: null, stage: stageWord(t), unit: null };
  // a ratio column (構成比, 増減率, 伸率, 充当率, %): no yen in it
  if (RATIO_COLUMN.test(t) || ANY_RATE.test(t)) return { role: 'note', text: t, fy: null, stage: null, unit: null };
  // a row-number or code column (No. | 番号 | 項番), or a count (件数, 利用者数（人）): its numbers are no amounts
  if (ROW_NUMBER_COLUMN.test(t) || COUNT_COLUMN.test(t)) return { role: 'note', text: t, fy: null, stage: null, unit: null };
  // a year named relative to the table's own (前年度 | 本年度): last year's figure, this year's
  if (PREV_ALONE.test(t)) return { role: 'previous', text: t, fy: null, stage: null, unit: null };
  if (THIS_ALONE.test(t)) return { role: 'primary', text: t, fy: null, stage: null, unit: null };
  // a compact year alone heads its year's column ("R9 | R8", "H30"): read as that year's 年度
  // ("北浦 R9 | 北浦 R8": a name and a compact year, each city's figure of that year)
  const named = !COMPACT_YEAR.test(t) && (t.includes(' ') || t.includes('\u3000')) ? NAMED_COMPACT_YEAR.exec(t) : null;
  // ("R8 計画" from a header over two rows, "R8" over "計画": the compact year's column of that word)
  const yearWord = !named ? COMPACT_YEAR_THEN_WORD.exec(t) : null;
  // ("R7末", "R8末見込": a compact year's end)
  const end = !named && !yearWord ? COMPACT_YEAR_END.exec(t) : null;
  const read = readLabel(COMPACT_YEAR.test(t) ? `${t}年度` : named ? `${named[1]}年度` : yearWord ? `${yearWord[1]}年度${yearWord[2]}` : end ? `${end[1]}年度` : t);
  // (a year's end, "令和6年度末", "令和7年度末見込", heads the balances then: no budget)
  const lbl = read.stage === null && read.fy !== null ? { ...read, stage: end || YEAR_END_HEADING.test(t) ? 'other' as Stage : headingStage(t) } : read;
  // ("歳入歳出差引額（形式収支）", "実質収支額": a settlement's balance, a figure of its own, no change)
  if (SETTLEMENT_BALANCE.test(t)) return { role: 'primary', text: t, fy: lbl.fy, stage: 'settlement', unit: null };
  if (CHANGE.test(t) && (lbl.fy === null || CHANGE_WORD_ALONE.test(columnName(t)))) return { role: 'change', text: t, fy: null, stage: null, unit: null };
  // ("補正前 | 補正額 | 補正後": the budget before and after a supplementary one, named without 額)
  if (lbl.fy !== null || (lbl.stage !== null && (/額|予算|要求|決算/u.test(t) || /^補正[前後]$/u.test(t))) || (lbl.previous && /額|予算/u.test(t))) {
    return { role: lbl.previous ? 'previous' : 'primary', text: t, fy: lbl.fy, stage: lbl.stage, unit: null };
  }
  // ("配当額", "交付額", "補助金額": an amount of its own kind, the row's figure, beside 前年度 | 増減)
  if (OWN_AMOUNT.test(t)) return { role: 'primary', text: t, fy: null, stage: stageWord(t), unit: null };
  return { role: 'text', text: t, fy: null, stage: null, unit: null };
}
const COMPACT_YEAR_END = /^([RHＲＨ][0-9０-９]{1,2})[\s\u3000]?末(?:見込み?)?$/u;
const YEAR_FLOW = /積立|取崩|取り崩|繰入|繰出|当初現在高|前年度末/u;
const YEAR_END_HEADING = /年度[\s\u3000]?末(?!まで)/u;
const COMPACT_YEAR_THEN_WORD = /^([RHＲＨ][0-9０-９]{1,2})[\s\u3000]+([^\s\u3000]{1,8})$/u;
const BRACKETED_PREVIOUS_UNDER = /^(.*[^\s\u3000])[\s\u3000]*[(（][\s\u3000]*(?:前年度?|昨年度)(?:予算額?|当初)?[\s\u3000]*[)）]$/u;
const ANY_RATE = /^[^\s\u3000]{1,6}率$/u;
const OWN_AMOUNT = new RegExp(`^${OWN_AMOUNT_WORDS}(?:[(（][A-Za-zＡ-Ｚａ-ｚ][)）])?$`, 'u');

/**
 * Header cells that a flattening glued together ("令和7年度予算額 令和8年度要求額" in one cell, when a
 * PDF's columns sit close): split at spaces where every part names a stage.
 */
const QUALIFYING_WORD = /^(?:予算額?|金額|額)$/u;
function splitGlued(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    // (a cell with no space between two words is one part: most are)
    if (!/\S\s+\S/u.test(c.text)) { out.push(c); continue; }
    const parts = c.text.trim().split(/[\s\u3000]+/u);
    if (parts.length < 2 || !parts.every((p) => readLabel(p).stage !== null)) { out.push(c); continue; }
    // (a heading over two rows merged, "平成30年度補正後" over "予算額": the amount's word qualifies the stage, one column)
    if (parts.length === 2 && QUALIFYING_WORD.test(parts[1])) { out.push(c); continue; }
    let from = 0;
    for (const p of parts) {
      const at = c.text.indexOf(p, from);
      out.push({ start: c.start + at, end: c.start + at + p.length, text: p });
      from = at + p.length;
    }
  }
  return out;
}

/** Read a header row. Returns null when the row does not look like a header of figures. */
export function parseHeader(cellsIn: Cell[]): Column[] | null {
  // (a title alone in a row's cell, "令和6年度 事業別予算執行状況一覧",,,,: no header of columns)
  // (or with the table's unit in a cell of its own, "令和8年度 事業一覧\t\t（単位：千円）")
  // (the unit declared with another count's in its cell, "（単位：百万円、％）", is a unit's cell too)
  if (cellsIn.filter((c) => c.text.trim() && !cellUnit(c.text) && !(c.text.includes('位') && declaredUnit(c.text))).length < 2) return null;
  const cells = splitGlued(cellsIn);
  const cols = cells.map((c) => analyse(c.text));
  // (years' ends beside a year's flows, "当初現在高 | 積立額 | 取崩額 | 年度末現在高": the columns share the table's stage; only a
  // table of balances alone, "令和6年度末 | 令和7年度末見込 | 増減", holds no budget)
  const yearEnd = (c: Column): boolean => c.stage === 'other' && (YEAR_END_HEADING.test(c.text) || COMPACT_YEAR_END.test(c.text));
  if (cols.some(yearEnd) && cols.some((c) => !yearEnd(c) && (c.role === 'primary' || c.role === 'previous' || YEAR_FLOW.test(c.text)))) for (const c of cols) if (yearEnd(c)) c.stage = null;
  const figs = cols.filter((c) => c.role === 'primary' || c.role === 'previous');
  const texts = cols.filter((c) => c.role === 'text');
  if (!figs.length && texts.length < 2) return null;
  const main = figs.filter((c) => c.role === 'primary');
  // years side by side, three or more: each column is its year's figure, its row says which figure
  const maxFy = Math.max(...main.map((c) => c.fy ?? -1));
  if (new Set(figs.map((c) => c.fy).filter((y) => y !== null)).size >= 3) {
    // (but three figures of one stage with a change column right after last year's, "R5決算額 | R4決算額 | 増減額 | H30決算額":
    // this year's against last year's, as a two-year table, the older year a figure of its own)
    const last = cols.findIndex((c) => c.fy === maxFy - 1 && (c.role === 'primary' || c.role === 'previous'));
    if (figs.length === 3 && last >= 0 && cols[last + 1]?.role === 'change' && figs.every((c) => c.stage === figs[0].stage)) {
      for (const c of figs) c.role = c.fy === maxFy - 1 ? 'previous' : 'primary';
      return cols;
    }
    // (nor a table comparing the latest year's budget with the year before's, "R6決算 | R7当初 | R7補正 | R8政府案 | 対前年度増減":
    // the older years are figures of their own or last year's, as beside two years)
    const latest = figs.find((c) => c.fy === maxFy);
    if (!(cols.some((c) => c.role === 'change') && (latest?.stage === 'budget' || latest?.stage === 'request') && figs.some((c) => c.fy === maxFy - 1 && c.stage === 'budget'))) {
      for (const c of figs) if (c.fy !== null) { c.role = 'primary'; c.series = true; }
      return cols;
    }
  }
  // (a 補正額 beside the budget after it, "補正額 | 予算現額", with no column of the initial budget it is added to: a figure of
  // its own, as beside 補正前/補正後)
  const afterOnly = cols.some((x) => /予算現額|現計/u.test(x.text)) && !cols.some((x) => /当初/u.test(x.text));
  let firstStage: Stage | null | undefined;
  // (what the whole header holds, asked of each figure column: worked out once, when first asked, as a wide header has
  // thousands; the main columns' stages and the columns' words stay as they are in the loop)
  let otherStage: boolean | undefined, beforeAfter: boolean | undefined, budgetLatest: boolean | undefined;
  for (const c of cols) {
    if (c.role !== 'primary') continue;
    // a 補正額 column beside 補正前/補正後 is a figure of its own (補正前 + 補正額 = 補正後); beside a
    // budget column only, it is that budget's supplementary figure, of its year or of the year before (令和7年度予算案 |
    // 令和6年度補正 | 令和6年度当初: the supplementary budget passed with it, and last year's)
    // (a main column of another stage than the supplementary one: never c itself)
    if (c.stage === 'supplementary' && (otherStage ??= main.some((m) => m.stage !== 'supplementary')) && !(beforeAfter ??= cols.some((x) => /補正[前後]/u.test(x.text))) && !afterOnly &&
      (c.fy === null || maxFy <= 0 || c.fy >= maxFy - 1)) c.role = 'supplementary';
    // (last year's settlement beside this year's budget, "R6決算額 | R7当初予算額", is a figure of its own, no comparison)
    else if (c.fy !== null && maxFy > 0 && c.fy < maxFy && !(c.stage === 'settlement' && (budgetLatest ??= main.some((m) => m.fy === maxFy && (m.stage === 'budget' || m.stage === 'request'))))) c.role = 'previous';
    else if (c.fy !== null && maxFy > 0 && c.fy < maxFy) c.own = true;
    // 予算現額 | 支出済額: two figures of one item at two stages are both primaries
    else if (firstStage !== undefined && !(c.stage && firstStage && c.stage !== firstStage)) c.role = 'text';
    else if (firstStage === undefined) firstStage = c.stage;
  }
  // ("会計名 | 歳入決算額 | 歳出決算額 | 差引額": the balance of revenue and spending is a figure of its own, of their stage)
  const spending = cols.find((c) => c.text.includes('歳出') && (c.role === 'primary' || c.role === 'text'));
  if (spending && cols.some((c) => c.text.includes('歳入'))) {
    cols.forEach((c, k) => { if (BALANCE_COLUMN.test(c.text)) cols[k] = { ...c, role: 'primary', stage: c.stage ?? spending.stage }; });
  }
  // ("年度当初現在高 | 積立額 | 取崩額 | 年度末現在高": the balance at the year's start is the year before's end, the end's figure's
  // previous)
  const opening = cols.findIndex((c) => OPENING_BALANCE.test(c.text));
  const closing = cols.findIndex((c) => CLOSING_BALANCE.test(c.text));
  if (opening >= 0 && closing > opening) {
    cols[opening] = { ...cols[opening], role: 'previous' };
    cols[closing] = { ...cols[closing], role: 'primary' };
  }
  // ("均等割 | 人口割 | 実績割 | 合計 | 前年度 | 比較": no column names this year's figure; the one before last year's, a total's
  // word, is it, the parts before it figures of their own)
  const prevAt = cols.findIndex((c) => c.role === 'previous');
  if (prevAt > 1 && !cols.some((c) => c.role === 'primary') && cols[prevAt - 1].role === 'text' && TOTAL_WORD.test(cols[prevAt - 1].text)) {
    cols[prevAt - 1] = { ...cols[prevAt - 1], role: 'primary' };
  }
  // ("国費 | 事業費 | 前年度国費": the state's money is the budget's figure; the project's whole cost, other bodies' shares in
  // it, is no budget)
  const national = cols.findIndex((c) => c.role === 'primary' && c.text.trim() === '国費');
  if (national >= 0) cols.forEach((c, k) => { if (k !== national && /^総?事業費$/u.test(c.text.trim())) cols[k] = { ...c, role: 'primary', stage: 'other' }; });
  return cols;
}
const BALANCE_COLUMN = /^[\s\u3000]*(?:差[\s\u3000]*引(?:額)?|収支(?:差額|額)?|形式収支)[\s\u3000]*(?:[(（][^()（）]{0,12}[)）])?[\s\u3000]*$/u;
const OPENING_BALANCE = /(?:年度当初|年度初め?|期首|前年度末)[\s\u3000]*(?:現在高|残高)/u;
const CLOSING_BALANCE = /(?<!前)(?:年度末|期末)[\s\u3000]*(?:現在高|残高)/u;
const TOTAL_WORD = /^(?:合[\s\u3000]*計|計|総[\s\u3000]*額|総[\s\u3000]*計)$/u;

// a lower header cell measured against last year: "対前年度増減額"
const AGAINST_LAST_YEAR = /対前年|前年度?比/u;
/**
 * Merge a second header line into the first, column by column (headers broken over lines). Where the second line has
 * more cells, the first line's spanned them ("令和6年度決算 | 令和5年度決算 | 増減額" over "決算額 | 構成比 | 決算額 |
 * 構成比 | (A)-(B)"): each upper cell takes one lower cell, and the ratio cells after it while the lower line has cells to
 * spare.
 */
/** The most lines a table's header is merged from (three-line headers are common, six is plenty). */
export const MAX_HEADER_ROWS = 6;

export function mergeHeaderCells(a: Cell[], b: Cell[]): Cell[] {
  const spanned = spannedHeader(a, b);
  if (spanned) return spanned;
  const n = Math.max(a.length, b.length);
  const out: Cell[] = [];
  // (a merged cell exported as its text and empty cells after it, "\t令和8年度\t\t\t令和7年度\t\t" over "\t要求額\t査定額\t差引\t要求額…":
  // the upper heading of a year spans the lower cells up to the next, past the row names' column)
  let span = '';
  for (let k = 0; k < n; k++) {
    const own = a[k]?.text.trim() ?? '';
    if (own) span = k > 0 && readLabel(own).fy !== null ? own : '';
    // (a lower cell measured against last year, "対前年度増減額", is no column of the year's own)
    const x = own || (b[k]?.text.trim() && !AGAINST_LAST_YEAR.test(b[k].text) ? span : '');
    const y = b[k]?.text ?? '';
    // (a bracketed word under a heading is a part of it, "令和９年度予算案" over "（査定額）")
    out.push({ start: a[k]?.start ?? b[k].start, end: a[k]?.end ?? b[k].end, text: (x && /^[\s\u3000]*[(（]/u.test(y) ? `${x}${y.trim()}` : `${x} ${y}`).trim() });
  }
  return out;
}

function spannedHeader(a: Cell[], b: Cell[]): Cell[] | null {
  if (b.length <= a.length || a.length < 3) return null;
  // (the lower line leaves the row names' cell out, or holds it empty)
  const lower = b.length > a.length && b[0].text.trim() === '' ? b.slice(1) : b;
  const upper = a.slice(1);
  if (lower.length <= upper.length || !lower.some((c) => RATIO_COLUMN.test(c.text.trim()))) return null;
  // (the upper line heads columns: two headings or more, short, none a unit; not a title row with its unit in a cell)
  const heads = upper.map((c) => c.text.trim()).filter(Boolean);
  if (heads.length < 2 || heads.some((h) => h.length > 20 || cellUnit(h))) return null;
  const out: Cell[] = [a[0]];
  let k = 0;
  upper.forEach((u, j) => {
    const left = upper.length - j - 1;
    // (a ratio's cell is that ratio's, whatever spans it; else the two words are one heading, "令和6年度決算決算額")
    const take = (c: Cell): void => {
      const text = RATIO_COLUMN.test(c.text.trim()) ? c.text : RATIO_COLUMN.test(u.text.trim()) ? u.text : `${u.text.trim()}${c.text.trim()}`;
      out.push({ start: c.start, end: c.end, text });
      k++;
    };
    if (k < lower.length) take(lower[k]);
    while (k < lower.length && lower.length - k > left && RATIO_COLUMN.test(lower[k].text.trim())) take(lower[k]);
    // (the last upper cell takes what is left)
    if (!left) while (k < lower.length) take(lower[k]);
  });
  return out;
}

// a unit row's cell naming no money: a ratio, or a count of people or things ("％", "人", "件", "㎡")
const RATIO_UNIT = /^[\s\u3000]*[(（]?[\s\u3000]*(?:[%％]|人|件|世帯|校|回|箇所|か所|団体|台|戸|社|日|時間|㎡|ha|km|t|トン)[\s\u3000]*[)）]?[\s\u3000]*$/u;
/** A unit row's cell naming no money: its column holds no yen. */
export const nonYenUnitCell = (text: string): boolean => RATIO_UNIT.test(text);
/** A row of units only (`\t千円\t千円\t千円`; a share column's `％` among them). */
export function unitRow(cells: Cell[]): (HeaderUnit | null)[] | null {
  const us = cells.map((c) => (c.text.trim() ? cellUnit(c.text) : null));
  if (!us.some((u) => u) || cells.some((c, k) => !us[k] && c.text.trim() && !RATIO_UNIT.test(c.text))) return null;
  return us;
}

/**
 * Bare numbers under a header unit ((単位:千円), or a unit row under the column headers), read as amounts in that
 * unit: one per cell (the whole line when it has no cells).
 */
// a row counting people or things, by its word or its bracketed unit: 人口, 世帯数, 面積（㎢）, 運行便数（便/年）, 配食数（食）
const COUNT_ROW = /(?:人口|面積|指数|[件人回所帯体校者戸便台員食]数)(?:[(（][^()（）]{0,12}[)）])?$|[(（](?:件|人|回|箇所|か所|世帯|団体|校|社|戸|台|食|便(?:[/／]年)?|人日|日|時間|㎡|㎢|ha|km|[%％])[)）]$/u;
/** Does a row's name count people or things (its figures no yen, whatever the table's unit)? */
export const countRow = (label: string): boolean => COUNT_ROW.test(label.trim());

const UNIT_HEADING = /^[\s\u3000]*単[\s\u3000]?位[\s\u3000]*$/u;
/** The unit a row's cell under a header's 単位 column names ("千円"), or null. */
export function unitColumnCell(columns: Column[], cells: Cell[]): HeaderUnit | null {
  const k = columns.findIndex((c) => UNIT_HEADING.test(c.text));
  return k >= 0 && cells[k] ? unitOf(cells[k].text.trim()) : null;
}

// a column of numbers that are codes: 節, 款, 項, 目, No., 番号, コード
const CODE_HEADING = /^[\s\u3000]*(?:節|款|項|目|No\.?|NO\.?|Ｎｏ\.?|番号|整理番号|コード)[\s\u3000]*$/u;
export function bareTokens(t: string, cells: Cell[] | null, columns: Column[] | null, unit: HeaderUnit | null): AmountToken[] {
  const out: AmountToken[] = [];
  const parts = cells ?? [{ start: 0, end: t.length, text: t }];
  parts.forEach((c, k) => {
    const b = bareNumberIn(c.text);
    if (!b) return;
    if (cells && codeCell(cells, k, b)) return;
    // (a number under a heading of numbers, 節, No., 番号: a code, whatever the table's unit)
    if (columns?.[k] && CODE_HEADING.test(columns[k].text) && !b.sign && /^[0-9０-９]{1,4}$/u.test(b.num)) return;
    const u = columns?.[k]?.unit ?? unit;
    if (!u) return;
    if (fractionIsRatio(b.num, u.power)) return;
    const v = parseBareNumber(b.num, u.power, u.div);
    if (!v) return;
    const start = c.start + b.numStart;
    const end = start + b.num.length;
    const neg = b.sign === '△' || b.sign === '▲' || b.sign === '▼' || b.sign === '-' || b.sign === '−' || b.sign === '－';
    const warnings = [...v.warnings, 'unit_from_header' as WarningCode];
    out.push({
      start, end, text: t.slice(start, end), signStart: b.sign ? t.lastIndexOf(b.sign, start) : start,
      yen: neg ? -v.yen : v.yen, unit: u.unit, sign: neg ? -1 : 1, explicitSign: !!b.sign, suffix: null,
      kanji: false, bare: true, warnings, ...(c.text.slice(0, b.numStart).includes('約') ? { about: true } : {}),
    });
  });
  return out;
}

/**
 * A row's number or a 節's, no figure: one or two plain digits in a cell before a cell of words, where it opens the row
 * ("2\t障害者福祉費\t2,486,730") or the words are a 節's name ("…\t1\t報酬\t2,860").
 */
function codeCell(cells: Cell[], k: number, b: { sign: string; num: string; close: string }): boolean {
  if (b.sign || b.close || !setsuNumberLike(b.num)) return false;
  let n = k + 1;
  while (n < cells.length && !cells[n].text.trim()) n++;
  const next = cells[n]?.text.trim() ?? '';
  if (!next || bareNumberIn(next) || !/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(next)) return false;
  return cells.slice(0, k).every((c) => !c.text.trim()) || opensWithSetsuName(next);
}

/** 歳入歳出差引, 収支: the balance of a settlement, a figure of its own, no change of the row above. */
export const BALANCE_OF_ACCOUNTS = /歳入歳出|収支/u;

/** The stage a row of a year series names: 当初予算, 補正予算, 執行額 (a settlement), 繰越 and 計 (the budget). */
export function seriesRowStage(label: string): Stage | null {
  // (a total row alone, "合計" under 当初予算 and 補正予算, is the budget's; "歳入合計" names an item)
  return stageWord(label) ?? (/執行額|支出済|決算|実績/u.test(label) ? 'settlement' : /繰越|予備費|(?:^|[\s\u3000])(?:合[\s\u3000]*)?計[\s\u3000]*$|予算現額/u.test(label) && !/[歳収支][\s\u3000]*[入出][\s\u3000]*合?計/u.test(label) ? 'budget' : null);
}
