// Item names: cleaning the text before an amount, and finding a name on the lines above.
import { findYears } from '../era';
import { codes } from './codes';
import { isStageLabelLine } from './context';
import { codeAt, firstNonSpace, isSpaceCode, lastNonSpace } from './lines';

const LEAD = /^[\s\u3000]*(?:[0-9０-９]{1,3}[\s\u3000]?[款項目節][\s\u3000]+|[⑴-⒇⒈-⒛][\s\u3000]*|[①-⑳㉑-㉟]\s?-\s?[0-9０-９][\s\u3000]*|[-‐–—・•◆◇➢➤▶▷►○●◎★☆■□▽▼✓✔❶-❿①-⑳㉑-㉟>＞*＊~〜]+[\s\u3000]*|－[\s\u3000]+|\(?[0-9０-９]{1,2}\)[\s\u3000]*|[0-9０-９]{1,2}[.．][\s\u3000]+|[0-9０-９]{1,2}[\s\u3000]+(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}「『])|[0-9０-９]{1,2}[.．](?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}「『A-Za-zＡ-Ｚａ-ｚ])|[0-9０-９]{1,2}\s?-\s?[0-9０-９]{1,2}(?:[\s\u3000]+|(?=[「『\p{Script=Han}\p{Script=Katakana}]))|[IVXⅠ-Ⅻ]+[.．][\s\u3000]*|[Ⅰ-Ⅻ][\s\u3000]+|[QAＱＡ][.．:：][\s\u3000]+|（[0-9０-９]{1,2}）[\s\u3000]*)+/u;
const MARKDOWN = /\*\*|<\/?u>|<[^>]{0,40}>/gu;
const TRAIL_JUNK = /[\s\u3000]*(?:[①-⑳㉑-㉟★☆※￥¥]|【[^】]{1,8}】|【[^】]{0,6}再掲】|[\[［(（]\s*(?:一部)?再掲\s*[\]］)）])+[\s\u3000]*$/u;
// Stage / amount labels that may stand between a name and its amount.
const TRAIL_LABEL = new RegExp(
  '(?:[\\s\\u3000]*(?:' + [
    '(?:(?:令和|今和|平成)\\s?[0-9０-９元]{1,2}\\s?年度?|[RHＲＨ令平]\\s?[0-9０-９元]{1,2}(?:\\s?年度?)?|[0-9]{4}\\s?年度)\\s?(?:第[0-9０-９一二三]次)?\\s?(?:当初|補正|補下)?\\s?(?:予算額?|概算要求額?|要求・要望額|要求額?|要望額?|決算額?)?',
    '(?:第[0-9０-９一二三]次)?\\s?(?:当初|補正|補下)\\s?(?:予算額?)?',
    // (歳入決算額 / 歳出予算額 name the whole of one side: kept)
    '(?:(?<!歳入|歳出|現計)予算額|概算要求額?|要求・要望額|要求額|要望額|(?<!歳入|歳出)決算額|前年度予算額?|前年度|前年|執行額|限度額|内示額|(?:概算)?決定額)',
    // the period of a commitment over years: "令和9年度から令和11年度まで"
    '(?:令和|平成)?[0-9０-９元]{1,2}年度?から(?:令和|平成)?[0-9０-９元]{1,2}年度?まで',
    // the base of a comparison stated between a name and its figure: "税収は前年度比"
    '(?:対)?(?:前年度?|昨年度?)(?:当初)?(?:予算額?)?比',
    // ("…残高は、前年度末より", "前年度に比べ")
    '(?:前年度?|昨年度?)末?(?:当初)?(?:予算額?)?(?:より|に比べ|と比べ)',
    // (the whole budget's total, 予算総額 / 歳出総額, is the name itself)
    '(?:(?<!予算|歳出|歳入|会計|決算|要求)総額|約|最大|上限|うち|累計|累積|新規|(?<=\\S[\\s\\u3000]*)予算規模|年間|毎年)',
    // 事業費 as a label ("事業費 120億円"), not the end of a name ("文化財保存事業費")
    '(?<=[\\s\\u3000、,:：(（])(?:総事業費|事業費|国費|金額|金)',
    '(?<=[\\s\\u3000、,:：(（])(?:合計|総計|小計)',
    '(?:までの|の)計',
    '(?<=予算)計',
    '(?<=[はがでも])計',
    '[~〜～]',
    '[0-9０-９]+\\s?年目',
    '(?:[0-9０-９]+|[一二三四五六七八九十]+)\\s?(?:か年|カ年|ヵ年|年間|年)\\s?(?:で|間で)?',
    '[0-9０-９]+\\s?(?:箇所|か所|件|機関|拠点|人|校|課題)\\s?(?:[×x]|あたり|当たり)\\s?(?:上限|約|最大)?',
    '[0-9０-９.．,，]+\\s?[~〜～\\-－]',
    '[0-9０-９]+\\s?[~〜～]\\s?[0-9０-９]+\\s?年目',
    '(?<=[\\s\\u3000、,:：(（])計',
    '[:：=＝、,（(【\\[［<＜×|｜+＋]',
  ].join('|') + '))[\\s\\u3000]*$', 'u');
const LEAD_LABEL = /^[\s\u3000]*(?:(?:令和|今和|平成|[RH])\s?[0-9０-９元]{1,2}\s?年度|[0-9]{4}\s?年度)\s?(?:第[0-9０-９一二三]次)?\s?(?:当初|補正|補下)?\s?(?:予算額|概算要求額?|要求・要望額|要求額|決算額?)[\s\u3000:：]*/u;
const TRAIL_PARTICLE = /(?:において|については|におきましては|につきましては|におきまして|につきまして|には|では|として|による|により|は|が|に|で|を|の|(?<!ど)も|(?<!さ)と|まで|から|より)$/u;

