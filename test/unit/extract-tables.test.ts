// Stage 2 and 3, flattened tables: the column model read from a header, and each flattened form
// (cells one per line by row or by column, rows glued by spaces, a whole table on one line,
// pipes, label/value pairs, rows of amounts with units); on tables invented for these tests.
import { afterEach, describe, expect, it } from 'vitest';
import { setEraHint } from '../../shared/era';
import { readColumns } from '../../shared/extract/celltables';
import { captionUnit, cellLinesHeaderJoined, cellLinesOverSpaceRow, yearLinesOverSpaceRows, declaredUnit, pipeRowCellLines, slashColumnsToPipes, tabHeaderJoined, tabQuotedJoined, verticalHeaderJoined } from '../../shared/extract/lines';
import { extract, type Extracted } from '../../shared/extract';
import { spansOk } from '../helpers/extracted';

afterEach(() => setEraHint(null));
const rows = (rs: Extracted[]) => rs.map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null]);

describe('column model', () => {
  it('years before their columns, this year first; change and ratio columns', () => {
    setEraHint('reiwa');
    const cols = readColumns('区分 令和9年度 予算額 A 令和8年度 予算額 B 比較増減額 (A-B) 増減率 (%) 備考', 2027);
    expect(cols.map((c) => [c.role, c.stage, c.fy])).toEqual([
      ['primary', 'budget', 2027], ['previous', 'budget', 2026], ['change', null, null], ['pct', null, null], ['note', null, null],
    ]);
  });
  it('years stacked before their columns; a title naming figures is no column', () => {
    setEraHint('heisei');
    const cols = readColumns('2 平成30年度 特別会計予算額調 平成30年度 平成29年度 当初予算額 当初予算額 比較 増減 %', 2018);
    expect(cols.map((c) => [c.role, c.fy])).toEqual([['primary', 2018], ['previous', 2017], ['change', null], ['pct', null]]);
  });
  it('a year with a unit heads a column; 補正後 is the budget', () => {
    setEraHint('heisei');
    expect(readColumns('30 年度(百万円) 29 年度(百万円) 比較増△減(百万円)', 2018).map((c) => [c.role, c.fy])).toEqual([['primary', 2018], ['previous', 2017], ['change', null]]);
    expect(readColumns('補正額 補正後', 2019).map((c) => c.stage)).toEqual(['supplementary', 'budget']);
  });
  it('column words a flattening broke over lines are one word each (本年度 / 予算額, 比較 / 増△減)', () => {
    expect(readColumns('事 項 本年度 予算額 前年度 予算額 比較 増△減', 2025).map((c) => [c.role, c.stage, c.fy])).toEqual([
      ['primary', 'budget', 2025], ['previous', 'budget', 2024], ['change', null, null],
    ]);
  });
  it('前年度 当初予算額 over two lines is the previous year column, before this year', () => {
    expect(readColumns('区分 前年度 当初予算額 令和9年度 当初予算額 増減', 2027).map((c) => [c.role, c.fy])).toEqual([
      ['previous', 2026], ['primary', 2027], ['change', null],
    ]);
  });
  it('years alone head the figure columns (款 令和9年度 令和8年度 増減): this year, last year, the change', () => {
    expect(readColumns('款　令和9年度　令和8年度　増減', 2027).map((c) => [c.role, c.fy])).toEqual([['primary', 2027], ['previous', 2026], ['change', null]]);
    const text = ['第2表 款別歳出予算', '単位：億円', '款　　　令和9年度　　令和8年度　　増減', '衛生費　　　64.2　　　　61.0　　　3.2', '消防費　　　20.5　　　　21.4　　△0.9'].join('\n');
    expect(extract(text).map((r) => [r.item, r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['衛生費', 6420000000, 2027, 6100000000, 320000000], ['消防費', 2050000000, 2027, 2140000000, -90000000],
    ]);
  });
  it('a one-cell-per-line table whose header words are split over lines reads this year, last year and the change', () => {
    const text = ['令和7年度 歳出予算事項別表', '（単位：千円）', '事　項', '本年度', '予算額', '前年度', '予算額', '比較', '増△減',
      '観光振興費', '2,345,678', '2,300,000', '45,678', '公園管理費', '512,000', '530,400', '△18,400'].join('\n');
    const rs = extract(text);
    spansOk(text, rs);
    expect(rs.map((r) => [r.item, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['観光振興費', 2345678000, 'budget', 2025, 2300000000, 45678000],
      ['公園管理費', 512000000, 'budget', 2025, 530400000, -18400000],
    ]);
  });
});

describe('flattened tables', () => {
  it('a 事項別表 in 千円 with its cells split one per line, row by row', () => {
    const src = [
      '令和9年度 一般会計予算 事項別明細書', '', '(単位:千円)', '事項', '本年度予算額', '前年度予算額', '比較',
      '庁舎管理費', '48,200', '45,900', '2,300',
      '情報システム運用費', '130,450', '142,000', '△11,550',
      '職員研修費', '6,180', '6,180', '0', '',
    ].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rows(rs)).toEqual([
      [9, 48_200_000, 'budget', 2027, 45_900_000, 2_300_000],
      [13, 130_450_000, 'budget', 2027, 142_000_000, -11_550_000],
      [17, 6_180_000, 'budget', 2027, 6_180_000, null],
    ]);
    expect(rs.map((r) => r.item)).toEqual(['庁舎管理費', '情報システム運用費', '職員研修費']);
    expect(rs.every((r) => r.flags.includes('unit_from_header'))).toBe(true);
  });
  it('cells one per line, column by column, after all the row labels', () => {
    const src = [
      '平成30年度 概算要求の概要', '(単位:億円)', '区分', '平成30年度', '要求額', '平成29年度', '予算額', '増減額', '伸率',
      '港湾整備', '空港整備', '航路標識',
      '2,410', '980', '45',
      '2,300', '1,010', '45',
      '110', 'マイナス 30', '0',
      '4.8', '△3.0', '0.0', '',
    ].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rows(rs)).toEqual([
      [13, 241_000_000_000, 'request', 2018, 230_000_000_000, 11_000_000_000],
      [14, 98_000_000_000, 'request', 2018, 101_000_000_000, -3_000_000_000],
      [15, 4_500_000_000, 'request', 2018, 4_500_000_000, null],
    ]);
    expect(rs.map((r) => r.item)).toEqual(['港湾整備', '空港整備', '航路標識']);
  });
  it('rows glued by spaces, the previous year before this year, a total column', () => {
    const src = [
      '令和10年度 概算要求・要望(単位:億円)', '令和9年度当初予算額 令和10年度要求額 要望額 計 対前年比',
      '森林整備 820 790 60 850 104%', '治山対策 610 600 25 625 102%', '',
    ].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    // the previous year compares with the row's total
    expect(rs.filter((r) => r.line === 3).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [79_000_000_000, 'request', 2028, null], [6_000_000_000, 'request', 2028, null], [85_000_000_000, 'request', 2028, 82_000_000_000],
    ]);
  });
  it('a whole table glued on one line, a chart axis and ratios left out', () => {
    const src = '平成29年度 決算の概要 歳入歳出の推移 単位:百万円 50,000 40,000 30,000 20,000 10,000 0 ' +
      '会計別 (単位:千円) 平成29年度 平成28年度 決算額 決算額 比較 増減 % 一 般 会 計 52,100,400 51,300,200 800,200 1.56 ' +
      '国 保 会 計 18,400,000 18,900,500 △ 500,500 △ 2.65 全 体 の 構 成 は 次 の と お り 。';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rows(rs)).toEqual([
      [1, 52_100_400_000, 'settlement', 2017, 51_300_200_000, 800_200_000],
      [1, 18_400_000_000, 'settlement', 2017, 18_900_500_000, -500_500_000],
    ]);
  });
  it('label and value lines: this year, last year, the difference', () => {
    const src = ['平成29年版 白書', '(3)避難訓練の推進', '', '29年度予算額', '58百万円', '28年度予算額', '51', '差引増△減', '7', ''].join('\n');
    const rs = extract(src);
    expect(rows(rs)).toEqual([[5, 58_000_000, 'budget', 2017, 51_000_000, 7_000_000]]);
  });
  it('pipe tables: row numbers are labels, each column its stage', () => {
    const src = [
      '令和9年度当初予算 河川維持費', '要求額を見る | 査定額を見る | (単位 千円) |', '[財源の内訳]', '令和9 年度要求 |', '令和9 年度査定 |',
      '1 県債 | 40,000 | 36,000 |', '合計 | 40,000 | 36,000 |', '',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.yen, r.stage])).toEqual([
      [6, 40_000_000, 'request'], [6, 36_000_000, 'budget'], [7, 40_000_000, 'request'], [7, 36_000_000, 'budget'],
    ]);
  });
  it('rows of amounts with units under a header of column words, aligned right', () => {
    const src = ['令和9年度6月補正予算', '補正額 補正後', '一般会計 12億3,400万円 8,410億2,000万円', '企業会計 312億5,000万円', ''].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.yen, r.stage])).toEqual([
      [3, 1_234_000_000, 'supplementary'], [3, 841_020_000_000, 'budget'], [4, 31_250_000_000, 'budget'],
    ]);
  });
  it('補正前 / 補正額 / 補正後: three figures of their own, in tab and in space-glued rows', () => {
    for (const sep of ['\t', ' ']) {
      const src = `令和9年度 9月補正予算案\n(単位:千円)\n区分${sep}補正前の額${sep}補正額${sep}補正後の額\n一般会計${sep}612,400,000${sep}5,230,000${sep}617,630,000\n`;
      expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([
        [612_400_000_000, 'budget', 2027], [5_230_000_000, 'supplementary', 2027], [617_630_000_000, 'budget', 2027],
      ]);
    }
  });
  it('a row named for one supplementary budget keeps the 補正後 column as the budget', () => {
    const src = ['令和9年度 補正予算の推移', '（単位：億円）', '区分\t補正額\t補正後の予算総額', '第１号補正\t8\t434', '第２号補正\t12\t446', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([
      [800_000_000, 'supplementary'], [43_400_000_000, 'budget'], [1_200_000_000, 'supplementary'], [44_600_000_000, 'budget'],
    ]);
  });
  it('a settlement revenue table: columns (調定額, 不納欠損額, 収入未済額) are settlement figures; 予算現額 is the budget', () => {
    const text = ['令和5年度 歳入決算書', '（単位：円）', '款\t予算現額\t調定額\t収入済額\t不納欠損額\t収入未済額',
      '使用料\t1,200,000\t1,250,000\t1,180,000\t20,000\t50,000'].join('\n');
    expect(extract(text).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [1200000, 'budget', 2023], [1250000, 'settlement', 2023], [1180000, 'settlement', 2023], [20000, 'settlement', 2023], [50000, 'settlement', 2023],
    ]);
  });
  it('a spreadsheet saved as CSV with quoted cells reads like a tab table (commas inside figures stay)', () => {
    const text = ['令和8年度 当初予算 主要事業（単位：千円、％）', '"事業名","令和8年度","令和7年度","増減額","増減率"',
      '"図書館運営事業","88,200","80,000","8,200","10.3"', '"公園維持管理事業","31,000","33,500","△2,500","△7.5"'].join('\n');
    const rs = extract(text);
    spansOk(text, rs);
    expect(rs.map((r) => [r.item, r.text, r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['図書館運営事業', '88,200', 88200000, 2026, 80000000, 8200000], ['公園維持管理事業', '31,000', 31000000, 2026, 33500000, -2500000],
    ]);
  });
  it('tab tables whose header cells a flattening glued together', () => {
    const src = '令和9年度 概算要求(単位:億円)\n事項\t令和8年度予算額 令和9年度要求額\n林道整備\t210\t236\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([[23_600_000_000, 'request', 2027, 21_000_000_000]]);
  });
  it('settlement columns: carried over and unspent are settlement figures; 補正前 + 補正額 = 計', () => {
    const kessan = extract('令和7年度 特別会計決算 (単位:百万円)\n区分 予算現額 支出済額 翌年度繰越額 不用額\n国民健康保険 18,420 17,905 120 395\n');
    expect(kessan.map((r) => [r.yen, r.stage])).toEqual([
      [18_420_000_000, 'budget'], [17_905_000_000, 'settlement'], [120_000_000, 'settlement'], [395_000_000, 'settlement'],
    ]);
    const hosei = extract('令和9年度9月補正予算案の概要\n(単位:千円)\n会計名 補正前の額 補正額 計\n一般会計 61,240,000 1,305,600 62,545,600\n');
    expect(hosei.map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [61_240_000_000, 'budget', 2027], [1_305_600_000, 'supplementary', 2027], [62_545_600_000, 'budget', 2027],
    ]);
  });
  it('cells that carry their units, one per line, row by row', () => {
    const src = ['令和10年度 概算要求の概要', '', '令和10年度 要求額', '令和9年度 予算額', '一般会計', '2,310 億円', '2,205 億円', 'うち、研究開発', '820 億円', '790 億円', ''].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs.map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.item])).toEqual([
      [6, 231_000_000_000, 'request', 2028, 220_500_000_000, '一般会計'], [9, 82_000_000_000, 'request', 2028, 79_000_000_000, '研究開発'],
    ]);
  });
  it('cells that carry their units one per line under groups\' names, a rate closing each row, later rows on one line each', () => {
    const src = ['令和8年度 会計別決算の状況', '区分', '令和8年度', '令和7年度', '増減額', '増減率', '一般会計', '歳入', '41億2300万円', '39億8800万円', '1億3500万円', '3.4%',
      '歳出', '39億100万円', '38億2000万円', '8100万円', '2.1%', '介護保険', '歳入', '8億4410万円 8億1200万円 3210万円 4.0%', '歳出', '8億1900万円 8億3300万円 △1400万円 △1.7%', ''].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs.map((r) => [r.item, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['一般会計 歳入', 4_123_000_000, 'settlement', 2026, 3_988_000_000, 135_000_000], ['一般会計 歳出', 3_901_000_000, 'settlement', 2026, 3_820_000_000, 81_000_000],
      ['介護保険 歳入', 844_100_000, 'settlement', 2026, 812_000_000, 32_100_000], ['介護保険 歳出', 819_000_000, 'settlement', 2026, 833_000_000, -14_000_000],
    ]);
  });
  it('a web page\'s pipe table of an amendment: its unit under it, a title over it, a row broken inside a cell, a row whose amendment cell was dropped', () => {
    const src = ['令和9年度9月補正予算', '| 会計名 | 補正前の額 | 補正額 | 計 | |', '|---|---|---|---|---|', '| 一般会計 | 51,204,300  | ', '    △62,150 | 51,142,150  | ', '  |',
      '| 水道事業会計 | 3,120,400 | 2,310 | 3,122,710 | |', '| 公債管理 | 4,880,120 | 4,880,120 | ||', '(単位:千円)', ''].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs.map((r) => [r.line, r.item, r.yen, r.stage, r.fy])).toEqual([
      [4, '一般会計', 51_204_300_000, 'budget', 2027], [5, '一般会計', -62_150_000, 'supplementary', 2027], [5, '一般会計', 51_142_150_000, 'budget', 2027],
      [7, '水道事業会計', 3_120_400_000, 'budget', 2027], [7, '水道事業会計', 2_310_000, 'supplementary', 2027], [7, '水道事業会計', 3_122_710_000, 'budget', 2027],
      [8, '公債管理', 4_880_120_000, 'budget', 2027], [8, '公債管理', 4_880_120_000, 'budget', 2027],
    ]);
  });
  it('a table whose cells carry their units, glued on one line', () => {
    const src = '令和10年度 概算要求の概要 区分 令和10年度 要求額 令和9年度 予算額 一般会計 2,310 億円 2,205 億円 うち、研究開発 820 億円 790 億円 特別会計 415 億円 420 億円\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs.map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [231_000_000_000, 'request', 2028, 220_500_000_000], [82_000_000_000, 'request', 2028, 79_000_000_000], [41_500_000_000, 'request', 2028, 42_000_000_000],
    ]);
  });
  it('several rows glued on one line under a header read above it', () => {
    const src = [
      '款別支出状況', '(単位 円・%)', '区分', '支出済額', '構成比', '支出済額', '構成比', '増減額',
      '議会費 512,300,100 0.6 498,000,000 0.6 14,300,100 土木費 9,800,450,000 11.2 9,120,000,000 10.9 680,450,000', '',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [512_300_100, 498_000_000, 14_300_100], [9_800_450_000, 9_120_000_000, 680_450_000],
    ]);
  });

  it('a change row under a row of figures is each figure\'s change; a two-character heading spread out, 区　分, heads the labels', () => {
    const src = [
      '令和8年9月　東河村　地方債の状況', '（単位：千円）',
      '  区　分              R4年度末      R5年度末      R6年度末      R7年度末',
      '  一般会計債          3,120,400     3,050,210     2,998,733     3,102,915',
      '  合　計              5,230,118     5,145,306     5,072,880     5,101,245',
      '  前年度末からの増減    △95,406      △84,812      △72,426       28,365', '',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.change?.yen ?? null])).toEqual([
      [3_120_400_000, 2022, 'other', null], [3_050_210_000, 2023, 'other', null], [2_998_733_000, 2024, 'other', null], [3_102_915_000, 2025, 'other', null],
      [5_230_118_000, 2022, 'other', -95_406_000], [5_145_306_000, 2023, 'other', -84_812_000], [5_072_880_000, 2024, 'other', -72_426_000], [5_101_245_000, 2025, 'other', 28_365_000],
    ]);
    // (歳入歳出差引 is the settlement's balance, a figure of its own)
    const bal = extract(['令和7年度　決算の状況', '（単位：千円）', '  区　分          決算額', '  歳入総額        12,500,300', '  歳出総額        11,980,100', '  歳入歳出差引       520,200', ''].join('\n'));
    expect(bal.map((r) => [r.yen, r.change?.yen ?? null])).toEqual([[12_500_300_000, null], [11_980_100_000, null], [520_200_000, null]]);
  });
  it('this year\'s row over last year\'s, and no third, is a comparison: the lower row is the previous year', () => {
    const head = ['令和6年度　北野市一般会計歳出決算の審査', '                                        （単位：千円、%）', '  区　分          予算現額        支出済額        執行率'];
    const rs = extract([...head, '  令和6年度      31,204,500      29,880,310      95.8', '  令和5年度      30,118,200      28,760,455      95.5', ''].join('\n'));
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([[31_204_500_000, 2024, 'budget', 30_118_200_000], [29_880_310_000, 2024, 'settlement', 28_760_455_000]]);
    // (three years down the rows are a series: each row its year's figures)
    const series = extract([...head, '  令和6年度      31,204,500      29,880,310      95.8', '  令和5年度      30,118,200      28,760,455      95.5', '  令和4年度      29,560,000      28,101,200      95.1', ''].join('\n'));
    expect(series.map((r) => [r.fy, r.previous?.yen ?? null])).toEqual([[2024, null], [2024, null], [2023, null], [2023, null], [2022, null], [2022, null]]);
  });
  it('a column of one figure per row reads a short figure under the rows above and a total spread out, 合　計', () => {
    const src = [
      '令和８年度９月補正予算の概要', '', '財源内訳（一般会計）', '                                  （単位：百万円）', '  区　分                   補正額',
      '  国庫支出金                6,120', '  県債                      3,480', '  諸収入                      145', '  合　計                    9,745', '',
      '  職員数（一般職）              612', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.stage])).toEqual([
      [6_120_000_000, '国庫支出金', 'supplementary'], [3_480_000_000, '県債', 'supplementary'], [145_000_000, '諸収入', 'supplementary'], [9_745_000_000, '合計', 'supplementary'],
    ]);
  });
  it('headings one a line, each a year and what it counts, pair last year\'s figure with this year\'s of the same name', () => {
    const src = [
      '港湾局所管　特別会計予算一覧', '令和10年度予算（案）', '（単位：百万円）', '',
      '会計名', '令和9年度当初 歳入', '令和9年度当初 歳出', '令和10年度 歳入', '令和10年度 歳出', '歳出 比較増減', '',
      '埠頭整備特別会計', '（東埠頭勘定）', '120,400', '118,200', '125,900', '121,050', '2,850', '',
      '旅客船事業特別会計', '8,310', '8,100', '7,940', '7,720', '△380', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [125_900_000_000, '埠頭整備特別会計（東埠頭勘定） 歳入', 2028, 120_400_000_000, null], [121_050_000_000, '埠頭整備特別会計（東埠頭勘定） 歳出', 2028, 118_200_000_000, 2_850_000_000],
      [7_940_000_000, '旅客船事業特別会計 歳入', 2028, 8_310_000_000, null], [7_720_000_000, '旅客船事業特別会計 歳出', 2028, 8_100_000_000, -380_000_000],
    ]);
  });
  it('a Markdown table of two names in two years pairs each name\'s years; rows of last year and of changes under a row go with it', () => {
    const src = [
      '# 東野町と西野町の2028年度予算', '', '| 項目 | 東野町 | 西野町 |', '|:--|--:|--:|', '| 一般会計（R10当初） | 312億円 | 287億円 |', '| 一般会計（R9当初） | 305億円 | 291億円 |', '| 増減 | +7億円 | -4億円 |', '',
      '単位：百万円', '', '| 費目 | 東野 R10 | 東野 R9 | 西野 R10 | 西野 R9 |', '|---|---:|---:|---:|---:|', '| 衛生費 | 2,140 | 2,010 | 1,980 | 2,050 |', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [31_200_000_000, '一般会計（R10当初） 東野町', 2028, 30_500_000_000, 700_000_000], [28_700_000_000, '一般会計（R10当初） 西野町', 2028, 29_100_000_000, -400_000_000],
      [2_140_000_000, '衛生費 東野', 2028, 2_010_000_000, null], [1_980_000_000, '衛生費 西野', 2028, 2_050_000_000, null],
    ]);
  });
});

