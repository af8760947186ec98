// Stage 2 and 4 on tables invented for these tests: a year's column marked （実績） holds what was spent, a bare 決算
// heads a settlement column (spread out as a PDF lays it, too), footnote marks glued to headings, row names and
// cells are no part of them, and a fund's heading with its table's unit at the line's end still flags the rows.
import { afterEach, describe, expect, it } from 'vitest';
import { setEraHint } from '../../shared/era';
import { readColumns } from '../../shared/extract/celltables';
import { extract, type Extracted } from '../../shared/extract';
import { spansOk } from '../helpers/extracted';

afterEach(() => setEraHint(null));
const rows = (rs: Extracted[]) => rs.map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null]);

describe('results and outlook columns', () => {
  it('（実績） under a year is the settlement of that year, （見込） a projection', () => {
    const text = [
      '森ヶ丘市 施設整備の財源',
      '（単位：百万円）',
      '\t令和４年度\t令和５年度\t令和６年度',
      '\t（実績）\t（実績）\t（見込）',
      '使用料収入\t41\t38\t56',
    ].join('\n');
    const rs = extract(text);
    spansOk(text, rs);
    expect(rows(rs)).toEqual([
      [5, 41_000_000, 'settlement', 2022, null, null],
      [5, 38_000_000, 'settlement', 2023, null, null],
      [5, 56_000_000, 'other', 2024, null, null],
    ]);
  });
  it('a fund\'s own row under （実績） holds its balance, no settlement', () => {
    const text = [
      '４．基金残高の見込み（各年度末）',
      '　　　　　　　　　　　　　　　　　　　　　　　　（単位：百万円）',
      '区分　　　　　　　　　５年度（実績）　７年度　　８年度',
      '財政調整基金　　　　　　1,480　　　1,210　　　990',
    ].join('\n');
    setEraHint('reiwa');
    const rs = extract(text);
    expect(rs.map((r) => [r.stage, r.flags.includes('fund')])).toEqual([['other', true], ['other', true], ['other', true]]);
  });
});

describe('a fund named by a heading with its unit at the end', () => {
  it('flags every figure of the table under it', () => {
    const text = [
      '基金の状況                                              （単位：百万円）',
      '                        令和４年度   令和５年度   令和６年度',
      '                          （実績）     （実績）     （実績）',
      ' 運用益                        22           31           35',
      ' 事業への充当額             3,410        2,985        3,120',
    ].join('\n');
    const rs = extract(text);
    expect(rs).toHaveLength(6);
    expect(rs.every((r) => r.flags.includes('fund') && r.stage === 'settlement')).toBe(true);
  });
});

describe('a bare 決算 column and footnote marks', () => {
  it('決算 alone heads a settlement column, spread out or not; 決算 in a ratio\'s brackets does not', () => {
    expect(readColumns('年度 当初予算 補正後 決算', 2025).map((c) => c.stage)).toEqual(['budget', 'budget', 'settlement']);
    expect(readColumns('年度 当初予算 補正後 決  算', 2025).map((c) => c.stage)).toEqual(['budget', 'budget', 'settlement']);
    expect(readColumns('年度 当初予算額 決算額 前年度比（決算）', 2025).map((c) => c.role)).toEqual(['primary', 'primary', 'pct']);
  });
  it('years down the rows under a header over two lines, marks glued to a heading, a row\'s year and a cell', () => {
    setEraHint('reiwa');
    const text = [
      '資料　河川防災関係予算の推移',
      '                                                      （単位：億円）',
      '   年  度          当初予算      補正後※1     決  算',
      '                                 予 算 額',
      '平成30年度         1,845        2,412        2,198※3',
      '令和2年度※2       1,951        3,236        2,419',
      '令和3年度          2,012        2,630          －※4',
      '※1 補正後予算額は、最終補正後の額である。',
    ].join('\n');
    const rs = extract(text);
    spansOk(text, rs);
    expect(rs.filter((r) => r.line <= 7).map((r) => [r.line, r.text, r.stage, r.fy])).toEqual([
      [5, '1,845', 'budget', 2018], [5, '2,412', 'budget', 2018], [5, '2,198', 'settlement', 2018],
      [6, '1,951', 'budget', 2020], [6, '3,236', 'budget', 2020], [6, '2,419', 'settlement', 2020],
      [7, '2,012', 'budget', 2021], [7, '2,630', 'budget', 2021],
    ]);
  });
  it('a figure with a footnote mark is still the row\'s first cell, last year\'s and the change after it', () => {
    const text = [
      '（単位：千円）',
      '区分      令和５年度決算額    令和４年度決算額    増減額',
      '町債            1,870,000※         1,350,000       520,000',
      '繰越金            768,000           687,940        80,060',
    ].join('\n');
    const rs = extract(text);
    spansOk(text, rs);
    expect(rows(rs)).toEqual([
      [3, 1_870_000_000, 'settlement', 2023, 1_350_000_000, 520_000_000],
      [4, 768_000_000, 'settlement', 2023, 687_940_000, 80_060_000],
    ]);
  });
});

