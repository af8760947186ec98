// A figure's stage and fiscal year: its own label first, then cues around it (a multi-year total, a balance,
// a stage word after it), then the nearest context: table column, block, section, document, the document's
// frame. Pure: the contexts are handed in.
import { findYears, yearNamed } from '../era';
import { firstNonSpace } from './lines';
import { toHalfWidth } from './numerals';
import type { Doubts } from './confidence';
import { WHOLE_COST_BEFORE, multiYearCue, multiYearCueEnd, otherCue, perUnitHeader, readLabel, type LabelInfo } from './context';
import { figuresFy, fiscalYearOf, type DocFrame } from './docframe';
import type { DocContext, StageCtx } from './document';
import type { Column } from './tables';
import type { Flag, Stage } from './types';
import type { WarningCode } from './warnings';

/** The contexts around the current line, innermost first. */
export interface Contexts {
  /** Set by a stage label line or a label before a figure; cleared by a heading. */
  block: StageCtx | null;
  /** Set by a heading naming a year and a main stage, or by a table header. */
  section: StageCtx | null;
  doc: DocContext;
  frame: DocFrame;
}

/** The text around one figure. */
export interface FigureText {
  before: string;
  after: string;
  /** `after` continued on the next line when the line does not end a sentence. */
  afterFull: string;
  /** The clause the figure ends (after the last 。 of fullSentence). */
  sentence: string;
  /** The prose before the figure, wrapped lines joined ('' in tables). */
  fullSentence: string;
  /** The header of the figure's table column. */
  header?: string;
  /** The name of the figure's table row. */
  rowItem?: string | null;
  col: Column | null;
  label: LabelInfo;
  /** A previous-year label with no primary to attach to: the figure is last year's budget. */
  previousLabel?: boolean;
  /** The figure stands alone in 【】 / []. */
  bracketSupp?: boolean;
  /** A bracket right after the figure adds a supplementary and an initial budget ("計92億円(補正22億円+当初70億円)"). */
  sumOfBoth?: boolean;
}

// a total over the initial and the supplementary budget together
// ("当初予算で4兆円、補正予算で1兆円の計5兆円": the total after figures of both; a label adding both, "予算額＋補正予算額 17億円")
const COMBINED = /(?:(?:補正|当初)[^。]{0,40}[とを]|当初[^。]{0,30}補正[^。]{0,10}|補正[^。]{0,30}当初[^。]{0,10})(?:合わせ|あわせ)(?:ると|て|た|れば)[^。、]{0,16}$|(?:当初|補正)[^。]{0,30}(?:補正|当初)[^。]{0,30}(?:の|、)(?:計|合計|総額)[\s\u3000]*$|(?:当初|予算額?)[^。円]{0,20}[+＋][^。円]{0,20}補正[^。円]{0,12}$|補正[^。円]{0,20}[+＋][^。円]{0,20}(?:当初|予算)[^。円]{0,12}$/u;

// a balance named right before its figure
const BALANCE_LABEL_END = /(?:残高|現在高)(?:見込み?額?)?[\s\u3000]*(?:は|が|で|[:：])?[、,]?[\s\u3000]*(?:約|概ね|おおむね|およそ)?[\s\u3000]*$/u;
// (or a trend of balances the sentence lists: "基金残高の過去3年間の推移 平成29年度23億8,700万円、…")
const BALANCE_TOPIC = /(?:残高|現在高)(?:は|が|の[^。、]{0,12}推移)[^。]*$/u;
// a year's end right before a figure: "2023年度末", "R5末", "令和6年度末見込み", "Ｒ５末（見込み）"
const YEAR_END = /((?:令和|平成|[RHＲＨ])[\s\u3000]?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2})[\s\u3000]?(?:年度?)?末(?:[\s\u3000]*[(（]?見込み?[)）]?|時点|現在)?[\s\u3000:：]*$/u;
// "前年度末で", "本年度末の": a year's end named relative to the text's own year (its date's, else the one it is about)
const RELATIVE_YEAR_END = /(前年度|昨年度|本年度|今年度|当年度)末(?:[\s\u3000]*(?:で|に|の|時点で?|現在で?))?[\s\u3000:：、,]*$/u;
// "Outstanding municipal bonds at end of FY2026 (estimate): ¥141.2 billion", "Fund balance at the end of FY2025:"
const YEAR_END_EN = /(?:balance|outstanding)[^.;:]{0,60}end[\s\u3000]+of[\s\u3000]+(?:FY|fiscal[\s\u3000]+(?:year[\s\u3000]+)?)?[\s\u3000]?((?:19|20)[0-9]{2})|(?:balance|outstanding)(?:[^.;:0-9]{0,40})[:：]?[\s\u3000]*$/iu;
/**
 * The year whose end the words right before a figure name, a balance's (undefined: none; null: one the text cannot place):
 * a year written out ("2023年度末"), one relative to the text's own ("前年度末で"), or English words ("balance at end of
 * FY2026", a balance of no year named).
 */
