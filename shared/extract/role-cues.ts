// Role cues of running text: the words and brackets around a figure that make it a change, a previous-year
// figure or a supplementary one rather than a primary. Pure functions of the line's text.
import type { AmountToken } from './amounts';
import { closeKind, type OpenBracket } from './brackets';
import { codes } from './codes';
import { isSpaceCode, lastNonSpace } from './lines';

const JUNK_BETWEEN = /の内数|程度|規模|超|弱|[(（]\s*新規\s*[)）]|[+＋]\s*事項要求|[\s\u3000★☆)）\]］】(（【[［]/gu;
/** Only spaces, brackets and qualifiers (の内数, 程度, (新規), +事項要求) between two figures. */
export const onlyJunk = (s: string): boolean => s.replace(JUNK_BETWEEN, '') === '';
/** /^[\s\u3000:：=＝・\-–)）\]］】]*$/u without the regex. */
export function emptyLabel(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isSpaceCode(c) || EMPTY_LABEL_CHARS.has(c))) return false;
  }
  return true;
}
const EMPTY_LABEL_CHARS = codes(':：=＝・-–)）]］】');
/** /[(（]\s*$/u without the regex. */
export function endsWithOpenParen(s: string): boolean {
  let j = s.length - 1;
  while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  return j >= 0 && (s[j] === '(' || s[j] === '（');
}
/** Can CHANGE_BEFORE match? Each of its matches holds 比, 増, 減, 差, 対 or より (one pass of a pattern of plain words). */
const CHANGE_WORD = /[比増減差対]|より|削減/u;
// (より compares only after a year or a figure: "前年度より", not "一般会計より受入")
// ("増えた分はおよそ", "増加額は": the amount of an increase; "今年度当初（5兆円）比で X": by so much over the bracket's figure)
const CHANGE_BEFORE = /(?:比較|増減|増△減|増▲減|差引|差額|(?:縮減|削減)額|(?:増え|減っ|増や|減ら)(?:た|し)分|(?:増加|減少|増額|減額)(?:分|額)(?:は|が)|前年度?(?:当初)?(?:予算額?)?比|年度?比|対前年度?|[にと]比べ(?:て|ると)?[、,]?|(?:年度?|当初|予算額?|計画|見込み?|前回|決算額?)より)(?:(?!(?:増加|減少|増額|減額)(?![分額])|上回|下回)[^円、。,，]){0,12}$|[0-9０-９.．・]+\s?(?:[%％]|パーセント)\s?(?:[増減][^円、。]{0,6}|[(（]\s*)$|^[\s\u3000]*[)）][\s\u3000]*比で?[、,]?[\s\u3000]*$/u;
/** A line ending in an open previous-year label: "(前年度予算額" — its figure comes next. */
export const PREV_OPEN_TAIL = /[(（]\s*(?:前年度?予算額?|前年度|前年)\s*[:：]?\s*[)）]?\s*$/u;
/** A line ending in a supplementary label: its figure comes next. */
export const SUPP_TAIL = /(?:補正|補下)予算額?\s*[:：]?\s*$/u;

/** /[a-z(（+＋][\s\u3000]*$/u.test(s), read backwards from the end (the end-anchored pattern is tried at every position). */
function enOrOpenEnd(s: string): boolean {
  const c = lastNonSpace(s);
  return (c >= 0x61 && c <= 0x7a) || c === 0x28 || c === 0xff08 || c === 0x2b || c === 0xff0b;
}

/**
 * The text since the figure before names a comparison, so this figure is a change: "対前年度比 13億円",
 * "前年度より3.7%(215億円)" (a comparison names the previous year too: `previousLabel` alone is not enough).
 * "8.7%増の538億円", "5億円減の2679億円": the change came first, this is the figure.
 */