describe('a unit column', () => {
  it('each row of a CSV names its figures\' unit in a 単位 column; a note with its own unit leaves it', () => {
    const text = [
      '年度,会計,事業名,予算額,前年度予算額,増減,単位,備考',
      '2026,一般会計,図書館空調更新事業,"84,200","12,300","71,900",千円,',
      '2026,一般会計,子ども食堂支援事業,"6,500",新規,"6,500",千円,1団体あたり上限20万円',
      '2026,一般会計,公園遊具更新事業,"1,250","1,410","-160",百万円,',
    ].join('\n');
    const rs = extract(text);
    spansOk(text, rs);
    expect(rs.filter((r) => r.flags.includes('unit_from_header')).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.flags.includes('new')])).toEqual([
      [2, 84_200_000, 12_300_000, false],
      [3, 6_500_000, null, true],
      [4, 1_250_000_000, 1_410_000_000, false],
    ]);
  });
});

describe('a fund\'s statement over years, then its outlook', () => {
  const text = [
    '2　公共施設整備基金',
    '（単位：百万円）',
    '区　分\t令和4年度\t令和5年度\t令和6年度\t令和7年度',
    '\t（決算）\t（決算）\t（決算）\t（決算見込）',
    '積立額\t210\t405\t180\t96',
    '年度末残高\t3,114\t3,519\t3,699\t3,795',
    '前年度末比増減\t210\t405\t180\t96',
    '',
    '3　今後の見通し',
    '令和8年度当初予算案では、財政調整基金から1,400百万円、公共施設整備基金から600百万円を取り崩す予定です。運用益分20百万円の積立てを加味しても、残高は減少する見込みです。',
  ].join('\n');
  it('a row of changes from the year before under a row of balances gives each balance its change', () => {
    const rs = extract(text);
    spansOk(text, rs);
    expect(rs.filter((r) => r.line === 6).map((r) => [r.yen, r.change?.yen ?? null])).toEqual([
      [3_114_000_000, 210_000_000], [3_519_000_000, 405_000_000], [3_699_000_000, 180_000_000], [3_795_000_000, 96_000_000],
    ]);
    expect(rs.some((r) => r.line === 7)).toBe(false);
  });
  it('a series of years heads no text after it', () => {
    setEraHint('reiwa');
    expect(extract(text).filter((r) => r.line === 10).map((r) => [r.yen, r.fy])).toEqual([
      [1_400_000_000, 2026], [600_000_000, 2026], [20_000_000, 2026],
    ]);
  });
  it('a sentence opened by a year\'s budget as its topic speaks of it in every figure of that stage', () => {
    const t = [
      '令和6年度 決算の概要',
      '令和7年9月 海里町',
      '令和6年度の一般会計決算は、歳入総額が84億2,000万円、歳出総額が81億5,000万円となりました。',
      '',
      'なお、令和8年度当初予算案では、図書館改修に3億円、道路補修に2億4,000万円を計上する予定です。',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.stage, r.fy])).toEqual([
      [3, 'settlement', 2024], [3, 'settlement', 2024], [5, 'budget', 2026], [5, 'budget', 2026],
    ]);
  });
});

