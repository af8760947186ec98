// Reading labels: stage words, fiscal years, flags and the cues that make a figure "other".
import { findYears, type YearMention } from '../era';
import { codes } from './codes';
import { isSpaceCode, lastNonSpace } from './lines';
import type { Flag, Stage } from './types';
import type { WarningCode } from './warnings';

export interface LabelInfo {
  stage: Stage | null;
  fy: number | null;
  /** The label names the previous year's figure (前年度予算額, 前年). */
  previous: boolean;
  /** The label names several years (R2,3,4年度, a range, 2021・2022年度). */
  multiYear: boolean;
  warnings: WarningCode[];
}

const SUPP = /補正|補下/u;
const REQUEST = /概算要求|要求・要望|要求要望|要望額|要求額|要求(?!.*予算額)/u;
// a settlement's columns: what was spent or received, assessed (調定), written off, carried over or left unspent, or
// executed (執行額, 実績額)
// (and its balances: 形式収支, 実質収支, 単年度収支, 歳入歳出差引, and the funds it carries into the next year, 翌年度へ繰り越すべき財源)
export const SETTLEMENT_BALANCE = /(?:実質|形式|単年度)収支(?!比率)|歳入歳出差引|翌年度へ?繰り?越す?[\s\u3000]?べき財源/u;
const SETTLEMENT = new RegExp(`決算|${SETTLEMENT_BALANCE.source}|支出済み?(?:歳出)?額|収納済み?歳入額|(?<!予定|見込み?|的)支出額|収入済額|収納済額|調定額|不納欠損額|収入未済額|不用額|翌年度(?:へ|に)?の?繰り?越し?額|執行額|執行済額|実績額`, 'u');
// 予算 alone is often part of a name (バイオ関連予算, 科学技術予算のポイント); as a stage label it has a year,
// 額/案, or a particle after it. What a request was assessed at (査定額) is the budget.
const BUDGET = /当初予算|予算額|予算現額|予算案|政府案|査定額?$|査定額|査定(?:の)?(?:結果|内容)|歳出予算|年度\s?(?:の)?(?:政府)?予算|予算(?:で|は|に|において|により|を|が|として|措置|計上)/u;
// (and the plain words of pages written for everyone, 前の年, and English ones: "(last year: ¥98 million)")
// (not funds carried over from it, "前年度からの繰越し")
const PREV = /前年度(?!からの?繰)|前年(?!比|度)|昨年度|前の年/u;
const PREV_EN = /(?:^|[^A-Za-z])(?:last|previous) year(?![A-Za-z])/iu;

// The characters the gates of stageWord and readLabel look for (a word by one of its characters), flagged by code
// unit: one pass over the text instead of a dozen includes.
const C_HO = 1, C_YO = 2, C_SETTLE = 4, C_SHUSA = 8, C_YOSA = 16, C_FINAL = 32, C_EN = 64, C_FY = 128, C_ACT = 256, C_SPACE = 512, C_PREV = 1024, C_YEAR = 2048;
const LABEL_CHAR = new Uint16Array(0x10000);
for (const [chars, bit] of [['補', C_HO], ['要', C_YO], ['決済額源', C_SETTLE], ['収差', C_SHUSA], ['予査', C_YOSA], ['終', C_FINAL], ['gq', C_EN],
  ['YＹ', C_FY], ['l', C_ACT], [' \u3000', C_SPACE], ['前昨', C_PREV], ['r', C_YEAR]] as const) for (const c of chars) LABEL_CHAR[c.charCodeAt(0)] |= bit;
function labelChars(s: string): number {
  let f = 0;
  for (let i = 0; i < s.length; i++) f |= LABEL_CHAR[s.charCodeAt(i)];
  return f;
}

