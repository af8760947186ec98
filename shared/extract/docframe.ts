// The document's frame: when it was written, the era its short years belong to, the fiscal year
// and the budget stage it is mostly about. A reader infers these from the whole text (a dated
// article's 来年度, "28年度" in a 平成 white paper, a 概算要求 summary without a title), so the
// extractor falls back to them wherever a figure has no nearer context.
import { findYears, setEraHint, type EraHint } from '../era';
import { kanjiSmallNumber, toHalfWidth } from './numerals';
import { stageWord } from './context';
import { codeAt, isSpaceCode, type Line } from './lines';
import type { Stage } from './types';

export interface DocDate { year: number; month: number }

export interface DocFrame {
  date: DocDate | null;
  eraHint: EraHint | null;
  /** The fiscal year the document is mostly about. */
  fy: number | null;
  /** The stage the document is mostly about, when its words say so. */
  stage: Stage | null;
  /** Its title names a plan or an outlook of years to come (中期財政計画, 財政収支の見通し). */
  plan: boolean;
  /** Its year is its date's alone: no year is named (the years relative to the text, 前年度, still count from it). */
  dated?: boolean;
}

// a title of a plan or an outlook over years to come: its years after the text's date are projections (not a year's
// plan of local finance, 地方財政計画, which is that year's budget)
const RESULTS_STATEMENT = /損益計算書|貸借対照表|キャッシュ・?フロー計算書|剰余金計算書|財務書類|財務諸表|行政コスト計算書|純資産変動計算書|資金収支計算書/u;
const ASCII_LINE = /^[\x00-\x7f]*$/u;
export const PLAN_TITLE = /中(?:長)?期(?:的な)?財政|財政(?:収支)?の?見通し|収支見通し|財政推計|収支試算|財政フレーム/u;

// a line's words, then others far right with no figure or year: a department's name, a page's label
const RIGHT_SET = /^([\s\u3000]*\S.*?\S)[ \u3000]{4,}([^0-9０-９\s\u3000][^0-9０-９]*)$/u;

/** The year of the figures a text names no year for: its own, but none for a text on a settlement that only its date places (a settlement's year is not its report's). */
export const figuresFy = (frame: DocFrame): number | null => (frame.dated && frame.stage === 'settlement' ? null : frame.fy);

/**
 * Is a figure of year `fy` at `stage` a forecast, no budget: any figure of a year after the text's date in a plan or an
 * outlook; a settlement of a year after the text's own (and after the year the text is mostly about: a date the text
 * names in passing, "計画（令和3年3月）", may be no date of its own)?
 */
export function isForecast(stage: Stage | null, fy: number | null, frame: DocFrame, planHere = false): boolean {
  const dateFy = frame.date && fiscalYearOf(frame.date);
  if (fy === null || dateFy === null || fy <= dateFy || stage === 'other') return false;
  // (a plan dated January to March sets out from next year's budget, compiled with it: that year is no forecast)
  const budgetSeason = frame.date !== null && frame.date.month <= 3 && fy === dateFy + 1 && stage === 'budget';
  return ((frame.plan || planHere) && !budgetSeason) || (stage === 'settlement' && (frame.fy === null || fy > frame.fy));
}

