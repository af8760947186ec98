// Document-level context: the title's fiscal year and stage, the supplementary-budget year,
// and bracket legends such as ※()は令和6年度予算額、【】は令和6年度補正予算額.
import { findYears } from '../era';
import { isBlank, type Line } from './lines';
import { readLabel } from './context';
import { BRACKET_LEGEND, COMPARED, fiscalYearOf, type DocDate } from './docframe';
import type { Stage } from './types';
import { closeKind, type BracketKind } from './brackets';

// (multiYear: the context names several years, "年度　令和３、４両年度": its figures are totals over them)
export interface StageCtx { stage: Stage; fy: number | null; multiYear?: boolean }

export interface DocContext {
  /** The main stage and year of the document (from its title). */
  main: StageCtx | null;
  /** Year of the supplementary budget the document talks about. */
  suppFy: number | null;
  /** 【】 / [] holding a single amount mean the supplementary budget. */
  bracketSupp: boolean;
  /** Brackets other than ( ) that a legend says hold the previous year ("＜ ＞は前年度予算額", "［ ］内は前年度"). */
  prevBrackets: BracketKind[];
  /** ( ) holding a single amount mean the supplementary budget, as a legend says ("（　）は令和8年度補正予算額"). */
  parenSupp: boolean;
  /** Marks a legend says open the lines of new programmes ("★は新規", "◎印：新規事業"). */
  newMarks: string[];
}

// "（★は新規、◇は拡充）", "◎印：新規事業", "※＝新規": a mark a legend gives to new programmes
// (tried on the few characters before each 新規, found with indexOf: most texts name 新規 a few times, if at all)
const NEW_MARK_LEGEND = /([★☆●◎◆◇■□○◯※＊*◉▽▼])[\s\u3000]*印?[\s\u3000]*(?:は|：|:|＝|=)[\s\u3000]*$/u;
function newMarksOf(text: string): string[] {
  const marks: string[] = [];
  for (let q = text.indexOf('新規'); q >= 0 && q < 100_000; q = text.indexOf('新規', q + 2)) {
    const m = NEW_MARK_LEGEND.exec(text.slice(Math.max(0, q - 8), q));
    if (m && !marks.includes(m[1])) marks.push(m[1]);
  }
  return marks;
}

// Legends: "（　）は令和8年度補正予算額", "＜ ＞は前年度予算額", "【】は補正予算". Each ends in a word (補正 / 補下, 前年)
// that indexOf finds natively, where the whole pattern would be tried at every bracket of the text: the part before
// the word as a lookbehind, tried (sticky) at each place of the word, says whether a match ends there. Most texts
// have no legend; on those that do, the pattern runs as it is.
const PAREN_SUPP_HEAD = String.raw`[(（][\s\u3000]*[)）][\s\u3000]*(?:内)?[\s\u3000]*(?:は|:|：)[^。、\n]{0,16}`;
// ("〔 〕書きは令和６年度補正予算額": a legend may say 書き where others say 内)
const PREV_HEAD = String.raw`([<＜〈\[［【〔])[\s\u3000]*([>＞〉\]］】〕])[\s\u3000]*(?:内|書き?)?[\s\u3000]*(?:は|:|：)[^。、\n]{0,12}`;
// (a legend a PDF wrapped may go on over the line's end: "〔 〕書きは令和６年度" / "補正予算額である。")
const SUPP_HEAD = String.raw`[【\[［〔]\s*[】\]］〕]\s*(?:内|書き?)?\s*(?:は|:|：)[^。\n]{0,24}(?:\n[\s\u3000]*)?`;
const LEGEND_PREV = new RegExp(`${PREV_HEAD}前年`, 'gu');
const LEGEND_SUPP = new RegExp(`${SUPP_HEAD}(補正|補下)`, 'u');
const LEGEND_PREV_YEAR = new RegExp(`${PREV_HEAD}((?:令和|平成)\\s?[0-9０-９元]{1,2}|(?:19|20)[0-9]{2})\\s?年度(?:当初)?予算額?`, 'gu');
const PAREN_SUPP_BEFORE = new RegExp(`(?<=${PAREN_SUPP_HEAD})(?:補正|補下)`, 'uy');
const PREV_BEFORE = new RegExp(`(?<=${PREV_HEAD})前年`, 'uy');
const SUPP_BEFORE = new RegExp(`(?<=${SUPP_HEAD})(?:補正|補下)`, 'uy');
/** Is there a match of `before` (a pattern's lookbehind form) at some place of `word` in the text? */
function endsAtSome(text: string, word: string, before: RegExp): boolean {
  for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) {
    before.lastIndex = q;
    if (before.test(text)) return true;
  }
  return false;
}
const endsAtSupp = (text: string, before: RegExp): boolean => endsAtSome(text, '補正', before) || endsAtSome(text, '補下', before);

