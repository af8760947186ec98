import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatKanjiYen, formatYen, parseAmountInput, parseMoney } from '../../shared/money';

describe('parseMoney: amounts as written', () => {
  const cases: [string, number, string][] = [
    ['2,566億円', 256_600_000_000, '億円'],
    ['1 兆 985 億円', 1_098_500_000_000, '億円'],
    ['2 兆 4,615 億円', 2_461_500_000_000, '億円'],
    ['１，２３４億円', 123_400_000_000, '億円'],
    ['１兆円', 1_000_000_000_000, '兆円'],
    ['10.2億円', 1_020_000_000, '億円'],
    ['0.2億円', 20_000_000, '億円'],
    ['0.5億円', 50_000_000, '億円'],
    ['104.8 兆円', 104_800_000_000_000, '兆円'],
    ['1兆1,859億円', 1_185_900_000_000, '億円'],
    ['1兆784億円', 1_078_400_000_000, '億円'],
    ['十三兆六千九百十六億円', 13_691_600_000_000, '億円'],
    ['二千億円', 200_000_000_000, '億円'],
    ['16,309百万円', 16_309_000_000, '百万円'],
    ['1,500万円', 15_000_000, '万円'],
    ['4千万円', 40_000_000, '千万円'],
    ['1.5千万円', 15_000_000, '千万円'],
    ['1,580,722,000千円', 1_580_722_000_000, '千円'],
    ['1億5,000万円', 150_000_000, '万円'],
    ['1,234円', 1_234, '円'],
  ];
  for (const [text, yen, unit] of cases) {
    it(`${text} = ${yen}`, () => {
      const m = parseMoney(text);
      expect(m).not.toBeNull();
      expect(m!.yen).toBe(yen);
      expect(m!.unit).toBe(unit);
    });
  }
  it('reads signs and changes', () => {
    expect(parseMoney('+1,844億円')).toMatchObject({ yen: 184_400_000_000, change: 'increase' });
    expect(parseMoney('△281億円')).toMatchObject({ yen: -28_100_000_000, sign: -1, change: 'decrease' });
    expect(parseMoney('▲ 50億円')).toMatchObject({ yen: -5_000_000_000 });
    expect(parseMoney('7,719億円増')).toMatchObject({ yen: 771_900_000_000, change: 'increase' });
    expect(parseMoney('12億円減')).toMatchObject({ yen: -1_200_000_000, change: 'decrease' });
  });
  it('reads approximations', () => {
    expect(parseMoney('約9,000億円規模')).toMatchObject({ yen: 900_000_000_000, approximate: true });
    expect(parseMoney('2兆円超')).toMatchObject({ yen: 2_000_000_000_000, approximate: true });
  });
  it('reads a dot standing for a thousands comma as written, with a warning', () => {
    const m = parseMoney('17.031百万円')!;
    expect(m.yen).toBe(17_031_000);
    expect(m.warnings).toContain('dot_as_comma');
  });
  it('is exact where floating point is not', () => {
    expect(parseMoney('0.3億円')!.yen).toBe(30_000_000); // 0.3 * 1e8 = 30000000.000000004 in floats
    expect(parseMoney('1.1兆円')!.yen).toBe(1_100_000_000_000);
    expect(parseMoney('0.07億円')!.yen).toBe(7_000_000);
  });
  it('refuses text that is not one amount', () => {
    for (const s of ['', '円', '千円', '億円', 'abc', '12億円abc', '3億5兆円', '100ドル']) expect(parseMoney(s)).toBeNull();
  });
});

describe('parseAmountInput: strict reviewer input', () => {
  const ok: [string, number][] = [
    ['2,566億円', 256_600_000_000], ['2566億', 256_600_000_000], ['2566 億円', 256_600_000_000],
    ['256,600,000,000', 256_600_000_000], ['256600000000円', 256_600_000_000], ['1兆1,859億円', 1_185_900_000_000],
    ['0.2億円', 20_000_000], ['１，２３４億円', 123_400_000_000], ['△281億円', -28_100_000_000], ['-5億', -500_000_000],
    ['16,309百万円', 16_309_000_000], [' 42円 ', 42],
  ];
  for (const [s, yen] of ok) it(`accepts ${JSON.stringify(s)}`, () => expect(parseAmountInput(s)).toEqual({ ok: true, yen }));
  const bad = ['12億円abc', '1..5億', '', '   ', '0.5円', '1.5', '1,23億', '12,3456', '億円', '3億5兆円', '12億円円', '1 2億円', '約5億円', '5億円程度', '.5億', '5.億', '+'];
  for (const s of bad) {
    it(`refuses ${JSON.stringify(s)} with a message`, () => {
      const r = parseAmountInput(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/[A-Za-z]/);
    });
  }
});