const WEST_DATE = /((?:19|20)[0-9]{2})\s?(?:年|[-/.])\s?([0-9]{1,2})\s?(?:月|[-/.])/u;
// (its month may be in kanji numerals, as the year was: 令和6年十月, read from 令和六年十月)
// ("令和7年（2025年）8月1日": the Western year in brackets between the year and the month)
const ERA_DATE = /(令和|平成|昭和)\s?([0-9]{1,2}|元)\s?年\s?(?:[(（](?:19|20)[0-9]{2}年?[)）]\s?)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s?月/u;
const KANJI_WEST_DATE = /([一二][〇九一二三四五六七八]{3})年([一二三四五六七八九十]{1,3})月/u;
const KANJI_ERA_DATE = /(令和|平成|昭和)([元一二三四五六七八九十]{1,3})年([一二三四五六七八九十]{1,3})月/u;
// "R8.12.20", "H30/4/1": an era letter's date, with its day (an era letter and two numbers alone may be anything)
const ERA_LETTER_DATE = /(?<![A-Za-z])([RH])\s?([0-9]{1,2})\s?([./])\s?([0-9]{1,2})\s?\3\s?[0-9]{1,2}(?![0-9])/u;
const COUNCIL_SESSION = /(令和|平成)\s?([0-9]{1,2}|元|[一二三四五六七八九十]{1,3})\s?年\s?第\s?([1-4]|[一二三四])\s?回[^\n。]{0,30}?定例会/u;
const ERA_BASE: Record<string, number> = { '令和': 2018, '平成': 1988, '昭和': 1925, R: 2018, H: 1988 };

// The frame and the relative years both read the date of the same opening: the last one read is kept.
let lastHead: string | null = null;
let lastDate: DocDate | null = null;
/** The first date written in the opening of the text (an article's dateline, a report's month). */
export function findDate(head: string): DocDate | null {
  if (head !== lastHead) { lastDate = findDateUncached(head); lastHead = head; }
  return lastDate && { ...lastDate };
}

function findDateUncached(head: string): DocDate | null {
  const h = toHalfWidth(head);
  const w = WEST_DATE.exec(h);
  const e = ERA_DATE.exec(h);
  const found: { year: number; month: number; at: number }[] = [];
  if (w) found.push({ year: Number(w[1]), month: Number(w[2]), at: w.index });
  if (e) found.push({ year: ERA_BASE[e[1]] + (e[2] === '元' ? 1 : Number(e[2])), month: /[0-9]/u.test(e[3]) ? Number(e[3]) : kanjiSmallNumber(e[3]), at: e.index });
  // a dateline in kanji numerals ("二〇二九年十月二日", "令和十一年四月")
  const kw = KANJI_WEST_DATE.exec(h);
  if (kw) found.push({ year: kanjiSmallNumber(kw[1]), month: kanjiSmallNumber(kw[2]), at: kw.index });
  const el = ERA_LETTER_DATE.exec(h);
  if (el) found.push({ year: ERA_BASE[el[1]] + Number(el[2]), month: Number(el[4]), at: el.index });
  const ke = KANJI_ERA_DATE.exec(h);
  if (ke) found.push({ year: ERA_BASE[ke[1]] + (ke[2] === '元' ? 1 : kanjiSmallNumber(ke[2])), month: kanjiSmallNumber(ke[3]), at: ke.index });
  // ("令和６年第３回…定例会": a council's regular sessions of a year sit in March, June, September and December)
  const cs = found.length ? null : COUNCIL_SESSION.exec(h);
  if (cs) {
    const n = /[0-9]/u.test(cs[3]) ? Number(cs[3]) : kanjiSmallNumber(cs[3]);
    const year = ERA_BASE[cs[1]] + (cs[2] === '元' ? 1 : /[0-9]/u.test(cs[2]) ? Number(cs[2]) : kanjiSmallNumber(cs[2]));
    if (n >= 1 && n <= 4) found.push({ year, month: n * 3, at: cs.index });
  }
  const pick = found.sort((a, b) => a.at - b.at)[0];
  if (!pick || pick.month < 1 || pick.month > 12) return null;
  return { year: pick.year, month: pick.month };
}

/** The fiscal year a date falls in (April to March). */
export const fiscalYearOf = (d: DocDate): number => (d.month >= 4 ? d.year : d.year - 1);