// (a bare "22年度補正" is read by the document's era hint)
// (sticky: tried at given places by suppLabels)
export const SUPP_LABEL = /((?:令和|今和|平成|R|H)\s?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2}|(?<![0-9０-９])[0-9０-９]{1,2})\s?年度\s?(?:第[0-9０-９一二三]次)?\s?(?:補正|補下)/uy;

/**
 * The matches of SUPP_LABEL, in order, without scanning the whole text: each ends in 補正 or 補下 with
 * 年度 at most 8 characters before, and starts at most 13 characters before its 補 (no part before
 * that holds a 補), so only those few places around each 補正 and 補下 are tried, from the first.
 */
export function suppLabels(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // where the last match ended: no match overlaps another
  for (let q = text.indexOf('補'); q >= 0; q = text.indexOf('補', q + 1)) {
    const next = text[q + 1];
    if ((next !== '正' && next !== '下') || !text.slice(Math.max(0, q - 8), q).includes('年度')) continue;
    for (let p = Math.max(from, q - 13); p < q; p++) {
      SUPP_LABEL.lastIndex = p;
      const m = SUPP_LABEL.exec(text);
      if (m) { out.push(m); from = p + m[0].length; break; }
    }
  }
  return out;
}

// a supplementary budget named as the means of something else
const IN_PASSING = /(?:補正|補下)予算[^。、]{0,8}(?:により|によって|において|で措置)/u;

/** The stage a title names; titles name it loosely: "令和9年度 文部科学省予算のポイント". */
function titleStage(seg: string): Stage | null {
  return readLabel(seg).stage ?? (/補正|補下/u.test(seg) ? 'supplementary' : /要求/u.test(seg) ? 'request' : /決算/u.test(seg) ? 'settlement' : /予算/u.test(seg) ? 'budget' : null);
}
// a line that is a year alone, in one notation or two: "2024年度（令和６年度）", "令和７年度"
const YEAR_ALONE_LINE = /^[\s　]*(?:(?:令和|平成)[\s　]?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2})[\s　]?年度[\s　]*(?:[(（][^()（）]{1,10}[)）])?[\s　]*$/u;

/** Pairs (year, stage) in a title-like line: each year with the stage word that follows it. */
function yearStagePairs(s: string): StageCtx[] {
  const ys = findYears(s).filter((y) => y.fiscal && y.years.length === 1);
  const out: StageCtx[] = [];
  for (let k = 0; k < ys.length; k++) {
    // (a year compared with, "4年度当初予算比", is no year the line is about)
    if (COMPARED.test(s.slice(ys[k].end, ys[k].end + 24))) continue;
    // (nor a year a sentence is about, "７年度は申請額が予算を上回り": no title)
    if (/^[\s\u3000]*(?:は|が|も|には|では)/u.test(s.slice(ys[k].end, ys[k].end + 4))) continue;
    const seg = s.slice(ys[k].start, k + 1 < ys.length ? ys[k + 1].start : Math.min(s.length, ys[k].end + 24));
    const st = titleStage(seg);
    if (st) out.push({ stage: st, fy: ys[k].years[0] });
  }
  return out;
}

