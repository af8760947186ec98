// Scanning yen amounts written with a unit (…円) in one line, and evaluating them exactly.
// The scan walks back from each 円 over numeral characters, so each character is visited a
// bounded number of times: linear in the line length, no regular-expression backtracking.
import { BIG_UNITS, KANJI_DIGITS, SMALL_UNITS, digitValue } from './numerals';

// Character classes of the scanner's inner loops (same sets as ./numerals), as tests of UTF-16 code units read
// with charCodeAt: s[i] of Japanese text allocates a one-character string each time. Past either end of a
// string charCodeAt gives NaN, which no test admits.
// One table of flags by code unit (a typed-array load, not a Set lookup); the value of each kanji digit and unit beside it.
const KANJI_DIGIT = 1, SMALL_UNIT = 2, BIG_UNIT = 4;
const CLASS = new Uint8Array(0x10000);
const VALUE = new Uint8Array(0x10000);
const mark = (table: Record<string, number>, flag: number, value: (v: number) => number): void => {
  for (const [c, v] of Object.entries(table)) { CLASS[c.charCodeAt(0)] |= flag; VALUE[c.charCodeAt(0)] = value(v); }
};
mark(KANJI_DIGITS, KANJI_DIGIT, (v) => v);
mark(SMALL_UNITS, SMALL_UNIT, (v) => Math.round(Math.log10(v)));
mark(BIG_UNITS, BIG_UNIT, (v) => v);
/** The flags of a code unit; 0 for NaN (past the end of a string). */
const classOf = (k: number): number => (k < 0x10000 ? CLASS[k] : 0);
function isArabicDigit(k: number): boolean { return (k >= 0x30 && k <= 0x39) || (k >= 0xff10 && k <= 0xff19); }
function isKanjiDigit(k: number): boolean { return (classOf(k) & KANJI_DIGIT) !== 0; }
function isSmallUnit(k: number): boolean { return (classOf(k) & SMALL_UNIT) !== 0; }
function isBigUnit(k: number): boolean { return (classOf(k) & BIG_UNIT) !== 0; }
function isUnitChar(k: number): boolean { return (classOf(k) & (SMALL_UNIT | BIG_UNIT)) !== 0; }
function isNumeralChar(k: number): boolean { return isArabicDigit(k) || isKanjiDigit(k); }
function isGroupSep(k: number): boolean { return k === 0x2c || k === 0xff0c; }
function isDecimalPoint(k: number): boolean { return k === 0x2e || k === 0xff0e; }
function isInlineSpace(k: number): boolean { return k === 0x20 || k === 0x3000 || k === 0xa0; }
/** Value of an Arabic digit's code unit. */
function digitOf(k: number): number { return k <= 0x39 ? k - 0x30 : k - 0xff10; }
const NAKAGURO = 0x30fb; // ・
import type { WarningCode } from './warnings';
import { codeAt, isSpaceCode } from './lines';

export interface AmountToken {
  /** Offsets local to the scanned string; [start, end) covers number and unit (not sign, not 増/減). */
  start: number;
  end: number;
  text: string;
  /** Offset of the sign character when there is one, else === start. */
  signStart: number;
  yen: number;
  unit: string;
  sign: 1 | -1;
  explicitSign: boolean;
  /** 増 / 減 written right after the amount. */
  suffix: 'increase' | 'decrease' | null;
  /** 余 inside the amount where it is not in its text: "3兆" / "4397億余円" broken over two lines. */
  over?: boolean;
  /** 約 before a bare number in its cell, "約4,000": approximate. */
  about?: boolean;
  kanji: boolean;
  bare: boolean;
  warnings: WarningCode[];
}

