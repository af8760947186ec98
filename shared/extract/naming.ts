// Naming helpers of the line reader: what is no name, the final polish of a name, the cues of a name written
// after its amount or as the topic of a clause, and a programme phase qualified by the programme above.
import type { AmountToken } from './amounts';
import { codes } from './codes';
import { cleanItem, isWeakItem, itemAfter, lastClause } from './items';
import { codeAt, firstNonSpace, isBlank, isSpaceCode, lastNonSpace, type Line } from './lines';

// A heading line ending in a connective goes on on the next line ("…に向けた" / "研究開発の推進").
export const CONNECTIVE_END = /(?:に向けた|における|に関する|による|の|及び|並びに|・|と|や)$/u;

// "…と共に合計", "特別会計含め": a qualifier of the figure, not the name of what it pays for.
const QUALIFIER = /(?:と共に|とともに|と合わせて?|を?含めて?|を?含めれば|を?含む)[\s\u3000]*(?:合計|総額|計)?[\s\u3000]*$|^(?:合わせて|あわせて|併せて|全体で|総額で|合計で|おおむね|概ね|およそ|最大で?|少なくとも|多い|少ない|上回る|下回る|新た|新たに|新しく|別途|更に|さらに)$|(?:^|[\s\u3000])?(?:それぞれ|各々|おのおの)$/u;
const TARGET_COMMA = /([^\s\u3000、。]{2}[にへ])[、，,]([\s\u3000]*(?:約)?[\s\u3000]*)$/u;
/**
 * Can TARGET_COMMA match s? Its comma is the last character but for spaces and one 約 (read backwards: the pattern,
 * anchored at the end, is tried at every position).
 */
function targetCommaEnd(s: string): boolean {
  let j = s.length - 1;
  while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  if (j >= 0 && s.charCodeAt(j) === 0x7d04) { j--; while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--; } // 約
  const c = j >= 0 ? s.charCodeAt(j) : -1;
  return c === 0x3001 || c === 0xff0c || c === 0x2c;
}
const FILLER = /(?:えー+|ええと|えーと|あのー+|そのー+|まあ)[、，,]/gu;
const ADVERB_ALONE = /^(?:新た|新しく|別途|更に|さらに)$/u;
// "…分野に総額", "…事業へ約": the name is the target right before the amount.
export const TARGET_BEFORE = /[^\s\u3000、。]{2}(?:に|へ)[\s\u3000]*(?:総額|約|計|合計)+[\s\u3000]*$/u;
// "次世代研究者挑戦的研究プログラム(SPRING) による経済的 支援": the programme, not what it does.
const BY_PROGRAMME = /^(.{4,}?[(（][A-Za-z][A-Za-z0-9\-・]{1,15}[)）])[\s\u3000]*(?:による|により|を通じた)[^()（）]{0,16}$/u;
const ORDINAL_ONLY = /^第[0-9０-９一二三四五六七八九十]{1,2}(?:期|次|弾|フェーズ)(?:[\s\u3000]*[(（][^()（）]*[)）])?$/u;
const ACRONYM = /[(（]([A-Z][A-Za-z0-9\-]{1,9})[)）]/u;
// "…において新たに造成された": a clause ending in a verb names nothing.
const VERB_TAIL = /(?:された|される|された|した|する|している|させる)$/u;
// ("…予算は、22年度当初から", "…収入は、前年度決算額を" before a change stated first: the comparison's base is no part of it; "市税は、…の増などにより、": nor
// is the cause)
export const TOPIC_BEFORE = /([^、。,]{2,40})は[、,][\s\u3000]*(?:約|総額|合わせて|あわせて|併せて|全体で|総額で|合計で|[^、。]{0,8}(?:それぞれ|各々)|[^、。]{0,8}(?:予算|会計)で|(?:予算現額|予算額|決算額|収入済額|支出済額|調定額|(?:当初|補正)?予算額?|概算要求額?|要求額)(?:は|で|が)?|[^、。]{0,16}?(?:から|比で?|に比べ(?:て)?|と比べ(?:て)?|より|を)|[^、。]{0,24}(?:により|によって|ため|に伴い|を受けて?|を反映し(?:て)?)[、,])?[\s\u3000]*(?:約)?[\s\u3000]*$/u;
// a line's end that a name goes on from: a kanji, katakana, 「 or ・ right at its end
const NAME_GOES_ON = /[\p{Script=Han}\p{Script=Katakana}「・]$/u;
const FRAGMENT_STOP = codes('円、。)）');
/**
 * The start of a name the text ends with, cut short by a line break: what follows its last 円 、 。 ) ）, at most 16
 * characters with no space, ending in a character a name goes on from (null when there is none). Read backwards from
 * the end, so a long text costs no more than a short one.
 */