export function changeLabelBefore(sinceLast: string, previousLabel: boolean): boolean {
  // (a label padded to its column, "比較増減　　　　　　　　△　　274,550千円": its padding is one gap)
  if (sinceLast.includes('\u3000\u3000') || sinceLast.includes('  ')) sinceLast = sinceLast.replace(/[\s\u3000]{2,}/gu, ' ');
  // ("…, up ¥5.5 billion", "up 3.6% (+¥4.47 billion)", "a decrease of ¥2 billion": the English words of a change)
  if (enOrOpenEnd(sinceLast) && CHANGE_BEFORE_EN.test(sinceLast)) return true;
  // ("前年度比1.3倍の1,872億円": a multiple of the figure compared with, then the figure itself)
  // (差引 named as a balance, "差引(形式収支)", "実質収支": a figure of its own)
  // (歳入歳出差引額, the settlement's balance, is a figure too)
  // (a clause of its own on 差引額 after the revenue and spending, "…で、差引額は37億円": their balance)
  return CHANGE_WORD.test(sinceLast) && CHANGE_BEFORE.test(sinceLast) && !sinceLast.includes('収支') && !sinceLast.includes('歳入歳出差引') && !BALANCE_CLAUSE.test(sinceLast) && (!previousLabel || /比|より|増減|差|対前/u.test(sinceLast)) &&
    // ("今年度比▲3.2％の4720億円": a rate of change, then the figure itself)
    !/(?:[増減倍](?:額)?|[%％])(?:の|と|し|して|した|となる|となり|となります|となった|とする|とした)[\s\u3000]*(?:約|総額|計|合計|およそ)?[\s\u3000]*$/u.test(sinceLast) &&
    // ("前の年度より2割ほど多い50億円": a rate more or less, then the figure itself)
    !RATE_MORE_BEFORE.test(sinceLast);
}