const REFERENCE_LINE = /^[\s\u3000]*(?:[(（【［\[]参考[)）】］\]]|参考[:：])/u;
/** `date`: the text's date (the frame's), which dates a supplementary budget no label dates. */
export function readDocument(text: string, lines: Line[], date: DocDate | null = null): DocContext {
  let main: StageCtx | null = null;
  let suppFy: number | null = null;
  let titleHasSupp = false;
  let suppOnlyTitle = false;
  let seen = 0;
  let yearAbove: number | null = null;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    if (++seen > 6) break;
    // (a long line, a paragraph whose wrapped lines were joined, is read to the end of its first sentence, as its first
    // line would have been)
    const head = l.text.length > 80 ? l.text.slice(0, Math.min(80, (l.text.indexOf('。') + 1) || 80)) : l.text;
    // (a title broken after its year: "2024年度（令和６年度）" / "防災復興庁 第１次補正予算の概要")
    if (YEAR_ALONE_LINE.test(head)) { const y = findYears(head)[0]; if (y?.fiscal && y.years.length === 1) yearAbove = y.years[0]; continue; }
    // (a legend of what brackets hold, "（　）内は令和６年度当初予算額", is no title: it names last year's figures)
    // (nor a reference line, "（参考）令和７年度当初予算額 … → 補正後予算額 …": figures given beside the title's)
    const pairs = BRACKET_LEGEND.test(head) || REFERENCE_LINE.test(head) ? [] : yearStagePairs(head);
    if (!pairs.length && yearAbove !== null && !findYears(head).length) { const st = titleStage(head); if (st) pairs.push({ stage: st, fy: yearAbove }); }
    yearAbove = null;
    for (const p of pairs) {
      if (p.stage === 'supplementary') {
        suppFy = suppFy ?? p.fy;
        titleHasSupp = true;
        // the title names no other budget ("令和5年度補正予算（第1号）の概要")
        // (a sentence naming one in passing is no title: "なお、令和6年度補正予算により…が措置されています。")
        if (!/予算|要求|決算/u.test(head.replace(/(?:補正|補下)予算/gu, '')) && !(head.includes('。') && IN_PASSING.test(head))) suppOnlyTitle = true;
      } else if (!main) main = p;
    }
    if (main) break;
  }
  // every match of SUPP_LABEL and LEGEND_SUPP holds 補正 or 補下: a text without them needs no scan
  const mayHaveSupp = text.includes('補正') || text.includes('補下');
  // the most frequent year named in "…年度補正予算" labels
  if (suppFy === null && mayHaveSupp) {
    const counts = new Map<number, number>();
    for (const m of suppLabels(text)) {
      const y = findYears(m[0] + '度')[0]?.years[0] ?? findYears(m[1] + '年度')[0]?.years[0];
      if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    let best = 0;
    for (const [y, n] of counts) if (n > best) { best = n; suppFy = y; }
  }
  const legend = mayHaveSupp && endsAtSupp(text, SUPP_BEFORE) ? LEGEND_SUPP.exec(text) : null;
  if (legend) {
    const y = findYears(text.slice(legend.index, legend.index + legend[0].length))[0];
    if (y && y.years.length === 1) suppFy = y.years[0];
  }
  // ("今回の補正予算" in a dated text: the supplementary budget of the fiscal year the date falls in)
  if (suppFy === null && date) suppFy = fiscalYearOf(date);
  const bracketSupp = !!legend || (titleHasSupp && !!main);
  // a title naming only a supplementary budget ("令和5年度補正予算の概要"): its figures are that budget
  if (!main && suppOnlyTitle && suppFy !== null) main = { stage: 'supplementary', fy: suppFy };
  const prevBrackets: BracketKind[] = [];
  if (endsAtSome(text, '前年', PREV_BEFORE)) for (const m of text.matchAll(LEGEND_PREV)) { const k = closeKind(m[2]); if (k && k !== '(' && !prevBrackets.includes(k)) prevBrackets.push(k); }
  // ("［　］内は令和7年度当初予算額" in a 令和8年度 text: last year named by its number; legends stand near the top)
  if (main?.fy) for (const m of text.slice(0, 4000).matchAll(LEGEND_PREV_YEAR)) {
    const y = findYears(m[3] + '年度')[0];
    const k = closeKind(m[2]);
    if (y && y.years[0] === main.fy - 1 && k && k !== '(' && !prevBrackets.includes(k)) prevBrackets.push(k);
  }
  // (a legend naming square brackets the previous year's leaves them no supplementary)
  const parenSupp = mayHaveSupp && endsAtSupp(text, PAREN_SUPP_BEFORE);
  const newMarks = newMarksOf(text);
  return { main, suppFy, bracketSupp: bracketSupp && !prevBrackets.includes('['), prevBrackets, parenSupp, newMarks };
}

export const legendInternals = { endsAtSome, endsAtSupp, PAREN_SUPP_BEFORE, PREV_BEFORE, SUPP_BEFORE };