describe('prose: amounts per day and revenue counted on', () => {
  it('an amount per person per day is a unit amount of the text\'s year; revenue a budget counts on (…として見込み) is the budget\'s', () => {
    const t = [
      '令和8年度 予算の説明',
      '入院時の食事療養費は、一人一日当たり五百十円を上限に助成いたします。',
      '拡大分の事業費二億二千万円のうち、二分の一に当たる一億一千万円を県支出金として見込み、残りは一般財源で賄います。',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.yen, r.stage, r.fy])).toEqual([
      [2, 510, 'other', 2026], [3, 220_000_000, 'budget', 2026], [3, 110_000_000, 'budget', 2026],
    ]);
  });
});

describe('cells one a line with an empty cell', () => {
  it('a blank line among one row\'s cells keeps its column\'s place', () => {
    const t = [
      '潮見町 令和8年度 事業別予算説明書',
      '（単位：千円）',
      '事業名', '本年度予算額', '前年度予算額', '比較', '財源内訳', '国庫支出金', '県支出金', '地方債', '一般財源',
      '公民館空調改修事業',
      '36,400', '12,900', '23,500', '12,000', '', '18,000', '6,400',
      '【説明】空調設備の更新 工事請負費 36,400千円',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.filter((r) => r.flags.includes('unit_from_header')).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.item])).toEqual([
      [13, 36_400_000, 12_900_000, '公民館空調改修事業'],
      [16, 12_000_000, null, '公民館空調改修事業 国庫支出金'],
      [18, 18_000_000, null, '公民館空調改修事業 地方債'],
      [19, 6_400_000, null, '公民館空調改修事業 一般財源'],
    ]);
  });
});

describe('headers of compact years with their stage, and a heading split around the grid\'s line', () => {
  it('| R6当初 | R7当初 | R8当初 | heads each year\'s initial budget', () => {
    const t = ['（単位：百万円）', '', '| 区分 | R6当初 | R7当初 | R8当初 |', '|:--|--:|--:|--:|', '| 村税 | 804 | 831 | 862 |'].join('\n');
    expect(extract(t).map((r) => [r.yen, r.stage, r.fy])).toEqual([[804_000_000, 'budget', 2024], [831_000_000, 'budget', 2025], [862_000_000, 'budget', 2026]]);
  });
  it('"補 正 前 の" over the grid and "額" under it, in a gap of the grid\'s headings, are one column of their own', () => {
    const t = [
      '                             第1表 歳入歳出予算補正',
      '歳 入                                                                     （単位：千円）',
      '                                     補 正 前 の',
      '                 款                                         補 正 額                 計',
      '                                          額',
      '   1 村税                                612,640              14,310               626,950',
      '  10 地方交付税                        1,318,772              41,228             1,360,000',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.filter((r) => r.line === 6).map((r) => [r.yen, r.stage])).toEqual([
      [612_640_000, 'budget'], [14_310_000, 'supplementary'], [626_950_000, 'budget'],
    ]);
  });
});

describe('totals over years and yearly averages', () => {
  it('a column of a total over forty years is multi-year, a yearly average no year\'s budget, an average of settlements a settlement', () => {
    const t = [
      '表2-1 今後30年間の更新費用の推計                                （単位：億円）',
      '                           30年間の                  直近5年間の',
      '    区分                   更新費用総額    年平均    実績平均（決算）',
      ' 公共施設（建築物）            612.0        20.4          11.8',
      ' 道路                          301.5        10.1           7.6',
    ].join('\n');
    expect(extract(t).filter((r) => r.line === 4).map((r) => [r.yen, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [61_200_000_000, 'other', null, true], [2_040_000_000, 'other', null, false], [1_180_000_000, 'settlement', null, false],
    ]);
  });
  it('in prose too: 年平均 is no budget, and an average over a span of years no total over them', () => {
    const t = [
      '今後30年間の更新費用の総額は913.5億円となり、1年あたりの平均（年平均）は30.5億円です。',
      'これに対し、直近5年間（令和2年度～令和6年度）の投資的経費の実績（決算額）の平均は19.4億円です。',
    ].join('\n');
    expect(extract(t).map((r) => [r.yen, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [91_350_000_000, 'other', null, true], [3_050_000_000, 'other', null, false], [1_940_000_000, 'settlement', null, false],
    ]);
  });
});

describe('last year\'s figure of amounts per head and of approximate figures', () => {
  it('"…1人あたり約29万円です。前年度は約27万5千円でした" and "前年度（88,120円）に比べ" give the amount per head its last year\'s', () => {
    const t = [
      '令和8年度 当初予算のあらまし',
      'A. 一般会計の総額を人口で割ると、町民1人あたり約29万円です。前年度は約27万5千円でした。',
      '被保険者1人当たり保険税額（見込み）は90,210円で、前年度（88,120円）に比べ2,090円の増です。',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.yen, r.previous?.yen ?? null])).toEqual([
      [2, 290_000, 275_000], [3, 90_210, 88_120],
    ]);
  });
  it('"前年度の約1億6,200万円から増えました": last year\'s figure though 約 stands before it', () => {
    const t = 'A. 令和6年度の寄附額は約2億1,300万円（決算）で、前年度の約1億6,200万円から増えました。';
    expect(extract(t).map((r) => [r.yen, r.previous?.yen ?? null])).toEqual([[213_000_000, 162_000_000]]);
  });
});