// 差引額 opening its clause, named by nothing it is compared with: "…で、差引額は"
const BALANCE_CLAUSE = /(?:^|[、,，。])[\s\u3000]*差引(?:残?額)?(?:は|が)[\s\u3000]*$/u;
// a rate, maybe rounded, then more or less: "2割ほど多い", "3%高い", "1.5倍に増えた"
const RATE_MORE_BEFORE = /(?:[0-9０-９.．]+[\s\u3000]?[%％]|[0-9０-９一二三四五六七八九十]+割(?:[0-9０-９一二三四五六七八九十]+分)?|[0-9０-９.．]+倍)[\s\u3000]*(?:ほど|程度|近く|余り|あまり|強|弱)?[\s\u3000]*(?:に)?(?:多い|少ない|高い|低い|上回る|下回る|増えた|減った|大きい|小さい)[\s\u3000]*(?:約|およそ)?[\s\u3000]*$/u;
const CHANGE_BEFORE_EN = /(?:^|[^A-Za-z])(?:up|down|(?:an?[\s\u3000]+)?(?:increase|decrease|rise|fall|drop|reduction)[\s\u3000]+of|(?:up|down)[\s\u3000]+[0-9.]+[\s\u3000]?%[\s\u3000]*[(（][\s\u3000]*[+＋\-−]?)[\s\u3000]*$/iu;
// "¥0.97 billion more than in FY2024", "¥3 billion less than last year"
const CHANGE_AFTER_EN = /^[\s\u3000]*(?:more|less|higher|lower|above|below)[\s\u3000]+(?:than[\s\u3000]+)?(?:in[\s\u3000]+)?(?:FY|fiscal|last|the[\s\u3000]+previous|a[\s\u3000]+year)/iu;

/** The words after the figure make it a change: "…と比べ12億円の増加", "前年を3億円上回る". */
export function changeWordAfter(after: string, sinceLast: string): boolean {
  if (isSpaceCode(after.charCodeAt(0)) && CHANGE_AFTER_EN.test(after)) return true;
  // ("歳入歳出からそれぞれ4,850万円を減額し": what a supplementary budget adds or takes away is its own figure)
  if (sinceLast.includes('それぞれ') && BOTH_SIDES.test(sinceLast)) return false;
  // ("3000億円台の増額となる", "120億円の減少": an increase or decrease by the amount, whatever it is compared with)
  // (not "75億円の減額要求": a request made smaller is that request's figure)
  // ("施設整備に…の増加となった" with no comparison stays the figure)
  const c = after.charCodeAt(0);
  if (!CHANGE_AFTER_FIRST.has(c) && !isSpaceCode(c)) return false;
  // ("三兆六千三百億円の増収", "八兆円以上の伸び": an increase in revenue, a growth, by the amount)
  // (nor "38億円の減額補正となり": a supplementary budget that takes so much away is its own figure)
  return /^(?:(?:台|程度|規模|超|弱|強|余り?|近く|前後|以上|ほど)の(?:増加|減少|増額|減額)|(?:以上|超|程度|近く|余り?)?の(?:増額|減額|増収|減収|伸び))(?!要求|要望|補正)/u.test(after) ||
    (/^[\s\u3000]?の?(?:増加|減少|増額|減額|増収|減収|圧縮|削減|縮減|上積み|積み増し|増え|減っ|減り|[増減](?:と|、|。|$|[\s\u3000(（]))/u.test(after) && /比べ|比較|前年|対前|対し|から|より/u.test(sinceLast)) || /^[\s\u3000]?(?:程度|ほど|近く|余り?|強|弱)?[\s\u3000]?(?:上回|下回|落ち込|目減り)/u.test(after) ||
    // ("1年で8億円ほど増えて": a verb of change right after the amount, which is by how much)
    /^[\s\u3000]?(?:ほど|程度|くらい|ぐらい|余り?|近く|前後|以上)?(?:ずつ)?も?(?:増え|減っ|減り|増加し|減少し|ふくら|膨ら|削られ|削減され|減らされ)/u.test(after) ||
    // ("62億円も多いことになります", "36億円多いわけです": more or fewer than the figure before, by so much)
    /^も?(?:多い|少ない|多く|少なく)(?:こと|わけ|の[でだ]|です|。|、|なっ|なり)/u.test(after) ||
    // ("四十億円の増です": an increase said as such, whatever it is compared with)
    // ("三億六千万円以上の増ということで": so much or more, said as such)
    /^[\s\u3000]?(?:ほど|程度|以上|余り?|近く|前後)?の[増減](?:です|でした|でございます|である|となり|となる|となった|となります|となって|という|に(?:とどま|留ま|なっ|なり|なる)|。|、|[\s\u3000]*[(（][+＋△▲\-－]?[0-9０-９.．]+[\s\u3000]?[%％][)）])/u.test(after) ||
    // ("歳入は X円（2.1%）、歳出は Y円（1.8%）それぞれ増加": each figure of the sentence is its item's increase)
    /^[\s\u3000]*(?:[(（][^()（）]{0,12}[)）])?[\s\u3000]*それぞれ(?:増加|減少|増額|減額|増え|減っ|減り|[増減](?:と|、|。|$))/u.test(after) ||
    // ("土木費は2億円少ない8億円": more or fewer by so much, then the figure itself)
    /^(?:多い|少ない)[\s\u3000、,]*(?:約)?[\s\u3000]*(?:$|[0-9０-９〇一二三四五六七八九十百千])/u.test(after) ||
    // ("（前年度 1,241億円、44億円・3.6％増）": right after another figure, the amount and the rate of its change)
    (c === 0x30fb && /^[\s\u3000]*[、,，][\s\u3000]*$/u.test(sinceLast) && /^・[\s\u3000]?[0-9０-９.．]+[\s\u3000]?[%％][\s\u3000]?[増減]/u.test(after)) ||
    // ("前年度当初の1,065億円から12億円（1.2％）減った": the rate of the change in brackets, then its word)
    // (its rate right after it, then の増 / の減: "歳出総額は360,577,731円（2.4％）の減", a comparison named earlier in the sentence)
    ((c === 0x28 || c === 0xff08 || c === 0x4f59 || c === 0x8d85) && ((RATE_THEN_CHANGE.test(after) && (/比|から|前年|対し|を$/u.test(sinceLast) || SAME_AS_ABOVE.test(sinceLast))) || RATE_THEN_OF_CHANGE.test(after))) ||
    // ("査定で28億円余りを削った": an amount cut from the figure before; "…を上積み" is a figure of its own)
    /^[\s\u3000]?(?:余り?|程度|近く|ほど)?を(?:削っ|削り|削減|圧縮|減額|カット)/u.test(after);
}
export const BOTH_SIDES = /歳入歳出[^。、]{0,16}それぞれ[\s\u3000]*$/u;
const RATE_THEN_OF_CHANGE = /^[(（][\s\u3000]*[0-9０-９.．]+[\s\u3000]?[%％][\s\u3000]*[)）]の(?:増|減)(?!額要求)/u;
// ("（2.6％）上回った", "余り（2.6％）増"; "同3億円（1.0％）減": 同 stands for the comparison named before)
const RATE_THEN_CHANGE = /^(?:余り?|超)?[(（][^()（）]{0,12}[%％][)）](?:の)?(?:増加|減少|増額|減額|上回|下回|[増減](?:と|、|。|$|った|って|[\s\u3000]))/u;
const SAME_AS_ABOVE = /(?:^|[、,\s\u3000])同[\s\u3000]*$/u;

// The first characters of the patterns of changeWordAfter (each is anchored at the start; a space may open the last)
const CHANGE_AFTER_FIRST = codes('台程規超弱強余近前以の増減圧削縮上積下落目ほくぐそ多少もずふ膨を・(（');

/** The change is a decrease written out after the figure ("下回る", "の減少"). */
export function decreaseAfter(after: string): boolean {
  return /^[\s\u3000]?(?:程度|ほど|近く|余り?|強|弱)?[\s\u3000]?(?:下回|落ち込|目減り)|^(?:台|程度|規模|超|弱|強|余り?|近く|前後|ほど)の(?:減少|減額)|^[\s\u3000]?の?(?:減少|減額|減収|圧縮|削減|縮減|減っ|減り|減(?:と|、|。|$|[\s\u3000(（]))/u.test(after) ||
    /^(?:余り?|超)?[(（][^()（）]{0,12}[%％][)）]の?(?:減少|減額|下回|減(?:と|、|。|$|った|って|で|[\s\u3000]))/u.test(after) ||
    /^[\s\u3000]?(?:余り?|程度|近く|ほど)?を(?:削っ|削り|削減|圧縮|減額|カット)/u.test(after) ||
    /^[\s\u3000]?(?:ほど|程度|くらい|ぐらい|余り?|近く|前後)?(?:削られ|削減され|減らされ)|^も?(?:少ない|少なく)/u.test(after);
}

/** Index of the closing bracket right after an amount (skipping の内数, 程度, spaces), or -1. */
export function closerAfter(t: string, end: number): number {
  // (the /^(?:[\s\u3000]|の内数|程度|規模|超|弱|増|減)*/ prefix of the next 12 characters, read by code unit: no two of
  // its words start with the same character, so each step has one way on)
  const lim = Math.min(end + 12, t.length);
  let p = end;
  while (p < lim) {
    const c = t.charCodeAt(p);
    if (isSpaceCode(c) || c === 0x8d85 || c === 0x5f31 || c === 0x5897 || c === 0x6e1b) p++; // 超 弱 増 減
    else if (c === 0x306e && p + 3 <= lim && t.startsWith('内数', p + 1)) p += 3; // の内数
    else if ((c === 0x7a0b || c === 0x898f) && p + 2 <= lim && t.charCodeAt(p + 1) === (c === 0x7a0b ? 0x5ea6 : 0x6a21)) p += 2; // 程度 規模
    else break;
  }
  return closeKind(t[p] ?? '') ? p : -1;
}

/** Does the amount k stand alone in its bracket 【…】 / […]? */
export function aloneInBracket(t: string, toks: AmountToken[], k: number, encl: OpenBracket): boolean {
  // no other amount between the bracket's opening and its close (the first 】/] after the amount, else ］, else
  // the line end). Amounts are in order, so only the neighbours can be inside.
  const prev = toks[k - 1];
  if (prev && prev.signStart > encl.pos) return false;
  const next = toks[k + 1];
  if (!next) return true;
  const end = toks[k].end;
  const cc = encl.kind === '【' ? '】' : ']';
  const close = t.indexOf(cc, end);
  if (close >= 0) return close <= next.signStart;
  const closeFw = encl.kind === '[' ? t.indexOf('］', end) : -1;
  return closeFw >= 0 && closeFw <= next.signStart;
}