describe('a header naming parts of a row', () => {
  it('words a header gives no role head a part figure each, beside the columns it names (合計 | 前年度 | 比較)', () => {
    const src = [
      '西浜広域事務組合　令和10年度予算', '■構成市町別負担金　　　　　　　（単位：千円）',
      '構成市町      均等割      人口割        合計      前年度      比較',
      '西浜市        30,000     812,400     842,400     801,300    41,100',
      '東浜町        30,000     215,600     245,600     251,000    ▲5,400', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [30_000_000, '西浜市 均等割', null, null], [812_400_000, '西浜市 人口割', null, null], [842_400_000, '西浜市 合計', 801_300_000, 41_100_000],
      [30_000_000, '東浜町 均等割', null, null], [215_600_000, '東浜町 人口割', null, null], [245_600_000, '東浜町 合計', 251_000_000, -5_400_000],
    ]);
  });
});

describe('budget compilation and plans', () => {
  it('last year\'s budget goes with the decided budget beside a request (要求額 | 査定額 | 市長査定額 | 前年度予算額)', () => {
    const src = ['令和10年度 北山市予算編成過程の公開', '単位：千円', '', 'No.\t事業名\t要求額\t財政課長査定額\t市長査定額\t差引\t前年度予算額',
      '1\t道路照明LED化事業\t52,400\t40,000\t45,000\t▲7,400\t38,600', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [52_400_000, 'request', null, null], [40_000_000, 'budget', null, null], [45_000_000, 'budget', 38_600_000, -7_400_000],
    ]);
  });
  it('a plan dated in the budget season sets out from next year\'s budget; 歳入合計 names a row of a series', () => {
    const src = ['東浜市 中期財政見通し（令和10年2月推計）', '', '一般会計の収支見通し　　　（単位：百万円）', '区分\t10年度\t11年度\t12年度', '歳入合計\t98,400\t97,100\t96,300', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.stage])).toEqual([
      [98_400_000_000, '歳入合計', 2028, 'budget'], [97_100_000_000, '歳入合計', 2029, 'other'], [96_300_000_000, '歳入合計', 2030, 'other'],
    ]);
  });
});

describe('headers of plain words', () => {
  it('a table under (単位：件、円) whose words name no column: each word heads its cells; a count\'s column and a five-year total', () => {
    const src = [
      '南川町ふるさと寄附金の受入状況（各年度決算）', '　　　　　　　　　　　　　　　　（単位：件、円）', '　年　度　　　　寄附件数　　　　寄附金額　　　　返礼品等経費',
      '　令和５年度　　 8,210　　    312,400,000　　  141,800,000', '　令和６年度　　 9,955　　    398,120,000　　  180,300,500', '　２年間合計　　18,165　　　  710,520,000　　  322,100,500', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.stage, r.flags.includes('multi_year')])).toEqual([
      [312_400_000, '寄附金額', 2023, 'settlement', false], [141_800_000, '返礼品等経費', 2023, 'settlement', false],
      [398_120_000, '寄附金額', 2024, 'settlement', false], [180_300_500, '返礼品等経費', 2024, 'settlement', false],
      [710_520_000, '２年間合計 寄附金額', null, 'other', true], [322_100_500, '２年間合計 返礼品等経費', null, 'other', true],
    ]);
  });
  it('headings one a line with a ratio between: last year\'s column (前年同期支出済額) goes with its own word\'s figure', () => {
    const src = ['北浜市の財政事情（令和10年度上半期）', '（単位：千円、％）', '区分', '予算現額', '支出済額', '執行率', '前年同期支出済額',
      '総務費', '4,210,300', '1,980,114', '47.0', '1,844,020', '民生費', '12,400,000', '6,020,560', '48.5', '5,815,300', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.previous?.yen ?? null])).toEqual([
      [4_210_300_000, '総務費', null], [1_980_114_000, '総務費', 1_844_020_000], [12_400_000_000, '民生費', null], [6_020_560_000, '民生費', 5_815_300_000],
    ]);
  });
});

describe('years of a request\'s history side by side', () => {
  it('R5当初 … R8補正 … R9要求 and 増△減: the older years are figures of their own, the year before the request its previous', () => {
    const src = [
      '令和９年度 概算要求の概要', '令和８年８月', '', '２　要求額の推移',
      '　　　　　　　　　　　　　　　　　　　　　　　　　（単位：百万円）',
      '区　分　　　　　　　　　　　　　       R5       R6       R7       R8       R9      増△減',
      '　　　　　　　　　　　　　　　　       当初       補正       当初       当初       要求  (R9-R8)',
      '港湾脱炭素化推進交付金　　　　　   12,000    8,400   15,500   16,200   19,800    3,600', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [12_000_000_000, 2023, 'budget', null, null], [8_400_000_000, 2024, 'supplementary', null, null], [15_500_000_000, 2025, 'budget', null, null],
      [19_800_000_000, 2027, 'request', 16_200_000_000, 3_600_000_000],
    ]);
  });
  it('two years\' supplementary budgets side by side (令和９年度補正 | 令和８年度補正 | 増△減)', () => {
    const src = ['（単位：百万円）', '区　分　　　　　　　　令和９年度補正　令和８年度補正　増△減', '中小企業対策費　　　　　210,500　　　　198,200　　　　12,300', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[210_500_000_000, 2027, 'supplementary', 198_200_000_000, 12_300_000_000]]);
  });
});

describe('an English page\'s tables', () => {
  it('(JPY million) declares the unit; FY2027 | FY2026 | Change head this year, last year and the change', () => {
    const src = [
      'Minamiura City: FY2027 Initial Budget', '', 'Table 1. General account revenue (JPY million)',
      'Item                                    FY2027      FY2026    Change', 'City taxes                              84,210      82,950     1,260', '',
      'Table 2. Major projects (millions of yen)', 'Project                                     FY2027    FY2026', 'Harbour seawall renewal                      6,420     5,880', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [84_210_000_000, 'City taxes', 2027, 82_950_000_000, 1_260_000_000], [6_420_000_000, 'Harbour seawall renewal', 2027, 5_880_000_000, null],
    ]);
  });
  it('a row of "(JPY million)" cells under a bilingual tab header gives each column its unit and keeps the header', () => {
    const src = ['架空市 令和9年度予算の概要', '区分\t令和9年度\t令和8年度\t増減', 'Category\tFY2027\tFY2026\tChange', '\t(JPY million)\t(JPY million)\t(JPY million)',
      '一般会計 General Account\t98,450\t95,120\t3,330', '特別会計 Special Accounts\t61,870\t63,005\t△1,135', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.item, r.fy, (r.previous?.yen ?? 0) / 1e6, (r.change?.yen ?? 0) / 1e6])).toEqual([
      [98_450, '一般会計 General Account', 2027, 95_120, 3_330], [61_870, '特別会計 Special Accounts', 2027, 63_005, -1_135],
    ]);
  });
});

describe('a change column spread out', () => {
  it('"増　減" between wide gaps heads one column, the change of the row', () => {
    const src = ['東野市病院事業会計　令和８年度決算の概要', '　　　　　　　　　　　　　　　　（単位：千円）', '区　　分　　　　　　    令和８年度    令和７年度      増　減',
      '　病院事業収益　　　   10,204,516    9,811,203    393,313', '　純損益　　　　　　     △214,386     △529,452    315,066', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [10_204_516_000, 2026, 9_811_203_000, 393_313_000], [-214_386_000, 2026, -529_452_000, 315_066_000],
    ]);
  });
});

describe('label：value ／ value rows', () => {
  it('a 決算カード of two years as text: the colon and the spaced slashes part its cells', () => {
    const src = ['【決算状況】東沢村　普通会計', '単位：千円', '区分：令和8年度決算 ／ 令和7年度決算', '',
      '歳入総額：2,486,214 ／ 2,312,870', '歳出総額：2,298,551 ／ 2,150,402', '実質収支：146,463 ／ 133,563', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([
      [2_486_214_000, '歳入総額', 2026, 'settlement', 2_312_870_000], [2_298_551_000, '歳出総額', 2026, 'settlement', 2_150_402_000],
      [146_463_000, '実質収支', 2026, 'settlement', 133_563_000],
    ]);
    // (a row of rates is no header of the rows under it)
    const rated = extract(`${src}経常収支比率：86.4％ ／ 88.1％\n実質公債費比率：9.8％ ／ 10.3％\n\n■ 基金\n財政調整基金：1,204,880 ／ 1,174,880\n`);
    expect(rated.at(-1)).toMatchObject({ yen: 1_204_880_000, item: '財政調整基金', previous: { yen: 1_174_880_000 } });
    // (a slash between words in prose is no cell border)
    expect(slashColumnsToPipes('期間：4月 ／ 5月\n')).toBe('期間：4月 ／ 5月\n');
  });
});

describe('a budget book header over three lines', () => {
  it('a lone word right over the figures (その他 under 特定財源) finishes its column\'s heading', () => {
    const src = [
      '令和10年度　西雲原市一般会計予算', '', '歳出予算事項別明細書',
      '                                                                                  （単位　千円）',
      '        目           本年度      前年度      比  較     本年度の財源内訳',
      '                      予算額      予算額                  特定財源   一般財源',
      '                                                        その他',
      ' 1 一般管理費        385,210     372,908      12,302       1,204    384,006', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [385_210_000, 372_908_000, 12_302_000], [1_204_000, null, null], [384_006_000, null, null],
    ]);
  });
});

describe('a public enterprise\'s budget and a fund\'s table', () => {
  it('予定額 | 前年度予定額 | 比較増減 head this year, last year and the change', () => {
    const src = ['令和9年度　北ノ浦市水道事業会計予算', '                                   （単位：千円）', ' 区分                  予定額        前年度予定額      比較増減',
      ' 給水収益          2,418,260        2,352,940          65,320', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[2_418_260_000, 2027, 2_352_940_000, 65_320_000]]);
  });
  it('a title naming a fund flags the figures of the table under it', () => {
    const src = ['財政調整基金の残高推移', '', '年度末', '年度末残高', '（単位：百万円）', 'R3末', '2,184', 'R4末', '2,532', ''].join('\n');
    expect(extract(src).every((r) => r.flags.includes('fund'))).toBe(true);
  });
});

describe('a header aligned with spaces over rows of a name and figures with their units', () => {
  it('【主要事項】　要求・要望額　前年度予算額: each row\'s figures go under their headings, a row without amounts keeping the table open', () => {
    const src = [
      '令和10年度　港湾交通局　概算要求の概要', '',
      '【主要事項】                                          要求・要望額     前年度予算額',
      '１　港湾の脱炭素化                                    1,104億円＋事項要求     888億円',
      '　　①陸上電力供給設備導入支援                              事項要求             ―',
      '　　②荷役機械の電動化                                        9.5億円              7.2億円', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.stage, r.previous?.yen ?? null, r.flags.includes('matter_request')])).toEqual([
      [110_400_000_000, '港湾の脱炭素化', 'request', 88_800_000_000, true], [950_000_000, '荷役機械の電動化', 'request', 720_000_000, false],
    ]);
  });
});


describe('rows and headers of tables from other publishers', () => {
  it('a note cell with an amount of its own unit leaves the row its bare figures; the row is named by its 事業名 column', () => {
    const src = [
      '"2026年度 青葉台市 主要事業一覧",,,,,,', '"単位：千円",,,,,,', '"No.","部局","事業名","2026年度当初予算額","2025年度当初予算額","増減額","備考"',
      '1,"市民部","空き家改修支援事業","12,300","10,800","1,500","改修費補助 1戸50万円"',
      '2,"市民部","防犯灯整備事業","8,400","8,900","-500",', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [12_300_000, '空き家改修支援事業', 'budget', 10_800_000, 1_500_000], [500_000, expect.any(String), 'other', null, null],
      [8_400_000, '防犯灯整備事業', 'budget', 8_900_000, -500_000],
    ]);
  });
  it('a column of counts (施設数, 事業数) holds no yen under a table\'s 千円', () => {
    const src = ['（単位：千円）', '区分\t施設数\t予算額', '図書館\t4\t12,000', '公民館\t9\t8,500', ''].join('\n');
    expect(extract(src).map((r) => r.yen)).toEqual([12_000_000, 8_500_000]);
  });
  it('headings spread a letter apart in a header set with single spaces: "区 分 ９年度 ８年度 増 減"', () => {
    const src = ['令和９年度 一般会計予算の概要', '歳出　（単位：千円）', '区 分 ９年度 ８年度 増 減', '議会費 3,100 3,020 80', '合 計 9,400 9,000 400', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [3_100_000, '議会費', 2027, 3_020_000, 80_000], [9_400_000, '合計', 2027, 9_000_000, 400_000],
    ]);
  });
  it('years side by side, three or more, are a series: each column its year\'s figure, 見込 a column too', () => {
    const src = ['（単位：百万円）', '区　分 R4決算 R5決算 R6決算 R7決算見込 R8見込 増減', '年度末残高 12,400 11,900 10,800 9,950 9,100 ▲850', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null])).toEqual([
      [12_400_000_000, 2022, null], [11_900_000_000, 2023, null], [10_800_000_000, 2024, null], [9_950_000_000, 2025, null], [9_100_000_000, 2026, null],
    ]);
  });
  it('a fund\'s name alone over its rows flags them; a title naming a fund and a debt does not flag the debt', () => {
    const fund = ['（単位：百万円）', '区　分 R6決算 R7決算', '財政調整基金', '　年度末残高 4,210 3,980', '市債管理基金 年度末残高 2,100 2,050', ''].join('\n');
    expect(extract(fund).every((r) => r.flags.includes('fund'))).toBe(true);
    const both = ['【表】調整基金と市債残高の推移（単位：億円）', '年度\t調整基金\t市債残高', '2023\t41\t520', '2024\t38\t534', ''].join('\n');
    expect(extract(both).map((r) => [r.yen, r.flags.includes('fund')])).toEqual([[4_100_000_000, true], [52_000_000_000, false], [3_800_000_000, true], [53_400_000_000, false]]);
  });
  it('歳入決算額 | 歳出決算額 | 差引額: two figures and their balance, no year before', () => {
    const src = ['（単位：千円）', '会 計 名 歳入決算額 歳出決算額 差引額', '駐車場事業特別会計 512,300 498,100 14,200', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [512_300_000, 'settlement', null, null], [498_100_000, 'settlement', null, null], [14_200_000, 'settlement', null, null],
    ]);
  });
  it('a cell with a matter request added ("2,600+事項"), a ─ for none, and （新規） under a row', () => {
    const src = [
      '■ 主な要求内容                                          （単位:百万円）', '事 項                          2025年度     2026年度      比較',
      '                               予算額       要求・要望額   増△減', ' (1) 海洋観測の推進              2,300        2,600+事項      300',
      ' (2) 観測データ基盤の構築           ─          1,150        1,150', '      （新規）', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null, r.flags.filter((f) => f !== 'unit_from_header')])).toEqual([
      [2_600_000_000, 'request', 2_300_000_000, 300_000_000, ['matter_request']], [1_150_000_000, 'request', null, 1_150_000_000, ['new']],
    ]);
  });
});

describe('headers with a second line of years, over several lines, and headings of funds and debts', () => {
  it('"（2022年度）　（2023年度）" under "令和４年度　令和５年度" is the same years again: the rows read last year and this year', () => {
    const src = ['決算の状況（普通会計）', '                                        （単位：千円・％）', '区　　　分                    令和４年度        令和５年度',
      '                            （2022年度）      （2023年度）', '歳入総額                       5,210,400         5,388,120', '歳出総額                       5,002,310         5,190,004', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null])).toEqual([[5_388_120_000, 2023, 5_210_400_000], [5_190_004_000, 2023, 5_002_310_000]]);
  });
  it('a header over three lines ("款 項 目" / "本年度 前年度" / "予算額 予算額 比較") reads its columns from the row over the figures', () => {
    const src = ['平成31年度　一般会計予算', '２　歳　出                                                  （単位：千円）', '款                  項                          目',
      '                                                     本年度          前年度', '                                                     予算額          予算額          比　較',
      '２ 総務費                                            612,300         598,000          14,300', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[612_300_000, 598_000_000, 14_300_000]]);
  });
  it('"基金・地方債の状況" heads a debt\'s row too: only the funds are flagged', () => {
    const src = ['２．基金・地方債の状況（年度末現在高）', '（単位：千円）', '区　　分                  令和４年度       令和５年度', '財政調整基金               812,330          832,330',
      '地方債現在高             4,984,220        4,871,036', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.flags.includes('fund')])).toEqual([[832_330_000, true], [4_871_036_000, false]]);
  });
});

describe('rows of a request table by body, and notes under it', () => {
  it('a row\'s first figure glued to its name; a note naming a row gives it a supplementary figure; remarks 基金 and 再掲 flag a row', () => {
    const src = ['２．法人別要求額', '（単位：百万円）', '法人名 9年度要求額 8年度予算額 対前年度増減 増減率', '国立研究開発法人白浜材料研究所12,310 11,905 405 3.4',
      '独立行政法人沿岸観測センター 3,120 3,260 ▲140 ▲4.3', '（注）白浜材料研究所については、このほか令和８年度補正予算において950百万円を計上している。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([
      [12_310_000_000, '国立研究開発法人白浜材料研究所', 11_905_000_000, 950_000_000], [3_120_000_000, '独立行政法人沿岸観測センター', 3_260_000_000, null],
    ]);
    const marks = ['2027年度当初予算 主要事業要求状況 （単位：千円）', '部局名 事業名 要求額 前年度 増減 備考', '予算額', '健康福祉部 地域医療確保基金事業 1,845,000 1,712,500 132,500 基金',
      'こども政策局 居場所づくり支援事業 92,600 88,000 4,600 再掲', ''].join('\n');
    expect(extract(marks).map((r) => r.flags.filter((f) => f !== 'unit_from_header'))).toEqual([['fund'], ['restated']]);
  });
});

describe('columns named by years relative to the text, and balances at a year\'s start and end', () => {
  it('"来年度要求 | 今年度当初 | 増減": this year\'s column is last year\'s beside next year\'s request', () => {
    const src = ['府省 来年度要求 今年度当初 増減', '環境整備省 4兆1,220億円 3兆9,800億円 +1,420億円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[4_122_000_000_000, 'request', 3_980_000_000_000, 142_000_000_000]]);
  });
  it('"年度当初現在高 | 年度中増減額 | 年度末現在高": the year-end balance, its start as last year\'s, the change', () => {
    const src = ['(単位:円)', '基金名 年度当初現在高 年度中増減額 年度末現在高', '財政調整基金 1,418,336,512 △98,764,105 1,319,572,407', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null, r.flags.includes('fund')])).toEqual([[1_319_572_407, 1_418_336_512, -98_764_105, true]]);
  });
});