describe('a review sheet\'s table of years from pdftotext -layout', () => {
  const t = [
    '実施方法         補助、委託・請負',
    '                                  令和４年度      令和５年度      令和６年度      令和７年度     令和８年度要求',
    '             当初予算                  820             910             980           1,040            1,180',
    '             補正予算                  200              －             150              －',
    '予算額・     前年度から繰越し           －              64              51              88',
    '執行額       翌年度へ繰越し            △64             △51             △88',
    '（単位：     予備費等                   －              －              －              －',
    '百万円）     計                        956             923           1,043           1,128',
    '             執行額                    892             872             955',
    '             執行率（％）             93.3            94.5            91.6',
    '                                                                  令和７年度      令和８年度',
    '                      歳出予算目                                  当初予算          要求          主な増減理由',
    '      施設整備費補助金                                                 960           1,090     対象地区の増加',
    '      事務費                                                            80              90',
  ].join('\n');
  const rs = extract(t);
  it('reads every row under the years in the unit the margin gives over two lines', () => {
    spansOk(t, rs);
    expect(rs.filter((r) => r.line >= 3 && r.line <= 9).map((r) => [r.line, r.yen, r.stage, r.fy])).toEqual([
      [3, 820_000_000, 'budget', 2022], [3, 910_000_000, 'budget', 2023], [3, 980_000_000, 'budget', 2024], [3, 1_040_000_000, 'budget', 2025], [3, 1_180_000_000, 'request', 2026],
      [4, 200_000_000, 'supplementary', 2022], [4, 150_000_000, 'supplementary', 2024],
      [5, 64_000_000, 'budget', 2023], [5, 51_000_000, 'budget', 2024], [5, 88_000_000, 'budget', 2025],
      [6, -64_000_000, 'budget', 2022], [6, -51_000_000, 'budget', 2023], [6, -88_000_000, 'budget', 2024],
      [8, 956_000_000, 'budget', 2022], [8, 923_000_000, 'budget', 2023], [8, 1_043_000_000, 'budget', 2024], [8, 1_128_000_000, 'budget', 2025],
      [9, 892_000_000, 'settlement', 2022], [9, 872_000_000, 'settlement', 2023], [9, 955_000_000, 'settlement', 2024],
    ]);
  });
  it('a new header over the rows below takes the old one\'s place', () => {
    expect(rs.filter((r) => r.line >= 13).map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [13, 1_090_000_000, 'request', 2026, 960_000_000], [14, 90_000_000, 'request', 2026, 80_000_000],
    ]);
  });
});

describe('a review sheet\'s table of years, one cell a line', () => {
  it('years one a line head the series (a stage word under the last one its own), the next stage word names the first row', () => {
    const t = [
      '予算額・執行額', '（単位：百万円）', '令和５年度', '令和６年度', '令和７年度', '令和８年度', '要求',
      '当初予算', '1,450', '1,610', '1,780', '2,050',
      '補正予算', '300', '500', '－',
      '執行額', '1,574', '1,826',
      '歳出予算目', '令和７年度', '当初予算', '令和８年度', '要求', '主な増減理由',
      '設置整備事業費補助金', '1,530', '1,790', '基数の見込み増',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [9, 1_450_000_000, 'budget', 2023, null], [10, 1_610_000_000, 'budget', 2024, null], [11, 1_780_000_000, 'budget', 2025, null], [12, 2_050_000_000, 'request', 2026, null],
      [14, 300_000_000, 'supplementary', 2023, null], [15, 500_000_000, 'supplementary', 2024, null],
      [18, 1_574_000_000, 'settlement', 2023, null], [19, 1_826_000_000, 'settlement', 2024, null],
      [28, 1_790_000_000, 'request', 2026, 1_530_000_000],
    ]);
  });
});