// Characters that can end a match of TRAIL_LABEL / TRAIL_JUNK / TRAIL_PARTICLE (before trailing spaces).
// A cheap test of the last character skips the end-anchored regex, which V8 tries at every position.
const TRAIL_LABEL_LAST = codes('|｜0123456789０１２３４５６７８９年度次初正下算額求望比約大限ち計積規費模間目で×xり~〜～-－:：=＝、,（(【[［<＜金+＋べ');
const TRAIL_JUNK_LAST = codes('★☆※￥¥】]］)）');
const TRAIL_PARTICLE_LAST = codes('てはにでがをのもとるりら');
function circledLast(c: number): boolean {
  return (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f);
}
const canEndLabel = (s: string): boolean => TRAIL_LABEL_LAST.has(lastNonSpace(s));
// (the last unit of a match is told by its last character: ] ) closes a 再掲 bracket, 】 a 【…】 one)
function canEndJunk(s: string): boolean {
  const l = lastNonSpace(s);
  if (l === 0x3011) return s.includes('【');
  if (l === 0x29 || l === 0xff09 || l === 0x5d || l === 0xff3d) return s.includes('再掲');
  return TRAIL_JUNK_LAST.has(l) || circledLast(l);
}
/** Drop trailing spaces and 、,:： (the /[\s\u3000、,:：]+$/ replace, without the regex). */
function trimEndPunct(s: string): string {
  let j = s.length;
  for (;;) {
    const c = codeAt(s, j - 1);
    if (j > 0 && (isSpaceCode(c) || c === 0x3001 || c === 0x2c || c === 0x3a || c === 0xff1a)) j--;
    else break;
  }
  return j === s.length ? s : s.slice(0, j);
}
// The words of TRAIL_PARTICLE: all its matches end at the end, so the leftmost one is the longest word the string ends with.
const PARTICLE_WORDS = ['において', 'については', 'におきましては', 'につきましては', 'におきまして', 'につきまして', 'には', 'では', 'として', 'による', 'により', 'は', 'が', 'に', 'で', 'を', 'の', 'も', 'と', 'まで', 'から', 'より'];
function stripParticle(s: string): string {
  if (!s.length || !TRAIL_PARTICLE_LAST.has(s.charCodeAt(s.length - 1))) return s;
  let best = 0;
  for (const w of PARTICLE_WORDS) if (w.length > best && s.endsWith(w)) best = w.length;
  // (子ども, ふるさと: a kana word's end is no particle)
  if (best === 1 && (s.endsWith('ども') || s.endsWith('さと'))) best = 0;
  return best ? s.slice(0, s.length - best) : s;
}

// Every character a match of TRAIL_LABEL consumes (its lookbehinds aside): a match ends the text, so it starts no
// earlier than the run of these characters (and spaces) the text ends with.
const TRAIL_LABEL_CHARS = codes('執行らよにべ末内示定令和今平成0123456789０１２３４５６７８９元年度RHＲＨ第一二三四五六七八九十次当初補正下予算額概要求・望決前対昨比総約最大上限うち累計積新規模間毎事業費国金合小までの~〜～目かカヵ箇所件機関拠点人校課題×xあたり.．,，-－:：=＝、（(【[［<＜|｜+＋');
const TRAIL_LABEL_FROM = new RegExp(TRAIL_LABEL.source, 'gu');
/** s.replace(TRAIL_LABEL, ''), the pattern tried only from where that run starts. */
function stripLabelRun(s: string): string {
  let p = s.length;
  for (let c = codeAt(s, p - 1); p > 0 && (TRAIL_LABEL_CHARS.has(c) || isSpaceCode(c)); c = codeAt(s, --p - 1));
  TRAIL_LABEL_FROM.lastIndex = p;
  const m = TRAIL_LABEL_FROM.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** Apply an end-anchored pattern to the last characters only: labels are short, and this keeps it linear. */
function stripTail(s: string, re: RegExp): string {
  if (re === TRAIL_LABEL) {
    if (!canEndLabel(s)) return s;
    // (the window is cut out first: the pattern's lookbehinds see no further back than it)
    if (s.length <= 48) return stripLabelRun(s);
    return s.slice(0, s.length - 48) + stripLabelRun(s.slice(s.length - 48));
  }
  if (re === TRAIL_JUNK && !canEndJunk(s)) return s;
  if (s.length <= 48) return s.replace(re, '');
  return s.slice(0, s.length - 48) + s.slice(s.length - 48).replace(re, '');
}

/** ( （ 【 [ ［ */
const isOpenCode = (c: number): boolean => c === 0x28 || c === 0xff08 || c === 0x3010 || c === 0x5b || c === 0xff3b;
/** ) ） 】 ] ］ */
const isCloseCode = (c: number): boolean => c === 0x29 || c === 0xff09 || c === 0x3011 || c === 0x5d || c === 0xff3d;

/** Any of the brackets isOpenCode / isCloseCode tell. */
const BRACKET_CODE = /[(（【[［)）】\]］]/u;

function cutOrphanClose(s: string): string {
  // ",3年間支援) 及びスタートアップ支援" → "及びスタートアップ支援"
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpenCode(c)) depth++;
    else if (isCloseCode(c)) { if (depth === 0) cut = i; else depth--; }
  }
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function cutUnclosed(s: string): string {
  // "K programの開始(2021年度補正予算計" → "K programの開始"
  let depth = 0;
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (isCloseCode(c)) depth++;
    else if (isOpenCode(c)) {
      if (depth === 0) { cut = i; break; }
      depth--;
    }
  }
  // (an open bracket that starts the text opens the label itself: "（うち国費" → うち国費)
  return cut > 0 ? s.slice(0, cut) : cut === 0 ? s.slice(1) : s;
}