describe('an English pipe table with Japanese stage words', () => {
  it('"Item | FY2027 案 | FY2026 当初 | Change": this year, last year and the change', () => {
    const src = ['■ Key figures（一般会計）', 'Item | FY2027 案 | FY2026 当初 | Change', '歳出総額 Total | 118兆2,010億円 | 115兆1,200億円 | +3兆810億円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[118_201_000_000_000, 2027, 115_120_000_000_000, 3_081_000_000_000]]);
    expect(readColumns('Item FY2027 案 FY2026 当初 Change', 2027).map((c) => [c.role, c.stage, c.fy])).toEqual([['primary', 'budget', 2027], ['previous', 'budget', 2026], ['change', null, null]]);
  });
});

describe('a table of debt burdens (債務負担行為)', () => {
  it('a limit whose row names a period of years is a total over them', () => {
    const src = ['第２表　債務負担行為', '（単位：千円）', '事 項 期 間 限 度 額', '町立学校給食調理業務委託 令和7年度～令和10年度 186,400', '庁舎清掃業務委託 令和7年度～令和9年度 21,780', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([[186_400_000, 'other', null, true], [21_780_000, 'other', null, true]]);
  });
});

describe('予算説明書 rows with 節 and 説明 columns', () => {
  // An invented page: 目 rows with this year, last year, the difference and the financing cells (blank ones dropped),
  // then the 節 (numbered from the national list) and the 説明 in words on the same line.
  const src = [
    '令和8年度　桜谷町一般会計予算に関する説明書',
    '２款 総務費 １項 総務管理費 （単位 千円）',
    '目 本年度 前年度 比較 国県支出金 地方債 その他 一般財源 節 説明',
    '3 会計管理費 64,210 66,900 △2,690 1,500 62,710 10 需用費 8,120 ○出納事務費 12,400',
    '11 役務費 4,280 口座振替手数料ほか',
    '12 委託料 31,015 ○会計システム運用 51,810',
    '',
  ].join('\n');
  const recs = extract(src);
  const at = (line: number) => recs.filter((r) => r.line === line).map((r) => [r.text, r.yen, r.item, r.previous?.yen ?? null, r.change?.yen ?? null]);

  it('reads this year, last year and the difference of a row whose blank financing cells were dropped, and no 節 number as a figure', () => {
    expect(at(4)).toEqual([
      ['64,210', 64_210_000, '会計管理費', 66_900_000, -2_690_000],
      ['1,500', 1_500_000, '会計管理費', null, null],
      ['62,710', 62_710_000, '会計管理費', null, null],
      ['8,120', 8_120_000, '需用費', null, null],
      ['12,400', 12_400_000, '○出納事務費', null, null],
    ]);
  });

  it('reads a 節 row whose 説明 words follow its figure', () => {
    expect(at(5)).toEqual([['4,280', 4_280_000, '役務費', null, null]]);
    spansOk(src, recs);
  });

  it('keeps a row of this year, last year and their difference whole when the header named only those columns', () => {
    const two = ['（単位 千円）', '本年度の財源内訳', '目 本年度 前年度 比較 特 定 財 源 一般財源 節 説 明', '1 庶務費 520,300 510,100 10,200 4,000 16,300 500,000 1 報酬 9,800', ''].join('\n');
    expect(extract(two).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [520_300_000, 510_100_000, 10_200_000], [4_000_000, null, null], [16_300_000, null, null], [500_000_000, null, null], [9_800_000, null, null],
    ]);
  });
  it('a 節\'s number after figures not grouped by commas ("500     1 報酬"), and a code padded with zeros before the 説明\'s words ("01 庁舎管理経費"), are no figures', () => {
    const page = ['令和10年度 架空村一般会計予算事項別明細書', '                                               （単位：千円）',
      '   目        本年度     前年度     比較        節    区分        金額    説明',
      '  1 総務管理費  12,300    11,800     500     1 報酬        2,100  01 庁舎管理経費',
      '                                          11 需用費      10,200     光熱水費        4,100',
      '  2 企画費       5,400     5,900    △500    13 委託料     5,400  02 地域計画推進事業', ''].join('\n');
    expect(extract(page).map((r) => [r.line, r.yen / 1000, r.item, (r.previous?.yen ?? 0) / 1000, (r.change?.yen ?? 0) / 1000])).toEqual([
      [4, 12_300, '総務管理費', 11_800, 500], [4, 2_100, '報酬', 0, 0], [5, 10_200, '需用費', 0, 0], [5, 4_100, '光熱水費', 0, 0],
      [6, 5_400, '企画費', 5_900, -500], [6, 5_400, '委託料', 0, 0],
    ]);
  });
});

describe('rows of figures each with last year in brackets after it', () => {
  const src = [
    '令和９年度　特別会計予算額',
    '（単位：億円、（　）書きは前年度当初予算額）',
    '区　分　　　　　　　歳入予算額　　　　　歳出予算額',
    '　水源林勘定　　　　 1,210   (1,180)　　　 1,205   (1,176)',
    '　調整勘定　　　　　 ▲320    (▲300)　　　 ▲320    (▲300)',
    '　新設勘定　　　　　 45.5    (新規)　　　　 45.5    (新規)',
    '',
  ].join('\n');
  const recs = extract(src);

  it('reads each bracketed figure as the previous year of the figure before it, under its own column', () => {
    expect(recs.map((r) => [r.line, r.yen, r.previous?.yen ?? null])).toEqual([
      [4, 121_000_000_000, 118_000_000_000], [4, 120_500_000_000, 117_600_000_000],
      [5, -32_000_000_000, -30_000_000_000], [5, -32_000_000_000, -30_000_000_000],
      [6, 4_550_000_000, null], [6, 4_550_000_000, null],
    ]);
    expect(recs.every((r) => r.fy === 2027 && r.stage === 'budget')).toBe(true);
  });

  it('flags a figure whose bracket says 新規 as new', () => {
    expect(recs.filter((r) => r.line === 6).map((r) => r.flags.includes('new'))).toEqual([true, true]);
    spansOk(src, recs);
  });
});

describe('headers set apart by tabs', () => {
  it('reads rows set apart by spaces under a header set apart by tabs', () => {
    const src = ['令和８年度　青葉台村一般会計歳入歳出決算書', '（単位：円）', '款\t予算現額\t支出済額\t備考',
      '1款 議会費 41,200,000 40,118,300', '2款 総務費 385,600,000 371,002,450 繰越明許費', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.item])).toEqual([
      [4, 41_200_000, 'budget', '款 議会費'], [4, 40_118_300, 'settlement', '款 議会費'],
      [5, 385_600_000, 'budget', '款 総務費'], [5, 371_002_450, 'settlement', '款 総務費'],
    ]);
  });

  it('reads a year spanning its figure and share columns over the header line under it', () => {
    const src = ['（単位：百万円、％）', '区分\t令和8年度決算（A）\t令和7年度決算（B）\t増減額\t増減率', '決算額\t構成比\t決算額\t構成比\t（A）－（B）\t（A）/（B）－1',
      '人件費\t52,410\t30.2\t51,900\t29.8\t510\t1.0', '物件費\t8,120\t4.7\t8,460\t4.9\t△340\t△4.0', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [4, 52_410_000_000, 'settlement', 2026, 51_900_000_000, 510_000_000],
      [5, 8_120_000_000, 'settlement', 2026, 8_460_000_000, -340_000_000],
    ]);
  });
});

describe('a table written one cell a line', () => {
  const src = [
    '令和10年度 概算要求総括表',
    '                                   （単位：百',
    '                                    万円）',
    '事　　項', '令和10年度', '要 求 額', '令和９年度', '予 算 額', '差　引', '増△減額', '備　　考',
    '河川防災事業', '3,120', '2,980', '140', '堤防かさ上げ',
    '水防情報システム整備', '620', '0', '620', '新規',
    '流域治水推進事業', '1,410', '＋事項要求', '1,350', '60',
    '砂防関係交付金', '2,200', '2,150', '50', '防災省計上予算の内数',
    '',
  ].join('\n');
  const recs = extract(src);

  it('reads a unit declaration broken over two lines whole', () => {
    expect(recs.map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [13, 3_120_000_000, 2_980_000_000, 140_000_000], [18, 620_000_000, null, 620_000_000],
      [23, 1_410_000_000, 1_350_000_000, 60_000_000], [28, 2_200_000_000, 2_150_000_000, 50_000_000],
    ]);
  });

  it('takes each row\'s remark cell and a matter request under its figure as the row\'s marks', () => {
    expect(recs.map((r) => [r.item, r.stage, r.fy, r.flags.filter((f) => f !== 'unit_from_header')])).toEqual([
      ['河川防災事業', 'request', 2028, []], ['水防情報システム整備', 'request', 2028, ['new']],
      ['流域治水推進事業', 'request', 2028, ['matter_request']], ['砂防関係交付金', 'request', 2028, ['portion']],
    ]);
    spansOk(src, recs);
  });
});

describe('a web table copied a cell a line with a row of units under its header', () => {
  // (the names' column has no unit: its empty cell copies as a blank line before the units)
  const table = (unit: string, blank: boolean) => ['令和10年度 会計別予算額', '会計区分', '令和10年度', '令和9年度', '増減額', '増減率', ...(blank ? [''] : []), unit, unit, unit, '％',
    '一般会計', '8,215,000', '8,030,400', '184,600', '2.3', '水道事業会計', '1,120,300', '1,164,900', '-44,600', '-3.8', ''].join('\n');
  const read = (src: string) => extract(src).map((r) => [r.item, r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null]);
  it('"円" / "円" / "円" / "％", or 千円, after a blank line: each row\'s figure with last year\'s and the change', () => {
    for (const [unit, k] of [['円', 1], ['千円', 1000]] as const) {
      const want = [['一般会計', 8_215_000 * k, 2028, 8_030_400 * k, 184_600 * k], ['水道事業会計', 1_120_300 * k, 2028, 1_164_900 * k, -44_600 * k]];
      expect(read(table(unit, true))).toEqual(want);
      expect(read(table(unit, false))).toEqual(want);
    }
  });
  it('a title naming its year over the headings ("令和10年度 会計別予算額" / "会計区分" / "令和10年度" / …) names no column', () => {
    const src = table('千円', true).replace('令和10年度 会計別予算額', '令和10年度 会計別予算額の状況');
    expect(read(src)).toEqual([['一般会計', 8_215_000_000, 2028, 8_030_400_000, 184_600_000], ['水道事業会計', 1_120_300_000, 2028, 1_164_900_000, -44_600_000]]);
  });
  it('"円" alone after a figure still ends the amount broken over two lines', () => {
    expect(extract('令和10年度の架空町の一般会計予算は、82億\n円となった。\n').map((r) => r.yen)).toEqual([8_200_000_000]);
  });
});

describe('a table flattened column by column with placeholders among its cells', () => {
  it('"新規" and "－" one a line keep their rows\' places: each column under its two-line heading is read whole', () => {
    const src = ['令和10年度 概算要求の概要', '（単位：百万円）', '区分', '架空観測事業', '架空施設整備費', '架空研究推進費', '合計',
      '令和10年度', '要求額', '1,420', '875', '310', '2,605', '令和9年度', '予算額', '980', '新規', '295', '1,275',
      '増△減額', '440', '875', '15', '1,330', '令和9年度', '補正予算額', '－', '2,300', '－', '2,300', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen / 1e6, (r.previous?.yen ?? 0) / 1e6, (r.change?.yen ?? 0) / 1e6, (r.supplementary?.yen ?? 0) / 1e6, r.flags.includes('new')])).toEqual([
      ['架空観測事業', 1_420, 980, 440, 0, false], ['架空施設整備費', 875, 0, 875, 2_300, true], ['架空研究推進費', 310, 295, 15, 0, false], ['合計', 2_605, 1_275, 1_330, 2_300, false],
    ]);
  });
});

describe('a spreadsheet\'s tab rows with a quoted cell broken over lines', () => {
  it('a name quoted over two lines joins its row: the row\'s figures, on the line they stand on; a commitment\'s limit under a quoted two-line heading', () => {
    const src = ['架空県 令和10年度当初予算 主要事業一覧', '事業名\t"令和10年度\n当初予算額(千円)"\t"令和9年度\n当初予算額(千円)"\t"増減額\n(千円)"',
      '架空県道改築事業\t4,825,310\t4,612,880\t212,430', '"架空環状線整備\n（第2工区）"\t2,640,000\t1,980,000\t660,000', '',
      '債務負担行為', '事項\t期間\t"限度額\n(千円)"', '架空環状線整備（第2工区）\t令和10年度～令和13年度\t6,820,000', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1000, (r.previous?.yen ?? 0) / 1000, r.stage, r.flags.includes('multi_year')])).toEqual([
      [6, 4_825_310, 4_612_880, 'budget', false], [8, 2_640_000, 1_980_000, 'budget', false], [13, 6_820_000, 0, 'other', true],
    ]);
  });
  it('a description quoted over lines, its sentences ended by 。, is left as lines of text', () => {
    const src = '事業名\t架空事業\n事業内容\t"架空団体が行う機器の導入に対し、\n経費の1/2以内（1団体当たり上限3,000千円）を補助する。"\t\n';
    expect(tabQuotedJoined(src)).toBe(src);
  });
});

describe('a tab header over two rows whose stage word and amount word stand one over the other', () => {
  it('"令和9年度補正後" over "予算額" is one column, last year\'s: the row keeps its columns in place', () => {
    const src = ['令和10年度予算参照書', '（単位：円）', '項\t目\t令和10年度\t令和9年度補正後\t比較増△減額', '\t\t予算額\t予算額\t',
      '架空保存修理費\t\t4,826,510,000\t5,112,884,000\t△286,374,000', '\t架空修理費補助金\t3,904,200,000\t4,270,500,000\t△366,300,000', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['架空保存修理費', 4_826_510_000, 2028, 5_112_884_000, -286_374_000], ['架空修理費補助金', 3_904_200_000, 2028, 4_270_500_000, -366_300_000],
    ]);
  });
});

describe('a web table\'s header one cell a line over its tab rows', () => {
  it('"区分" / "予算額（千円）" / "構成比" / "前年度（千円）" over four-cell tab rows is their header', () => {
    const src = ['令和10年度 架空市予算の概要', '▼ 一般会計 歳入の内訳（クリックで開きます）', '区分', '予算額（千円）', '構成比', '前年度（千円）',
      '市税\t38,412,000\t36.7%\t37,905,000', '市債\t8,920,000\t8.5%\t7,640,000', '閉じる', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.item, r.yen / 1000, r.fy, (r.previous?.yen ?? 0) / 1000])).toEqual([
      [7, '市税', 38_412_000, 2028, 37_905_000], [8, '市債', 8_920_000, 2028, 7_640_000],
    ]);
    expect(cellLinesHeaderJoined('区分\n予算額（千円）\n構成比\n前年度（千円）\n市税\t38,412,000\t36.7%\t37,905,000\n')).toBe('区分\t予算額（千円）\t構成比\t前年度（千円）\n市税\t38,412,000\t36.7%\t37,905,000\n');
    // (lines of prose over a row are no header)
    const prose = '歳入は次のとおり。\n予算は増えた。\n詳細は下表。\n市税\t38,412,000\t37,905,000\n';
    expect(cellLinesHeaderJoined(prose)).toBe(prose);
  });
});

describe('a financial statement\'s columns', () => {
  it('"前事業年度（令和５年度）" / "当事業年度（令和６年度）" one cell a line: last year\'s result and this year\'s, settlements', () => {
    const src = ['架空研究機構', '令和６事業年度　財務諸表の概要', '１．損益計算書の概要', '（単位：千円）', '科目', '前事業年度', '（令和５年度）', '当事業年度', '（令和６年度）', '増減',
      '経常費用', '18,452,310', '19,106,884', '654,574', '経常収益', '18,730,512', '19,021,447', '290,935', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen / 1000, r.fy, r.stage, (r.previous?.yen ?? 0) / 1000, (r.change?.yen ?? 0) / 1000])).toEqual([
      ['経常費用', 19_106_884, 2024, 'settlement', 18_452_310, 654_574], ['経常収益', 19_021_447, 2024, 'settlement', 18_730_512, 290_935],
    ]);
    expect(readColumns('科目 前事業年度 当事業年度 増減', 2024).map((c) => [c.role, c.stage])).toEqual([['previous', 'settlement'], ['primary', 'settlement'], ['change', null]]);
  });
});

describe('a 歳入 事項別明細書 in tab text with a 節 column', () => {
  it('a 節\'s number under its heading is no figure; a row keeping its leading empty cells but not its trailing ones lines up', () => {
    const src = ['令和10年度架空町一般会計予算事項別明細書', '（単位：千円）', '款\t項\t目\t本年度予算額\t前年度予算額\t比較\t節\t区分\t金額\t説明',
      '1 町税\t1 町民税\t1 個人\t412,860\t405,120\t7,740\t1\t現年課税分\t409,560\t均等割 9,820',
      '\t\t2 架空交付金\t4,118\t4,236\t△118\t1\t架空交付金\t4,118', ''].join('\n');
    const rs = extract(src);
    expect(rs.filter((r) => r.yen < 10_000)).toEqual([]);
    expect(rs.filter((r) => r.previous).map((r) => [r.line, r.yen / 1000, r.previous!.yen / 1000, (r.change?.yen ?? 0) / 1000])).toEqual([[4, 412_860, 405_120, 7_740], [5, 4_118, 4_236, -118]]);
  });
});

describe('a caption closed by its table\'s unit', () => {
  it('"図表1　架空予算の主な内訳（億円）" over a tab header: the rows\' bare figures are in 億円', () => {
    const src = ['令和10年度 架空補正予算の概要', '図表1　架空予算の主な内訳（億円）', '項目\t金額\t構成比', '物価高への対応\t63,210\t35.8%', '既定経費の減額\t▲11,240\t－', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen / 1e8])).toEqual([['物価高への対応', 63_210], ['既定経費の減額', -11_240]]);
    expect(captionUnit('図表1　架空予算の主な内訳（億円）', '項目\t金額')).toEqual({ unit: '億円', power: 100_000_000n, div: 1n });
    // (not a caption over prose, nor one holding an amount)
    expect(captionUnit('図表1　架空予算の主な内訳（億円）', '物価高への対応が最も大きい。')).toBeNull();
    expect(captionUnit('総額12億円（億円）', '項目\t金額')).toBeNull();
  });
});

describe('a table of years under a heading of an outlook', () => {
  it('reads the years after the date as projections, and this year\'s budget as the budget', () => {
    const src = ['令和11年度予算編成方針', '令和10年9月25日', '１ 財政の現状', '実質収支は黒字を確保した。', '２ 中期財政見通し（令和11年度～令和13年度）',
      '現行制度が続くものとして試算した。', '（単位：億円）', '区分 令和10年度 令和11年度 令和12年度 令和13年度', '（当初）',
      '市税 210 214 217 219', '歳出合計 530 541 552 560', ''].join('\n');
    expect(extract(src).filter((r) => r.line === 10).map((r) => [r.fy, r.stage])).toEqual([[2028, 'budget'], [2029, 'other'], [2030, 'other'], [2031, 'other']]);
  });
});

describe('a table of funds: balances at years\' ends and the year\'s flows', () => {
  const src = [
    '北野町の基金の状況（令和８年度決算）',
    '                                                 令和９年８月　財政課',
    '２　基金別の残高',
    '                                                         （単位：百万円）',
    '                 ┌──── 年度末残高 ────┐  ┌─ 令和８年度中 ─┐',
    '基　金　名       令和６年度末   令和７年度末   令和８年度末    積立額    取崩額',
    '財政調整基金            2,410          2,655          2,318       163       500',
    '減債基金                  980          1,020          1,044        24         0',
    '',
    '３　主な基金の動き',
    '（１）財政調整基金',
    '　災害対応の財源として５億円を取り崩しました。',
    '',
  ].join('\n');
  const recs = extract(src);

  it('reads each year\'s end as a balance of that year, under a caption drawn with box lines', () => {
    expect(recs.filter((r) => r.line === 7).map((r) => [r.yen, r.fy, r.stage, r.flags.includes('fund')])).toEqual([
      [2_410_000_000, 2024, 'other', true], [2_655_000_000, 2025, 'other', true], [2_318_000_000, 2026, 'other', true],
      [163_000_000, 2026, 'settlement', true], [500_000_000, 2026, 'settlement', true],
    ]);
  });

  it('flags a figure under a heading that is a fund\'s name as the fund\'s', () => {
    expect(recs.filter((r) => r.line === 12).map((r) => [r.yen, r.flags.includes('fund')])).toEqual([[500_000_000, true]]);
    spansOk(src, recs);
  });
});

describe('a row of figures with arrows between them', () => {
  it('reads 要求額 → 査定額 and 差 as one row: the request, the decided budget and their difference', () => {
    const src = ['令和10年度当初予算　知事査定の概要', '（単位：百万円）', '　区　分　　　　　　要求額　　　　　査定額　　　　差',
      '　一般会計　　　　　512,300　→　　506,900　　　△5,400', '　特別会計　　　　　210,040　→　　210,040　　　　　0', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.change?.yen ?? null])).toEqual([
      [4, 512_300_000_000, 'request', null], [4, 506_900_000_000, 'budget', -5_400_000_000],
      [5, 210_040_000_000, 'request', null], [5, 210_040_000_000, 'budget', null],
    ]);
  });
});

describe('a row of changes under a row of years', () => {
  it('reads each change as that year\'s, the first year\'s cell saying none', () => {
    const src = ['表3　観光振興予算の推移', '（単位：億円）', '  年度            令和４    令和５    令和６    令和７',
      '  予算額             152       158       161       170', '  対前年度増減        －         6         3         9', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.change?.yen ?? null])).toEqual([
      [15_200_000_000, 2022, null], [15_800_000_000, 2023, 600_000_000], [16_100_000_000, 2024, 300_000_000], [17_000_000_000, 2025, 900_000_000],
    ]);
  });

  it('reads a short first figure after a label naming a figure as a figure, not as a year', () => {
    const src = ['（単位：億円）', '  年度            令和４    令和５    令和６', '  予算額              52        58        61', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy])).toEqual([[5_200_000_000, 2022], [5_800_000_000, 2023], [6_100_000_000, 2024]]);
  });
});

describe('a slide\'s figure with its unit on the line under it', () => {
  it('is one amount, and its unit is no unit of the page numbers and figures around it', () => {
    const src = ['令和９年度 予算のポイント', '令和９年２月１０日', '1', '予算の規模', '一般会計', '1,260億円 → 1,305億円（+45億円）', '2',
      '重点施策', '防災の推進', '総額', '318', '億円', '（令和８年度　301億円）', '3', ''].join('\n');
    const recs = extract(src);
    expect(recs.some((r) => r.text === '2' || r.text === '3')).toBe(false);
    expect(recs.find((r) => r.line === 11)).toMatchObject({ text: '318', yen: 31_800_000_000 });
  });
});

describe('a 予算説明書 page with rows set apart by tabs among rows set apart by spaces', () => {
  const src = [
    '（単位：千円）',
    '目\t本年度\t前年度\t比較\t節\t説明',
    '1 児童福祉総務費 402,100 398,600 3,500 1 報酬 4,120',
    '2\t保育所費\t1,204,300\t1,180,200\t24,100\t12\t委託料\t86,400',
    '3 母子福祉費 96,800 101,200 △4,400 19 扶助費 61,200',
    '',
  ].join('\n');
  const recs = extract(src);

  it('reads no row number or 節 number of a tab row as a figure', () => {
    expect(recs.filter((r) => r.line === 4).map((r) => r.text)).not.toContain('2');
    expect(recs.filter((r) => r.line === 4).map((r) => r.text)).not.toContain('12');
  });

  it('reads the rows set apart by spaces after a tab row in the table\'s unit', () => {
    expect(recs.filter((r) => r.line === 5).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [96_800_000, 101_200_000, -4_400_000], [61_200_000, null, null],
    ]);
    spansOk(src, recs);
  });
});

