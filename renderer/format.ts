// Display formatting for the renderer: yen amounts, fiscal years, confidence.
// Yen use shared/money's notation (2,566億円, 1兆1,859億円) in both UI languages: that is
// what reviewers compare against the source text.
import { formatYen as formatMoney } from '../shared/money';
import type { Locale } from './i18n';

const group = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 256_600_000_000 → 2,566億円; 1_185_900_000_000 → 1兆1,859億円; '' for null. */
export function formatYen(yen: number | null | undefined, locale: Locale = 'ja'): string {
  if (yen === null || yen === undefined || !Number.isFinite(yen)) return '';
  return formatMoney(yen, locale);
}

/** Plain digits with thousands separators: 256,600,000,000. */
export function formatInteger(n: number): string {
  if (!Number.isFinite(n)) return '';
  const sign = n < 0 ? '-' : '';
  return sign + group(BigInt(Math.round(Math.abs(n))));
}

/** Japanese era label for a Western fiscal year: 2025 → R7, 2019 → R1, 2018 → H30. */
export function eraLabel(fy: number): string | null {
  if (!Number.isInteger(fy)) return null;
  if (fy >= 2019) return `R${fy - 2018}`;
  if (fy >= 1989) return `H${fy - 1988}`;
  if (fy >= 1926) return `S${fy - 1925}`;
  return null;
}

/** "2025 / R7"; just "1900" when there is no era; '' for null. */
export function formatFiscalYear(fy: number | null | undefined): string {
  if (fy === null || fy === undefined) return '';
  const era = eraLabel(fy);
  return era ? `${fy} / ${era}` : String(fy);
}

/** 0.923 → "92%". */
export function formatConfidence(c: number | null | undefined): string {
  if (c === null || c === undefined || !Number.isFinite(c)) return '';
  return `${Math.round(Math.max(0, Math.min(1, c)) * 100)}%`;
}

/** Share of reviewed records as a whole percent; 0 when there are no records. */
export function reviewedPercent(reviewed: number, total: number): number {
  if (!total) return 0;
  return Math.floor((Math.min(reviewed, total) / total) * 100);
}
