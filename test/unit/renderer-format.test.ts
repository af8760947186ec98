import { describe, expect, it } from 'vitest';
import { eraLabel, formatConfidence, formatFiscalYear, formatInteger, formatYen, reviewedPercent } from '../../renderer/format';

describe('renderer formatting', () => {
  it('formats yen in the documents’ notation', () => {
    expect(formatYen(256_600_000_000)).toBe('2,566億円');
    expect(formatYen(237_900_000_000, 'en')).toBe('2,379億円');
    expect(formatYen(1_185_900_000_000)).toBe('1兆1,859億円');
    expect(formatYen(50_000)).toBe('5万円');
    expect(formatYen(9_999)).toBe('9,999円');
    expect(formatYen(null)).toBe('');
    expect(formatYen(undefined)).toBe('');
    expect(formatYen(-28_100_000_000, 'ja')).toBe('△281億円');
  });

  it('formats integers, confidence and review share', () => {
    expect(formatInteger(256_600_000_000)).toBe('256,600,000,000');
    expect(formatInteger(-1234)).toBe('-1,234');
    expect(formatConfidence(0.926)).toBe('93%');
    expect(formatConfidence(1.5)).toBe('100%');
    expect(formatConfidence(null)).toBe('');
    expect(reviewedPercent(0, 0)).toBe(0);
    expect(reviewedPercent(330, 331)).toBe(99);
    expect(reviewedPercent(331, 331)).toBe(100);
  });

  it('shows fiscal years with their era', () => {
    expect(formatFiscalYear(2025)).toBe('2025 / R7');
    expect(formatFiscalYear(2019)).toBe('2019 / R1');
    expect(formatFiscalYear(2018)).toBe('2018 / H30');
    expect(formatFiscalYear(1989)).toBe('1989 / H1');
    expect(formatFiscalYear(null)).toBe('');
    expect(eraLabel(1900)).toBeNull();
    expect(formatFiscalYear(1900)).toBe('1900');
  });
});