function nameEnding(s: string): string | null {
  let j = s.length;
  while (j > 0 && s.length - j <= 16) {
    const c = s.charCodeAt(j - 1);
    if (FRAGMENT_STOP.has(c)) break;
    if (isSpaceCode(c)) return null;
    j--;
  }
  if (j > 0 && !FRAGMENT_STOP.has(s.charCodeAt(j - 1))) return null; // (longer than 16)
  const f = s.slice(j);
  return f && NAME_GOES_ON.test(f) ? f : null;
}
/** The first topic of a sentence, "Xは、". */
const SENTENCE_TOPIC = /^[\s\u3000]*([^\s\u3000、。,]{2,30})は[、,]/u;
export const TOPIC_SCALE = /(?:について|に関して|において|で|の(?:総額|規模|合計|額|予算額))$/u;
export const TOPIC_TIME = /^[\s\u3000]*(?:本年度|今年度|来年度|前年度|当年度|このうち)の?/u;
// "前年度比2%増の", "前年度比1.3倍の", "過去最大の", "前年度と同額の": how the figure compares, said between its name and the figure
const COMPARISON = /(?:(?:対)?(?:前年度?|昨年度?|今年度|当初)(?:当初)?(?:予算額?)?(?:比|から|に比べ)|前年同期比|同)[^、。]{0,14}?(?:増|減|倍)(?:の|と|で|となる|となり(?:ます)?|となった)?[\s\u3000]*$|過去最(?:大|高|低)(?:の|と|で)?[\s\u3000]*$|(?:前年度?|昨年度?)(?:と|並みの)?同(?:額|程度|水準)(?:の|と|で)?[\s\u3000]*$|^(?:対)?(?:前年度?|昨年度?)(?:当初)?(?:予算額?)?(?:に比べ(?:て)?|と比べ(?:て)?|比で?|比較で)[、,]?[\s\u3000]*$/u;
// The characters the end-anchored patterns above can end with (spaces aside): each is tried only on a text ending in
// one of them, as a pattern anchored at the end is tried at every position (た る: VERB_TAIL's)
const QUALIFIER_LAST = codes('にせてめばむ計額でねそ大もいるれ々のたく途');
const COMPARISON_LAST = codes('増減倍のとでるりすた大高低額度準べて比、,');
const mayEndComparison = (last: number): boolean => COMPARISON_LAST.has(last);
/** "過去最大の", "過去最高となる" right before a figure. */
const RECORD_BEFORE = /過去最(?:大|高|低)(?:の|と|で|となる)?[\s\u3000]*$/u;
// a change with its amount between a topic and its figure: "前年度に比べ 7,700億円増の"
const COMPARED_AMOUNT = /(?:前年度?|昨年度?)(?:当初)?(?:予算)?(?:に比べ(?:て)?|と比べ(?:て)?|比で?|から)[、,]?[\s\u3000]*[^、。]{0,24}?[増減](?:の|と|となる|となり(?:ます)?|となった)[\s\u3000]*$/u;
/** A bulleted name right after an amount: the amount's name, in lists whose names follow their amounts. */
const BULLET_NAME_AFTER = /^[\s\u3000]*[◆◇■□●○◎]\s*([^\s\u3000\[［【(（。、]{2,40})/u;
const BULLET_FIRST = codes('◆◇■□●○◎');
/** BULLET_NAME_AFTER.exec(s), the pattern tried only when a bullet opens s. */
export const bulletNameAfter = (s: string): RegExpExecArray | null => BULLET_FIRST.has(firstNonSpace(s)) ? BULLET_NAME_AFTER.exec(s) : null;
const DEFINED_TERM = /[^\s\u3000(（、。]{2}[(（]([^()（）、。]{2,12})[)）]は[\s\u3000]*$/u;
const notANameMemo = new Map<string, boolean>();
/** Empty the memo of notAName: once per document. */
export function clearNotANameMemo(): void { notANameMemo.clear(); }
/** Is this candidate no name: a weak word, a qualifier of the figure, a clause ending in a verb? (memoised per document) */
export function notAName(s: string): boolean {
  let v = notANameMemo.get(s);
  if (v === undefined) {
    const last = lastNonSpace(s);
    v = isWeakItem(s) || (QUALIFIER_LAST.has(last) && QUALIFIER.test(s)) || ((last === 0x305f || last === 0x308b) && VERB_TAIL.test(s)) || mayEndComparison(last) && COMPARISON.test(s);
    if (notANameMemo.size >= 512) notANameMemo.clear();
    notANameMemo.set(s, v);
  }
  return v;
}
// "1,500 億円規模の基金による「○○事業」では": a quoted programme right after the amount.
export const QUOTED_AFTER = /^[^。、「」]{0,24}「([^「」。]{2,40})」/u;


const LEADER_END = /[\s\u3000]*(?:[…‥]|[・･.．]{2}|[■▇█▆▅▄▃▂▁]{2})[\s\u3000…‥・･.．■▇█▆▅▄▃▂▁]*$/u;
/** A row's label run out to its figure by a dotted leader ("村税 ………") or a bar ("市税 ■■■■"): no part of the name. */
export function withoutLeader(item: string): string {
  return LEADER_END.test(item) ? item.replace(LEADER_END, '') : item;
}

/** Generic suffixes and verbs that follow a name in slides and notes. */
export function polishItem(s: string): string {
  // (each replace is tried only when the last / first character can end / start a match; read by code unit, as
  // s[i] makes a string of each character)
  if (POLISH_NO_LAST.has(codeAt(s, s.length - 1))) s = s.replace(SUFFIX_NOUN, '');
  if (s.includes('を')) s = s.replace(SUFFIX_VERB, '');
  if (isCloseParen(codeAt(s, s.length - 1))) s = s.replace(DRAFT_NOTE, '');
  if (isOpenParen(codeAt(s, 0))) s = s.replace(REFERENCE_MARK, '');
  // (a separator of listed parts before the name, "/ 県支出金", or a box's side read as a pipe, "|　給料": no part of it)
  if (codeAt(s, 0) === 0x2f || codeAt(s, 0) === 0xff0f || codeAt(s, 0) === 0x7c) s = s.replace(/^[/／|][\s\u3000]*/u, '');
  // an adverb of the sentence, not of the name: "新たに子ども食堂への支援", "別途…"
  if (ADVERB_FIRST.has(codeAt(s, 0))) s = s.replace(ADVERB, '');
  if (isCloseParen(codeAt(s, s.length - 1))) s = s.replace(COUNT_NOTE, '');
  // a stage mark after the name, "…対策事業〈補正〉": the figure's stage, not its name (new-programme marks are
  // marks.ts's: they flag the figure)
  if (STAGE_MARK_LAST.has(codeAt(s, s.length - 1))) s = s.replace(STAGE_MARK, '');
  // "一般会計の5年度の文教及び科学振興費": the account and the year qualify the figure, they are no part of its name
  if (QUALIFIER_FIRST.has(codeAt(s, 0)) && s.includes('の')) { const t = s.replace(QUALIFIER_LEAD, ''); if (t.length >= 2) s = t; }
  // "「道路整備」が事業費": the quoted programme
  if (codeAt(s, 0) === 0x300c) { const q = QUOTED_KIND.exec(s); if (q) s = q[1]; }
  return s.trim();
}
const STAGE_MARK = /[\s\u3000]*[〈<＜(（【［\[](?:補正|当初)[〉>＞)）】］\]]$/u;
const STAGE_MARK_LAST = codes('〉>＞)）】］]');
const QUALIFIER_FIRST = codes('一特企令平元0123456789０１２３４５６７８９');
const QUALIFIER_LEAD = /^(?:(?:一般|特別|企業)会計の|(?:(?:令和|平成)[\s\u3000]?)?[0-9０-９元]{1,2}[\s\u3000]?年度の)+/u;
const QUOTED_KIND = /^「([^「」]{2,30})」(?:が|の)?(?:事業費|国費|予算額?|経費)$/u;
const SUFFIX_NOUN = /の(?:ポイント|概要|全体像|開始|創設|立ち上げ|規模|総額)$/u;
const SUFFIX_VERB = /を(?:措置|計上|造成|実施|創設|確保|要求|新規要求)(?:[(（][^)）]*[)）])?$/u;
const DRAFT_NOTE = /[(（]\s*(?:案|参考)\s*[)）]$/u;
const REFERENCE_MARK = /^[(（]\s*参考\s*[)）]\s*/u;
const ADVERB = /^(?:新たに|新しく|別途|更に|さらに)[、,]?[\s\u3000]*(?=\S{2})/u;
const COUNT_NOTE = /[(（][0-9０-９]+\s*(?:機関|件|拠点|人|箇所|か所|年|年間)(?:程度)?[)）]$/u;
const POLISH_NO_LAST = codes('ト要像始設げ模額');
const ADVERB_FIRST = codes('新別更さ');
const isOpenParen = (c: number): boolean => c === 0x28 || c === 0xff08;
const isCloseParen = (c: number): boolean => c === 0x29 || c === 0xff09;

/**
 * Final touches on a name: "X(ACRONYM) による経済的支援" → the programme X(ACRONYM); a bare phase
 * "第2期（令和…年度から…まで）" → qualified by the acronym of the programme heading above ("SIP第2期").
 */
export function qualifyItem(item: string, i: number, lines: readonly Line[], nameLikeLine: (k: number) => boolean): string {
  const by = item.includes('によ') || item.includes('を通じた') ? BY_PROGRAMME.exec(item) : null;
  if (by) return by[1];
  if (item[0] !== '第' || !ORDINAL_ONLY.test(item)) return item;
  const phase = item.replace(/[\s\u3000]*[(（][^()（）]*[)）]$/u, '');
  for (let k = i - 1, seen = 0; k >= 0 && seen < 40; k--) {
    const s = lines[k].text;
    if (isBlank(s)) continue;
    seen++;
    const m = ACRONYM.exec(s);
    if (m && nameLikeLine(k)) return `${m[1]}${phase}`;
  }
  return phase;
}

/** The text around one figure that its name is looked for in. */
export interface NameText {
  before: string;
  /** The label inside the bracket the figure stands in, when there is one. */
  labelSeg?: string;
  after: string;
  /** The rest of the line after the figure (when `after` stops at the next figure). */
  afterLine?: string;
  /** The prose before the figure, wrapped lines joined. */
  fullSentence: string;
  line: string;
  tok: AmountToken;
}

const PURPOSE_BEFORE = /^[\s\u3000]*([^、。,\s\u3000]{2,30})として[、,][^。]*$/u;
/** "一般会計予算の規模は、三兆…円", "文教及び科学振興費については、5兆…円": the topic of the clause before the figure. */
function topicOf(x: NameText, before: string): string | null {
  let b = before;
  // "社会保障関係費は、前年度に比べ 7,700億円増の 38兆…円": the change came first; the topic is before it
  if (b.lastIndexOf('は、') < 0 && b.lastIndexOf('は,') < 0) {
    const full = x.fullSentence.replace(COMPARED_AMOUNT, '');
    if (full !== x.fullSentence) b = full;
  }
  const wa = Math.max(b.lastIndexOf('は、'), b.lastIndexOf('は,'));
  if (wa < 0) {
    // "物価高対策として、…に計上した64億円": the purpose the sentence opens with names the figure
    const as = PURPOSE_BEFORE.exec(b.slice(b.lastIndexOf('。') + 1));
    const purpose = as ? polishItem(cleanItem(as[1])) : '';
    return purpose && !notAName(purpose) ? purpose : null;
  }
  const m = TOPIC_BEFORE.exec(b.slice(Math.max(0, wa - 40, b.length - 120)));
  if (m) {
    const topic = polishItem(cleanItem(m[1].replace(TOPIC_SCALE, '').replace(TOPIC_TIME, '')));
    return notAName(topic) ? null : topic;
  }
  // ("学校トイレの洋式化は、国の補正予算を活用し、前倒しで 3億円": nothing nearer names the figure; the sentence's topic does)
  const own = SENTENCE_TOPIC.exec(b.slice(b.lastIndexOf('。') + 1));
  const topic = own ? polishItem(cleanItem(own[1].replace(TOPIC_TIME, ''))) : '';
  // (a topic that is a kind of amount, "支援額は、1人あたり…", names no programme)
  return topic && !topic.endsWith('額') && !notAName(topic) ? topic : null;
}

/**
 * The name of a figure read on its own line: the clause before it (or the label of its bracket), the end of the
 * previous line for wrapped prose, the topic of the clause ("…の規模は、X円"), or a name after it ("X円の Y").
 */
export function nameOnLine(x: NameText): { item: string; source: 'same-line' | 'after' } | null {
  // (a speaker's fillers, "賃上げ支援に、えー、十五億円": no clause of their own)
  if (x.before.includes('ー、') || x.before.includes('ー，')) x = { ...x, before: x.before.replace(FILLER, '') };
  // ("賃上げ支援に、十五億円": the target the comma sets apart is the name)
  if (targetCommaEnd(x.before) && TARGET_COMMA.test(x.before)) x = { ...x, before: x.before.replace(TARGET_COMMA, '$1$2') };
  // "…するもの。 88,400 千円 ◆災害対策基金積立金[危機管理局] …": a list whose names follow their amounts
  const bullet = bulletNameAfter(x.afterLine ?? x.after);
  if (bullet && (/^[\s\u3000]*$|。[\s\u3000]*$/u.test(x.before) || notAName(cleanItem(lastClause(x.before))))) {
    const name = polishItem(cleanItem(bullet[1]));
    if (!notAName(name)) return { item: name, source: 'after' };
  }
  // "…を差し引いた額(実質収支)は 1,622,200千円": the term the clause defines in brackets names the figure
  const defined = x.before.includes('は') ? DEFINED_TERM.exec(x.before) : null;
  if (defined && !notAName(defined[1])) return { item: defined[1], source: 'same-line' };
  // ("…のうち、公共事業関係費は X円": the words after うち、 name the part)
  const part = x.before.lastIndexOf('うち、');
  let cand = '';
  // (the candidates in turn: the bracket's label, the text before, the words after うち、)
  for (let n = 0; n < 3; n++) {
    const raw = n === 0 ? x.labelSeg : n === 1 ? x.before : part >= 0 ? x.before.slice(part + 3) : undefined;
    if (raw === undefined) continue;
    let seg = raw;
    const star = seg.lastIndexOf('※');
    if (star >= 0) {
      const tailPart = cleanItem(lastClause(seg.slice(star + 1)));
      seg = !isWeakItem(tailPart) ? seg.slice(star + 1) : seg.slice(0, star);
    }
    // ("…総額は、過去最大の": a record named before the figure is no name of it)
    cand = polishItem(cleanItem(lastClause(seg.includes('過去最') ? seg.replace(RECORD_BEFORE, '') : seg)));
    // ("昨年度決算では黒字が5億円": the subject after a topic with では is the name)
    const dewa = cand.lastIndexOf('では');
    if (dewa > 0 && !notAName(cand.slice(dewa + 2))) cand = cand.slice(dewa + 2);
    // ("…の更新では新たに約14億円": an adverb after では, and the topic before it is the name)
    else if (dewa > 1 && ADVERB_ALONE.test(cand.slice(dewa + 2))) cand = cand.slice(0, dewa);
    if (!notAName(cand)) break;
  }
  const head = x.line.slice(0, x.tok.signStart);
  if (x.fullSentence.length > head.length && x.tok.start < 40) {
    const prevTail = x.fullSentence.slice(0, x.fullSentence.length - head.length);
    let fragment: string | null;
    if (notAName(cand) && x.tok.start < 12) {
      // wrapped prose: the name ends the previous line
      cand = polishItem(cleanItem(lastClause(prevTail.slice(Math.max(prevTail.lastIndexOf('円'), prevTail.lastIndexOf('、')) + 1))));
    } else if (x.before === head && !isSpaceCode(codeAt(head, 0)) && (fragment = nameEnding(prevTail)) !== null && !notAName(cand)) {
      // a name broken over the lines ("③都市・幹" / "線鉄道1,162億円", "「港湾" / "空港鉄道等」事業費…"): joined
      const joined = polishItem(cleanItem(lastClause(fragment + head)));
      // (the joined name runs across the break: it holds the fragment's last character and the line's first)
      if (joined.length > cand.length && joined.includes(fragment.slice(-1) + head[0]) && !notAName(joined)) cand = joined;
    }
  }
  if (notAName(cand)) {
    const b = mayEndComparison(lastNonSpace(x.before)) ? x.before.replace(COMPARISON, '') : x.before;
    // "デジタル化には前年度比12％増の850億円": the words before the comparison name the figure
    const bare = b !== x.before ? polishItem(cleanItem(lastClause(b))) : '';
    const named = bare && !notAName(bare) ? bare : topicOf(x, b);
    if (named) cand = named;
  }
  const afterName = itemAfter(x.afterLine ?? x.after);
  // "総額 X円の Y", "…や、X円規模の Y": the name follows the amount. "Y に総額 X円": it precedes.
  const preferAfter = afterName !== null && (/(?:総額|約|計|合計|は)[\s\u3000]*(?:約)?[\s\u3000]*$/u.test(x.before) || /(?:や|など|及び|並びに)[、,]?[\s\u3000]*$/u.test(x.before)) &&
    !TARGET_BEFORE.test(x.before);
  if (afterName && (preferAfter || notAName(cleanItem(lastClause(x.before.slice(x.before.lastIndexOf('※') + 1))))) && (!x.labelSeg || notAName(cleanItem(x.labelSeg)))) return { item: afterName, source: 'after' };
  if (!notAName(cand)) return { item: cand, source: 'same-line' };
  if (afterName) return { item: afterName, source: 'after' };
  return null;
}

/** Internals exposed for the equivalence tests of the fast paths (not part of the API). */
export const namingInternals = { mayEndComparison, QUALIFIER_LAST };