describe('a table with a column of words among its figures and codes before its names', () => {
  it('"0201　事業名　1,640　1,512　△128　一部改善　△100" under its header is one row: last year\'s, this year\'s, their change', () => {
    const t = [
      '２．主な事業の反映状況                                                        （単位：百万円）',
      '                                        令和７年度     令和８年度',
      ' 事業                                    当初予算額      要求額        差引          点検結果        反映額',
      ' 番号         事業名                        (A)            (B)         (B)-(A)                         (C)',
      '─────────────────────────────────────────────────────────────────────',
      ' 0201  地域交通再編支援事業                1,640          1,512         △128    事業内容の         △100',
      ' 0202  離島航路運航補助事業                  380            392           12    現状通り             －',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null, r.item])).toEqual([
      [6, 1_512_000_000, 'request', 2026, 1_640_000_000, -128_000_000, '地域交通再編支援事業'],
      [7, 392_000_000, 'request', 2026, 380_000_000, 12_000_000, '離島航路運航補助事業'],
    ]);
  });
});

describe('balances at years\' ends', () => {
  it('a table of balances alone, "令和6年度末 | 令和7年度末見込 | 増減", holds no budget, in a text about a supplementary budget too', () => {
    const t = [
      '　令和7年度末見込は、3月補正予算（第4号）後の額です。',
      '1　市債現在高（一般会計）',
      '（単位：千円）',
      '区分\t令和6年度末\t令和7年度末見込\t増減',
      '臨時財政対策債\t12,425,336\t11,602,914\t△822,422',
      '合計\t30,032,059\t30,265,667\t233,608',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [5, 11_602_914_000, 'other', 2025, 12_425_336_000], [6, 30_265_667_000, 'other', 2025, 30_032_059_000],
    ]);
  });
  it('compact years\' ends head a CSV\'s columns, "R7末,R8末,…"', () => {
    const t = ['【2】町債残高の見通し,,,,,,（単位：百万円）', '区分,,R7末,R8末,R9末,', '町債残高,,"10,840","10,610","10,330",'].join('\n');
    expect(extract(t).map((r) => [r.yen, r.stage, r.fy])).toEqual([[10_840_000_000, 'other', 2025], [10_610_000_000, 'other', 2026], [10_330_000_000, 'other', 2027]]);
  });
  it('beside a year\'s flows the year\'s end column keeps the table\'s stage', () => {
    const t = [
      '令和６年度決算　基金の状況',
      '"基金名","前年度末現在高","積立額","取崩額","令和６年度末現在高"',
      '"","（千円）","（千円）","（千円）","（千円）"',
      '"財政調整基金","1,045,520","125,060","335,100","835,480"',
    ].join('\n');
    expect(extract(t).filter((r) => r.yen === 125_060_000).map((r) => r.stage)).toEqual(['settlement']);
  });
});

describe('years with 実績 and 計画 under them', () => {
  it('a year\'s results are settlements, a plan\'s years projections', () => {
    const t = [
      '2 収支の推移と計画                                                        （単位：百万円）',
      '                          令和5年度     令和6年度     令和7年度     令和8年度',
      '                            実績          実績          計画          計画',
      ' 市の補助金（運営費）          90            90            60            40',
    ].join('\n');
    expect(extract(t).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [90_000_000, 'settlement', 2023], [90_000_000, 'settlement', 2024], [60_000_000, 'other', 2025], [40_000_000, 'other', 2026],
    ]);
    expect(readColumns('令和5年度 実績 令和6年度 見込', 2024).map((c) => c.stage)).toEqual(['settlement', 'other']);
  });
});