/** Stage word in a label. 補正 outranks 要求, which outranks 決算 and 予算 (補正予算額 is supplementary). */
export function stageWord(s: string): Stage | null { return stageWordOf(s, labelChars(s)); }
function stageWordOf(s: string, f: number): Stage | null {
  // (each pattern is tried only when the string holds a character every match of it contains)
  // 補正後 (予算額): the budget after the supplementary, not the supplementary itself
  // (nor a budget the supplementary one is added into: "当初予算に補正予算及び繰越しを加えた最終予算額は")
  // (nor one a later clause leaves behind: "…補正予算額が含まれており、翌年度への繰越額は")
  if (f & C_HO) {
    if (SUPP.test(s) && !(/補正[後前]/u.test(s) && !/補正(?![後前])/u.test(s)) && !ADDED_INTO.test(s) && !SETTLED_AFTER.test(s)) return 'supplementary';
    if (s.includes('補正後') || s.includes('補正前')) return 'budget';
  }
  if ((f & C_YO) && REQUEST.test(s)) return 'request';
  if (((f & C_SETTLE) || ((f & C_SHUSA) && (s.includes('収支') || s.includes('差引')))) && SETTLEMENT.test(s)) return 'settlement';
  if ((f & C_YOSA) && BUDGET.test(s)) return 'budget';
  // ("予算額　当初 … / 補正 … / 最終 …" stacked: 最終 alone is the budget after every supplementary)
  if ((f & C_FINAL) && s.includes('最終') && FINAL_ALONE.test(s)) return 'budget';
  // (an English page's words: "the FY2025 initial budget", "budget request", "supplementary budget")
  if ((f & C_EN) && (s.includes('udget') || s.includes('equest')) && EN_STAGE.test(s)) return /supplementary/iu.test(s) ? 'supplementary' : /request/iu.test(s) ? 'request' : 'budget';
  // (a fiscal year's column heading with its stage's word alone: "FY2026 Draft", "FY2025 Initial", "FY2025 Suppl. (No.1)")
  if ((f & C_FY) && (s.includes('FY') || s.includes('ＦＹ'))) { const m = EN_FY_STAGE.exec(s); if (m) return /^supp/iu.test(m[1]) ? 'supplementary' : /^req/iu.test(m[1]) ? 'request' : /^(?:settle|actual)/iu.test(m[1]) ? 'settlement' : 'budget'; }
  // ("FY2024 settlement (actual expenditure): ¥112.6 billion": what was spent)
  if ((f & C_ACT) && (s.includes('ettlement') || s.includes('ctual')) && EN_SETTLEMENT.test(s)) return 'settlement';
  return null;
}
const EN_FY_STAGE = /(?:FY|ＦＹ)[\s\u3000]?[0-9０-９]{2,4}[\s\u3000]+(Draft|Initial|Original|Request|Suppl(?:ementary|\.)?|Settlement|Actual)(?![A-Za-z])/iu;
// (lower case: "the Youth Settlement Grant" is a programme's name)
const EN_SETTLEMENT = /(?:^|[^A-Za-z])(?:settlement|[Aa]ctual (?:expenditure|spending|results?))(?![A-Za-z])/u;
const EN_STAGE = /(?:initial|draft|supplementary|original)[\s\u3000]+budget|budget[\s\u3000]+request/iu;
const ADDED_INTO = /補正[^。]{0,30}(?:加えた|含めた|合わせた|含む)[^。、]{0,6}(?:最終予算額?|予算現額|予算総額|予算額)[^。、]{0,4}$/u;
const SETTLED_AFTER = /補正[^、。]*[、。][^補]*(?:翌年度(?:へ|に)?の?繰り?越し?額|不用額|決算額|支出済額|収入済額)[^、。]{0,4}$/u;
const FINAL_ALONE = /^[\s\u3000]*最\s?終[\s\u3000:：]*$/u;

// readLabel is pure and read-only for its callers: a small bounded memo (the same clause is read for each figure).
const labelMemo = new Map<string, LabelInfo>();

/** Forget the memo (per document). */
export function clearLabelMemo(): void { labelMemo.clear(); }

export function readLabel(s: string): LabelInfo {
  const hit = labelMemo.get(s);
  if (hit) return hit;
  const v = readLabelUncached(s);
  if (labelMemo.size >= 512) labelMemo.clear();
  labelMemo.set(s, v);
  return v;
}

