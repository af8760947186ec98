// Exact yen parsing and formatting. Pure TypeScript, integer/BigInt arithmetic only.
import { evaluateBody, scanAmounts } from './extract/amounts';
import { isArabicDigit, toHalfWidth } from './extract/numerals';

export interface ParsedMoney {
  /** Signed integer yen. */
  yen: number;
  /** The unit as written: 円, 千円, 万円, 百万円, 千万円, 億円, 兆円. */
  unit: string;
  sign: 1 | -1;
  /** 増 / 減 after the amount, or an explicit + / △ / ▲ sign. */
  change: 'increase' | 'decrease' | null;
  approximate: boolean;
  /** Warning codes (see extract/warnings.ts), e.g. dot_as_comma, kanji_numeral. */
  warnings: string[];
}

const APPROX_BEFORE = /^(?:約|およそ|概ね)\s*/u;
const APPROX_AFTER = /\s*(?:程度|規模|超|弱|強|余り|前後)$/u;

/**
 * Parse one amount as written, e.g. `2,566億円`, `1 兆 985 億円`, `１，２３４億円`, `0.2億円`, `1兆1,859億円`,
 * `十三兆六千九百十六億円`, `+1,844億円`, `△281億円`, `7,719億円増`. The whole string must be the amount
 * (surrounding spaces, a leading 約 and a trailing 程度/規模/超/弱 are allowed). Returns null otherwise.
 */
export function parseMoney(text: string): ParsedMoney | null {
  let s = text.trim();
  let approximate = false;
  const a = APPROX_BEFORE.exec(s);
  if (a) { approximate = true; s = s.slice(a[0].length); }
  const b = APPROX_AFTER.exec(s);
  if (b) { approximate = true; s = s.slice(0, s.length - b[0].length); }
  let change: ParsedMoney['change'] = null;
  if (s.endsWith('増')) { change = 'increase'; s = s.slice(0, -1); } else if (s.endsWith('減')) { change = 'decrease'; s = s.slice(0, -1); }
  const toks = scanAmounts(s);
  if (toks.length !== 1) return null;
  const t = toks[0];
  if (t.signStart !== 0 || t.end !== s.length) return null;
  let yen = t.yen;
  let sign = t.sign;
  if (change === 'decrease' && yen > 0) { yen = -yen; sign = -1; }
  if (t.explicitSign) change = change ?? (t.sign < 0 ? 'decrease' : 'increase');
  return { yen, unit: t.unit, sign, change, approximate, warnings: [...t.warnings] };
}

/** A refusal carries a code and parameters for the UI to word, and an English message for the CLI. */
export type AmountInputResult = { ok: true; yen: number } | { ok: false; error: string; code: string; params?: Record<string, string | number> };

/**
 * Strict reader for amounts typed by a reviewer. Accepts `2,566億円`, `2566億`, `2566 億円`,
 * `256,600,000,000`, `256600000000円`, `1兆1,859億円`, `0.2億円`, full-width digits, a leading
 * `-`/`△`/`▲`/`+`. Refuses anything it cannot read exactly, with an English message.
 */