const COLUMN_GAP = /\S[ \u3000]*(?:\u3000{2,}| {3,})[ \u3000]*(?=\S)/gu;
function afterColumnGap(s: string): string {
  const t = s.trimEnd();
  let at = -1;
  // (an exec loop, not matchAll, which clones the regex on every call; no match is empty)
  let m: RegExpExecArray | null;
  for (COLUMN_GAP.lastIndex = 0; (m = COLUMN_GAP.exec(t)) !== null;) at = m.index + m[0].length;
  if (at < 0) return s;
  const tail = t.slice(at);
  // (only where what stands before the gap closes something else: a bracket, a figure, a rate)
  return /[)）%％\]］】0-9０-９]\s*$/u.test(t.slice(0, at).trimEnd()) && tail.length >= 2 && !isWeakItem(tail) ? tail : s;
}

function afterOpenQuote(s: string): string {
  const open = Math.max(s.lastIndexOf('「'), s.lastIndexOf('『'));
  const rest = s.slice(open + 1);
  return open >= 0 && !rest.includes('」') && !rest.includes('』') && rest.trim().length >= 2 ? rest : s;
}

/**
 * Can the "また、" / "…のうち、" replace match? Its 、/, is the first one in the string, 2 to 15 characters after the
 * leading spaces (また … 12 characters + のうち).
 */
function connectiveAt(s: string): boolean {
  let f = 0;
  while (f < s.length && isSpaceCode(s.charCodeAt(f))) f++;
  // (the first 、/, stands after the spaces: only the 16 characters after them are read)
  for (let p = f, end = Math.min(s.length, f + 16); p < end; p++) {
    const c = s.charCodeAt(p);
    if (c === 0x3001 || c === 0x2c) return p - f >= 2;
  }
  return false;
}
/** Can a match of LEAD start with character c (after its leading spaces)? The first characters of its alternatives. */
function leadStart(k: number): boolean {
  return LEAD_FIRST.has(k) || (k >= 0x30 && k <= 0x39) || (k >= 0xff10 && k <= 0xff19) || (k >= 0x2776 && k <= 0x277f) ||
    (k >= 0x2460 && k <= 0x249b) || (k >= 0x3251 && k <= 0x325f) || (k >= 0x2160 && k <= 0x216b);
}
const LEAD_FIRST = codes('-‐–—・•◆◇➢➤▶▷►○●◎★☆■□▽▼✓✔>＞*＊~〜(（IVXQAＱＡ－');
// ア イ ウ …: the katakana a list counts its items with ("ア　事業A", "（イ）事業B"); taken off once, before the steps
const KANA_MARKER = /^[\s\u3000]*(?:[アイウエオカキクケコ][\s\u3000]+(?=\S)|[(（][アイウエオカキクケコ][)）][\s\u3000]*)/u;
const KANA_MARKER_FIRST = codes('アイウエオカキクケコ(（');
const LEAD_LABEL_FIRST = codes('令今平RH0123456789');
const CLOSE_LEAD = codes(')）]］】、,。');
const CONNECTIVE_LEAD = codes('こう内及お並又ま');
const APPROX_LEAD = codes('強弱超余程前以規台近足');

// A year mention starts with an era name, an era letter or a Western year (19xx / 20xx).
const YEAR_START = codes('令今平昭RHSＲＨＳ12１２');
const NO_YEARS: ReturnType<typeof findYears> = [];

// cleanItem is pure and called again and again on the same short strings (a line and its clause, a heading
// from several figures): a small bounded memo, emptied when full, so memory stays flat.
const MEMO_MAX = 512;
const memoItem = new Map<string, string>();
const memoHeading = new Map<string, string>();

/** Forget the memo (the extractor calls this per document, so no document benefits from another). */
export function clearItemMemo(): void { memoItem.clear(); memoHeading.clear(); }

/** Math.max(s.lastIndexOf('：'), s.lastIndexOf(':')), in one pass. */
function lastColon(s: string): number {
  for (let j = s.length - 1; j >= 0; j--) { const c = s.charCodeAt(j); if (c === 0xff1a || c === 0x3a) return j; }
  return -1;
}