describe('a review sheet\'s small tables', () => {
  const src = ['予算額・執行額 （単位：百万円）', '令和6年度 令和7年度 令和8年度要求', '予算の状況 当初予算 820 905 1,010', '計 820 905 1,010',
    '成果実績 研修を修了した人数（人） 令和6年度 45 令和7年度 52', '費目・使途', '費 目 使 途 金 額（百万円）', '委託費 研修の企画・運営 214', '計 214', ''].join('\n');
  const recs = extract(src);

  it('reads no count by year (人数（人）) as yen', () => {
    expect(recs.some((r) => r.line === 5)).toBe(false);
  });

  it('reads the first row under a header declaring its unit in its column, a short figure at the row\'s end', () => {
    expect(recs.filter((r) => r.line === 8).map((r) => [r.text, r.yen, r.item])).toEqual([['214', 214_000_000, '委託費 研修の企画・運営']]);
  });
});

describe('a header one cell a line: years, then a change, then the stage of each year', () => {
  it('reads the change column after the figures, and the year before the last as the change\'s base', () => {
    const src = ['（単位：百万円）', '款', '令和6年度', '令和7年度', '令和8年度', '増減（B－A）', '決算額', '当初予算額（A）', '当初予算額（B）',
      '総務費', '31,204', '30,880', '31,650', '770', '民生費', '84,112', '86,030', '85,410', '▲620', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [11, 31_204_000_000, 'settlement', 2024, null, null], [13, 31_650_000_000, 'budget', 2026, 30_880_000_000, 770_000_000],
      [16, 84_112_000_000, 'settlement', 2024, null, null], [18, 85_410_000_000, 'budget', 2026, 86_030_000_000, -620_000_000],
    ]);
  });
});

describe('a CSV whose first row is a title', () => {
  it('reads the columns of the header under it: 執行額 is the settlement', () => {
    const src = ['"令和7年度 事業別予算執行状況一覧　令和8年5月31日現在",,,,', '"事業名","当初予算額（円）","補正後予算額（円）","執行額（円）","執行率（％）"',
      '"図書館運営事業","12,400,000","12,900,000","12,512,300","97.0"', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[12_400_000, 'budget', 2025], [12_900_000, 'budget', 2025], [12_512_300, 'settlement', 2025]]);
  });
});

describe('a report of what was done', () => {
  it('reads a table of past years in a 実施状況 report as actuals', () => {
    const src = ['まちづくり寄附金の実施状況について', '令和8年9月10日', '（単位：千円）', ' 区 分        令和5年度    令和6年度    令和7年度',
      ' 受入額        102,300      118,450      131,020', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[102_300_000, 'settlement', 2023], [118_450_000, 'settlement', 2024], [131_020_000, 'settlement', 2025]]);
  });
});

describe('figures under a heading of a fund\'s state', () => {
  it('flags each as the fund\'s', () => {
    const src = ['4 歳出', '（略）', '', '5 介護保険給付費準備基金の状況', ' 令和6年度末現在高　　　312,400,000円', ' 令和7年度中積立額　　　 41,250,000円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.flags.includes('fund')])).toEqual([[312_400_000, true], [41_250_000, true]]);
  });
});

describe('a table of a local finance\'s indicators', () => {
  const src = ['財政状況資料集', '（単位：千円・％）', '区　分                           令和4年度       令和5年度       令和6年度',
    '標準財政規模                    17,950,210      18,204,330      18,590,112', '積立金現在高                     4,980,100       5,120,400       5,388,010',
    '財政力指数                           0.577           0.581           0.586', '人口1人当たり地方債現在高（円）    301,220         298,410         294,003', ''].join('\n');
  const recs = extract(src);

  it('reads 標準財政規模 as no budget nor settlement, and 積立金現在高 as the funds\' balance', () => {
    expect(recs.filter((r) => r.line === 4 || r.line === 5).map((r) => [r.yen, r.stage, r.flags.includes('fund')])).toEqual([
      [17_950_210_000, 'other', false], [18_204_330_000, 'other', false], [18_590_112_000, 'other', false],
      [4_980_100_000, 'other', true], [5_120_400_000, 'other', true], [5_388_010_000, 'other', true],
    ]);
  });

  it('reads a row naming its own unit (円) in that unit', () => {
    expect(recs.filter((r) => r.line === 7).map((r) => [r.text, r.yen, r.fy])).toEqual([['301,220', 301_220, 2022], ['298,410', 298_410, 2023], ['294,003', 294_003, 2024]]);
    spansOk(src, recs);
  });
});

describe('a project\'s cost by year, each row naming its year and the stage of its figures', () => {
  const src = ['２　年度別内訳                                  （単位：百万円）', '　年　度　　　　　 区分　　　 事業費　　　 国　費　　 地方負担',
    '　R1～R3（計）　　実績　　　　4,200　　　 2,100　　　 2,100', '　R4　　　　　　　 実績　　　　1,860　　　　 930　　　　 930', '　R5　　　　　　　 予算　　　　2,040　　　 1,020　　　 1,020',
    '　R6　　　　　　　 計画　　　　2,300　　　 1,150　　　 1,150', '　合　計　　　　　　　　　　　 10,400　　　 5,200　　　 5,200', ''].join('\n');
  const recs = extract(src);

  it('reads a total and its two equal parts as three figures, no year before and its change', () => {
    expect(recs.filter((r) => r.line === 4).map((r) => [r.yen, r.previous, r.change])).toEqual([[1_860_000_000, null, null], [930_000_000, null, null], [930_000_000, null, null]]);
  });

  it('takes each row\'s year and stage from its name, a span of years and the total under the rows as totals over years', () => {
    const first = (line: number) => { const r = recs.find((x) => x.line === line)!; return [r.fy, r.stage, r.flags.includes('multi_year')]; };
    expect([first(3), first(4), first(5), first(6), first(7)]).toEqual([
      [null, 'other', true], [2022, 'settlement', false], [2023, 'budget', false], [2024, 'other', false], [null, 'other', true],
    ]);
  });
});

describe('English year headings with their Japanese years in brackets under them', () => {
  it('reads last year, this year and the change under "FY2025 FY2026 Change" / "(令和7年度) (令和8年度) (増減)"', () => {
    const src = ['Budget by account / 会計別予算規模          (Unit: ¥ million / 単位：百万円)', '                     FY2025       FY2026       Change',
      '                   (令和7年度)   (令和8年度)      (増減)', '一般会計              88,210       90,145        1,935', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[90_145_000_000, 2026, 88_210_000_000, 1_935_000_000]]);
  });
});

describe('a report on a company\'s management', () => {
  it('reads its years\' results as actuals and its capital as no budget', () => {
    const src = ['第三セクター等の経営状況に関する報告書', '１　法人の概要（令和7年3月31日現在）', '　資本金　　　200,000千円', '２　経営状況の推移　　　　　　（単位：千円）',
      '　区　分　　　　　令和４年度　　　令和５年度　　　令和６年度', '　売上高　　　　　　210,400　　　　224,180　　　　231,950', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[200_000_000, 'other'], [210_400_000, 'settlement'], [224_180_000, 'settlement'], [231_950_000, 'settlement']]);
  });
});

describe('a header aligned on screen, full-width characters two columns wide', () => {
  it('pairs each year with the figure column under it, not the share column beside it', () => {
    const src = ['                                                        （単位：千円、％）',
      '                            令和８年度当初        令和７年度当初        比　　較',
      '　款　　　　別                  予 算 額  構成比      予 算 額  構成比      増 減 額   伸び率', '',
      ' 1 議会費 ..................      210,450     0.8       205,120     0.8         5,330      2.6', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[210_450_000, 2026, 205_120_000, 5_330_000]]);
  });

  it('gives a year centred over its figure and share columns to the figure, and 比較 over a change and its rate to the change', () => {
    // (no line lines the year up with either column by its middle: how far each overlaps decides the reading)
    const src = ['                                                                      （単位：千円、％）',
      '                              令和８年度                  令和７年度                    比　　較',
      '   会　計　名         当初予算額    構成比        当初予算額    構成比        増減額        増減率',
      ' 一般会計             48,120,000     61.0         47,300,000     60.8          820,000         1.7',
      ' 介護保険事業特別会計 12,640,500     16.0         12,402,600     15.9          237,900         1.9', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [48_120_000, 2026, 47_300_000, 820_000], [12_640_500, 2026, 12_402_600, 237_900],
    ]);
  });
});

describe('a series of years down the rows, each era year written once', () => {
  it('reads the bare numbers under an era year as the years after it, and a ratio to GDP as no yen', () => {
    const src = ['     年  度          普通国債残高          対ＧＤＰ比', '                       （兆円）              （％）',
      '   平成29年度               859               155.3', '           30               881               157.1', '   令和元年度               897               158.9',
      '            2               947               176.5', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage])).toEqual([
      [3, 859_000_000_000_000, 2017, 'other'], [4, 881_000_000_000_000, 2018, 'other'], [5, 897_000_000_000_000, 2019, 'other'], [6, 947_000_000_000_000, 2020, 'other'],
    ]);
  });
});

describe('a tab row of cells saying none', () => {
  it('is a row of the table, not a new header', () => {
    const src = ['表　市町村別交付決定額（単位：千円、％）', '市町村名\t令和７年度\t令和６年度\t増減率', '北原市\t7,900,381\t7,952,756\t▲0.7', '東原市\t－\t－\t－',
      '西原町\t5,942,430\t5,998,499\t▲0.9', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.previous?.yen ?? null])).toEqual([[7_900_381_000, '北原市', 7_952_756_000], [5_942_430_000, '西原町', 5_998_499_000]]);
  });
});

describe('rows of cells set apart by spaced slashes', () => {
  it('reads "事業名 ／ 要求額 ／ 査定額 ／ 差額" and its rows as a table', () => {
    const src = ['令和９年度当初予算　予算編成過程の公開', '（単位：千円）', '事業名 ／ 要求額 ／ 査定額 ／ 差額', '■総務部',
      '庁舎照明更新事業 ／ 86,420 ／ 71,300 ／ ▲15,120', '【新規】窓口予約システム導入事業 ／ 12,800 ／ 9,500 ／ ▲3,300', '文書管理事業 ／ 23,150 ／ 23,150 ／ 0', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.change?.yen ?? null])).toEqual([
      [5, 86_420_000, 'request', null], [5, 71_300_000, 'budget', -15_120_000], [6, 12_800_000, 'request', null], [6, 9_500_000, 'budget', -3_300_000],
      [7, 23_150_000, 'request', null], [7, 23_150_000, 'budget', null],
    ]);
  });
});

describe('a tab row short of the header\'s last cells', () => {
  it('lines up cell by cell: this year, last year and the change under their headings', () => {
    const src = ['令和9年度　一般会計歳入予算説明書', '\t\t\t\t\t\t（単位：千円）', '款\t項\t目\t本年度\t前年度\t比較\t説　明',
      '1 町税\t\t\t2,652,300\t2,614,700\t37,600', '\t1 町民税\t\t904,100\t902,500\t1,600', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.item, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [4, 2_652_300_000, '町税', 2_614_700_000, 37_600_000], [5, 904_100_000, '町民税', 902_500_000, 1_600_000],
    ]);
  });
});

describe('a part of a balance on the row under it', () => {
  it('reads "うち…" under a balance row, and net assets, as balances', () => {
    const src = ['第三セクター経営状況', '（単位：千円）', '　区　分　　　　　　　令和４年度　　　令和５年度　　　令和６年度', '　借入金残高　　　　　　612,300　　　　584,700　　　　551,900',
      '　　うち市からの借入金　200,000　　　　180,000　　　　160,000', '　純資産　　　　　　　　118,330　　　　101,426　　　　 87,771', ''].join('\n');
    expect(extract(src).map((r) => r.stage)).toEqual(Array(9).fill('other'));
  });
});

describe('a tab header missing the names\' column', () => {
  it('maps the figures to the figure columns in order, not cell by cell', () => {
    const src = ['(単位：億円)', '令和7年度 予算額\t令和8年度 要求・要望額\t比△\t較 減\t増 額\t備 考', '一般会計\t42,110\t45,302\t3,192\t対前年度7.6%増', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[4_530_200_000_000, 'request', 4_211_000_000_000, 319_200_000_000]]);
  });
});

describe('last year\'s figure alone in brackets on the line under a row', () => {
  it('is the previous year of the row\'s figure', () => {
    const src = ['（単位：千円）', '　　　　　　　　　　　　　　　　令和９年度予算額', '　　　　　　　　　　　　　　　（前年度予算額）', '（項）地域振興費　　　　　　　　　　　2,412,650',
      '　　　　　　　　　　　　　　　　　（2,275,300）', '　（目）補助金　　　　　　　　　　　　　904,120', '　　　　　　　　　　　　　　　　　　（861,550）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.previous?.yen ?? null])).toEqual([[4, 2_412_650_000, 2_275_300_000], [6, 904_120_000, 861_550_000]]);
  });
});

describe('a spreadsheet copied with its title in the first row', () => {
  it('reads the header under the title alone, no year spanning columns', () => {
    const src = ['\t令和8年度当初予算　新規・拡充事業一覧\t\t\t\t\t\t（単位：千円）\t', '\t部局名\t事業名\t区分\t令和8年度予算額\t令和7年度予算額\t増減額\t増減率\t事業概要\t',
      '\t総務部\t窓口改善事業\t拡充\t18,620\t11,200\t7,420\t66.3%\t\t', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[18_620_000, '窓口改善事業', 11_200_000, 7_420_000]]);
  });
});

describe('a bar chart\'s text', () => {
  it('reads its bars named by years and no figure of its axis', () => {
    const src = ['■ 一般会計当初予算額の推移', '（億円）', '600', '400', '200', '0', 'R5 512', 'R6 531', 'R7 546', '（年度）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy])).toEqual([[51_200_000_000, 2023], [53_100_000_000, 2024], [54_600_000_000, 2025]]);
  });
});

describe('an estimate beside last year\'s decision', () => {
  it('reads "R8試算(A) | R7決定額(B) | 増減(A-B)" as next year\'s estimate, its previous year and the change', () => {
    const src = ['（単位：百万円、％）', '区　　分                 R8試算(A)     R7決定額(B)     増減(A-B)     増減率', '普通交付税               146,231      145,580         651      0.4', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[146_231_000_000, 'other', 2026, 145_580_000_000, 651_000_000]]);
  });
});

describe('a matter request between a row\'s cells', () => {
  it('keeps "1,755,150  ＋事項要求     1,548,275  206,875" one row, the request flagged', () => {
    const src = ['（単位：百万円）', '                                 令和８年度      令和７年度', '区　　　　分                        要求額         予算額        差　引     倍　率',
      '一般会計　計                    1,755,150  ＋事項要求     1,548,275      206,875     1.13', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null, r.flags.includes('matter_request')])).toEqual([
      [1_755_150_000_000, 'request', 1_548_275_000_000, 206_875_000_000, true],
    ]);
  });
});

describe('an amount column of its own kind', () => {
  it('reads "配当額 | 前年度 | 増減" in a pipe table and a tab table as this year, last year and the change', () => {
    const pipe = ['（単位：円）', '| 学校名 | 配当額 | 前年度 | 増減 |', '|---|---|---|---|', '| 東原小学校 | 3,568,800 | 3,589,700 | △20,900 |', ''].join('\n');
    const tab = ['（単位：円）', '学校名\t配当額\t前年度\t増減', '東原小学校\t3,568,800\t3,589,700\t△20,900', ''].join('\n');
    for (const src of [pipe, tab]) expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[3_568_800, 3_589_700, -20_900]]);
  });
});

describe('a row under 款 | 項 columns', () => {
  it('is named by the deepest level it fills, the 款 repeated on every row as merged cells are exported', () => {
    const src = ['（単位：千円）', '款\t項\t本年度\t前年度', '2 総務費\t総務管理費\t412,650\t398,200', '2 総務費\t徴税費\t28,440\t27,915', '3 民生費\t\t763,710\t724,515', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen, r.previous?.yen ?? null])).toEqual([
      ['総務管理費', 412_650_000, 398_200_000], ['徴税費', 28_440_000, 27_915_000], ['民生費', 763_710_000, 724_515_000],
    ]);
  });
});

describe('a group\'s numbered heading between a header aligned with spaces and its rows', () => {
  it('leaves the two header lines read column by column: "前年度 / 予算額" is last year\'s, "令和９年度 / 要求額" the request', () => {
    const src = [
      '令和９年度　交通省　概算要求の状況', '', '                                                              （単位：百万円）',
      '事　　　　項                                  前年度  令和９年度  令和９年度',
      '                                              予算額      要求額      要望額', '',
      '１　安全な道路の確保',
      '　(1) 橋梁耐震化事業                         18,420      19,800       4,200', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [19_800_000_000, 'request', 2027, 18_420_000_000], [4_200_000_000, 'request', 2027, null],
    ]);
  });
});

describe('a year heading spanning its columns, exported as its text then empty cells', () => {
  it('"令和８年度 | | | 令和７年度（参考）" over "要求額 | 査定額 | 差引" twice: each of last year\'s columns is its namesake\'s previous, 差引 the change', () => {
    const src = [
      '令和８年度当初予算　査定の状況', '\t\t\t\t\t\t（単位：千円）', '部局名\t令和８年度\t\t\t令和７年度（参考）\t\t',
      '\t要求額\t査定額\t差引\t要求額\t査定額\t差引', '\t(A)\t(B)\t(B)-(A)\t(C)\t(D)\t(D)-(C)',
      '総務部\t128,450\t127,912\t▲538\t124,880\t124,301\t▲579', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [128_450_000, 'request', 2026, 124_880_000], [127_912_000, 'budget', 2026, 124_301_000],
    ]);
  });
});

describe('a cell saying none before a row\'s note in words', () => {
  it('keeps its column: "－　12,450　15,800　R6年度開始" has no figure in the first year', () => {
    const src = [
      '令和６年度　主要な施策の成果', '                                                          （単位：千円）',
      ' No.  事業名                      R5決算       R6決算       R7予算    主な成果',
      '   1  健康診査事業                 84,312       86,905       88,400    受診率 41.2％',
      '   2  産後ケア事業                      －       12,450       15,800    R6年度開始', '',
    ].join('\n');
    expect(extract(src).filter((r) => r.line === 5).map((r) => [r.yen, r.stage, r.fy])).toEqual([[12_450_000, 'settlement', 2024], [15_800_000, 'budget', 2025]]);
  });
});

describe('a table of years with a note naming each year\'s stage', () => {
  it('reads the note\'s stages for the years\' columns and for prose naming a year; a balance\'s row holds balances', () => {
    const src = [
      '財政の推移（令和７年度版）', '表（単位：億円）', '区分\tR4\tR5\tR6\tR7', '歳入総額\t498.3\t505.9\t521.7\t518.0', '基金残高\t101.2\t98.7\t92.5\t84.1',
      '※R4～R5は決算額、R6は決算見込額、R7は当初予算額です。', '', '市税収入はR7は186.4億円を見込んでいます。', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [49_830_000_000, 'settlement', 2022], [50_590_000_000, 'settlement', 2023], [52_170_000_000, 'settlement', 2024], [51_800_000_000, 'budget', 2025],
      [10_120_000_000, 'other', 2022], [9_870_000_000, 'other', 2023], [9_250_000_000, 'other', 2024], [8_410_000_000, 'other', 2025],
      [18_640_000_000, 'budget', 2025],
    ]);
  });
});

describe('a supplementary budget\'s table with its funding', () => {
  it('the funding columns (国庫支出金 | 県 債 | 一般財源) are of the stage of the figure they add up to, the 補正額', () => {
    const src = [
      '令和７年度 ６月補正予算の概要', '                                                          （単位：千円）',
      '                                                            財      源      内      訳',
      '   事  業  名                 補正前の額      補 正 額    補正後の額   国庫支出金      県  債    一般財源',
      '    体育館空調整備事業         620,000       840,000    1,460,000      280,000     520,000      40,000', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.item])).toEqual([
      [620_000_000, 'budget', '体育館空調整備事業'], [840_000_000, 'supplementary', '体育館空調整備事業'], [1_460_000_000, 'budget', '体育館空調整備事業'],
      [280_000_000, 'supplementary', '体育館空調整備事業 国庫支出金'], [520_000_000, 'supplementary', '体育館空調整備事業 県債'], [40_000_000, 'supplementary', '体育館空調整備事業 一般財源'],
    ]);
  });
  it('one funding column alone, the others none ("－"), is of the 補正額 it equals', () => {
    const src = [
      '令和７年度 ６月補正予算の概要', '                                                          （単位：千円）',
      '   事  業  名                 補正前の額      補 正 額    補正後の額   国庫支出金      県  債    一般財源',
      '    臨時支援金                      －       986,400      986,400      986,400           －          －', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[986_400_000, 'supplementary'], [986_400_000, 'budget'], [986_400_000, 'supplementary']]);
  });
});

describe('figures with their share of the whole in brackets', () => {
  it('"民生費　121.4（38.9％）" under a unit, one a line or two a line, are amounts in that unit', () => {
    const one = '令和7年度予算\n■歳出（目的別）\n（単位：億円）\n民生費　121.4（38.9％）\n教育費　38.2（12.2％）\n';
    const two = '令和7年度予算\n■歳出（目的別）\n（単位：億円）\n民生費　121.4（38.9％）               衛生費　28.7（9.2％）\n教育費　38.2（12.2％）                公債費　30.5（9.8％）\n';
    expect(extract(one).map((r) => [r.item, r.yen])).toEqual([['民生費', 12_140_000_000], ['教育費', 3_820_000_000]]);
    expect(extract(two).map((r) => [r.item, r.yen])).toEqual([['民生費', 12_140_000_000], ['衛生費', 2_870_000_000], ['教育費', 3_820_000_000], ['公債費', 3_050_000_000]]);
  });
});

