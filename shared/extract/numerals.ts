// Character classes and numeral helpers shared by the amount scanner, money and era parsing.
// Pure functions over single characters / short strings; no regex backtracking.

/** ASCII or full-width decimal digit → its value, else -1. */
export function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export const isArabicDigit = (c: string | undefined): boolean => c !== undefined && c.length > 0 && digitValue(c) >= 0;

export const KANJI_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壱': 1, '弐': 2, '参': 3,
};
/** Multipliers inside a 万-group. */
export const SMALL_UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '千': 1000, '阡': 1000 };
/** Group multipliers (powers of 10). */
export const BIG_UNITS: Record<string, number> = { '万': 4, '萬': 4, '億': 8, '兆': 12 };

export const kanjiDigitValue = (c: string | undefined): number => (c !== undefined && c in KANJI_DIGITS ? KANJI_DIGITS[c] : -1);
export const isKanjiDigit = (c: string | undefined): boolean => kanjiDigitValue(c) >= 0;
export const isSmallUnit = (c: string | undefined): boolean => c !== undefined && c in SMALL_UNITS;
export const isBigUnit = (c: string | undefined): boolean => c !== undefined && c in BIG_UNITS;
export const isUnitChar = (c: string | undefined): boolean => isSmallUnit(c) || isBigUnit(c);
export const isNumeralChar = (c: string | undefined): boolean => isArabicDigit(c) || isKanjiDigit(c);
export const isGroupSep = (c: string | undefined): boolean => c === ',' || c === '，';
export const isDecimalPoint = (c: string | undefined): boolean => c === '.' || c === '．';
export const isInlineSpace = (c: string | undefined): boolean => c === ' ' || c === '\u3000' || c === '\u00a0';

/** Full-width ASCII (digits, letters, punctuation) → half-width; ideographic space → space. Length-preserving. */
export function toHalfWidth(s: string): string {
  // (the runs between the characters changed are copied whole: a string without any is returned as it is)
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!((code >= 0xff01 && code <= 0xff5e) || code === 0x3000)) continue;
    out += s.slice(from, i) + (code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0));
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Value of a kanji numeral such as 十三, 六千九百十六, 二〇二四, 百 (no 万/億/兆) → number, or -1.
 * Positional digit strings (二〇二四) and multiplicative forms (二千二十四) are both read.
 */
export function kanjiSmallNumber(s: string): number {
  if (!s) return -1;
  let total = 0;
  let cur = -1;
  let positional = true;
  for (const c of s) {
    const d = kanjiDigitValue(c);
    if (d >= 0) {
      cur = cur >= 0 && positional ? cur * 10 + d : d;
      continue;
    }
    const m = SMALL_UNITS[c];
    if (m === undefined) return -1;
    positional = false;
    total += (cur >= 0 ? cur : 1) * m;
    cur = -1;
  }
  return total + (cur >= 0 ? cur : 0);
}