describe('an evaluation sheet as a CSV', () => {
  const t = [
    '■事業費の推移（単位：千円）,令和5年度決算,令和6年度決算,令和7年度予算,備考',
    '事業費,"10,846","11,512","12,280",委託料が大半',
    '人件費（概算）,"約3,000","約3,800","約3,800",',
    '■活動指標・成果指標,令和5年度,令和6年度,令和7年度（目標）,',
    '配食数（食）,"21,410","22,760","24,000",',
    '利用者数（実人数）,142,156,170,',
    '■単位当たりコスト,令和5年度,令和6年度,令和7年度（見込）,',
    '1食当たりコスト,約645円,約672円,約670円,',
  ].join('\n');
  const rs = extract(t);
  it('a cell "約3,000" is an approximate figure; rows counting meals or people hold no yen', () => {
    spansOk(t, rs);
    expect(rs.filter((r) => r.line === 3).map((r) => [r.yen, r.stage, r.fy, r.flags.includes('approximate')])).toEqual([
      [3_000_000, 'settlement', 2023, true], [3_800_000, 'settlement', 2024, true], [3_800_000, 'budget', 2025, true],
    ]);
    expect(rs.some((r) => r.line === 5 || r.line === 6)).toBe(false);
  });
  it('a row of amounts per meal is no budget, and 約 in its cells makes them approximate', () => {
    expect(rs.filter((r) => r.line === 8).map((r) => [r.yen, r.stage, r.flags.includes('approximate')])).toEqual([
      [645, 'other', true], [672, 'other', true], [670, 'other', true],
    ]);
  });
});

describe('a title naming two budgets', () => {
  it('"予備費と補正予算に関するQ&A" makes no supplementary text: the reserve\'s uses are the budget\'s', () => {
    const t = [
      '国土財務省',
      'ホーム > 予算・決算 > よくあるご質問 > 予備費と補正予算',
      '予備費と補正予算に関するQ&A',
      '令和9年1月20日更新　予算総括課',
      'Q1　予備費とは何ですか。',
      'A1　予見し難い予算の不足に充てるため、あらかじめ使途を定めずに予算に計上しておく経費です。',
      'Q2　令和8年度の一般予備費は、これまでにどのくらい使われましたか。',
      'A2　令和8年12月末までに3回の閣議決定を行い、一般予備費の使用決定額は総額1,262億3,400万円となりました。',
      '使用決定日\t件名\t金額（百万円）',
      '令和8年6月12日\t豪雨災害に係る災害救助費等負担金\t31,250',
      'Q3　補正予算とは何ですか。',
      'A3　令和8年度第1次補正予算では、一般会計の歳出を3兆2,870億円追加しました。',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.stage, r.fy])).toEqual([[8, 'budget', 2026], [10, 'budget', 2026], [12, 'supplementary', 2026]]);
  });
});

describe('a spreadsheet\'s header with one quoted cell over two lines', () => {
  it('"\\"翌年度" / "繰越額\\"" is one heading, a settlement\'s column', () => {
    const t = [
      '【歳出】（単位：円）',
      '款\t予算現額\t支出済額\t"翌年度',
      '繰越額"\t不用額',
      '1 霊園事業費\t41,230,000\t37,815,264\t2,100,000\t1,314,736',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.yen, r.stage])).toEqual([
      [41_230_000, 'budget'], [37_815_264, 'settlement'], [2_100_000, 'settlement'], [1_314_736, 'settlement'],
    ]);
  });
});

describe('last year\'s figure compared in prose', () => {
  it('"前年度当初（43億4200万円）を2.4％下回る42億3,800万円": the figure right after the comparison', () => {
    const t = '一般会計は前年度当初（43億4200万円）を2.4％下回る42億3,800万円。';
    expect(extract(t).map((r) => [r.yen, r.previous?.yen ?? null])).toEqual([[4_238_000_000, 4_342_000_000]]);
  });
  it('"総額はX。前年度当初予算のYに比べ…": the figure the sentence right before ended on, over a wrapped line', () => {
    const t = ['一般会計の総額は二百四十六億八千万円。前年度当初予算の', '二百三十四億四千万円に比べ十二億四千万円の増です。'].join('\n');
    expect(extract(t).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[1, 24_680_000_000, 23_440_000_000, 1_240_000_000]]);
  });
});