interface NumTok { kind: 'num'; value: bigint; decimals: number; start: number; end: number; kanji: boolean }
/** The fraction after a ・ written as a decimal point in kanji (七千四百八十二・六億円): it ends a 万-group. */
interface FracTok { kind: 'frac'; value: bigint; decimals: number; start: number; end: number }
interface UnitTok { kind: 'small' | 'big'; power: number; start: number; end: number }
type Tok = NumTok | UnitTok | FracTok;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** Split an amount body (no 円) into number and unit tokens. Returns null on characters it cannot read. */
function tokenize(s: string, warnings: WarningCode[]): Tok[] | null {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = codeAt(s, i);
    if (isInlineSpace(c)) { i++; continue; }
    if (isArabicDigit(c)) {
      const start = i;
      // the digits (integer part, then fraction) as a number while exact (≤ 15 digits), else re-read as a string
      let acc = 0;
      let nDigits = 0;
      // comma groups: the first one's length (-1 before any comma), and whether one after it is not of three
      let firstGroup = -1;
      let laterOdd = false;
      let run = 0;
      let decimals = -1;
      let nFrac = 0;
      while (i < s.length) {
        const ch = codeAt(s, i);
        if (isArabicDigit(ch)) {
          acc = acc * 10 + digitOf(ch);
          nDigits++;
          if (decimals >= 0) nFrac++;
          else run++;
          i++;
        } else if (isGroupSep(ch) && decimals < 0 && isArabicDigit(codeAt(s, i + 1))) {
          if (firstGroup < 0) firstGroup = run;
          else if (run !== 3) laterOdd = true;
          run = 0; i++;
        } else if ((isDecimalPoint(ch) || ch === NAKAGURO) && decimals < 0 && isArabicDigit(codeAt(s, i + 1))) {
          decimals = 0; i++;
        } else break;
      }
      if (firstGroup >= 0 && (firstGroup > 3 || firstGroup === 0 || laterOdd || run !== 3)) warnings.push('irregular_grouping');
      const dec = decimals >= 0 ? nFrac : 0;
      let value: bigint;
      if (nDigits <= 15) value = BigInt(acc);
      else {
        let digits = '';
        for (let j = start; j < i; j++) if (isArabicDigit(codeAt(s, j))) digits += String(digitValue(s[j]));
        value = BigInt(digits);
      }
      toks.push({ kind: 'num', value, decimals: dec, start, end: i, kanji: false });
      continue;
    }
    if (isKanjiDigit(c)) {
      const start = i;
      let v = 0n;
      while (i < s.length && isKanjiDigit(codeAt(s, i))) { v = v * 10n + BigInt(VALUE[codeAt(s, i)]); i++; }
      toks.push({ kind: 'num', value: v, decimals: 0, start, end: i, kanji: true });
      continue;
    }
    if (c === NAKAGURO && toks.length && isKanjiDigit(codeAt(s, i + 1))) {
      const start = i;
      i++;
      let v = 0n;
      let n = 0;
      while (i < s.length && isKanjiDigit(codeAt(s, i))) { v = v * 10n + BigInt(VALUE[codeAt(s, i)]); i++; n++; }
      toks.push({ kind: 'frac', value: v, decimals: n, start, end: i });
      continue;
    }
    if (isSmallUnit(c)) { toks.push({ kind: 'small', power: VALUE[c], start: i, end: i + 1 }); i++; continue; }
    if (isBigUnit(c)) { toks.push({ kind: 'big', power: VALUE[c], start: i, end: i + 1 }); i++; continue; }
    return null;
  }
  return toks;
}

/** Evaluate tokens to a scaled integer (value × 10^scale). Null when the order of units is not valid. */
function evaluate(toks: Tok[]): { scaled: bigint; scale: number } | null {
  let scale = 0;
  for (const t of toks) if ((t.kind === 'num' || t.kind === 'frac') && t.decimals > scale) scale = t.decimals;
  const one = POW10[scale];
  let total = 0n;
  let section = 0n;
  let cur: bigint | null = null;
  let lastBig = 99;
  let lastSmall = 99;
  let sawNumber = false;
  let prevKind = '';
  for (const t of toks) {
    if (t.kind === 'frac') {
      // the group so far, then its fraction; a big unit must follow
      if (prevKind === 'frac' || prevKind === 'big' || prevKind === '') return null;
      section += (cur ?? 0n) + t.value * POW10[scale - t.decimals];
      cur = null;
      prevKind = 'frac';
      continue;
    }
    if (prevKind === 'frac' && t.kind !== 'big') return null;
    if (t.kind === 'num') {
      if (cur !== null) return null;
      if (t.decimals > 0 && prevKind === 'small') return null;
      cur = scale === t.decimals ? t.value : t.value * POW10[scale - t.decimals]; // (BigInt arithmetic allocates: no × 1)
      sawNumber = true;
    } else if (t.kind === 'small') {
      if (t.power >= lastSmall) return null;
      section += (cur ?? one) * POW10[t.power];
      sawNumber = true;
      cur = null;
      lastSmall = t.power;
    } else {
      if (t.power >= lastBig) return null;
      section += cur ?? 0n;
      if (section === 0n) return null;
      total += section * POW10[t.power];
      section = 0n;
      cur = null;
      lastBig = t.power;
      lastSmall = 99;
    }
    prevKind = t.kind;
  }
  if (!sawNumber) return null;
  section += cur ?? 0n;
  total += section;
  return { scaled: total, scale };
}

export interface EvaluatedAmount { yen: number; unit: string; kanji: boolean; bodyStart: number; warnings: WarningCode[] }

/**
 * Evaluate an amount body such as `1兆1,859`, `十三兆六千九百十六`, `16,309百` followed by `unitTail`
 * (the characters between the last numeral and 円). Leading tokens that make the body invalid are dropped
 * (`一100` → `100`); bodyStart says where the valid part begins.
 */