function yearEndBefore(before: string, cx: Contexts): number | null | undefined {
  if (before.includes('末')) {
    const m = YEAR_END.exec(before);
    if (m) return yearNamed(m[1]);
    const r = RELATIVE_YEAR_END.exec(before);
    if (r) {
      const base = cx.frame.date ? fiscalYearOf(cx.frame.date) : cx.frame.fy;
      return base === null ? null : base - (r[1] === '前年度' || r[1] === '昨年度' ? 1 : 0);
    }
  }
  if (!before.includes('balance') && !before.includes('utstanding')) return undefined;
  const m = YEAR_END_EN.exec(before);
  return m ? (m[1] ? Number(m[1]) : null) : undefined;
}

/** The year of the current context: block (unless supplementary), section, document. */
export function contextFy(cx: Contexts): number | null {
  return cx.block?.stage !== 'supplementary' && cx.block?.fy ? cx.block.fy : cx.section?.fy ?? cx.doc.main?.fy ?? null;
}

/** The year of the nearest context (column, block, section, document) of stage `st`. */
export function ctxFy(cx: Contexts, st: Stage, col: Column | null): number | null {
  if (st === 'supplementary') return (cx.block?.stage === 'supplementary' ? cx.block.fy : null) ?? cx.doc.suppFy;
  // (a column naming its stage and no year, "決算額", takes the year of the section over it)
  if (col && col.stage && col.stage === st && col.fy !== null) return col.fy;
  for (const x of [cx.block, cx.section, cx.doc.main]) if (x && x.stage === st) return x.fy;
  return null;
}

/** A year named relative to the document's own: the year after it, or the one before the previous. */
// (翌年度へ繰り越す, 翌年度への繰越額: what this year carries over is this year's)
const DOC_RELATIVE = /(翌年度|前々年度)(?![へにの]{0,2}(?:繰|くり)り?越)/u;

/** An amount per head in English: "budget per resident", "¥30,000 per child". */
const PER_HEAD_ROW = /[1１一][\s\u3000]?(?:人|世帯|件|戸|校|日|回|食|台|基|箇所|か所)[\s\u3000]?(?:あたり|当たり)/u;
const PER_HEAD_EN = /(?:^|[^A-Za-z])per[\s\u3000]+(?:resident|capita|person|head|household|child|student|pupil|citizen|inhabitant)/iu;
/** An amount per head since the figure before: "1人当たり", "一世帯あたりの", "子ども1人につき". */
const PER_HEAD = /(?:[1１一]\s?(?:人|世帯|件|戸|校|日|回|食)|[人戸])\s?(?:あたり|当たり)|[1１一]\s?(?:人|世帯|件|戸|校)に(?:つき|対し)[\s\u3000、,]*$|(?<![0-9０-９,，.．])[1１一]\s?(?:人|世帯|件|戸|校)[\s\u3000]?$/u;

/** "3,000億円（令和9年度補正）": a bracket right after the figure naming its own year and stage, no amount. */
const OWN_LABEL_AFTER = /^[\s\u3000]*[(（]([^()（）0-9０-９円]{0,6}(?:[0-9０-９元]{1,4}[^()（）0-9０-９円]{1,12})?)[)）]/u;
function ownLabelAfter(after: string): LabelInfo | null {
  const m = after.includes('(') || after.includes('（') ? OWN_LABEL_AFTER.exec(after) : null;
  if (!m) return null;
  const l = readLabel(m[1]);
  return l.stage && !l.previous && !l.multiYear ? l : null;
}