const OFFICE_FIRST = new Set([...'知市町村区副記'].map((c) => c.charCodeAt(0)));
const SPEAKER = /^[\s\u3000]*(?:[○◯〇]?[^\s\u3000（(、。]{1,16}[（(][^）)、。]{1,12}君[）)]|[○◯][^\s\u3000（(、。]{0,12}?(?:大臣|委員長|委員|議長|知事|市長|町長|村長|区長|局長|部長|課長|参考人|議員|理事)|(?:副?(?:知事|市長|町長|村長|区長)|記者)(?=\u3000))[\s\u3000]+/u;

// The steps cleanItem repeats until the text is settled. Each is tried only when the first non-space character
// (or a word) can start a match; each returns its text unchanged or shorter.
const stripJunk = (s: string): string => stripTail(s, TRAIL_JUNK);
const stripLabel = (s: string): string => stripTail(s, TRAIL_LABEL);
const stripLead = (s: string): string => leadStart(firstNonSpace(s)) ? s.replace(LEAD, '') : s;
const CLOSE_LEAD_RE = /^[\s\u3000]*[)）\]］】、,。]+/u;
const stripCloseLead = (s: string): string => CLOSE_LEAD.has(firstNonSpace(s)) ? s.replace(CLOSE_LEAD_RE, '') : s;
// (the approximation that closed the figure before: "…２兆円強、事業I")
const APPROX_LEAD_RE = /^[\s\u3000]*(?:強|弱|超|余り?|程度|前後|以上|規模|台|近く|足らず)[、,][\s\u3000]*/u;
const stripApproxLead = (s: string): string => APPROX_LEAD.has(firstNonSpace(s)) ? s.replace(APPROX_LEAD_RE, '') : s;
const stripNoteMark = (s: string): string => codeAt(s, 0) === 0x203b ? s.replace(/^※\s*/u, '') : s; // ※
// 事項別表 markers: (項)科学技術振興費, （目）…; and the bracket that closed the figure before: "（同2.1%増）、公共事業関係費"
const BRACKET_LEAD = /^[\s\u3000]*[(（](?:項|目|款|部|組織)[)）][\s\u3000]*|^[\s\u3000]*[(（][^()（）]{0,20}[)）][\s\u3000]*[、,][\s\u3000]*/u;
const stripBracketLead = (s: string): string => { const f = firstNonSpace(s); return f === 0x28 || f === 0xff08 ? s.replace(BRACKET_LEAD, '') : s; };
// "また、…", "歳出のうち、…": a connective or the whole the item is part of
const CONNECTIVE_COMMA = /^[\s\u3000]*(?:また|さらに|なお|加えて|一方|特に|[^、。,\s]{1,12}のうち)[、,][\s\u3000]*/u;
const stripConnectiveComma = (s: string): string => connectiveAt(s) ? s.replace(CONNECTIVE_COMMA, '') : s;
// "歳入のうち県税": the whole the item is part of, with no comma
const WHOLE_OF = /^[\s\u3000]*[^、。,\s]{1,8}のうち(?=[^、。,\s]{2})/u;
const stripWholeOf = (s: string): string => s.includes('のうち') ? s.replace(WHOLE_OF, '') : s;
const CONNECTIVE = /^[\s\u3000]*(?:このうち|うち|内(?=[\s\u3000、,]|[A-Za-z0-9])|及び|および|並びに|又は|または)[、,\s\u3000]*/u;
const stripConnective = (s: string): string => CONNECTIVE_LEAD.has(firstNonSpace(s)) ? s.replace(CONNECTIVE, '') : s;
// leading fiscal-year phrase: "2024 年度の", "令和6年度 "; a year alone is no name
const AFTER_YEAR = /^(?:度)?(?:末|中|当初)?(?:には|では|の|は|に|で|、|,|\s|:|：|以降|以来|から|まで|にかけて)+/u;
function stripYear(s: string): string {
  const ys = YEAR_START.has(codeAt(s, 0)) || YEAR_START.has(codeAt(s, 1)) ? findYears(s) : NO_YEARS;
  if (!ys.length || ys[0].start > 1) return s;
  const rest = s.slice(ys[0].end).replace(AFTER_YEAR, '');
  return rest.length >= 2 ? rest : '';
}
// a heading's body after its name ("… 宇宙航空研究開発機構"): 構 所 人 省 庁
const BODY_TAIL = /[\s\u3000]+[^\s\u3000]{2,12}(?:機構|研究所|法人|省|庁)$/u;
function stripBodyTail(s: string): string {
  const last = codeAt(s, s.length - 1);
  return last === 0x69cb || last === 0x6240 || last === 0x4eba || last === 0x7701 || last === 0x5e81 ? s.replace(BODY_TAIL, '') : s;
}
const STAGE_TAIL = /(?:[\s\u3000\/／・]+(?:政府)?(?:予算|決算|概算要求|補正予算|当初予算))+$/u;
const stripStageTail = (s: string): string => s.endsWith('算') || s.endsWith('求') ? s.replace(STAGE_TAIL, '') : s;
// "…の概要（令和10年度概算要求）": a bracket naming the document's year and stage is no part of the name
function stripStageBracket(s: string): string {
  if (!s.endsWith('）') && !s.endsWith(')')) return s;
  const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  return open > 1 && isStageLabelLine(s.slice(open)) ? s.slice(0, open) : s;
}
// "…構想を支援 国立大学経営改革促進事業": a verb phrase, then the name
const VERB_WORD = /を|する|した/u;
const AFTER_VERB = /^.*(?:を支援|を実施|を推進|を図る|する|した)[\s\u3000]+(\S.{1,40})$/u;
function afterVerbPhrase(s: string): string {
  const m = VERB_WORD.test(s) && /[\s\u3000]/u.test(s) ? AFTER_VERB.exec(s) : null;
  return m && !isWeakItem(m[1]) ? m[1] : s;
}
// "東京大学Kavli IPMUは米国カブリ財団から": the topic before は
const TOPIC_WA = /^(.{2,30}?[^\p{Script=Hiragana}\s])は(?!じめ)[^、。]{2,}$/u;
const TOPIC_ABOUT = /^(.{2,30}?[^\p{Script=Hiragana}\s])(?:については|に関しては)[^、。]{2,}$/u;
function topicOnly(s: string): string {
  const t = s.includes('は') ? TOPIC_WA.exec(s) ?? TOPIC_ABOUT.exec(s) : null;
  return t ? t[1] : s;
}
const COMMON_STEPS = [stripJunk, stripLabel, stripParticle, trimEndPunct, stripLead, stripCloseLead, stripApproxLead, stripNoteMark,
  stripBracketLead, stripConnectiveComma, stripWholeOf, stripConnective, stripYear];
const HEADING_STEPS = [...COMMON_STEPS, stripBodyTail, stripStageTail, stripStageBracket];
const ITEM_STEPS = [...COMMON_STEPS, afterVerbPhrase, topicOnly];