export function evaluateBody(body: string): EvaluatedAmount | null {
  const warnings: WarningCode[] = [];
  const toks = tokenize(body, warnings);
  if (!toks || toks.length === 0) return null;
  for (let first = 0; first < toks.length; first++) {
    const part = first === 0 ? toks : toks.slice(first);
    if (part[0].kind === 'big') continue;
    const v = evaluate(part);
    if (!v) continue;
    let lastNum = -1;
    for (let k = part.length - 1; k >= 0; k--) if (part[k].kind === 'num') { lastNum = k; break; }
    let unitTail = '';
    for (let k = lastNum + 1; k < part.length; k++) unitTail += body.slice(part[k].start, part[k].end);
    const kanji = part.some((t) => t.kind === 'num' && t.kanji) ||
      part.some((t, k) => t.kind === 'small' && k < lastNum);
    const w = first === 0 ? warnings : warnings.filter((x) => x !== 'irregular_grouping');
    const div = POW10[v.scale];
    // (most amounts have no fraction: no division by 1)
    let q = v.scale === 0 ? v.scaled : v.scaled / div;
    const r = v.scale === 0 ? 0n : v.scaled % div;
    if (r !== 0n) {
      w.push('fractional_yen');
      if (r * 2n >= div) q += 1n;
    }
    if (q > MAX_SAFE) w.push('unsafe_integer');
    // A dot with exactly three digits after it before a small unit looks like a slipped thousands comma.
    if (part.some((t) => t.kind === 'num' && t.decimals === 3) && !unitTail.includes('億') && !unitTail.includes('兆')) w.push('dot_as_comma');
    if (kanji) w.push('kanji_numeral');
    const lastTok = part[part.length - 1];
    const unit = kanji ? (lastTok.kind === 'big' ? body.slice(lastTok.start, lastTok.end) : '') + '円' : unitTail + '円';
    return { yen: Number(q), unit, kanji, bodyStart: part[0].start, warnings: w };
  }
  return null;
}

/** -1 for a minus sign's code unit (△ ▲ ▼ - − － ‐ ー ─ ―), 1 for a plus (+ ＋), else 0. */
function signOf(c: number): 0 | 1 | -1 {
  switch (c) {
    // (Δ, a font's △ for a decrease, glued to its figure: "Δ5,000千円")
    // (a rule's ─ or a dash ― for the minus of a column of changes beside +: "+1,800億円", "─700億円")
    case 0x25b3: case 0x25b2: case 0x25bc: case 0x2d: case 0x2212: case 0xff0d: case 0x2010: case 0x30fc: case 0x394: case 0x2500: case 0x2015: return -1;
    case 0x2b: case 0xff0b: return 1;
  }
  return 0;
}
const isHyphenCode = (c: number): boolean => c === 0x2d || c === 0x2212 || c === 0xff0d || c === 0x2010 || c === 0x30fc || c === 0x2500 || c === 0x2015; // - − － ‐ ー ─ ―

/** Is the number starting at q a zero alone (`0`, `０`, `〇`, not `0.5` or `05`)? */
function zeroAlone(line: string, q: number): boolean {
  const c = codeAt(line, q);
  return (c === 0x30 || c === 0xff10 || c === 0x3007) && !isNumeralChar(codeAt(line, q + 1)) && !isDecimalPoint(codeAt(line, q + 1));
}

/** Walk back from index p (exclusive) over characters that can belong to an amount body. */
function bodyStartBefore(line: string, p: number): number {
  let j = p - 1;
  const limit = Math.max(0, p - 48); // no real amount is longer; keeps the scan linear
  // one space directly before 円 only after a unit or digit ("5 円" is rare; "億 円" occurs in PDFs)
  if (isInlineSpace(codeAt(line, j)) && (isNumeralChar(codeAt(line, j - 1)) || isUnitChar(codeAt(line, j - 1)))) j--;
  while (j >= limit) {
    const c = codeAt(line, j);
    if (isNumeralChar(c) || isUnitChar(c)) { j--; continue; }
    if ((isGroupSep(c) || isDecimalPoint(c)) && isArabicDigit(codeAt(line, j - 1)) && isArabicDigit(codeAt(line, j + 1))) { j--; continue; }
    // ・ as a decimal point: 6・1兆円, 七千四百八十二・六億円, 四千二百・五億円
    if (c === NAKAGURO && (isNumeralChar(codeAt(line, j - 1)) || isSmallUnit(codeAt(line, j - 1))) && isNumeralChar(codeAt(line, j + 1))) { j--; continue; }
    if (isInlineSpace(c)) {
      const l = codeAt(line, j - 1);
      const r = codeAt(line, j + 1);
      // (a space after a unit character is inside an amount only when that unit is 兆/億/万: 1 兆 985 億円)
      // (not before a zero alone: "6999億 0円" is two table cells, no 6999億0円)
      if ((isUnitChar(r) && (isNumeralChar(l) || isUnitChar(l))) || (isUnitChar(l) && isNumeralChar(r) && isBigUnit(l) && !zeroAlone(line, j + 1))) { j--; continue; }
      // (a space an OCR put inside a comma group, "3,4 05,270": the group before it is short of its three digits)
      if (isArabicDigit(r) && isArabicDigit(l) && shortGroupBefore(line, j)) { j--; continue; }
      // ("３億　　２００万円": a gap of two or three spaces where a list aligned on its units leaves a place empty)
      if (isNumeralChar(r) && isInlineSpace(l) && !zeroAlone(line, j + 1)) {
        let k = j - 1;
        while (k > j - 3 && isInlineSpace(codeAt(line, k))) k--;
        if (isBigUnit(codeAt(line, k)) && isNumeralChar(codeAt(line, k - 1))) { j = k; continue; }
      }
    }
    break;
  }
  return j + 1;
}