/** "1兆2,345億円を要求", "…を要望する": the figure is requested. */
const RELATIVE_YEAR = /(?:来|今|本|翌|次|当|新)年度/u;
const APPROPRIATED_AFTER = /^[\s\u3000]*を[\s\u3000]*(?:新たに)?計上(?:して|し|する|した)/u;
const REQUESTED_AFTER = /^[\s\u3000]*を[\s\u3000]*(?:新規に?)?(?:要求|要望)/u;

/** "…2,298億円となる見込み" in a settlement's report (決算見込み): the settlement estimated, not a forecast of something else. */
function settlingForecast(after: string, cx: Contexts): boolean {
  return cx.frame.stage === 'settlement' && (after.includes('見込') || after.includes('見通')) && /^[^。、]{0,14}(?:見込|見通)/u.test(after);
}

/** The text is about a supplementary budget: its title, or the figure's sentence, says so. */
function supplementing(x: FigureText, cx: Contexts): boolean {
  return cx.doc.main?.stage === 'supplementary' || cx.frame.stage === 'supplementary' || x.fullSentence.includes('補正');
}

const TOTAL_BEFORE = /総額(?:は|で|を|が)?[\s\u3000:：]*(?:約|概ね|おおむね|およそ)?[\s\u3000]*$/u;
const SPAN_IN_REST = /^[^。]{0,40}?(?:[0-9０-９元一二三四五六七八九十]+[\s\u3000]?年度?[\s\u3000]?(?:から|～|〜|~)[^。]{0,12}?(?:年度|まで)|[0-9０-９一二三四五六七八九十]+[\s\u3000]?(?:か年|カ年|ヵ年|ケ年|年間)|継続費|債務負担行為)/u;
const SPAN_AFTER_EN = /^[\s\u3000]*(?:in total[\s\u3000]+)?(?:over|across)[\s\u3000]+(?:the[\s\u3000]+(?:next|past)[\s\u3000]+)?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)[\s\u3000]+(?:fiscal[\s\u3000]+)?years/iu;
// "前年度当初から4,800万円伸びた", "昨年度同様の2億円": last year is the base of a change, or the same as this year
const COMPARED_AFTER = /(?:前年度?|昨年度?)[^。、]{0,8}(?:から|より|と比|に比|比|同|並)/u;
// "今回の補正により", "補正後は": the budget a supplementary one leaves
const AFTER_SUPP_BEFORE = /(?:補正|補下)(?:予算)?(?:\([^()]*\)|（[^（）]*）)?(?:により|によって|の結果|後は|後で)[、,]?[\s\u3000]*(?:総額|予算額|計)?[はが]?[\s\u3000]*$/u;
const INCLUDING_BEFORE = /(?:予算|補正|決算|年度)(?:案|額)?を(?:含め|加え)(?:れば|ると|て|た)[^。、]{0,16}$/u;

const AVERAGE_BEFORE = /平均(?:額|値)?[)）]?[\s\u3000]*[はがで]?[\s\u3000]*(?:約|およそ)?[\s\u3000]*$/u;
// a sentence opened by a year's budget as its topic: "令和8年度当初予算案では、", "2027年度概算要求においては、"
const TOPIC_OPENING = /^[\s\u3000「]*(?:(?:なお|また|さらに|一方|このほか|あわせて|併せて)[、，,][\s\u3000]*)?((?:令和|平成)?[\s\u3000]?[0-9０-９元]{1,4}[\s\u3000]?年度[^、。はで]{0,16}?(?:当初予算案?|補正予算案?|予算案|概算要求|決算))(?:において|で|に)?は、/u;
/** The stage and year a sentence's opening topic names (the sentence the figure stands in, not those before it on its line). */
function sentenceTopic(sentence: string): { stage: Stage; fy: number } | null {
  if (!sentence.includes('年度')) return null;
  const m = TOPIC_OPENING.exec(sentence.slice(sentence.lastIndexOf('。') + 1));
  if (!m) return null;
  const lab = readLabel(m[1]);
  return lab.stage && lab.fy !== null && !lab.multiYear && !lab.previous ? { stage: lab.stage, fy: lab.fy } : null;
}