describe('a table flattened column by column under a header one word a line', () => {
  it('the column letters under the headings and a closing 合計 among the names leave the names to the rows', () => {
    const src = [
      '令和７年度　当初予算の概要', '（単位：千円）', '区分', '令和７年度', '当初予算額', '(A)', '令和６年度', '当初予算額', '(B)', '増減額', '(A)－(B)',
      '議会費', '総務費', '合計', '98,412', '1,204,330', '1,302,742', '96,870', '1,158,905', '1,255,775', '1,542', '45,425', '46,967', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['議会費', 98_412_000, 96_870_000, 1_542_000], ['総務費', 1_204_330_000, 1_158_905_000, 45_425_000], ['合計', 1_302_742_000, 1_255_775_000, 46_967_000],
    ]);
  });
});

describe('rows of amounts with their units under a header aligned over three lines', () => {
  it('reads the header column by column ("区      分" one word): last year\'s 当初予算, this year\'s 政府案, the change', () => {
    const src = [
      '令和８年度一般会計歳出予算　主要経費別内訳（政府案）', '',
      '                              令和７年度          令和８年度',
      '        区      分              当初予算              政府案            増減額    増減率',
      '                                   (A)                  (B)          (B)－(A)',
      ' 社会保障関係費            38兆2,938億円     39兆1,560億円      +8,622億円      2.3',
      ' 経済協力費                    5,108億円         5,064億円         ▲44億円     ▲0.9', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['社会保障関係費', 39_156_000_000_000, 'budget', 2026, 38_293_800_000_000, 862_200_000_000],
      ['経済協力費', 506_400_000_000, 'budget', 2026, 510_800_000_000, -4_400_000_000],
    ]);
  });
});

describe('a supplementary budget\'s table one cell a line with last year\'s initial budget', () => {
  it('"前年度当初予算額" is the previous year of this year\'s 当初予算額, not of the total after the supplementary', () => {
    const src = ['令和7年度一般会計補正予算（第1号）の概要', '単位：千円', '款', '当初予算額', '補正予算額', '計', '前年度当初予算額', '総務費', '4,102,330', '86,400', '4,188,730', '3,978,120', '民生費', '12,845,600', '412,750', '13,258,350', '12,310,480', ''].join('\n');
    const rs = extract(src);
    expect(rs.filter((r) => r.previous).map((r) => [r.yen, r.previous!.yen])).toEqual([[4_102_330_000, 3_978_120_000], [12_845_600_000, 12_310_480_000]]);
  });
});

describe('a record\'s figure with last year\'s named on the line under it', () => {
  it('"予算額　６２，４８０" over "（前年度）　（３８，２００）" under a unit: last year\'s figure', () => {
    const src = '令和8年度 主要事業\n（単位：千円）\n事業名　　産後ケア事業\n予算額　　６２，４８０\n（前年度）　（３８，２００）\n事業内容　利用料を助成する。\n';
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null])).toEqual([[62_480_000, 38_200_000]]);
  });
});

describe('a table with count columns beside its yen columns', () => {
  it('"児童生徒数 | 学級数" hold no yen; the yen cells are named by their headings, a lone line finishing one', () => {
    const src = [
      '令和８年度 学校配当予算一覧', ' 1 小学校                                                   （単位：円）',
      ' 区分    学校名                児童生徒数  学級数          需用費      備品購入費            合計',
      '                                                           （消耗品等）',
      ' 小学校  東小学校                   612      22       2,215,000         820,000       3,035,000',
      '         西小学校                   488      18       1,845,000         655,000       2,500,000', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen])).toEqual([
      [5, 2_215_000], [5, 820_000], [5, 3_035_000], [6, 1_845_000], [6, 655_000], [6, 2_500_000],
    ]);
  });
});

describe('a tab row whose name cell a line break cut', () => {
  it('"3\\t地域公共交通" over "利用促進事業\\t交通政策課\\t7,850\\t…" lines up with the header, its name joined', () => {
    const src = '令和8年度 公開レビューの結果\n（金額の単位：千円）\nNo.\t事業名\t所管課\t令和8年度予算額\t判定\t縮減額\n1\t敬老祝金支給事業\t高齢福祉課\t24,300\t縮減\t▲9,720\n3\t地域公共交通\n利用促進事業\t交通政策課\t46,000\t縮減\t▲18,400\n';
    expect(extract(src).map((r) => [r.line, r.item, r.yen, r.change?.yen ?? null])).toEqual([
      [4, '敬老祝金支給事業', 24_300_000, -9_720_000], [6, '地域公共交通利用促進事業', 46_000_000, -18_400_000],
    ]);
  });
});

describe('a plan\'s table of years under a marked group heading', () => {
  it('"R8年度（当初）" is the initial budget, "R9年度（見込）" a projection; a fund\'s balance row is the fund\'s', () => {
    const src = [
      '白鷺原市中期財政計画（令和８年度～令和１２年度）', '3 財政見通し（一般会計）', '                                             （単位：百万円）',
      '                                    R8年度     R9年度    R10年度', '                                   （当初）    （見込）   （見込）',
      ' 【歳入】', '   市税                                 28,640     28,910     29,050',
      ' 財政調整基金残高（年度末）              6,450      5,630      4,470', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy, r.flags.includes('fund')])).toEqual([
      [7, 28_640_000_000, 'budget', 2026, false], [7, 28_910_000_000, 'other', 2027, false], [7, 29_050_000_000, 'other', 2028, false],
      [8, 6_450_000_000, 'other', 2026, true], [8, 5_630_000_000, 'other', 2027, true], [8, 4_470_000_000, 'other', 2028, true],
    ]);
  });
});

describe('款 and 項 numbers glued to their names before a row\'s figures', () => {
  it('"2 総務費　1 総務管理費　本庁舎空調設備　486,200" holds no figure "1"', () => {
    const src = [
      '第２表   継続費', '                                                          （単位：千円）',
      '      款                  項                   事 業 名              総  額',
      ' 2 総務費          1 総務管理費           本庁舎空調設備                 486,200',
      ' 3 民生費          2 児童福祉費           こどもセンター整備             1,128,000', '',
    ].join('\n');
    expect(extract(src).map((r) => r.yen)).toEqual([486_200_000, 1_128_000_000]);
  });
});

describe('a spreadsheet saved as tab text, cells holding commas in quotes', () => {
  it('reads "84,215" cells as figures, and no figure under 人口 or a quantity in tonnes', () => {
    const src = [
      '令和８年度 負担金算定表', '１　運営費負担金\t\t\t\t(単位：千円)', '構成市町村\t人口（R7.10.1現在）\t搬入量（t）\t負担金額\t前年度\t比較',
      '宵ヶ浜市\t"84,215"\t"21,604"\t"344,135"\t"338,960"\t"5,175"', '小鷺村\t"3,877"\t"1,108"\t"28,476"\t"28,610"\t-134', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [344_135_000, 338_960_000, 5_175_000], [28_476_000, 28_610_000, -134_000],
    ]);
  });
});

describe('a header between rules drawn above and under it', () => {
  it('reads the header\'s two lines over the rule under them: 本年度, 前年度 and 比較 are this year, last year and the change', () => {
    const src = [
      '',
      '                                令和７年度　霧ヶ丘市一般会計予算に関する説明書',
      '',
      '２　歳　　入                                                                                                        （単位：千円）',
      '──────────────────────────────────────────────────────────────────────────',
      '    款          項          目         本 年 度      前 年 度       比   較               節                        説　　　　明',
      '                                                                               区　分          金　額',
      '──────────────────────────────────────────────────────────────────────────',
      '１ 市税                              13,993,420    13,883,700       109,720',
      '',
      '            １ 市民税                  8,050,900     7,967,200        83,700',
      '',
      '                        １ 個人       6,842,500     6,701,300       141,200   １ 現年課税分         6,780,200   個人市民税現年課税分',
      '',
    ].join('\n');
    expect(extract(src).filter((r) => r.line <= 11).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [13_993_420_000, 13_883_700_000, 109_720_000], [8_050_900_000, 7_967_200_000, 83_700_000],
    ]);
  });
});

describe('a row of parts and their total beside last year\'s', () => {
  it('"均等割 | 人口割 | 合計 | 前年度 | 比較": the total is this year\'s figure, with last year\'s and the change; the parts are figures of their own', () => {
    const src = '令和８年度 負担金算定表\n（単位：千円）\n構成市町村\t均等割\t人口割\t合計\t前年度\t比較\n東浜市\t12,248\t151,160\t163,408\t160,100\t3,308\n';
    expect(extract(src).map((r) => [r.item, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null]).sort((a, b) => Number(b[1]) - Number(a[1]))).toEqual([
      ['東浜市', 163_408_000, 160_100_000, 3_308_000], ['東浜市 人口割', 151_160_000, null, null], ['東浜市 均等割', 12_248_000, null, null],
    ]);
  });
});

describe('two years\' counts and amounts side by side', () => {
  it('"令和７年度 | 令和６年度" over "件数 金額(円)" twice: last year\'s amount is this year\'s previous, the counts no yen', () => {
    const src = [
      'ふるさと納税の実績', '                                    令和７年度                  令和６年度',
      ' 使途                           件数        金額(円)        件数        金額(円)',
      ' ①子どもの未来を育む事業       7,842    183,260,000       6,015    139,870,500', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null])).toEqual([[183_260_000, 2025, 139_870_500]]);
  });
});

describe('a field whose key names its unit', () => {
  it('"事業費（R6決算・千円）：41,230" is 41,230千円 of the R6 settlement, "前年度（R5決算・千円）：42,350" its previous year, "前年度比（千円）" its change', () => {
    const src = '令和7年度 事務事業評価\n事業名：市民プール管理運営事業\n事業費（R6決算・千円）：41,230\n　うち一般財源（千円）：36,480\n前年度（R5決算・千円）：42,350\n前年度比（千円）：△1,120\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [41_230_000, 'settlement', 2024, 42_350_000, -1_120_000], [36_480_000, 'settlement', 2024, null, null],
    ]);
  });
});

describe('columns of a rate, of a planned amount and of a balance', () => {
  it('a 充当率 column holds no yen; 発行予定額(A) is the year\'s figure, 前年度発行額(B) its previous, the year-end balance a figure of its own', () => {
    const src = [
      '令和９年度 青葉町 町債発行計画',
      '                                                   （単位：百万円、％）',
      '  区  分                    発行予定額   充当率   前年度発行額   令和９年度末',
      '                               (A)                    (B)        残高見込',
      ' 道路整備事業債                  320       90          280          2,140',
      ' 学校施設整備事業債              150       75          210            960',
      '   合  計                        470                   490          3,100',
      '',
    ].join('\n');
    // (a title naming the year's own plan is of that year's budget; the total's row has no rate: its figures keep their columns)
    expect(rows(extract(src))).toEqual([
      [5, 320_000_000, 'budget', 2027, 280_000_000, null], [5, 2_140_000_000, 'other', 2027, null, null],
      [6, 150_000_000, 'budget', 2027, 210_000_000, null], [6, 960_000_000, 'other', 2027, null, null],
      [7, 470_000_000, 'budget', 2027, 490_000_000, null], [7, 3_100_000_000, 'other', 2027, null, null],
    ]);
  });
  it('a rate written as words in the row ("1/2", "定額") takes no figure from the columns after it, nor on the total\'s row', () => {
    const src = [
      '令和９年度 補助金一覧', '                                                  （単位：千円）',
      ' No.  補助事業名                  補助率   補助対象経費     補助額',
      '  1   商店街活性化支援事業          1/2         40,000      20,000',
      '  2   空き店舗改修支援事業          定額             －       5,000',
      '      合計                                      40,000      25,000', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen])).toEqual([[4, 40_000_000], [4, 20_000_000], [5, 5_000_000], [6, 40_000_000], [6, 25_000_000]]);
  });
  it('"前年度支出済額" is one column, last year\'s spending, before the change column', () => {
    const src = '令和８年度決算審査意見書\n表２ 款別歳出の状況\n（単位：千円）\n款 予算現額 支出済額 前年度支出済額 増減額\n総務費 52,400 50,120 48,900 1,220\n衛生費 31,800 30,650 29,870 780\n';
    expect(rows(extract(src))).toEqual([
      [5, 52_400_000, 'budget', 2026, null, null], [5, 50_120_000, 'settlement', 2026, 48_900_000, 1_220_000],
      [6, 31_800_000, 'budget', 2026, null, null], [6, 30_650_000, 'settlement', 2026, 29_870_000, 780_000],
    ]);
  });
  it('any word of a rate heads a ratio column: "執行率", "充当率"', () => {
    expect(readColumns('区分 予算額 執行率 前年度', 2026).map((c) => c.role)).toEqual(['primary', 'pct', 'previous']);
    expect(readColumns('区分 予定額 充当率 前年度', 2026).map((c) => c.role)).toEqual(['primary', 'pct', 'previous']);
  });
});

describe('a bilingual header over two lines', () => {
  it('"FY2026 FY2025 Change" over "2026年度 2025年度 増減": each English word keeps apart from the Japanese under it', () => {
    const src = [
      '(Unit: ¥ million / 単位：百万円)', '',
      '                          FY2026     FY2025     Change',
      '                          2026年度   2025年度   増減',
      '(1) 地方交通の強靱化        41,260     38,900      2,360',
      '    Resilient local transport',
      '(2) 窓口の電子化            13,090     13,290       ▲200', '',
    ].join('\n');
    expect(rows(extract(src))).toEqual([
      [5, 41_260_000_000, 'budget', 2026, 38_900_000_000, 2_360_000_000], [7, 13_090_000_000, 'budget', 2026, 13_290_000_000, -200_000_000],
    ]);
  });
});

describe('a list of items with last year\'s figure in brackets', () => {
  it('a footnote mark after the bracket, "（１１９，８７０）※１", is no part of the row; "［令和７年度補正　２８，６００］" under a row is its supplementary budget', () => {
    const src = [
      '令和８年度　架空庁予算の概要', '　　　　　　　　　　　　　　　　　　　　（単位：百万円）', '　　　　　　　　　　　　　　　　　Ｒ８予算額（Ｒ７予算額）', '',
      '　○ 河川監視事業　　　　　　　　　１２２，４５０（１１９，８７０）※１',
      '　○ 砂防事業　　　　　　　　　　　　６１，３３０（　６０，１４０）',
      '　　　　　　　　　　　　　　　　　［令和７年度補正　２８，６００］',
      '　○ 水文観測事業　　　　　　　　　　　　８１０（　　　６２０）※２', '',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.yen, r.item, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([
      [5, 122_450_000_000, '河川監視事業', 119_870_000_000, null], [6, 61_330_000_000, '砂防事業', 60_140_000_000, 28_600_000_000],
      [8, 810_000_000, '水文観測事業', 620_000_000, null],
    ]);
    expect(rs[1].supplementary?.text).toBe('２８，６００');
    spansOk(src, rs);
  });
});

describe('a later table with no unit of its own', () => {
  it('takes the unit the text declared over its first table, where its columns name budgets of years', () => {
    const src = [
      '令和８年度予算のフレーム', '（単位：億円）', '\t令和７年度予算\t令和８年度予算\t増　減', '歳出計\t1,161,170\t1,179,400\t18,230', '',
      '・防災関係費は、前年度から340億円の増。', '・その他の経費は、臨時的経費の剥落により820億円の減。', '・詳細は別紙のとおり。', '',
      '【税収の内訳】', '\t令和７年度予算\t令和８年度予算\t増　減', '所得税\t216,430\t225,810\t9,380', '',
    ].join('\n');
    expect(rows(extract(src)).filter((r) => r[0] === 12)).toEqual([[12, 22_581_000_000_000, 'budget', 2026, 21_643_000_000_000, 938_000_000_000]]);
  });
});

describe('last year\'s column named after the figure it compares with', () => {
  it('"(参考)前年度９月補正後" is last year\'s figure of the 補正後の額 column, not of 補正前', () => {
    const src = [
      '令和６年９月補正予算案の概要', '                                                  （単位：百万円）',
      ' 区　分          補正前の額    ９月補正額    補正後の額   (参考)前年度９月補正後',
      ' 一般会計          742,318       12,864       755,182          748,905',
      ' 特別会計          398,044        1,206       399,250          401,377', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.previous?.yen ?? null])).toEqual([
      [4, 742_318_000_000, 'budget', null], [4, 12_864_000_000, 'supplementary', null], [4, 755_182_000_000, 'budget', 748_905_000_000],
      [5, 398_044_000_000, 'budget', null], [5, 1_206_000_000, 'supplementary', null], [5, 399_250_000_000, 'budget', 401_377_000_000],
    ]);
  });
});

describe('a list whose figures stand alone in brackets at its lines\' ends', () => {
  it('under a legend saying the brackets hold each item\'s budget, each bracket is its line\'s figure; the far-right brackets make no second column of text', () => {
    const src = [
      '青葉市　令和8年度 主要事業一覧',
      '',
      '【凡例】',
      '　（　）内は令和8年度当初予算額（単位：千円）',
      '',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      'Ⅰ　子育てしやすいまち',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '',
      '◆一時預かり拡充事業【新規】　　　　　　　　　　　　　　　　　　（12,400）',
      '　　保育所に通っていない児童の一時預かりを市内4園で実施',
      '◆こども医療費助成事業【拡充】　　　　　　　　　　　　　　　　（498,300）',
      '　　助成対象を高校生年代まで広げる（令和8年10月診療分から）',
      '◆放課後児童クラブ運営事業　　　　　　　　　　　　　　　　　　（305,120）',
      '◆第三小学校区児童クラブ施設整備事業【新規】　　　　　　　　　（84,000）',
      '◆産前産後サポート事業【拡充】　　　　　　　　　　　　　　　　（16,750）',
      '　　訪問の回数を月2回から月4回に増やす',
      '◆学校給食費負担軽減事業【拡充】　　　　　　　　　　　　　　　（201,000）',
      '　　第2子以降の給食費を半額にする', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.item, r.stage, r.fy])).toEqual([
      [10, 12_400_000, '一時預かり拡充事業', 'budget', 2026], [12, 498_300_000, 'こども医療費助成事業', 'budget', 2026],
      [14, 305_120_000, '放課後児童クラブ運営事業', 'budget', 2026], [15, 84_000_000, '第三小学校区児童クラブ施設整備事業', 'budget', 2026],
      [16, 16_750_000, '産前産後サポート事業', 'budget', 2026], [18, 201_000_000, '学校給食費負担軽減事業', 'budget', 2026],
    ]);
  });
});

describe('a 地方債 table: the limit, then words of how it is borrowed and repaid', () => {
  it('the words after a row\'s limit, under 起債の方法 | 利率 | 償還の方法, are no part of the row: its limit is read', () => {
    const src = [
      '第３表　地方債', '（単位：千円）', '起債の目的　　限度額　　起債の方法　　利率　　償還の方法',
      '道路整備事業　　412,300　　証書借入　　年4.0％以内　　政府資金は貸付条件による', '橋りょう長寿命化事業　　158,700', '計　　571,000', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.item])).toEqual([[4, 412_300_000, '道路整備事業'], [5, 158_700_000, '橋りょう長寿命化事業'], [6, 571_000_000, '計']]);
  });
});

describe('a series of years under a spread-out heading', () => {
  it('"年　度" heading the row names does not hide the years side by side, "　Ｒ３　" padded in their cells', () => {
    const src = '基金残高の推移（単位：百万円）\n│年　度　│　Ｒ３　│　Ｒ４　│　Ｒ５　│Ｒ６見込│\n│積立金　│ 1,182 │ 1,246 │ 1,305 │  1,120  │\n';
    expect(extract(src).map((r) => [r.yen, r.fy, r.previous?.yen ?? null])).toEqual([
      [1_182_000_000, 2021, null], [1_246_000_000, 2022, null], [1_305_000_000, 2023, null], [1_120_000_000, 2024, null],
    ]);
  });
});

describe('a spreadsheet header over three lines: a spanned heading, the years, each column\'s unit', () => {
  it('a column whose unit names no money ("％", "人") holds no yen, one in 円 holds yen; a group\'s name alone under the units keeps the header', () => {
    const src = [
      'No.\t事業名\t事業費\t\t\t補助率\t対象者数\t1人当たり経費', '\t\t2024年度\t2023年度\t増減\t\t\t', '\t\t千円\t千円\t千円\t％\t人\t円',
      '\t妊娠・出産期\t\t\t\t\t\t', '1\t妊婦健康診査事業\t182,400\t176,900\t5,500\t50\t1,650\t110,545', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [5, 182_400_000, 176_900_000, 5_500_000], [5, 110_545, null, null],
    ]);
  });
});

describe('a bordered table whose figure cell holds last year\'s figure on its second line', () => {
  it('"（148）" alone in the cell under "216" is 216\'s previous year, whatever else the line holds', () => {
    const src = [
      '（単位：百万円）',
      '┌────┬──────────────────────┬──────────┬────────────────────────┐',
      '│番号│事業名                │予算額    │概要                    │',
      '│    │                      │（前年度）│                        │',
      '├────┼──────────────────────┼──────────┼────────────────────────┤',
      '│ ２ │創業支援事業          │      216 │交流イベントの開催      │',
      '│    │【拡充】              │    （148）│（上限200万円）         │',
      '├────┼──────────────────────┼──────────┼────────────────────────┤',
      '│ ３ │事業承継支援事業      │       62 │専門家の派遣            │',
      '│    │                      │     （65）│                        │',
      '└────┴──────────────────────┴──────────┴────────────────────────┘', '',
    ].join('\n');
    // (the heading "予算額" over "（前年度）" in one cell is the figure's column, last year's in brackets under it)
    const rs = extract(src).filter((r) => r.unit !== '万円');
    expect(rs.map((r) => [r.line, r.yen, r.previous?.yen ?? null])).toEqual([[6, 216_000_000, 148_000_000], [9, 62_000_000, 65_000_000]]);
  });
});