// The gates of the steps, read together: a text none of whose steps' gates open is settled as it stands.
// By code unit: 1 where a step may act on a text whose first non-space character it is, 2 (items) / 4 (headings)
// where it may act on a text ending in it (a text ending in a space is trimmed by trimEndPunct: always open).
const GATE = new Uint8Array(0x10000);
const GATE_FIRST = 1, GATE_LAST_ITEM = 2, GATE_LAST_HEADING = 4;
for (let c = 0; c < 0x10000; c++) {
  // (leadStart admits ( （ too: stripBracketLead's)
  if (leadStart(c) || CLOSE_LEAD.has(c) || APPROX_LEAD.has(c) || CONNECTIVE_LEAD.has(c)) GATE[c] |= GATE_FIRST;
  // (TRAIL_JUNK: its last characters, 】 ) ） ] ］ before their words, circled numbers; TRAIL_LABEL; TRAIL_PARTICLE; 、,:：)
  if (TRAIL_JUNK_LAST.has(c) || circledLast(c) || c === 0x3011 || c === 0x29 || c === 0xff09 || c === 0x5d || c === 0xff3d ||
    TRAIL_LABEL_LAST.has(c) || TRAIL_PARTICLE_LAST.has(c) || c === 0x3001 || c === 0x2c || c === 0x3a || c === 0xff1a) GATE[c] |= GATE_LAST_ITEM | GATE_LAST_HEADING;
}
// (stripBodyTail: 構 所 人 省 庁; stripStageTail: 算 求; stripStageBracket's ） ) are TRAIL_JUNK's already)
for (const c of '構所人省庁算求') GATE[c.charCodeAt(0)] |= GATE_LAST_HEADING;
/**
 * May some step of cleanItem change s? False only when every one would leave it as it is (each step's own gate
 * shut, or weaker): its first and last characters, and the few words some steps look for.
 */
function mayStep(s: string, heading: boolean): boolean {
  const n = s.length;
  if (n === 0) return false;
  const last = s.charCodeAt(n - 1);
  if (isSpaceCode(last) || (GATE[last] & (heading ? GATE_LAST_HEADING : GATE_LAST_ITEM)) !== 0) return true;
  const c0 = s.charCodeAt(0);
  // (※: stripNoteMark; a year's first characters at 0 or 1: stripYear)
  if (c0 === 0x203b || YEAR_START.has(c0) || YEAR_START.has(codeAt(s, 1)) || (GATE[firstNonSpace(s)] & GATE_FIRST) !== 0) return true;
  if (connectiveAt(s) || s.includes('のうち')) return true;
  return !heading && (s.includes('は') || VERB_WORD.test(s));
}
const mayStepHeading = (s: string): boolean => mayStep(s, true);
const mayStepItem = (s: string): boolean => mayStep(s, false);

/**
 * Apply the steps in rounds until a round changes nothing (at most 12 rounds). A step that changes the text makes it
 * shorter, so the text is settled as soon as as many steps in a row as there are have left it as it was: the rest of
 * that round would leave it too. So it is when `may` (no step can change it) says so of the text, at the start or
 * after a change.
 */
function settle(s: string, steps: readonly ((s: string) => string)[], may?: (s: string) => boolean): string {
  const n = steps.length;
  for (let k = 0, quiet = 0; quiet < n && k < 12 * n; k++) {
    if (quiet === 0 && may && !may(s)) return s;
    const t = steps[k % n](s);
    if (t === s) quiet++;
    else { s = t; quiet = 0; }
  }
  return s;
}

/** Clean a candidate item text (the text before an amount, or a heading line). */
export function cleanItem(raw: string, heading = false): string {
  const memo = heading ? memoHeading : memoItem;
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const v = cleanItemUncached(raw, heading);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(raw, v);
  return v;
}

// Every mark or word one of the tests before cleanItem's steps looks for (○ ◯: a speaker's mark).
const PRE_MARKS = /[*<】条君名「『○◯]|年度|\u3000\u3000| {3}|^[\s\u3000]*[知市町村区副記][^\u3000]{0,3}\u3000/u;

const TITLE_BEFORE_GAP = /^[\s\u3000]*[^\s\u3000、。]{0,30}?(?:概要|状況|ポイント|内訳|一覧|推移|明細|総括)(?:\u3000|[ ]{2,})[\s\u3000]*(?=[^\s\u3000]{2})/u;

// the last characters of TITLE_BEFORE_GAP's words
const TITLE_LAST = codes('要況ト訳覧移細括');
/** Can TITLE_BEFORE_GAP match? One of its words' last characters right before a wide space or two spaces. */
function titleGap(s: string): boolean {
  for (let i = s.indexOf('\u3000'); i >= 0; i = s.indexOf('\u3000', i + 1)) if (TITLE_LAST.has(codeAt(s, i - 1))) return true;
  for (let i = s.indexOf('  '); i >= 0; i = s.indexOf('  ', i + 1)) if (TITLE_LAST.has(codeAt(s, i - 1))) return true;
  return false;
}

