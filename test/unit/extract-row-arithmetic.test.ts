// Stage 3, roles in a table row its header could not line up: this year's, last year's and the change told by their
// arithmetic. Examples invented for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';

const rows = (src: string) => extract(src).map((r) => [r.line, r.yen / 1e6, r.fy, (r.previous?.yen ?? 0) / 1e6, (r.change?.yen ?? 0) / 1e6]);

describe('a row under a header over two lines set apart by single spaces', () => {
  const src = [
    '性質別内訳（一般会計）', '（単位：百万円、％）', '区分 令和9年度 令和8年度 増減額 増減率', '原案 復活額 計 構成比 金額 構成比',
    '人件費 1,579,614 - 1,579,614 22.5 1,539,652 22.1 39,962 2.6', '物件費 316,659 155 316,814 4.5 300,788 4.3 16,026 5.3', '',
  ].join('\n');
  it('the figure the change leads to from last year\'s is this year\'s, of the later year; the others are figures of their own', () => {
    const got = rows(src);
    expect(got).toContainEqual([5, 1_579_614, 2027, 1_539_652, 39_962]);
    expect(got).toContainEqual([6, 316_814, 2027, 300_788, 16_026]);
    // (last year's and the change are no records of their own)
    expect(got.filter((r) => r[1] === 1_539_652 || r[1] === 39_962 || r[1] === 300_788)).toEqual([]);
  });
  it('no change heading, or no two years: the same row is left as read (a revenue, a spending and their balance)', () => {
    const balance = ['（単位：千円）', '会計名 歳入決算額 歳出決算額 差引額', '港湾整備事業特別会計 4,518,720 4,407,905 110,815', ''].join('\n');
    expect(rows(balance).map((r) => r[3])).toEqual([0, 0, 0]);
    // (a change word without last year's beside this year's; years without a change word, a series)
    const noYears = ['（単位：千円）', '会計名 収入額 支出額 増減', '港湾整備事業特別会計 4,518,720 4,407,905 110,815', ''].join('\n');
    expect(rows(noYears).length).toBeGreaterThan(0);
    expect(rows(noYears).every((r) => r[3] === 0)).toBe(true);
    const noChange = ['（単位：千円）', '会計名 令和7年度 令和8年度 令和9年度', '港湾整備事業特別会計 4,518,720 4,407,905 110,815', ''].join('\n');
    expect(rows(noChange).length).toBeGreaterThan(0);
    expect(rows(noChange).every((r) => r[3] === 0)).toBe(true);
  });
  it('a difference off by more than the last digit\'s rounding is no change of the two', () => {
    const off = src.replace('39,962', '39,990');
    expect(rows(off)).not.toContainEqual([5, 1_579_614, 2027, 1_539_652, 39_990]);
  });
});

describe('a row one cell a line, last year\'s first', () => {
  // (a web page's table one cell a line, a blank line after each, a group of share columns after the change's)
  const src = ['令和9年度当初予算 科目別内訳', '区分', '令和8年度当初(A)', '令和9年度当初(B)', '増減', '対前年度比', '構成比', '単位:千円', '(B)-(A)', '(B/A)',
    '令和8年度当初', '令和9年度当初', '1.県税', '59,590,667', '59,604,484', '13,817', '100.0%', '10.7%', '11.4%', '2.地方譲与税', '7,130,000', '8,814,000',
    '1,684,000', '123.6%', '1.3%', '1.7%', ''].join('\n\n');
  it('the figure the change leads to from the one before it is this year\'s, of the later year, its change no figure of its own', () => {
    expect(rows(src)).toEqual([[29, 59_604.484, 2027, 59_590.667, 13.817], [43, 8_814, 2027, 7_130, 1_684]]);
  });
  it('without a change word over it (a difference headed 差, revenue less spending\'s word) no such row is read', () => {
    const noChange = ['令和9年度当初予算 科目別内訳', '区分', '令和8年度当初(A)', '令和9年度当初(B)', '差(B)-(A)', '単位:千円', '1.県税', '59,590,667', '59,604,484', '13,817', ''].join('\n\n');
    expect(rows(noChange).map((r) => r[3])).toEqual([0, 0, 0]);
  });
  it('a total over its parts one a line (a part far from the total\'s size) is no such row', () => {
    const parts = ['区分 本年度 前年度 比較', '（単位：千円）', '旅費', '1,624', '1,004', '620', ''].join('\n');
    expect(rows(parts).every((r) => r[3] === 0)).toBe(true);
  });
  it('a series of years\' ends with the change of the last two: each year\'s balance stays a figure of its own', () => {
    const series = ['基金残高の推移', '（単位：百万円）', '', '| 区分 | 令和3年度末 | 令和4年度末 | 令和5年度末 | 令和6年度末 | 令和7年度末 | 増減 |',
      '|  | (決算) | (決算) | (決算) | (決算) | (見込) | (R7-R6) |', '|---|---|---|---|---|---|---|', '| 財政調整基金 | 5,412 | 5,987 | 6,204 | 5,830 | 4,915 | ▲915 |', ''].join('\n');
    expect(rows(series).map((r) => [r[1], r[2], r[3]])).toEqual([[5_412, 2021, 0], [5_987, 2022, 0], [6_204, 2023, 0], [5_830, 2024, 0], [4_915, 2025, 0]]);
  });
});
