// The line reader: the pass over the lines that tables (celltables.ts) leave, with bounded look-back, so the work
// is linear in the text length. It holds what runs from line to line (the open block and section contexts, a
// table header, figures waiting for their primary) and hands each decision to a stage module:
//   amounts.ts       the amount tokens of a line (and one broken over two lines)
//   line-facts.ts    per-line facts shared by the stages, worked out once per line
//   headings.ts      headings that open blocks and sections
//   tables.ts        table header columns and their roles; bare numbers under a header unit
//   year-rows.ts     tables with a year down the rows (年度 | 歳出総額 over 2024 | 9,870億円)
//   role-cues.ts     the words that make a figure in running text a change, previous-year or supplementary
//   figure-context.ts  a primary's stage and fiscal year, from its label, cues and the contexts
//   figure-flags.ts  a primary's flags
//   naming.ts        a primary's name on its own line, and the polish of names
//   records.ts       the record being read and its output (warnings, confidence)
// After the pass: stacked figures, previous-year figures in prose and lists of new programmes (stacked.ts,
// prose-previous.ts, newlists.ts), then the table figures (cellrecords.ts).
import { clearYearMemo, findYears, yearNamed } from '../era';
import { type AmountToken, HOLDS_AMOUNT, scanAllAmounts, scanSplitAmount } from './amounts';
import { bracketScan, closeKind, type OpenBracket } from './brackets';
import type { Doubts } from './confidence';
import { withOrphanFigures } from './orphan-figures';
import { clearLabelMemo, isStageLabelLine, readLabel, stageWord, type LabelInfo } from './context';
import { readDocument, type DocContext, type StageCtx } from './document';
import { BRACKET_LEGEND, BREADCRUMB, figuresFy, fiscalYearOf, isForecast, readFrame, type DocFrame } from './docframe';
import { BALANCE_ROW, findCellTables } from './celltables';
import { yearStages } from './stage-legend';
import { codes } from './codes';
import { cellRecords } from './cellrecords';
import { SLIDE_SUPP_LABEL, attachArrowPairs, attachPreviousAbove, attachStacked, attachYearLabelPairs } from './stacked';
import { attachNotedSupplementary, attachProsePrevious, fitsChange } from './prose-previous';
import { flagNewLists } from './newlists';
import { cleanItem, clearItemMemo, isWeakItem, lastClause, nameLike } from './items';
import { HAS_CELL_SEP, HAS_HI, HAS_LABEL, HAS_MARU, HAS_NEN, HAS_OKU_CHO, HAS_SAI, HAS_TAN, HAS_WA_COLON, HAS_YEN, bareNumberIn, captionUnit, cellFinder, cellUnit, codeAt, declaredUnit, firstNonSpace, isBlank, isSpaceCode, lastNonSpace, lineChars, isPipeRow, isSeparatedRow, joinSpaced, splitCells, splitLines, unitAfterTable, unitInBracketsLine, unitOf, type Cell, type HeaderUnit, type Line } from './lines';
import { markedNew } from './marks';
import { QUOTED_AFTER, bulletNameAfter, clearNotANameMemo, nameOnLine, notAName, polishItem, qualifyItem } from './naming';
import { ABOVE_NAME, ABOVE_SECTION, ABOVE_SKIP, BULLET_START, LineFacts } from './line-facts';
import { Headings, NUMBERED, startsNumbered } from './headings';
import { BOTH_SIDES, PREV_OPEN_TAIL, SUPP_TAIL, aloneInBracket, changeLabelBefore, changeWordAfter, closerAfter, decreaseAfter, emptyLabel, endsWithOpenParen, onlyJunk } from './role-cues';
import { contextFy, stageAndYear, type Contexts } from './figure-context';
import { RESTATED_MARK, figureFlags, fundNameHeadingAbove } from './figure-flags';
import { finishRecord, firstWithItem, toFigure, type Rec } from './records';
import { RowRecords, nearAbs } from './row-records';
import { YEAR_COLUMN_WORD, rowYearOf, westernYearOf, yearAloneOf, yearCellAlone, yearRowsHead } from './year-rows';
import { BALANCE_OF_ACCOUNTS, bareTokens, columnName, countRow, MAX_HEADER_ROWS, mergeHeaderCells, nonYenUnitCell, parseHeader, seriesRowStage, unitRow, type Column, unitColumnCell } from './tables';
import { alignedSpans, gridHeaderCells } from './header-grid';
import type { Extracted, Figure, Flag, Stage } from './types';
import type { WarningCode } from './warnings';

interface PendingPrev { anchor: Rec | null; line: number }

// (a rule may be as short as "|:--|--:|": two dashes and a colon are all Markdown asks for)
const MD_RULE = /^[\s\u3000]*[|｜]?[\s\u3000]*(?::?-{3,}:?|:-{2,}|-{2,}:)[\s\u3000]*(?:[|｜][\s\u3000]*(?::?-{3,}:?|:-{2,}|-{2,}:)?[\s\u3000]*)*$/u;
/** MD_RULE.test(t), tried only on a line opened by a pipe, a colon or a dash and holding --- (as every match does). */
const STAGE_WORD_IN = /予算|要求|決算|補正/u;
/**
 * The year and stage the sentence before the last one of `prose` names, when it names one of each (and no comparison);
 * past one sentence naming neither ("…当初予算は523億円。市民一人当たりに直すと約44万円です。近隣の甲市（448億円）…").
 */
function labelOfSentenceBefore(prose: string): { stage: Stage; fy: number } | null {
  let end = prose.lastIndexOf('。');
  for (let n = 0; n < 2 && end >= 0; n++) {
    const start = prose.lastIndexOf('。', end - 1);
    const prev = prose.slice(start + 1, end);
    end = start;
    if (n === 0 && !prev.includes('年') && !STAGE_WORD_IN.test(prev)) continue;
    if (!prev.includes('年') || !STAGE_WORD_IN.test(prev) || /比|比べ|から|より/u.test(prev)) return null;
    const lbl = readLabel(prev);
    return lbl.stage && lbl.fy !== null && !lbl.multiYear && !lbl.previous ? { stage: lbl.stage, fy: lbl.fy } : null;
  }
  return null;
}