export function parseAmountInput(input: string): AmountInputResult {
  if (typeof input !== 'string') return { ok: false, error: 'Amount must be text.', code: 'amount_not_text' };
  let s = toHalfWidth(input).trim();
  if (!s) return { ok: false, error: 'Amount is empty.', code: 'amount_empty' };
  let sign = 1;
  if (/^[-−△▲]/u.test(s)) { sign = -1; s = s.slice(1).trim(); } else if (s.startsWith('+')) s = s.slice(1).trim();
  if (!s) return { ok: false, error: 'Amount has a sign but no number.', code: 'amount_sign_only' };
  const bad = /[^0-9,.\s兆億万千百十円]/u.exec(s);
  if (bad) return { ok: false, error: `Unexpected character "${bad[0]}" at position ${input.indexOf(bad[0]) + 1}.`, code: 'amount_bad_char', params: { char: bad[0], pos: input.indexOf(bad[0]) + 1 } };
  if (/\.\s*\./.test(s) || /\.[^0-9]/.test(s) || /(^|[^0-9])\./.test(s)) return { ok: false, error: 'A decimal point must stand between digits, once per number.', code: 'amount_decimal' };
  if (/,[^0-9]|(^|[^0-9]),/.test(s) || /,,/.test(s)) return { ok: false, error: 'A comma must stand between digits.', code: 'amount_comma' };
  if (/[0-9]\s+[0-9]/.test(s)) return { ok: false, error: 'Two numbers are separated only by a space.', code: 'amount_space' };
  if ((s.match(/円/g) ?? []).length > 1 || (s.includes('円') && !s.endsWith('円'))) return { ok: false, error: '円 may appear once, at the end.', code: 'amount_yen_sign' };
  for (const num of s.match(/[0-9][0-9,.]*/g) ?? []) {
    if ((num.match(/\./g) ?? []).length > 1) return { ok: false, error: `"${num}" has more than one decimal point.`, code: 'amount_two_points', params: { num } };
    const [intPart] = num.split('.');
    if (intPart.includes(',')) {
      const g = intPart.split(',');
      if (g[0].length === 0 || g[0].length > 3 || g.slice(1).some((x) => x.length !== 3)) {
        return { ok: false, error: `"${num}" has commas that do not group digits by three.`, code: 'amount_grouping', params: { num } };
      }
    }
  }
  const body = s.replace(/円$/u, '').replace(/\s+/g, '');
  if (!body || !isArabicDigit(body[0])) return { ok: false, error: 'Amount must start with a digit.', code: 'amount_start' };
  if (/[千百十]$/u.test(body) && !/[0-9]$/.test(body.slice(0, -1))) return { ok: false, error: 'Cannot read the unit at the end.', code: 'amount_unit_end' };
  const ev = evaluateBody(body);
  if (!ev || ev.bodyStart !== 0) return { ok: false, error: 'Cannot read the amount: units are out of order or misplaced.', code: 'amount_unit_order' };
  if (ev.warnings.includes('fractional_yen')) return { ok: false, error: 'The amount is not a whole number of yen.', code: 'amount_fraction' };
  if (ev.warnings.includes('unsafe_integer')) return { ok: false, error: 'The amount is too large to store exactly.', code: 'amount_too_large' };
  return { ok: true, yen: sign * ev.yen };
}

const withCommas = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Analyst-style display: the largest clean unit representation.
 * 256600000000 → 2,566億円; 1185900000000 → 1兆1,859億円; 20000000 → 2,000万円; 1234 → 1,234円;
 * 150000000 → 1億5,000万円. Negative amounts get △ (ja) or - (en).
 */
export function formatYen(yen: number, locale: 'ja' | 'en' = 'ja'): string {
  if (!Number.isFinite(yen)) return String(yen);
  const neg = yen < 0;
  const v = BigInt(Math.round(Math.abs(yen)));
  const prefix = neg ? (locale === 'ja' ? '△' : '-') : '';
  if (v === 0n) return '0円';
  const CHO = 10n ** 12n, OKU = 10n ** 8n, MAN = 10n ** 4n;
  let body: string;
  if (v % MAN !== 0n) body = withCommas(v) + '円';
  else {
    const cho = v / CHO;
    const oku = (v % CHO) / OKU;
    const man = (v % OKU) / MAN;
    const parts: string[] = [];
    if (cho) parts.push(withCommas(cho) + '兆');
    if (oku) parts.push(withCommas(oku) + '億');
    if (man) parts.push(withCommas(man) + '万');
    body = parts.join('') + '円';
  }
  return prefix + body;
}

const KD = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Kanji numeral spelling of a non-negative integer yen amount, e.g. 十三兆六千九百十六億円. */
export function formatKanjiYen(yen: number): string {
  let v = BigInt(Math.round(Math.abs(yen)));
  if (v === 0n) return '零円';
  const groupNames = ['', '万', '億', '兆', '京'];
  const parts: string[] = [];
  let g = 0;
  while (v > 0n) {
    const n = Number(v % 10000n);
    if (n) {
      let s = '';
      const th = Math.floor(n / 1000), hu = Math.floor(n / 100) % 10, te = Math.floor(n / 10) % 10, on = n % 10;
      if (th) s += (th > 1 ? KD[th] : '') + '千';
      if (hu) s += (hu > 1 ? KD[hu] : '') + '百';
      if (te) s += (te > 1 ? KD[te] : '') + '十';
      if (on) s += KD[on];
      parts.unshift(s + groupNames[g]);
    }
    v /= 10000n;
    g++;
  }
  return (yen < 0 ? '△' : '') + parts.join('') + '円';
}