// The marks of an era: 令和 / 平成 / 昭和, or R / H before a digit and after no letter. (Counted with indexOf, which
// runs natively over the whole text, where a regular expression tries every position; no two marks overlap.)
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
function countOf(text: string, word: string): number {
  let n = 0;
  for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + word.length)) n++;
  return n;
}
function letterMarks(text: string, letter: string): number {
  let n = 0;
  for (let q = text.indexOf(letter); q >= 0; q = text.indexOf(letter, q + 1)) if (isAsciiDigit(halfDigit(codeAt(text, q + 1))) && !isAsciiLetter(codeAt(text, q - 1))) n++;
  return n;
}
/** How many Western years with 年 the text writes: (?:19|20)[0-9]{2}\s?年, counted at each 年 (a match holds one, at its end). */
function westernYears(text: string): number {
  let n = 0;
  for (let q = text.indexOf('年'); q >= 0; q = text.indexOf('年', q + 1)) if (centuryAt(text, q - 4) || (isSpaceCode(codeAt(text, q - 1)) && centuryAt(text, q - 5))) n++;
  return n;
}
/** (?:19|20)[0-9]{2} at p. */
function centuryAt(text: string, p: number): boolean {
  // (full-width digits count as their half-width forms: ２０２３年)
  const a = halfDigit(codeAt(text, p));
  const b = halfDigit(codeAt(text, p + 1));
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isAsciiDigit(halfDigit(codeAt(text, p + 2))) && isAsciiDigit(halfDigit(codeAt(text, p + 3)));
}
const halfDigit = (c: number): number => (c >= 0xff10 && c <= 0xff19 ? c - 0xfee0 : c);
/** Which era a document's bare years (28年度) belong to: the era it names most, else its date's. */
function eraHintOf(text: string, date: DocDate | null): EraHint | null {
  const counts = { reiwa: countOf(text, '令和') + letterMarks(text, 'R'), heisei: countOf(text, '平成') + letterMarks(text, 'H'), showa: countOf(text, '昭和') };
  const west = westernYears(text);
  let best: EraHint | null = null;
  let n = 0;
  for (const k of ['reiwa', 'heisei', 'showa'] as const) if (counts[k] > n) { n = counts[k]; best = k; }
  if (west > n) best = 'western';
  if (!best && date) best = date.year >= 2019 ? 'western' : date.year >= 1989 ? 'heisei' : 'showa';
  return best ?? 'unmarked';
}

// after a year the text compares with: "28年度を0.4兆円上回る", "22年度比", "22年度当初から5億円減"
export const COMPARED = /^[\s\u3000]*(?:(?:の)?(?:当初)?(?:予算)?(?:額)?を[^。、]{0,12}(?:上回|下回)|比|に比べ|と比べ|(?:当初)?(?:予算)?(?:額)?(?:比|に比べ|と比べ|から[^。、]{0,8}(?:増|減)|より[^。、]{0,10}(?:多い|少ない|増|減|上回|下回)))/u;
const FRAME_LINES = 4000;
const CIRCLED = /[㉑-㉟㊱-㊿]/u;
// ("7年度予算", "新年度予算": a year's budget named with its year)
const STAGE_WORDS = /概算要求|要求額|要求・要望|決算|補正予算|(?<=[0-9０-９]月|の|減額|増額)補正(?!予算)|当初予算|予算案|予算額|歳出予算|年度予算/gu;
const BREAKDOWN_IN_BRACKETS = /[(（【][\s\u3000]*(?:うち|内)[^()（）【】]*[)）】]/gu;
// the words after a year whose budget the text reports: its 予算案, 概算要求, 決算の概要
// ("今年度一般会計第３次補正予算案": of an account, a numbered supplementary one)
const REPORTED_AFTER = /^[\s\u3000]*(?:の)?(?:(?:一般|特別)会計)?(?:第[0-9０-９一二三四五六七八九]+次)?(?:当初|補正)?(?:予算案|概算要求|予算の概算要求|予算要求|予算の概要|決算の概要|決算書)/u;
const RELATIVE = /(来年度|次年度|今年度|本年度|当年度|昨年度|前年度)/gu;
const REL_OFFSET: Record<string, number> = { '来年度': 1, '次年度': 1, '今年度': 0, '本年度': 0, '当年度': 0, '昨年度': -1, '前年度': -1 };

