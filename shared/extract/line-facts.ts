// Facts about the lines of one document that several parts of the line reader ask for: each is worked out
// once per line (they depend on the lines' text only), so no stage rescans a line another has read.
import { findYears } from '../era';
import { isStageLabelLine } from './context';
import { nameLike, slideSectionLine } from './items';
import { countWhile, firstNonSpace, isBlank, isPipeRow, isSpaceCode, maruPositions, type Line } from './lines';
import { startsNumbered } from './headings';
import { fundHeadingAbove } from './figure-flags';

export const BULLET_START = /^[\s\u3000]*(?:[-‐–—・•◆◇➢➤▶▷►○●◎★☆■□✓✔❶-❿①-⑳>＞※*]|\(?[0-9０-９]{1,2}[).．]|（[0-9０-９]）)/u;
/** What a line without figures is to the name of a figure below it. */
export const ABOVE_OTHER = 0, ABOVE_SKIP = 1, ABOVE_SECTION = 2, ABOVE_NAME = 3;
/** A line that ends mid-sentence ("…の合計は、"), however short: the next line goes on with it. */
const OPEN_END = /[、,はがをにでと][\s\u3000]*$/u;
// (a short line with a clause in it is prose wrapped at a narrow width, "　政府は26年度から5年間で総額", not a label)
const MID_SENTENCE = /[^\s\u3000][はがを、][^\s\u3000]/u;
// (a heading is no such line: "■…に1兆円超を計上", "1、補正額")
const HEAD_MARK = /^[\s\u3000]*(?:[■□●○◆◇▼▽▲△・•◎★☆※【]|[0-9０-９一二三四五六七八九十]{1,2}[、.．)）])/u;
// a line ending in a figure with its unit ("…基金残高　12億3,400万円")
const FIGURE_END = /[0-9０-９][\s\u3000]?(?:(?:億|万|千|百万|兆)?円|[億兆])[\s\u3000)）]*$/u;
const LABEL_START = /^[\s\u3000]*【[^】]{1,12}】/u;
export const BRACKET_ONLY = /^[\s\u3000]*[【\[［][^】\]］]*[】\]］][\s\u3000]*$/u;
/** BRACKET_ONLY.test(t), tried only on a line opened by 【 [ ［. */
export function bracketOnly(t: string): boolean {
  const c = firstNonSpace(t);
  return (c === 0x3010 || c === 0x5b || c === 0xff3b) && BRACKET_ONLY.test(t);
}

// a row of its own: a stage or year label, then its figure after a gap
// ("（参考）令和9年度補正予算　13兆1,992億円": after a note's mark too)
const LABEL_ROW = /^[\s\u3000]*(?:[(（【][^)）】]{1,6}[)）】][\s\u3000]*|※[\s\u3000]*)?(?:前年度|前年|対前年度|令和|平成|当初|補正|要求|概算要求|決算)[^。、]{0,14}?(?:[\s\u3000]{2,}|[:：][\s\u3000]*|(?<=[額算求])[\s\u3000])[△▲\-－]?[0-9０-９]/u;

/** A balance's words (no two overlap). */
export const BALANCE_WORD = /残高|保有額|積立額|基金/gu;

/** /[。]\s*$/u.test(s), read from the end (the pattern is tried at every position). */
function endsWithMaru(s: string): boolean {
  let j = s.length - 1;
  while (j >= 0 && isSpaceCode(s.charCodeAt(j))) j--;
  return j >= 0 && s.charCodeAt(j) === 0x3002;
}

/** What a line's whole text holds, worked out once per line (each of its figures asks: a long line has many). */
export interface TextFacts {
  prose: boolean; endsMaru: boolean; hasMaru: boolean; hasMatterRequest: boolean; initialAndSupp: boolean; yearRange?: boolean;
  /** The cells of a row of cells holding a period of years, and whether another amount with its unit stands in that cell. */
  rangeCells?: { start: number; end: number; otherAmount: boolean }[];
}
// an amount written with its unit (a cell's own figure, whose period a year range in that cell is)
const UNIT_AMOUNT = /[0-9０-９〇一二三四五六七八九十百千][\s\u3000]?(?:千万|百万|千|万|億|兆)?[\s\u3000]?円|[0-9０-９][\s\u3000]?[億兆]/u;
const CELL_SEP = /[\t|｜]/u;

