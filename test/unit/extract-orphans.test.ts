// Figures no reader claimed (orphan-figures.ts): bare figures grouped by commas under a declared unit, on lines no reader
// made a record of, become records of the document's stage and year with a low confidence; on examples invented for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';

describe('figures no reader claimed', () => {
  it('a table in a shape no reader knows ("1,219(1,100)" in a pipe cell) still yields its figures, low in confidence, the stage marked a guess', () => {
    const rs = extract(['令和8年度 架空庁予算', '(単位:百万円)', '苗木の調査 | 1,219(1,100) |', '林道の整備費 | 2,322(2,000) |'].join('\n'));
    expect(rs.map((r) => [r.yen / 1e6, r.item, r.fy, r.stage])).toEqual([[1219, '苗木の調査', 2026, 'budget'], [2322, '林道の整備費', 2026, 'budget']]);
    expect(rs.every((r) => r.confidence < 0.6 && r.warnings.some((w) => w.code === 'stage_guessed') && r.flags.includes('unit_from_header'))).toBe(true);
  });
  it('three figures whose third is the first less the second are this year\'s, last year\'s and the change', () => {
    const src = ['令和7年度 主要事業（単位：千円）', '番号\t区分\t事業名\t令和7年度\t令和6年度\t増減\t概要', '9\t\t架空道路改良事業\t186,300\t192,750\t▲6,450\t道路の改良',
      '11　拡充　架空橋梁補強事業 1,875,400 1,520,000 355,400'].join('\n');
    const r = extract(src).find((x) => x.line === 4)!;
    expect([r.yen / 1000, r.previous?.yen, r.change?.yen, r.fy]).toEqual([1875400, 1_520_000_000, 355_400_000, 2025]);
  });
  it('three figures that do not add up stay figures of their own', () => {
    const src = ['令和7年度 主要事業（単位：千円）', '番号\t区分\t事業名\t令和7年度\t令和6年度\t増減\t概要', '9\t\t架空道路改良事業\t186,300\t192,750\t▲6,450\t道路の改良',
      '11　拡充　架空橋梁補強事業 1,875,400 1,520,000 300,000'].join('\n');
    expect(extract(src).filter((x) => x.line === 4).map((r) => [r.yen / 1000, r.previous])).toEqual([[1875400, null], [1520000, null], [300000, null]]);
  });
  it('leaves figures under no declared unit, counts, figures in sentences and cells a reader left beside its row', () => {
    expect(extract(['苗木の調査 | 1,219(1,100) |'].join('\n'))).toEqual([]);
    expect(extract(['(単位:千円)', '配食数 27,410 28,760', '職員数（人） 1,204 1,198'].join('\n'))).toEqual([]);
    expect(extract(['(単位:千円)', 'この記事は有料記事です。残り1,286文字'].join('\n'))).toEqual([]);
    const a = extract(['（単位：千円）', '区 分', '令和６年度', '予定額', '前年度', '予定額', '比較増減', '架空税収入', '612,480,000', '598,310,000', '14,170,000'].join('\n'));
    expect(a.map((r) => r.yen / 1000)).toEqual([612480000]);
    // (a figure with a plus sign is a change, never one of its own: "+1,571" under its row's two figures)
    const plus = extract(['(単位:億円)', '4年度予算', '(当初)', '5年度予算', '23,746', '25,317', '+1,571', '+6.6%'].join('\n'));
    expect(plus.map((r) => r.yen / 1e8)).not.toContain(1571);
  });
});

describe('a long table one cell a line', () => {
  it('figures no reader claimed past sixty lines below the unit, while the table goes on, are still found', () => {
    const rows = Array.from({ length: 30 }, (_, k) => [`架空会計${k + 1} |`, `${(k % 9) + 1}2,345 |`, `${(k % 9) + 1}1,000 |`]).flat();
    const src = ['(1)会計別の決算状況(単位:千円)', '区分 |', '歳入総額 |', '歳出総額 |', ...rows].join('\n');
    const got = extract(src);
    expect(got.filter((r) => r.line > 64).length).toBeGreaterThan(0);
    expect(got.filter((r) => r.line > 64).every((r) => r.unit === '千円')).toBe(true);
  });
});

describe('a unit written before a cell\'s figure', () => {
  it('"千円 (2,814,752) 2,903,145 |" gives the unit to figures no reader claimed below it', () => {
    const src = ['区分 | 令和5年度 | 令和6年度 |', '架空会計 |', '千円 (2,707,228) 2,965,728 |', '千円 (2,814,752) 2,903,145 |', '(2,790,277) 2,794,944 |'].join('\n');
    const got = extract(src).map((r) => r.yen / 1000);
    expect(got).toContain(2903145);
    expect(got).toContain(2794944);
  });
});