const SPLIT_GROUP = /[,，][0-9０-９]{1,2} (?=[0-9０-９])/u;
const SPLIT_GROUP_G = /([,，][0-9０-９]{1,2}) (?=[0-9０-９])/gu;
/** Do one or two digits after a comma end line[..j)? ("3,4" before "05,270") */
function shortGroupBefore(line: string, j: number): boolean {
  let k = j - 1;
  while (k >= j - 3 && isArabicDigit(codeAt(line, k))) k--;
  return j - 1 - k <= 2 && isGroupSep(codeAt(line, k)) && isArabicDigit(codeAt(line, k - 1));
}

/** Does line[from, to) hold an Arabic or kanji digit? */
function hasNumeral(line: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isNumeralChar(codeAt(line, j))) return true;
  return false;
}
const SU = 0x30b9; // ス

/** A figure with its unit in a line: with 円, or 億 / 兆 alone (`190億円`, `190億`). */
export const HOLDS_AMOUNT = /[0-9０-９]\s?(?:(?:億|百万|千万|万|千|兆)?\s?円|[億兆])/u;

/** The sign written before a figure starting at `start`: ▲ △ － + (a space between allowed after ▲ △ +), or マイナス. */
function signBefore(line: string, start: number): { sign: 1 | -1; explicitSign: boolean; signStart: number } {
  let sign: 1 | -1 = 1;
  let explicitSign = false;
  let signStart = start;
  let k = start - 1;
  // (code units, not one-character strings: △ ▲ + ＋ before a space)
  const b = codeAt(line, k - 1);
  if (isInlineSpace(codeAt(line, k)) && (b === 0x25b3 || b === 0x25b2 || b === 0x2b || b === 0xff0b)) k--;
  else if (isInlineSpace(codeAt(line, k)) && isInlineSpace(b)) {
    // ("比較増減　　△　　274,550千円": a column's sign set apart from its right-aligned figure, a cell of its own)
    let j = k - 1;
    while (j > k - 8 && isInlineSpace(codeAt(line, j))) j--;
    const m = codeAt(line, j);
    if ((m === 0x25b3 || m === 0x25b2) && (j === 0 || isInlineSpace(codeAt(line, j - 1)))) k = j;
  }
  const sc = codeAt(line, k);
  const scSign = signOf(sc);
  if (scSign !== 0) {
    const isHyphen = isHyphenCode(sc);
    // (a hyphen opening the line is a bullet when a space follows it: "- 5億円"; glued to the figure, "－５億円", a minus)
    const bulletLike = isHyphen && (k !== start - 1 || isInlineSpace(codeAt(line, k + 1)) || ((k === 0 || /^\s*$/.test(line.slice(0, k))) && (sc === 0x30fc || sc === 0x2010)));
    const before = codeAt(line, k - 1);
    const kana = sc === 0x30fc && k > 0 && before >= 0x30a0 && before <= 0x30ff; // ー after katakana: a long vowel
    // (the last of a rule's or a leader's run of them, "総額────100億円", is none)
    const leader = (sc === 0x2500 || sc === 0x2015) && (before === 0x2500 || before === 0x2015 || before === 0x30fc || before === 0x2d);
    if (!bulletLike && !kana && !leader) {
      sign = scSign;
      explicitSign = true;
      signStart = k;
    }
  }
  // the word マイナス before a figure (tables and speech write it out); its ス stands right before it or a space before it
  if (!explicitSign && (codeAt(line, start - 1) === SU || codeAt(line, start - 2) === SU) && /マイナス[\s\u3000]?$/u.test(line.slice(Math.max(0, start - 5), start))) { sign = -1; explicitSign = true; signStart = line.lastIndexOf('マイナス', start); }
  return { sign, explicitSign, signStart };
}