// Text a PDF spread out one character at a time ("翌 年 度 繰 越 額 は"): three such characters in a row
const LETTER_SPACED = /[\p{Script=Han}\p{Script=Katakana}][ \u3000][\p{Script=Han}\p{Script=Katakana}][ \u3000][\p{Script=Han}\p{Script=Katakana}]/u;
const SPACE_BETWEEN = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[ \u3000](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/** Two single spaces one character apart, between characters: where every match of LETTER_SPACED is. */
function spacedThree(s: string): boolean {
  for (let i = 1; i + 3 < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c === 0x20 || c === 0x3000) && isSpaceCode(s.charCodeAt(i + 2)) && !isSpaceCode(s.charCodeAt(i - 1)) && !isSpaceCode(s.charCodeAt(i + 1)) && !isSpaceCode(s.charCodeAt(i + 3))) return true;
  }
  return false;
}

function readLabelUncached(raw: string): LabelInfo {
  const rf = labelChars(raw);
  // (read as the words it spells: "翌年度繰越額は")
  const s = (rf & C_SPACE) && spacedThree(raw) && LETTER_SPACED.test(raw) ? raw.replace(SPACE_BETWEEN, '') : raw;
  const f = s === raw ? rf : labelChars(s);
  const warnings: WarningCode[] = [];
  if ((f & C_HO) && s.includes('補下')) warnings.push('ocr_hosei');
  // a year the figure is compared with ("令和5年度比で…", "前年度に比べ") is not the figure's year
  const all = findYears(s);
  const ys = all.filter((y) => (y.fiscal || y.era !== 'western') && !/^\s?(?:以降|以来|から|まで|以前|比|に比べ|と比べ|より)/u.test(s.slice(y.end, y.end + 4)));
  if (ys.some((y) => y.ocrReiwa)) warnings.push('ocr_reiwa');
  const last: YearMention | undefined = ys[ys.length - 1];
  // ("令和9年度から令和11年度までの債務負担行為": a period of years right before the figure, though each end is left
  // out of ys)
  const multiYear = ys.some((y) => y.years.length > 1 || y.range) || all.some((y, k) => y.range && y.fiscal && s.length - (all[k + 1] ?? y).end <= 24) ||
    // (the same year named twice, "27年度（2027年度）", is one year)
    ys.length > 1 && new Set(ys.flatMap((y) => y.years)).size > 1 && /計|合計|総額/u.test(s);
  return {
    stage: stageWordOf(s, f),
    fy: last && last.years.length === 1 ? last.years[0] : null,
    previous: ((f & C_PREV) !== 0 && PREV.test(s)) || ((f & C_YEAR) !== 0 && s.includes('year') && PREV_EN.test(s)),
    multiYear,
    warnings,
  };
}

// Every character the replaces of isStageLabelLine take away, but for those before 省.
const LABEL_CHARS = codes('令和今平成RH0123456789０１２３４５６７８９元年度第一二三次前当初補正下予算額要求・望概決比較増減計上()（）:：[]【】、,-文部科学省経済産業内閣府');

/** Does a line read as a label (year + stage word, short) rather than content? */
export function isStageLabelLine(s: string): boolean {
  if (s.length > 80 || !/予算|要求|要望|決算|補正|補下|前年|年度/u.test(s)) return false;
  // (the length without spaces, counted before the string is built; and the characters no replace below takes away:
  // more than two of them leave more than two, unless a ministry's name ending in 省 takes any characters before it)
  let n = 0;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceCode(c)) { n++; if (!LABEL_CHARS.has(c)) kept++; }
  }
  if (n === 0 || n > 40 || (kept > 2 && !s.includes('省'))) return false;
  const t = s.replace(/[\s\u3000]/gu, '');
  const rest = t
    .replace(/(令和|今和|平成|R|H)?[0-9０-９元]+年度/gu, '')
    .replace(/第[0-9０-９一二三]次/gu, '')
    .replace(/前年度|前年|当初|補正|補下|予算額|予算|要求・要望額|要求額|概算要求額|概算要求|要望額|決算額|比較|増減|額|計上/gu, '')
    .replace(/[()（）:：\[\]【】、,・\-]/gu, '')
    .replace(/文部科学省|経済産業省|内閣府|[^\s]{1,8}省$/u, '');
  return rest.length <= 2;
}