const kindOfStageWord = (w: string): Stage => (w === '決算' ? 'settlement' : w.startsWith('補正') ? 'supplementary' : w.includes('要') ? 'request' : 'budget');
/** How many stages the stage words of `s` name. */
function stageKinds(s: string): number {
  const kinds = new Set<Stage>();
  for (const m of s.matchAll(STAGE_WORDS)) kinds.add(kindOfStageWord(m[0]));
  return kinds.size;
}

/**
 * The stage the document is about: the title's stage word, else the one its text names most
 * (概算要求 over 予算 on a tie: a request summary also names the budget it compares with).
 */
// an audit's report of findings (会計検査院の検査報告, 不当事項): its figures are costs and grants found, no year's budget
const AUDIT_TITLE = /検査報告|会計検査|不[\s\u3000]*当[\s\u3000]*事[\s\u3000]*項|個別の検査結果|年次の検査の結果/u;

export const BREADCRUMB = /^[\s\u3000]*(?:ホーム|トップ(?:ページ)?|TOP|Top|Home)[\s\u3000]*[＞>›»]|[＞>›»][^＞>›»]+[＞>›»]/u;
// a year's own plan, "令和８年度 市債発行計画", "令和9年度 事業計画": what that year's budget provides (a plan over years is no title so)
const YEAR_PLAN = /年度[^。、～~〜]{0,20}計画(?![\p{Script=Han}])/u;

const BUDGET_KIND = '(?:予備費|当初予算|補正予算|決算|概算要求)';
const TWO_BUDGETS = new RegExp(`${BUDGET_KIND}[^。、]{0,4}(?:と|及び|並びに|・|や)[^。、]{0,4}${BUDGET_KIND}`, 'u');
function stageOf(titleLines: string[], text: string): Stage | null {
  if (titleLines.some((t) => AUDIT_TITLE.test(t))) return 'other';
  for (const title of titleLines) {
    // (an opening sentence naming two stages, "来年度予算案を…。…補正予算は…", says neither is the document's)
    if (title.includes('。') && stageKinds(title) > 1) continue;
    // (a breakdown in brackets names a part, not what the document is: "85億円（うち補正30億円）")
    const l = title.includes('うち') || title.includes('内') ? title.replace(BREAKDOWN_IN_BRACKETS, '') : title;
    // (a title of two budgets side by side, "予備費と補正予算に関するQ&A", names no one stage of the document's: its words do)
    if (TWO_BUDGETS.test(l)) continue;
    // (a report of what was done, "…の実施状況", "受入実績", a company's "経営状況": its years' figures are actuals)
    // (or a statement of a year's results, "損益計算書", its letters maybe spread out)
    const s = stageWord(l) ?? (/補正/u.test(l) ? 'supplementary' : /概算要求|要求/u.test(l) ? 'request' : /決算|実績(?!見込)|実施状況|執行状況|経営状況/u.test(l) || RESULTS_STATEMENT.test(l.replace(/[\s\u3000]/gu, '')) ? 'settlement' :
      // (the use of a year's reserve, "…予備費の使用について", is of that year's budget)
      /予算|予備費/u.test(l) || (YEAR_PLAN.test(l) && !PLAN_TITLE.test(l)) ? 'budget' : null);
    if (s) return s;
  }
  // one pass counts every stage word
  let req = 0, set = 0, sup = 0, bud = 0;
  for (const m of text.matchAll(STAGE_WORDS)) {
    const k = kindOfStageWord(m[0]);
    if (k === 'settlement') set++;
    else if (k === 'supplementary') sup++;
    else if (k === 'request') req++;
    else bud++;
  }
  const max = Math.max(req, set, sup, bud);
  if (max === 0) return null;
  if (req === max) return 'request';
  // (a supplementary budget named once, in passing, makes no text about one)
  if (sup === max && sup > bud && sup >= 2) return 'supplementary';
  if (set === max) return 'settlement';
  return 'budget';
}