/** Find every amount with an explicit 円 unit in `line`. */
const UNIT_WORD_BEFORE = /単[\s\u3000]*位[\s\u3000]*[:：・は]?[\s\u3000]*$/u;
const BRACKET_OPEN_BEFORE = /[(（][\s\u3000]*$/u;
export function scanAmounts(line: string): AmountToken[] {
  const out: AmountToken[] = [];
  let from = 0;
  for (;;) {
    const p = line.indexOf('円', from);
    if (p < 0) break;
    from = p + 1;
    const s0 = bodyStartBefore(line, p);
    if (s0 >= p) continue;
    let bodyEnd = p;
    while (bodyEnd > s0 && isInlineSpace(codeAt(line, bodyEnd - 1))) bodyEnd--;
    const body = line.slice(s0, bodyEnd);
    // A body needs a digit; digitless kanji (十円, 千億円) are read only where they cannot be a unit name
    // (百万円, 千円 in a header mean the unit, not an amount of one million or one thousand yen).
    // (in a sentence they are one: "一社あたり最大で百万円を補助", a particle before and after)
    if (!hasNumeral(line, s0, bodyEnd) && !/^十|[億兆]/u.test(body.trim()) && !(isParticleBefore(codeAt(line, s0 - 1)) && isHiragana(codeAt(line, p + 1)))) continue;
    // (nor a unit declared so, "単位：十億円", "（十億円）": a thousand million yen, the unit of the figures)
    if (!hasNumeral(line, s0, bodyEnd) && (UNIT_WORD_BEFORE.test(line.slice(Math.max(0, s0 - 6), s0)) || (BRACKET_OPEN_BEFORE.test(line.slice(Math.max(0, s0 - 2), s0)) && /^[\s\u3000]*[)）]/u.test(line.slice(p + 1))))) continue;
    // (a comma group an OCR split with a space, "3,4 05,270", read joined when the whole body is one number so)
    const ocr = body.includes(' ') && SPLIT_GROUP.test(body) ? evaluateBody(body.replace(SPLIT_GROUP_G, '$1')) : null;
    const ev = ocr && ocr.bodyStart === 0 ? ocr : evaluateBody(body);
    if (!ev) continue;
    let start = s0 + ev.bodyStart;
    while (start < p && isInlineSpace(codeAt(line, start))) start++;
    const end = p + 1;
    const { sign, explicitSign, signStart } = signBefore(line, start);
    let suffix: AmountToken['suffix'] = null;
    const nx = line[end];
    if (nx === '増') suffix = 'increase';
    else if (nx === '減') suffix = 'decrease';
    out.push({
      start, end, text: line.slice(start, end), signStart, yen: ev.yen * sign, unit: ev.unit, sign, explicitSign,
      suffix, kanji: ev.kanji, bare: false, warnings: ev.warnings,
    });
  }
  return out;
}

const PARTICLES_BEFORE = new Set([...'でははがをにのと約大額'].map((c) => c.charCodeAt(0)));
const isParticleBefore = (c: number): boolean => PARTICLES_BEFORE.has(c);
const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;

/** Digits, commas and one decimal point: a bare number as it stands in a table cell. */
export function parseBareNumber(s: string, unitPower: bigint, unitDiv: bigint): { yen: number; warnings: WarningCode[] } | null {
  const warnings: WarningCode[] = [];
  const toks = tokenize(s, warnings);
  if (!toks || toks.length !== 1 || toks[0].kind !== 'num' || toks[0].kanji) return null;
  const t = toks[0];
  const scaled = t.value * unitPower;
  const div = POW10[t.decimals] * unitDiv;
  let q = scaled / div;
  const r = scaled % div;
  if (r !== 0n) { warnings.push('fractional_yen'); if (r * 2n >= div) q += 1n; }
  return { yen: Number(q), warnings };
}

// Counters after 億/兆/万 that make the number something other than yen (1億人, 3兆ドル).
const NOT_YEN_AFTER = /^[\s\u3000]?(?:人|件|個|台|戸|世帯|株|ドル|米ドル|ユーロ|元|ウォン|トン|t|kW|kWh|Wh|W|回|部|枚|年|歳|km|m|平方|本|頭|羽|匹|食|冊|点|社|校|票|袋|通|バレル|立方|リットル|ℓ|L|ha|ヘクタール|倍|分(?:の|[0-9０-９])|%|％|時間|キロ|ポイント|pt|円|超円|の人|人分|回分|PV|ページ|文字|行|語|ha|m2|㎡|㎥|人口)/u;

/**
 * Amounts written without 円 where the unit word makes them money: `131億`, `1兆2390億`, `2億8千万`,
 * `3,308億増`. Only 億 and 兆 endings (or 万 after an 億 in the same figure) are read: a bare
 * `8000万` is as often people as yen. Counters right after (1億人, 3兆ドル) rule a figure out.
 */
/**
 * After "1 兆" a spaced amount goes on with a lower group ("985 億円"); after "1兆2,345億" in a row of cells, the next
 * cell starts a new amount ("1兆2,000億"): digits from `q` up to a unit smaller than `unit` go on with it.
 */
function lowerGroupFollows(line: string, q: number, unit: string): boolean {
  if (zeroAlone(line, q)) return false;
  let k = q;
  while (k < line.length && k < q + 24 && (isNumeralChar(codeAt(line, k)) || isGroupSep(codeAt(line, k)) || isDecimalPoint(codeAt(line, k)) || isInlineSpace(codeAt(line, k)))) k++;
  const u = line[k];
  const rank: Record<string, number> = { '兆': 3, '億': 2, '万': 1 };
  return u === '円' || u === '千' || u === '百' || (u in rank && rank[u] < rank[unit]);
}