const APPROX_BEFORE = /(?:約|およそ|概ね|おおむね|ほぼ|最大約)\s?$/u;
// (a range's bounds, "1,000億円～2,000億円", are approximate too)
// (and the plain words of a talk or a blog: ほど, くらい, ちょっと, に届かない)
const APPROX_AFTER = /^\s?(?:程度|規模|超|弱|強|余り|余|あまり|前後|以上|台|を超え|近く|足らず|ほど|くらい|ぐらい|ちょっと|に届かな|を切る|を切り|[~〜～]\s?(?:$|(?=[0-9０-９一二三四五六七八九十]))|[+＋]\s?(?:α|a|アルファ)(?![A-Za-z]))/u;
// ("about ¥500 million", "over ¥1 billion": the English words, before the yen sign)
const APPROX_BEFORE_EN = /(?:^|[^A-Za-z])(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more than)[\s\u3000]*$/iu;
export function approximate(before: string, after: string): boolean {
  return approxBefore(before) || approxAfter(after) || (latinOrDotEnd(before) && APPROX_BEFORE_EN.test(before));
}
/**
 * /[a-z.][\s\u3000]*$/iu.test(s), read backwards from the end: a letter (ſ and the Kelvin sign K fold to s and k
 * under the iu flags) or a dot.
 */