// a period's end opening a line (or standing in a cell of it), its start closing the line above (or the text before a figure)
const PERIOD_END_WORDS = String.raw`(?:令和|平成|[RH])?[\s　]?[0-9０-９元]{1,4}[\s　]?年度?まで`;
const PERIOD_END = new RegExp(String.raw`^[\s　]*${PERIOD_END_WORDS}`, 'u');
const PERIOD_END_IN = new RegExp(String.raw`(?:^|[\s　])${PERIOD_END_WORDS}(?:[\s　]|$)`, 'u');
const PERIOD_OPEN = /(?:令和|平成|[RH])?[\s\u3000]?[0-9０-９元]{1,4}[\s\u3000]?年度?から[\s\u3000]*$/u;
// a line's heading number, its digits as one mark: "　1　" and "　2　" are one style, "（1）" another
const NUMBER_STYLE = /^[\s\u3000]*(?:[0-9０-９]{1,2}[\s\u3000.．、)）]|[(（][0-9０-９]{1,2}[)）]|[①-⑳])/u;
function numberStyle(t: string): string | null {
  const m = NUMBER_STYLE.exec(t);
  return m ? m[0].replace(/[0-9０-９]+|[①-⑳]/gu, '9') : null;
}
// a page's line of its date and the words it is filed under: "2025年3月8日 ／ カテゴリ：村議会 ／ タグ：予算, 決算"
const PAGE_META = /(?:カテゴリー?|タグ|投稿日|更新日|掲載日)[\s\u3000]*[:：]/u;
// a cell holding a figure alone in brackets: "（148）", "（ 24,640）"
const BRACKETED_CELL = /^[\s\u3000]*[(（][\s\u3000]*[△▲\-－]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*[)）][\s\u3000]*$/u;
// a budget line raised or cut by the amount before these words ("経費を…増額いたしました"), its object no figure named as
// such ("限度額を…増額": a change of that figure), nothing compared with
const AMENDED_AFTER = /^[増減]?額(?:いた|し|す)/u;
const AMENDED_OBJECT = /(?<!額)を[^、。]{0,12}$/u;
const COMPARED_IN = /比べ|比較|前年|対前|より/u;
// a field whose key names its unit in brackets, its value a bare number: "事業費（R6決算・千円）：41,230"
// a line ending in an era's name or a year, maybe with its stage's first word: "…、令和", "…令和元年度当初"
const YEAR_BROKEN_END = /(?:令和|平成|(?:令和|平成)?[0-9０-９元]{1,2}年度(?:当初|補正)?)$/u;
// a bracket's label that is a ditto mark for the one before: "（同 97億円）"
const DITTO_LABEL = /^[\s\u3000]*同[\s\u3000]*[:：]?[\s\u3000]*$/u;
// a cell of a row set apart by single spaces: a figure, maybe signed, or a rate
const SPACE_ROW_CELL = /^[△▲\-－]?[0-9０-９][0-9０-９,，.．]*[%％]?$|^[－―-]$/u;
// last year's label, then its figure bare: "前年度予算額 49,870,205"; a bare figure alone on its line
const PREV_LABEL_BARE = /^[\s\u3000]*前年度(?:当初)?予算額[\s\u3000:：]*([△▲\-－]?[0-9０-９][0-9０-９,，]*)[\s\u3000]*$/u;
const BARE_NUMBER_LINE = /^[\s\u3000]*([△▲\-－]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+)[\s\u3000]*$/u;
// a row name ending in its unit in brackets, "標準財政規模（千円）"
const ROW_NAME_UNIT = /[(（]((?:千万|百万|千|万|億)?円)[)）][\s\u3000]*$/u;
// a unit in a label's brackets: "前年度比（千円）："
const UNIT_IN_BRACKETS = /[(（][^()（）]*?(?:千円|百万円|万円|億円|円)[)）]/gu;
const BALANCE_NAME = /残高|現在高/u;
// a line opening on a breakdown of what the sentence before spoke of, going on with it ("また、", "さらに、") or on its
// funding ("財源につきましては、…交付金が4,650万円")
const CONNECTIVE_OPEN = /^[\s\u3000]*(?:(?:この|その)うち|また、|さらに、|加えて、|(?:その)?財源(?:につきましては|については|としては|は))/u;
const GOING_ON_SENTENCE = /。[\s\u3000]*(?:(?:また|さらに|加えて)、|(?:その)?財源(?:につきましては|については|としては|は))[^。年度比較増減補]*$/u;
// the next sentence opens on a breakdown of the figure before ("…を計上。このうち…として"), naming no year, stage or comparison
const BREAKDOWN_SENTENCE = /。[\s\u3000]*(?:この|その)?うち[^。年度比較増減補]*$/u;
// a heading naming the balances under it, at a year's end
// ("◆町の貯金と借金（令和５年度末見込み）": a year's end alone in the heading's bracket says the same)
const BALANCE_HEADING = /年度?末[^。、]{0,4}(?:現在高|残高)|(?:現在高|残高)[^。、]{0,4}[(（][^()（）]{0,12}年度?末|[(（][^()（）]{0,8}年度末(?:見込み?|現在|時点)?[)）]/u;
const CEILING_HEADING = /上限額|シーリング|財源不足/u;
// a heading's mark: "■令和6年度2月補正予算の主な内容", "◆ 補正予算関係"
const HEADING_MARK = /^[\s\u3000]*[■□◆◇●▼▽◎]/u;
// a new amount set in place of the one before it: "…から50億円に引き上げ"
const RAISED_TO = /^[\s\u3000]*(?:に|へ)[\s\u3000]*(?:引き?上げ|増額|拡充|拡大|引き?下げ|減額|見直)/u;
// a title after a bracketed tag: "【参考】令和７年度補正予算（…関係）"
const TAGGED_TITLE = /^[\s\u3000]*【[^】]{1,6}】[\s\u3000]*[^\s\u3000]/u;
// a bill's number before its title: "議案第20号　令和7年度…補正予算（第7号）"
const BILL_NUMBER = /^[\s\u3000]*(?:議案|報告|承認|諮問)第[0-9０-９一二三四五六七八九十]+号[\s\u3000]/u;
/** Does the line open a section, numbered ("3 令和9年度補正予算", "議案第20号 …") or marked as a heading ("■…")? */
const opensSection = (t: string): boolean => startsNumbered(t) || HEADING_MARK.test(t) || BILL_NUMBER.test(t);

// a line that opens with a bracket and holds nothing outside brackets but spaces
// "（参考）令和５年度第１次補正予算額 ": a reference naming only a year and a stage's amount, nothing of its own
const REFERENCE_YEAR_STAGE = /^[\s\u3000]*[(（]参考[)）][\s\u3000]*(?:(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}|[RHＲＨ][0-9０-９]{1,2}|(?:19|20)[0-9]{2})[\s\u3000]?年?度?[\s\u3000]*(?:第[0-9０-９一二三四五]+次)?(?:当初|補正)?(?:予算|要求|決算)額?[\s\u3000:：]*$/u;
// a sentence's topic naming a year's budget: "令和6年度補正予算においては、", "来年度当初予算では、"
const TOPIC_BUDGET = /((?:(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}|(?:19|20)[0-9]{2})[\s\u3000]?年度(?:第[0-9０-９一二三]次)?(?:当初|補正)?予算(?:案)?)(?:において|では|で|には)は?[、,][^。]*$/u;
const PARTICLE_ONLY = /^[\s\u3000]*(?:の|には|では|は|に|で|において|においては)[\s\u3000]*$/u;
const NAMED_AGAIN_AFTER = /^[\s\u3000]*(?:余り?|超)?という(?:額|金額|規模|数字)/u;
const PLAN_COLUMN = /計画|見込|見通し|推計|試算/u;
// (or "38億円の減額補正となり": a supplementary budget that takes so much away)
const CUT_AFTER = /^[\s\u3000]?(?:を減額(?:する|し|した|します)|の減額補正)/u;
const CUT_FROM = /比|から|より|査定|前年/u;
const SQUARE_ALONE = /^[\s\u3000]*[〔［\[【][^〔〕［\]\[］【】]*[〕］\]】][\s\u3000]*$/u;
const BRACKETS_LINE = /^(?:[\s\u3000]*(?:[(（][^()（）]*[)）]|[［\[][^［\]\[］]*[］\]]|【[^【】]*】))+[\s\u3000]*$/u;
const SUPP_HEADING_WORD = /補正(?:予算|内容|の内容|の概要|の主な|事業)/u;
// a rule drawn with a line character, the same one at least eight times
const RULE_LINE = /^[\s\u3000]*([━─＝=＿_\-－‐―])\1{7,}[\s\u3000]*$/u;
// a table's column of explanations, whose cells may name a breakdown of the row's figure
const NOTE_COLUMN = /^(?:説明|摘要|内訳|説明欄)$/u;
// "消耗品費　540", "外国語指導助手（ＡＬＴ）派遣委託料　９，１２０": words, a space, a bare figure ending the cell
const NAME_THEN_NUMBER = /^([\s\u3000]*[^\s\u30000-9０-９@＠×][^0-9０-９@＠×]{1,38}?)([\s\u3000]+)([0-9０-９][0-9０-９,，]*)[\s\u3000]*$/u;
const FROM_EN = /^[\s\u3000]*,?[\s\u3000]*(?:up|down)[\s\u3000]+[0-9.]+[\s\u3000]?%[\s\u3000]+from[\s\u3000]*$/iu;

function mdRule(t: string): boolean {
  const c = firstNonSpace(t);
  return (c === 0x2d || c === 0x7c || c === 0xff5c || c === 0x3a) && t.includes('--') && MD_RULE.test(t);
}
/** A bracket's label that is a year alone: "（R8：1,100千円）", "（R8年度 48億円）", "（令和8年度 980億円）". */
const YEAR_ALONE = /^[\s\u3000]*(?:[RHＲＨ令平]\s?[0-9０-９]{1,2}(?:\s?年度?)?|(?:令和|平成)\s?[0-9０-９元]{1,2}\s?年度?|(?:19|20|１９|２０)[0-9０-９]{2}\s?年度|(?:FY|ＦＹ)\s?(?:19|20|１９|２０)[0-9０-９]{2})[\s\u3000]*[:：]?[\s\u3000]*$/u;
/** The topic of a clause: "人件費は". */
const TOPIC_WA = /([^\s\u3000、。(（]{2,})は(?!じ)/u;
/** A reference note's label alone before its figure: "（参考）令和9年度補正予算額 ", "※参考 補正予算額：". */
const SUPP_LABEL_ALONE = /^[\s\u3000|｜│]*(?:(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}|[RＲ][0-9０-９]{1,2}|(?:19|20)[0-9]{2})[\s\u3000]?年度[\s\u3000]*(?:第[0-9０-９一二三四五]+次)?補正予算額?[\s\u3000:：]*$/u;
const REFERENCE_NOTE = /^[\s\u3000]*(?:[(（]参考[)）]|※[\s\u3000]*参考[:：]?|参考[:：])[^。、]{0,24}$/u;
/** A line that starts with a total word, maybe spread out, right before its figure: "　合　計　　", "■総計：", "総額は", "　計　". */
const TOTAL_LINE_HEAD = /^[\s\u3000■□◆◇○●・]*(合[\s\u3000]*計|総[\s\u3000]*計|小[\s\u3000]*計|総[\s\u3000]*額|計)[\s\u3000:：]*(?:(?:は|で|が)[、,]?[\s\u3000]*)?(?:約[\s\u3000]*)?$/u;
const TOTAL_LEAD = codes('■□◆◇○●・');
const TOTAL_FIRST = codes('合総小計');
/** TOTAL_LINE_HEAD.exec(s), tried only where a total word's first character follows the spaces and bullets s opens with. */
function totalLineHead(s: string): RegExpExecArray | null {
  let j = 0;
  while (j < s.length && (isSpaceCode(s.charCodeAt(j)) || TOTAL_LEAD.has(s.charCodeAt(j)))) j++;
  return TOTAL_FIRST.has(codeAt(s, j)) ? TOTAL_LINE_HEAD.exec(s) : null;
}
// (not a dash between years, "令和7年度 - 令和9年度")
const INLINE_BULLET = /[\s\u3000][-－‐・■●◆▼▽][\s\u3000](?![0-9０-９]|令和|平成|[RH][0-9])/gu;
/** Where the last bullet standing between spaces in `s` ends (-1 for none). */
function lastInlineBullet(s: string): number {
  if (!s.includes(' ') && !s.includes('\u3000')) return -1;
  let at = -1;
  // (an exec loop, not matchAll, which clones the regex on every call; no match is empty)
  let m: RegExpExecArray | null;
  for (INLINE_BULLET.lastIndex = 0; (m = INLINE_BULLET.exec(s)) !== null;) at = m.index + m[0].length - 1;
  return at;
}
/** A line opened by a date: "令和9年9月", "2026年12月1日　財政課", "R8.12.20". */
const DATE_LINE = /^[\s\u3000]*(?:(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2}|[RH][0-9]{1,2})[\s\u3000]?[年.．\/][\s\u3000]?[0-9０-９]{1,2}[\s\u3000]?[月.．\/]/u;
/** Words that name a figure again right before it: "この8000億円", "御指摘の五兆八千億円". */
const NAMED_AGAIN = /(?:この|その|同|当該|(?:御|ご)指摘の|先(?:ほど|程)の|上記の|前述の)[\s\u3000]*$/u;
/** NAMED_AGAIN.test(s), tried only where s ends (spaces aside) in の 同 該, as every match does: the end-anchored pattern is tried at every position. */
function namedAgain(s: string): boolean {
  const c = lastNonSpace(s);
  return (c === 0x306e || c === 0x540c || c === 0x8a72) && NAMED_AGAIN.test(s);
}
/** A change label alone on its line, its figure on the next: "増減", "比較増△減額", "差引". */
const CHANGE_LABEL_LINE = /^[\s\u3000]*[(（【]?[\s\u3000]*(?:対前年度?)?[\s\u3000]*(?:比較)?[\s\u3000]*(?:増[\s\u3000]*[△▲]?[\s\u3000]*減|差[\s\u3000]*引)[\s\u3000]*額?[\s\u3000]*[)）】]?[\s\u3000:：]*$/u;
// (each pattern below is tried only on a line opened by a character its matches can open with)
const CHANGE_LABEL_FIRST = codes('(（【対比増差');
const changeLabelLine = (t: string): boolean => CHANGE_LABEL_FIRST.has(firstNonSpace(t)) && CHANGE_LABEL_LINE.test(t);
// a row label naming only a change ("増減", "対前年度比較", "差引")
// ("前年度末比増減", "前年度からの増減": the change from the year before, named by its base)
const CHANGE_ROW_LABEL = /^[\s\u3000|｜]*(?:対前年度?|前年度?末?(?:比|から(?:の)?))?(?:比較)?(?:増[\s\u3000]?[△▲]?[\s\u3000]?減|差[\s\u3000]?引|比[\s\u3000]?較)額?[\s\u3000|｜]*$/u;
/** A row label without the year it names ("一般会計（R8当初）" → "一般会計"). */
const withoutYear = (s: string): string => s.replace(/[(（][^()（）]*[0-9０-９元][^()（）]*[)）]/gu, '').replace(/(?:令和|平成|[RHＲＨ])[\s\u3000]?[0-9０-９元]{1,2}(?:年度?)?(?:当初|予算|決算)?/gu, '').trim();
const RATE_CELL = /^[\s\u3000]*[△▲\-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[\s\u3000]?[%％][\s\u3000]*$/u;
/** A previous year's label alone in a bracket: "(前年度予算額)". */
const PREV_LABEL_LINE = /^[\s\u3000]*[(（]\s*前年度?予算額?\s*[)）]?\s*$/u;
const prevLabelLine = (t: string): boolean => { const c = firstNonSpace(t); return (c === 0x28 || c === 0xff08) && PREV_LABEL_LINE.test(t); };
/** Internals exposed for the equivalence tests of the fast paths (not part of the API). */
export const extractorInternals = { changeLabelLine, prevLabelLine, mdRule, totalLineHead, namedAgain };
/** A previous-year label alone before its figure: "(前年度予算額)", "前年度当初予算額：", "前年度決算額". */
// ("…X円で、前年度当初のY円から…": the figure's own clause names last year's budget alone)
// (or a sentence opening with it: "前年度の当初予算では1,650億円でありましたから")
const PREV_LABEL_ALONE = /^[\s\u3000]*(?:で|と)?[／/、,]?[\s\u3000]*[(（]?\s*(?:前年度?の?(?:当初)?(?:予算|決算)額?(?:で|に)?は|前年度?(?:当初)?(?:予算|決算)額?|前年度?当初|前年度|前年|前の年)(?:[(（][^()（）]{1,10}[)）])?\s*の?[:：]?\s*[)）]?[\s\u3000:：]*$/u;
/** A line that is a total word alone ("総額"), over its figure. */
const TOTAL_ALONE = /^[\s\u3000■□◆◇○●・]*[(（]?(合計|総計|総額)[)）]?[\s\u3000:：]*$/u;
/** A total word right before a figure, after a comma: "、合計 ", "、総計で". */
const TOTAL_BEFORE = /[、,][\s\u3000]*(合計|総計|累計)[\s\u3000]*(?:で|は)?[\s\u3000]*$/u;
/** The subjects of a clause: "人件費は", "ソフト交付金が". */
const SUBJECT = /([^\s\u3000、。,(（]{2,})[はが](?!じ)/gu;
/** The clause has a subject of its own ("人件費は"), not a comparison ("前年度比は"). */
function hasOwnTopic(clause: string): boolean {
  const m = TOPIC_WA.exec(clause);
  return !!m && !/比|増減|差|前年|伸び|対前/u.test(m[1]);
}
/** A previous year's figure named right before its bracket: "前年度当初予算額（", "昨年度決算額 (". */
const PREV_NEW_LINE = /^[\s\u3000・]*(?:前年度|前年|昨年度)(?:予算額?)?[\s\u3000]*[:：]?[\s\u3000]*[(（【［\[]?[\s\u3000]*新[\s\u3000]*規[\s\u3000]*[)）】］\]]?[\s\u3000]*$/u;
/** Do two lines open with the same list mark (・, ○, ■ …; numbers aside)? */
function sameBullet(a: string, b: string): boolean {
  const x = a.trimStart()[0];
  return x !== undefined && SIBLING_MARKS.includes(x) && b.trimStart()[0] === x;
}
const SIBLING_MARKS = '・•◆◇➢➤▶▷►○●◎★☆■□-‐';
const LONE_FIGURE = /^[\s\u3000]*[(（]?[\s\u3000]*[0-9０-９〇一二三四五六七八九十百千][0-9０-９,，.．・〇一二三四五六七八九十百千万億兆\s\u3000]*(?:円|(?<=[億兆]))[\s\u3000]*[)）]?[\s\u3000]*$/u;
const BREAKDOWN_OPEN = /^[\s\u3000]*[(（【［\[][\s\u3000]*(?:うち|内)[^()（）【】［］\[\]]*$/u;
const WHOLE_BRACKET = /^[(（][^()（）]*[)）][\s\u3000]*$/u;
const THIS_YEAR_BRACKET = /^[\s\u3000]*(?:今年度|本年度|当年度)(?:の)?(?:当初)?(?:予算額?)?(?:は|で|[:：])?[\s\u3000]*$/u;
const THIS_YEAR_OPEN = /(?:今年度|本年度|当年度)(?:の)?(?:当初)?(?:予算額?)?[\s\u3000]*$/u;
// "令和7年度当初予算", "2025年度予算額" right before a bracket
// (or in English: "the FY2025 initial budget (¥1.05 billion)")
const LIMIT_BEFORE = /限度額[\s\u3000]*[:：]?[\s\u3000]*$/u;
const DASH_CELL = /^[\s\u3000]*[－―ー\-−…‐─]+[\s\u3000]*$/u;
// (or several: "令和３、４両年度", "令和２～４年度")
const YEAR_FIELD = /^[\s\u3000]*(?:事業|実施|対象|補助事業|交付)?年[\s\u3000]?度[\s\u3000:：]+(?:令和|平成|昭和)?[\s\u3000]?[0-9０-９元]{1,2}(?:[\s\u3000]?[、,，・～〜~\-－][\s\u3000]?(?:令和|平成)?[0-9０-９元]{1,2})*[\s\u3000]?[両各]?年度[\s\u3000]*$/u;
const YEAR_BUDGET_OPEN = /((?:令和|平成|[RHＲＨ])?[\s\u3000]?[0-9０-９元]{1,4}[\s\u3000]?年度?)[\s\u3000]?(?:当初)?予算額?[\s\u3000]*$|(FY[\s]?(?:19|20)[0-9]{2})[\s]+(?:initial[\s]+|original[\s]+)?budget[\s]*$/u;
const PREV_LABEL_OPEN = /(?:前年度?|昨年度?)[^、。()（）]{0,10}(?:予算額?|決算額?|要求額|当初|計画額?|額)[\s\u3000]*$/u;


// a bracket adding a supplementary and an initial budget: "(補正22億円+当初70億円)"
// (or its parts set apart by a point or a comma, each with its figure: "75億円（当初70億円・補正5億円）")
const SUM_OF_BOTH = /^[\s\u3000]*[(（][^()（）]*(?:補正[^()（）]*[+＋][^()（）]*当初|当初[^()（）]*[+＋][^()（）]*補正|当初[^()（）・、]*[0-9０-９][^()（）・、]*円[・、][\s\u3000]*補正[^()（）・、]*[0-9０-９]|補正[^()（）・、]*[0-9０-９][^()（）・、]*円[・、][\s\u3000]*当初[^()（）・、]*[0-9０-９])/u;
// a dash or 皆減 where this year's figure would stand: the programme has none this year
const NO_FIGURE_BEFORE = /(?<=^|[\s\u3000])(?:[－―—\-‐]|皆減|廃止)[\s\u3000]*$/u;
// a breakdown line: "うち X", "（うち X", "内 X"
const BREAKDOWN_LINE = /^[\s\u3000]*[(（]?[\s\u3000]*(?:うち|内)(?:[\s\u3000、,:：]|(?=[\p{Script=Han}\p{Script=Katakana}]))/u;
/** Is `x` nearer `a` than `b`, as a ratio? */
const nearer = (x: number, a: number, b: number): boolean => Math.abs(Math.log(Math.abs(x / a) || 1e-9)) < Math.abs(Math.log(Math.abs(x / b) || 1e-9));

// the figure a change leads to, right after it: "5億円増の85億円", "80億円多い340億円"
// ("96億円（4.6％）増の2,184億円": the rate of the change in brackets before its word)
const FORWARD_CHANGE = /^(?:[(（][^()（）]{0,12}[)）])?(?:[増減](?:額)?の|(多い|少ない|上回る|下回る))[\s\u3000、,]*(?:約|総額)?[\s\u3000]*(?:$|[0-9０-９〇一二三四五六七八九十百千])/u;

/** A line opening with an item's mark. */
const ITEM_MARK_START = /^[\s\u3000]*[■◆●□◇▼▽]/u;
/** A year as a sentence's topic, its clause going on after a comma: "７年度は申請額が予算を上回り、". */
const YEAR_TOPIC = /年度(?:は|が|も|には|では)[^、。]{2,30}、/u;
/** A label that is a year alone, maybe its end or an estimate of it: "7年度", "令和7年度末見込み". */
// (or the year before as the bracket's topic, how it went then: "8,600万円（7年度は実証運行で3,400万円）")
const YEAR_WORD_ONLY = /^[\s\u3000(（]*(?:(?:令和|平成)[\s\u3000]?)?(?:[0-9０-９元]{1,2}|(?:19|20)[0-9]{2})[\s\u3000]?年度(?:末)?(?:見込み?)?(?:の?[\s\u3000:：]*|は[^。、()（）0-9０-９]{0,12})$/u;

// a line ending mid-sentence: on a letter of a word, no mark closing it
const WORD_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;
// a heading on a year's outlook, and the words that name a stage of their own in a heading (not 予算 alone)
const OUTLOOK_HEADING = /見通し|見込み?(?!額)|推計|試算/u;
// a line scaling the budget per head: "区民1人あたりにすると", "市民一人当たりの使いみち"
const PER_HEAD_HEADING = /(?:[1１一][\s\u3000]?人|一人)(?:あたり|当たり)(?:の(?:使いみち|使い道|内訳|額|金額|予算)|に(?:すると|換算すると|直すと|なおすと)|で(?:みると|見ると))/u;
// (a box drawn around a section, its top border on the line above: "┏━━━━" over "┃家計に例えると…", read as "|----" over
// "|家計に例えると…" once boxes are pipes)
const BOX_TOP = /^[\s\u3000]*[┏┌╔|][━─═\-]{4,}/u;
const ANALOGY_HEADING = /(?:家計|家庭|一家|家族|財布)[^。]{0,6}(?:に|で)(?:例え|たとえ|置き換え|換算)|(?:例え|たとえ)(?:ると|れば|てみる)/u;
const STAGE_OWN_WORD = /当初予算|予算案|予算額|要求|決算|査定/u;
// the levels of a budget's classification below the first, as column headings
const LEVEL_HEADER = /^(?:項|目|節)(?:名|の名称)?$/u;
/** A column heading that names the row's item: 事業名, 事項, 項目, 施策名, 名称, 区分. */
const NAME_HEADER = /^(?:[^\s\u3000]{0,6}(?:事業|施策|項目|事項|名称|費目|区分|科目|品目)名?|[^\s\u3000]{1,6}名)$/u;

/** Words set apart by single spaces, a year alone joined to the stage word after it: a header's cells. */
function yearStagePairs(t: string): Cell[] {
  const out: Cell[] = [];
  let pairs = 0;
  for (const m of t.matchAll(/\S+/gu)) {
    const last = out[out.length - 1];
    if (last && YEAR_ALONE.test(last.text) && stageWord(m[0])) { out[out.length - 1] = { start: last.start, end: m.index! + m[0].length, text: `${last.text} ${m[0]}` }; pairs++; }
    else out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  // (two such columns at least: a header, not a label and its bracket, "令和7年度予算額 (前年度予算額")
  return pairs >= 2 ? out : [];
}

const SPAN_BUDGET_HEADING = /^[\s\u3000]*(?:(?:令和|平成)[\s\u3000]?[0-9０-９元]{1,2}|(?:19|20)[0-9]{2})[\s\u3000]?年度[\s\u3000]*[～〜~\-－][\s\u3000]*(?:(?:令和|平成)[\s\u3000]?)?[0-9０-９元]{1,4}[\s\u3000]?年度[\s\u3000]*の?(?:予算|収支計画|資金計画)[\s\u3000]*$/u;
const KEY_UNIT = /^[^:：]{1,40}?[(（][^()（）]*?(千円|百万円|万円|億円|円)[)）][\s\u3000]*[:：]/u;
// (the same key with a bare number as its whole value)
const KEY_UNIT_VALUE = new RegExp(String.raw`${KEY_UNIT.source}[\s\u3000]*([△▲\-－]?[0-9０-９][0-9０-９,，.．]*)[\s\u3000]*$`, 'u');
// a figure of a keyed value: after the colon, a separator or a name and a space; before the end, a separator or a bracket
const KEYED_FIGURE = /(?<=^|[\s\u3000/／、])([△▲\-－]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]{2,}))(?=[\s\u3000]*(?:$|[/／、]|[(（]))/gu;
/** The bare figures of a keyed value whose key names the unit, its bracketed notes left out. */
function keyedFigures(t: string): AmountToken[] {
  const ku = KEY_UNIT.exec(t);
  const u = ku ? unitOf(ku[1]) : null;
  if (!ku || !u) return [];
  const value = t.slice(ku[0].length).replace(/[(（][^()（）]*[)）]/gu, (m) => ' '.repeat(m.length));
  const cells: Cell[] = [];
  for (const m of value.matchAll(KEYED_FIGURE)) {
    const at = ku[0].length + m.index!;
    cells.push({ start: at, end: at + m[1].length, text: m[1] });
  }
  return cells.length ? bareTokens(t, cells, null, u) : [];
}

const YEN = unitOf('円')!;
// a cell opening with its unit, then its figure: "千円 89,789,054,772"
const UNIT_FIRST_CELL = /^[\s\u3000]*((?:千|百万|億|万)?円)[\s\u3000]+(?=[(（]?[△▲\-－]?[0-9０-９])/u;
/** A cell's bare figure of thirteen digits or more (grouped by commas): too high for any unit but yen. */
function yenOnlyFigure(cell: string): boolean {
  const b = bareNumberIn(cell);
  return !!b && b.num.replace(/[,，]/gu, '').length >= 13 && /^[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+$/u.test(b.num);
}

/** The year a line opens with, alone before its first figure's words, for its `k`-th figure where no year stands between them. */
function leadYearOf(t: string, toks: AmountToken[], k: number): number | null {
  const head = t.slice(0, toks[0].signStart);
  const ys = head.includes('年') ? findYears(head).filter((y) => y.fiscal && y.years.length === 1 && !y.range) : [];
  // (the year alone: after it, marks and 約 only, no word, "平成24年度 ①約", not "25年度当初の")
  if (ys.length !== 1 || !isBlank(head.slice(0, ys[0].start)) || head.length - ys[0].end > 4 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(head.slice(ys[0].end).replace(/約/gu, ''))) return null;
  return findYears(t.slice(toks[0].end, toks[k].signStart)).length ? null : ys[0].years[0];
}

/** A cell's figure with 約 before it in its cell, "約615円": approximate, as in running text. */
function aboutInCell(t: string, cell: Cell, tok: AmountToken): AmountToken {
  return !tok.about && t.slice(cell.start, tok.signStart).trimEnd().endsWith('約') ? { ...tok, about: true } : tok;
}

export class Extractor {
  private lines: Line[];
  private lineFacts: LineFacts;
  private headings: Headings;
  private doc: DocContext;
  private recs: Rec[] = [];
  private recsByLine = new Map<number, Rec[]>();
  // context
  private blockPrims: Rec[] = [];
  /** (byFigure: set by the label before a figure in running text, "…今年度当初予算（115兆円）": its paragraph's, no list's under it) */
  private blockCtx: (StageCtx & { byFigure?: boolean }) | null = null;
  /** (weak: opened by a year alone on its line, or by a label after one: the next label naming a year and a main stage
   * takes its place, as a timeline's labels do one after another) */
  private sectionCtx: (StageCtx & { weak?: boolean; list?: boolean; scaled?: boolean; perHead?: boolean; span?: boolean }) | null = null;
  private pendingPrev: PendingPrev | null = null;
  private pendingSupp: { line: number; label: LabelInfo } | null = null;
  private pendingChange: number | null = null;
  // tables
  private unit: HeaderUnit | null = null;
  /** The unit the text last declared for its tables. */
  private declaredUnit: HeaderUnit | null = null;
  private columns: Column[] | null = null;
  private headerCells: Cell[] | null = null;
  /** A header's lower line shorter than its upper one: the columns of the short line under each row, a cell spanning both lines. */
  private lowerColumns: { of: Column[]; cols: Column[] } | null = null;
  private headerLine = -1;
  /** How many lines the header in headerCells was merged from. */
  private headerRows = 0;
  private tableGap = 0;

  constructor(text: string) {
    // memos are per document: results never depend on them, and no document is sped up by another
    clearItemMemo();
    clearLabelMemo();
    clearYearMemo();
    clearNotANameMemo();
    this.lines = splitLines(text);
    this.chars = lineChars(this.lines, text);
    this.lineFacts = new LineFacts(this.lines);
    this.headings = new Headings(this.lines, this.lineFacts);
    this.frame = readFrame(text, this.lines);
    this.doc = readDocument(text, this.lines, this.frame.date);
    this.dateFy = this.frame.date && fiscalYearOf(this.frame.date);
  }
  /** The fiscal year the text's date falls in. */
  private dateFy: number | null;
  /** Is a figure of this stage and year a forecast (docframe's isForecast, for this text)? */
  private readonly forecast = (stage: Stage | null, fy: number | null, planHere = false): boolean => isForecast(stage, fy, this.frame, planHere);
  private frame: DocFrame;
  private takenPrefix = new Map<number, number>();
  /** lineChars of the lines. */
  private chars: Uint16Array = new Uint16Array(0);
  /** The stage the last table row named (補正額), and its line: a total under it is the budget after it. */
  /** A header aligned with spaces over rows of a name and figures with their units, and the last row read under it. */
  private alignedHeader: { cols: Column[]; last: number } | null = null;
  private yearAbove: { fy: number; cols: Column[]; line: number } | null = null;
  /** The last table row that made figures, one a column: a row of changes or of last year's figures may follow it. */
  private rowAbove: { line: number; label: string; recs: Rec[] } | null = null;
  private lastRowStage: Stage | null = null;
  private lastRowLine = -1;
  /** "4億円減の312億円": a change waiting for the figure that follows it on its line. */
  private forwardChange: { fig: Figure; line: number; label: string } | null = null;
  /** The records of the table row being read (tableRow), told of each last year's figure given to one of them. */
  private rowIndex: RowRecords | null = null;
  /** The index of the 説明 column in `columns` (-1: none), found for the column model `of`. */
  private noteColumn: { of: Column[] | null; at: number } | null = null;
  /** The column names of a table with years down its rows, and its last line so far. */
  private yearHead: { last: number; names: string[] } | null = null;

  run(): Extracted[] {
    const tables = findCellTables(this.lines, { frameFy: figuresFy(this.frame), frameStage: this.frame.stage, forecast: this.forecast }, this.chars);
    for (let i = 0; i < this.lines.length; i++) if (!tables.claimed.has(i)) this.line(i);
    const out = flagNewLists(attachProsePrevious(attachArrowPairs(attachPreviousAbove(attachStacked(this.recs.map(finishRecord), this.lines), this.lines), this.lines), this.lines, this.dateFy), this.lines);
    const all = !tables.figures.length ? attachYearLabelPairs(out, this.lines)
      : attachYearLabelPairs(attachNotedSupplementary([...out, ...cellRecords(this.lines, tables.figures, this.frame)].sort((a, b) => a.start - b.start), this.lines), this.lines);
    return withOrphanFigures(all, this.lines, this.frame);
  }

  /** A heading naming a year and a main stage governs the section, and ends the block a label above it opened. */
  private mainStageHeading(t: string): void {
    if (this.spacedHeader(t)) return;
    const lbl = readLabel(t);
    if (lbl.fy !== null && lbl.stage && lbl.stage !== 'supplementary' && !lbl.multiYear) this.governSection(lbl.stage, lbl.fy);
  }

  /** Is line `i` one of numbered lines of the same style one right under another, with nothing between: a list of topics? */
  private agendaItem(i: number, t: string): boolean {
    const style = numberStyle(t);
    if (!style) return false;
    const p = this.lineFacts.prevNonEmpty(i);
    const n = this.lineFacts.nextNonEmpty(i);
    return (p >= 0 && p === i - 1 && numberStyle(this.lines[p].text) === style) || (n >= 0 && n === i + 1 && numberStyle(this.lines[n].text) === style);
  }

  /** "２　主な査定内容", "３　決算の状況": a numbered heading naming a main stage and no year opens a section of that stage, in the section's year or the document's. */
  private stageAloneHeading(t: string): void {
    // (a stage's own word: "…に向けた予算措置" names budgets in general, no stage)
    if (t.length > 30 || !startsNumbered(t) || !STAGE_OWN_WORD.test(t)) return;
    const stage = stageWord(t);
    if (stage && stage !== 'supplementary') this.sectionCtx = { stage, fy: this.sectionCtx?.fy ?? this.frame.fy };
  }

  /** Does line `i` go on with a sentence the line above left open (a long line ending mid-word, no mark opening this one)? */
  private wrappedOn(i: number, t: string): boolean {
    const above = i > 0 ? this.lines[i - 1].text.trimEnd() : '';
    return above.length >= 12 && WORD_END.test(above) && !opensSection(t) && /[、,，]/u.test(above);
  }

  /** "（２）令和９年度の収支見通し": a numbered heading on a year's outlook opens a section of projections for that year. */
  private outlookHeading(t: string): void {
    if (t.length > 40 || !OUTLOOK_HEADING.test(t) || !startsNumbered(t) || stageWord(t)) return;
    const ys = findYears(t).filter((y) => y.fiscal && y.years.length === 1 && !y.range);
    if (ys.length === 1) this.sectionCtx = { stage: 'other', fy: ys[0].years[0] };
  }

  /** A section of this year and stage begins: it ends the block a label above opened. */
  private governSection(stage: Stage, fy: number): void {
    this.sectionCtx = { stage, fy };
    this.blockCtx = null;
    this.pendingSupp = null;
  }

  /**
   * A table's header aligned with spaces (`令和6年度 概算要求額    令和5年度 当初予算額`): its main column's year and stage
   * govern the section, as a tab table's header's do (its last label names last year's column). False when the line
   * is no such header.
   */
  private spacedHeader(t: string): boolean {
    // (two years at least, and a gap between cells)
    const nen = t.indexOf('年');
    if (nen < 0 || t.indexOf('年', nen + 1) < 0 || !(t.includes(' ') || t.includes('\u3000'))) return false;
    // (or one space apart, each year a word of its own before its stage: "部局名 令和８年度 当初予算額 令和７年度 当初予算額 増減額")
    const cells = t.includes('  ') || t.includes('\u3000') ? alignedSpans(t) : yearStagePairs(t);
    const main = cells.length >= 2 ? parseHeader(cells)?.find((c) => c.role === 'primary') : undefined;
    if (!main || main.fy === null || !main.stage || main.stage === 'supplementary') return false;
    this.governSection(main.stage, main.fy);
    return true;
  }

  /** Does a year alone, `fy`, stand on one of the three lines above line `i` (a header's columns one heading a line)? */
  private yearHeadingAbove(i: number, fy: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = this.lines[k].text;
      if (YEAR_ALONE.test(t) && readLabel(t).fy === fy) return true;
    }
    return false;
  }

  /** Does the line above `i` name a period of years, or a heading of 債務負担行為 stand a few lines above? */
  private periodAbove(i: number): boolean {
    const p = this.lineFacts.prevNonEmpty(i);
    if (p >= 0 && this.lines[p].text.includes('年') && findYears(this.lines[p].text).some((y) => y.range)) return true;
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) if (this.lines[k].text.length <= 30 && this.lines[k].text.includes('債務負担行為')) return true;
    return false;
  }

  /** Is the label line just above line `i` one of the year after `fy`, for a request or a budget? */
  private nextYearLabelAbove(i: number, fy: number): boolean {
    const p = this.lineFacts.prevNonEmpty(i);
    if (p < 0 || p < i - 2 || !this.lineFacts.stageLabel(p)) return false;
    const above = readLabel(this.lines[p].text);
    return above.fy === fy + 1 && !above.multiYear && (above.stage === 'request' || above.stage === 'budget');
  }

  // ---------------------------------------------------------------- per line
  private line(i: number): void {
    const t = this.lines[i].text;
    // (a paragraph's label before its figure ends with the paragraph: a blank line or a marked heading, "■健康福祉省　34兆円")
    if (this.blockCtx?.byFigure && (isBlank(t) || ITEM_MARK_START.test(t))) this.blockCtx = null;
    if (isBlank(t)) return;
    if (mdRule(t)) return; // a Markdown table's rule under its header: no row, no header
    // (each reader below is asked only of a line holding a character its every find holds: 単, 円, 円 億 兆, a separator)
    const f = this.chars[i];
    // (or an English page's, "(JPY million)")
    const du = f & HAS_TAN || (f & HAS_YEN && (t.includes('illion') || t.includes('housand'))) ? declaredUnit(t) : null;
    // (not a row of units under the header, a cell each, "\t\t単位：千円\t単位：千円": the header's columns' units, read below)
    const unitsUnder = !!du && !!this.columns && this.headerLine === i - 1 && isSeparatedRow(t) && !!unitRow(splitCells(t));
    if (du && !unitsUnder) { this.unit = du; this.declaredUnit = du; this.columns = null; this.headerCells = null; this.tableGap = 0; }
    else if (du) this.unit = du;
    // ("（億円）" alone over a table, or under its header: the unit of the rows below)
    // (or closing a table's caption, "図表1　補正予算の主な内訳（億円）" over the table's header)
    const unitLine = du || !(f & HAS_YEN) ? null : unitInBracketsLine(t) ?? captionUnit(t, this.lines[i + 1]?.text ?? '');
    if (unitLine) { this.unit = unitLine; this.tableGap = 0; return; }
    let toks = f & (HAS_YEN | HAS_OKU_CHO) ? scanAllAmounts(t) : [];
    // the head of this line finished an amount the line above began
    const taken = this.takenPrefix.size ? this.takenPrefix.get(i) : undefined; // (most documents break no amount over a line)
    if (taken) toks = toks.filter((x) => x.start >= taken);
    const split = scanSplitAmount(t, this.lines[i + 1]?.text);
    // a token the scan read from the fragment alone ("１１５兆" before "６，４００億円" on the next line) gives way to the whole amount
    if (split && !toks.some((x) => x.start < split.tok.start && x.end > split.tok.start)) {
      toks = [...toks.filter((x) => x.end <= split.tok.start), split.tok];
      this.takenPrefix.set(i + 1, split.nextLen);
    }
    // (a page's line of its date and tags, "2025年3月8日 ／ カテゴリ：村議会 ／ タグ：予算, 決算", is no row of cells)
    let cells = f & HAS_CELL_SEP && (isSeparatedRow(t) || isPipeRow(t)) && !PAGE_META.test(t) ? splitCells(t) : this.spaceRowAmongTabs(i, t);
    // ("徴収決定済額 | 千円 89,789,054,772 | 千円 80,172,637,701 |": a table's first row writing its unit before each figure,
    // the unit of the table; the figures read without it)
    if (cells && !toks.length && f & HAS_YEN) {
      const firsts = cells.map((c) => UNIT_FIRST_CELL.exec(c.text));
      const first = firsts.find((m) => m);
      const u = first ? unitOf(first[1]) : null;
      if (u && firsts.every((m, k) => !m || unitOf(m[1])?.unit === u.unit) && cells.every((c, k) => !!firsts[k] || !cellUnit(c.text))) {
        this.unit = u;
        cells = cells.map((c, k) => (firsts[k] ? { start: c.start + firsts[k]![0].length, end: c.end, text: c.text.slice(firsts[k]![0].length) } : c));
      }
    }

    // table header rows and unit rows
    // (a row of rates, "経常収支比率 | 86.4％ | 88.1％", is figures of no yen, no header)
    // (nor a row of cells saying none, "東浜市\t－\t－\t－": a row of the table with no figures)
    // (nor a group's name alone in its row under the header and its units, "\t妊娠・出産期\t\t…": the header stands)
    if (cells && !toks.length && !cells.some((c) => bareNumberIn(c.text) || RATE_CELL.test(c.text) || DASH_CELL.test(c.text)) &&
      !(this.columns && this.headerLine < i - 1 && cells.filter((c) => c.text.trim()).length === 1)) {
      const ur = unitRow(cells);
      // (a column whose unit names no money, "％", "人", holds no yen)
      if (ur && this.columns) { ur.forEach((u, k) => { const col = this.columns![k]; if (!col) return; if (u) col.unit = u; else if (nonYenUnitCell(cells[k].text)) col.role = 'note'; }); return; }
      // (a header goes on over the next lines, not past a row of figures under it)
      // (not a row of a record's fields above, "都道府県名 | 東嶺県 | 団体名 | 朝霧町", naming no figure's column, over a title and its unit)
      const title = !!du && cells.filter((c) => c.text.trim() && !declaredUnit(c.text)).length === 1;
      // (a header of more lines than any table's is rows of a table without figures, "PM1\t…" / "PM2\t…": merged on and on,
      // its cells would grow with every row, quadratic in the rows)
      const merged = this.headerCells && this.headerLine >= i - 2 && this.headerRows < MAX_HEADER_ROWS && (this.recs.at(-1)?.lineIdx ?? -1) < this.headerLine && !(title && !this.columns?.some((c) => c.role === 'primary' || c.role === 'previous')) ? mergeHeaderCells(this.headerCells, cells) : cells;
      const cols = parseHeader(merged) ?? parseHeader(cells);
      if (cols) {
        // ("予算現額 | 収入済額 | 収入率 | 差引額" over "支出済額 | 執行率": an HTML table whose row names and figures span two
        // lines, each row's second line under the header's second, as a web copy flattens it)
        const filled = (cs: Cell[]): number => cs.filter((c) => c.text.trim()).length;
        const lower = merged !== cells && filled(cells) >= 1 && filled(cells) < filled(this.headerCells!) ? parseHeader(cells) : null;
        this.lowerColumns = lower ? { of: cols, cols: lower } : null;
        this.columns = cols;
        this.headerRows = merged === cells ? 1 : this.headerRows + 1;
        this.headerCells = merged;
        this.headerLine = i;
        this.tableGap = 0;
        // a table without a unit above may declare it under its rows
        if (!this.unit && !cols.some((c) => c.unit)) this.unit = unitAfterTable(this.lines, i);
        // (or none at all, its columns naming budgets of years: "（単位：億円）" over the document's first table holds for it)
        if (!this.unit && !cols.some((c) => c.unit) && cols.some((c) => c.role === 'primary' && c.stage && c.fy !== null)) this.unit = this.declaredUnit;
        const main = cols.find((c) => c.role === 'primary');
        // (a column naming its stage and no year keeps the year a heading of that stage gave: "（R3決算）" over "決算額")
        // (not a series of years, "令和4年度（決算）　…　令和7年度（決算見込）": its first year governs no text after it)
        const years = new Set(cols.filter((c) => c.role === 'primary' && c.fy !== null).map((c) => c.fy)).size;
        if (main?.stage && main.stage !== 'supplementary' && years < 3) this.sectionCtx = { stage: main.stage, fy: main.fy ?? (this.sectionCtx?.stage === main.stage ? this.sectionCtx.fy : null) };
        return;
      }
    }
    // (a table's title in a cell beside its unit's, "４．目的別歳出の状況（R3決算）\t\t（単位：百万円、％）": a heading of the rows under it)
    if (du && cells && !toks.length) {
      const title = cells.filter((c) => c.text.trim() && !declaredUnit(c.text));
      if (title.length === 1) this.mainStageHeading(title[0].text);
    }
    const tableish = !!cells || !!bareNumberIn(t) || !!du;
    if (tableish) this.tableGap = 0;
    else if (++this.tableGap > 2) { this.unit = null; this.columns = null; this.headerCells = null; }

    // ("…,予算額,前年度予算額,増減,単位" over "…,\"186,400\",\"42,300\",\"144,100\",千円": the row names its figures' unit in a column of its own)
    const rowUnit = cells && this.columns ? unitColumnCell(this.columns, cells) : null;
    // bare numbers under a header unit
    // (not in a row counting people or things, "配食数（食）,\"27,410\",…": no yen whatever the table's unit)
    const counting = !!cells && countRow(cells.find((c) => c.text.trim())?.text ?? '');
    // (a table naming no unit at all whose row holds a figure of thirteen digits or more, "3,163,335,565,000": in yen, as
    // no thousands or millions of yen run so high; its unit for the rows below)
    if (!counting && !rowUnit && !this.unit && cells && this.columns && !toks.length && !this.columns.some((c) => c.unit) && cells.some((c) => yenOnlyFigure(c.text))) this.unit = YEN;
    const unitActive = !counting && (rowUnit || this.unit || this.columns?.some((c) => c.unit));
    if (unitActive && !toks.length && tableish && !du) toks = bareTokens(t, cells, this.columns, rowUnit ?? this.unit);
    // (a row of a table with its columns whose note cell holds an amount with its unit, "移住支援金 1世帯100万円", still has its
    // bare figures in the other cells)
    else if (unitActive && cells && this.columns && toks.length && !du) {
      const inCell = (c: Cell): boolean => toks.some((x) => x.start < c.end && x.end > c.start);
      const bare = bareTokens(t, cells.map((c) => (inCell(c) ? { ...c, text: '' } : c)), this.columns, rowUnit ?? this.unit);
      if (bare.length) toks = [...toks, ...bare].sort((a, b) => a.start - b.start);
    }

    // ("費用弁償　186" in the 説明 column of a 予算説明書: a breakdown of the row's figure, named by its words)
    const notes = cells && this.columns && unitActive ? this.noteAmounts(t, cells) : [];
    if (notes.length) toks = toks.filter((x) => !notes.some((n) => n.tok.start === x.start));
    // ("事業費（R6決算・千円）：41,230": a field whose key names its unit in brackets, its value a bare number)
    if (!toks.length && !notes.length && !cells && f & HAS_YEN) {
      const kv = KEY_UNIT_VALUE.exec(t);
      const u = kv ? unitOf(kv[1]) : null;
      if (kv && u) { const at = t.lastIndexOf(kv[2]); toks = bareTokens(t, [{ start: at, end: at + kv[2].length, text: kv[2] }], null, u); }
      // ("財源(千円): 国庫支出金 16,200 / 一般財源 24,320", "総事業費(千円): 1,265,000（令和8年度～令和11年度）": parts named
      // and set apart, or one figure with a note in brackets after it)
      else toks = keyedFigures(t);
    }
    // ("標準財政規模（千円）\t27,102,338\t…" under a header of columns and no unit of the table's: the row names its own)
    if (!toks.length && !notes.length && cells && this.columns && !unitActive && f & HAS_YEN) {
      const first = cells.findIndex((c) => c.text.trim());
      const lu = first >= 0 ? ROW_NAME_UNIT.exec(cells[first].text) : null;
      const u = lu ? unitOf(lu[1]) : null;
      if (u) {
        toks = bareTokens(t, cells.map((c, k) => (k === first ? { ...c, text: '' } : c)), null, u);
        // (the unit is no part of the row's name)
        cells[first] = { start: cells[first].start, end: cells[first].start + lu!.index, text: cells[first].text.slice(0, lu!.index) };
      }
    }
    // ("本年度予算額 52,384,716千円" over "前年度予算額 49,870,205", or the label and its number a line each: last year's figure
    // in the unit of this year's above it)
    if (!toks.length && !notes.length && !cells && this.lastYearBare(i, t)) return;
    if (!toks.length && !notes.length) {
      const names = cells ? null : yearRowsHead(t);
      if (names) this.yearHead = { last: i, names };
      this.noAmountLine(i, t, f);
      return;
    }
    this.flushHeads();
    if (toks.length) this.figures(i, t, cells, toks);
    // (after the row's own figures, so a figure after them on the lines below is theirs, not a breakdown's)
    for (const n of notes) this.makePrimary(i, t, n.tok, { before: n.words, after: '', label: readLabel(''), rowItem: cleanItem(n.words.trim()), col: null, sentence: '', prevEnd: n.tok.start - n.words.length });
  }

  /** Last year's figure written bare under this year's with its unit; true when it was read so. */
  private lastYearBare(i: number, t: string): boolean {
    // (a figure to take it must stand just above: most lines have none, and need no pattern tried)
    const anchor = this.recs.at(-1);
    if (!anchor || anchor.lineIdx < i - 3 || anchor.out.previous || !anchor.out.unit || anchor.out.stage === 'other') return false;
    let m = PREV_LABEL_BARE.exec(t);
    const p = this.lineFacts.prevNonEmpty(i);
    if (!m && p >= 0 && PREV_LABEL_ALONE.test(this.lines[p].text) && BARE_NUMBER_LINE.test(t)) m = BARE_NUMBER_LINE.exec(t);
    if (!m) return false;
    const u = unitOf(anchor.out.unit);
    const num = m[1];
    const at = t.lastIndexOf(num);
    const tok = u ? bareTokens(t, [{ start: at, end: at + num.length, text: num }], null, u)[0] : undefined;
    if (!tok) return false;
    anchor.out.previous = toFigure(this.lines[i].start, tok);
    return true;
  }

  /**
   * A row of a tab table whose tabs a copy turned into single spaces ("農林水産業費 1,012,400 988,700 23,700 2.4%" between
   * tab rows): its words as cells, where they are as many as the header's and the rows around it are tab rows.
   */
  private spaceRowAmongTabs(i: number, t: string): Cell[] | null {
    if (!this.columns || !this.headerCells || t.includes('\t') || !(this.lines[i - 1]?.text.includes('\t') || this.lines[i + 1]?.text.includes('\t'))) return null;
    const cells: Cell[] = [];
    for (const m of t.matchAll(/[^\s\u3000]+/gu)) cells.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
    // (its name, then figures each a cell)
    return cells.length === this.columns.length && cells.length >= 3 && !bareNumberIn(cells[0].text) && cells.slice(1).every((c) => SPACE_ROW_CELL.test(c.text)) ? cells : null;
  }

  /**
   * A row whose name cell a line break cut ("3\t地域公共交通" over "利用促進事業\t交通政策課\t7,850\t…"): the cells of the
   * line above, which hold no figure, stand before this line's, its last joined with this line's first, so the cells line
   * up with the header's columns. (The cells from above hold no offsets of this line: no figure is read in them.)
   */
  private rowBegunAbove(i: number, t: string, cells: Cell[]): Cell[] {
    const n = this.columns!.length;
    if (cells.length >= n || i === 0 || this.recsByLine.has(i - 1)) return cells;
    const above = this.lines[i - 1].text;
    if (!above.includes('\t') || this.headerLine === i - 1) return cells;
    const up = splitCells(above);
    // (its number, "3", no figure)
    if (up.length < 2 || up.length + cells.length - 1 !== n || up.some((c, k) => bareNumberIn(c.text) && !(k === 0 && /^[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*$/u.test(c.text))) || !cells[0].text.trim() || bareNumberIn(cells[0].text)) return cells;
    return [...up.slice(0, -1).map((c) => ({ start: 0, end: 0, text: c.text })), { start: cells[0].start, end: cells[0].end, text: up[up.length - 1].text.trim() + cells[0].text.trim() }, ...cells.slice(1)];
  }

  /**
   * "│ │…事業【拡充】 │ （148） │…" under "│ ２ │…事業 │ 216 │…": a figure alone in brackets, wrapped in its cell under the row's figure
   * in the same column (a header "予算額 / （前年度）" stacked in one cell), is last year's figure of it.
   */
  // (the row above split, and its figures placed in its cells, once for the line: once for each figure made a wide row quadratic)
  private previousUnderInCell(i: number, cells: Cell[]): (tok: AmountToken) => boolean {
    const up = splitCells(this.lines[i - 1].text);
    if (up.length !== cells.length) return () => false;
    const above = this.recsByLine.get(i - 1)!;
    const here = cellFinder(cells).find;
    const upFinder = cellFinder(up);
    // (the first figure above in each of its cells, where they stand apart: only one cell can hold a figure)
    const firstIn = new Map<number, Rec>();
    if (upFinder.apart) for (const x of above) { const k = upFinder.find(x.tok.start, x.tok.end); if (!firstIn.has(k)) firstIn.set(k, x); }
    const inCell = (k: number): Rec | undefined => (upFinder.apart ? firstIn.get(k) : above.find((x) => x.tok.start >= up[k].start && x.tok.end <= up[k].end));
    return (tok) => {
      const k = here(tok.start, tok.end);
      if (k < 0 || !BRACKETED_CELL.test(cells[k].text)) return false;
      const r = inCell(k);
      return !!r && this.attach(r, 'previous', toFigure(this.lines[i].start, tok), i, -1, tok.end);
    };
  }

  /** The figures of a line: a table's row, a row of a table with years down the rows, two aligned lines, or running text. */
  private figures(i: number, t: string, cells: Cell[] | null, toks: AmountToken[]): void {
    if (cells && isPipeRow(t) && i > 0 && this.recsByLine.has(i - 1)) { const under = this.previousUnderInCell(i, cells); toks = toks.filter((tok) => !under(tok)); }
    if (!toks.length) return;
    if (cells && this.columns && this.tableRow(i, t, this.rowBegunAbove(i, t, cells), toks)) return;
    if (!cells && this.yearHead && this.yearHead.last >= i - 2 && this.yearRow(i, t, toks)) return;
    // "令和9年度当初予算　　令和8年度当初予算" over "5,432億円　　5,300億円": two lines of a table aligned with spaces
    if (!cells && !this.columns && (toks.length >= 2 || this.alignedHeader?.last === this.lineFacts.prevNonEmpty(i)) && this.alignedPair(i, t, toks)) return;
    this.inline(i, t, toks, null);
  }


  // ---------------------------------------------------------------- lines without amounts
  /** A line without amounts; `f` its charFacts. */
  private noAmountLine(i: number, t: string, f: number): void {
    // (a row of the aligned table that holds no amount, "①物流拠点機能強化支援　事項要求　―", keeps the table open)
    if (this.alignedHeader && this.alignedHeader.last === this.lineFacts.prevNonEmpty(i) && alignedSpans(t).length === this.alignedHeader.cols.length) this.alignedHeader.last = i;
    // a legend of the brackets ("※（　）は令和8年度補正予算額") names no stage of the lines under it (は : ：)
    if (f & HAS_WA_COLON && BRACKET_LEGEND.test(t)) return;
    // nor a page's line of its date and tags, and it heads no section either
    if (f & HAS_WA_COLON && PAGE_META.test(t)) return;
    // "年度　令和4年度" in a record of fields (an audit's finding, a review sheet): the year of the figures under it
    if (f & HAS_NEN && t.length <= 30 && YEAR_FIELD.test(t)) {
      const all = findYears(t);
      const y = all.filter((m) => m.years.length === 1 && !m.range);
      if (y.length === 1) { this.sectionCtx = { stage: this.sectionCtx?.stage ?? this.frame.stage ?? 'budget', fy: y[0].years[0], weak: true }; return; }
      // ("年度　令和３、４両年度": the figures under it are totals over those years)
      if (all.length && all.every((m) => m.years.length > 1 || m.range)) { this.sectionCtx = { stage: 'other', fy: null, weak: true, multiYear: true }; return; }
    }
    // ("令和８年度～令和12年度予算" over a table: a plan's budget over a span of years, its figures totals over them)
    if (f & HAS_NEN && t.length <= 30 && SPAN_BUDGET_HEADING.test(t)) { this.sectionCtx = { stage: 'other', fy: null, weak: true, multiYear: true, span: true }; return; }
    // (up to the next numbered heading, "第６ 短期借入金の限度額")
    if (this.sectionCtx?.span && startsNumbered(t)) this.sectionCtx = null;
    // Lines with none of 年 補 要 決 予 carry no year or stage label: skip reading them.
    const maybeLabel = (f & HAS_LABEL) !== 0;
    const labelLine = maybeLabel && (this.lineFacts.stageLabel(i) || prevLabelLine(t));
    if (f & HAS_SAI && t.includes('再掲')) {
      const prev = this.lineFacts.prevNonEmpty(i);
      const r = prev >= 0 ? this.recsByLine.get(prev) : undefined;
      if (r?.length) {
        const last = r[r.length - 1];
        last.flags.add('restated');
        const cont = t.replace(/[【\[［(（]\s*(?:一部)?再掲\s*[】\]］)）]/gu, '').replace(/^[\s\u3000\-‐・•◆◇➢▶○●◎★■□]+/u, '').trim();
        if (/^[(（][^()（）]+[)）]$/u.test(cont) && last.out.item) last.out.item = `${last.out.item} ${cont}`;
        return;
      }
    }
    // "予算額：45,600千円" over "前年度：新規": last year had none, the figure above is new
    if (t.length < 30 && t.includes('新') && PREV_NEW_LINE.test(t)) {
      const last = this.recs[this.recs.length - 1];
      if (last && last.lineIdx >= i - 2 && !last.out.previous && last.out.stage !== 'other') { last.flags.add('new'); return; }
    }
    if (t.length < 40 && ((f & HAS_HI && /[増減]/u.test(t)) || changeLabelLine(t))) { this.flushHeads(); this.pendingChange = i; return; }
    if (labelLine) {
      // (a table's header aligned with spaces: its main column's year and stage, not its last label's)
      if (this.spacedHeader(t)) return;
      let lbl = readLabel(t);
      // ("令和8年度" over "当初予算額": a label broken over two lines)
      if (lbl.fy === null && lbl.stage) {
        const p = this.lineFacts.prevNonEmpty(i);
        const fy = p >= 0 && p >= i - 2 && YEAR_ALONE.test(this.lines[p].text) ? readLabel(this.lines[p].text).fy : null;
        // ("2024年度" / "予算額" / "2023年度" / "予算額": a header's columns one heading a line, no block)
        if (fy !== null && this.yearHeadingAbove(p, fy + 1)) return;
        if (fy !== null) lbl = { ...lbl, fy };
      }
      let earlier: Rec | null;
      this.flushHeads();
      // "【補正予算】" alone over or between figures alone on their lines (a slide's stacked column): it marks which of
      // them is the supplementary one (attachStacked), not a block of supplementary budgets
      if (lbl.stage === 'supplementary' && lbl.fy === null && SLIDE_SUPP_LABEL.test(t) && this.loneFigureNext(i)) return;
      if (lbl.stage === 'supplementary') {
        this.pendingSupp = { line: i, label: lbl };
        this.pendingPrev = null;
        this.blockCtx = { stage: 'supplementary', fy: lbl.fy ?? this.doc.suppFy };
        // ("Ⅰ　令和8年度補正予算" over numbered items: a section, not one block)
        if (lbl.fy !== null && !lbl.multiYear && opensSection(t) && !/当初|要求|決算/u.test(t)) this.sectionCtx = { stage: 'supplementary', fy: lbl.fy };
      } else if (lbl.stage === 'budget' && lbl.fy !== null && !lbl.multiYear && (earlier = this.blockAnchor(i, 'previous')) && earlier.lineIdx >= i - 3 &&
        earlier.out.fy === lbl.fy + 1 && (earlier.out.stage === 'budget' || earlier.out.stage === 'request')) {
        // "【令和９年度予算額】 1,029億円" then "【令和８年度予算額】 1,029億円": the year before's budget under a figure is its
        // previous-year figure
        this.pendingPrev = { anchor: earlier, line: i };
        return;
      } else if (lbl.fy !== null && !lbl.multiYear && this.nextYearLabelAbove(i, lbl.fy)) {
        // "令和6年度 概算要求額" over "令和5年度 当初予算額": a header's columns one per line; the year before names last
        // year's column, no block of its own
        return;
      } else if (lbl.stage || lbl.fy) {
        if (lbl.stage && !lbl.previous) this.blockCtx = { stage: lbl.stage, fy: lbl.fy };
        // ("2026年度" alone over its figures, then "2027年度" over others: each year heads a section of the stage read so far)
        // (not the year before a year heading the column to its left, one heading a line: "2024年度" / "予算額" / "2023年度")
        if (!lbl.stage && lbl.fy !== null && !lbl.previous && !lbl.multiYear && YEAR_ALONE.test(t) && !this.yearHeadingAbove(i, lbl.fy + 1)) {
          this.sectionCtx = { stage: this.sectionCtx?.stage ?? this.doc.main?.stage ?? this.frame.stage ?? 'budget', fy: lbl.fy, weak: true };
        } else if (this.sectionCtx?.weak && lbl.stage && lbl.fy !== null && !lbl.previous && !lbl.multiYear) {
          // (a label naming a year and a main stage takes the place of a section a year alone opened: "R5年度" over a
          // diagram's dates, "R5年度予算成立", then "令和6年度 概算要求額" over a table)
          this.sectionCtx = { stage: lbl.stage, fy: lbl.fy, weak: true };
        }
        // ("Ⅱ　令和9年度当初予算" over numbered items: their section)
        if (lbl.stage && !lbl.previous && lbl.fy !== null && !lbl.multiYear && startsNumbered(t)) this.sectionCtx = { stage: lbl.stage, fy: lbl.fy };
        else if (!lbl.previous && lbl.fy === null) this.stageAloneHeading(t);
      }
      if (PREV_OPEN_TAIL.test(t) || /^[\s\u3000]*[(（]\s*前年度?予算額?/u.test(t)) {
        const prevLine = this.lineFacts.prevNonEmpty(i);
        const currentLabelHere = !!lbl.stage && !/^[\s\u3000]*[(（]/u.test(t);
        const prevIsLabel = prevLine >= 0 && this.lineFacts.stageLabel(prevLine);
        const anchor = currentLabelHere || prevIsLabel ? null : this.blockAnchor(i, 'previous');
        this.pendingPrev = { anchor, line: i };
      }
      return;
    }
    // a heading with a year and a main stage governs the section (the label is read only for short lines naming a
    // year and a main stage: stageWord is the label's stage)
    // (not a sentence about a year, "・７年度は申請額が予算を上回り、…": a year as its topic, clauses apart by 、)
    // (nor the middle of a sentence a narrow column wrapped: "…なお、令和" / "6年度決算ベースでの…")
    // (nor one item of a list of topics, "1　令和7年度当初予算案について" / "2　令和6年度2月補正予算案について": an agenda, no section)
    // (nor a web page's trail of links, "ホーム ＞ 予算・決算 ＞ 令和８年度予算（案）": the site's sections)
    if (maybeLabel && t.length <= 60 && f & HAS_NEN && !(f & HAS_MARU) && !/^\s*※/u.test(t) && !YEAR_TOPIC.test(t) && !BREADCRUMB.test(t) && !this.wrappedOn(i, t) && !this.agendaItem(i, t)) {
      const st = stageWord(t);
      if (st && st !== 'supplementary') {
        this.mainStageHeading(t);
      } else if (st === 'supplementary' && this.opensSectionAt(i, t) && !/当初|要求|決算/u.test(t)) {
        // a numbered section on a supplementary budget alone ("3 令和9年度3月補正予算"): its figures are that budget's
        const lbl = readLabel(t);
        if (lbl.fy !== null && !lbl.multiYear) this.sectionCtx = { stage: 'supplementary', fy: lbl.fy, list: !opensSection(t) };
      }
    } else if (maybeLabel && t.length <= 60 && !(f & HAS_MARU) && this.doc.main?.stage === 'supplementary' && this.doc.suppFy !== null && SUPP_HEADING_WORD.test(t) &&
      !/当初|要求|決算|前|債務負担|繰越/u.test(t) && this.opensSectionAt(i, t)) {
      // ("2 一般会計補正予算の主な内容", "3. 主な補正内容" in a page on that supplementary budget: a section of its figures, its
      // year the page's)
      this.sectionCtx = { stage: 'supplementary', fy: this.doc.suppFy, list: !opensSection(t) };
    }
    // ("Targets / 目標" over the next list: the section a line over a list opened ends at the next such line)
    if (this.sectionCtx?.list && t.length <= 60 && !stageWord(t) && this.opensSectionAt(i, t) && !opensSection(t)) this.sectionCtx = null;
    // ("━━ / 予算審査特別委員会 主な質疑 / ━━": a heading set between rules opens a new part of the text; naming no year, it ends
    // the section a heading above opened, "■令和６年度補正予算")
    if (this.sectionCtx && !this.sectionCtx.weak && t.length <= 40 && !(f & HAS_NEN) && this.framedByRules(i)) { this.sectionCtx = null; this.blockCtx = null; }
    // "４　基金の状況（令和５年度末現在高）": a section of balances at that year's end
    if (maybeLabel && t.length <= 60 && BALANCE_HEADING.test(t) && opensSection(t)) {
      const y = findYears(t).filter((m) => m.years.length === 1 && !m.range);
      if (y.length === 1) this.sectionCtx = { stage: 'other', fy: y[0].years[0] };
    }
    if (!(f & HAS_NEN)) this.stageAloneHeading(t);
    else this.outlookHeading(t);
    // "４　部局別要求上限額": a section of ceilings (or shortfalls), no budget of a programme, for the year being budgeted
    if (t.length <= 40 && CEILING_HEADING.test(t) && opensSection(t) && !this.recsByLine.has(i)) this.sectionCtx = { stage: 'other', fy: this.frame.fy };
    // "【参考】令和７年度補正予算（…関係）": a tagged title naming a year's supplementary budget opens a section of it
    if (t.length <= 40 && TAGGED_TITLE.test(t) && !this.recsByLine.has(i) && !/当初|要求|決算/u.test(t)) {
      const lbl = readLabel(t);
      if (lbl.stage === 'supplementary' && lbl.fy !== null && !lbl.multiYear) this.sectionCtx = { stage: 'supplementary', fy: lbl.fy };
    }
    // "■市の財布を家計に例えると": a section of the year's budget scaled down to a household's, figures of no budget (the
    // next marked heading ends it, as does a short line of its own after a blank one, "今年度の主な取組")
    if (this.sectionCtx?.scaled && (opensSection(t) || (t.trim().length <= 30 && i > 0 && isBlank(this.lines[i - 1].text) && !ANALOGY_HEADING.test(t) && !PER_HEAD_HEADING.test(t)))) this.sectionCtx = null;
    // (a section scaled per head ends at a line of words alone, "今年度の主な事業", not a note in brackets or after ※)
    else if (this.sectionCtx?.perHead && t.trim().length <= 30 && !/[0-9０-９]/u.test(t) && !/^[\s\u3000]*[(（※＊*注]/u.test(t)) this.sectionCtx = null;
    // (a line of its own scaling the budget down per head, "区民1人あたりにすると", "区民1人あたりの使いみち": the figures under
    // it are amounts per head)
    if (t.length <= 40 && PER_HEAD_HEADING.test(t) && !/[。、,，]$/u.test(t.trimEnd()) && !this.recsByLine.has(i)) this.sectionCtx = { stage: 'other', fy: this.frame.fy, scaled: true, perHead: true };
    // (the analogy's heading: marked, or a line of its own after a blank one, "区の予算を家計にたとえると", no sentence's end)
    else if (t.length <= 40 && ANALOGY_HEADING.test(t) && (opensSection(t) || (i > 0 && (isBlank(this.lines[i - 1].text) || BOX_TOP.test(this.lines[i - 1].text)) && !/[。、,，]$/u.test(t.trimEnd()))) && !this.recsByLine.has(i)) this.sectionCtx = { stage: 'other', fy: this.frame.fy, scaled: true };
    // A possible heading: decided lazily (see flushHeads), since most are overridden before any amount.
    if (t.length <= 120) this.headings.candidate(i);
  }

  /**
   * Does line `i` (text `t`) open a section: numbered ("3 令和9年度補正予算"), marked as a heading ("■…"), or a line of its own
   * over a list ("2024年度補正予算の主な事業" over "- 地域観光再生補助金: 480億円")?
   */
  private opensSectionAt(i: number, t: string): boolean {
    if (opensSection(t) || this.framedByRules(i)) return true;
    // (a title naming another budget beside the supplementary, "令和6年度補正予算および令和7年度予算のポイント", opens none)
    if (/予算|要求|決算/u.test(t.replace(/補正予算/gu, ''))) return false;
    const n = this.lineFacts.nextNonEmpty(i);
    return n >= 0 && n <= i + 2 && BULLET_START.test(this.lines[n].text);
  }

  /**
   * The amounts in a 説明 (explanation) column, each a name and a figure in the header's unit ("消耗品費　540"), with the
   * words that name them.
   */
  private noteAmounts(t: string, cells: Cell[]): { tok: AmountToken; words: string }[] {
    // (the 説明 column of a table is looked for once, when its header is read, not on every row)
    if (this.noteColumn?.of !== this.columns) this.noteColumn = { of: this.columns, at: this.columns!.findIndex((c) => NOTE_COLUMN.test(c.text.replace(/[\s\u3000]/gu, ''))) };
    const at = this.noteColumn.at;
    if (at < 0) return [];
    const out: { tok: AmountToken; words: string }[] = [];
    for (let k = at; k < cells.length; k++) {
      const m = NAME_THEN_NUMBER.exec(cells[k].text);
      if (!m) continue;
      const numStart = cells[k].start + m[1].length + m[2].length;
      const tok = bareTokens(t, [{ start: numStart, end: numStart + m[3].length, text: m[3] }], null, this.columns![at].unit ?? this.unit)[0];
      if (tok) out.push({ tok, words: m[1] + m[2] });
    }
    return out;
  }

  /** Is line `i` set between two rules ("━━━━" / "令和７年度補正予算も可決" / "━━━━"), as a heading is? */
  private framedByRules(i: number): boolean {
    const p = this.lineFacts.prevNonEmpty(i);
    const n = this.lineFacts.nextNonEmpty(i);
    return p >= 0 && n >= 0 && p >= i - 2 && n <= i + 2 && RULE_LINE.test(this.lines[p].text) && RULE_LINE.test(this.lines[n].text);
  }

  /** Is the next line that holds anything a figure alone ("52億円", "(980億円)")? */
  private loneFigureNext(i: number): boolean {
    for (let k = i + 1; k < this.lines.length && k <= i + 2; k++) {
      const t = this.lines[k].text;
      if (isBlank(t)) continue;
      return LONE_FIGURE.test(t);
    }
    return false;
  }

  /** Decide the pending heading candidates; a heading that opens a block ends what the block above left open. */
  private flushHeads(): void {
    const last = this.headings.flush();
    if (last < 0) return;
    this.blockPrims = [];
    this.blockCtx = null;
    this.pendingSupp = null;
    if (this.pendingPrev && this.pendingPrev.line < last - 1) this.pendingPrev = null;
    this.pendingChange = null;
  }

  /** The most recent primary of this block still lacking `slot`, within a few lines. */
  private blockAnchor(i: number, slot: 'previous' | 'supplementary' | 'change', yen?: number): Rec | null {
    const n = this.blockPrims.length;
    const r = this.blockPrims[n - 1];
    if (!r || r.lineIdx < i - 8 || r.out[slot]) return null;
    // a breakdown line (うち X) under its whole: last year's figure, or a change, that fits the whole is the whole's
    // (or in a bracket after the whole on its line: "5兆8,120億円（うち要望額 3,210億円）")
    // (past the whole's other parts: "うち国庫 …" / "うち一般財源 …")
    let w = n - 2;
    while (w > 0 && this.blockPrims[w].lineIdx < r.lineIdx && this.blockPrims[w].lineIdx >= i - 8 && BREAKDOWN_LINE.test(this.lines[this.blockPrims[w].lineIdx].text)) w--;
    const whole = this.blockPrims[w];
    const part = !!whole && (whole.lineIdx < r.lineIdx ? BREAKDOWN_LINE.test(this.lines[r.lineIdx].text) && !BREAKDOWN_LINE.test(this.lines[whole.lineIdx].text)
      : whole.lineIdx === r.lineIdx && BREAKDOWN_OPEN.test(this.lines[r.lineIdx].text.slice(whole.tok.end, r.tok.start)));
    if (yen !== undefined && slot !== 'supplementary' && whole && !whole.out[slot] && part &&
      (slot === 'previous' ? nearer(yen, whole.out.yen, r.out.yen) : !!whole.out.previous && fitsChange(whole.out.yen, whole.out.previous.yen, yen))) return whole;
    return r;
  }


  // ---------------------------------------------------------------- tables
  private tableRow(i: number, t: string, cells: Cell[], toks: AmountToken[]): boolean {
    const lowered = this.lowerLine(i, cells, toks);
    const cols = lowered ?? this.columns!;
    // ("※繰入金は基金繰入金 1,500,000千円を含む。",,,,: a note filling one cell of its own is read as prose, not under a column)
    if (toks.every((k) => !k.bare) && cells.filter((c) => !isBlank(c.text)).length === 1) return false;
    const finder = cellFinder(cells);
    const cellOf = (tok: AmountToken) => finder.find(tok.start, tok.end);
    // (a figure across a cell border: the cells are no model of this line, which is read as running text)
    if (toks.some((k) => cellOf(k) < 0)) return false;
    // ("2023 | 43,000 | 18,000" under "年度 | 当初予算 | 補正予算": the Western year opening the row is its name, no figure)
    const yearCell = cols[0] && YEAR_COLUMN_WORD.test(cols[0].text) ? westernYearOf(cells[0]?.text ?? '') : null;
    if (yearCell !== null) toks = toks.filter((k) => k.start >= cells[0].end);
    if (!toks.length) return false;
    // (cells apart hold each figure in the one cell found for it)
    const held = finder.apart ? new Set(toks.map(cellOf)) : null;
    const holdsFigure = (c: Cell, ci: number): boolean => (held ? held.has(ci) : toks.some((k) => k.start >= c.start && k.end <= c.end));
    const textCell = (c: Cell, ci: number): boolean => !!c.text.trim() && !holdsFigure(c, ci) && !bareNumberIn(c.text);
    // (of text cells before the figures, the one under a name's heading names the row, "部局 | 事業名 | 予算額"; else the
    // first that is more than a mark, "新 | 不妊治療費助成事業")
    // (a row number under No. is no figure: "1 | 市民部 | 空き家改修支援事業 | 12,300")
    const firstFig = cells.findIndex((c, ci) => cols[ci]?.role !== 'note' && holdsFigure(c, ci));
    const before = cells.map((c, k) => k).filter((k) => k < firstFig && textCell(cells[k], k));
    const heading = (k: number): string => (cols[k]?.text ?? '').replace(/[\s\u3000]/gu, '');
    // (a programme's name before an office's: "部局名 | 事業名" names the row by 事業名)
    const named = before.find((k) => /(?:事業|施策|事項)名称?$/u.test(heading(k))) ?? before.find((k) => /名称?$/u.test(heading(k)) && NAME_HEADER.test(heading(k))) ?? before.find((k) => NAME_HEADER.test(heading(k)));
    // (under 款 | 項 | 目, the deepest level the row fills names it: "2 総務費 | 総務管理費 | 412,650" is the 項's row)
    const level = before.findLast((k) => LEVEL_HEADER.test(heading(k)));
    const labelIdx = named ?? level ?? before.find((k) => cells[k].text.trim().length > 1) ?? cells.findIndex(textCell);
    const labelRaw = labelIdx >= 0 ? cells[labelIdx].text : '';
    let label = labelRaw;
    const note = label.search(/[\s\u3000]※/u);
    if (note > 0) label = label.slice(0, note);
    // "Tokamak Energy 英国、オックスフォード": a trailing place list is no part of the name
    const joined = joinSpaced(label.trim()); // "補 正 額": one word spread out
    if (joined !== label.trim()) label = joined;
    label = cleanItem(label).replace(/[\s\u3000]+[^\s\u3000、]+、.*$/u, '');
    // a total row is named by its own label (合計), not by the row above
    if (!label && /^(?:合計|総計|小計|計|累計|総額)$/u.test(joined)) label = joined;
    // (a row's second line is named by its first: its words are rates, "96.6%")
    if (lowered) label = this.recs.at(-1)?.out.item ?? '';
    let colFor = (ci: number): Column | undefined => cols[ci];
    // (a row short of the header's last cells, "1 市税\t\t\t18,652,300\t18,214,700\t437,600" under "款\t項\t目\t本年度\t前年度\t比較\t説明",
    // lines up cell by cell where every figure falls under a figure's column)
    const figureColumn = (c: Column | undefined): boolean => !!c && (c.role === 'primary' || c.role === 'previous' || c.role === 'change' || c.role === 'supplementary');
    // (and its name under a column of names: a header missing the names' column lines up no cell)
    // (or a row that keeps its leading empty cells, "\t\t2 交付金\t4,118\t4,236\t△118\t1\t交付金\t4,118": only its last cells are
    // missing, a spreadsheet's trailing blanks dropped)
    const linesUp = cells.length < cols.length && (labelIdx < 0 || !figureColumn(cols[labelIdx])) &&
      (toks.every((k) => figureColumn(cols[cellOf(k)])) || (cells.length > 1 && !cells[0].text.trim() && t.charCodeAt(0) === 0x09 && figureColumn(cols[cellOf(toks[0])])));
    if (cells.length !== cols.length && !linesUp) {
      // cells and header columns do not line up: map figure cells to figure columns in order
      const figCols = cols.filter((c) => c.role !== 'empty' && c.role !== 'note' && (c.role !== 'text' || cols.indexOf(c) > 0));
      const figCells = [...new Set(toks.map(cellOf))].sort((a, b) => a - b);
      const map = new Map<number, Column>();
      figCells.forEach((ci, k) => { if (figCols[k]) map.set(ci, figCols[k]); });
      colFor = (ci) => map.get(ci);
    }
    const byCell = new Map<number, AmountToken[]>();
    for (const tok of toks) {
      const ci = cellOf(tok);
      if (!byCell.has(ci)) byCell.set(ci, []);
      byCell.get(ci)!.push(tok);
    }
    if (this.rowUnder(i, labelRaw, toks)) return true;
    if (cols.some((c) => c.series)) { this.seriesRow(i, t, cells, byCell, colFor, labelRaw, label); return true; }
    const firstRec = this.recs.length;
    // a row named by a year alone ("令和7年度 | 1,200 | 800": years down the rows) gives its figures that year, where their
    // columns name none; each figure is named by its column
    const rowName = labelRaw.replace(/[\s\u3000|｜]+/gu, '');
    // (under a 年度 column, a year cell left empty, a merged cell exported, is the year of the rows above:
    // "令和元年度 | 当初予算 | … " then " | 第1号 | …")
    const yearDown = this.yearDown(i, cols, cells);
    const rowYear = yearCell ?? yearAloneOf(rowName) ?? yearDown;
    const yearless: Rec[] = []; // figures whose column names no year
    let primary: Rec | null = null;
    let primaryCol: Column | null = null;
    const later: [Column, AmountToken[]][] = [];
    for (const [ci, list] of [...byCell.entries()].sort((a, b) => a[0] - b[0])) {
      const col = colFor(ci);
      // (an earlier year's figure of its own before this year's, "R6決算 | R7当初 | R8政府案", is no main figure: read after it)
      if (col?.role === 'primary' && !primary && !col.own) {
        primaryCol = col;
        const tok = aboutInCell(t, cells[ci], list[0]);
        const item = rowYear !== null && !label && col.text ? joinSpaced(col.text.trim()) : label;
        primary = this.makePrimary(i, t, tok, {
          before: '', after: t.slice(tok.end, cells[ci].end), label: readLabel(''), rowItem: item, col,
          sentence: '', prevEnd: cells[ci].start, header: col.text,
        });
        primary.doubts.itemSource = item ? 'row' : 'none';
        if (col.fy === null) yearless.push(primary);
        if (list.length > 1) {
          const cellText = t.slice(0, cells[ci].end);
          this.inline(i, cellText, list.slice(1), { rowItem: label, prevEnd: tok.end, anchor: primary });
        }
      } else {
        later.push([col ?? { role: 'text', text: '', fy: null, stage: null, unit: null }, list]);
      }
    }
    const request = primary?.out.stage === 'request';
    // (前年度予算額 | 要求額 | 査定額: last year's before both is still the decided one's, read once that one is made)
    if (request) later.sort((a, b) => Number(a[0].role === 'previous') - Number(b[0].role === 'previous'));
    // (要求額 | 課長査定額 | 市長査定額 | 前年度予算額: last year's budget, and its change, are the decided budget's, the last
    // beside a request)
    // (the row's records so far, looked at once each: a row under thousands of columns asked them afresh for each; made
    // when first asked, as most rows ask nothing)
    let rowRecs = null as RowRecords | null;
    const index = (): RowRecords => {
      if (!rowRecs) { rowRecs = new RowRecords(this.recs, firstRec, i); this.rowIndex = rowRecs; }
      return rowRecs;
    };
    const decided = (): Rec | undefined => (request ? index().decided() : undefined);
    let leftRec: Rec | null = primary;
    // (columns of one name in two years, "北浦 R9 | 北浦 R8 | 南浜 R9 | 南浜 R8": last year's of each name is that name's)
    const byName = new Map<string, Rec>();
    if (primary && primaryCol) { const n = columnName(primaryCol.text); if (n) byName.set(n, primary); }
    for (const [col, list] of later) {
      for (const tok of list) {
        const own = col.role === 'previous' ? byName.get(columnName(col.text)) ?? decided() : undefined;
        if (own) { if (!own.out.previous) { own.out.previous = toFigure(this.lines[i].start, tok); rowRecs?.gavePrevious(own); } }
        else if (col.role === 'previous' && primary) { if (!primary.out.previous) { primary.out.previous = toFigure(this.lines[i].start, tok); rowRecs?.gavePrevious(primary); } }
        else if (col.role === 'change' && primary) {
          // "予算現額 | 決算額 | 差引": a change that is the difference of the two figures to its left is the later one's
          // (or the change of the figure whose last year's it is: "計 | 前年度 計 | 比較増減" after the parts of 計)
          const ofPrevious = index().ofPrevious(primary, tok.yen);
          const owner = ofPrevious ?? (leftRec && leftRec !== primary && !leftRec.out.change && nearAbs(leftRec.out.yen - primary.out.yen, tok.yen) ? leftRec : decided() ?? primary);
          if (!owner.out.change) owner.out.change = toFigure(this.lines[i].start, tok);
        }
        else if (col.role === 'supplementary' && primary) { if (!primary.out.supplementary) primary.out.supplementary = toFigure(this.lines[i].start, tok); }
        else if (col.role === 'note' && !tok.bare) {
          // ("1世帯100万円" in a 備考 cell: an amount with its own unit is a figure of its own, read as the cell's running
          // text, the row's other cells left out)
          const ci = cellOf(tok);
          if (ci >= 0) this.inline(i, ' '.repeat(cells[ci].start) + t.slice(cells[ci].start, cells[ci].end), [tok], null);
        }
        else if (col.role === 'note' || col.role === 'change' || col.role === 'previous') continue;
        else if (tok.bare && tok.yen === 0) continue; // a bare 0 cell (nothing carried over) is no figure, as in cell tables
        else {
          const ci = cellOf(tok);
          const cellText = ci >= 0 ? cells[ci].text : '';
          const pure = !!bareNumberIn(cellText) || cellText.trim() === tok.text;
          // (a column that names a stage, 予算現額 | 支出済額, tells its figure apart by that stage: the row's name is its name)
          // (by its word, not the year spanning it: "東峰市 消防分" under "令和7年度 消防分"; a total's column, 計, is the row itself)
          const word = col.fy !== null && label ? columnName(col.text) : '';
          const item = pure && col.text && (!col.stage || !label) ? (word === '計' || word === '合計' ? label : `${label} ${word || col.text}`.trim()) : label;
          const r = this.makePrimary(i, t, tok, {
            before: ci >= 0 ? t.slice(cells[ci].start, tok.signStart) : '', after: t.slice(tok.end, ci >= 0 ? cells[ci].end : t.length),
            label: readLabel(''), rowItem: item, col: col.role === 'primary' ? col : null, sentence: '', header: col.text, prevEnd: ci >= 0 ? cells[ci].start : 0,
          });
          if (col.fy === null) yearless.push(r);
          const n = columnName(col.text);
          if (n && !byName.has(n)) byName.set(n, r);
          leftRec = r;
        }
      }
    }
    this.rowIndex = null;
    if (rowYear !== null) {
      const noYear = new Set(yearless);
      for (let n = firstRec; n < this.recs.length; n++) {
        const r = this.recs[n];
        if (r.lineIdx === i && (r.doubts.stageSource !== 'column' || noYear.has(r))) { r.out.fy = rowYear; r.doubts.stageSource = 'column'; }
      }
    }
    // a row named by a stage (当初予算 | 補正額 | 補正後) gives its figures that stage where their columns name none
    // (a total right under a 補正額 row is the budget after it: 補正前 + 補正額 = 計)
    const rowStage = stageWord(rowName) ?? (/^(?:計|合計|累計)$/u.test(rowName) && this.lastRowStage === 'supplementary' && this.lastRowLine >= i - 2 ? 'budget' : null);
    this.lastRowStage = rowStage;
    this.lastRowLine = i;
    if (rowStage) for (let n = firstRec; n < this.recs.length; n++) {
      const r = this.recs[n];
      // (a supplementary or settlement row outranks a generic 予算額 column; a budget row does not)
      if (r.lineIdx !== i || r.doubts.stageSource === 'explicit' || (r.doubts.stageSource === 'column' && rowStage === 'budget')) continue;
      // (nor a column naming the budget before or after the supplementary one: "第１号補正 | 8億円 | 434億円" under "補正額 | 補正後の予算総額")
      const local = r.out.start - this.lines[i].start;
      const ci = finder.find(local, local + 1);
      if (ci >= 0 && /補正[前後]/u.test(colFor(ci)?.text ?? '')) continue;
      r.out.stage = rowStage;
      if (rowStage === 'supplementary' && r.out.fy === null) r.out.fy = this.doc.suppFy;
    }
    // (an earlier year's figure of its own, read after the row's main one, keeps its place in the row's order)
    if (cols.some((c) => c.own)) this.recs.splice(firstRec, this.recs.length - firstRec, ...this.recs.slice(firstRec).sort((a, b) => a.out.start - b.out.start));
    const made = this.recs.slice(firstRec).filter((r) => r.lineIdx === i);
    this.rowAbove = made.length ? { line: i, label: labelRaw, recs: made } : null;
    // 新規 in the previous-year column
    if (primary) {
      // (or "new" in an English table's last-year column)
      cells.forEach((c, k) => { if (colFor(k)?.role === 'previous' && (/新\s*規/u.test(c.text) || /^[\s\u3000]*new[\s\u3000]*$/iu.test(c.text))) primary!.flags.add('new'); });
      // a note after the figures ("科学技術振興費の内数") or a mark on the row's name ("…研究（再掲）") flags the row's figure
      const rest = t.slice(toks[toks.length - 1].end);
      if (rest.includes('の内数')) primary.flags.add('portion');
      if (RESTATED_MARK.test(labelRaw) || /^[\s\u3000|｜\t]*[^0-9０-９]{0,12}再掲/u.test(rest)) primary.flags.add('restated');
    }
    return true;
  }

  /**
   * A row right under a row of this table's figures, one figure a column: "増減" gives each figure above its change; a
   * label naming the year before the one above's ("一般会計（R8当初）" under "一般会計（R9当初）") its previous year.
   */
  private rowUnder(i: number, labelRaw: string, toks: AmountToken[]): boolean {
    const above = this.rowAbove;
    if (!above || above.line !== i - 1 || above.recs.length !== toks.length) return false;
    const label = labelRaw.trim();
    const change = CHANGE_ROW_LABEL.test(label) && !BALANCE_OF_ACCOUNTS.test(label);
    const fy = change ? null : readLabel(label).fy;
    const prevYear = fy !== null && above.recs.every((r) => r.out.fy === fy + 1) && withoutYear(label) === withoutYear(above.label.trim());
    if (!change && !prevYear) return false;
    const slot = change ? 'change' : 'previous';
    if (above.recs.some((r) => r.out[slot])) return false;
    toks.forEach((tok, k) => { above.recs[k].out[slot] = toFigure(this.lines[i].start, tok); });
    this.rowAbove = change ? null : { ...above, line: i };
    return true;
  }

  /**
   * A row under years side by side (当初予算 | 1,200 | 1,250 | 1,300): each figure is its column's year, of the stage
   * its row names (当初予算, 補正予算, 執行額); a zero is no figure.
   */
  private seriesRow(i: number, t: string, cells: Cell[], byCell: Map<number, AmountToken[]>, colFor: (ci: number) => Column | undefined, labelRaw: string, label: string): void {
    const rowStage = seriesRowStage(labelRaw);
    // a row named by its stage (当初予算, 執行額) holds the figures of the programme the table is about
    if (rowStage) label = '';
    const firstRec = this.recs.length;
    for (const [ci, list] of [...byCell.entries()].sort((a, b) => a[0] - b[0])) {
      const col = colFor(ci);
      // (a rate's or a note's column beside the years holds no figure of the series)
      if (col && (col.role === 'note' || col.role === 'change')) continue;
      for (const cellTok of list) {
        if (cellTok.yen === 0) continue;
        const tok = ci >= 0 ? aboutInCell(t, cells[ci], cellTok) : cellTok;
        const r = this.makePrimary(i, t, tok, {
          before: '', after: t.slice(tok.end, ci >= 0 ? cells[ci].end : t.length), label: readLabel(''), rowItem: label, col: col ?? null,
          sentence: '', header: col?.text, prevEnd: ci >= 0 ? cells[ci].start : 0,
        });
        if (!col?.series) continue;
        r.out.fy = col.fy;
        // (a balance's row, "基金残高", holds balances at each year's end; a note by the table may say which years are
        // actuals and which a budget: "※R3～R5は決算額、R7は当初予算額")
        r.out.stage = BALANCE_ROW.test(labelRaw) ? 'other' : col.stage ?? rowStage ?? (col.fy !== null ? this.legendStage(i, col.fy) : null) ?? (this.forecast(r.out.stage, col.fy) ? 'other' : r.out.stage);
        // (a plan's year to come, "R9 計画" beside "R7 当初予算" or in a 中期財政計画 written before it: a projection)
        if (r.out.stage === 'budget' && PLAN_COLUMN.test(col.text) && col.fy !== null &&
          (this.forecast('budget', col.fy) || !!this.columns?.some((c) => c.fy !== null && c.fy < col.fy! && c.text.includes('当初')))) r.out.stage = 'other';
        r.doubts.stageSource = 'column';
      }
    }
    // (each figure of the row, one a year: a row of changes under it, "前年度末比増減", gives each its change)
    const made = this.recs.slice(firstRec).filter((r) => r.lineIdx === i);
    this.rowAbove = made.length ? { line: i, label: labelRaw, recs: made } : null;
  }

  /** The figure a breakdown line (うち …) at line `i` is a part of: the last one above on no breakdown line, past its other parts. */
  private wholeAbove(i: number): Rec | undefined {
    for (let k = this.recs.length - 1; k >= 0; k--) {
      const r = this.recs[k];
      if (r.lineIdx < i - 6) return undefined;
      if (!BREAKDOWN_LINE.test(this.lines[r.lineIdx].text)) return r.lineIdx >= i - 2 || this.partsBetween(r.lineIdx, i) ? r : undefined;
    }
    return undefined;
  }

  /** Are the lines between `a` and `b` all breakdown lines (or blank)? */
  private partsBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) if (!isBlank(this.lines[k].text) && !BREAKDOWN_LINE.test(this.lines[k].text)) return false;
    return true;
  }

  // the document's notes naming each year's stage (yearStages), by line, read once
  private yearNoteLines: { line: number; stages: Map<number, Stage> }[] | null = null;
  private noteLines(): { line: number; stages: Map<number, Stage> }[] {
    if (this.yearNoteLines) return this.yearNoteLines;
    this.yearNoteLines = [];
    this.lines.forEach((l, k) => {
      if (!(l.text.includes('※') || l.text.includes('注'))) return;
      const stages = yearStages(l.text);
      if (stages) this.yearNoteLines!.push({ line: k, stages });
    });
    return this.yearNoteLines;
  }

  private yearNotes: Map<number, Stage> | null = null;
  /** The stages the document's notes give the figures of each year (the first note naming a year says). */
  private noteStages(): Map<number, Stage> {
    if (this.yearNotes) return this.yearNotes;
    this.yearNotes = new Map();
    for (const n of this.noteLines()) for (const [y, st] of n.stages) if (!this.yearNotes.has(y)) this.yearNotes.set(y, st);
    return this.yearNotes;
  }

  /** The stage a note near line `i` (the 12 lines below it first, nearest first, then the 8 above) gives the figures of year `fy`, if one does. */
  private legendStage(i: number, fy: number): Stage | null {
    const notes = this.noteLines();
    for (const n of notes) if (n.line > i && n.line <= i + 12 && n.stages.has(fy)) return n.stages.get(fy)!;
    for (let k = notes.length - 1; k >= 0; k--) if (notes[k].line < i && notes[k].line >= i - 8 && notes[k].stages.has(fy)) return notes[k].stages.get(fy)!;
    return null;
  }

  /** A row of a table with years down the rows: its figures are of the row's year, named by their columns. */
  private yearRow(i: number, t: string, toks: AmountToken[]): boolean {
    const head = this.yearHead!;
    const fy = rowYearOf(t);
    if (fy === null || toks.length > head.names.length) return false;
    head.last = i;
    toks.forEach((tok, k) => {
      const r = this.makePrimary(i, t, tok, {
        before: '', after: t.slice(tok.end, toks[k + 1]?.signStart ?? t.length), label: readLabel(''), rowItem: head.names[k], col: null,
        sentence: '', prevEnd: k ? toks[k - 1].end : 0,
      });
      r.out.fy = fy;
      r.doubts.stageSource = 'column';
    });
    return true;
  }

  private alignedPair(i: number, t: string, toks: AmountToken[]): boolean {
    const p = this.lineFacts.prevNonEmpty(i);
    if (p < 0) return false;
    const cells = alignedSpans(t);
    // (the rows under "【主要事項】　要求・要望額　前年度予算額": a name, then its figures, each under its heading)
    const under = this.alignedHeader && this.alignedHeader.last === p ? this.alignedHeader.cols : null;
    if (under) {
      if (cells.length !== under.length || !toks.every((tok) => cells.slice(1).some((c) => tok.signStart >= c.start && tok.end <= c.end))) { this.alignedHeader = null; return false; }
      return this.readAligned(i, t, cells, toks, under);
    }
    if (this.recsByLine.has(p)) return false;
    const heads = alignedSpans(this.lines[p].text);
    const named = heads.length === toks.length + 1 && cells.length === toks.length + 1;
    if (!named && (heads.length !== toks.length || cells.length !== toks.length || !toks.every((tok, k) => tok.signStart >= cells[k].start && tok.end <= cells[k].end))) return this.gridRow(i, t, cells, toks);
    const cols = parseHeader(named ? heads.slice(1) : heads);
    // (a line of headings that reads as no such pair may be the last of a header over several lines: "令和８年度 …" over
    // "区分　予算案　当初予算額　増減額")
    if (!cols || cols.length !== heads.length - (named ? 1 : 0) || !cols.every((c) => c.role === 'primary' || c.role === 'previous')) return this.gridRow(i, t, cells, toks);
    // (figure columns with no year read so only under a name column, this year's and last year's both named)
    if (!cols.some((c) => c.fy !== null) && !(named && cols.some((c) => c.role === 'previous') && cols.some((c) => c.role === 'primary'))) return this.gridRow(i, t, cells, toks);
    const full: Column[] = named ? [{ role: 'text', text: heads[0].text, fy: null, stage: null, unit: null }, ...cols] : cols;
    if (named) this.alignedHeader = { cols: full, last: i };
    return this.readAligned(i, t, cells, toks, full);
  }

  /**
   * A row of amounts with their units under a header aligned with spaces over several lines ("令和７年度 / 当初予算 / (A)"
   * over "38兆2,938億円"): the header read column by column, a name's column first, as many columns as the row has cells.
   */
  private gridRow(i: number, t: string, cells: Cell[], toks: AmountToken[]): boolean {
    if (cells.length < 3 || !toks.every((tok) => cells.slice(1).some((c) => tok.signStart >= c.start && tok.end <= c.end))) return false;
    const heads = gridHeaderCells(this.lines, i);
    if (!heads || heads.length !== cells.length) return false;
    const cols = parseHeader(heads.map((text) => ({ start: 0, end: 0, text })));
    if (!cols || cols.length !== heads.length || cols[0].role !== 'text' || !cols.some((c) => c.role === 'primary')) return false;
    this.alignedHeader = { cols, last: i };
    return this.readAligned(i, t, cells, toks, cols);
  }

  /** The year of a row under a 年度 column: its first cell's, or the last one's above where that cell is empty. */
  private yearDown(i: number, cols: Column[], cells: Cell[]): number | null {
    if (!cols[0] || !YEAR_COLUMN_WORD.test(` ${cols[0].text} `)) return null;
    const own = cells[0]?.text.trim() ?? '';
    if (own) {
      const ys = findYears(own).filter((y) => y.years.length === 1 && !y.range);
      this.yearAbove = ys.length === 1 ? { fy: ys[0].years[0], cols, line: i } : null;
      return null;
    }
    const above = this.yearAbove;
    if (!above || above.cols !== cols || above.line < i - 12) return null;
    above.line = i;
    return above.fy;
  }

  /** The header's lower columns, for a row's second line: no name of its own, a figure first, right under a row of figures. */
  private lowerLine(i: number, cells: Cell[], toks: AmountToken[]): Column[] | null {
    const lower = this.lowerColumns?.of === this.columns ? this.lowerColumns!.cols : null;
    if (!lower || !toks.length || this.recs.at(-1)?.lineIdx !== this.lineFacts.prevNonEmpty(i)) return null;
    const first = cells.findIndex((c) => c.text.trim());
    if (first < 0 || toks[0].start < cells[first].start || toks[0].end > cells[first].end) return null;
    return cells.filter((c) => c.text.trim()).length <= lower.filter((c) => c.role !== 'empty').length ? lower : null;
  }

  private readAligned(i: number, t: string, cells: Cell[], toks: AmountToken[], cols: Column[]): boolean {
    this.columns = cols;
    const before = this.recs.length;
    const read = this.tableRow(i, t, cells, toks);
    this.columns = null;
    if (this.alignedHeader) this.alignedHeader.last = i;
    // (a row whose only figure stands under last year's heading, "事項要求　68億円", is read as running text)
    return read && this.recs.length > before;
  }

  // ---------------------------------------------------------------- running text
  private inline(i: number, t: string, toks: AmountToken[], opts: { rowItem: string; prevEnd: number; anchor: Rec } | null): void {
    const lineStart = this.lines[i].start;
    const { enclosing, orphanCloses } = bracketScan(t, toks.map((k) => k.signStart));
    const linePrims: Rec[] = opts ? [opts.anchor] : [];
    // (the head of the line that finished an amount begun above is no words of this line's figures)
    let prevEnd = opts ? opts.prevEnd : this.takenPrefix.get(i) ?? 0;
    let headIdx = 0; // linePrims before this index have no item (items are not set later within the loop)
    let inlinePrev: Rec | null = null; // "(前年度予算額 A B)" layout: the next amount is A's previous
    const wrapped = this.lineFacts.wrappedPrefix(i).slice(-300);
    const splitTail = this.takenPrefix.get(i + 1);
    // "港湾の強靱化 3,308億増の1兆2,000億": the words before a change stated first label the figure after it
    let fwdLabel: { from: number; to: number } | null = null;
    for (let k = 0; k < toks.length; k++) {
      const tok = toks[k];
      const encl: OpenBracket | null = enclosing[k];
      const labelFrom = fwdLabel;
      fwdLabel = null;
      const before = t.slice(Math.max(prevEnd, tok.signStart - 300), tok.signStart);
      const carried = k === 0 && this.forwardChange?.line === i && this.forwardChange.fig.start < lineStart ? this.forwardChange.label : undefined;
      const nameBefore = labelFrom ? t.slice(Math.max(labelFrom.from, labelFrom.to - 300), labelFrom.to) : undefined;
      const segStart = prevEnd;
      const nextStart = k + 1 < toks.length ? toks[k + 1].signStart : t.length;
      let after = t.slice(tok.end, Math.min(nextStart, tok.end + 300));
      // an amount broken over the line ("前年度から 120" / "億円増加した"): its words go on after the rest of it
      if (splitTail !== undefined && k === toks.length - 1 && isBlank(after)) after = this.lines[i + 1].text.slice(splitTail, splitTail + 300);
      const enclHere = encl && encl.pos >= prevEnd;
      const labelSeg = enclHere ? t.slice(encl.pos + 1, tok.signStart) : before;
      const labEmpty = emptyLabel(labelSeg);
      // (a list flattened onto one line, "…による増 - 国庫支出金 48億円": a bullet after a space starts the next item's words)
      const clause = before.slice(Math.max(before.lastIndexOf('。'), lastInlineBullet(before)) + 1);
      // ("…令和８年度概算要求額は" / "600億円（…）を計上": a label ending the line above names the figure opening this one)
      // ("…平成27年度" / "の412億円から", "令和6年度" / "には741億円": a year ending the line above, its particle opening this one)
      const particle = k === 0 && !enclHere && wrapped && PARTICLE_ONLY.test(clause);
      const tail = k === 0 && !enclHere && wrapped && (isBlank(clause) || particle) ? wrapped.slice(Math.max(wrapped.lastIndexOf('、'), wrapped.lastIndexOf('。')) + 1) : '';
      const upLabel = tail && particle ? readLabel(tail + clause) : tail && /(?:は|が|[:：])[\s\u3000]*$/u.test(tail) ? readLabel(tail) : null;
      // ("…、令和元年度当初" / "予算では 334億円", "…。令和" / "6年度当初予算は 412億円": a year the line above began, this line's
      // words go on with it)
      const yearTail = k === 0 && !enclHere && wrapped && !upLabel && clause.length <= 24 && YEAR_BROKEN_END.test(wrapped) ? wrapped.slice(Math.max(wrapped.lastIndexOf('、'), wrapped.lastIndexOf('。')) + 1) : '';
      const joined = yearTail && yearTail.length <= 16 ? readLabel(yearTail + clause) : null;
      let read = upLabel && (upLabel.stage || (particle && upLabel.fy !== null)) ? upLabel : joined && joined.fy !== null && joined.stage ? joined : readLabel(enclHere && !labEmpty ? labelSeg : clause);
      // ("令和6年度補正予算においては、…調査船の建造等に" / "128億円が措置された": the sentence's topic, a year's budget, is the figure's)
      if (!read.stage && read.fy === null && !enclHere) {
        const sent = ((k === 0 ? wrapped : '') + before).slice(-200);
        const topic = TOPIC_BUDGET.exec(sent.slice(sent.lastIndexOf('。') + 1));
        if (topic) read = readLabel(topic[1]);
      }
      // ("H30　　5,123億円" down the lines: a year cell alone before a line's first figure is its year)
      // (and of the line's figures after it, where the line opens with that year and no other year stands between: "平成24年度
      // ①約2,937億円 ②約3,302億円 ③約2,526億円", a row of a year's figures under a legend of what each is)
      const cellFy = k === 0 && read.fy === null && !enclHere ? yearCellAlone(before) : k > 0 && read.fy === null && !enclHere ? leadYearOf(t, toks, k) : null;
      const lab = cellFy === null ? read : { ...read, fy: cellFy };
      const closer = closerAfter(t, tok.end);
      const orphan = closer >= 0 && orphanCloses.has(closer);
      const anchorLine = linePrims.length ? linePrims[linePrims.length - 1] : null;
      const fig = toFigure(lineStart, tok);
      prevEnd = tok.end;

      // 1. changes: signed figures, 増/減, or a comparison label
      const sinceLast = t.slice(k > 0 ? toks[k - 1].end : 0, tok.signStart);
      // "対前年度比 13億円", "前年度より3.7%(215億円)": a comparison names the change, though it names the previous year
      // "8.7%増の538億円", "5億円減の2679億円": the change came first, this is the figure
      // (a label padded out to its figure, "対前年度増減額　　　　…　1,369億円", is read without the padding)
      // (a unit in the label's brackets, "前年度比（千円）：", is no part of its words)
      // (or ends the line above, the sentence wrapped right after it: "…前年度当初予算と比べ" / "23億円、3.4%の増")
      const labelText = k === 0 && wrapped && isBlank(sinceLast) ? wrapped.slice(-40) : sinceLast;
      const changeLabel = changeLabelBefore((labelText.includes('円') ? labelText.replace(UNIT_IN_BRACKETS, '') : labelText).trimEnd(), lab.previous);
      // (the comparison may end the line above: "…前年度に比べて" / "123億円の増となった")
      // (the line's last figure, its sentence going on over the line: "同3億1千万円" / "（1.0％）減。")
      const afterOn = k === toks.length - 1 && after.length < 12 && !after.includes('。') ? after + this.lineFacts.nextLineHead(i) : after;
      // ("…関連経費1,300万円を減額する" in a supplementary budget's text: what the budget takes away is its own figure, negative;
      // not a cut from another figure, "査定で…を減額")
      const suppCut = tok.yen > 0 && CUT_AFTER.test(afterOn) && !CUT_FROM.test(sinceLast) && (this.doc.main?.stage === 'supplementary' || this.frame.stage === 'supplementary' || this.sectionCtx?.stage === 'supplementary' || t.includes('補正'));
      const changeAfter = !suppCut && changeWordAfter(afterOn, k === 0 && wrapped ? wrapped.slice(-40) + sinceLast : sinceLast);
      if (suppCut) { tok.yen = -tok.yen; fig.yen = tok.yen; }
      // a decrease written out is a negative change
      else if ((changeAfter || changeLabel) && decreaseAfter(afterOn) && tok.yen > 0) { tok.yen = -tok.yen; fig.yen = tok.yen; }
      // ("歳入歳出からそれぞれ4,850万円を減額し": a supplementary budget that takes away is a negative figure of its own)
      else if (!changeAfter && !changeLabel && tok.yen > 0 && sinceLast.includes('それぞれ') && /^[\s\u3000]?を減額/u.test(afterOn) && BOTH_SIDES.test(sinceLast)) { tok.yen = -tok.yen; fig.yen = tok.yen; }
      // "公共事業の追加 マイナス12億円": a signed figure named on its own line, with nothing before it to change, is that
      // figure, negative
      // "実質収支は28億円、単年度収支は△3億円": a signed figure in a clause of its own subject is that subject's figure
      const ownSubject = !!anchorLine && before.includes('は') && /[、。]/u.test(before) && hasOwnTopic(lastClause(before));
      const signedFigure = tok.explicitSign && !tok.suffix && !changeLabel && !changeAfter && (!anchorLine || ownSubject) && !encl &&
        ((!labEmpty && !notAName(cleanItem(lastClause(before)))) || bulletNameAfter(after) !== null ||
          // "補正予算額 △40,000千円": a figure its stage label names
          (!!lab.stage && !lab.previous && isStageLabelLine(before)));
      // ("経費を1億7,956万円増額いたしました", "…により2,340万円を減額": what a budget line is raised or cut by, in a text
      // amending a budget, is that amendment's figure, no change compared with anything)
      const amended = !!tok.suffix && !changeLabel && AMENDED_AFTER.test(after) && AMENDED_OBJECT.test(sinceLast) && !COMPARED_IN.test(sinceLast);
      if (amended && tok.suffix === 'decrease' && tok.yen > 0) { tok.yen = -tok.yen; fig.yen = tok.yen; }
      const cued = (!!tok.suffix && !amended) || changeLabel || changeAfter || (this.pendingChange !== null && this.pendingChange >= i - 2 && labEmpty);
      if (!signedFigure && (tok.explicitSign || cued)) {
        this.pendingChange = null;
        if (tok.suffix === 'decrease' && fig.yen > 0) fig.yen = -fig.yen; // 減: a negative change
        // "…から4億円減の312億円", "5億増の85億円", "前年度より80億円多い340億円": the figure follows
        const fwd = tok.suffix || changeLabel || changeAfter ? FORWARD_CHANGE.exec(after) : null;
        if (fwd && (tok.suffix || fwd[1] || changeLabel)) {
          // (減 read after an amount broken over the line, where the scan gave it no suffix)
          if ((fwd[1] === '少ない' || fwd[1] === '下回る' || (!tok.suffix && after.startsWith('減'))) && fig.yen > 0) fig.yen = -fig.yen;
          // (a change broken over the line, "…比べ1兆" / "2,345億円増の114兆…", leads to a figure on the next line)
          this.forwardChange = { fig, line: splitTail !== undefined && k === toks.length - 1 ? i + 1 : i, label: t.slice(segStart, tok.signStart) };
          fwdLabel = { from: segStart, to: tok.signStart };
          continue;
        }
        // "…40兆円余りとなる。国債費は前年度から約1兆円増える": a new sentence with its own topic changes another figure
        // ("人件費は前年度から12億円の減" on a line of its own changes no figure of the lines above)
        const ownTopic = clause.includes('は') && hasOwnTopic(clause) && (anchorLine ? t.slice(anchorLine.endLocal, tok.signStart).includes('。') : true);
        // (unless the topic is a figure named just above: "歳入総額が1兆2,345億円…" / "歳入総額は281億円の増加")
        // ("今年度当初予算（4兆3,500億円）を2,500億円上回る": the figure before を is the base; the change is the one's before it)
        const baseBefore = linePrims.length >= 2 && /^[\s\u3000]*[)）]?[\s\u3000]*を[\s\u3000]*$/u.test(sinceLast);
        const a = ownTopic ? this.topicRec(i, clause) : baseBefore ? linePrims[linePrims.length - 2] : anchorLine ?? this.blockAnchor(i, 'change', fig.yen) ?? this.lastPrimaryNear(i);
        if (a && !a.out.change) { a.out.change = fig; if (a.lineIdx === i) a.endLocal = Math.max(a.endLocal, tok.end); continue; }
        // (a signed figure that no word calls a change, with no figure to change, reads on as a figure, negative: never dropped)
        if (cued || encl) continue;
      }
      // 2. previous-year figures
      if (this.pendingPrev && labEmpty && !encl && this.pendingPrev.line >= i - 8) {
        const pp = this.pendingPrev;
        if (pp.anchor) {
          this.pendingPrev = null;
          if (this.attach(pp.anchor, 'previous', fig, i, closer, tok.end)) continue;
        } else if (!pp.anchor) {
          const r = this.makePrimary(i, t, tok, { before, after, label: lab, rowItem: opts?.rowItem ?? null, col: null, sentence: wrapped + t.slice(Math.max(0, tok.signStart - 300), tok.signStart), prevEnd: before.length ? tok.signStart - before.length : 0 });
          r.doubts.splitLayout = true;
          pp.anchor = r;
          linePrims.push(r);
          continue;
        }
      }
      if (inlinePrev && labEmpty) {
        const a = inlinePrev;
        inlinePrev = null;
        if (this.attach(a, 'previous', fig, i, closer, tok.end)) continue;
      }
      if (orphan && !enclHere && closeKind(t[closer]) === '(') {
        const a = anchorLine && !anchorLine.out.previous ? anchorLine : this.blockAnchor(i, 'previous', fig.yen);
        if (a && a !== anchorLine) a.doubts.splitLayout = true;
        if (a && this.attach(a, 'previous', fig, i, closer, tok.end)) continue;
        const last = this.blockPrims[this.blockPrims.length - 1];
        if (last && last.lineIdx >= i - 4 && last.out.previous) continue; // a repeated closing half of a pair
      }
      // ("（２）前年度予算額 1,200,000,000円" in a numbered list: the number is no part of the label)
      // ("…80兆円と見積もった。前年度当初の78兆円から…": or opening the next sentence)
      if (!encl && lab.previous && PREV_LABEL_ALONE.test(labelSeg.replace(NUMBERED, '').replace(/^[^。]*。/u, ''))) {
        // "(前年度予算額) 30億円" on the line under the figure
        const a = anchorLine && !anchorLine.out.previous ? anchorLine : this.blockAnchor(i, 'previous', fig.yen);
        if (a && this.attach(a, 'previous', fig, i, closer, tok.end)) continue;
      }
      // "【令和８年度予算額】 1,029億円" on the line under "【令和９年度予算額】 1,029億円": the year before's budget
      // (or beside it on its line: "【R9要求額】50億円　【R8予算額】45億円")
      if (!encl && (!anchorLine || anchorLine.lineIdx === i) && (k === 0 || anchorLine) && lab.stage === 'budget' && lab.fy !== null && !lab.multiYear && isStageLabelLine(before)) {
        const a = anchorLine ?? this.blockAnchor(i, 'previous', fig.yen);
        if (a && a.lineIdx >= i - 3 && a.out.fy === lab.fy + 1 && (a.out.stage === 'budget' || a.out.stage === 'request') &&
          this.attach(a, 'previous', fig, i, closer, tok.end)) continue;
      }
      // "3.4億円［R8当初 2.9億円、＋0.5億円］": an earlier year's budget named inside square brackets is the previous year too
      if ((encl?.kind === '[' || encl?.kind === '【') && enclHere && !labEmpty && anchorLine && !anchorLine.out.previous && anchorLine.out.fy !== null &&
        (lab.previous || (lab.fy !== null && lab.fy < anchorLine.out.fy && lab.stage !== 'supplementary' && !lab.multiYear && /予算|額|当初/u.test(labelSeg))) &&
        onlyJunk(t.slice(anchorLine.endLocal, encl.pos)) && this.attach(anchorLine, 'previous', fig, i, closer, tok.end)) continue;
      // "1,234億円＜1,200億円＞" under a legend "＜ ＞は前年度予算額" (or ［ ］, 【 】): the previous year
      if (encl && this.doc.prevBrackets.includes(encl.kind) && enclHere && labEmpty && anchorLine && !anchorLine.out.previous &&
        onlyJunk(t.slice(anchorLine.endLocal, encl.pos)) && this.attach(anchorLine, 'previous', fig, i, closer, tok.end)) continue;
      // "1,234億円（300億円）" under a legend "（　）は令和8年度補正予算額": the supplementary
      if (encl?.kind === '(' && this.doc.parenSupp && enclHere && labEmpty && anchorLine && !anchorLine.out.supplementary &&
        onlyJunk(t.slice(anchorLine.endLocal, encl.pos)) && this.attach(anchorLine, 'supplementary', fig, i, closer, tok.end)) continue;
      // "事業B　－（0.5億円）", "皆減（1.2億円）": no figure this year, last year's in the bracket: last year's budget
      if (encl?.kind === '(' && enclHere && labEmpty && !anchorLine && NO_FIGURE_BEFORE.test(t.slice(0, encl.pos))) {
        const named = t.slice(0, encl.pos).replace(NO_FIGURE_BEFORE, '');
        const r = this.makePrimary(i, t, tok, { before: named, after, label: readLabel(named), rowItem: opts?.rowItem ?? null, col: null, sentence: wrapped + named, prevEnd: 0, previousLabel: true });
        linePrims.push(r);
        continue;
      }
      // ("¥81.22 billion, down 1.7% from ¥82.65 billion": the figure a change is counted from is last year's)
      if (anchorLine && !anchorLine.out.previous && FROM_EN.test(t.slice(anchorLine.endLocal, tok.signStart)) && this.attach(anchorLine, 'previous', fig, i, closer, tok.end)) continue;
      // ("人件費は 98億円（同 97億円）" after "扶助費が 182億円（前年度 176億円）": 同 repeats the label of the bracket before,
      // last year's)
      if (encl?.kind === '(' && enclHere && DITTO_LABEL.test(labelSeg) && anchorLine && !anchorLine.out.previous &&
        this.recs.slice(-8).some((r) => r !== anchorLine && r.lineIdx >= i - 3 && r.out.previous) && this.attach(anchorLine, 'previous', fig, i, closer, tok.end)) continue;
      if (encl?.kind === '(') {
        // (with no context naming a year, the figure above's own, else the year the document is mostly about)
        const refFy = anchorLine?.out.fy ?? contextFy(this.contexts()) ?? this.blockAnchor(i, 'previous')?.out.fy ?? this.frame.fy;
        // ("（R6　7,812億円）": a year alone, its era letter and number, is read as the short mention it is)
        const alone = YEAR_ALONE.test(labelSeg);
        const labFy = lab.fy ?? (alone ? yearNamed(labelSeg.replace(/[\s\u3000:：]+/gu, '')) : null);
        let yb: RegExpExecArray | null;
        // ("(FY2025 initial budget: ¥358.0 billion)" after an English figure too)
        const prevLabel = lab.previous || (labFy !== null && refFy !== null && labFy < refFy && lab.stage !== 'supplementary' && !lab.multiYear && (/予算|額|当初|[Bb]udget/u.test(labelSeg) || alone)) ||
          // ("32億円（7年度末見込み 31億円）": the year before alone, its end or its estimate)
          (labFy !== null && refFy !== null && labFy === refFy - 1 && lab.stage !== 'supplementary' && YEAR_WORD_ONLY.test(labelSeg)) ||
          /^[\s\u3000(（]*[㉑-㉟㊱-㊿][\s\u3000]*$/u.test(labelSeg) || // ㉘ = the year 28 (地方財政計画 style)
          // "200億円（今年度は150億円）" after next year's request or budget: this year's is the year before's
          (!!anchorLine && THIS_YEAR_BRACKET.test(labelSeg) && (anchorLine.out.stage === 'request' || (anchorLine.out.fy !== null && this.frame.date !== null &&
            anchorLine.out.fy > fiscalYearOf(this.frame.date))));
        // ("要求総額 7,232億円" / "〔前年度比100.2%（令和6年度当初予算額7,216億円）〕": a year's budget in brackets right after a
        // request is the year before the request's, which asks for the year after the budget in force; a request whose own
        // words name no year takes the year after it)
        const req = !prevLabel && !lab.previous && lab.stage === 'budget' && labFy !== null && !lab.multiYear && /当初|予算額/u.test(labelSeg) ? anchorLine ?? this.blockAnchor(i, 'previous', fig.yen) : null;
        if (req && req.out.stage === 'request' && !req.out.previous && req.lineIdx >= i - 2 &&
          (req.out.fy === null || req.out.fy === labFy! + 1 || (req.out.fy === labFy && !findYears(this.lines[req.lineIdx].text.slice(0, req.tok.start)).length)) &&
          this.attach(req, 'previous', fig, i, closer, tok.end)) {
          req.out.fy = labFy! + 1;
          continue;
        }
        if (prevLabel && !labEmpty) {
          if (anchorLine && !anchorLine.out.previous) { this.attach(anchorLine, 'previous', fig, i, closer, tok.end); continue; }
          const outer = readLabel(t.slice(0, encl.pos));
          if (!anchorLine && outer.stage && !outer.previous) {
            const r = this.makePrimary(i, t, tok, { before: t.slice(0, encl.pos), after, label: outer, rowItem: opts?.rowItem ?? null, col: null, sentence: t.slice(0, encl.pos), prevEnd: 0 });
            r.doubts.splitLayout = true;
            linePrims.push(r);
            inlinePrev = r;
            continue;
          }
          if (!anchorLine) {
            const a = this.blockAnchor(i, 'previous', fig.yen);
            if (a && a.lineIdx >= i - 3) { this.attach(a, 'previous', fig, i, closer, tok.end); continue; }
            const r = this.makePrimary(i, t, tok, { before, after, label: lab, rowItem: opts?.rowItem ?? null, col: null, sentence: wrapped + t.slice(Math.max(0, tok.signStart - 300), tok.signStart), prevEnd: 0, previousLabel: true });
            linePrims.push(r);
            continue;
          }
        } else if (labEmpty && anchorLine && !anchorLine.out.previous && onlyJunk(t.slice(anchorLine.endLocal, encl.pos))) {
          this.attach(anchorLine, 'previous', fig, i, closer, tok.end);
          continue;
        } else if (labEmpty && lab.previous && PREV_LABEL_OPEN.test(t.slice(Math.max(0, encl.pos - 24), encl.pos))) {
          // "前年度当初予算額（9,654億円）に比べ…": the bracket holds the figure its label names
          const a = anchorLine && !anchorLine.out.previous ? anchorLine : this.blockAnchor(i, 'previous', fig.yen);
          if (a && this.attach(a, 'previous', fig, i, closer, tok.end)) continue;
        } else if (labEmpty && anchorLine && !anchorLine.out.previous && anchorLine.out.fy !== null && anchorLine.out.stage !== 'supplementary' &&
          (yb = YEAR_BUDGET_OPEN.exec(t.slice(Math.max(0, encl.pos - 28), encl.pos))) && (yb[1] ? yearNamed(yb[1]) : findYears(yb[2])[0]?.years[0]) === anchorLine.out.fy - 1) {
          // "総額は117兆円で、令和7年度当初予算（115兆円）を1兆円上回り": the bracket holds last year's budget its label names
          this.attach(anchorLine, 'previous', fig, i, closer, tok.end);
          continue;
        } else if (labEmpty && anchorLine && !anchorLine.out.previous && THIS_YEAR_OPEN.test(t.slice(Math.max(0, encl.pos - 16), encl.pos)) &&
          (anchorLine.out.stage === 'request' || (anchorLine.out.fy !== null && this.frame.date !== null && anchorLine.out.fy > fiscalYearOf(this.frame.date)))) {
          // "要求総額は122兆円台。今年度当初予算（115兆5000億円）を上回り": after next year's figure, this year's is the year before's
          this.attach(anchorLine, 'previous', fig, i, closer, tok.end);
          continue;
        }
      }
      // ("186.45億円（R5補正 92.1億円）": a bracket right after a figure naming its stage the year before holds last year's figure)
      if (anchorLine && encl && lab.stage && lab.stage === anchorLine.out.stage && lab.fy !== null && anchorLine.out.fy === lab.fy + 1 && !lab.multiYear &&
        encl.pos >= anchorLine.tok.end && onlyJunk(t.slice(anchorLine.tok.end, encl.pos)) && this.attach(anchorLine, 'previous', fig, i, closer, tok.end)) continue;
      // ("（参考）令和５年度第１次補正予算額 2,215.8億円" on the line under a 令和６年度 supplementary figure: the same figure last year)
      if (!anchorLine && k === 0 && lab.stage && lab.fy !== null && !lab.multiYear && REFERENCE_YEAR_STAGE.test(before)) {
        const a = this.lastPrimaryNear(i);
        // (of the same size: a whole budget's total under one item of it is no figure of that item)
        if (a && a.lineIdx >= i - 2 && a.lineIdx < i && a.out.stage === lab.stage && a.out.fy === lab.fy + 1 && Math.abs(fig.yen) * 10 > Math.abs(a.out.yen) &&
          Math.abs(fig.yen) < Math.abs(a.out.yen) * 10 && this.attach(a, 'previous', fig, i, closer, tok.end)) continue;
      }
      // 3. supplementary figures
      if (lab.stage === 'supplementary' && !lab.multiYear) {
        // ("75億円（当初70億円・補正5億円）": the supplementary part of a total over both budgets is the total's, not the initial part's)
        const total = encl ? linePrims.findLast((r) => r.flags.has('multi_year') && r.tok.end <= encl.pos && onlyJunk(t.slice(r.tok.end, encl.pos))) : undefined;
        if (total && !total.out.supplementary && this.attach(total, 'supplementary', fig, i, closer, tok.end)) continue;
        const between = anchorLine ? t.slice(anchorLine.endLocal, tok.signStart) : '';
        // ("50億円（令和8年度予算額 45億円、令和8年度補正予算額 10億円）": a bracket right after the figure holds its figures)
        const anchorsBracket = !!anchorLine && !!encl && encl.pos >= anchorLine.tok.end && onlyJunk(t.slice(anchorLine.tok.end, encl.pos)) && !between.includes('。');
        if (anchorLine && anchorLine.out.stage !== 'supplementary' && (!/[、。]/u.test(between) || anchorsBracket) && this.attach(anchorLine, 'supplementary', fig, i, closer, tok.end)) {
          anchorLine.warn.add('split_layout');
          for (const w of lab.warnings) anchorLine.warn.add(w);
          continue;
        }
        // "（参考）令和9年度補正予算額 310億円" on the line under a figure: a note of that figure's supplementary
        // (so is one in brackets on a line of brackets under it: "（前年度予算額 46,115百万円）［令和6年度補正予算額 21,800百万円］")
        // (or a line of that label alone and its figure, in a box under the figure: "│ 令和６年度補正予算額　２１０億円 │")
        if (!anchorLine && ((k === 0 && (REFERENCE_NOTE.test(before) || SUPP_LABEL_ALONE.test(before))) || (encl && BRACKETS_LINE.test(t)))) {
          const a = this.lastPrimaryNear(i);
          if (a && a.lineIdx >= i - 2 && a.lineIdx < i && a.out.stage !== 'supplementary' && this.attach(a, 'supplementary', fig, i, closer, tok.end)) continue;
        }
      }
      const sq = (encl && (encl.kind === '【' || encl.kind === '[') && enclHere && labEmpty && aloneInBracket(t, toks, k, encl)) ||
        (orphan && (t[closer] === '】' || t[closer] === ']' || t[closer] === '］'));
      if (sq) {
        const from = anchorLine ? anchorLine.endLocal : 0;
        if (anchorLine && !anchorLine.out.supplementary && onlyJunk(t.slice(from, encl ? encl.pos : tok.signStart))) {
          this.attach(anchorLine, 'supplementary', fig, i, closer, tok.end);
          continue;
        }
        // ("〔２，１００百万円〕" alone under a figure and its "（前年度）" line, where a legend says 〔 〕 hold the supplementary
        // budget): that figure's supplementary
        if (!anchorLine && this.doc.bracketSupp && SQUARE_ALONE.test(t)) {
          // (past the bracketed figure between, "（７，９６５百万円）", read as a figure of its own until the stack is put together)
          const a = this.recs.findLast((r) => r.lineIdx < i && !BRACKETS_LINE.test(this.lines[r.lineIdx].text));
          if (a && a.lineIdx >= i - 2 && !a.out.supplementary && a.out.stage !== 'supplementary' && a.out.stage !== 'other' &&
            this.lines.slice(a.lineIdx + 1, i).every((l) => BRACKETS_LINE.test(l.text)) && this.attach(a, 'supplementary', fig, i, closer, tok.end)) continue;
        }
      }
      if (anchorLine && anchorLine.out.previous && !anchorLine.out.supplementary && labEmpty && !/^[\s\u3000]*[(（]/u.test(after) &&
        /^[\s\u3000)）\]］】(（【[［]*$/u.test(t.slice(anchorLine.endLocal, tok.signStart)) && anchorLine.out.stage !== 'other') {
        this.attach(anchorLine, 'supplementary', fig, i, closer, tok.end);
        continue;
      }
      if (this.pendingSupp && labEmpty && !anchorLine && this.pendingSupp.line >= i - 6) {
        const ps = this.pendingSupp;
        this.pendingSupp = null;
        const cands = this.blockPrims.filter((r) => !r.out.supplementary && r.out.stage !== 'supplementary' && r.out.stage !== 'other');
        if (cands.length === 1) {
          const a = cands[0];
          a.out.supplementary = fig;
          a.doubts.splitLayout = true;
          for (const w of ps.label.warnings) a.warn.add(w);
          continue;
        }
        const r = this.makePrimary(i, t, tok, { before, after, label: { ...ps.label }, rowItem: opts?.rowItem ?? null, col: null, sentence: wrapped + t.slice(Math.max(0, tok.signStart - 300), tok.signStart), prevEnd: 0 });
        linePrims.push(r);
        continue;
      }
      // 4. a primary
      const r = this.makePrimary(i, t, tok, {
        before, nameBefore, carriedName: carried, labelSeg: enclHere && !labEmpty ? labelSeg : undefined, after, afterLine: t.slice(tok.end, tok.end + 200), label: lab, rowItem: opts?.rowItem ?? null, col: null,
        sentence: wrapped + t.slice(Math.max(0, tok.signStart - 300), tok.signStart), prevEnd: tok.signStart - before.length, bracketSupp: !!sq,
        lineHeadItem: (headIdx = firstWithItem(linePrims, headIdx)) < linePrims.length ? linePrims[headIdx].out.item : null, k,
      });
      // ("令和4年度の決算額は1,308億円（予算現額1,420億円）": a figure its own bracket names by a stage alone is of the year
      // the figure before it is, where that one's label names its year)
      if (enclHere && !labEmpty && lab.stage && lab.fy === null && anchorLine && anchorLine.lineIdx === i && anchorLine.doubts.stageSource === 'explicit' &&
        anchorLine.out.fy !== null && r.doubts.stageSource === 'explicit' && onlyJunk(t.slice(anchorLine.endLocal, encl!.pos))) r.out.fy = anchorLine.out.fy;
      // ("上限を従来の30億円から50億円に引き上げ": the new amount of what the one before it was, a cap, a grant per head)
      if (anchorLine && anchorLine.lineIdx === i && anchorLine.out.stage === 'other' && r.out.stage !== 'other' && /^[\s\u3000]*から[\s\u3000]*$/u.test(t.slice(anchorLine.endLocal, tok.signStart)) &&
        RAISED_TO.test(after)) { r.out.stage = 'other'; r.out.fy = anchorLine.out.fy; }
      linePrims.push(r);
    }
    // what the line leaves open for the next lines
    const tail = t.slice(prevEnd);
    const lastPrim = linePrims[linePrims.length - 1] ?? null;
    if (tail.includes('補') && SUPP_TAIL.test(tail)) {
      const lbl = readLabel(tail);
      this.pendingSupp = { line: i, label: lbl };
      this.blockCtx = { stage: 'supplementary', fy: lbl.fy ?? this.doc.suppFy };
    }
    if ((tail.includes('前') && PREV_OPEN_TAIL.test(tail)) || (lastPrim && endsWithOpenParen(tail))) this.pendingPrev = { anchor: lastPrim && !lastPrim.out.previous ? lastPrim : null, line: i };
    // ("…（前年度比4.5%増、" / "245億円増）": the comparison goes on with its amount on the next line; not when its bracket closed)
    // (not past a new topic after it: "…前年度比1.8%の増、投資的経費は" / "1,106億円" is that topic's figure)
    if (tail.includes('比') && /[増減]/u.test(tail) && /[%％]/u.test(tail) && !/[)）][\s\u3000]*$/u.test(tail) && /[%％][^%％はが。]{0,6}$/u.test(tail)) this.pendingChange = i;
    // "label A  label B" on the line above "amount A  amount B": names by position
    const own = linePrims.filter((r) => r.lineIdx === i);
    if (own.length >= 2 && (own[0].doubts.itemSource === 'above' || own[0].doubts.itemSource === 'block') &&
      own.every((r, k) => r.doubts.itemSource === 'above' || r.doubts.itemSource === 'block' || (k > 0 && r.lineHead && r.out.item === own[0].out.item))) {
      const p = this.lineFacts.prevNonEmpty(i);
      if (p >= 0 && !this.recsByLine.has(p) && !HOLDS_AMOUNT.test(this.lines[p].text)) {
        const parts = cleanItem(this.lines[p].text, true).split(/[\s\u3000]+/u).filter((x) => !isWeakItem(x));
        if (parts.length === own.length) own.forEach((r, k) => { r.out.item = parts[k]; r.doubts.itemSource = 'above'; });
      }
    }
    // を含む after a figure group: the figure is part of a larger one
    if (t.includes('を含む')) for (const r of linePrims) {
      if (r.lineIdx !== i) continue;
      const next = linePrims.find((x) => x.tok.start > r.tok.start);
      const seg = t.slice(r.endLocal, next ? next.tok.signStart : t.length);
      // ("300億円（R8補正 80億円を含む）": inside the bracket, the attached figure is the part included)
      if (r.endLocal > r.tok.end && !closeKind(t[r.endLocal - 1]) && /^[\s\u3000]*を含む/u.test(seg)) continue;
      if (/^[\s\u3000】\])）]*を含む/u.test(seg)) r.flags.add('portion');
    }
    // a name after the figures ("10,635百万円(10,635百万円) 特別研究員事業(DC)")
    if (linePrims.length === 1 && !['same-line', 'row', 'after'].includes(linePrims[0].doubts.itemSource) && linePrims[0].lineIdx === i) {
      const r = linePrims[0];
      const rest = t.slice(r.endLocal).replace(/^[\s\u3000)）\]］】]+/u, '');
      const trailing = cleanItem(rest);
      // (a bracket of its own after the figure, "45,000千円（国庫補助 1/2）", is a note on it, not its name)
      if (trailing && !WHOLE_BRACKET.test(rest) && nameLike(trailing) && /^[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9「『]/u.test(trailing) && !/[、。]/u.test(trailing) && !/^(?:文部科学省|経済産業省|内閣府)/u.test(trailing) && !/推計額|含む|計上|要求|比|[%％]/u.test(trailing)) {
        r.out.item = trailing;
        r.doubts.itemSource = 'after';
      }
    }
  }

  /** Put a figure in a free slot of a primary; on the primary's own line, extend its span over the figure. */
  private attach(r: Rec | null, slot: 'previous' | 'supplementary' | 'change', fig: Figure, i: number, closer: number, tokEnd: number): boolean {
    if (!r || r.out[slot]) return false;
    r.out[slot] = fig;
    if (slot === 'previous') this.rowIndex?.gavePrevious(r);
    if (r.lineIdx === i) r.endLocal = Math.max(r.endLocal, closer >= 0 ? closer + 1 : tokEnd);
    else r.doubts.splitLayout = true;
    return true;
  }



  private lastPrimaryNear(i: number): Rec | null {
    const r = this.recs[this.recs.length - 1];
    return r && r.lineIdx >= i - 4 ? r : null;
  }



  // ---------------------------------------------------------------- a primary and its context
  private makePrimary(i: number, t: string, tok: AmountToken, c: {
    before: string; after: string; label: LabelInfo; rowItem: string | null; col: Column | null; sentence: string; prevEnd: number;
    previousLabel?: boolean; bracketSupp?: boolean; header?: string; labelSeg?: string; afterLine?: string; lineHeadItem?: string | null; k?: number;
    /** The words before a change stated ahead of this figure, when they name it. */
    nameBefore?: string;
    /** The words before a change that ended the line above and leads to this figure. */
    carriedName?: string;
  }): Rec {
    const line = this.lines[i];
    const flags = new Set<Flag>();
    const warn = new Set<WarningCode>(tok.warnings);
    for (const w of c.label.warnings) warn.add(w);
    const doubts: Omit<Doubts, 'warnings'> = {
      stageSource: 'document', itemSource: 'none', prose: false, bare: tok.bare, splitLayout: false, bracketGuess: false,
    };
    if (tok.bare) flags.add('unit_from_header');
    const facts = this.lineFacts.textFacts(t);
    const afterFull = c.after + (facts.endsMaru ? '' : this.lineFacts.nextLineHead(i));
    const sentence = c.sentence.slice(c.sentence.lastIndexOf('。') + 1);
    const prose = facts.prose || c.sentence.length > tok.signStart;
    doubts.prose = prose;
    // ------------- stage and fiscal year
    const lab = c.label;
    const single = lab.fy !== null && !lab.multiYear;
    const sy = stageAndYear({
      before: c.before, after: c.after, afterFull, sentence, fullSentence: c.sentence, header: c.header, rowItem: c.rowItem, col: c.col, label: lab,
      previousLabel: c.previousLabel, bracketSupp: c.bracketSupp, sumOfBoth: facts.initialAndSupp && SUM_OF_BOTH.test(t.slice(tok.end)),
    }, this.contexts(), () => this.balanceOf(i, t, tok), flags, warn);
    let stage = sy.stage;
    let fy = sy.fy;
    // "令和5年度予算では、Aに約62億円、Bに約21億円を計上": a figure with no label of its own, in the sentence of a
    // labelled figure before it, is of that figure's stage and year
    // (the words between them name no year, stage or comparison); a breakdown line (うち X) with no label of its own
    // is of the stage and year of the whole on the line above
    const weakStage = sy.source === 'frame' || sy.source === 'document' || sy.source === 'fallback';
    // (a section's stage gives way too, to a figure labelled in the same sentence)
    if ((weakStage || sy.source === 'section') && c.rowItem === null && !c.col && lab.fy === null) {
      let before = this.recsByLine.get(i)?.at(-1);
      let between = before ? t.slice(before.endLocal, tok.signStart) : '';
      // (the sentence may have begun on the line above: "…歳出総額が591億余円となり、" / "実質収支は14億余円の黒字")
      const up = !before && i > 0 && !t.slice(0, tok.signStart).includes('。') && !BREAKDOWN_LINE.test(t) ? this.recsByLine.get(i - 1)?.at(-1) : undefined;
      if (up && !/。[\s\u3000]*$/u.test(this.lines[i - 1].text)) { before = up; between = this.lines[i - 1].text.slice(up.endLocal) + t.slice(0, tok.signStart); }
      // ("…総額三百二十億円の補正予算案を" / "まとめ、…提出しました。" / "　このうち、…に八十六億円": a breakdown opening a sentence
      // after the figure's, a few lines of the same paragraph on)
      if (!before && CONNECTIVE_OPEN.test(t.slice(0, tok.signStart))) {
        for (let k = i - 1; k >= 0 && k >= i - 3 && !isBlank(this.lines[k].text); k--) {
          const r = this.recsByLine.get(k)?.at(-1);
          if (!r) continue;
          before = r;
          between = [this.lines[k].text.slice(r.endLocal), ...this.lines.slice(k + 1, i).map((l) => l.text), t.slice(0, tok.signStart)].join('');
          break;
        }
      }
      const whole = !before && BREAKDOWN_LINE.test(t) ? this.wholeAbove(i) : undefined;
      // ("…一兆五千億円を計上。このうち給付分として一兆円、…": a breakdown opening the next sentence is of the figure before)
      const labelled = !!before && (before.doubts.stageSource === 'explicit' || before.doubts.stageSource === 'block' || before.doubts.stageSource === 'cue');
      const from = before && labelled && ((between.includes('、') && !/[。年度比較増減]|補正/u.test(between)) || BREAKDOWN_SENTENCE.test(between) || GOING_ON_SENTENCE.test(between)) ? before
        : whole;
      // (a part of a balance is a balance: "村債現在高 3,215,400千円" over "うち臨時財政対策債 1,102,650千円"; a part of a total over
      // years is of its own year)
      if (from && (from.out.stage !== 'other' || (!from.flags.has('multi_year') && BREAKDOWN_LINE.test(t)))) {
        stage = from.out.stage;
        fy = from.out.fy;
        sy.source = 'block';
      } else if (!from && weakStage) {
        // "県は同時に、24年度2月補正予算案も発表した。総額は118億円で…": a sentence naming no year or stage speaks of the
        // budget the sentence before it named
        const said = labelOfSentenceBefore(c.sentence);
        if (said) { stage = said.stage; fy = said.fy; sy.source = 'block'; }
      }
    }
    // ("R7は186.4億円と…" in a text whose note says "※R3～R5は決算額、R7は当初予算額": that year's figures are of the stage
    // the note gives, where nothing nearer names one)
    if ((sy.source === 'frame' || sy.source === 'document' || sy.source === 'fallback') && fy !== null && stage !== 'other') stage = this.noteStages().get(fy) ?? stage;
    // "現計 X / 補正額 Y / 計 X+Y" down the lines: the total after a supplementary budget is the budget
    if (stage === 'supplementary' && /^[\s\u3000|｜]*(?:計|合計|累計|補正後(?:の額)?)[\s\u3000|｜:：]*$/u.test(c.before)) {
      const [a, b] = [this.recs[this.recs.length - 2], this.recs[this.recs.length - 1]];
      if (a && b && a.lineIdx >= i - 3 && b.out.stage === 'supplementary' && a.out.stage !== 'supplementary' &&
        Math.abs(a.out.yen + b.out.yen - tok.yen) <= Math.max(1, Math.abs(tok.yen) * 1e-6)) { stage = 'budget'; fy = a.out.fy ?? fy; }
    }
    // "当初予算額 X" / "補正予算額 Y" down the lines: the supplementary of the initial budget's year
    if (stage === 'supplementary' && fy === null) {
      const a = this.recs[this.recs.length - 1];
      if (a && a.lineIdx < i && a.lineIdx >= i - 2 && a.out.stage === 'budget' && a.out.fy !== null && this.lines[a.lineIdx].text.includes('当初')) fy = a.out.fy;
    }
    // "この8000億円を母数としても": the figure named again is the one before, of its stage and year
    // ("御指摘の五兆八千億円" in a reply: the figure the question named, and its name)
    // ("十兆円という額は": the figure named again by the words after it)
    const again = namedAgain(c.before) || NAMED_AGAIN_AFTER.test(c.after) ? this.sameFigureRec(i, tok.yen) : null;
    if (again) { stage = again.out.stage; fy = again.out.fy; sy.source = again.doubts.stageSource; if (again.flags.has('multi_year')) flags.add('multi_year'); }
    // a table row whose period runs over years (債務負担行為: "令和9年度から令和11年度まで | 1,250,000千円"): a total over them
    if (c.rowItem !== null && stage !== 'other' && this.lineFacts.yearRangeFor(t, tok.start)) {
      stage = 'other';
      fy = null;
      flags.add('multi_year');
      sy.source = 'multi-year';
    }
    // ("…指定管理料\t令和8年度から" / "令和12年度まで\t186,500千円": the period a cell broke over two lines, the row's limit a total over it)
    // ("市庁舎空調設備更新事業　令和６年度から　412,500千円" over "令和７年度まで": the same, the figure on the period's first line)
    // (PERIOD_OPEN reads a few words at the end: only the 200 characters before the figure, as a line may hold thousands)
    if (stage !== 'other' && ((i > 0 && PERIOD_END.test(t.slice(0, tok.signStart)) && PERIOD_OPEN.test(this.lines[i - 1].text)) ||
      (i + 1 < this.lines.length && PERIOD_OPEN.test(t.slice(Math.max(0, tok.signStart - 200), tok.signStart)) && PERIOD_END_IN.test(this.lines[i + 1].text)))) {
      stage = 'other';
      fy = null;
      flags.add('multi_year');
      sy.source = 'multi-year';
    }
    // ("駅前広場再整備事業（令和７年度～令和８年度）" over "限度額　180,000千円": a commitment's limit over the years of its period)
    if (stage !== 'other' && LIMIT_BEFORE.test(c.before) && this.periodAbove(i)) {
      stage = 'other';
      fy = null;
      flags.add('multi_year');
      sy.source = 'multi-year';
    }
    if (sy.source !== 'explicit' && this.forecast(stage, fy)) { stage = 'other'; sy.source = 'cue'; }
    doubts.stageSource = sy.source;
    if (sy.bracketGuess) doubts.bracketGuess = true;
    // ------------- flags
    figureFlags(flags, { line: t, tok, before: c.before, after: c.after, sentence, rowItem: c.rowItem, hasMaru: facts.hasMaru, hasMatterRequest: facts.hasMatterRequest }, () => this.lineFacts.nextLineHead(i));
    // ("★こども医療費助成の拡大　2億円" under a legend "★は新規": the line of a new programme)
    if (this.doc.newMarks.length && this.doc.newMarks.includes(t.trimStart().charAt(0)) && stage !== 'other') flags.add('new');
    // ------------- item
    let item: string | null = null;
    let lineHead = false;
    let quoted: RegExpExecArray | null = null;
    let same: string | null = null;
    let total: RegExpExecArray | null = null;
    if (c.rowItem !== null && c.rowItem !== '') { item = c.rowItem; doubts.itemSource = 'row'; }
    else {
      // "　合　計　1兆7,802億円" under a list of figures: a total named by its own word, spread out or not
      const carried = c.carriedName !== undefined ? nameOnLine({ before: c.carriedName, after: '', fullSentence: c.carriedName, line: c.carriedName, tok }) : null;
      const beside = carried ?? ((total = totalLineHead(c.before)) ? { item: total[1].replace(/[\s\u3000]+/gu, ''), source: 'same-line' as const } : nameOnLine({ before: c.before, labelSeg: c.labelSeg, after: c.after, afterLine: c.afterLine, fullSentence: c.sentence, line: t, tok }) ??
        (c.nameBefore !== undefined ? nameOnLine({ before: c.nameBefore, after: '', fullSentence: c.nameBefore, line: t, tok }) : null));
      if (beside) { item = beside.item; doubts.itemSource = beside.source; }
      else if ((quoted = QUOTED_AFTER.exec(c.after + (facts.endsMaru ? '' : this.lineFacts.nextLineHead(i))))) { item = quoted[1]; doubts.itemSource = 'after'; }
      else if ((same = this.sameFigureNear(i, tok.yen))) { item = same; doubts.itemSource = 'above'; }
      // "…、企業会計が 567億円で、合計 4,147億円": a total after the figures of a line is named by its own word
      else if (c.k && (total = TOTAL_BEFORE.exec(c.before))) { item = total[1]; doubts.itemSource = 'same-line'; }
      else if (c.lineHeadItem) { item = c.lineHeadItem; doubts.itemSource = 'same-line'; lineHead = true; }
      else {
        const up = this.itemAbove(i);
        if (up) { item = up.item; doubts.itemSource = up.source; }
        // ("財政調整基金残高（年度末見込）" over "57億円" alone on its line: a balance, the fund's)
        if (up?.source === 'above' && isBlank(c.before) && up.item.includes('高') && BALANCE_NAME.test(up.item) && (sy.source === 'frame' || sy.source === 'document' || sy.source === 'section' || sy.source === 'block')) {
          stage = 'other';
          if (up.item.includes('基金')) flags.add('fund');
        }
        // ("■事業名【新規】" over "事業費：45,000千円": the heading's mark is the figure's, as on its own line)
        if (up?.newMark && stage !== 'other') flags.add('new');
        // ("(8) 災害時給水支援（再掲）" over "要求額 58,240百万円": so is its mark of a figure given elsewhere)
        if (up?.restated) flags.add('restated');
      }
    }
    if (again?.out.item && (doubts.itemSource === 'same-line' || doubts.itemSource === 'none')) { item = again.out.item; doubts.itemSource = 'above'; }
    if (item) item = qualifyItem(item, i, this.lines, (k) => this.lineFacts.nameLike(k));
    if (item && (doubts.itemSource === 'same-line' || doubts.itemSource === 'row') && /基金|ファンド/u.test(item)) flags.add('fund');
    // (a figure under a heading that is a fund's name alone, "（１）財政調整基金" over "…12億円を取り崩した", is the fund's)
    else if (fundNameHeadingAbove(this.lines, i)) flags.add('fund');
    // (a table's row under a heading naming a fund, "1　財政調整基金" over years down the rows, is the fund's, as in cell tables)
    if (!flags.has('fund') && (c.rowItem !== null || c.col) && this.lineFacts.fundHeading(i)) flags.add('fund');
    const out: Extracted = {
      line: line.no, start: line.start + tok.start, end: line.start + tok.end, text: tok.text, yen: tok.yen, unit: tok.unit,
      item, section: this.headings.section(), fy, stage, flags: [], previous: null, supplementary: null, change: null, confidence: 0, warnings: [],
    };
    const rec: Rec = { lineIdx: i, tok, out, flags, warn, doubts, endLocal: tok.end, lineHead };
    if (this.forwardChange) {
      if (this.forwardChange.line === i && this.forwardChange.fig.end <= out.start) out.change = this.forwardChange.fig;
      this.forwardChange = null;
    }
    this.recs.push(rec);
    const onLine = this.recsByLine.get(i);
    if (onLine) onLine.push(rec);
    else this.recsByLine.set(i, [rec]);
    this.blockPrims.push(rec);
    // a label before the amount on this line governs the block when it reads as a label line
    if (lab.stage && lab.stage !== 'supplementary' && single && isStageLabelLine(c.before)) this.blockCtx = { stage: lab.stage, fy: lab.fy, byFigure: true };
    return rec;
  }


  /** The figure before this one on the line, in the same or the next sentence, is a balance or other non-budget figure. */
  /** The balance this figure is a part of: the figure before it on the line, in the same or the next sentence, is a balance. */
  private balanceOf(i: number, t: string, tok: AmountToken): { fy: number | null; fund: boolean } | null {
    if (!this.otherInSentence(i, t, tok)) return null;
    const parent = this.recs[this.recs.length - 1];
    return { fy: parent.out.fy, fund: parent.flags.has('fund') };
  }

  /** The contexts a figure's stage and year fall back on, innermost first. */
  private contexts(): Contexts {
    return { block: this.blockCtx, section: this.sectionCtx, doc: this.doc, frame: this.frame };
  }

  private otherInSentence(i: number, t: string, tok: AmountToken): boolean {
    const last = this.recs[this.recs.length - 1];
    if (!last || last.lineIdx !== i || last.out.stage !== 'other' || last.flags.has('multi_year') || last.doubts.stageSource !== 'cue') return false;
    // the first figure of the chain is a balance (a per-person amount or a target has no parts)
    if (!this.lineFacts.balanceWordIn(t, Math.max(0, this.lineFacts.lastMaruAt(t, last.tok.start) - 200), last.tok.start)) return false;
    const between = t.slice(last.tok.end, tok.signStart);
    const stops = between.split('。').length - 1;
    // only a breakdown: "このうち…", "(都道府県…、市区町村…)", "…から…に"
    return (stops === 0 && /うち|[(（]|、|から/u.test(between) && !/は[、,]?[^、。]{0,20}$/u.test(between.replace(/うち[^、。]*$/u, ''))) || (stops === 1 && /。[\s\u3000]*(?:このうち|うち)/u.test(between));
  }



  /** A figure repeated within a few lines ("10兆円規模の大学ファンド … 10兆円規模においても") names the same thing. */
  private sameFigureNear(i: number, yen: number): string | null {
    return this.sameFigureRec(i, yen, (r) => !!r.out.item && r.doubts.itemSource !== 'block')?.out.item ?? null;
  }

  /** The record a clause's subject names ("歳入総額は…"): the latest within a few lines above whose item is that subject. */
  private topicRec(i: number, clause: string): Rec | null {
    // (the subject nearest the figure: "ハード交付金は据え置かれ、ソフト交付金が前年から…減額")
    let topic: string | null = null;
    for (const m of clause.matchAll(SUBJECT)) topic = m[1];
    if (!topic) return null;
    for (let n = this.recs.length - 1; n >= 0 && n >= this.recs.length - 16; n--) {
      const r = this.recs[n];
      if (r.lineIdx < i - 4) break;
      if (r.out.item === topic) return r;
    }
    return null;
  }

  /** The latest record of the same figure within a few lines above (that `ok` accepts), if any. */
  private sameFigureRec(i: number, yen: number, ok: (r: Rec) => boolean = () => true): Rec | null {
    for (let n = this.recs.length - 1; n >= 0 && n >= this.recs.length - 16; n--) {
      const r = this.recs[n];
      if (r.lineIdx < i - 3) break;
      if (r.out.yen === yen && ok(r)) return r;
    }
    return null;
  }


  /** Name for an amount that stands alone: the line above, skipping labels, else the block heading. */
  private itemAbove(i: number): { item: string; source: 'above' | 'block'; newMark?: boolean; restated?: boolean } | null {
    let seen = 0;
    for (let k = i - 1; k >= 0 && seen < 8; k--) {
      const s = this.lines[k].text;
      if (isBlank(s)) continue;
      seen++;
      const rs = this.recsByLine.get(k);
      if (rs?.length) {
        // (a bullet under a bullet of the same mark that named its own figure is a sibling item, not a part of it; under
        // one named by the heading above both, it is another line on that heading's programme)
        const src = rs[rs.length - 1].doubts.itemSource;
        if ((src === 'same-line' || src === 'after') && sameBullet(this.lines[i].text, s)) return null;
        const it = rs[rs.length - 1].out.item;
        return it ? { item: it, source: 'above' } : null;
      }
      // "総額" on its own over the figure: the figure is the total
      const alone = s.length <= 8 ? TOTAL_ALONE.exec(s) : null;
      if (alone) return { item: alone[1], source: 'above' };
      // (a dateline, "令和9年9月　財政課", names nothing)
      if (s.length <= 30 && DATE_LINE.test(s)) continue;
      const kind = this.lineFacts.aboveKind(k);
      if (kind === ABOVE_SECTION) {
        // "事業内容" / "背景・課題" of a slide: the amount belongs to the page's figure above, not to the lines
        // of the previous section
        for (let n = this.recs.length - 1; n >= 0 && n >= this.recs.length - 64 && this.recs[n].lineIdx >= i - 60; n--) {
          const r = this.recs[n];
          if (r.lineIdx < k && r.out.item && r.doubts.itemSource !== 'block') return { item: r.out.item, source: 'block' };
        }
        break;
      }
      // (a numbered section heading that names nothing, "3 令和9年度3月補正予算", ends the look upward: what stands
      // above it, and the block heading before it, are another section's)
      if (kind !== ABOVE_NAME && s.length <= 40 && !/[,，、]/u.test(s) && startsNumbered(s)) return null;
      if (kind === ABOVE_SKIP) continue;
      if (kind === ABOVE_NAME) {
        const newMark = markedNew(s);
        const restated = RESTATED_MARK.test(s);
        if (this.headings.line === k && this.headings.name) return { item: this.headings.name, source: 'above', newMark, restated };
        return { item: polishItem(cleanItem(s, true)), source: 'above', newMark, restated };
      }
      if (seen >= 4) break;
    }
    return this.headings.name ? { item: this.headings.name, source: 'block' } : null;
  }


}


export { findYears };