/** The smaller of two places found by indexOf, -1 standing for none. */
const nearest = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

export function scanUnitlessAmounts(line: string): AmountToken[] {
  const out: AmountToken[] = [];
  // each 億, 兆 and 万 in order, found with indexOf (the next of each kind, the nearest taken first)
  let oku = line.indexOf('億');
  let cho = line.indexOf('兆');
  let man = line.indexOf('万');
  for (;;) {
    const p = nearest(nearest(oku, cho), man);
    if (p < 0) break;
    if (p === oku) oku = line.indexOf('億', p + 1);
    else if (p === cho) cho = line.indexOf('兆', p + 1);
    else man = line.indexOf('万', p + 1);
    const c = line[p];
    const nx = line[p + 1];
    const nxc = codeAt(line, p + 1);
    // part of a longer amount, or one with 円
    if (isNumeralChar(nxc) || isUnitChar(nxc) || nxc === 0x5186 || isGroupSep(nxc) || isDecimalPoint(nxc)) continue;
    if (isInlineSpace(nxc) && (line[p + 2] === '円' || (isNumeralChar(codeAt(line, p + 2)) && lowerGroupFollows(line, p + 2, c)))) continue;
    // (or after a gap of two or three spaces: "３億　　２００万円")
    if (isInlineSpace(nxc) && isInlineSpace(codeAt(line, p + 2)) && c !== '万') {
      let q = p + 2;
      while (q < p + 4 && isInlineSpace(codeAt(line, q))) q++;
      if (isNumeralChar(codeAt(line, q)) && !zeroAlone(line, q) && lowerGroupFollows(line, q, c) && line.slice(q, q + 24).includes('円')) continue;
    }
    if (NOT_YEN_AFTER.test(line.slice(p + 1, p + 8))) continue;
    const s0 = bodyStartBefore(line, p + 1);
    if (s0 > p) continue;
    const body = line.slice(s0, p + 1);
    if (!/[0-9０-９〇一二三四五六七八九]/u.test(body)) continue;
    if (c === '万' && !body.includes('億')) continue;
    // kanji alone (一億総活躍) is a word unless a particle or a change word follows
    if (!/[0-9０-９]/u.test(body) && !/^[をにがはで、。増減余超弱程規の)）]/u.test(nx ?? '')) continue;
    const ev = evaluateBody(body);
    // (a decimal below one, 0.5億, is a figure as 1.5億 is; a kanji 万 alone is a word)
    if (!ev || ev.yen < (/[.．]/u.test(body) ? 1e6 : 1e8)) continue;
    const start = s0 + ev.bodyStart;
    // "3兆4397億余円": the amount runs to its 円, 余 (a little over) inside it
    const end = line.startsWith('余円', p + 1) ? p + 3 : p + 1;
    // (the same signs as a figure with 円: "＋ 7,196億", "▲12億", "マイナス3億")
    const { sign, explicitSign, signStart } = signBefore(line, start);
    let suffix: AmountToken['suffix'] = null;
    if (nx === '増') suffix = 'increase';
    else if (nx === '減') suffix = 'decrease';
    const lastUnit = c === '万' ? '万円' : `${c}円`;
    out.push({
      start, end, text: line.slice(start, end), signStart, yen: ev.yen * sign, unit: ev.kanji ? lastUnit : lastUnit, sign, explicitSign,
      suffix, kanji: ev.kanji, bare: false, warnings: ev.warnings,
    });
  }
  return out;
}

/** Every amount in a line: with 円, and without it where 億/兆 make it money; in order, none overlapping. */
export function scanAllAmounts(line: string): AmountToken[] {
  return joinStutter(line, dropVague(line, scanAllAmountsRaw(line)));
}

/**
 * "5億円2700万円": a 円 written twice inside one amount (a slip of the pen) — the smaller part glued to the larger is
 * the rest of it: one amount, 5億2700万円.
 */
function joinStutter(line: string, toks: AmountToken[]): AmountToken[] {
  if (toks.length < 2) return toks;
  let out: AmountToken[] | null = null;
  for (let k = 1; k < toks.length; k++) {
    const a = toks[k - 1];
    const b = toks[k];
    if (b.signStart !== a.end || b.explicitSign || a.suffix || !/[億兆]円$/u.test(a.text) || a.yen === 0) continue;
    const unitOfA = a.text.endsWith('兆円') ? 1e12 : 1e8;
    if (Math.abs(b.yen) >= unitOfA || Math.abs(a.yen) % unitOfA !== 0) continue;
    out ??= toks.slice();
    const i = out.indexOf(a);
    out.splice(i, 2, { ...a, end: b.end, text: line.slice(a.start, b.end), yen: a.yen + a.sign * Math.abs(b.yen), suffix: b.suffix, warnings: [...a.warnings, ...b.warnings] });
    toks = out;
    k--;
  }
  return out ?? toks;
}