// The memos by line: 0 for not yet worked out, else the answer plus one (typed arrays of the document's length: no
// array grown or made sparse by writes at scattered lines)
export class LineFacts {
  private readonly headingMemo: Int8Array;
  private readonly aboveMemo: Int8Array;
  private readonly stageLabelMemo: Int8Array;
  private readonly nameLikeMemo: Int8Array;
  private readonly fundHeadingMemo: Int8Array;

  constructor(private readonly lines: readonly Line[]) {
    this.headingMemo = new Int8Array(lines.length);
    this.aboveMemo = new Int8Array(lines.length);
    this.stageLabelMemo = new Int8Array(lines.length);
    this.nameLikeMemo = new Int8Array(lines.length);
    this.fundHeadingMemo = new Int8Array(lines.length);
  }

  /** fundHeadingAbove of line k, cached (each figure of a row asks, and it reads the long lines above it whole). */
  fundHeading(k: number): boolean {
    const m = this.fundHeadingMemo[k];
    if (m !== 0) return m === 2;
    const v = fundHeadingAbove(this.lines, k);
    this.fundHeadingMemo[k] = v ? 2 : 1;
    return v;
  }

  /** Is line k a heading that opens a block? Cached per line. */
  heading(k: number): boolean {
    const m = this.headingMemo[k];
    if (m !== 0) return m === 2;
    const t = this.lines[k].text;
    const v = this.nameLike(k) && !bracketOnly(t) && !/期間|時点|現在/u.test(t);
    this.headingMemo[k] = v ? 2 : 1;
    return v;
  }

  /** What a line without figures is to itemAbove (cached: it depends on the line's text only). */
  aboveKind(k: number): number {
    const m = this.aboveMemo[k];
    if (m !== 0) return m - 1;
    const s = this.lines[k].text;
    let v: number;
    if (slideSectionLine(s)) v = ABOVE_SECTION;
    // (a line declaring a unit titles a table: "予算額・執行額（単位：百万円）"; a row of pipes without figures heads one)
    else if (this.stageLabel(k) || /^[\s\u3000]*[(（]\s*前年度?予算額?/u.test(s) || /^[\s\u3000]*(?:※|[(（]\s*担当)/u.test(s) || /単\s?位\s?[:：]/u.test(s) || isPipeRow(s)) v = ABOVE_SKIP;
    else if (/^[\s\u3000]*(?:文部科学省|経済産業省|内閣府|[^\s]{1,6}省)[\s\u3000]*$/u.test(s) || /^[\s\u3000]*[~〜～]/u.test(s)) v = ABOVE_SKIP;
    else if (this.nameLike(k) && !bracketOnly(s)) v = ABOVE_NAME;
    else v = ABOVE_OTHER;
    this.aboveMemo[k] = v + 1;
    return v;
  }

  /** isStageLabelLine of line k, cached (it depends on the line's text only). */
  stageLabel(k: number): boolean {
    const m = this.stageLabelMemo[k];
    if (m !== 0) return m === 2;
    const v = isStageLabelLine(this.lines[k].text);
    this.stageLabelMemo[k] = v ? 2 : 1;
    return v;
  }

  nameLike(k: number): boolean {
    const m = this.nameLikeMemo[k];
    if (m !== 0) return m === 2;
    const v = nameLike(this.lines[k].text);
    this.nameLikeMemo[k] = v ? 2 : 1;
    return v;
  }

  prevNonEmpty(i: number): number {
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) if (!isBlank(this.lines[k].text)) return k;
    return -1;
  }

  nextNonEmpty(i: number): number {
    for (let k = i + 1; k < this.lines.length && k <= i + 12; k++) if (!isBlank(this.lines[k].text)) return k;
    return -1;
  }

  /** Tail of the previous line when this line continues wrapped prose. */
  wrappedPrefix(i: number): string {
    let s = '';
    let k = i - 1;
    let cur = this.lines[i].text;
    for (let n = 0; n < 3 && k >= 0; n++, k--) {
      const p = this.lines[k].text;
      // (a line opening with a bracketed label, 【事業費】, starts afresh)
      // (nor does an indented line under one that ends in a figure: "　基金残高　12億円" over "　町債残高　48億円" are rows of a list)
      if (isBlank(p) || endsWithMaru(p) || BULLET_START.test(cur) || LABEL_START.test(cur) || (p.length < 20 && !OPEN_END.test(p) && !(MID_SENTENCE.test(p) && !HEAD_MARK.test(p))) || p.includes('\t') ||
        (isSpaceCode(cur.charCodeAt(0)) && FIGURE_END.test(p))) break;
      s = p + s;
      cur = p;
      if (p.includes('。')) break;
    }
    return s;
  }

  /** Facts about the text a figure stands in, computed once per line (not once per figure: lines may hold many). */
  textFacts(t: string): TextFacts {
    if (t !== this.factsText) {
      this.factsText = t;
      this.facts = {
        prose: t.length > 60 && /[。、]/u.test(t) && !t.includes('\t'),
        endsMaru: endsWithMaru(t),
        hasMaru: t.includes('。'),
        hasMatterRequest: t.includes('事項要求'),
        initialAndSupp: t.includes('当初') && t.includes('補正'),
        yearRange: undefined,
        rangeCells: undefined,
      };
    }
    return this.facts;
  }
  /** Does the text name a period of years ("令和9年度から令和11年度まで")? Worked out when first asked, once per line (a
   * line longer than findYears's memo takes was read again for each of its figures). */
  yearRange(t: string): boolean {
    const f = this.textFacts(t);
    return (f.yearRange ??= t.includes('年') && findYears(t).some((y) => y.range));
  }
  /**
   * Does a period of years in the text stand for the figure at `at`: anywhere in a line of no cells, or in a row of cells,
   * in the figure's own cell or a cell of no other amount ("令和9年度から令和11年度まで\t1,250,000")? Not a period inside
   * another cell's note of an amount with its unit ("（債務負担行為 限度額3億1,200万円、期間8～10年度）\t148,250"): that
   * amount's.
   */
  yearRangeFor(t: string, at: number): boolean {
    if (!this.yearRange(t)) return false;
    const f = this.textFacts(t);
    const cells = (f.rangeCells ??= rangeCellsOf(t));
    return !cells.length || cells.some((c) => !c.otherAmount || (at >= c.start && at < c.end));
  }
  /**
   * Does the text hold a balance's word (残高, 保有額, 積立額, 基金) between `from` and `to`, its full stops' and those words'
   * places found once per text (each figure of a long line asked of the whole line before it)?
   */
  balanceWordIn(t: string, from: number, to: number): boolean {
    const w = this.wordsOf(t).words;
    // (the first word starting at or after from; the words never overlap, so it is the first to end after it too)
    const k = countWhile(w.length, (m) => w[m].start < from);
    return k < w.length && w[k].end <= to;
  }
  /** t.lastIndexOf('。', at), from the full stops' places found once per text. */
  lastMaruAt(t: string, at: number): number {
    const m = this.wordsOf(t).marus;
    const k = countWhile(m.length, (j) => m[j] <= at);
    return k > 0 ? m[k - 1] : -1;
  }
  private wordsOf(t: string): { marus: number[]; words: { start: number; end: number }[] } {
    if (this.wordsText !== t) {
      this.wordsText = t;
      this.words = { marus: maruPositions(t), words: [...t.matchAll(BALANCE_WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })) };
    }
    return this.words;
  }
  private wordsText: string | null = null;
  private words: { marus: number[]; words: { start: number; end: number }[] } = { marus: [], words: [] };
  private factsText: string | null = null;
  private facts: TextFacts = { prose: false, endsMaru: false, hasMaru: false, hasMatterRequest: false, initialAndSupp: false };