function cleanItemUncached(raw: string, heading: boolean): string {
  let s = raw.length > 160 ? raw.slice(-160) : raw;
  // (a text with none of the marks and words the tests below look for skips them all: only markdown, taken out
  // first, joins characters into a word the text did not hold)
  const marks = PRE_MARKS.test(s);
  if (marks && (s.includes('*') || s.includes('<'))) s = s.replace(MARKDOWN, '');
  // (a text without brackets has nothing to cut: one native scan finds whether it holds any)
  if (!heading && BRACKET_CODE.test(s)) s = cutUnclosed(cutOrphanClose(s));
  // two columns of a page side by side ("（+2.1%）　　　　　　 市税"): the name is after the widest gap
  if (marks && !heading && (s.includes('\u3000\u3000') || s.includes('   '))) s = afterColumnGap(s);
  // a title before the name, set apart by a space ("令和7年度決算の概要　歳入総額"): the title names a page, not the figure
  if (!heading && titleGap(s)) s = s.replace(TITLE_BEFORE_GAP, '');
  // a quotation still open before the figure ("知事は「財源不足は約…"): the name is inside it
  if (marks && !heading && (s.includes('「') || s.includes('『'))) s = afterOpenQuote(s);
  if (LEAD_LABEL_FIRST.has(firstNonSpace(s))) s = s.replace(LEAD_LABEL, '');
  // a news dateline ("【東京】…") and a body with the year before the name ("内閣府の2023年度沖縄関係予算")
  // (not a mark, 【新規】, nor a body whose year names its whole budget, "文部科学省の令和9年度予算")
  if (marks && s.includes('】')) s = s.replace(/^[\s\u3000]*【(?![\s\u3000]*(?:新規|新|拡充|拡|一部新規|重点|組替え?|継続|再掲|一部再掲)[\s\u3000]*】)[^】]{1,8}】[\s\u3000]*(?=\S{2})/u, '');
  if (marks && s.includes('年度')) s = s.replace(/^[\s\u3000]*[^\s\u3000、。の]{1,12}の(?:(?:令和|平成)\s?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2})\s?年度の?(?=\S{2})(?!(?:当初)?(?:予算|概算要求|要求|補正予算|決算)(?:案|額)?(?:$|[はがをのとや、,\s\u3000]))/u, '');
  // an article's number ("第4条　一時借入金の…")
  if (marks && s.includes('条')) s = s.replace(/^[\s\u3000]*第[0-9０-９一二三四五六七八九十]+条(?:の[0-9０-９一二三四五六七八九十]+)?[\s\u3000]+/u, '');
  // a speaker in minutes of the Diet or an assembly ("○委員（山田太郎君）　…"): no part of a name
  // ("知事　…": a press conference's speaker, named by office before a wide space)
  // ("○財務大臣　…", "○委員長　…": a speaker named by office)
  const lead = firstNonSpace(s);
  if (marks && (s.includes('君') || lead === 0x25cb || lead === 0x25ef || (OFFICE_FIRST.has(lead) && s.includes('\u3000')))) s = s.replace(SPEAKER, '');
  // a label-value line: "事業名　地域交通確保事業", "施策名：…"
  if (marks && s.includes('名')) s = s.replace(/^[\s\u3000]*(?:事業名|事務事業名|事業の名称|施策名|名称)[\s\u3000]*[:：]?[\s\u3000]*(?=\S{2})/u, '');
  if (KANA_MARKER_FIRST.has(firstNonSpace(s))) s = s.replace(KANA_MARKER, '');
  s = heading ? settle(s, HEADING_STEPS, mayStepHeading) : settle(s, ITEM_STEPS, mayStepItem);
  // "最重要課題：福島復興の更なる加速" → the part after the colon when it is a name
  const colon = lastColon(s);
  if (colon > 0) {
    const tail = s.slice(colon + 1).trim();
    const head = s.slice(0, colon).trim();
    s = tail.length >= 2 && !isWeakItem(tail) ? tail : head;
  }
  if (codeAt(s, 0) === 0x300c || codeAt(s, 0) === 0x300e) s = s.replace(/^[「『]([^」』]+)[」』]$/u, '$1');
  // (the TRAIL_PARTICLE replace, the trailing-punctuation replace and the leading-space replace, without regexes)
  s = trimEndPunct(stripParticle(s)).trimStart();
  if (codeAt(s, 0) === 0x28 || codeAt(s, 0) === 0xff08) s = s.replace(/^[(（]([^()（）]+)[)）]$/u, '$1');
  return s.trim();
}

/** Cut prose down to the clause naming the subject: the part after the last clause-ending 、/。. */
export function lastClause(s: string): string {
  if (s.length > 200) s = s.slice(-200);
  const dot = s.lastIndexOf('。');
  let cut = Math.max(dot, 0);
  // the last 、/, that closes a clause (…は、 …ては、 …ため、 …ながら、), scanning back to the last 。
  for (let j = s.length - 1; j > cut; j--) {
    const c = s.charCodeAt(j);
    if ((c === 0x3001 || c === 0x2c) && clauseEndsBefore(s, j)) { cut = j + 1; break; }
  }
  if (dot === cut && cut > 0) cut += 1;
  return s.slice(cut);
}

// Endings of a clause before 、: は ては には では で て に が も, a verb's stem (り し き え け み い び ぎ, and the passive's れ: 見込まれ、; not ち: うち、 opens a breakdown), ため おり つつ ながら ところ ほか 他 以降, a year (年度、), a connective (結果 一方 また なお まず).
const CLAUSE_END_1 = new Set('はでてにがもりしきえけ他みいびぎれ');
function clauseEndsBefore(s: string, j: number): boolean {
  const p = s[j - 1];
  if (p === undefined) return false;
  if (CLAUSE_END_1.has(p)) return true;
  switch (p) {
    case 'め': return s[j - 2] === 'た';
    case 'と': return s[j - 2] === 'る'; // …みると、…よると、
    case '度': return s[j - 2] === '年'; // 来年度、令和9年度、: a time said before the clause
    case 'つ': return s[j - 2] === 'つ';
    case 'ら': return s[j - 2] === 'が' && s[j - 3] === 'な';
    case 'ろ': return s[j - 2] === 'こ' && s[j - 3] === 'と';
    case 'か': return s[j - 2] === 'ほ';
    case '降': return s[j - 2] === '以';
    // connectives opening a sentence: この結果、 一方、 また、 なお、 まず、
    case '果': return s[j - 2] === '結';
    case '方': return s[j - 2] === '一';
    case 'た': return s[j - 2] === 'ま';
    case 'お': return s[j - 2] === 'な';
    case 'ず': return s[j - 2] === 'ま';
    default: return changeEndsBefore(s, j);
  }
}