/**
 * The stage and year of a figure, and where they came from. Adds multi_year / fund to `flags` and stage_guessed
 * to `warn` when it decides so. `balance` gives the balance this figure is a part of, if any (asked only when no
 * earlier rule decides).
 */
const YEAR_MEASURE = /(?:基準財政(?:収入|需要)額|標準財政規模|標準税収入額等?)[^。、]{0,30}$/u;
// "in the FY2025 supplementary budget", "under the FY2026 initial budget", "for the FY2027 budget request"
const EN_STAGE_AFTER = /^[\s\u3000,]*(?:[a-z]+[\s\u3000]+){0,3}?(?:in|for|under|from|of)[\s\u3000]+the[\s\u3000]+FY[\s\u3000]?((?:19|20)[0-9]{2})[\s\u3000]+((?:initial|draft|original|supplementary)[\s\u3000]+budget|budget(?:[\s\u3000]+request)?|settlement)/iu;
const FIGURE_BEFORE = /[0-9０-９〇一二三四五六七八九十](?:兆|億|万|千)?円|[0-9０-９〇一二三四五六七八九十][兆億]/u;

export function stageAndYear(
  x: FigureText, cx: Contexts, balance: () => { fy: number | null; fund: boolean } | null, flags: Set<Flag>, warn: Set<WarningCode>,
): { stage: Stage; fy: number | null; source: Doubts['stageSource']; bracketGuess: boolean } {
  const lab = x.label;
  const single = lab.fy !== null && !lab.multiYear;
  const sentence = x.sentence;
  let stage: Stage;
  let fy: number | null = null;
  let src: Doubts['stageSource'] = 'document';
  let bracketGuess = false;
  let parent: { fy: number | null; fund: boolean } | null;
  let afterFy: number | null = null;
  let own: LabelInfo | null;
  let endFy: number | null | undefined;
  let enAfter: RegExpExecArray | null;
  let topic: { stage: Stage; fy: number } | null = null;
  // (a bracket opened right after the figure holds another figure's label: "1,234百万円（令和10年度予算額 …）")
  // (not the budget after a supplementary one, named on the line under it: "一般会計　48億円" / "補正後の予算額は…")
  // (nor last year's, in a bracket after the figure: "…億円を要求（前年度予算額…）")
  const afterStage = x.afterFull.includes('予算') && /^[^。、]{0,16}(?<!補正後の?|前年度?(?:当初)?)予算(?!要求|比)/u.test(x.afterFull) && !/^[\s\u3000]*[(（【［\[<＜][^)）】］\]>＞]*[0-9０-９]/u.test(x.afterFull)
    // ("総額13兆円の令和9年度補正予算案": the figure is that supplementary budget's)
    ? (/^を[^。、]{0,12}補正予算|^の[^。、]{0,14}(?:補正|補下)予算/u.test(x.afterFull) ? 'supplementary' as Stage : 'budget' as Stage)
    : x.afterFull.includes('要') && REQUESTED_AFTER.test(x.afterFull) ? 'request' as Stage
    // ("…三百二十六万円を実績として計上": what was actually spent is a settlement's)
    : x.afterFull.includes('実績') && /^[\s\u3000]*を?[\s\u3000]*実績(?:として|と|で)/u.test(x.afterFull) ? 'settlement' as Stage
    // ("給食費助成は、一億二千万円を計上しております" in a text mostly about a settlement: an appropriation is a budget's)
    : cx.frame.stage === 'settlement' && x.afterFull.includes('計上') && APPROPRIATED_AFTER.test(x.afterFull) && !x.sentence.includes('決算') ? 'budget' as Stage : null;
  // "前年度予算額比11.5％増の": last year's figure named as the base of a comparison gives this figure no stage
  const comparedBase = lab.previous && /比|比べ|から/u.test(x.before);
  // "当初予算と補正予算を合わせた…計X円" is a total over two budgets, whatever year the clause names (not "補正予算では、あわせて
  // X円": all of one budget)
  // ("2024年度予算を含めれば約32兆円に達している": a running total the year's budget is a part of)
  const including = x.before.includes('を') && INCLUDING_BEFORE.test(x.before);
  const combined = including || (sentence.includes('わせ') || sentence.includes('計') || sentence.includes('総額') || sentence.includes('+') || sentence.includes('＋')) && COMBINED.test(sentence);
  // "9億2,812万5千円(2・3年度)": the years in the bracket after the figure are the years it spans
  // ("500億円（5年分）": so many years' worth)
  // ("about ¥1.4 billion over three years": the English words after it)
  const spanAfter = (x.after.includes('year') && SPAN_AFTER_EN.test(x.after)) || x.after.includes('年') && /^[\s\u3000]*[(（](?:[^()（）]{0,12}[0-9０-９元]\s?[・、,，~〜～\-－]\s?[0-9０-９]{1,4}\s?年度?|[0-9０-９一二三四五六七八九十]{1,2}\s?(?:か年|カ年|ヵ年|ケ年|年度|年)分)[)）]/u.test(x.after);
  // ("…五年間で総額43兆円程度、来年度はそのうち8.7兆円": a clause naming one year of its own speaks of that year only)
  const clause = x.before.includes('年度') ? x.before.slice(Math.max(x.before.lastIndexOf('、'), x.before.lastIndexOf('。')) + 1) : '';
  const ownYear = clause !== '' && RELATIVE_YEAR.test(clause);
  // (a cue ending before another figure of the sentence is that figure's: "…5年間で総額42兆円程度とする計画の4年目にあたり、…に
  // 1兆1千億円"; not one running on past it, "当初予算（1,500億円）と合わせ、約4,000億円")
  const earlier = sentence.length > x.before.length && sentence.endsWith(x.before) ? sentence.length - x.before.length : 0;
  const sentenceCue = (): boolean => {
    const end = multiYearCueEnd(sentence);
    return end >= 0 && (end > earlier || !FIGURE_BEFORE.test(sentence.slice(sentence.lastIndexOf('。', earlier - 1) + 1, earlier)));
  };
  // (an average over the years, "直近5年間の…決算額の平均は", is no total over them)
  const average = x.before.includes('平均') && AVERAGE_BEFORE.test(x.before);
  // ("総額8億1,540万円、令和7年度から9年度までの3か年の継続費": a total whose span of years the words after it name)
  const totalSpan = x.before.includes('総額') && TOTAL_BEFORE.test(x.before) && SPAN_IN_REST.test(x.afterFull);
  if (!average && (combined || spanAfter || totalSpan || x.sumOfBoth || WHOLE_COST_BEFORE.test(x.before) || (!single && (lab.multiYear || (ownYear ? multiYearCue(clause) : sentenceCue() || multiYearCue(x.before)))))) {
    stage = 'other';
    flags.add('multi_year');
    src = 'multi-year';
  } else if (x.previousLabel) {
    stage = 'budget';
    const ctxFy = contextFy(cx);
    fy = single && !lab.previous ? lab.fy : ctxFy === null ? null : ctxFy - 1;
    src = 'previous-label';
  } else if (x.bracketSupp && cx.doc.bracketSupp && !lab.stage) {
    stage = 'supplementary';
    fy = cx.doc.suppFy;
    src = 'cue';
    bracketGuess = true;
  } else if (firstNonSpace(x.afterFull) === 0x3092 && /^[\s\u3000]*を(?:追加|増額|減額|補正)/u.test(x.afterFull) && supplementing(x, cx)) {
    // "歳入歳出それぞれ245,300千円を追加し": the amount a supplementary budget adds
    stage = 'supplementary';
    src = 'cue';
  } else if (firstNonSpace(x.afterFull) === 0x3068 && /^[\s\u3000]*と(?:する|なる|なり|した)/u.test(x.afterFull) &&
    (/総額を[^。、]{0,16}$/u.test(x.fullSentence || x.before) || AFTER_SUPP_BEFORE.test(x.before)) && supplementing(x, cx)) {
    // "…総額を歳入歳出それぞれ31,845,300千円とする", "今回の補正により44,300千円となる": the budget after it
    stage = 'budget';
    src = 'cue';
  } else if (((x.before.includes('たり') || x.before.includes('に')) && PER_HEAD.test(x.before)) || (x.before.includes('per') && PER_HEAD_EN.test(x.before)) ||
    // (or a table's row of such amounts, "1食当たりコスト", "利用者1人当たりコスト")
    (!!x.rowItem && x.rowItem.includes('たり') && PER_HEAD_ROW.test(x.rowItem))) {
    // "市民1人当たりの予算額は45万円": a budget per head is a unit amount, whatever its label
    stage = 'other';
    src = 'cue';
  } else if (!lab.stage && (own = ownLabelAfter(x.after))) {
    stage = own.stage!;
    fy = own.fy ?? ctxFy(cx, stage, x.col);
    src = 'cue';
  } else if (x.before.includes('高') && BALANCE_LABEL_END.test(x.before) && !lab.previous) {
    // "財政調整基金の６月補正後残高は 214億円": a balance, whatever budget its label names
    stage = 'other';
    src = 'cue';
  } else if (lab.stage && !comparedBase) {
    stage = lab.stage;
    src = 'explicit';
    // "文教関係予算が…" in a request summary names a budget category, not the budget stage (not what a request was assessed
    // at, 査定額, nor a 政府案: the budget decided)
    if (stage === 'budget' && cx.frame.stage === 'request' && lab.fy === null && !/当初|予算額|予算案|前年|昨年|査定|政府案/u.test(x.before)) stage = 'request';
  } else if ((endFy = yearEndBefore(x.before, cx)) !== undefined) {
    // "2023年度末　47.7億円", "R5末　198.4億円": a figure at the end of a year is a balance of that year
    stage = 'other';
    src = 'cue';
    fy = endFy;
  } else if (otherCue(x.before, settlingForecast(x.after, cx) ? '' : x.after) || (x.fullSentence !== '' && otherCue(x.fullSentence, '')) ||
    // ("地方債現在高は、R5年度末で960億円となり": a sentence whose topic is a balance speaks of balances)
    ((sentence.includes('残高') || sentence.includes('現在高')) && BALANCE_TOPIC.test(sentence)) || perUnitHeader(x.header ?? '') || (!!x.header && otherCue(x.header, ''))) {
    stage = 'other';
    src = 'cue';
    // ("2023年度末現在高" over the figure: a balance at the end of the year its column names)
    if (x.col && x.col.fy !== null && x.header?.includes('末')) fy = x.col.fy;
  } else if ((parent = balance())) {
    // "保有額は3兆円。このうち…2兆円(都道府県1兆円、…)": the parts of a balance are balances too, of its year and fund
    stage = 'other';
    src = 'cue';
    fy = parent.fy;
    if (parent.fund) flags.add('fund');
  } else if ((enAfter = !lab.stage && x.afterFull.includes('FY') ? EN_STAGE_AFTER.exec(x.afterFull) : null)) {
    // "¥35.0 billion in the FY2025 supplementary budget": the English words after the figure name its budget and year
    stage = /supplementary/iu.test(enAfter[2]) ? 'supplementary' : /request/iu.test(enAfter[2]) ? 'request' : /settlement/iu.test(enAfter[2]) ? 'settlement' : 'budget';
    src = 'cue';
    afterFy = Number(enAfter[1]);
  } else if (afterStage) {
    stage = afterStage;
    src = 'cue';
    // "総額1,234億円の2029年度一般会計当初予算案": the year named with the budget after the figure
    const named = /^の([^。、]{0,16})予算/u.exec(x.afterFull);
    const ys = named && named[1].includes('年') ? findYears(named[1]).filter((y) => y.fiscal && y.years.length === 1 && !y.range) : [];
    if (ys.length === 1) afterFy = ys[0].years[0];
  } else if (!x.col && (topic = sentenceTopic(sentence))) {
    // "令和8年度当初予算案では、A基金から2,100百万円、B基金から900百万円を": a sentence opened by a year's budget as its
    // topic speaks of that budget in every figure naming none of its own
    stage = topic.stage;
    src = 'explicit';
  } else if (x.col?.stage) {
    stage = x.col.stage;
    fy = x.col.fy;
    src = 'column';
  } else if (cx.block) {
    stage = cx.block.stage;
    fy = cx.block.fy;
    src = 'block';
  } else if (cx.section && !(cx.section.multiYear && single)) {
    // (a figure naming its own one year, "令和８年度　14,020百万円", is no total over the section's years)
    stage = cx.section.stage;
    fy = cx.section.fy;
    src = 'section';
    if (cx.section.multiYear) flags.add('multi_year');
  } else if (cx.doc.main) {
    stage = cx.doc.main.stage;
    fy = cx.doc.main.fy;
    src = 'document';
  } else if (cx.frame.stage) {
    // no title or heading says: the stage the document's text is mostly about
    stage = cx.frame.stage;
    src = 'frame';
  } else {
    stage = 'budget';
    src = 'fallback';
    warn.add('stage_guessed');
  }
  if (stage === 'other') {
    // (a total over several years is of no one year, whatever year its clause names: "27年度補正予算と合わせた")
    // (a section of balances, "基金の状況（令和５年度末現在高）", gives its year)
    fy = flags.has('multi_year') ? null : single ? lab.fy : (src === 'cue' || src === 'section') && fy !== null ? fy : null;
    // (a balance under a heading naming a year's end, "町の貯金と借金（令和５年度末見込み）", is of that year)
    if (fy === null && cx.section?.stage === 'other') fy = cx.section.fy;
    // a per-person amount is of the document's year
    // (so is one per household, per case, per unit: "1戸当たり150万円", "１件当たり 50 万円")
    if (fy === null && (/[1１一][\s\u3000]?(?:人|件|戸|世帯|基|台|校|社|団体)[\s\u3000]?(?:あたり|当たり)|[人件戸]あたり/u.test(sentence) || PER_HEAD.test(sentence) || PER_HEAD_EN.test(sentence + x.after.slice(0, 20)) ||
      // (a column of amounts per head, "1人当たり", is of the year too)
      (!!x.header && /(?:人|世帯|戸)[\s\u3000]?(?:あたり|当たり)/u.test(x.header)))) fy = contextFy(cx) ?? cx.frame.fy;
    // a balance is at the end of a year: its column's (令和9年度末残高), else the document's
    if (fy === null && x.col?.fy && /残高|保有額/u.test(x.header ?? '')) fy = x.col.fy;
    // (and a year's standard figures of local finance, "基準財政収入額 : 1,287,441", "標準財政規模")
    if (fy === null && (/残高|現在高|保有額|積立額/u.test(sentence) || /^[^。、]{0,12}を保有/u.test(x.after) || YEAR_MEASURE.test(x.before))) fy = cx.frame.fy;
  } else if (src !== 'previous-label' && src !== 'multi-year') {
    if (single) {
      fy = lab.fy;
      // a past year named without a stage word, inside a request document: that year's budget
      if (!lab.stage && stage === 'request' && fy !== null && (contextFy(cx) ?? fy) > fy) { stage = 'budget'; warn.add('stage_guessed'); }
    } else if (fy === null || src === 'explicit' || src === 'cue') {
      fy = ctxFy(cx, stage, x.col);
      // ("前年度決算における…残高は52億円", "前年度の同助成の決算額は…": a settlement of the year before the text's own)
      if ((src === 'explicit' || src === 'cue') && stage === 'settlement' && lab.previous && fy === null) {
        const base = contextFy(cx) ?? cx.frame.fy;
        if (base !== null) fy = base - 1;
      }
      // ("前年度は基本設計委託料として450万円を計上": a figure a clause on last year names, with nothing of its own to be
      // compared with, is last year's)
      if ((src === 'frame' || src === 'document') && lab.previous && !comparedBase && !COMPARED_AFTER.test(x.before)) {
        const base = fy ?? contextFy(cx) ?? cx.frame.fy;
        if (base !== null) fy = base - 1;
      }
    }
  }
  if (afterFy !== null && src === 'cue' && !single) fy = afterFy;
  // (the year the sentence's topic names, not the context's, for a figure of that stage naming no year of its own:
  // "令和8年度当初予算案では、図書館改修に3億円、道路補修に2億円を計上")
  if (topic && stage !== 'other') fy = topic.fy;
  else if ((src === 'explicit' || src === 'cue') && !single && stage !== 'other' && (topic = sentenceTopic(sentence)) && topic.stage === stage) fy = topic.fy;
  if (stage === 'supplementary' && fy === null) fy = cx.doc.suppFy;
  // "6月補正で…" with no year: a supplementary of April to December is of the document's year, one of January to
  // March of the year before (it closes that year)
  if (stage === 'supplementary' && fy === null && sentence.includes('月補正')) {
    const mm = /([0-9０-９]{1,2})月補正/u.exec(sentence);
    const base = contextFy(cx) ?? cx.frame.fy;
    const month = mm ? Number(toHalfWidth(mm[1])) : 0;
    if (base !== null && month >= 1 && month <= 12) fy = month >= 4 ? base : base - 1;
  }
  // ("令和6年度決算では、歳入総額は…、実質収支は…": a figure naming its stage and no year, in a sentence that opened with one
  // year of that stage, is of that year)
  // (or, naming no year of its own, one the sentence before opened so: "24年度一般会計決算の確定値も公表した。歳入は…、実質収支は41億円")
  // (the budget after a supplementary one, whatever year the context gave it, is of that one's year: "7年度は…補正予算で…、
  // 補正後の予算は618億円")
  const afterSupp = stage === 'budget' && lab.fy === null && x.before.includes('補正後');
  if ((fy === null || afterSupp) && src === 'explicit' && !lab.multiYear && sentence.includes('年度')) {
    const stop = sentence.lastIndexOf('。');
    const own = sentence.slice(stop + 1);
    const opening = (part: string): number | null => {
      const ys = findYears(part).filter((y) => y.fiscal && !y.range);
      // (not a year it compares with: "令和5年度比で27.2パーセント増の")
      if (!ys.length || ys.some((y) => /^[\s\u3000]*(?:比|から|に比べ|と比べ|より|対比)/u.test(part.slice(y.end))) || !ys.every((y) => y.years.length === 1 && y.years[0] === ys[0].years[0])) return null;
      const opened = readLabel(part.slice(0, ys[0].end + 12)).stage;
      return opened === stage || (opened === 'supplementary' && afterSupp) ? ys[0].years[0] : null;
    };
    const whole = x.fullSentence || sentence;
    const end = whole.lastIndexOf('。');
    fy = opening(own) ?? (end > 0 && !findYears(own).some((y) => y.fiscal) ? opening(whole.slice(whole.lastIndexOf('。', end - 1) + 1, end)) : null) ?? fy;
  }
  // a column that names a year and no stage ("R9 | R8"): its year
  if (fy === null && stage !== 'other' && x.col?.fy != null && x.col.role === 'primary') fy = x.col.fy;
  // still no year: the year the document is mostly about, for its own stage
  if (fy === null && stage !== 'other' && !flags.has('multi_year') && !(stage === 'supplementary' && cx.frame.stage !== 'supplementary' && cx.frame.stage !== 'settlement')) fy = figuresFy(cx.frame);
  // "翌年度の予算要求では", "前々年度の決算額は": a year counted from the document's own
  const rel = !single && fy !== null && (sentence.includes('翌年度') || sentence.includes('前々年度')) ? DOC_RELATIVE.exec(sentence) : null;
  if (rel && fy !== null && !/比|から|に比べ|と比べ|より/u.test(sentence.slice(rel.index + rel[0].length))) fy += rel[1] === '翌年度' ? 1 : -2;
  // (an average over a span of years is of none of them)
  if (average && lab.multiYear) fy = null;
  return { stage, fy, source: src, bracketGuess };
}