describe('open data as key: value records', () => {
  it('a keyed value of named parts set apart by slashes, and one with a note in brackets, are figures in the key\'s unit', () => {
    const t = [
      '事業名: 家事支援ヘルパー派遣事業',
      '予算額(千円): 38,620',
      '財源(千円): 国庫支出金 12,200 / 県支出金 6,100 / 一般財源 20,320',
      '総事業費(千円): 965,000（令和8年度～令和11年度）',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.line, r.yen])).toEqual([[2, 38_620_000], [3, 12_200_000], [3, 6_100_000], [3, 20_320_000], [4, 965_000_000]]);
    expect(rs.find((r) => r.line === 4)!.flags).toContain('multi_year');
    // (each part named by its own words, the slash before it no part of the name)
    expect(rs.filter((r) => r.line === 3).map((r) => r.item)).toEqual(['国庫支出金', '県支出金', '一般財源']);
  });
});

describe('a statement of a fund\'s balances', () => {
  it('"前年度末現在高 | 決算年度中増減高 | 決算年度末現在高": last year\'s end, the change, this year\'s end', () => {
    const t = ['4　基金', '（単位：千円）', '区　　分　　　　　　前年度末現在高　　決算年度中増減高　　決算年度末現在高', '財政調整基金　　　　　1,462,415　　　　　　215,300　　　　　1,677,715'].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.yen, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[1_677_715_000, 'other', 1_462_415_000, 215_300_000]]);
  });
});

describe('前年度当初 as a column', () => {
  it('"| 省庁 | 要求額 | 前年度当初 | 伸び率 |" heads this year\'s request and last year\'s budget', () => {
    const t = [
      '■3省の概算要求額（一般会計）',
      '| 省庁 | 要求額 | 前年度当初 | 伸び率 |',
      '|---|---|---|---|',
      '| 生活安全省 | 2兆1,842億円＋事項要求 | 2兆442億円 | 6.9% |',
      '| 海洋資源省 | 5,948億円 | 6,097億円 | △2.4% |',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.yen, r.previous?.yen ?? null])).toEqual([
      [4, 2_184_200_000_000, 2_044_200_000_000], [5, 594_800_000_000, 609_700_000_000],
    ]);
    expect(readColumns('| 省庁 | 要求額 | 前年度当初 | 伸び率 |', 2027).map((c) => c.role)).toEqual(['primary', 'previous', 'pct']);
  });
});

describe('an English table\'s new programme', () => {
  it('"new" in last year\'s column flags the figure new', () => {
    const t = ['3. Key programs (JPY thousand)', 'Program\tFY2026\tFY2025\tChange', 'Tram network renewal\t1,150,000\tnew\t1,150,000', 'Digital City Hall\t884,700\t810,200\t74,500'].join('\n');
    expect(extract(t).map((r) => [r.yen, r.flags.includes('new'), r.previous?.yen ?? null])).toEqual([[1_150_000_000, true, null], [884_700_000, false, 810_200_000]]);
  });
});

describe('a 決算カード with its fields two a line', () => {
  it('is no page in two columns: every field\'s figure is read on its line', () => {
    const t = [
      '令和6年度 決算カード（普通会計）',
      '（単位：千円・％）',
      '歳入総額 1,845,612    歳出総額 1,701,334',
      '実質収支 131,828    実質収支比率 7.6',
      '単年度収支 △18,602    実質単年度収支 △3,602',
      '地方税 185,442    地方譲与税 42,118',
      '地方交付税 982,006    うち普通交付税 901,552',
      '国庫支出金 214,880    都道府県支出金 118,305',
      '人件費 412,004    扶助費 188,330',
      '財政調整基金 612,300    減債基金 201,884',
    ].join('\n');
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.line, r.yen])).toEqual([
      [3, 1_845_612_000], [3, 1_701_334_000], [4, 131_828_000], [5, -18_602_000], [5, -3_602_000], [6, 185_442_000], [6, 42_118_000],
      [7, 982_006_000], [7, 901_552_000], [8, 214_880_000], [8, 118_305_000], [9, 412_004_000], [9, 188_330_000], [10, 612_300_000], [10, 201_884_000],
    ]);
  });
});

