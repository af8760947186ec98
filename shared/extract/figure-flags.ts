// The flags of a primary figure read from the words around it: approximate (約, 余), new ((新規)), portion
// (の内数), restated (再掲), fund (基金), matter request (+事項要求). Pure functions of the line's text (and, for a
// table's fund, of the heading above it).
import type { AmountToken } from './amounts';
import { approximate, fundCue } from './context';
import { bulletNameAfter } from './naming';
import type { Line } from './lines';
import type { Flag } from './types';

/** The text around one figure that its flags are read from. */
export interface FlagText {
  /** The whole line. */
  line: string;
  tok: AmountToken;
  before: string;
  after: string;
  /** The clause the figure ends. */
  sentence: string;
  /** The row label, in a table. */
  rowItem: string | null;
  /** The line holds a 。. */
  hasMaru: boolean;
  /** The line holds 事項要求. */
  hasMatterRequest: boolean;
}

/** A mark that a line restates a figure given elsewhere: "（再掲）", "【一部再掲】". */
export const RESTATED_MARK = /[(（【\[［]\s*(?:一部)?再掲\s*[)）】\]］]/u;

/** "（880億円）＋事項要求" right after a figure: the bracket of its previous year, then the matter request. */
const MATTER_AFTER_BRACKET = /^[\s\u3000]*[(（【［\[][^()（）【】［］\[\]]{0,30}[)）】］\]][\s\u3000]*[+＋][\s\u3000]*事項要求/u;

// a clause of another figure after this one's: "…見込みであり、", "、基金の取崩しは"
const ANOTHER_CLAUSE = /であり、|、[^、。]{1,12}は/u;
/** Where the clause of the words after a figure ends (at 。 too, when `atMaru`); the text's length if nowhere. */
function clauseEnd(after: string, atMaru: boolean): number {
  const c = after.search(ANOTHER_CLAUSE);
  const m = atMaru ? after.indexOf('。') : -1;
  if (c < 0) return m < 0 ? after.length : m;
  return m < 0 ? c : Math.min(c, m);
}