/** Read the frame of `text`, whose lines (splitLines) are `lines`. Sets the era hint that year mentions of this document resolve with. */
/** A legend of what brackets hold: an empty bracket, then 内は / 書きは / ：（"（　）内は令和６年度当初予算額", "【】："). */
export const BRACKET_LEGEND = /[(（【\[［<＜〈〔][\s\u3000]*[)）】\]］>＞〉〕][\s\u3000]*(?:内|書き?)?[\s\u3000]*(?:は|:|：)/u;

export function readFrame(text: string, lines: Line[]): DocFrame {
  const head = text.slice(0, 600);
  const date = findDate(head);
  const eraHint = eraHintOf(text.length > 100_000 ? text.slice(0, 100_000) : text, date);
  // (a text without a date is placed by the first year it writes out, era or Western)
  setEraHint(null);
  setEraHint(eraHint, date?.year ?? findYears(head)[0]?.years[0] ?? null);
  const titleLines: string[] = [];
  for (const l of lines) {
    if (!l.text.trim()) continue;
    // (a table's row of cells is no title line: "構成市町村\t人口\t…\t実績割" names no stage of the document)
    if (l.text.includes('\t') && l.text.split('\t').filter((c) => c.trim()).length >= 3) { if (titleLines.length) break; continue; }
    // (nor a web page's trail of links, "ホーム ＞ 政治 ＞ 予算・税制": the site's sections, not what the page is about)
    if (BREADCRUMB.test(l.text)) continue;
    // (nor a legend of brackets: the year it names is the figures' in brackets, last year's as often as not)
    if (BRACKET_LEGEND.test(l.text)) continue;
    titleLines.push(l.text.length > 120 ? l.text.slice(0, 120) : l.text);
    if (titleLines.length >= 3) break;
  }
  // fiscal years: every mention counts; the title's and those naming a stage count more
  const weight = new Map<number, number>();
  const add = (y: number, w: number): void => { weight.set(y, (weight.get(y) ?? 0) + w); };
  /** A fiscal year mentioned in the text, by the words after it. */
  const weigh = (y: number, after: string): void => {
    // a year the text compares with ("28年度を上回る", "22年度比", "前年度(28年度)から") points at the year after it
    if (COMPARED.test(after)) add(y + 1, 1.5);
    // the year whose 予算案 / 概算要求 the text reports outweighs the years it compares with
    // ("2026年度予算の概算要求を締め切り": that year's request too)
    else add(y, REPORTED_AFTER.test(after) ? 5 :
      /^[\s\u3000]*(?:の)?(?:当初)?(?:予算|概算要求|要求|決算|補正)/u.test(after) ? 1.5 : 1);
  };
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  // a title is short; a long first line is text
  // (an English title is longer in letters: "FY2026 Initial Budget: Tourism and International Exchange (Summary)")
  // (a title with words set far right after it, "令和７年度当初予算　主要事業の概要　　　　…　　農林水産部", is as long as its own words)
  for (const line of titleLines) {
    const t = RIGHT_SET.exec(line)?.[1] ?? line;
    if (t.length <= 60 || (t.length <= 100 && ASCII_LINE.test(t))) for (const y of findYears(t)) if (y.fiscal && y.years.length === 1 && !y.range && !COMPARED.test(t.slice(y.end, y.end + 16))) add(y.years[0], 6);
  }
  let mentions = 0;
  // a sample is enough to tell what a document is about: its first lines, at most FRAME_LINES of them
  // (the lines are the text's: a line holds 年度 where the next 年度 of the text falls inside it)
  let next = text.indexOf('年度');
  for (let k = 0; k < lines.length && k < FRAME_LINES && next >= 0; k++) {
    const l = lines[k];
    if (next < l.start) next = text.indexOf('年度', l.start);
    if (next < 0 || next + 2 > l.start + l.text.length) continue;
    const line = l.text.length > 400 ? l.text.slice(0, 400) : l.text;
    if (!line.includes('年度')) continue; // only fiscal years count
    for (const y of findYears(line)) {
      if (!y.fiscal || y.years.length !== 1 || y.range) continue;
      mentions++;
      weigh(y.years[0], line.slice(y.end, y.end + 16));
    }
    if (mentions > 2000) break;
  }
  // a fiscal year broken over two lines by the layout ("…は令和10年" / "度予算の概算要求で"): read with its 度, and what
  // follows it on the next line
  for (let q = text.indexOf('年\n度'); q >= 0 && q < 100_000; q = text.indexOf('年\n度', q + 3)) {
    const from = text.lastIndexOf('\n', q) + 1;
    const joined = text.slice(Math.max(from, q - 40), q + 1) + text.slice(q + 2, q + 20).split('\n')[0];
    const at = q + 1 - Math.max(from, q - 40);
    for (const y of findYears(joined)) {
      if (y.fiscal && y.years.length === 1 && !y.range && y.end === at + 1) weigh(y.years[0], joined.slice(y.end, y.end + 16));
    }
  }
  // "(㉘16兆7,003億円、▲…)": last year's figure marked with its circled year, so the text is about the year after
  if (eraHint && eraHint !== 'western') {
    const base = { reiwa: 2018, heisei: 1988, showa: 1925, unmarked: 1988 }[eraHint];
    // (most texts hold no circled number at all: a test of the character alone first)
    if (CIRCLED.test(sample)) for (const m of sample.matchAll(/[(（][\s\u3000]*([㉑-㉟㊱-㊿])/gu)) {
      const c = m[1].codePointAt(0)!;
      const n = c >= 0x32b1 ? c - 0x32b1 + 36 : c - 0x3251 + 21;
      add(base + n + 1, 1);
    }
  }
  const stage = stageOf(titleLines, sample);
  // (in a text on requests, made in a year for the year after it, a year it compares with points at the year after: in a
  // text on this year's supplementary budget, "今年度当初比" beside next year's plans is this year's)
  const requesting = stage === 'request';
  if (date) {
    const base = fiscalYearOf(date);
    // 来年度 / 今年度 count; 前年度 is relative to the document's year, not to its date
    // ("本日、来年度の当初予算案を発表": the year whose 予算案 the text reports, as a year written out would)
    // (one it compares with, "今年度より4兆円多い", points at the year after it, as a year written out does, in a text on requests)
    for (const m of head.matchAll(RELATIVE)) {
      if (REL_OFFSET[m[1]] < 0) continue;
      const after = head.slice(m.index! + m[0].length, m.index! + m[0].length + 24);
      if (requesting && COMPARED.test(after)) add(base + REL_OFFSET[m[1]] + 1, 0.75);
      else add(base + REL_OFFSET[m[1]], REPORTED_AFTER.test(after) ? 5 : 0.75);
    }
    // ("新年度当初予算案" in a text dated January to March: the year about to begin; from April, the year begun)
    for (let q = head.indexOf('新年度'); q >= 0; q = head.indexOf('新年度', q + 3)) add(base + (date.month <= 3 ? 1 : 0), REPORTED_AFTER.test(head.slice(q + 3, q + 19)) ? 5 : 0.75);
    for (const m of sample.slice(0, 4000).matchAll(RELATIVE)) {
      if (REL_OFFSET[m[1]] < 0) continue;
      const at = m.index! + m[0].length;
      add(base + REL_OFFSET[m[1]] + (requesting && COMPARED.test(sample.slice(at, at + 24)) ? 1 : 0), 0.5);
    }
  }
  let fy: number | null = null;
  let best = 0;
  for (const [y, w] of weight) if (w > best || (w === best && fy !== null && y > fy)) { best = w; fy = y; }
  // (no year named: a dated text's year, and a request made in a year is for the year after it, as every 概算要求 is)
  const dated = fy === null && !!date;
  if (fy === null && date) fy = fiscalYearOf(date) + (stage === 'request' ? 1 : 0);
  return { date, eraHint, fy, stage, plan: titleLines.some((t) => PLAN_TITLE.test(t)), dated };
}

export const frameInternals = { countOf, letterMarks, westernYears };