describe('formatYen', () => {
  it('uses the largest clean unit', () => {
    expect(formatYen(256_600_000_000, 'ja')).toBe('2,566億円');
    expect(formatYen(1_185_900_000_000, 'ja')).toBe('1兆1,859億円');
    expect(formatYen(2_000_000_000_000, 'en')).toBe('2兆円');
    expect(formatYen(20_000_000, 'ja')).toBe('2,000万円');
    expect(formatYen(150_000_000, 'ja')).toBe('1億5,000万円');
    expect(formatYen(1_234, 'ja')).toBe('1,234円');
    expect(formatYen(1_580_722_001, 'ja')).toBe('1,580,722,001円');
    expect(formatYen(0, 'ja')).toBe('0円');
    expect(formatYen(-28_100_000_000, 'ja')).toBe('△281億円');
    expect(formatYen(-28_100_000_000, 'en')).toBe('-281億円');
  });
  it('round-trips through the strict input parser', () => {
    fc.assert(fc.property(fc.integer({ min: -9_000_000_000_000_000, max: 9_000_000_000_000_000 }), (yen) => {
      const r = parseAmountInput(formatYen(yen, 'en'));
      return r.ok && r.yen === yen;
    }));
  });
});

// ---------------------------------------------------------------- property: every notation reads back exactly
const commas = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fullWidth = (s: string): string => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('property: write an amount in a notation, read back the same yen', () => {
  const OKU = 100_000_000n;
  const notations: [string, fc.Arbitrary<[string, bigint]>][] = [
    ['comma 億円', fc.bigInt({ min: 1n, max: 99_999_999n }).map((n) => [`${commas(n)}億円`, n * OKU])],
    ['百万円', fc.bigInt({ min: 1n, max: 9_999_999_999n }).map((n) => [`${commas(n)}百万円`, n * 1_000_000n])],
    ['千円', fc.bigInt({ min: 1n, max: 9_999_999_999_999n }).map((n) => [`${commas(n)}千円`, n * 1000n])],
    ['円', fc.bigInt({ min: 0n, max: 9_000_000_000_000_000n }).map((n) => [`${commas(n)}円`, n])],
    ['兆億 combination', fc.tuple(fc.bigInt({ min: 1n, max: 9999n }), fc.bigInt({ min: 1n, max: 9999n }), fc.boolean())
      .map(([c, o, sp]) => [sp ? `${c} 兆 ${commas(o)} 億円` : `${c}兆${commas(o)}億円`, c * 1_000_000_000_000n + o * OKU])],
    ['kanji numerals', fc.bigInt({ min: 1n, max: 9_000_000_000_000_000n }).map((n) => [formatKanjiYen(Number(n)), n])],
    ['full-width digits', fc.bigInt({ min: 1n, max: 99_999_999n }).map((n) => [fullWidth(`${commas(n)}`) + '億円', n * OKU])],
    ['decimals 億円', fc.tuple(fc.bigInt({ min: 0n, max: 99_999n }), fc.integer({ min: 1, max: 99_999_999 }))
      .map(([a, f]) => {
        const fs = String(f).padStart(8, '0').replace(/0+$/, '');
        return [`${a}.${fs}億円`, a * OKU + BigInt(fs.padEnd(8, '0'))];
      })],
    ['decimals 兆円', fc.tuple(fc.bigInt({ min: 0n, max: 999n }), fc.integer({ min: 1, max: 9 })).map(([a, d]) => [`${a}.${d}兆円`, a * 1_000_000_000_000n + BigInt(d) * 100_000_000_000n])],
  ];
  for (const [name, arb] of notations) {
    it(name, () => {
      fc.assert(fc.property(arb, ([text, yen]) => {
        if (yen > BigInt(Number.MAX_SAFE_INTEGER)) return true;
        const m = parseMoney(text);
        return m !== null && m.yen === Number(yen);
      }), { numRuns: 200 });
    });
  }
});
