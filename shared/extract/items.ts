// Item names: cleaning the text before an amount, and finding a name on the lines above.
import { findYears } from '../era';
import { isStageLabelLine } from './context';

const LEAD = /^[\s\u3000]*(?:[-‐–—・•◆◇➢➤▶▷►○●◎★☆■□✓✔❶-❿①-⑳㉑-㉟>＞*＊~〜]+[\s\u3000]*|\(?[0-9０-９]{1,2}\)[\s\u3000]*|[0-9０-９]{1,2}[.．][\s\u3000]+|[0-9０-９]{1,2}\s?-\s?[0-9０-９]{1,2}[\s\u3000]+|[①-⑳㉑-㉟]\s?-\s?[0-9０-９][\s\u3000]*|[IVXⅠ-Ⅻ]+[.．][\s\u3000]*|（[0-9０-９]{1,2}）[\s\u3000]*)+/u;
const MARKDOWN = /\*\*|<\/?u>|<[^>]{0,40}>/gu;
const TRAIL_JUNK = /[\s\u3000]*(?:[①-⑳㉑-㉟★☆※]|【[^】]{1,8}】|【[^】]{0,6}再掲】|[\[［(（]\s*(?:一部)?再掲\s*[\]］)）])+[\s\u3000]*$/u;
// Stage / amount labels that may stand between a name and its amount.
const TRAIL_LABEL = new RegExp(
  '(?:[\\s\\u3000]*(?:' + [
    '(?:(?:令和|今和|平成|[RH])\\s?[0-9０-９元]{1,2}\\s?年度?|[0-9]{4}\\s?年度)\\s?(?:第[0-9０-９一二三]次)?\\s?(?:当初|補正|補下)?\\s?(?:予算額?|概算要求額?|要求・要望額|要求額|要望額|決算額?)?',
    '(?:第[0-9０-９一二三]次)?\\s?(?:当初|補正|補下)\\s?(?:予算額?)?',
    '(?:予算額|概算要求額?|要求・要望額|要求額|要望額|決算額|前年度予算額?|前年度|前年)',
    '(?:総額|約|最大|上限|うち|累計|累積|新規|事業費|予算規模|年間|毎年)',
    '(?<=[\\s\\u3000、,:：(（])(?:合計|総計|小計)',
    '(?:までの|の)計',
    '(?<=予算)計',
    '[~〜～]',
    '[0-9０-９]+\\s?年目',
    '[0-9０-９]+\\s?(?:か年|カ年|ヵ年|年間|年)\\s?(?:で|間で)?',
    '[0-9０-９]+\\s?(?:箇所|か所|件|機関|拠点|人|校|課題)\\s?(?:[×x]|あたり|当たり)\\s?(?:上限|約|最大)?',
    '[0-9０-９.．]+\\s?[~〜～\\-－]',
    '[0-9０-９]+\\s?[~〜～]\\s?[0-9０-９]+\\s?年目',
    '(?<=[\\s\\u3000、,:：(（])計',
    '[:：=＝、,（(【\\[［<＜×]',
  ].join('|') + '))[\\s\\u3000]*$', 'u');
const LEAD_LABEL = /^[\s\u3000]*(?:(?:令和|今和|平成|[RH])\s?[0-9０-９元]{1,2}\s?年度|[0-9]{4}\s?年度)\s?(?:第[0-9０-９一二三]次)?\s?(?:当初|補正|補下)?\s?(?:予算額|概算要求額?|要求・要望額|要求額|決算額)[\s\u3000:：]*/u;
const TRAIL_PARTICLE = /(?:において|については|には|では|として|による|により|は|が|に|で|を|の|も|と|まで|から)$/u;

/** Apply an end-anchored pattern to the last characters only: labels are short, and this keeps it linear. */
function stripTail(s: string, re: RegExp): string {
  if (s.length <= 48) return s.replace(re, '');
  return s.slice(0, s.length - 48) + s.slice(s.length - 48).replace(re, '');
}

function cutOrphanClose(s: string): string {
  // ",3年間支援) 及びスタートアップ支援" → "及びスタートアップ支援"
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '（' || c === '【' || c === '[' || c === '［') depth++;
    else if (c === ')' || c === '）' || c === '】' || c === ']' || c === '］') { if (depth === 0) cut = i; else depth--; }
  }
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function cutUnclosed(s: string): string {
  // "K programの開始(2021年度補正予算計" → "K programの開始"
  let depth = 0;
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ')' || c === '）' || c === '】' || c === ']' || c === '］') depth++;
    else if (c === '(' || c === '（' || c === '【' || c === '[' || c === '［') {
      if (depth === 0) { cut = i; break; }
      depth--;
    }
  }
  return cut > 0 ? s.slice(0, cut) : s;
}