const PORTION_NOTE_LINE = /^[\s\u3000]*[(（][^()（）0-9０-９]{2,40}の内数[)）][\s\u3000]*$/u;
const isBlankTail = (s: string): boolean => /^[\s\u3000]*$/u.test(s);
// a bracket opened after the figure and not closed on its line
const OPEN_BRACKET_TAIL = /^[\s\u3000]*[(（][^()（）]{0,30}$/u;

/** Add the flags the words around the figure call for. `nextLineHead` is asked only when the line may go on ("…基" / "金"). */
export function figureFlags(flags: Set<Flag>, x: FlagText, nextLineHead: () => string): void {
  const segBefore = x.before;
  if (approximate(segBefore, x.after) || x.tok.text.includes('余') || x.tok.over || x.tok.about) flags.add('approximate');
  // ("(皆増)": the whole figure is an increase over nothing last year)
  // (or after a comma inside the figure's own bracket, "(JPY 1,250 million, new)")
  if (((x.after.includes('新') || x.after.includes('皆増') || x.after.includes('new')) && /^[\s\u3000]*(?:[(（【\[［<＜]|[,，、])\s*(?:新\s*規|皆\s*増|new)\s*[)）】\]］>＞]/u.test(x.after)) || segBefore.includes('新') && /[(（【［\[<＜]\s*新\s*規?\s*[)）】］\]>＞][\s\u3000]*(?:(?:令和|今和|平成|R|H)?[0-9０-９元]*年度)?[^()（）【】]{0,12}$/u.test(segBefore)) flags.add('new');
  // "新規予算として24億円", "新規事業で3億円": the figure is named new right before it
  if (segBefore.includes('新規') && /新規(?:の)?(?:予算|事業|要求|計上)?(?:として|で|に)?[\s\u3000]*$/u.test(segBefore)) flags.add('new');
  // ("…事業費が約2億円の皆増": the whole amount new this year)
  if (x.after.includes('皆増') && /^[\s\u3000]*の?皆増/u.test(x.after)) flags.add('new');
  // only の内数 marks a portion (a share of a larger line's budget); a breakdown, うち X, is a figure of its own
  // ("本補助金の内数として612,000千円": named a portion right before it)
  // ("part of the ¥3.2 billion Green City project": the English words)
  if ((x.after.includes('の内数') && /^[^、。]{0,30}?の内数/u.test(x.after)) || (segBefore.includes('内数') && /の内数(?:として|で|は)?[\s\u3000]*$/u.test(segBefore)) ||
    (segBefore.includes('part of') && /(?:^|[^A-Za-z])part[\s\u3000]+of[\s\u3000]+(?:the[\s\u3000]+)?$/iu.test(segBefore)) ||
    // ("スマート農業実装支援　8,500万円" / "（担い手育成事業の内数）": the note on the line under a figure that ends its line)
    (isBlankTail(x.after) && PORTION_NOTE_LINE.test(nextLineHead())) ||
    // ("繰入額6,512.4億円（同特別会計の歳出予算の" / "内数）を含む。": its bracket broken over the line's end)
    (OPEN_BRACKET_TAIL.test(x.after) && /^[^、。]{0,30}?の内数/u.test(x.after.trimEnd() + nextLineHead().trimStart()))) flags.add('portion');
  if (segBefore.includes('再掲') || (x.after.includes('再掲') && /^[^0-9０-９円]{0,6}再掲/u.test(x.after))) flags.add('restated');
  // (where names follow their amounts, "…を基金に積み立てるもの。 256,700千円 ◆児童手当…", the sentence before is another's)
  // (the words after the figure up to the end of its clause: "…48億円に達する見込みであり、財政調整基金の取崩しは" is another's)
  // ("経常収支はマイナス12億円、基金の取崩しは…": a clause with a topic of its own after 、 is another figure's too)
  const afterClause = x.after.slice(0, clauseEnd(x.after, true));
  const fundSeg = (bulletNameAfter(x.after) !== null ? segBefore.slice(segBefore.lastIndexOf('。') + 1) : segBefore) + afterClause;
  const sentFull = !x.hasMaru ? '' : (() => {
    const a = x.line.lastIndexOf('。', x.tok.start);
    const b = x.line.indexOf('。', x.tok.end);
    return b >= 0 ? x.line.slice(a + 1, x.tok.end + clauseEnd(x.line.slice(x.tok.end, b), false)) : '';
  })();
  if (fundCue(fundSeg) || fundCue(sentFull) || fundCue(x.sentence) || (x.rowItem && fundCue(x.rowItem)) || x.after.includes('基') && /^[^。]{0,3}基$/u.test(x.after) && /^[\s\u3000]*金/u.test(nextLineHead())) flags.add('fund');
  if (x.after.includes('事項要求') && (/^[\s\u3000]*(?:超|程度)?[\s\u3000]*[+＋]\s*事項要求/u.test(x.after) || /^[^。]{0,12}[+＋]\s*事項要求/u.test(x.after))) flags.add('matter_request');
  // ("1,020億円（880億円）＋事項要求": after the figure's bracket)
  else if (x.hasMatterRequest && MATTER_AFTER_BRACKET.test(x.line.slice(x.tok.end, x.tok.end + 60))) flags.add('matter_request');
}

const SECTION_HEADING = /^[\s\u3000]*(?:[0-9０-９]{1,2}(?:[.．、]|[\s\u3000])|[(（][0-9０-９]{1,2}[)）]|[■◆●□◇]|第[0-9０-９一二三四五六七八九十]+)/u;
// (a title of a fund and something else, "財調基金と市債残高の推移", "基金・地方債の状況", flags no column of the other)
const FUND_AND_MORE = /基金[^、。\s\u3000]{0,4}(?:と|及び|並びに|・)|(?:と|及び|並びに|(?<=[^\s\u3000])・)[^、。]{0,10}基金/u;
const FUND_GROUP_LABEL = /^[\s\u3000]*[^\s\u3000、。0-9０-９]{0,16}基金[\s\u3000]*$/u;
// (of funds alone: "財調基金と市債残高の推移" heads a debt's column too)
const FUND_TITLE = /^[^。、0-9０-９と及\t|｜]{0,20}基金[^。、0-9０-９と及\t|｜]{0,10}(?:推移|状況|残高|現在高)[^。、\t|｜]{0,6}$/u;
// a numbered heading that is a fund's name alone, or its state: "（１）財政調整基金", "５　減債基金の状況"
const FUND_NAME_HEADING = /^[\s\u3000]*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、\s\u3000]|[①-⑳])[\s\u3000]*[^\s\u3000、。0-9０-９と及・]{1,16}基金(?:の(?:状況|推移|残高|現在高))?[\s\u3000]*$/u;
/** Is the nearest numbered heading within 8 lines above line `idx` a fund's name alone? */
export function fundNameHeadingAbove(lines: Line[], idx: number): boolean {
  for (let k = idx - 1; k >= 0 && k >= idx - 8; k--) {
    const t = lines[k].text;
    if (t.length > 30 || !SECTION_HEADING.test(t)) continue;
    return FUND_NAME_HEADING.test(t);
  }
  return false;
}

const UNIT_AT_END = /[\s\u3000]*[(（][\s\u3000]*単[\s\u3000]?位[\s\u3000]?[:：][^()（）]{1,12}[)）][\s\u3000]*$/u;
/** Does the nearest numbered or marked heading (or the title) within 15 lines above line `idx` name a fund (基金), not a transfer to or from one? */
export function fundHeadingAbove(lines: readonly Line[], idx: number): boolean {
  for (let k = idx - 1; k >= 0 && k >= idx - 15; k--) {
    // (a heading with its table's unit set at the line's end, "基金の状況　　　　（単位：百万円）": the heading's words)
    const t = lines[k].text.includes('単') ? lines[k].text.replace(UNIT_AT_END, '') : lines[k].text;
    // (the text's title, its first line, heads it as a numbered heading does: "財政調整基金の残高推移")
    if (t.length > 40 || /[0-9０-９][,，][0-9０-９]{3}/u.test(t)) continue;
    // (a fund's name alone over its rows, "財政調整基金" / "　年度末残高 32,415 …"; a title of funds' balances, "主要基金の残高の推移")
    if (FUND_GROUP_LABEL.test(t) || FUND_TITLE.test(t)) return true;
    if (!(SECTION_HEADING.test(t) || k === 0)) continue;
    return t.includes('基金') && !/繰入|繰出|取崩/u.test(t) && !FUND_AND_MORE.test(t);
  }
  return false;
}