const YEN_SIGN = /(?:[￥¥]|(?<![A-Za-z])JPY)[\s\u3000]?([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)/gu;
/** "￥12,345,000", "¥3,200,000", "JPY 350 million": amounts after a yen sign (the sign is their unit, part of their text). */
const ENGLISH_SCALE = /^[\s\u3000]?(trillion|billion|million|thousand|tn|bn|mn)(?![A-Za-z])/iu;
const SCALE_POWER: Record<string, bigint> = { trillion: 10n ** 12n, tn: 10n ** 12n, billion: 10n ** 9n, bn: 10n ** 9n, million: 10n ** 6n, mn: 10n ** 6n, thousand: 1000n };
// ("¥612億": a unit of the Japanese numerals after the number)
const KANJI_SCALE = /^(兆|億|千万|百万|万|千)(?![円0-9０-９])/u;
const KANJI_POWER: Record<string, bigint> = { 兆: 10n ** 12n, 億: 10n ** 8n, 千万: 10n ** 7n, 百万: 10n ** 6n, 万: 10n ** 4n, 千: 1000n };
// "1.1 billion yen": an English scale word and "yen" after the number
const YEN_WORD = /(?<![0-9０-９,.])([0-9][0-9,]*(?:\.[0-9]+)?)[\s\u3000]?(trillion|billion|million|thousand)[\s\u3000]yen(?![A-Za-z])/giu;
function scanYenSign(line: string): AmountToken[] {
  const out: AmountToken[] = [];
  let m: RegExpExecArray | null;
  for (YEN_SIGN.lastIndex = 0, m = YEN_SIGN.exec(line); m !== null; m = YEN_SIGN.exec(line)) {
    // ("¥0.9 billion", "¥12 million": an English scale word after the number)
    const rest = line.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const scale = ENGLISH_SCALE.exec(rest) ?? KANJI_SCALE.exec(rest);
    const v = parseBareNumber(m[1], scale ? SCALE_POWER[scale[1].toLowerCase()] ?? KANJI_POWER[scale[1]] : 1n, 1n);
    if (!v) continue;
    const start = m.index;
    const end = start + m[0].length + (scale ? scale[0].length : 0);
    const sc = codeAt(line, start - 1);
    const neg = sc === 0x25b3 || sc === 0x25b2 || sc === 0x25bc || sc === 0x2212 || sc === 0xff0d;
    out.push({
      start, end, text: line.slice(start, end), signStart: neg ? start - 1 : start, yen: neg ? -v.yen : v.yen, unit: '円', sign: neg ? -1 : 1, explicitSign: neg,
      suffix: line[end] === '増' ? 'increase' : line[end] === '減' ? 'decrease' : null, kanji: false, bare: false, warnings: v.warnings,
    });
  }
  if (!line.includes('yen')) return out;
  for (YEN_WORD.lastIndex = 0, m = YEN_WORD.exec(line); m !== null; m = YEN_WORD.exec(line)) {
    const v = parseBareNumber(m[1], SCALE_POWER[m[2].toLowerCase()], 1n);
    if (!v) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: m[0], signStart: start, yen: v.yen, unit: '円', sign: 1, explicitSign: false, suffix: null, kanji: false, bare: false, warnings: v.warnings });
  }
  return out.sort((a, b) => a.start - b.start);
}