describe('a white paper\'s series of years with a row of supplementary budgets', () => {
  it('"Ｒ元" heads its year; "－" set apart from the next figure says none, no sign of it; the 補正 row is supplementary', () => {
    const src = ['（単位：億円）', '　　　　Ｈ３０　Ｒ元　Ｒ２　Ｒ３　Ｒ４', '当初　　　４１　４５　５４　６１　７０', '補正　　　１２　６０　　－　１８　２５', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage])).toEqual([
      [3, 4_100_000_000, 2018, 'budget'], [3, 4_500_000_000, 2019, 'budget'], [3, 5_400_000_000, 2020, 'budget'], [3, 6_100_000_000, 2021, 'budget'], [3, 7_000_000_000, 2022, 'budget'],
      [4, 1_200_000_000, 2018, 'supplementary'], [4, 6_000_000_000, 2019, 'supplementary'], [4, 1_800_000_000, 2021, 'supplementary'], [4, 2_500_000_000, 2022, 'supplementary'],
    ]);
  });
});

describe('a newspaper\'s list of main programmes', () => {
  it('"（カッコ内は前年度当初予算額、単位・万円）" declares the unit; a ▽ mark comes off the name and an ordinal (第2子) stays in it', () => {
    const src = '主な事業は次の通り。（カッコ内は前年度当初予算額、単位・万円）\n▽第2子以降保育料無償化　4820（4610）\n▽町道舗装修繕　6200（5900）\n';
    expect(extract(src).map((r) => [r.line, r.yen, r.item, r.previous?.yen ?? null])).toEqual([
      [2, 48_200_000, '第2子以降保育料無償化', 46_100_000], [3, 62_000_000, '町道舗装修繕', 59_000_000],
    ]);
  });
});

describe('a list in 万円 writing 億 and the 万 after it', () => {
  it('"1億2640" is 1億2,640万円 and "（2億3100）" last year\'s 2億3,100万円', () => {
    const src = '主な事業（カッコ内は前年度当初予算額、単位・万円）\n▽端末更新　1億2640（新規）\n▽無線デジタル化　1億580（2億3100）\n▽町道舗装修繕　6200（5900）\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.text, r.yen, r.previous?.yen ?? null])).toEqual([
      [2, '1億2640', 126_400_000, null], [3, '1億580', 105_800_000, 231_000_000], [4, '6200', 62_000_000, 59_000_000],
    ]);
    spansOk(src, rs);
  });
});

describe('a table under a sentence naming its figures', () => {
  it('"…の決算額を年度ごとに並べてみました。" over the unit makes the rows\' figures settlements', () => {
    const src = ['来年度予算案を読み解く（架空村 令和7年度一般会計）', '', '看板事業の決算額を年度ごとに並べてみました。', '', '（単位：万円）', '',
      '| 年度 | 給食費無償化 | デマンド交通 |', '|---|---:|---:|', '| 令和4年度 | 1,880 | 1,120 |', '| 令和5年度 | 1,960 | 1,230 |', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage])).toEqual([
      [9, 18_800_000, 2022, 'settlement'], [9, 11_200_000, 2022, 'settlement'], [10, 19_600_000, 2023, 'settlement'], [10, 12_300_000, 2023, 'settlement'],
    ]);
  });
});

describe('a commitment\'s schedule of payments', () => {
  it('a row holding two periods (paid so far, to be paid) is of totals over years, every figure of it', () => {
    const src = ['債務負担行為に関する調書', '（単位：千円）', '事項　　　　　　　　限度額　　期間　　　支出額　　期間　　　　支出予定額',
      '学校給食センター整備  8,964,300  H30～R5  2,731,450  R6～R15  6,232,850', '庁内情報システム機器  215,640  R3～R5  127,380  R6～R7  88,260', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [8_964_300_000, 'other', null, true], [2_731_450_000, 'other', null, true], [6_232_850_000, 'other', null, true],
      [215_640_000, 'other', null, true], [127_380_000, 'other', null, true], [88_260_000, 'other', null, true],
    ]);
  });
});

describe('a row of three figures that add up and their ratio with no %', () => {
  it('"186.2　172.5　13.7　1.08" under a name: this year, last year, the change, and a multiple that is no yen', () => {
    const src = '（単位：億円）\n  鉄道駅改良事業\n             186.2            172.5            13.7         1.08\n  踏切安全対策事業\n              74.3             80.1           △5.8         0.93\n';
    expect(extract(src).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [3, 18_620_000_000, 17_250_000_000, 1_370_000_000], [5, 7_430_000_000, 8_010_000_000, -580_000_000],
    ]);
  });
});

describe('a budget book\'s 款 list run out by dotted leaders under a unit an OCR spaced', () => {
  it('"（単位：千 円）" declares the unit; a spread 款 name and its leader make no header, and the leader no part of the name', () => {
    const src = ['第１表　歳入歳出予算', '歳　入　　　　　　　　　　　　（単位：千 円）', '　款　　　　　　　　　　　　　　金　　額',
      '１　町　　　税 ……………………… ３１２，４００', '２　地方交付税 …………………… １，２０５，０００', '３　寄　附　金 ・・・・・・・・・・ ８，１５０',
      '　歳　入　合　計 ………………… １，５２５，５５０', ''].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.yen, r.item])).toEqual([
      [4, 312_400_000, '町税'], [5, 1_205_000_000, '地方交付税'], [6, 8_150_000, '寄附金'], [7, 1_525_550_000, '歳入合計'],
    ]);
    spansOk(src, rs);
  });
  it('a sentence saying "金額の単位は千円" declares it too', () => {
    expect(declaredUnit('※表中の金額の単位は千円。')?.unit).toBe('千円');
    expect(declaredUnit('（単位：百 万 円）')?.unit).toBe('百万円');
  });
});

describe('a header over two lines whose lower line reads as no pair of columns', () => {
  it('years over "区分　予算案　当初予算額　増減額　補正予算額": the header read column by column', () => {
    const src = ['（単位：億円）', '', '                            令和９年度      令和８年度      対前年度      令和８年度',
      '区分                          予算案      当初予算額        増減額    補正予算額',
      '林道網の整備                 1,208億円      1,150億円       +58億円       310億円',
      '　治山事業                     412億円        405億円        +7億円        96億円', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([
      [5, 120_800_000_000, 2027, 'budget', 115_000_000_000, 31_000_000_000],
      [6, 41_200_000_000, 2027, 'budget', 40_500_000_000, 9_600_000_000],
    ]);
  });
});

describe('a table flattened column by column with headings over several lines', () => {
  it('"令和６年度 / 予算額 / （Ａ）" heads a column; a 合計 closing the names is the last row\'s name', () => {
    const src = ['（単位：百万円）', '事　　項', '河川の整備', '砂防施設の整備', '合　　計', '令和６年度', '予算額', '（Ａ）', '1,840', '620', '2,460',
      '令和７年度', '予算額', '（Ｂ）', '1,905', '654', '2,559', '比較増減', '（Ｂ）－（Ａ）', '65', '34', '99', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.item, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [15, 1_905_000_000, '河川の整備', 2025, 1_840_000_000, 65_000_000],
      [16, 654_000_000, '砂防施設の整備', 2025, 620_000_000, 34_000_000],
      [17, 2_559_000_000, '合計', 2025, 2_460_000_000, 99_000_000],
    ]);
  });
});

describe('a card of label: value / value lines with the order in a legend', () => {
  it('"各項目は「R5年度 / R4年度」の順" heads the columns: the second value is last year\'s', () => {
    const src = ['令和5年度 決算状況', '※金額の単位は千円。各項目は「R5年度 / R4年度」の順に表示。', '', '[収支]', '歳入総額: 4,215,300 / 4,102,880',
      '歳出総額: 4,010,450 / 3,955,120', '実質収支: 150,210 / 98,760', '単年度収支: 51,450 / ▲12,300', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([
      [5, 4_215_300_000, 2023, 'settlement', 4_102_880_000], [6, 4_010_450_000, 2023, 'settlement', 3_955_120_000],
      [7, 150_210_000, 2023, 'settlement', 98_760_000], [8, 51_450_000, 2023, 'settlement', -12_300_000],
    ]);
  });
});

describe('a fund table of opening and closing balances', () => {
  it('"年度当初現在高 … 年度末現在高": the closing balance is the figure, of its column\'s year, the opening its previous', () => {
    const src = ['基金の状況（架空市）', '\t\t単位：百万円', '基金名\t2025年度当初現在高\t2025年度中積立額\t2025年度中取崩額\t2025年度末現在高',
      '財政調整基金\t4,120\t610\t480\t4,250', '減債基金\t1,305\t200\t150\t1,355', ''].join('\n');
    const rs = extract(src);
    const closing = rs.filter((r) => r.previous);
    expect(closing.map((r) => [r.line, r.yen, r.fy, r.previous?.yen])).toEqual([[4, 4_250_000_000, 2025, 4_120_000_000], [5, 1_355_000_000, 2025, 1_305_000_000]]);
    expect(rs.some((r) => r.yen === 4_120_000_000 || r.yen === 1_305_000_000)).toBe(false);
  });
});

describe('a header over two lines whose last column\'s lower cell is its unit alone', () => {
  it('"比較増△減" over "（千円）": the change column keeps its place, last year\'s column stays last year\'s', () => {
    const src = ['                              2027年度          2026年度        比較増△減', ' 事　　項                  要求額（千円）    予算額（千円）        （千円）',
      ' １ 干潟の再生                  812,400          760,150            52,250', ' ２ 藻場の保全                  305,000          318,600           △13,600', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [3, 812_400_000, 2027, 'request', 760_150_000, 52_250_000], [4, 305_000_000, 2027, 'request', 318_600_000, -13_600_000],
    ]);
  });
});

describe('a list under a legend saying its brackets hold rates', () => {
  it('"カッコ内は前年度当初比増減率％": "418,600（▲5.4）" is a figure and its rate, no figure of last year', () => {
    const src = ['◇各村の一般会計当初予算案', '（単位・万円、カッコ内は前年度当初比増減率％、▲は減）', '山吹村　264,300（2.6）', '若葉村　187,900（▲1.9）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.previous])).toEqual([[3, 2_643_000_000, null], [4, 1_879_000_000, null]]);
  });
});

describe('a list under a header whose last column is a share', () => {
  it('"予算額　　構成比" over "町税　■■■■　1,234,000　（31.2）": the bracket is the share, the bar no part of the name', () => {
    const src = ['（１）歳入　　　　　　　　　　　　（単位：千円、％）', '　款　　　　　　　　　　　　　　　予算額　　　　構成比',
      '町税　　　　　■■■■■■　　　1,234,000　　（31.2）', '地方交付税　　■■■■　　　　　　812,500　　（20.5）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.item, r.previous])).toEqual([[3, 1_234_000_000, '町税', null], [4, 812_500_000, '地方交付税', null]]);
  });
});

describe('a table one cell a line under a heading naming its year', () => {
  it('"令和７年度補正予算（第１号）の概要" over "（単位：千円）" and a 補正予算額 column in a 令和８年度 page: the figures are of 令和７年度', () => {
    const src = ['令和８年度 架空庁予算の概要', '更新日：2026年1月19日', '令和８年度予算（政府案）の概要をお知らせします。', '令和８年度の重点事項は次のとおりです。', '', '令和７年度補正予算（第１号）の概要', '（単位：千円）', '事項', '補正予算額',
      '観測網の緊急更新', '3,120,000', '施設の耐災害性強化', '1,480,500', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy])).toEqual([[11, 3_120_000_000, 'supplementary', 2025], [13, 1_480_500_000, 'supplementary', 2025]]);
  });

  it('a legend of brackets over the unit ("（　）内は令和８年度当初予算額") is no such heading: the figures stay the text\'s year', () => {
    const src = ['             令和９年度当初予算案 主要事業の概要', '', ' 【凡例】 新規：新規事業   拡充：拡充事業', '          （  ）内は令和８年度当初予算額', '',
      ' ■ 架空部                                                   （単位：千円）', '  No.  区分    事  業  名                        予 算 額      （前 年 度）',
      '   1   拡充    架空医療確保事業                     612,330      （  548,210 ）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.previous ? r.previous.yen / 1e3 : null])).toEqual([[612_330, 2027, 548_210]]);
  });
});

describe('a tab table titled in a cell beside its unit, under a record\'s fields', () => {
  it('"４．目的別歳出（R5決算）\\t…\\t（単位：百万円、％）" over "区分 決算額 構成比 前年度決算額 増減額": settlements of 2023, last year\'s beside them', () => {
    const src = ['財政状況資料集（抜粋）\t\t\t\t\t', '都道府県名\t架空県\t団体名\t架空市\t団体コード\t99XXXX', '４．目的別歳出の状況（R5決算・主なもの）\t\t\t\t\t（単位：百万円、％）',
      '区分\t決算額\t構成比\t前年度決算額\t増減額', '総務費\t6,120\t11.4\t5,980\t140', '民生費\t20,410\t38.1\t19,870\t540', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [5, 6_120_000_000, 'settlement', 2023, 5_980_000_000, 140_000_000], [6, 20_410_000_000, 'settlement', 2023, 19_870_000_000, 540_000_000],
    ]);
  });
});

describe('one row of cells one a line under its headings one a line', () => {
  it('"予算現額 / 決算額 / 前年度決算額 / 国県支出金 / 一般財源" over five values: one row, last year\'s settlement beside this year\'s', () => {
    const src = ['令和7年度 主要施策の成果説明書', '事業名', '産前サポート事業', '決算額等', '（単位：千円）', '予算現額', '決算額', '前年度決算額', '国県支出金', '一般財源',
      '31,400', '29,870', '27,150', '14,935', '14,935', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1000, r.stage, r.previous ? r.previous.yen / 1000 : null])).toEqual([
      [11, 31_400, 'budget', null], [12, 29_870, 'settlement', 27_150], [14, 14_935, 'settlement', null], [15, 14_935, 'settlement', null],
    ]);
  });
});

describe('a settlement table of revenue, spending and their balance', () => {
  it('"会計名 | 歳入決算額 | 歳出決算額 | 差引額": the balance is a figure of its own', () => {
    const src = ['令和7年度 特別会計の決算状況（単位：千円）', '会計名\t歳入決算額\t歳出決算額\t差引額', '国民健康保険事業\t9,845,310\t9,604,127\t241,183', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1000, r.stage, r.change])).toEqual([[9_845_310, 'settlement', null], [9_604_127, 'settlement', null], [241_183, 'settlement', null]]);
  });
});

describe('a header over three lines whose last line ends in a unit alone', () => {
  it('"(A)  (B)  (B)-(A)  （％）" under the years and stages: the years\' line stays the grid', () => {
    const src = ['                                                                  （単位：百万円）', '                          令和７年度        令和８年度       比較増△減額      増減率',
      '          事        項    当初予算額          予算案額', '                                 (A)               (B)           (B)-(A)      （％）', '',
      ' 社会保障関係費            1,870,722         1,924,199            53,477         2.9', '   年金給付費                412,540           418,230             5,690         1.4', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null, r.change ? r.change.yen / 1e6 : null])).toEqual([
      [6, 1_924_199, 2026, 1_870_722, 53_477], [7, 418_230, 2026, 412_540, 5_690],
    ]);
  });
});

describe('years with a stage word alone in brackets', () => {
  it('"R7（当初）  R8（見込）  R9（見込）" in a text of 2025: this year\'s budget, then projections of their years', () => {
    const src = ['令和8年度予算編成方針', '令和7年10月1日', '2   中期的な財政収支の見通し', '                                              （単位：億円）',
      '      区     分            R7（当初）        R8（見込）        R9（見込）', '   歳入                        612.4            598.7             601.2', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[612.4, 'budget', 2025], [598.7, 'other', 2026], [601.2, 'other', 2027]]);
  });
});

describe('a plan\'s CSV of years over two header rows', () => {
  it('"R7 / R8 / R9" over "当初予算 / 計画 / 計画": this year\'s budget, then the plan\'s projections, each of its year', () => {
    const src = ['架空町中期財政計画（令和7年度～令和9年度）,,,,', ',,,,（単位：百万円）', '区分,,R7,R8,R9', ',,当初予算,計画,計画', '歳入,町税,"3,412","3,430","3,445"', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage, r.fy])).toEqual([[3_412, 'budget', 2025], [3_430, 'other', 2026], [3_445, 'other', 2027]]);
  });
});

describe('last year\'s column before a request and the decided budget', () => {
  it('goes with the decided budget, and a year heading spanning cells leaves "対前年度増減額" a change', () => {
    const src = ['令和９年度予算案　主要経費別の内訳,,,,,', ',,,,,（単位：億円）', '区分,令和８年度予算額,令和９年度要求額,令和９年度予算案,,備考',
      ',,,（査定額）,対前年度増減額,', '架空振興費,"12,400","13,900","12,760",360,', '架空整備費,"8,210","9,050","8,150",▲60,', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.previous ? r.previous.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null])).toEqual([
      [13_900, 'request', null, null], [12_760, 'budget', 12_400, 360], [9_050, 'request', null, null], [8_150, 'budget', 8_210, -60],
    ]);
  });
});

describe('a CSV row whose quoted cell holds line breaks before its last cell', () => {
  it('reads the row\'s figures under their columns, a line number each as given, and a note\'s own lines stay lines', () => {
    const src = ['架空県 主要事業一覧,,,,,', ',,,,,(単位:千円)', '事業名,令和9年度予算額,令和8年度予算額,増減,事業概要,備考',
      '架空交通支援事業,"845,000","612,000","233,000","路線バスの再編を', '行う市町村を支援",', '架空移住促進事業,"264,750","198,300","66,450","移住者への支援金、',
      '相談窓口の運営","支援金', '単身60万円"', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [4, 845_000_000, 612_000_000, 233_000_000], [6, 264_750_000, 198_300_000, 66_450_000], [8, 600_000, null, null],
    ]);
  });
});

describe('a header aligned with spaces where no one line holds every column', () => {
  it('"令和９年度　令和８年度" over "区分　増減額　伸び率" over "当初案　当初": the columns where the lines\' words stand together', () => {
    const src = ['１ 予算規模', '                                                                 （単位：百万円、％）',
      '                                 令和９年度          令和８年度',
      '          区     分                                                      増 減 額       伸 び 率',
      '                                  当 初 案             当  初',
      '    一般会計                          612,480           598,230             14,250            2.4',
      '    特別会計                          256,110           261,900             ▲5,790           ▲2.2', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null, r.change ? r.change.yen / 1e6 : null])).toEqual([
      [612_480, 2027, 598_230, 14_250], [256_110, 2027, 261_900, -5_790],
    ]);
  });
});

describe('a national table of the state\'s money and the projects\' whole cost', () => {
  it('"国費 | 事業費 | 前年度国費": the state\'s money is the figure, last year\'s its previous, the whole cost no budget', () => {
    const src = ['令和９年度概算要求における計上状況\t\t\t\t（単位：億円）', '区分\t国費\t事業費\t前年度国費\t備考', '架空橋梁の修繕\t3,410\t6,120\t3,050\t',
      '架空港湾の整備\t880\t1,460\t902\t補助率1/2', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([
      [3_410, 'request', 3_050], [6_120, 'other', null], [880, 'request', 902], [1_460, 'other', null],
    ]);
  });
});

describe('an English summary in billions of yen', () => {
  it('reads "(¥ billion)" as the unit, "FY2026 budget | FY2027 request" as last year and this year, and "(FY2026 initial budget: …)" as last year\'s', () => {
    const src = ['FY2027 Budget Request of the Fictional Agency (Summary)', '',
      '   General Account                 ¥212.4 billion   (FY2026 initial budget: ¥198.0 billion)', '',
      '4. Breakdown by account                                            (¥ billion)', '',
      '                                   FY2026         FY2027', '                                   budget         request          Change',
      '   General Account                  198.0          212.4           +14.4',
      '   Special Account                    4.1            3.6            -0.5', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.stage, r.fy, r.previous ? r.previous.yen / 1e8 : null])).toEqual([
      [3, 2_124, 'request', 2027, 1_980], [9, 2_124, 'request', 2027, 1_980], [10, 36, 'request', 2027, 41],
    ]);
  });
});

describe('a 地方債 table with its notes in words beside each limit', () => {
  it('reads each 限度額 under the unit, the rates and methods in the notes no cells', () => {
    const src = ['令和８年度架空市一般会計予算', '第３表　地方債                                          （単位：千円）',
      '   起債の目的            限度額     起債の方法        利率                  償還の方法',
      ' 架空道路整備事業            612,300   証書借入又は     年4.0％以内（ただし、     政府資金は貸付条件による',
      ' 架空消防施設整備事業         86,400                    借り入れる資金は、見      その他は協議のうえ定める', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.item, r.fy])).toEqual([[612_300, '架空道路整備事業', 2026], [86_400, '架空消防施設整備事業', 2026]]);
  });
});

describe('a unit declared under a table aligned with spaces, its header wide', () => {
  it('"(Unit: ¥ million / 単位：百万円)" under rows below "FY2027  FY2026  Change" reads the rows in that unit', () => {
    const src = ['2. Budget by account / 会計別予算', '',
      '                         FY2027          FY2026          Change', '                         2027年度        2026年度         増減',
      'General Account 一般会計     182,400         176,900          5,500', 'Special Accts 特別会計        96,100          97,350         -1,250',
      '(Unit: ¥ million / 単位：百万円)', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null])).toEqual([[182_400, 2027, 176_900], [96_100, 2027, 97_350]]);
  });
});