/** Does a change word end the clause before `j` ("…1,200億円で増加、", "…5％増、", "減少、")? Said as a verb, it closes its subject's
 * clause. (Not 増額、: an item's name ends so, "職員給与費の増額", nor a wide space after one: a label's, before its figure.) */
function changeEndsBefore(s: string, j: number): boolean {
  const p = s[j - 1];
  const q = s[j - 2];
  if (p === '加') return q === '増';
  if (p === '少') return q === '減';
  // (a bare 増/減 after a figure or a rate: "5％増、", "30億円減、"; not 増、 in a list of words)
  if (p === '増' || p === '減') return q !== undefined && /[0-9０-９円%％割]/u.test(q);
  return false;
}

// first characters of the WEAK words; the /^[をにがはでとのへもや]/ test; the /^[0-9０-９.,、\s~〜]+$/ test
const WEAK_FIRST = codes('総合計約予事支措継う内そ国規以基補当年最現決政概要参本今前令平12引重集来翌次昨増減');
const PARTICLE_FIRST = codes('をにがはでとのへもや');
// a particle that opens a fragment ("の推進", "にかかる経費", "として") against a word that only starts with one
// ("がん対策", "ものづくり補助金", "にぎわい創出"): a lone particle before a non-kana, or a particle phrase
const PARTICLE_PHRASE = /^(?:に(?:かか|おけ|おい|つい|よる|より|係る|関す|て|は)|と(?:して|とも|なる|する|の)|で(?:は|も|ある|き|の)|への|の(?:うち|ため|ほか|もと|よう)|が(?:ある|あり|でき|な|、)|は(?:ない|、)|も(?:ある|の[のでは])|や)/u;
function particleLed(t: string): boolean {
  const c = codeAt(t, 1);
  return t.charCodeAt(0) === 0x3092 || !(c >= 0x3041 && c <= 0x309f) || PARTICLE_PHRASE.test(t); // を
}
function onlyDigitsPunct(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2e || c === 0x2c || c === 0x3001 || c === 0x7e || c === 0x301c || isSpaceCode(c))) return false;
  }
  return true;
}
/** s.replace(/[\s\u3000]/gu, ''): the runs between spaces joined (s itself when it holds none). */
function withoutSpaces(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    if (i > from) out += s.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? s : from < s.length ? out + s.slice(from) : out;
}
const WEAK = /^(?:総額|合計|計|約|予算|予算額|事業費|支出|計上|措置|継続分|うち|内|内数|国費|総事業費|規模|以降|国庫債務負担行為(?:等)?|基金(?:措置|造成)?(?:[(（][^)）]*[)）])?|(?:政府|当初|補正)?予算案|予算現額|補正予算|(?:増額|減額)補正|当初予算|年間|最終(?:予算)?|補正[前後]|現計|決算額?|概算要求額?|要求(?:・要望)?額|事項要求|参考|前倒し|引き続き|重点的|集中的|(?:本|今|当|前|来|翌|次|昨)年度(?:予算額?)?|(?:令和|平成)[0-9０-９元]{1,2}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?)$/u;
export function isWeakItem(s: string): boolean {
  const t = withoutSpaces(s);
  if (t.length < 2) return true;
  const c0 = t.charCodeAt(0);
  return (WEAK_FIRST.has(c0) && WEAK.test(t)) || (PARTICLE_FIRST.has(c0) && particleLed(t)) || onlyDigitsPunct(t) || !twoLetters(t);
}

/**
 * Is code unit c in [\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]: 1 for sure (the common blocks), 0 for sure
 * not (below U+2E80, CJK punctuation, ・ ー, full-width forms), -1 when the pattern must tell.
 */
