import { describe, expect, it } from 'vitest';
import { findYears, formatFiscalYear, parseFiscalYear, setEraHint } from '../../shared/era';

describe('parseFiscalYear', () => {
  const cases: [string, number | null][] = [
    ['令和6年度予算', 2024], ['令和7年度予算額', 2025], ['令和元年度', 2019], ['令和六年度', 2024], ['令和十年度', 2028],
    ['平成30年度補正予算', 2018], ['平成元年度', 1989], ['昭和63年度', 1988], ['R6年度概算要求', 2024], ['R元年度補正', 2019],
    ['H30年度補正予算で', 2018], ['R5年比較', 2023], ['2024年度', 2024], ['2024 年度の', 2024], ['２０２５年度', 2025],
    ['今和7年度予算額', 2025], ['令和５年度', 2023], ['令和 6 年度', 2024],
    ['令和5年6月16日閣議決定', null], ['2023年10月3日', null], ['R5年9月5日', null], ['FRC型の装置', null], ['予算額', null],
  ];
  for (const [s, y] of cases) it(`${s} → ${y}`, () => expect(parseFiscalYear(s)).toBe(y));
});

describe('findYears', () => {
  it('reads year lists and ranges', () => {
    expect(findYears('R2,3,4年度と大型補正')[0].years).toEqual([2020, 2021, 2022]);
    expect(findYears('2021・2022年度補正予算')[0].years).toEqual([2021, 2022]);
    const r = findYears('2023~2025年度当初予算');
    expect(r[0].years).toEqual([2023, 2025]);
    expect(r[0].range).toBe(true);
  });
  it('flags the OCR slip 今和', () => {
    expect(findYears('今和7年度予算額')[0].ocrReiwa).toBe(true);
    expect(findYears('令和7年度予算額')[0].ocrReiwa).toBe(false);
  });
  it('marks 年度 against 年', () => {
    expect(findYears('令和7年度')[0].fiscal).toBe(true);
    expect(findYears('令和7年~令和13年')[0].fiscal).toBe(false);
  });
  it('formats a fiscal year back', () => {
    expect(formatFiscalYear(2019)).toBe('令和元年度');
    expect(formatFiscalYear(2025)).toBe('令和7年度');
    expect(formatFiscalYear(2018)).toBe('平成30年度');
  });
});

describe('a range of an era\'s years, the era written once', () => {
  it('"令和8～12年度" names 2026 to 2030, "平成30～令和2年度" 2018 to 2020; a lone year after a dash stays itself', () => {
    // (the year ending the range has no era of its own: it is read in the text's era)
    setEraHint('reiwa', 2026);
    expect(findYears('（令和8～12年度）').map((y) => [y.years, y.range])).toEqual([[[2026, 2030], true]]);
    setEraHint(null);
    expect(findYears('平成30～令和2年度').map((y) => [y.years[0], y.years[y.years.length - 1], y.range])).toEqual([[2018, 2020, true]]);
    expect(findYears('件数 - 令和8年度').map((y) => [y.years, y.range])).toEqual([[[2026], false]]);
  });
});

describe('two years named as both ("両年度")', () => {
  it('"令和３、４両年度" names 2021 and 2022', () => {
    expect(findYears('年度　令和３、４両年度').map((y) => y.years)).toEqual([[2021, 2022]]);
  });
});

describe('a range of era-less years', () => {
  it('"23〜27年度" in a text of Western years names 2023 to 2027; "5～7年度" in a 令和 text 2023 to 2025', () => {
    setEraHint('western');
    expect(findYears('23〜27年度の5年間で').map((y) => [y.years, y.range])).toEqual([[[2023, 2027], true]]);
    setEraHint('reiwa');
    expect(findYears('5～7年度の').map((y) => [y.years, y.range])).toEqual([[[2023, 2025], true]]);
    setEraHint(null);
  });
});

describe('a compact year in brackets or closing a label', () => {
  it('"予算額（R5）:" and "予算額 R5" name 2023; "予算額R5" glued and "水素H2" do not', () => {
    setEraHint('reiwa');
    expect(findYears('予算額（R5）: ').map((y) => y.years)).toEqual([[2023]]);
    expect(findYears('  予算額 R5').map((y) => y.years)).toEqual([[2023]]);
    expect(findYears('予算額R5')).toEqual([]);
    expect(findYears('水素H2')).toEqual([]);
    setEraHint(null);
  });
});