describe('a 節 row whose 説明 note holds a figure of its own', () => {
  it('"8 旅費  3,728  費用弁償  620" under 説明 keeps 620 a figure', () => {
    const pad = ' '.repeat(40);
    const src = ['令和７年度　架空村一般会計予算事項別明細書', '  １款　議会費                                                  （単位：千円）',
      `${pad}節                       説　　明`, `${pad}区分           金額`,
      `${pad}3 職員手当等     12,150   議員期末手当         8,640`, `${pad}8 旅費            3,728   費用弁償               620`, ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e3])).toEqual([[5, 12_150], [5, 8_640], [6, 3_728], [6, 620]]);
  });
});

describe('a table whose cells are written digit by digit in kanji numerals', () => {
  it('"資源勘定　一一九八・三　一一三六・八" under (単位　億円) reads 1198.3億円 and last year\'s 1136.8億円, the text as written', () => {
    const src = ['架空特別会計予算の説明', '　勘定別の歳出予定額は、次のとおりである。', '（単位　億円）', '勘　定　　　　　　令和八年度　　前年度',
      '資源勘定　　　　　一一九八・三　一一三六・八', '支援勘定　　　　　八九五・八　　八五八・六', ''].join('\n');
    expect(extract(src).map((r) => [r.text, r.yen / 1e7, r.fy, r.previous?.text ?? null])).toEqual([
      ['一一九八・三', 11_983, 2026, '一一三六・八'], ['八九五・八', 8_958, 2026, '八五八・六'],
    ]);
  });
});

describe('a table of supplementary budgets by year, the year cell merged', () => {
  it('"令和元年度 | 当初予算 |…" then "| 第1号 | … | 412,530 | 38,824,530": each 補正額 a figure of its own, of the year above', () => {
    const src = ['架空市一般会計補正予算の推移（令和元年度～令和２年度）\t\t\t\t\t', '\t\t\t\t\t（単位：千円）', '年度\t区分\t議決日\t補正額\t予算現額\t主な内容',
      '令和元年度\t当初予算\t2019/3/22\t\t38,412,000\t', '\t第1号\t2019/6/25\t412,530\t38,824,530\t架空事業', '令和2年度\t当初予算\t2020/3/24\t\t39,025,000\t',
      '\t第1号\t2020/4/30\t8,214,300\t47,239,300\t架空給付金', ''].join('\n');
    const recs = extract(src).filter((r) => r.line === 5 || r.line === 7);
    expect(recs.map((r) => [r.line, r.yen / 1e3, r.stage, r.fy, r.supplementary])).toEqual([
      [5, 412_530, 'supplementary', 2019, null], [5, 38_824_530, 'budget', 2019, null], [7, 8_214_300, 'supplementary', 2020, null], [7, 47_239_300, 'budget', 2020, null],
    ]);
  });
});

describe('a header over three lines, the row names\' heading left of every column', () => {
  it('"区　分" beside "当初予算案" over "予算額　構成比": this year\'s figure, last year\'s and the change', () => {
    const src = ['２　一般会計歳入予算（款別）', '                                                                          （単位：千円、％）',
      '                                令和９年度            令和８年度             比　　較',
      '      区      分                当初予算案             当初予算              増　　減',
      '                                  予算額  構成比        予算額  構成比       増減額   増減率',
      '  県税                       161,234,200    22.9   152,918,600    21.8    8,315,600      5.4',
      '  地方交付税                  98,765,400    14.1   104,112,800    14.9   ▲5,347,400     ▲5.1', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [161_234_200, 2027, 152_918_600, 8_315_600], [98_765_400, 2027, 104_112_800, -5_347_400],
    ]);
  });
});

describe('a header aligned on screen over rows grouped under a name alone', () => {
  it('"義務的経費" alone between the header and its rows heads nothing; the years over "当初予算額　構成比" head the figures', () => {
    const src = ['３　性質別歳出', '                                                                                      （単位：千円）',
      '                              令和８年度            令和７年度        増　減　額        増　減　率',
      '         区    分             当初予算額  構成比    当初予算額  構成比      （A）－（B）  （A）／（B）－１', '',
      '  義務的経費', '    人件費                    14,286,350    15.0    14,012,877    14.7           273,473               2.0',
      '    扶助費                    28,914,206    30.3    27,635,418    29.0         1,278,788               4.6', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.previous ? r.previous.yen / 1e3 : null])).toEqual([[14_286_350, 2026, 14_012_877], [28_914_206, 2026, 27_635_418]]);
  });
});

describe('a review sheet of last year\'s settlement, this year\'s budget and the review\'s effect', () => {
  it('"R6決算額 | R7当初予算額 | … | 見直しによる影響見込額": two figures of their own years, the effect a change', () => {
    const src = ['令和７年度 架空市外部評価結果,,,,,', ',,,,,（単位：千円）', 'No.,事業名,R6決算額,R7当初予算額,評価区分,見直しによる影響見込額（△は減）',
      '1,架空推進事業,"18,420","21,000",改善,"△2,300"', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.stage, r.fy, r.previous ? r.previous.yen / 1e3 : null])).toEqual([[18_420, 'settlement', 2024, null], [21_000, 'budget', 2025, null]]);
  });
});

describe('a table flattened column by column with years for its row names', () => {
  it('"年度 / 令和４年度 / … / 予算額 / 2,480 / … / 執行額 / 1,702 / … / －": each figure of its row\'s year, 執行額 the settlement', () => {
    const src = ['令和７年度 架空調査', '【予算額・執行額】（単位：百万円）', '年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度',
      '予算額', '2,480', '2,615', '2,730', '2,300', '執行額', '1,702', '1,655', '1,596', '－', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage, r.fy])).toEqual([
      [2_480, 'budget', 2022], [2_615, 'budget', 2023], [2_730, 'budget', 2024], [2_300, 'budget', 2025],
      [1_702, 'settlement', 2022], [1_655, 'settlement', 2023], [1_596, 'settlement', 2024],
    ]);
  });
});

describe('a table of years across, flattened one cell a line', () => {
  it('"区分 / H30 / R元 / R2" then "歳入決算額" and one figure a line: each figure of its column\'s year', () => {
    const src = ['架空町の財政　令和６年度版', '表　特別会計 歳入歳出決算額の推移', '（単位：千円）', '区分', 'H30', 'R元', 'R2', '歳入決算額', '1,542,106', '1,528,774', '1,497,652', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.stage, r.fy])).toEqual([[1_542_106, 'settlement', 2018], [1_528_774, 'settlement', 2019], [1_497_652, 'settlement', 2020]]);
  });

  it('a year alone over each figure ("H30 / 1,520 / R1 / 1,684") still names its own figure', () => {
    const src = ['架空鉄道の安全対策（当初予算）', '（単位：百万円）', 'H30', '1,520', 'R1', '1,684', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.fy])).toEqual([[1_520, 2018], [1_684, 2019]]);
  });
});

describe('a chart\'s data labels, then its years, one a line', () => {
  it('"6,984 / 7,118 / 7,250 / R7 / R8 / R9" under （単位：億円）: each figure of its year', () => {
    const src = ['架空県 令和９年度当初予算案の概要', '予算規模の推移（一般会計・当初）', '（単位：億円）', '6,984', '7,118', '7,250', 'R7', 'R8', 'R9', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.fy])).toEqual([[6_984, 2025], [7_118, 2026], [7_250, 2027]]);
  });
  it('after the chart\'s axis ("1,400 / … / 0"), its data labels take the years "令和2" / "3" / "4"; the axis and the years are no figures', () => {
    const src = ['架空白書', '図表1　架空関係予算の推移', '（億円）', '1,400', '1,200', '1,000', '800', '600', '400', '200', '0',
      '903', '975', '1,047', '令和2', '3', '4', '（年度）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.fy])).toEqual([[12, 903, 2020], [13, 975, 2021], [14, 1_047, 2022]]);
  });
});

describe('three years of one stage with a change column after last year\'s', () => {
  it('"R6決算額 | 構成比 | R5決算額 | 増減額 | 増減率 | H30決算額": this year against last, the older year a figure of its own', () => {
    const src = ['令和６年度　架空村一般会計歳出決算額（款別）', '(単位：千円、％)',
      '款\t区分\t令和6年度決算額\t構成比\t令和5年度決算額\t増減額\t増減率\t平成30年度決算額\t対H30増減率',
      '1\t議会費\t"88,120"\t1.5\t"86,400"\t"1,720"\t2.0\t"90,310"\t-2.4',
      '2\t総務費\t"1,104,300"\t18.2\t"1,201,500"\t"▲ 97,200"\t-8.1\t"905,220"\t22.0', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [88_120, 2024, 86_400, 1_720], [90_310, 2018, null, null], [1_104_300, 2024, 1_201_500, -97_200], [905_220, 2018, null, null],
    ]);
  });
});

describe('a row naming its own unit under a header with none', () => {
  it('"標準財政規模（千円）\\t27,102,338\\t…" beside rows of ratios: its figures in 千円, each of its column\'s year, the unit no part of the name', () => {
    const src = ['架空町　健全化判断比率の推移', '区分\t令和3年度\t令和4年度\t令和5年度', '実質公債費比率（％）\t8.4\t7.9\t7.6',
      '標準財政規模（千円）\t5,102,338\t5,455,910\t5,390,412', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.item])).toEqual([
      [5_102_338, 2021, '標準財政規模'], [5_455_910, 2022, '標準財政規模'], [5_390_412, 2023, '標準財政規模'],
    ]);
  });
});

describe('a share in brackets after a figure in 千円', () => {
  it('"地方税: 2,215,880 (26.3)" under （単位: 千円）: the fraction is the figure\'s share, no previous figure', () => {
    const src = ['架空町 決算カード 令和5年度', '[歳入の状況]（単位: 千円）', '地方税: 1,215,880 (26.3)', '地方交付税: 1,894,602 (34.4)', '地方債: 305,300 (7.2)', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.previous?.yen ?? null])).toEqual([[1_215_880, null], [1_894_602, null], [305_300, null]]);
  });
});

describe('a column of a part of the figure to its left', () => {
  it('"決算額（円） / うち一般財源（円） / 前年度決算額（円）" one a line: the part of the settlement\'s stage, last year\'s the previous', () => {
    const src = ['令和５年度　主要な施策の成果説明書', '架空町', '事業名', '架空医療費助成事業', '決算額（円）', 'うち一般財源（円）', '前年度決算額（円）',
      '38,215,330', '21,902,115', '35,877,410', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([[38_215_330, 'settlement', 2023, 35_877_410], [21_902_115, 'settlement', 2023, null]]);
  });

  it('"予算額 決算額 増減 うち仮受消費税" aligned with spaces: the part is of the settlement', () => {
    const src = ['令和５年度　架空市水道事業決算報告書', '  【収入】                                        （単位：円）',
      '                        予算額           決算額      予算額に比べ決算額の増減     うち仮受消費税',
      '   第１款 水道事業収益     190,120,000      192,563,874          2,443,874              14,138,545', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[190_120_000, 'budget'], [192_563_874, 'settlement'], [14_138_545, 'settlement']]);
  });
});

describe('a tab header whose cells hold line breaks', () => {
  it('"区分\\t令和６年度" / "決算額（Ａ）\\t令和５年度" / … over rows of five cells: one header row; figures keep their own lines', () => {
    const src = ['表１　架空市の主な歳入', '（単位：千円）', '区分\t令和６年度', '決算額（Ａ）\t令和５年度', '決算額（Ｂ）\t比較', '（Ａ）－（Ｂ）\t増減率', '（％）',
      '市税\t５，２８４，３１０\t５，１０２，８７６\t１８１，４３４\t３．６', '地方交付税\t２，８７０，４５０\t３，２１４，３００\t△３４３，８５０\t△１０．７', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e3, r.fy, r.stage, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [8, 5_284_310, 2024, 'settlement', 5_102_876, 181_434], [9, 2_870_450, 2024, 'settlement', 3_214_300, -343_850],
    ]);
  });

  it('a last cell\'s bracket alone on the line under a header stays a line of its own', () => {
    expect(tabHeaderJoined('No.\t事業名\t予算額\t見直し後の額\n（令和9年度要求反映額）\n1\t架空事業\t18,640\t15,440\n')).toBe('No.\t事業名\t予算額\t見直し後の額\n（令和9年度要求反映額）\n1\t架空事業\t18,640\t15,440\n');
  });
});

describe('a 事業費 column over rows with last year\'s figure in brackets', () => {
  it('"No. 事業名 事業費 （前年度）" aligned with spaces: each row\'s figure and last year\'s, its number and mark no part of its name', () => {
    const src = ['令和７年度 主要施策の概要', '（単位：千円）', '   No.      事業名                   事業費     （前年度）',
      '   1  ◎ 架空給食費無償化事業            46,820       （ － ）', '   2  ○ 架空児童クラブ運営事業             184,320       （171,050）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.item, r.previous ? r.previous.yen / 1e3 : null])).toEqual([
      [46_820, '架空給食費無償化事業', null], [184_320, '架空児童クラブ運営事業', 171_050],
    ]);
  });
});

describe('a row of units under a CSV header', () => {
  it('"R7当初予算額","R6当初予算額","増減額" over "","","単位：千円",…: the header stands, last year\'s the previous', () => {
    const src = ['"令和7年度当初予算 主要施策一覧（架空県）",,,,,', '"No","部局名","事業名","R7当初予算額","R6当初予算額","増減額"', '"","","","単位：千円","単位：千円","単位：千円"',
      '"2","総務部","架空オンライン化事業","215,640","248,900","-33,260"', '"7","健康福祉部","架空検診事業","54,280","53,910","370"', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [215_640, 2025, 248_900, -33_260], [54_280, 2025, 53_910, 370],
    ]);
  });
});

describe('a title naming its year over a header of compact years', () => {
  it('"令和７年度 架空白書" over "（億円）" and "区分 H27 H28 H29 H30 R1": each figure of its column\'s year, none of the title\'s', () => {
    const src = ['令和７年度 架空白書', '（億円）', '区分 H27 H28 H29 H30 R1', '架空事業 1,305 1,312 1,318 1,327 1,334', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.fy])).toEqual([[1_305, 2015], [1_312, 2016], [1_318, 2017], [1_327, 2018], [1_334, 2019]]);
  });
});

describe('a tab table\'s row set apart by single spaces', () => {
  it('"架空費 1,012,400 988,700 23,700 2.4%" between tab rows: read as a row of the table', () => {
    const src = ['令和７年度 架空市予算', '（単位：千円）', '区分\t令和7年度\t令和6年度\t増減額\t増減率', '議会費\t412,600\t405,100\t7,500\t1.9%',
      '農林水産業費 1,012,400 988,700 23,700 2.4%', '土木費\t7,120,800\t6,684,200\t436,600\t6.5%', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null])).toEqual([
      ['議会費', 412_600, 405_100], ['農林水産業費', 1_012_400, 988_700], ['土木費', 7_120_800, 6_684_200],
    ]);
  });
});

describe('a short figure on a list line with last year\'s in a bracket after it', () => {
  it('"・架空事業 412 （388）", "・架空DX事業 96 （新規）" under （単位：百万円）: figures, last year\'s or new', () => {
    const src = ['令和７年度 架空県当初予算案の概要', '（単位：百万円）', '・架空交通再編支援事業 412 （388）', '・架空DX共同調達支援事業 96 （新規）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.previous ? r.previous.yen / 1e6 : null, r.flags.includes('new')])).toEqual([[412, 388, false], [96, null, true]]);
  });
});

describe('a plan\'s header of compact years over 当初 and 計画', () => {
  it('"R7 R8 R9 R10" over "当初 計画 計画 計画": this year\'s budget, then each year\'s projection (計画 is no total)', () => {
    const src = ['令和7年3月 架空市中期財政計画', '（単位：百万円）', '                                  R7          R8          R9          R10',
      '        区        分             当初        計画        計画        計画', '     市税                        15,842      15,910      15,955      15,980', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.fy, r.stage])).toEqual([[15_842, 2025, 'budget'], [15_910, 2026, 'other'], [15_955, 2027, 'other'], [15_980, 2028, 'other']]);
  });
});

describe('a group heading spread over several columns', () => {
  it('"令 和 7 年 度 上 半 期" and "前 年 同 期（令和6年度）" each over "予算現額　収入済額　収入率": last year\'s group is the previous', () => {
    const src = ['令和7年10月　架空市財政事情の公表', '  (1) 歳 入                                                               （単位：千円、％）',
      '                        令 和 7 年 度 上 半 期                   前 年 同 期（令和6年度）',
      '    区   分        予算現額      収入済額     収入率         予算現額      収入済額     収入率',
      '    市税          21,486,300    11,204,518     52.1       21,037,900    10,968,402     52.1', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.stage, r.previous ? r.previous.yen / 1e3 : null])).toEqual([
      [21_486_300, 2025, 'budget', 21_037_900], [11_204_518, 2025, 'settlement', 10_968_402],
    ]);
  });
});

describe('last year\'s settlement, last year\'s budget and its supplementary beside this year\'s draft, with a change', () => {
  it('a CSV "令和6年度決算,令和7年度当初,令和7年度補正（第1号）,令和8年度政府案,対前年度増減,増減率": this year\'s against last, the settlement a figure of its own, the rate no figure', () => {
    const src = ['令和８年度 架空省予算（政府案）の概要', '"(単位：億円)",,,,,,', '区分,令和6年度決算,令和7年度当初,令和7年度補正（第1号）,令和8年度政府案,対前年度増減,増減率',
      '一般会計,"5,628","5,412","2,984","5,537",125,2.3', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy, r.previous ? r.previous.yen / 1e8 : null, r.supplementary ? r.supplementary.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null])).toEqual([
      [5_628, 'settlement', 2024, null, null, null], [5_537, 'budget', 2026, 5_412, 2_984, 125],
    ]);
  });

  it('a rate column beside years side by side in a CSV holds no figure of the series', () => {
    const src = ['架空市の財政の推移', '"(単位：億円)",,,,', '区分,令和5年度,令和6年度,令和7年度,伸び率', '"市税","1,158.4","1,159.1","1,159.5",0.3', '"県税","2,158.4","2,159.1","2,159.5",0.3', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.fy])).toEqual([[1_158.4, 2023], [1_159.1, 2024], [1_159.5, 2025], [2_158.4, 2023], [2_159.1, 2024], [2_159.5, 2025]]);
  });
});

describe('a unit of a thousand million yen', () => {
  it('"（単位：十億円）" declares the unit, and is no figure of ten 億円', () => {
    const src = ['令和8年度 架空省予算', '（単位：十億円）', '区分\t令和7年度\t令和8年度', '一般会計\t541.2\t553.7', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[4, 5_537, 5_412]]);
  });
});

describe('a year spanning parts and their total, beside last year\'s total', () => {
  it('"令和7年度（ごみ処理分 | 消防分 | 計） | 令和6年度 計 | 比較増減": last year\'s total and the change go with this year\'s total', () => {
    const src = ['令和7年度 架空組合 一般会計予算の概要,,,,,', '3 構成市町村負担金,,,,,（単位：千円）', '市町村名,令和7年度,,,令和6年度,比較増減', ',ごみ処理分,消防分,計,計,',
      '東峰市,"402,118","468,905","871,023","850,010","21,013"', '西峰町,"141,260","162,337","303,597","293,789","9,808"', ''].join('\n');
    expect(extract(src).filter((r) => r.line === 5).map((r) => [r.yen / 1e3, r.item, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [402_118, '東峰市', null, null], [468_905, '東峰市 消防分', null, null], [871_023, '東峰市', 850_010, 21_013],
    ]);
  });
});

describe('a tab header whose quoted cells hold line breaks, over an empty row', () => {
  it('"科目\\t\\"本年度" / "予算額\\"\\t\\"前年度" / "予算額\\"\\t比較" then an empty row of cells: one header row', () => {
    const src = ['令和７年度　架空町一般会計予算　歳出\t\t\t', '\t\t\t（単位：千円）', '科　　目\t"本年度', '予算額"\t"前年度', '予算額"\t比　較', '\t\t\t',
      '１款　議会費\t98,512\t97,204\t1,308', '２款　総務費\t821,337\t786,948\t34,389', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [7, 98_512, 97_204, 1_308], [8, 821_337, 786_948, 34_389],
    ]);
  });
});

describe('a table aligned with spaces in a text that also holds a quoted CSV', () => {
  it('its figures keep their commas, and "残  高" under each year-end is one heading a column', () => {
    const src = ['架空町 財政状況資料集（令和６年度決算）', '（１）基金残高の推移                                                      （単位：千円）',
      '    区    分            令和４年度末    令和５年度末    令和６年度末', '                          残  高          残  高          残  高',
      '  財政調整基金               1,902,116       2,045,520       1,835,480', '', '（２）令和６年度中の増減', '"基金名","前年度末現在高","積立額","取崩額","令和６年度末現在高"',
      '"","（千円）","（千円）","（千円）","（千円）"', '"財政調整基金","2,045,520","125,060","335,100","1,835,480"', ''].join('\n');
    expect(extract(src).filter((r) => r.line === 5).map((r) => [r.text, r.yen / 1e3, r.fy])).toEqual([['1,902,116', 1_902_116, 2022], ['2,045,520', 2_045_520, 2023], ['1,835,480', 1_835_480, 2024]]);
  });
  it('and prose beside it keeps the commas grouping its figures', () => {
    const src = ['令和5年度架空町一般会計歳入歳出決算の認定について', '　町に入ったお金（収入済額）の合計が74億1,852万6千円、支払ったお金（支出済額）の合計が70億4,689万1千円でした。', '',
      '"区分","金額（円）"', '"歳入総額","7,418,526,000"', '"歳出総額","7,046,891,000"', ''].join('\n');
    expect(extract(src).filter((r) => r.line === 2).map((r) => r.text)).toEqual(['74億1,852万6千円', '70億4,689万1千円']);
  });
});