  /** The head of line i+1 when it continues line i (cached: it depends on that line's text only). */
  nextLineHead(i: number): string {
    if (this.nextHeadLine === i) return this.nextHead;
    const n = this.lines[i + 1]?.text ?? '';
    const p = n.indexOf('。');
    this.nextHeadLine = i;
    // (a bullet or a numbered heading, "3 予算現計", "Ⅱ　令和9年度当初予算", starts anew; so does a label with its figure, "前年度予算額　3,987億円")
    return (this.nextHead = isBlank(n) || BULLET_START.test(n) || startsNumbered(n) || LABEL_ROW.test(n) ? '' : n.slice(0, p >= 0 ? p : 40));
  }
  private nextHeadLine = -1;
  private nextHead = '';
}

/** The cells of a row of cells (tabs or bars) that hold a period of years; none where the line has no cells. */
function rangeCellsOf(t: string): { start: number; end: number; otherAmount: boolean }[] {
  if (!CELL_SEP.test(t)) return [];
  const out: { start: number; end: number; otherAmount: boolean }[] = [];
  for (const y of findYears(t)) {
    if (!y.range) continue;
    let start = y.start;
    while (start > 0 && !CELL_SEP.test(t[start - 1])) start--;
    let end = y.end;
    while (end < t.length && !CELL_SEP.test(t[end])) end++;
    out.push({ start, end, otherAmount: UNIT_AMOUNT.test(t.slice(start, end)) });
  }
  return out;
}