function latinOrDotEnd(s: string): boolean {
  const c = lastNonSpace(s);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x17f || c === 0x212a;
}
// (the anchored patterns after a figure are tried only where its first character, or a space, can open a match)
const APPROX_AFTER_FIRST = codes('程規超弱強余前以台を近足~〜～+＋ほくぐちにあ');
const approxAfter = (s: string): boolean => { const c = s.charCodeAt(0); return (APPROX_AFTER_FIRST.has(c) || isSpaceCode(c)) && APPROX_AFTER.test(s); };
const PER_UNIT_AFTER_FIRST = codes('程/／×xをp');
const perUnitAfter = (s: string): boolean => { const c = s.charCodeAt(0); return (PER_UNIT_AFTER_FIRST.has(c) || isSpaceCode(c)) && PER_UNIT_AFTER.test(s); };
/** APPROX_BEFORE.test(s), tried only where 約 そ ね ぼ ends s, maybe before one space (the end-anchored pattern is tried at every position). */
function approxBefore(s: string): boolean {
  let j = s.length - 1;
  if (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  const c = j >= 0 ? s.charCodeAt(j) : -1;
  return (c === 0x7d04 || c === 0x305d || c === 0x306d || c === 0x307c) && APPROX_BEFORE.test(s);
}

/** A project's whole cost named right before its figure: a total over the years it takes, whatever years its clause names. */
// (its unit in brackets too, a record's key: "総事業費(千円): 1,265,000")
export const WHOLE_COST_BEFORE = /(?:総|全体)事業費(?:[(（][^()（）]{0,8}[)）])?(?:は|が|を|で)?[\s\u3000:：、]*(?:約|概ね|おおむね|およそ)?[\s\u3000]*$/u;
const MULTI_YEAR_BEFORE = new RegExp(String.raw`(?:(?:補正|当初)[^。]{0,40}[とを]|当初[^。]{0,30}補正[^。]{0,10}|補正[^。]{0,30}当初[^。]{0,10})(?:合わせ|あわせ)(?:ると|て|た|れば|[、,])[^。]{0,16}$|(?:[0-9０-９]+|[一二三四五六七八九十]+)\s?(?:か年|カ年|ヵ年|ケ年|年間|年)\s?(?:で|間で|にわたり|にわたって|総額|計|の[^。、]{0,12}総額)|債務負担行為|複数年|[0-9０-９一二三四五六七八九十]+\s?[カかヵヶケ箇]月予算|${WHOLE_COST_BEFORE.source}`, 'u');
/** Clause text before the amount names a multi-year total (or a "16カ月予算": a budget and the supplementary before it). */
// (a project's whole cost, 総事業費 / 全体事業費, runs over the years it takes)
const MULTI_YEAR_WORD = /年|債務負担行為|わせ|月予算|事業費/u;
export function multiYearCue(clause: string): boolean { return MULTI_YEAR_WORD.test(clause) && MULTI_YEAR_BEFORE.test(clause); }
/** Where the multi-year cue of `clause` ends (-1: it has none). */
export function multiYearCueEnd(clause: string): number {
  const m = MULTI_YEAR_WORD.test(clause) ? MULTI_YEAR_BEFORE.exec(clause) : null;
  return m ? m.index + m[0].length : -1;
}

// (not a slash before a label: "1,234億円／前年度：1,200億円", nor one set apart by spaces: "¥96.7 billion / 特別会計：967億円")
const PER_UNIT_AFTER = /^\s?(?:程度)?\s?(?:per\s(?!cent)|[/／](?![\s\u3000]+[^\s\u3000]{2}|[\s\u3000]*(?:前年|昨年|令和|平成|[RHＲＨ][0-9０-９]|当初|補正|要求|予算|決算))|×|x\s?[0-9]|を上限|を基準)/u;
const PER_UNIT_BEFORE = /(?:(?:年間|毎年|年額|月額|日額|単年度|年平均[)）]?[はがで]?|(?:年額|月額)に(?:すると|すれば|換算すると))\s?$|(?:^|[\s\u3000、,。「（(])[月年]\s?$|×\s?(?:約|最大)?\s?$|上限(?:額)?[はがを:：]?\s?(?:従来の|現行の)?\s?$|(?:^|[\s\u3000、,。（(])第[1-9１-９一二三四五][子人](?:以降)?(?:は|が|に|で)?\s?$|最大で?\s?$|(?:あたり|当たり)\s?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,4}?)?\s?(?:上限|最大|平均)?(?:額)?[にでは]?\s?(?:約|概ね|おおむね|およそ)?\s?$|単価(?:[(（][^()（）]{0,8}[)）])?[はがで:：\s\u3000]*$|[0-9０-９]+\s?(?:箇所|か所|件|機関|拠点|人)\s?×|(?<![0-9０-９,，.．])[1１一]\s?(?:人|世帯|件|戸|校|団体|事業者|社|台|基|箇所|か所|回|時間|泊|食)\s?(?:につき|に対し)?[\s\u3000、,]?(?:最大|上限)?で?\s?$|(?<![0-9０-９,，.．月])[1１一]\s?日\s?(?:につき|あたり|当たり)?\s?$|(?:あたり|当たり)[^。、]{0,8}[0-9０-９][0-9０-９,，.．]*(?:万|千)?円[、,][^\s\u3000、。0-9０-９]{1,6}$)/u;
// The subject of the figure, right before it: "設備投資額は 104.8兆円", "支出目標（1066.2億円）", "累計122億円".
// ("市債残高も今年度末見込みで832億円": the year-end it stands at between; "財源不足見込額21億円": a shortfall, no budget; "経常損失は…": a
// company's loss)
const OTHER_WORDS = /(?:保有額|残高|現在高|基金規模|標準財政規模|名目[ＧG][ＤD][ＰP]|実質[ＧG][ＤD][ＰP]|[ＧG][ＤD][ＰP]|国内総生産|資本金|基準財政(?:需要|収入)額|最高額|投資額?|市場(?:規模)?|資金調達額?|寄附|寄付|生産額|売上高?|目標額?|事業規模|総事業費|概算事業費|ファンド|財源不足見込み?額?|収支不足(?:見込み?)?額?|(?:経済|経常)損失(?:額)?)(?:は|を|が|で|の|も|に(?:つき|つ|就)いて(?:は|も)|につきましては|[:：、,]|[\s\u3000]|[(（][^()（）]{0,12}[)）]|[(（]|約|およそ|概ね|おおむね|総額|計|(?:19|20|１９|２０)[0-9０-９]{2}年度?(?:に|には|まで|までに|時点で?)?|(?:今年度|本年度|来年度|前年度|(?:令和|平成)?[0-9０-９元]{1,2}年度)末(?:見込み?|時点)?(?:で|に|は)?)*$|(?:累計|累積)[^、。]{0,16}$/u;
// "8000億円前後となる見通し", "3千億円台を割り込み": a forecast or a threshold, not a budget
// ("県税収入は2,345億円を見込み": revenue a budget counts on is that budget)
// (and the low end of a range of amounts, "50万円～1,000万円": a span of grants, no budget)
const OTHER_AFTER = /^[\s\u3000]*[～〜~][\s\u3000]*[0-9０-９][0-9０-９,，.．]*[\s\u3000]*(?:兆|億|千万|百万|万|千)?円|^[^。、]{0,12}(?:目指|を目標|とする目標|市場|ファンド|寄附|規模の[^。、]{0,4}(?:支援|市場|投資|プラン)|(?:の|な|る)残高|を保有)|^[^。、]{0,4}の財源不足|^[^。、]{0,4}の財源を(?:捻出|生み出|創出)|^(?![\s\u3000]*を(?:[^。、]{0,10}として)?見込)[^。、]{0,14}(?:となる|になる|の)?(?:見通し|見込み)|^[^。、]{0,14}(?:が必要)?と(?:の[^。、]{0,6})?試算|^[^。、]{0,6}を(?:集める|徴収)|^台(?![\s\u3000]*(?:を|に)[\s\u3000]*(?:要求|要望|計上))/u;

// Quick tests: a string holding none of these words cannot match PER_UNIT_BEFORE / OTHER_WORDS. (A pattern of plain
// words is searched in one pass, several times faster than looking for each word with includes.)
const PER_UNIT_WORD = /年|月|日額|×|上限|最大|たり|単価|第[1-9１-９一二三四五][子人]|[1１一]\s?(?:人|世帯|件|戸|校|団体|事業者|社|台|基|箇所|か所|回|時間|泊|食|日)/u;
const OTHER_WORD = /ＧＤＰ|GDP|国内総生産|投資|市場|資金調達|寄|生産額|売上|目標|事業規模|事業費|ファンド|損失|累|保有|残高|現在高|基金規模|最高額|財政規模|基準財政|資本金|財源不足|収支不足/u;
/** Cues that the figure is no budget of a fiscal year (unit price, target, market, fundraising…). */
export function otherCue(clause: string, after: string): boolean {
  return perUnitAfter(after) || (PER_UNIT_WORD.test(clause) && PER_UNIT_BEFORE.test(clause)) || (OTHER_WORD.test(clause) && OTHER_WORDS.test(clause)) ||
    OTHER_AFTER.test(after);
}

/** A column header that names a per-unit figure: 研究費/人·年, 単価, 支援額/年. */
export function perUnitHeader(h: string): boolean {
  return /[/／]\s?(?:人|年|件|拠点|機関|チーム|課題|校)|単価|あたり|当たり/u.test(h);
}

// ("Fiscal Adjustment Fund": the English name of a fund, capitalised, not money in general)
export function fundCue(s: string): boolean { return s.includes('基金') || s.includes('ファンド') || (s.includes('Fund') && /Fund(?![a-z])/u.test(s)); }

const FLAG_ORDER: Flag[] = ['new', 'portion', 'restated', 'approximate', 'fund', 'matter_request', 'multi_year', 'unit_from_header'];
export function sortFlags(flags: Set<Flag>): Flag[] {
  const out: Flag[] = [];
  if (flags.size) for (const f of FLAG_ORDER) if (flags.has(f)) out.push(f);
  return out;
}

/** Internals exposed for the equivalence tests of the fast paths (not part of the API). */
export const contextInternals = { spacedThree, LETTER_SPACED, approxBefore, approxAfter, perUnitAfter, PER_UNIT_AFTER, PER_UNIT_BEFORE, OTHER_WORDS, OTHER_AFTER, MULTI_YEAR_BEFORE };