function scanAllAmountsRaw(line: string): AmountToken[] {
  const a0 = scanAmounts(line);
  // (a yen sign is rare: one search settles most lines)
  // ("￥1,000円" is read once, with its 円)
  const a = line.includes('￥') || line.includes('¥') || line.includes(' yen') || line.includes('JPY') ? [...a0, ...scanYenSign(line).filter((t) => !a0.some((x) => t.start < x.end && x.start < t.end))].sort((x, y) => x.start - y.start) : a0;
  if (!line.includes('億') && !line.includes('兆')) return a;
  const b = scanUnitlessAmounts(line).filter((t) => !a.some((x) => t.start < x.end && x.start < t.end));
  if (!b.length) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

/**
 * "数百億円", "何億円", "幾千億円": an indefinite number of units names no figure, nor does a unit of measure ("百億円単位").
 * (Only kanji-led amounts can be indefinite: 数 / 何 / 幾 stand before 十 百 千 万 億 兆.)
 */
function dropVague(line: string, toks: AmountToken[]): AmountToken[] {
  // (the characters around each figure are looked at: most lines keep every one, and the array as it is)
  for (let k = 0; k < toks.length; k++) if (isVague(line, toks[k])) return toks.filter((t) => !isVague(line, t));
  return toks;
}
/** 数 / 何 / 幾 right before the figure, or 単位 after it (within four characters, spaces before it): /^[\s\u3000]*単位/. */
function isVague(line: string, t: AmountToken): boolean {
  const b = codeAt(line, t.signStart - 1);
  if (b === 0x6570 || b === 0x4f55 || b === 0x5e7e) return true; // 数 何 幾
  let k = t.end;
  while (k < t.end + 2 && isSpaceCode(codeAt(line, k))) k++;
  return line.startsWith('単位', k);
}

const FRAG_END = /(?:^|[^0-9０-９,，.．兆億万千百])([0-9０-９][0-9０-９,，.．兆億万千百 \u3000]*)$/u;
const KANJI_FRAG_END = /(?:^|[^〇一二三四五六七八九十百千万億兆])([一二三四五六七八九十][〇一二三四五六七八九十百千万億兆]*[万億兆])$/u;
const CONT_START = /^[\s\u3000]*([0-9０-９,，.．兆億万千百 \u3000]*?)[\s\u3000]*余?円/u;
// (two kanji numerals at least, none a 第's: "第二" / "百億円" is no amount broken)
const KANJI_FRAG = /(?:^|[^〇一二三四五六七八九十百千万億兆第])([一二三四五六七八九十][〇一二三四五六七八九十百千万億兆]+)$/u;
const KANJI_CONT = /^[\s\u3000]*([〇一二三四五六七八九十百千]*[万億兆][〇一二三四五六七八九十百千万億]*)余?円/u;

/**
 * An amount broken over two lines by the layout (`3兆9,` / `637億5,400万円`, `197 億` / `円`):
 * the part at the end of `line`, read with its continuation at the start of `next`. Returns the
 * token (offsets in `line`, text as it stands there) and how many characters of `next` it takes.
 */
/** Kana or kanji (not a digit, space, bracket or mark): a word a number may follow in running text. */
const isWordCode = (c: number): boolean => (c >= 0x3041 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x4e00 && c <= 0x9fff);

export function scanSplitAmount(line: string, next: string | undefined): { tok: AmountToken; nextLen: number } | null {
  if (next === undefined) return null;
  // only a line that ends in a digit (Arabic or kanji), a comma or a unit can break an amount
  let j = line.length - 1;
  while (j >= 0 && (codeAt(line, j) === 0x20 || codeAt(line, j) === 0x3000)) j--;
  if (j < 0 || !(isNumeralChar(codeAt(line, j)) || isGroupSep(codeAt(line, j)) || isUnitChar(codeAt(line, j)))) return null;
  // ("…賃上げ支援に、十五億" / "円を計上": kanji numerals broken before their 円)
  // ("一般会計の予算規模は、一兆二千三百" / "四十五億円となり": kanji numerals broken mid-number, the rest with its unit and 円)
  const kf = next.charCodeAt(0) === 0x5186 ? null : KANJI_FRAG.exec(line);
  const kc = kf ? KANJI_CONT.exec(next) : null;
  // ("年額一万二千" / "円分": kanji numerals of any last place, 円 opening the next line)
  const f = FRAG_END.exec(line) ?? (next.charCodeAt(0) === 0x5186 ? KANJI_FRAG_END.exec(line) ?? KANJI_FRAG.exec(line) : kc ? kf : null);
  const c = f ? (f === kf ? kc : CONT_START.exec(next)) : null;
  if (!f || !c) return null;
  const frag = f[1].replace(/[ \u3000]+$/u, '');
  const cont = c[1];
  // a fragment that could be a whole number (a page number) joins only where a unit or an open group says it goes on
  // (or where prose wrapped mid-number: "…当初予算が4" / "896億円で" — digits right after a word, digits and a unit after them)
  const midNumber = /^[0-9０-９]{1,3}$/u.test(frag) && line.length >= 20 && isWordCode(codeAt(line, line.length - frag.length - 1)) &&
    /^[0-9０-９]{1,4}[億兆]$/u.test(cont);
  const open = /[,，兆億万千百]$/u.test(frag) || /[,，兆億万]/u.test(frag) || /^[,，兆億万千百]/u.test(cont) || (cont === '' && /[兆億万千百]$/u.test(frag)) || midNumber || f === kf;
  if (!open || (!cont && !/[兆億万千百]$/u.test(frag))) return null;
  const joined = (frag + cont).replace(/[ \u3000]/gu, '');
  if (!/^[0-9０-９一二三四五六七八九十]/u.test(joined)) return null;
  // comma groups across the break must still be groups of three
  const groups = joined.split(/[兆億万千百]/u);
  for (const g of groups) {
    const parts = g.split(/[,，]/u);
    if (parts.length > 1 && (parts[0].length > 3 || parts.slice(1).some((p) => p.length !== 3))) return null;
  }
  const ev = evaluateBody(joined);
  if (!ev || ev.bodyStart !== 0) return null;
  const start = line.length - f[1].length;
  const end = start + frag.length;
  const sc = line[start - 1];
  const neg = sc === '△' || sc === '▲';
  return {
    tok: {
      start, end, text: line.slice(start, end), signStart: neg ? start - 1 : start, yen: neg ? -ev.yen : ev.yen, unit: ev.unit,
      sign: neg ? -1 : 1, explicitSign: neg, suffix: null, kanji: ev.kanji, bare: false, warnings: ev.warnings, over: c[0].includes('余'),
    },
    nextLen: c[0].length,
  };
}

export const amountInternals = { isVague, signOf, isHyphenCode };