/** Clean a candidate item text (the text before an amount, or a heading line). */
export function cleanItem(raw: string, heading = false): string {
  let s = raw.slice(-160).replace(MARKDOWN, '');
  if (!heading) s = cutUnclosed(cutOrphanClose(s));
  s = s.replace(LEAD_LABEL, '');
  for (let k = 0; k < 12; k++) {
    const before = s;
    s = stripTail(stripTail(s, TRAIL_JUNK), TRAIL_LABEL).replace(TRAIL_PARTICLE, '').replace(/[\s\u3000、,:：]+$/u, '');
    s = s.replace(LEAD, '').replace(/^[\s\u3000]*[)）\]］】]+/u, '').replace(/^※\s*/u, '');
    s = s.replace(/^[\s\u3000]*(?:うち|内(?=[\s\u3000、,]|[A-Za-z0-9])|及び|および|並びに|又は|または)[、,\s\u3000]*/u, '');
    // leading fiscal-year phrase: "2024 年度の", "令和6年度 "; a year alone is no name
    const ys = findYears(s);
    if (ys.length && ys[0].start <= 1) {
      const rest = s.slice(ys[0].end).replace(/^(?:度)?(?:には|では|の|は|に|で|、|,|\s|:|：|以降|以来)+/u, '');
      s = rest.length >= 2 ? rest : '';
    }
    if (heading) {
      s = s.replace(/[\s\u3000]+[^\s\u3000]{2,12}(?:機構|研究所|法人|省|庁)$/u, '');
      s = s.replace(/(?:[\s\u3000\/／・]+(?:政府)?(?:予算|決算|概算要求|補正予算|当初予算))+$/u, '');
    } else {
      // "…構想を支援 国立大学経営改革促進事業": a verb phrase, then the name
      const m = /[\s\u3000]/u.test(s) ? /^.*(?:を支援|を実施|を推進|を図る|する|した)[\s\u3000]+(\S.{1,40})$/u.exec(s) : null;
      if (m && !isWeakItem(m[1])) s = m[1];
      // "東京大学Kavli IPMUは米国カブリ財団から": the topic before は
      const t = s.includes('は') ? /^(.{2,30}?[^\p{Script=Hiragana}\s])は(?!じめ)[^、。]{2,}$/u.exec(s) : null;
      if (t) s = t[1];
    }
    if (s === before) break;
  }
  // "最重要課題：福島復興の更なる加速" → the part after the colon when it is a name
  const colon = Math.max(s.lastIndexOf('：'), s.lastIndexOf(':'));
  if (colon > 0) {
    const tail = s.slice(colon + 1).trim();
    const head = s.slice(0, colon).trim();
    s = tail.length >= 2 && !isWeakItem(tail) ? tail : head;
  }
  s = s.replace(/^[「『]([^」』]+)[」』]$/u, '$1');
  s = s.replace(TRAIL_PARTICLE, '').replace(/[\s\u3000、,:：]+$/u, '').replace(/^[\s\u3000]+/u, '');
  s = s.replace(/^[(（]([^()（）]+)[)）]$/u, '$1');
  return s.trim();
}

/** Cut prose down to the clause naming the subject: the part after the last clause-ending 、/。. */
export function lastClause(s: string): string {
  s = s.slice(-200);
  let cut = Math.max(s.lastIndexOf('。'), 0);
  const re = /(?:は|ては|には|では|で|て|に|が|も|り|し|き|え|け|ため|おり|つつ|ながら|ところ|ほか|他|以降)[、,]/gu;
  for (const m of s.matchAll(re)) if (m.index! + m[0].length > cut) cut = m.index! + m[0].length;
  if (s.lastIndexOf('。') === cut && cut > 0) cut += 1;
  return s.slice(cut);
}

const WEAK = /^(?:総額|合計|計|約|予算|予算額|事業費|支出|計上|措置|継続分|うち|内|内数|その他|国費|総事業費|規模|以降|国庫債務負担行為(?:等)?|基金(?:措置|造成)?(?:[(（][^)）]*[)）])?|補正予算|当初予算|年間)$/u;
export function isWeakItem(s: string): boolean {
  const t = s.replace(/[\s\u3000]/gu, '');
  return t.length < 2 || WEAK.test(t) || /^[をにがはでとのへもや]/u.test(t) || /^[0-9０-９.,、\s~〜]+$/u.test(t) || !/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z]{2}/u.test(t);
}

const MINISTRY = /^(?:文部科学省|経済産業省|内閣府|総務省|財務省|厚生労働省|農林水産省|国土交通省|環境省|防衛省|デジタル庁|復興庁|外務省|法務省|警察庁)$/u;

/** Is a line (without amounts) a plausible item name or heading? */
export function nameLike(line: string): boolean {
  if (line.length > 120) return false;
  const t = line.replace(MARKDOWN, '').trim();
  if (!t || t.length > 60) return false;
  if (/[。、,]$/u.test(t) || /^※/u.test(t) || /^[~〜～:：『]/u.test(t)) return false;
  if (/[0-9０-９]\s?(?:億|万|千|兆)?\s?円/u.test(t) || /期間|時点|現在/u.test(t)) return false;
  if (/^[*＊(（]?\s*(?:担当|扫当)/u.test(t)) return false;
  if (isStageLabelLine(t)) return false;
  const c = cleanItem(t, true);
  if (isWeakItem(c) || MINISTRY.test(c)) return false;
  const cjk = (c.match(/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/gu) ?? []).length;
  if (cjk < 2) return false;
  if (/^(?:背景|課題|概要|目的|事業概要|事業内容|現状|現状・課題|背景・課題|背景·課題|背景・目的|背景·目的|事業スキーム|事業イメージ|支援対象|成果|交付先|件数|資金の流れ|施策の目的|制度の枠組み|これまでの成果|事業の概要|事業の目的)/u.test(c)) return false;
  return true;
}

/** Item found after the amount: "…兆円規模の大学ファンド" → 大学ファンド. */
export function itemAfter(after: string): string | null {
  after = after.slice(0, 160);
  after = after.replace(/[(（][^()（）]{0,40}[)）]/gu, '');
  const m = /^[\s\u3000]*(?:程度|規模|超|弱|余り)?[\s\u3000]*[)）]?\s*の[\s\u3000]*([^、。をがはにでと（(「」【】\s+＋<>＜＞]{2,30}?)(?:を|が|は|に|で|と|の[^\p{Script=Katakana}]|による|、|。|（|\(|\s|[+＋<>＜＞]|$)/u.exec(after);
  if (!m) return null;
  const s = m[1].replace(/[の]$/u, '');
  return isWeakItem(s) ? null : s;
}