describe('headings in brackets and a supplementary budget named by its month', () => {
  it('"事業名 | 令和7年度当初予算案 | （前年度） | ［2月補正］": last year\'s figure and the supplementary one', () => {
    const src = ['令和７年度 架空県当初予算案の概要', '事業名\t令和7年度当初予算案\t（前年度）\t［2月補正］', '架空しゅんせつ緊急対策\t14.8億円\t13.6億円\t［9.0億円］', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[14.8, 13.6, 9]]);
  });
});

describe('rows of amounts with their units, with cells saying none and footnote marks', () => {
  it('a header cut after 前年度 ("… 決算額 前年度" / "決算額 増減"), "－" and "…" cells keeping their places, "※1" marks no words', () => {
    const src = ['令和５年度 架空町 主要施策の成果', '第２表 主要事業の決算状況', '事業名 当初予算額 補正予算額 決算額 前年度', '決算額 増減',
      '架空交通維持事業 248,300千円 － 241,006千円 232,540千円 8,466千円', '架空バス運行補助 96,000千円 4,000千円※1 99,118千円 88,402千円 10,716千円',
      '架空給付金事業※2 420,000千円 186,500千円 598,240千円 … …', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e3, r.stage, r.previous ? r.previous.yen / 1e3 : null])).toEqual([
      [5, 248_300, 'budget', null], [5, 241_006, 'settlement', 232_540],
      [6, 96_000, 'budget', null], [6, 4_000, 'supplementary', null], [6, 99_118, 'settlement', 88_402],
      [7, 420_000, 'budget', null], [7, 186_500, 'supplementary', null], [7, 598_240, 'settlement', null],
    ]);
  });
});

describe('a header given one character a line', () => {
  it('"部" / "局" / "名" / "補" / "正" / "前" / "の" / "額" / … over rows under （単位：千円）: its columns, the rows\' lines their own', () => {
    const src = ['令和６年度 架空県一般会計補正予算（第４号）の概要', '第１表 部局別補正額', '（単位：千円）', ...'部局名補正前の額補正額補正後の額'.split(''),
      '総務部 58,412,300 120,500 58,532,800', '健康福祉部 182,604,115 1,402,300 184,006,415', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e3, r.stage])).toEqual([
      [20, 58_412_300, 'budget'], [20, 120_500, 'supplementary'], [20, 58_532_800, 'budget'],
      [21, 182_604_115, 'budget'], [21, 1_402_300, 'supplementary'], [21, 184_006_415, 'budget'],
    ]);
  });

  it('a run of letters a line that spells no header of figures stays as it is', () => {
    const text = ['歳', '入', 'の', '内', '訳', 'で', 'す', '架空税 1,200'].join('\n');
    expect(verticalHeaderJoined(text)).toBe(text);
  });

  it('a cell saying none between a row\'s name and its first figure keeps its column\'s place', () => {
    const src = ['令和５年度 架空町 主要施策の成果', '事業名 当初予算額 補正予算額 決算額 前年度', '決算額 増減', '架空給食費事業 － 212,000千円 208,655千円 … …', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.stage, r.item])).toEqual([[212_000, 'supplementary', '架空給食費事業 補正予算額'], [208_655, 'settlement', '架空給食費事業 決算額']]);
  });
});

describe('a header of two lines set apart by single spaces, paired from the right', () => {
  it('"会計区分 会計名 令和7年度 令和6年度 比較増減 増減率" over "当初予算額(A) 当初予算額(B) (A)-(B) （％）": this year, last year, the change', () => {
    const src = ['令和7年度 架空市会計別予算額', '単位：千円', '会計区分 会計名 令和7年度 令和6年度 比較増減 増減率', ' 当初予算額(A) 当初予算額(B) (A)-(B) （％）',
      '一般会計 一般会計 41,268,000 40,312,500 955,500 2.4', '特別会計 架空事業 9,842,310 10,015,220 △172,910 △1.7', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      [41_268_000, 40_312_500, 955_500], [9_842_310, 10_015_220, -172_910],
    ]);
  });
});


describe('a header one cell a line over rows set apart by single spaces', () => {
  it('"区分" / "令和8年度当初予算額" / "令和9年度予算案" / "増減率%" over "道路整備費 1,200 1,260 5.0": one header row', () => {
    const src = '（単位：億円）\n区分\n令和8年度当初予算額\n令和9年度予算案\n対前年度増減率%\n道路整備費 1,200 1,260 5.0\nその他の関係費 800 780 △ 2.5\n';
    expect(extract(src).map((r) => [r.line, r.item, r.yen / 1e8, r.fy, (r.previous?.yen ?? 0) / 1e8])).toEqual([
      [6, '道路整備費', 1_260, 2027, 1_200], [7, 'その他の関係費', 780, 2027, 800],
    ]);
    expect(cellLinesOverSpaceRow(src)).toBe(src.replace('区分\n令和8年度当初予算額\n令和9年度予算案\n', '区分 令和8年度当初予算額 令和9年度予算案 '));
  });
  it('leaves alone prose over a row, a header given one character a line, and a run longer than the row\'s cells', () => {
    for (const t of [
      '歳入は次のとおり。\n予算は増えた。\n詳細は下表。\n市税 38,412 37,905\n',
      '（単位：千円）\n補\n正\n額\n総務部 58,412 120\n',
      '予算額\n区分\n当初予算額\n補正後予算額\n市税 38,412 37,905\n',
    ]) expect(cellLinesOverSpaceRow(t)).toBe(t);
  });
});

describe('a settlement table naming no unit, in yen', () => {
  it('figures of thirteen digits under columns and no unit anywhere: yen, for every row of the table', () => {
    const src = ['区分 | 予算現額 | 歳入決算額 | 歳出決算額 |', '一般会計 | 3,163,335,565,000 | 3,113,745,523,898 | 3,110,353,377,963 |', '特別会計 | 91,162,686,000 | 93,060,453,611 | 88,890,150,307 |', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.flags.includes('unit_from_header')])).toEqual([
      [2, 3_163_335_565_000, 'budget', true], [2, 3_113_745_523_898, 'settlement', true], [2, 3_110_353_377_963, 'settlement', true],
      [3, 91_162_686_000, 'budget', true], [3, 93_060_453_611, 'settlement', true], [3, 88_890_150_307, 'settlement', true],
    ]);
    // (twelve digits may be thousands of yen, a nation's budget: no unit is guessed)
    expect(extract(src.replace(/3,1(\d\d),/gu, '1$1,').replace(/3,11/gu, '11'))).toEqual([]);
  });
});

describe('a year\'s column beside its own, the year before in brackets', () => {
  it('"区分 | 10年度 | (9年度)": the bracketed year is last year\'s, in a cell of its own', () => {
    const src = '（単位：千円）\n区分\t7年度\t(6年度)\n徴収決定済額\t89,789,054\t80,172,637\n';
    expect(extract(src).map((r) => [r.line, r.yen / 1000, r.fy, (r.previous?.yen ?? 0) / 1000])).toEqual([[3, 89_789_054, 2025, 80_172_637]]);
    expect(readColumns('区分 | 7年度 | (6年度) |', 2025).map((c) => [c.role, c.fy])).toEqual([['primary', 2025], ['previous', 2024]]);
  });
});

describe('a settlement table writing its unit before the first row\'s figures, that row broken one cell a line', () => {
  const src = ['一般会計の歳入決算は次表のとおりである。', '区分 | 8年度 | (7年度) |', '徴収決定済額 |', '千円 89,789,054,772 |', '千円 80,172,637,701 |',
    '収納済歳入額 | 89,782,693,817 | 80,170,473,078 |', '不納欠損額 | 619,083 | 431,566 |', ''].join('\n');
  it('"千円 89,789,054,772": the table\'s unit, for its rows below too; each row\'s figure with last year\'s, on its lines', () => {
    expect(extract(src).map((r) => [r.line, r.text, r.yen / 1000, r.fy, (r.previous?.yen ?? 0) / 1000])).toEqual([
      [4, '89,789,054,772', 89_789_054_772, 2026, 80_172_637_701], [6, '89,782,693,817', 89_782_693_817, 2026, 80_170_473_078], [7, '619,083', 619_083, 2026, 431_566],
    ]);
  });
  it('joins the one row\'s cells, and leaves alone a name\'s cell without figures after it, or lines far from a pipe row', () => {
    expect(pipeRowCellLines(src)).toBe(src.replace('徴収決定済額 |\n千円 89,789,054,772 |\n', '徴収決定済額 | 千円 89,789,054,772 | '));
    for (const t of ['区分 | 8年度 | 7年度 |\n注記 |\n以上 |\n', '区分 | 8年度 | 7年度 |\n合計 |\n1,200 |\n', '区分 | 8年度 | 7年度 |\n\n\n\n\n\n歳入 |\n1,200 |\n1,100 |\n']) expect(pipeRowCellLines(t)).toBe(t);
  });
});

describe('the columns of a national settlement', () => {
  it('徴収決定済額, 収納済歳入額, 不納欠損額, 収納未済歳入額, 支出済歳出額 are settlement columns; 歳入歳出差額 is the surplus, no change', () => {
    expect(readColumns('区分 歳入予算額 徴収決定済額 収納済歳入額 不納欠損額 収納未済歳入額', 2025).map((c) => [c.role, c.stage])).toEqual([
      ['primary', 'budget'], ['primary', 'settlement'], ['primary', 'settlement'], ['primary', 'settlement'], ['primary', 'settlement'],
    ]);
    const src = '令和7年度特別会計歳入歳出決算の概要\n(単位:億円)\n区分 収納済歳入額 支出済歳出額 歳入歳出差額\n道路勘定 2,845.6 2,512.3 333.3\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.change?.yen ?? null])).toEqual([[2_845.6, 'settlement', null], [2_512.3, 'settlement', null], [333.3, 'settlement', null]]);
  });
  it('a column word\'s stage glued after it in brackets ("予算額(補正後)") qualifies it: one column, not two', () => {
    expect(readColumns('区分 予算額(補正後) (A) 収納済歳入額(B) 比較(B)－(A)', 2025).map((c) => [c.role, c.stage])).toEqual([['primary', 'budget'], ['primary', 'settlement'], ['change', null]]);
  });
});

describe('columns of stages each over a group of sub-columns', () => {
  const src = ['令和9年度当初予算 一般会計査定状況', '(単位 千円)', 'No. 所属名称 事業名 要求額 査定額 査定状況', '一般財源 特定財源 要求総額 一般財源 特定財源 査定総額',
    '1 議会事務局 01 議会費 議員報酬事業 290,381 0 290,381 285,884 0 285,884 一部を減額', '10 行政管理課 02 総務費 法規関係事業 3,544 1,847 5,391 3,544 1,847 5,391 要求どおり', ''].join('\n');
  it('"要求額 査定額" over six sub-headings: the first three cells are the request\'s, the last three the budget granted', () => {
    expect(extract(src).filter((r) => r.line === 6).map((r) => [r.yen / 1000, r.stage])).toEqual([
      [3_544, 'request'], [1_847, 'request'], [5_391, 'request'], [3_544, 'budget'], [1_847, 'budget'], [5_391, 'budget'],
    ]);
  });
  it('without a line of as many sub-headings over the rows (the header\'s own line right over them), no column is spread', () => {
    const bare = src.replace('一般財源 特定財源 要求総額 一般財源 特定財源 査定総額\n', '');
    expect(extract(bare).filter((r) => r.line === 5).map((r) => r.stage)).not.toEqual(['request', 'request', 'request', 'budget', 'budget', 'budget']);
  });
});

describe('a header of years\' ends over rows of amounts with their units, set apart by single spaces', () => {
  it('"区分 令和3年度末 令和4年度末" over "財政調整基金 7,972百万円 8,918百万円": balances, each of its column\'s year', () => {
    const src = '基金残高の推移\n区分 令和3年度末 令和4年度末 令和5年度末\n財政調整基金 7,972百万円 8,918百万円 9,547百万円\n';
    expect(extract(src).map((r) => [r.yen / 1e6, r.fy, r.stage])).toEqual([[7_972, 2021, 'other'], [8_918, 2022, 'other'], [9_547, 2023, 'other']]);
  });
});

describe('a whole pipe table a web copy broke one cell a line', () => {
  const src = ['市債残高の推移 (百万円)', '|', '令和5年度 |', '令和6年度 |', '令和7年度 |', '前年度末残高(1) |', '47,434 |', '46,938 |', '46,573 |',
    '元金償還金(2) |', '4,578 |', '4,657 |', '4,264 |', '市民1人当たりの市債残高は約40万円です。', ''].join('\n');
  it('"|" / "令和5年度 |" / … then "前年度末残高(1) |" / "47,434 |" / …: the header and each row read whole, a figure per year', () => {
    expect(extract(src).filter((r) => r.flags.includes('unit_from_header')).map((r) => [r.line, r.yen / 1e6, r.fy])).toEqual([
      [7, 47_434, 2023], [8, 46_938, 2024], [9, 46_573, 2025], [11, 4_578, 2023], [12, 4_657, 2024], [13, 4_264, 2025],
    ]);
    expect(pipeRowCellLines(src).split('\n').slice(1, 4)).toEqual(['| 令和5年度 | 令和6年度 | 令和7年度 |', '前年度末残高(1) | 47,434 | 46,938 | 46,573 |', '元金償還金(2) | 4,578 | 4,657 | 4,264 |']);
  });
  it('a row\'s mark in brackets glued to its name ("前年度末残高(1)") is no figure of the row', () => {
    const rs = extract('市債残高の推移 (百万円)\n| 令和5年度 | 令和6年度 | 令和7年度 |\n前年度末残高(1) | 47,434 | 46,938 | 46,573 |\n');
    expect(rs.map((r) => [r.yen / 1e6, r.fy])).toEqual([[47_434, 2023], [46_938, 2024], [46_573, 2025]]);
  });
});

describe('years\' ends heading balances', () => {
  it('compact years\' ends side by side, "R4末 R5末 R6末", head each year\'s balance', () => {
    const rs = extract(['(単位:千円)', '区分 R4末 R5末 R6末', '財政調整基金 1,200 1,300 1,100'].join('\n'));
    expect(rs.map((r) => [r.yen / 1000, r.fy, r.stage])).toEqual([[1200, 2022, 'other'], [1300, 2023, 'other'], [1100, 2024, 'other']]);
  });
  it('numbers with 末 under their era alone, "（平成）" / "26末 27末 28末" / "（見込）" / "29末", head each year\'s balance', () => {
    const src = ['基金の状況', '(単位:百万円)', '年度', '(平成)', '26末 27末 28末', '(見込)', '29末', '(見込)', '財政調整基金 7,900 8,100 9,500 7,100'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.fy, r.stage])).toEqual([[7900, 2014, 'other'], [8100, 2015, 'other'], [9500, 2016, 'other'], [7100, 2017, 'other']]);
  });
});

describe('a settlement\'s balances', () => {
  it('形式収支, 翌年度へ繰り越すべき財源 and 実質収支 columns are the settlement\'s figures, no changes', () => {
    const src = ['(単位:円)', '区分 | 予算現額 | 歳入決算額 A | 歳出決算額 B | 歳入歳出差引額 (形式収支) C=A-B | 翌年度へ繰り越す べき財源 D | 実質収支額 C-D |',
      '一般会計 | 1,200,000,000 | 1,180,000,000 | 1,150,000,000 | 30,000,000 | 12,000,000 | 18,000,000 |'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage])).toEqual([[1200, 'budget'], [1180, 'settlement'], [1150, 'settlement'], [30, 'settlement'], [12, 'settlement'], [18, 'settlement']]);
  });
  it('"形式収支は△5億余円" in prose is the settlement\'s balance', () => {
    expect(extract('・形式収支は△5億余円で2年連続の赤字となった。').map((r) => [r.yen / 1e8, r.stage])).toEqual([[-5, 'settlement']]);
  });
});

describe('a header one cell a line, each year over its stage word, over rows set apart by spaces', () => {
  const src = ['(単位:億円)', '                      年  度', '区  分', '平成9年度', '当初予算額', '平成10年度', '予  算  案', '対前年度', '増減率%',
    '     林業振興費   8,493 8,907 4.9', 'その他の関係費 6,318 6,094 △ 3.6', '', '合  計       14,811     15,001     1.3'].join('\n');
  it('reads this year\'s figure with last year\'s, and no rate as a figure', () => {
    expect(extract(src).map((r) => [r.yen / 1e8, r.fy, r.stage, r.previous?.yen ? r.previous.yen / 1e8 : null])).toEqual([
      [8907, 1998, 'budget', 8493], [6094, 1998, 'budget', 6318], [15001, 1998, 'budget', 14811]]);
  });
  it('joins the header into one row of tabs and sets the rows\' gaps as tabs, one character for one', () => {
    const out = yearLinesOverSpaceRows(src);
    expect(out.length).toBe(src.length);
    expect(out.split('\n')[2]).toBe('区  分\t平成9年度 当初予算額\t平成10年度 予  算  案\t対前年度 増減率%');
    expect(out.split('\n')[3]).toBe('     林業振興費\t  8,493\t8,907\t4.9');
  });
  it('leaves a header whose lines make more cells than the row alone', () => {
    const t = ['区分', '平成9年度', '当初予算額', '平成10年度', '予算案', '備考', '林業振興費 8,493 8,907'].join('\n');
    expect(yearLinesOverSpaceRows(t)).toBe(t);
  });
});

describe('dash cells in a row set apart by spaces', () => {
  it('"3.3 - - 512": a dash a space before a figure, after a dash cell or a figure, is an empty cell, no minus sign', () => {
    const src = ['平成10年度予算案 関係経費(省庁別総括表)', '(単位:百万円)', '事項', '省庁別', '   一般会計中の', '関係費', 'C=A+B', '   特別会計中の', '関係費', '合計', 'C+D',
      '対前年度', '伸び率%', '対前年度', '伸び率%', '対前年度', '伸び率%', '国        会 512 3.3 - - 512 3.3 - - 512 3.3', '防  衛  庁 - - 1,176 △17.8 1,176 △17.8 - - 1,176 △17.8'].join('\n');
    expect(extract(src).map((r) => r.yen / 1e6)).toEqual([512, 512, 512, 1176, 1176, 1176]);
  });
});

describe('a table whose rows span two lines under a header of two lines', () => {
  it('each row\'s second line, "784億9,100万円 | 96.6%", is under the header\'s second line, "支出済額(c) | 執行率(c/a)"', () => {
    const src = ['令和6年度 一般会計・特別会計執行状況', '予算現額(a) | 収入済額(b) | 収入率(b/a) | 差引額(b-c) | ||', '---|---|---|---|---|---|', '支出済額(c) | 執行率(c/a) | ||||',
      '一般会計 | 812億4,000万円 | 815億1,200万円 | 100.3% | 30億2,100万円 | |', '784億9,100万円 | 96.6% | ||||',
      '下水道事業会計 | 95億3,000万円 | 93億8,000万円 | 98.4% | 1億5,500万円 | |', '92億2,500万円 | 96.8% | ||||'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.stage, r.item])).toEqual([
      [8124000, 'budget', '一般会計'], [8151200, 'settlement', '一般会計'], [302100, 'settlement', '一般会計'], [7849100, 'settlement', '一般会計'],
      [953000, 'budget', '下水道事業会計'], [938000, 'settlement', '下水道事業会計'], [15500, 'settlement', '下水道事業会計'], [922500, 'settlement', '下水道事業会計']]);
  });
  it('a two-line header over rows of one line each stays one header ("令和7年度" over "当初予算額 | 補正後")', () => {
    const src = ['(単位:千円)', '区分 | 令和7年度 | |', '| 当初予算額 | 補正後予算額 |', '総務費 | 1,200 | 1,350 |', '民生費 | 2,400 | 2,480 |'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1000, r.item])).toEqual([[1200, '総務費'], [1350, '総務費'], [2400, '民生費'], [2480, '民生費']]);
  });
});

describe('ranks one a line over their rows\' names', () => {
  it('"1" / "人件費" / "150,086" / "31.4" …: the ranks and the shares are no figures, the amounts are', () => {
    const src = ['表2 性質別歳出の構成比(令和5年度決算)', '(単位:億円、%)', '県 市町村 純計', '区分 決算額 構成比 区分 決算額 構成比 区分 決算額 構成比',
      '1', '人件費', '15,086', '31.4', '1', '人件費', '10,255', '20.9', '1', '人件費', '25,264', '27.9',
      '2', '補助費等', '9,207', '19.2', '2', '普通建設事業費', '7,270', '14.8', '2', '普通建設事業費', '15,104', '16.7'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.item])).toEqual([[15086, '人件費'], [10255, '人件費'], [25264, '人件費'], [9207, '補助費等'], [7270, '普通建設事業費'], [15104, '普通建設事業費']]);
  });
});

describe('a header of three short words over a table one cell a line', () => {
  it('"区分 決算額 構成比": the shares under 構成比 are no figures', () => {
    const src = ['性質別歳出(令和5年度決算)', '(単位:億円、%)', '区分 決算額 構成比', '人件費', '15,086', '31.4', '補助費等', '9,207', '19.2'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.item, r.stage])).toEqual([[15086, '人件費', 'settlement'], [9207, '補助費等', 'settlement']]);
  });
});