function kanjiKana(c: number): number {
  if (c < 0x2e80) return 0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa)) return 1;
  return (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c === 0x30fb || c === 0x30fc || (c >= 0xff00 && c <= 0xff65) ? 0 : -1;
}
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const TWO_LETTERS = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z]{2}/u;
/** TWO_LETTERS.test(t): two letters in a row, read by code unit (the pattern only for a character kanjiKana cannot tell). */
function twoLetters(t: string): boolean {
  for (let i = 0, run = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const k = isAsciiLetter(c) ? 1 : kanjiKana(c);
    if (k < 0) return TWO_LETTERS.test(t);
    run = k ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

const MINISTRY = /^(?:文部科学省|経済産業省|内閣府|総務省|財務省|厚生労働省|農林水産省|国土交通省|環境省|防衛省|デジタル庁|復興庁|外務省|法務省|警察庁)$/u;

// The fixed section labels of a budget slide (事業概要 pages): 背景・課題, 事業内容, 事業イメージ…
const SLIDE_SECTION = '(?:背景|課題|概要|目的|事業概要|事業内容|現状|現状・課題|背景・課題|背景·課題|背景・目的|背景·目的|事業スキーム|事業イメージ|支援対象|成果|交付先|件数|資金の流れ|施策の目的|制度の枠組み|これまでの成果|事業の概要|事業の目的)';
const SLIDE_SECTION_START = new RegExp(`^${SLIDE_SECTION}`, 'u');
const SLIDE_SECTION_FIRST = codes('背課概目事現支成交件資施制こ');
const SLIDE_SECTION_LINE = new RegExp(`^[\\s\\u3000■□◆◇●○【\\[［<＜]*${SLIDE_SECTION}(?:[・·]${SLIDE_SECTION})?[\\s\\u3000】\\]］>＞:：]*$`, 'u');
/** A line that is only a slide section label: below it, the page's own figure is still the subject. */
export function slideSectionLine(line: string): boolean {
  return line.length <= 24 && SLIDE_SECTION_LINE.test(line);
}

// at least two Han / Katakana / Hiragana code points (the count of the /g match ≥ 2), without building the match array
const TWO_CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][^]*?[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
/** TWO_CJK.test(t), read by code unit (the pattern only for a character kanjiKana cannot tell). */
function twoKanjiKana(t: string): boolean {
  for (let i = 0, n = 0; i < t.length; i++) {
    const k = kanjiKana(t.charCodeAt(i));
    if (k < 0) return TWO_CJK.test(t);
    if (k && ++n === 2) return true;
  }
  return false;
}
const VERB_END = /(?:を支援|する|した|している|される|された|できる|がある|である)$/u;

const TABLE_ROW_FIGURE = /\S[\s\u3000]{2,}[△▲▼\-－]?[0-9０-９][0-9０-９,，.．]*(?:[\s\u3000]{2,}|[\s\u3000]*$)/u;
// (each pattern below is tried only when the line holds a character or word every match of it holds)
const NOTE_AFTER_BULLET = codes('-‐–—・•◆◇➢➤▶▷►○●◎■□*＊');
const NOTE_FIRST = codes('~〜～:：『');
/** /^[-‐–—・•◆◇➢➤▶▷►○●◎■□*＊\s　]+[※:：『]/u.test(t), without the regex (its two classes share no character). */
function noteAfterBullet(t: string): boolean {
  let j = 0;
  for (let c = codeAt(t, 0); j < t.length && (NOTE_AFTER_BULLET.has(c) || isSpaceCode(c)); c = codeAt(t, ++j));
  const c = codeAt(t, j);
  return j > 0 && (c === 0x203b || c === 0x3a || c === 0xff1a || c === 0x300e);
}
/** Two spaces in a row: every match of TABLE_ROW_FIGURE holds them. */
function spaceRun(t: string): boolean {
  for (let i = 1; i < t.length; i++) if (isSpaceCode(t.charCodeAt(i)) && isSpaceCode(t.charCodeAt(i - 1))) return true;
  return false;
}
/** Is a line (without amounts) a plausible item name or heading? */
export function nameLike(line: string): boolean {
  if (line.length > 120) return false;
  const t = (line.includes('*') || line.includes('<') ? line.replace(MARKDOWN, '') : line).trim();
  if (!t || t.length > 60) return false;
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  // 。、, ※
  if (last === 0x3002 || last === 0x3001 || last === 0x2c || first === 0x203b || NOTE_FIRST.has(first)) return false;
  // a note or a quotation under a bullet ("- ※2 …", "- : 『…』"), and sentences ending in a verb, are no names
  // (援 る た: the last characters of VERB_END)
  if (noteAfterBullet(t) || ((last === 0x63f4 || last === 0x308b || last === 0x305f) && VERB_END.test(t))) return false;
  if ((t.includes('円') && /[0-9０-９]\s?(?:億|百万|千万|万|千|兆)?\s?円/u.test(t)) || /期間|時点|現在/u.test(t)) return false;
  // a table row: its label, then bare figures set apart by spaces ("交付金　　 30　　 20")
  // (nor is a unit declaration, "（単位：億円）")
  if ((spaceRun(t) && TABLE_ROW_FIGURE.test(t)) || (t.includes('単') && /単[\s\u3000]?位[\s\u3000]?[:：]/u.test(t))) return false;
  if (t.includes('当') && /^[*＊(（]?\s*(?:担当|扫当)/u.test(t)) return false;
  if (isStageLabelLine(t)) return false;
  const c = cleanItem(t, true);
  if (isWeakItem(c)) return false;
  // (省 府 庁: the last characters of MINISTRY)
  const end = codeAt(c, c.length - 1);
  if ((end === 0x7701 || end === 0x5e9c || end === 0x5e81) && MINISTRY.test(c)) return false;
  if (!twoKanjiKana(c)) return false;
  if (SLIDE_SECTION_FIRST.has(codeAt(c, 0)) && SLIDE_SECTION_START.test(c)) return false;
  return true;
}

/** Item found after the amount: "…兆円規模の大学ファンド" → 大学ファンド. */
export function itemAfter(after: string): string | null {
  // (every match holds の, which taking brackets out cannot bring in)
  if (!after.includes('の')) return null;
  after = after.slice(0, 160);
  after = after.replace(/[(（][^()（）]{0,40}[)）]/gu, '');
  const m = /^[\s\u3000]*(?:程度|規模|超|弱|余り)?[\s\u3000]*[)）]?\s*の[\s\u3000]*([^、。をがはにでと（(「」【】\s+＋<>＜＞]{2,30}?)(?:を|が|は|に|で|と|の[^\p{Script=Katakana}]|による|、|。|（|\(|\s|[+＋<>＜＞]|$)/u.exec(after);
  if (!m) return null;
  const s = m[1].replace(/[の]$/u, '');
  // "…は 1,622,200千円の黒字": what the figure amounts to, not what it is of; "…の計6兆円": another figure
  return isWeakItem(s) || /[0-9０-９〇一二三四五六七八九十百千][^]*円/u.test(s) || /^(?:黒字|赤字|増|減|増額|減額|増加|減少|見込み?|規模|水準|範囲|予定|見通し|確保)$/u.test(s) ? null : s;
}

/** Internals exposed for the equivalence tests of the fast paths (not part of the API). */
export const itemInternals = {
  stripTail, TRAIL_LABEL, TRAIL_JUNK, TRAIL_PARTICLE, stripParticle, trimEndPunct, canEndLabel, settle, HEADING_STEPS, ITEM_STEPS, mayStep, kanjiKana, twoLetters, TWO_LETTERS,
  twoKanjiKana, TWO_CJK, noteAfterBullet, withoutSpaces, WEAK, PARTICLE_PHRASE, SLIDE_SECTION_FIRST, SLIDE_SECTION_START, PRE_MARKS,
};