describe('a plan\'s figures by year', () => {
  it('"令和９年度計画額 | 令和８年度計画額" heads that year\'s plan and last year\'s, whatever a supplementary budget named above', () => {
    const t = [
      '令和９年度財政投融資計画の概要',
      '　なお、令和８年度計画は、補正予算による追加2,220億円を含めると9兆5,980億円である。',
      '（単位：億円）',
      '機関名\t令和９年度計画額\t令和８年度計画額\t増減',
      '中小企業成長金融公庫\t17,850\t19,400\t▲1,550',
    ].join('\n');
    expect(extract(t).filter((r) => r.line === 5).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([[1_785_000_000_000, 'budget', 2027, 1_940_000_000_000]]);
  });
});

describe('a plan\'s budget over a span of years', () => {
  it('"令和８年度～令和12年度予算" over a table makes its figures totals over the span; a year named on a line keeps its own', () => {
    const t = [
      '第５ 予算',
      '令和８年度～令和12年度予算',
      '（単位：百万円）',
      '区別\t金額',
      '　運営費交付金\t48,450',
      '　計\t59,375',
      '［各年度の運営費交付金の見込み］',
      '　令和８年度　10,020百万円',
      '第６ 短期借入金の限度額',
    ].join('\n');
    expect(extract(t).map((r) => [r.line, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [5, 'other', null, true], [6, 'other', null, true], [8, 'budget', 2026, false],
    ]);
  });
});

describe('a newsletter\'s per-head section and a household analogy in a box', () => {
  const t = [
    '令和6年度 決算のお知らせ',
    '　歳入総額は68億4,100万円、歳出総額は65億2,300万円でした。',
    '■町民1人あたりでみると（令和7年3月31日現在の人口12,860人で計算）',
    '　歳入 約53万2千円　　歳出 約50万7千円',
    '┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓',
    '┃家計に例えると…',
    '┃【収入】 給料（町税など） 129万円',
    '┃【支出】 食費（人件費） 98万円',
    '┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛',
  ].join('\n');
  it('"町民1人あたりでみると" makes the figures under it amounts per head; a boxed "家計に例えると" scales the budget down', () => {
    const rs = extract(t);
    spansOk(t, rs);
    expect(rs.map((r) => [r.line, r.stage])).toEqual([[2, 'settlement'], [2, 'settlement'], [4, 'other'], [4, 'other'], [7, 'other'], [8, 'other']]);
    expect(rs.filter((r) => r.line >= 7).map((r) => r.item)).toEqual(['【収入】 給料（町税など）', '【支出】 食費（人件費）']);
  });
});

describe('last year\'s supplementary budget stated after this year\'s', () => {
  it('"…を追加し、…補正後の総額は…となります。前年度の補正予算は十一兆七千億円でしたから" gives this year\'s supplementary figure its last year\'s', () => {
    const t = [
      '令和八年十二月四日（金曜日）',
      '　今回の補正予算案では、一般会計の歳出を十二兆九千二百億円追加し、補正後の総額は百二十八兆三千億円となります。前年度の補正予算は十兆七千億円でしたから、二兆二千二百億円も大きくなっております。',
    ].join('\n');
    const rs = extract(t);
    const supp = rs.find((r) => r.yen === 12_920_000_000_000)!;
    expect([supp.stage, supp.previous?.yen ?? null]).toEqual(['supplementary', 10_700_000_000_000]);
    expect(rs.some((r) => r.yen === 10_700_000_000_000)).toBe(false);
  });
});

describe('an English release\'s new programme named with Settlement', () => {
  it('"the Youth Settlement Grant (JPY 1,250 million, new)" is this year\'s budget, new, no settlement', () => {
    const t = [
      'Kirinomi Prefecture FY2026 Budget (Draft)',
      'New initiatives include the Kirinomi Youth Settlement Grant (JPY 1,250 million, new), which offers up to JPY 600,000 per household.',
    ].join('\n');
    const r = extract(t).find((x) => x.yen === 1_250_000_000)!;
    expect([r.stage, r.fy, r.flags.includes('new')]).toEqual(['budget', 2026, true]);
  });
});
