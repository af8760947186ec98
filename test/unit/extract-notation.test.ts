// Notation other publishers use, each on an example invented for this test: names with marks and kana
// words, comparisons between a name and its figure, kanji datelines, tables whose headings carry units or
// name years relative to the table's own, and a previous year named right before its bracket.
import { describe, expect, it } from 'vitest';
import { extract, type Extracted } from '../../shared/extract';
import { recByText } from '../helpers/extracted';
import { uncolumn } from '../../shared/extract/columns';

const rec = recByText;

describe('amounts broken over lines', () => {
  it('a full-width fragment that reads as an amount alone still joins the rest on the next line', () => {
    const rs = extract('令和9年度予算の概要\n国の一般会計予算は１１５兆\n６，４００億円となった。\n');
    expect(rs.map((r) => [r.line, r.text, r.yen])).toEqual([[2, '１１５兆', 115_640_000_000_000]]);
  });
});

describe('numerals', () => {
  it('amounts without 円 side by side in a row of cells are separate amounts; a spaced lower group still joins', () => {
    const rs = extract('令和9年度予算\n区分 令和9年度 令和8年度 増減\n一般会計 1兆2,345億 1兆2,000億 345億\n特別会計 3,210億 3,300億 ▲90億\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.yen])).toEqual([['1兆2,345億', '1兆2,000億', 34_500_000_000], ['3,210億', '3,300億', -9_000_000_000]]);
    expect(extract('予算は3兆 2,000億となった。\n').map((r) => r.yen)).toEqual([3_200_000_000_000]);
  });

  it('a 円 written twice inside one amount (5億円2700万円) is one amount', () => {
    const rs = extract('令和9年度の概算要求\n「国際拠点形成」も7億2700万円(前年度5億円2700万円)と増額要求。\n');
    expect(rs.map((r) => [r.yen, r.previous?.yen, r.previous?.text])).toEqual([[727_000_000, 527_000_000, '5億円2700万円']]);
  });

  it('・ as a decimal point after a unit character (四千二百・五億円)', () => {
    const rs = extract('令和9年度予算の説明\n文教費は 五兆四千二百・五億円である。\n');
    expect(rs.map((r) => [r.text, r.yen])).toEqual([['五兆四千二百・五億円', 5_420_050_000_000]]);
  });
});

describe('broken over lines', () => {
  it('a change broken over lines ("前年度から 120" / "億円増加した") is the change of the figure before it', () => {
    const rs = extract('令和9年度予算のポイント\n海洋開発費は 1兆 4,197 億\n円となり、前年度から 120\n億円増加した。\n');
    expect(rs.map((r) => [r.line, r.yen, r.change?.yen ?? null])).toEqual([[2, 1_419_700_000_000, 12_000_000_000]]);
  });

  it('a row of units under the column words, one per column', () => {
    const rs = extract('令和9年度 歳入予算\n款 本年度予算額 前年度予算額 比較\n（千円） （千円） （千円）\n使用料 1,520,000 1,490,000 30,000\n');
    expect(rs.map((r) => [r.yen, r.previous?.yen, r.change?.yen, r.item])).toEqual([[1_520_000_000, 1_490_000_000, 30_000_000, '使用料']]);
  });
});

describe('wrapped prose', () => {
  it('a short line ending mid-sentence (…の合計は、) goes on into the next; 予算規模 alone is a name', () => {
    const src = '○\n歳入のうち、市税と地方交付税の合計は、\n前年度に比べて 1.2%増の 903 億円と、増収を見込みました。\n予算規模 1,842 億円の約 22%を占めます。\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.item])).toEqual([[903, '市税と地方交付税'], [1842, '予算規模']]);
  });
});

describe('names', () => {
  it('a change stated before its figure leaves the topic before it as the name', () => {
    const rs = extract('令和9年度予算の説明\n恩給関係費は、前年度に比べ 120億円減の 1,450億円となっている。\n');
    expect(rs.map((r) => [r.text, r.item, r.change?.yen])).toEqual([['1,450億円', '恩給関係費', -12_000_000_000]]);
  });

  it('stacked figures of one programme (当初 / 最終 / 決算) are named by the programme, not by their labels', () => {
    const rs = extract('令和8年度 主要事業の執行状況\n○ 里山保全推進事業\n　当初予算額　　 3,456,000千円\n　最終予算額　　 3,576,000千円\n　決算額　　　　 3,498,765千円\n');
    expect(rs.map((r) => [r.stage, r.item])).toEqual([['budget', '里山保全推進事業'], ['budget', '里山保全推進事業'], ['settlement', '里山保全推進事業']]);
  });

  it('a name that starts with a kana word (がん, ものづくり) names the figure under it', () => {
    const rs = extract('令和10年度 概算要求\nがん研究推進事業\n要求額　88億円\nものづくり人材育成事業\n要求額　12億円\n');
    expect(rec(rs, '88億円').item).toBe('がん研究推進事業');
    expect(rec(rs, '12億円').item).toBe('ものづくり人材育成事業');
  });

  it('marks on a name come off it; a new mark flags the figure new, 拡充 does not', () => {
    const rs = extract('令和9年度 県予算案\n・ 【新規】 ため池防災対策事業　　45,000千円\n・ 河川防災情報事業（拡充）　　32,500千円（20,000千円）\n');
    expect([rec(rs, '45,000千円').item, rec(rs, '45,000千円').flags]).toEqual(['ため池防災対策事業', ['new']]);
    expect([rec(rs, '32,500千円').item, rec(rs, '32,500千円').flags]).toEqual(['河川防災情報事業', []]);
  });

  it('a comparison between the name and its figure (前年度比2%増の) is no name: the clause\'s topic is', () => {
    const rs = extract('2027年度予算案\n気象庁の2027年度予算案は、前年度比2%増の640億円となった。\n');
    expect(rec(rs, '640億円').item).toBe('気象庁の2027年度予算案');
  });

  it('a clause ending in a verb stem (見込み、) ends before the next name', () => {
    const rs = extract('令和9年度 県予算案のポイント\n県税収入は1,980億円を見込み、県債の発行額は610億円に抑制した。\n');
    expect(rec(rs, '610億円').item).toBe('県債の発行額');
    // revenue a budget counts on is that budget, not a forecast
    expect([rec(rs, '1,980億円').stage, rec(rs, '1,980億円').fy]).toEqual(['budget', 2027]);
  });
});

describe('bullets of a request summary', () => {
  it('a change stated first (3,308億増の) leaves the words before it as the name; a breakdown in brackets; labels off names', () => {
    const rs = extract('令和9年度 概算要求\n・灯台の長寿命化　1,208億増の1兆2,000億\n・港湾の脱炭素化　総事業費 120億円（うち国費 60億円）\n');
    expect(rs.map((r) => [r.text, r.yen, r.item, r.change?.yen ?? null, r.flags])).toEqual([
      ['1兆2,000億', 1_200_000_000_000, '灯台の長寿命化', 120_800_000_000, []],
      // (a project's 総事業費 is its cost over the years it takes)
      ['120億円', 12_000_000_000, '港湾の脱炭素化', null, ['multi_year']],
      ['60億円', 6_000_000_000, '港湾の脱炭素化', null, []],
    ]);
  });
});

describe('news', () => {
  it('a figure named again (この X円) takes the stage and year of its first mention', () => {
    const rs = extract('2027年8月30日\n政府の情報システム投資は2028年度に9000億円前後となる見通しという。この9000億円を母数としても、その多くに関与する。\n');
    expect(rs.map((r) => [r.stage, r.fy])).toEqual([['other', 2028], ['other', 2028]]);
  });

  it('新規予算として X円: the figure is new', () => {
    const rs = extract('令和9年度の概算要求\n「山城保存事業」は新規予算として14億円が計上されている。\n');
    expect(rs.map((r) => [r.yen, r.flags])).toEqual([[1_400_000_000, ['new']]]);
  });

  it('を超え is approximate; a change in a new sentence with its own topic is not the figure before it', () => {
    const rs = extract('2029年12月20日\n政府は20日、来年度予算案の概要を固めた。\n防衛費は9兆円を超え、社会保障費は40兆円余りとなる。国債費は前年度から約1兆円増える。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.flags, r.change?.yen ?? null])).toEqual([
      ['9兆円', 'budget', 2030, ['approximate'], null], ['40兆円', 'budget', 2030, ['approximate'], null],
    ]);
  });
});

describe('speech', () => {
  it('topics with 合わせて, a sentence adverb (新たに) off the name', () => {
    const rs = extract('令和9年3月定例会\n○市長　令和9年度当初予算案について御説明申し上げます。\n特別会計は、合わせて1,120億円、企業会計は、合わせて410億円でございます。\n新たに公園の遊具更新として3,000万円を計上いたしました。\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['1,120億円', '特別会計'], ['410億円', '企業会計'], ['3,000万円', '公園の遊具更新']]);
  });

  it('a figure compared with last year\'s budget and then requested (…比11.5％増の X円を要求) is a request', () => {
    const rs = extract('令和9年度概算要求について\n総額は前年度予算額比11.5％増の1兆2,345億円を要求。\n');
    expect([rs[0].stage, rs[0].fy]).toEqual(['request', 2027]);
  });
});

describe('dates and years', () => {
  it('a dateline in kanji numerals dates the text: 来年度 and 今年度 count from it', () => {
    const rs = extract('二〇二九年十月二日\n県は一日、来年度の当初予算編成方針を示した。\nなお、今年度の補正予算は二百四十億円で、九月議会に提案する。\n');
    expect([rec(rs, '二百四十億円').stage, rec(rs, '二百四十億円').fy]).toEqual(['supplementary', 2029]);
  });
});

describe('tables', () => {
  it('pipe tables whose headings name their units (令和9年度要求額（百万円）)', () => {
    const rs = extract('| 事業名 | 令和9年度要求額（百万円） | 令和8年度予算額（百万円） |\n|---|---|---|\n| 灯台保全事業 | 1,250 | 1,100 |\n');
    expect(rs.map((r) => [r.text, r.yen, r.stage, r.fy, r.previous?.yen, r.item])).toEqual([
      ['1,250', 1_250_000_000, 'request', 2027, 1_100_000_000, '灯台保全事業'],
    ]);
  });

  it('a wide header aligned with spaces, with ratio columns between the figures; a label spread over its cell', () => {
    const src = [
      '令和9年度 一般会計予算 歳出（目的別）',
      '                                          （単位：百万円、％）',
      '区　　分        令和9年度      構成比     令和8年度      構成比     増減額     増減率',
      '消防費             2,468          0.4        2,500          0.4        △32       △1.3',
      '合　　計         641,234        100.0      632,100        100.0       9,134        1.4',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.yen, r.fy, r.previous?.yen, r.change?.yen, r.item])).toEqual([
      [2_468_000_000, 2027, 2_500_000_000, -32_000_000, '消防費'],
      [641_234_000_000, 2027, 632_100_000_000, 9_134_000_000, '合計'],
    ]);
  });

  it('a table flattened column by column, each column under its own heading', () => {
    const src = '令和9年度 企業会計予算\n（単位：千円）\n会計名\n水道事業\n病院事業\n本年度\n4,210,000\n8,800,000\n前年度\n4,100,000\n9,050,000\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.previous?.yen ?? null, r.item])).toEqual([[4_210_000, 4_100_000_000, '水道事業'], [8_800_000, 9_050_000_000, '病院事業']]);
  });

  it('a table glued on one line and cut short: the rows whose labels were lost, the last one short', () => {
    // (a whole page glued on one line is long: nine invented rows before the cut-short end)
    const n = (v: number) => v.toLocaleString('en-US');
    const rows = Array.from({ length: 9 }, (_, k) => `${k + 1} 会計${'ABCDEFGHI'[k]}事業 ${n((k + 1) * 1_000_000)} ${n((k + 1) * 1_000_000 - 10_000)} 10,000 0.${k + 1}`).join(' ');
    const src = `1 令和9年度 会計別予算額調 会 計 別 令和9年度 令和8年度 当初予算額 当初予算額 A B 千円 千円 比 較 増減 A-B 率 千円 % ${rows} 10 墓地事業 8,749 8,873 △ 124 △ 1.40 103,950,849 103,778,873 171,976 0.17 42,111,306 41,095,011 1,016,2`;
    const got = extract(src).map((r) => [r.yen / 1000, r.fy, r.previous ? r.previous.yen / 1000 : null]);
    expect(got.length).toBe(12);
    expect(got.slice(-3)).toEqual([[8_749, 2027, 8_873], [103_950_849, 2027, 103_778_873], [42_111_306, 2027, 41_095_011]]);
  });

  it('rows with no header: a difference of the other two marks the change, the sums say which year is which', () => {
    const src = '令和9年度 主要経費別内訳（単位：億円）\n恩給関係費 1,450.5 1,562.0 △111.5\n防衛関係費 79,100.2 81,200.0 2,099.8\n中小企業対策費 1,700.0 1,704.0 3.1\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null])).toEqual([
      [1450.5, 1562, -111.5], [81_200, 79_100.2, 2099.8], [1700, null, null], [1704, null, null], [3.1, null, null],
    ]);
  });

  it('cells one per line under vertical labels: two rows under one label split where the sums say so', () => {
    const src = '（単位：千円）\n款\n本年度予算額\n前年度予算額\n比較\n20 諸\n収\n入\n1,119,513\n1,145,760\n△26,247\n債\n2,607,900\n1,512,000\n1,095,900\n41,920,000\n41,040,000\n880,000\n21 市\n歳 入 合 計\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.previous ? r.previous.yen / 1000 : null, r.change ? r.change.yen / 1000 : null])).toEqual([
      [1_119_513, 1_145_760, -26_247], [2_607_900, 1_512_000, 1_095_900], [41_920_000, 41_040_000, 880_000],
    ]);
  });

  it('cells one per line for several rows: row by row or column by column, as the change column\'s sums say', () => {
    const head = '（単位：千円）\n事業\n本年度\n前年度\n比較\n林道整備\n治山事業\n';
    const want = [[1000, 900, 100, '林道整備'], [2000, 1500, 500, '治山事業']];
    const read = (src: string) => extract(src).map((r) => [r.yen / 1000, r.previous!.yen / 1000, r.change!.yen / 1000, r.item]);
    expect(read(head + '1,000\n900\n100\n2,000\n1,500\n500\n')).toEqual(want);
    expect(read(head + '1,000\n2,000\n900\n1,500\n100\n500\n')).toEqual(want);
  });

  it('ratio columns (構成比, 増減率) of a tab table hold no yen, nor do decimals in a 千円 table', () => {
    const src = '令和９年度　歳出予算（性質別）\n（単位：千円、％）\n区分\t令和９年度\t構成比\t令和８年度\t構成比\t増減額\t増減率\n人件費\t15,234,000\t16.1\t15,300,000\t16.3\t△66,000\t△0.4\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.previous!.yen / 1000, r.change!.yen / 1000])).toEqual([[15_234_000, 15_300_000, -66_000]]);
  });

  it('a column of year-end balances holds no budget: other, of its column\'s year', () => {
    const src = '令和9年度 基金の状況（見込み）\n（単位：百万円）\n基金名\t令和8年度末残高\t取崩額\t令和9年度末残高\n公共施設整備基金\t12,300\t3,000\t9,300\n';
    const rs = extract(src);
    expect([rs[0].yen / 1e6, rs[0].stage, rs[0].fy, rs[0].previous?.yen]).toEqual([9_300, 'other', 2027, 12_300_000_000]);
    expect(extract('市債残高の状況\n令和9年度末の市債残高は1,234億円の見込み。\n')[0].item).toBe('市債残高');
  });

  it('a row\'s label and its first cell on one line, the other cells one per line below', () => {
    const src = '令和9年度 事項別表\n（単位：千円）\n款 本年度 前年度 比較\n議会費 301,200\n298,700\n2,500\n総務費 4,120,000\n4,350,000\n△230,000\n';
    expect(extract(src).map((r) => [r.item, r.yen / 1000, r.previous!.yen / 1000, r.change!.yen / 1000])).toEqual([
      ['議会費', 301_200, 298_700, 2_500], ['総務費', 4_120_000, 4_350_000, -230_000],
    ]);
  });

  it('前年度 | 本年度 columns: last year\'s figure is the previous year of this year\'s', () => {
    const rs = extract('令和9年度当初予算（案）\n（単位：千円）\n区分\t前年度\t本年度\t増減\n下水道事業会計\t8,765,000\t9,123,000\t358,000\n');
    expect(rs.map((r) => [r.yen, r.fy, r.previous?.yen, r.change?.yen])).toEqual([[9_123_000_000, 2027, 8_765_000_000, 358_000_000]]);
  });
});

describe('spreadsheets and slides', () => {
  it('CSV with quotes only where a cell holds a comma, units in the headings', () => {
    const rs = extract('事業名,予算額（千円）,前年度予算額（千円）,増減（千円）\n防犯カメラ設置事業,"12,300","10,000","2,300"\n');
    expect(rs.map((r) => [r.text, r.yen, r.previous?.yen, r.change?.yen, r.item])).toEqual([['12,300', 12_300_000, 10_000_000, 2_300_000, '防犯カメラ設置事業']]);
  });

  it('令9 / 令8 as compact years; a range\'s lower end is no part of the name; 【新規】 after the figure', () => {
    const rs = extract('令和9年度概算要求\n・量子センサの社会実装　令9要求 320億円（令8当初 300億円）\n・水素の国内供給網　1,000～2,000億円規模の支援を検討\n【事業費】 １２，０００千円【新規】\n');
    expect(rs.map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.item, r.flags])).toEqual([
      [32_000_000_000, 2027, 30_000_000_000, '量子センサの社会実装', []],
      [200_000_000_000, null, null, '水素の国内供給網', ['approximate']],
      [12_000_000, 2027, null, '水素の国内供給網', ['new']],
    ]);
  });
});

describe('years side by side (a review sheet\'s budget and spending)', () => {
  const rows = (rs: Extracted[]) => rs.map((r) => [r.yen / 1e6, r.fy, r.stage]);
  it('tab-separated: each figure is its column\'s year, of the stage its row names', () => {
    const src = '事業名　離島交通確保事業\n予算額・執行額（単位：百万円）\n\t令和6年度\t令和7年度\t令和8年度\t令和9年度要求\n当初予算\t800\t820\t850\t900\n補正予算\t40\t－\t60\t－\n執行額\t790\t805\t880\n';
    const rs = extract(src);
    expect(rows(rs)).toEqual([
      [800, 2024, 'budget'], [820, 2025, 'budget'], [850, 2026, 'budget'], [900, 2027, 'request'],
      [40, 2024, 'supplementary'], [60, 2026, 'supplementary'],
      [790, 2024, 'settlement'], [805, 2025, 'settlement'], [880, 2026, 'settlement'],
    ]);
    expect(rs[0].item).toBe('離島交通確保事業');
  });
  it('space-separated, the same', () => {
    const rs = extract('予算額・執行額（単位：百万円）\n区分 令和7年度 令和8年度 令和9年度要求\n当初予算 820 850 900\n執行額 805 880\n');
    expect(rows(rs)).toEqual([[820, 2025, 'budget'], [850, 2026, 'budget'], [900, 2027, 'request'], [805, 2025, 'settlement'], [880, 2026, 'settlement']]);
  });
});

describe('a budget bill (予算書)', () => {
  it('the total of article 1; a borrowing cap is no budget; a debt burden over years is a multi-year total', () => {
    const src = [
      '令和9年度○○町一般会計予算',
      '第1条　歳入歳出予算の総額は、歳入歳出それぞれ8,765,432千円と定める。',
      '第4条　一時借入金の借入れの最高額は、1,000,000千円と定める。',
      '第2表　債務負担行為',
      '事項\t期間\t限度額',
      '公民館改修事業\t令和9年度から令和11年度まで\t250,000千円',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.yen / 1000, r.stage, r.fy, r.flags, r.item])).toEqual([
      [8_765_432, 'budget', 2027, [], '歳入歳出予算'],
      [1_000_000, 'other', null, [], '一時借入金の借入れの最高額'],
      [250_000, 'other', null, ['multi_year'], '公民館改修事業'],
    ]);
  });
});

describe('signs and decreases', () => {
  it('a signed figure named on its own line is that figure, negative; a decrease with its own topic changes no figure above', () => {
    const src = '令和9年度 補正予算の概要\n・庁舎維持費の減額　マイナス12億円\n・減債基金の取崩し　－３．５億円\n・人件費は前年度から12億円の減となった。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen, r.item, r.change?.yen ?? null])).toEqual([[-1_200_000_000, '庁舎維持費の減額', null], [-350_000_000, '減債基金の取崩し', null]]);
  });
});

describe('settlement balances', () => {
  it('差引 named as a balance is a figure of its own; a term defined in brackets names its figure; 黒字 is no name', () => {
    const src = '令和8年度一般会計決算の概要\n歳入決算額は 20,093,403 千円、歳出決算額は 19,060,611 千円となり、差引(形式収支) 1,032,792 千円となりました。 形式収支から翌年度へ繰り越すべき財源 210,592 千円を差し引いた額(実質収支)は 822,200 千円の黒字となりました。\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.item, r.change ? r.change.yen / 1000 : null])).toEqual([
      [20_093_403, '歳入決算額', null], [19_060_611, '歳出決算額', null], [1_032_792, '差引(形式収支)', null],
      [210_592, '形式収支から翌年度へ繰り越すべき財源', null], [822_200, '実質収支', null],
    ]);
  });
});

describe('national settlement', () => {
  it('each figure of a settlement sentence by its own name; the comparison base off a name', () => {
    const src = '令和8年度決算の概要\n一般会計の歳出決算総額は115兆3,000億円で、歳出予算現額122兆1,000億円に対し、翌年度繰越額は5兆2,000億円、不用額は1兆6,000億円となった。\n税収は前年度比2兆1,000億円増の78兆4,000億円と過去最高を更新した。\n';
    expect(extract(src).map((r) => [r.yen / 1e12, r.stage, r.item])).toEqual([
      [115.3, 'settlement', '歳出決算総額'], [122.1, 'budget', '歳出予算現額'], [5.2, 'settlement', '翌年度繰越額'], [1.6, 'settlement', '不用額'], [78.4, 'settlement', '税収'],
    ]);
  });
});

describe('press releases and settlements', () => {
  it('a year alone labels a bracket after the figure (R8：…) as its previous year; 予算総額 is a name', () => {
    const src = '【令和9年度当初予算案】\n１　鳥獣被害防止対策事業\n　○ 予算額 ： 98,000千円（R8：102,000千円）\n予算総額 ２兆５，１２３億円　対前年度比 １０１．２％\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.fy, r.previous?.yen ?? null, r.item])).toEqual([
      [98_000, 2027, 102_000_000, '鳥獣被害防止対策事業'], [2_512_300_000, 2027, null, '予算総額'],
    ]);
  });

  it('a signed figure with a subject of its own (単年度収支は△3億2千万円) is that subject\'s figure', () => {
    const rs = extract('令和8年度 決算の概要\n実質収支は28億円、単年度収支は△3億2千万円となった。\n');
    expect(rs.map((r) => [r.yen, r.item, r.change?.yen ?? null])).toEqual([[2_800_000_000, '実質収支', null], [-320_000_000, '単年度収支', null]]);
  });
});

describe('supplementary budgets', () => {
  it('cells one per line with a blank line between each (補正前 | 補正額 | 補正後)', () => {
    const src = '令和9年度一般会計補正予算（第2号）案\n\n(単位:百万円)\n\n区分\n\n補正前予算額\n\n補正額\n\n補正後予算額\n\n一般会計\n\n1,845,120\n\n54,300\n\n1,899,420\n';
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage])).toEqual([[1_845_120, 'budget'], [54_300, 'supplementary'], [1_899_420, 'budget']]);
  });

  it('the amount a bill adds is supplementary, the total it sets is the budget', () => {
    const src = '令和9年度○○町一般会計補正予算（第3号）\n第1条　歳入歳出予算の総額に歳入歳出それぞれ45,300千円を追加し、歳入歳出予算の総額を歳\n入歳出それぞれ6,845,300千円とする。\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.stage, r.fy])).toEqual([[45_300, 'supplementary', 2027], [6_845_300, 'budget', 2027]]);
  });

  it('names that follow their amounts (…千円 ◆name [局]); a 補正額 row of a table; a numbered heading is no continuation', () => {
    const src = [
      '令和9年度12月補正予算（案）について',
      '△ 35,200 千円 ◆緑地整備事業費 [建設局] 工事の入札不調によるもの。 88,400 千円 ◆文化振興基金積立金[市民局] 寄附金を基金に積み立てるもの。 56,700 千円 ◆予防接種事業費[健康局] 接種者の増によるもの。',
      '2 補正予算額',
      '特別会計 8,420百万円',
      '3 予算現計',
      '区分 | 予算額 |',
      '---|---|',
      '当初予算 | 584,300百万円 |',
      '補 正 額 | 8,420百万円 |',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.stage, r.item, r.flags])).toEqual([
      [-35_200, 'supplementary', '緑地整備事業費', []], [88_400, 'supplementary', '文化振興基金積立金', ['fund']], [56_700, 'supplementary', '予防接種事業費', []],
      [8_420_000, 'supplementary', '特別会計', []], [584_300_000, 'budget', '予算現計', []], [8_420_000, 'supplementary', '補正額', []],
    ]);
  });
});

describe('minutes', () => {
  it('an indefinite number of units (数百億円, 何億円) and a unit of measure (百億円単位) are no figures; a balance after its figure', () => {
    const src = '○委員　数百億円規模の事業が、毎年何億円もの不用額を出している。百億円単位の見直しが必要ではないか。\n○委員　一千億円を超える基金の残高についてはどうか。\n';
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[100_000_000_000, 'other']]);
  });
});

describe('brackets after a figure', () => {
  it('the bounds of a range are both approximate', () => {
    expect(extract('令和9年度概算要求\n・官庁施設の整備 1,000億円～2,000億円程度\n').map((r) => r.flags)).toEqual([['approximate'], ['approximate']]);
  });

  it('(うち補正 …) and (R8補正 … を含む) hold the supplementary figure; the primary is no portion', () => {
    const rs = extract('令和9年度概算要求\n・運河の機能強化 520億円（うち補正 120億円）\n・堤防の耐震化 300億円（R8補正 80億円を含む）\n');
    expect(rs.map((r) => [r.yen / 1e8, r.supplementary?.yen ? r.supplementary.yen / 1e8 : null, r.flags])).toEqual([[520, 120, []], [300, 80, []]]);
  });
});

describe('supplementary totals and spans', () => {
  it('a total under 現計 and 補正額 rows that adds up to them is the budget after the supplementary; pipes off names', () => {
    const src = '令和2年度 6月補正予算の概要\n現計予算額 | 1兆2,427億 2百万円 |\n補正額 | 181億38百万円 |\n計 | 1兆2,608億40百万円 |\n';
    expect(extract(src).map((r) => [r.item, r.stage])).toEqual([['現計予算額', 'budget'], ['補正額', 'supplementary'], ['補正額', 'budget']]);
  });

  it('the years in a bracket after a figure are the years it spans: a multi-year total', () => {
    const rs = extract('令和元年度 補正予算\n・特別養護老人ホーム整備補助\n9億2,812万5千円(2・3年度)\n');
    expect([rs[0].stage, rs[0].fy, rs[0].flags]).toEqual(['other', null, ['multi_year']]);
  });
});

describe('roles', () => {
  it('より is a comparison only after a year or a figure: 一般会計より受入 is a name', () => {
    const rs = extract('令和8年度 特別会計決算\n一般会計より受入 6999億円 6998億円\n前年度より 35億円の増\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['6999億円', '一般会計より受入'], ['6998億円', '一般会計より受入']]);
    expect(rs[1].change?.yen ?? rs[0].change?.yen).toBe(3_500_000_000);
  });

  it('a previous year named right before its bracket (前年度当初予算額（…）に比べ) is the previous year', () => {
    const rs = extract('令和9年度 県予算案\n一般会計予算額は、7,420億円。前年度当初予算額（7,300億円）に比べ120億円の増。\n');
    expect(rs.map((r) => [r.text, r.previous?.yen, r.change?.yen])).toEqual([['7,420億円', 730_000_000_000, 12_000_000_000]]);
  });
});

describe('layouts of assemblies, settlements and listings', () => {
  it('a header aligned with spaces over three lines is read column by column', () => {
    const src = [
      '令和9年度 水産関係予算',
      '                  令和9年度    令和8年度     比較',
      '区　分             予 算 額     予 算 額     増 減',
      '                   (千円)       (千円)      (千円)',
      '漁港整備事業        52,300       48,100      4,200',
      '藻場再生事業        17,900       19,400     △1,500',
    ].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen / 1000, r.fy, r.previous?.yen ? r.previous.yen / 1000 : null, r.change?.yen ? r.change.yen / 1000 : null]))
      .toEqual([['漁港整備事業', 52_300, 2027, 48_100, 4_200], ['藻場再生事業', 17_900, 2027, 19_400, -1_500]]);
  });

  it('a unit glued to a column word in a row set apart by spaces (金額（千円）) makes the cells below amounts; 構成比 holds none', () => {
    const src = '令和9年度 町一般会計予算\n歳出\n区分　　　　金額（千円）　構成比（％）\n民生費　　　　3,210,000　　38.5\n教育費　　　　1,045,600　　12.6\n';
    expect(extract(src).map((r) => [r.item, r.yen, r.stage, r.fy])).toEqual([['民生費', 3_210_000_000, 'budget', 2027], ['教育費', 1_045_600_000, 'budget', 2027]]);
  });

  it('a settlement table: 翌年度繰越額 is a settlement figure and a bare 0 cell is no figure', () => {
    const src = '令和7年度 歳出決算\n（単位：千円）\n款\t予算現額\t支出済額\t翌年度繰越額\t不用額\n衛生費\t2,400,000\t2,310,500\t0\t89,500\n土木費\t3,900,000\t3,650,000\t150,000\t100,000\n';
    const rs = extract(src);
    expect(rs.filter((r) => r.item?.startsWith('衛生費')).map((r) => [r.yen / 1000, r.stage])).toEqual([[2_400_000, 'budget'], [2_310_500, 'settlement'], [89_500, 'settlement']]);
    expect(rs.find((r) => r.yen === 150_000_000)?.stage).toBe('settlement');
  });

  it('a row number before a row label (1 議会費) is no part of the name', () => {
    const src = '款別歳出予算\n（単位：千円）\n款\n本年度予算額\n前年度予算額\n比較\n1 議会費\n298,000\n301,500\n△3,500\n';
    expect(extract(src).map((r) => [r.item, r.yen / 1000, r.change?.yen ? r.change.yen / 1000 : null])).toEqual([['議会費', 298_000, -3_500]]);
  });

  it('stacked 当初 / 補正 / 最終 lines: the supplementary is of the initial budget\'s year, and a signed one is a negative figure', () => {
    const src = '令和8年度 港湾費の状況\n■ 岸壁補修費\n　当初予算額　　　 520,000千円\n　補正予算額　　　△35,000千円\n　最終予算額　　　 485,000千円\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.stage, r.fy, r.change])).toEqual([[520_000, 'budget', 2026, null], [-35_000, 'supplementary', 2026, null], [485_000, 'budget', 2026, null]]);
  });

  it('minutes of an assembly: the speaker is no name, and a figure after "一割増となります" is the figure', () => {
    const src = '令和9年度予算審査\n○委員（田中次郎君）　防災対策費はいくらか。\n○政府参考人（木村三郎君）　防災対策費は、前年度比で約二割増となります八百四十億円でございます。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.text, r.item, r.change])).toEqual([['八百四十億円', '防災対策費', null]]);
  });

  it('marks written bare before a name (新 / 拡) come off it; (皆増) flags the figure new', () => {
    const src = '令和9年度 主な事業\n◎新 若者定住促進事業　8,400千円（皆増）\n○拡 介護人材確保事業　56,000千円（41,000千円）\n';
    expect(extract(src).map((r) => [r.item, r.flags])).toEqual([['若者定住促進事業', ['new']], ['介護人材確保事業', []]]);
  });

  it('a Roman numeral heading number (Ⅱ 防災) is no part of the name', () => {
    expect(extract('令和9年度予算のポイント\nⅡ 観光の振興　　　36億円（前年度 31億円）\n').map((r) => [r.item, r.previous?.yen])).toEqual([['観光の振興', 3_100_000_000]]);
  });

  it('a period of years before a cap (令和9年度から令和12年度までの債務負担行為) makes a multi-year total', () => {
    const rs = extract('令和9年度 予算案\n令和9年度から令和12年度までの債務負担行為として限度額8億円を設定する。\n');
    expect(rs.map((r) => [r.stage, r.fy, r.flags, r.item])).toEqual([['other', null, ['multi_year'], '債務負担行為']]);
  });

  it('a budget per head is a unit amount (other), whatever its label', () => {
    expect(extract('令和9年度 市予算の概要\n市民1人当たりの予算額は38万円となる。\n')[0].stage).toBe('other');
  });

  it('a change whose subject is a figure named just above (歳出総額は…の増加) is that figure\'s change', () => {
    const rs = extract('令和7年度 決算の概要\n歳入総額は2,840億円、歳出総額は2,760億円となった。\n前年度と比べ、歳出総額は95億円の増加となっている。\n');
    expect(rs.map((r) => [r.text, r.change?.yen ?? null])).toEqual([['2,840億円', null], ['2,760億円', 9_500_000_000]]);
  });

  it('an amount 圧縮 / 削減 from a figure is a change, negative', () => {
    const rs = extract('令和10年度予算案\n環境省の予算は、要求額3,900億円から210億円削減された。\n');
    expect(rs.map((r) => [r.text, r.change?.yen ?? null])).toEqual([['3,900億円', -21_000_000_000]]);
  });
});

describe('rows of amounts with units, and compact column years', () => {
  it('a row of amounts with units under years alone, closed by a ratio cell, reads this year, last year and the change', () => {
    const src = '令和10年度 当初予算の規模\n会計区分　　令和10年度　　令和9年度　　増減額　　増減率\n一般会計　　2,104.5億円　　2,050.1億円　　54.4億円　　2.7%\n水道事業会計　　88.0億円　　　91.5億円　　△3.5億円　　△3.8%\n';
    expect(extract(src).map((r) => [r.item, r.yen / 1e8, r.fy, r.previous ? r.previous.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null]))
      .toEqual([['一般会計', 2104.5, 2028, 2050.1, 54.4], ['水道事業会計', 88, 2028, 91.5, -3.5]]);
  });

  it('compact years with a stage (R9当初 | R8当初) head a pipe table\'s columns', () => {
    const src = '令和9年度当初予算（案）\n（単位：千円）\n| 区分 | R9当初 | R8当初 | 増減 |\n| --- | --- | --- | --- |\n| 歳出合計 | 77,400 | 75,900 | 1,500 |\n';
    expect(extract(src).map((r) => [r.yen / 1000, r.stage, r.fy, r.previous?.yen, r.change?.yen])).toEqual([[77_400, 'budget', 2027, 75_900_000, 1_500_000]]);
  });

  it('the bracket closing the figure before ("（同2.1%増）、") is no part of the next name', () => {
    const rs = extract('令和10年度 県予算案\n総額は6,120億円（前年度比1.5%増）、このうち教育費は1,240億円（同0.4%増）、警察費は510億円（同1.1%減）。\n');
    expect(rs.map((r) => r.item).slice(1)).toEqual(['教育費', '警察費']);
  });

  it('"総額X円の…補正予算案" is the supplementary budget\'s figure', () => {
    const rs = extract('政府は18日、総額8兆2,400億円の令和10年度補正予算案を閣議決定した。\n');
    expect([rs[0].stage, rs[0].fy]).toEqual(['supplementary', 2028]);
  });
});

describe('tables drawn or declared elsewhere', () => {
  it('a table drawn with box characters reads as a pipe table; 本年度 / 前年度 head its columns', () => {
    const src = [
      '令和9年度 歳出予算の内訳',
      '                         (単位：千円)',
      '┌──────┬─────────┬─────────┐',
      '│ 区 分 │ 本年度 │ 前年度 │',
      '├──────┼─────────┼─────────┤',
      '│ 衛生費 │ 1,470,200 │ 1,388,000 │',
      '└──────┴─────────┴─────────┘',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.item, r.text, r.yen, r.previous?.text])).toEqual([['衛生費', '1,470,200', 1_470_200_000, '1,388,000']]);
    expect(src.slice(rs[0].start, rs[0].end)).toBe('1,470,200'); // offsets still point into the text as given
  });

  it('a unit declared under a table\'s rows applies to them; a total row keeps its own name', () => {
    const src = '令和9年度 概算要求\n| 事業名 | R9要求額 | R8予算額 | 増減 |\n|---|---|---|---|\n| 砂防事業 | 640 | 600 | 40 |\n| 合計 | 640 | 600 | 40 |\n（単位：百万円）\n';
    expect(extract(src).map((r) => [r.item, r.yen, r.stage, r.previous?.yen])).toEqual([['砂防事業', 640_000_000, 'request', 600_000_000], ['合計', 640_000_000, 'request', 600_000_000]]);
  });

  it('the year named with the budget after a figure ("…円の2029年度当初予算案") is the figure\'s', () => {
    const rs = extract('【2029年2月10日】国は2030年度の概算要求基準を示した。\n市は9日、総額842億円の2029年度一般会計当初予算案を発表した。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['842億円', 'budget', 2029]]);
  });
});

describe('years in brackets and plans', () => {
  it('a bracket labelled by the year before (R8年度 48億円) holds the previous year', () => {
    expect(extract('令和9年度予算案\n・漁港整備 61億円（R8年度 57億円）\n').map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[61, 57]]);
  });

  it('the total of a plan over years ("5年間の整備計画の総額は") is a multi-year total', () => {
    const rs = extract('2029年度 防衛関係費\n5年間の整備計画の総額は43兆円である。\n');
    expect([rs[0].stage, rs[0].flags]).toEqual(['other', ['multi_year']]);
  });
});

describe('totals in prose', () => {
  it('a total after the figures of a line is named by its own word, and a later change finds its subject', () => {
    const src = '令和9年度 予算の概要\n予算総額は、一般会計が 812億円、特別会計が 455億円で、合計 1,267億円となりました。\n一般会計は前年度に比べて 12億円（1.5％）の増となっています。\n';
    expect(extract(src).map((r) => [r.item, r.yen / 1e8, r.change ? r.change.yen / 1e8 : null])).toEqual([['一般会計', 812, 12], ['特別会計', 455, null], ['合計', 1267, null]]);
  });
});

describe('differences and reference notes', () => {
  it('予算現額 | 決算額 | 差引 in a tab table: the difference is the settlement figure\'s change', () => {
    const src = '令和8年度 決算の状況\n（単位：千円）\n区分\t予算現額\t決算額\t差引\n手数料\t640,000\t655,300\t15,300\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen / 1000, r.stage, r.change ? r.change.yen / 1000 : null])).toEqual([[640_000, 'budget', null], [655_300, 'settlement', 15_300]]);
  });

  it('a reference note under a figure ("（参考）令和9年度補正予算額 …") is that figure\'s supplementary', () => {
    const src = '令和10年度 概算要求\n○ 防災気象情報の高度化　　86億円（80億円）\n　（参考）令和9年度補正予算額　22億円\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[86, 80, 22]]);
  });
});

describe('spread-out labels and holdings', () => {
  it('a label a PDF spread out one character at a time (翌 年 度 繰 越 額 は) still names its stage', () => {
    const rs = extract('令和7年度 予算の執行状況\n予算現額は 90,000,000,000 円である。\n翌 年 度 繰 越 額 は 2,104,500,000 円 で あ る 。\n');
    expect(rs.map((r) => r.stage)).toEqual(['budget', 'settlement']);
  });

  it('an amount a body holds ("…億円以上の基金を保有") is a balance of the document\'s year, no budget', () => {
    const rs = extract('令和8年度末の基金の状況\nこのほか、500億円以上の基金を保有している県は4県である。\n');
    expect([rs[0].stage, rs[0].fy]).toEqual(['other', 2026]);
  });
});

describe('speakers, records and clauses', () => {
  it('a speaker named by office (○財務大臣) is no part of a name', () => {
    const rs = extract('令和10年度予算委員会\n○財務大臣　防衛関係費は八兆九千億円でございます。\n');
    expect(rs.map((r) => r.item)).toEqual(['防衛関係費']);
  });

  it('a record named before the figure (過去最大の) leaves the name to the topic', () => {
    const rs = extract('2030年度 概算要求\n各省庁の概算要求総額は、過去最大の118兆円となった。\n');
    expect(rs.map((r) => r.item)).not.toContain('過去');
  });

  it('a fund named in the next clause (…であり、財政調整基金の…) does not make a figure a fund', () => {
    const rs = extract('令和9年度 予算編成方針\n扶助費は52億円となる予定であり、財政調整基金の取崩しは8億円とする。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.flags.includes('fund')])).toEqual([[52, false], [8, true]]);
  });
});

describe('years down the rows, fractions of millions', () => {
  it('a row named by a year alone gives its figures that year (years down the rows, accounts across)', () => {
    const src = '令和9年度 予算の推移\n（単位：億円）\n年度\t一般会計\t特別会計\n令和7年度\t1,180\t790\n令和9年度\t1,310\t845\n';
    expect(extract(src).map((r) => [r.item, r.yen / 1e8, r.fy])).toEqual([['一般会計', 1180, 2025], ['特別会計', 790, 2025], ['一般会計', 1310, 2027], ['特別会計', 845, 2027]]);
  });

  it('a grouped number with a fraction under 百万円 is an amount; a bare 3.5 under 千円 is not', () => {
    const src = '令和9年度 主要施策\n（単位：百万円）\n施策\t予算額\t前年度\n地域交通の確保\t2,345.6\t2,210.4\n';
    expect(extract(src).map((r) => [r.yen, r.previous?.yen])).toEqual([[2_345_600_000, 2_210_400_000]]);
    expect(extract('令和9年度予算\n（単位：千円）\n区分\t予算額\t伸び\n人件費\t120,000\t3.5\n').map((r) => r.yen)).toEqual([120_000_000]);
  });
});

describe('more words of approximation', () => {
  it('ほぼ / おおむね before a figure and 近く / 足らず after it make it approximate', () => {
    const rs = extract('令和9年度 予算の概要\n施設整備費は60億円近くに上る。\n研究費はほぼ25億円で推移。\n広報費は1億円足らずにとどまる。\n');
    expect(rs.map((r) => r.flags)).toEqual([['approximate'], ['approximate'], ['approximate']]);
  });
});

describe('a budget book page flattened one word per line', () => {
  it('stacked headings, units between them, a funding breakdown and row names one character a line', () => {
    const src = [
      '歳 出', '款', '本 年 度', '前 年 度', '予 算 額', '予 算 額', '比 較', '特 定 財 源', '国 県 支 出 金', '千円', '千円', '千円',
      '地 方 債', '千円', '一 般 財 源', 'そ の 他', '千円', '千円', '千円',
      '1消', '防', '費', '612,400', '598,100', '14,300', '20,000', '0', '3,100', '589,300',
      '2教', '育', '費', '1,204,000', '1,250,500', '△46,500', '310,000', '120,000', '0', '774,000',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.item, r.yen / 1000, r.previous ? r.previous.yen / 1000 : null, r.change ? r.change.yen / 1000 : null])).toEqual([
      ['消防費', 612_400, 598_100, 14_300], ['消防費 国県支出金', 20_000, null, null], ['消防費 その他', 3_100, null, null], ['消防費 一般財源', 589_300, null, null],
      ['教育費', 1_204_000, 1_250_500, -46_500], ['教育費 国県支出金', 310_000, null, null], ['教育費 地方債', 120_000, null, null], ['教育費 一般財源', 774_000, null, null],
    ]);
  });
});

describe('row names spread out', () => {
  it('a row name spread out a character at a time, with its number, reads as the name ("1 議 会 費" → 議会費)', () => {
    const src = '歳出予算事項別明細書\n（単位：千円）\n款\n本年度予算額\n前年度予算額\n比較\n1 衛 生 費\n880,000\n861,200\n18,800\n';
    expect(extract(src).map((r) => r.item)).toEqual(['衛生費']);
  });
});

describe('names ending in kana, breakdown rows', () => {
  it('a kana word ending like a particle (子ども, ふるさと) keeps its end', () => {
    const rs = extract('令和9年度予算\n子育て支援の柱は子ども、その額は18億円。\n応援寄附の受入れ先は、ふるさと 6億円\n');
    expect(rs.map((r) => r.item)).toEqual(expect.arrayContaining(['ふるさと']));
    expect(rs.map((r) => r.item)).not.toContain('ふるさ');
  });

  it('うち before a breakdown row\'s name is no part of it', () => {
    const src = '令和9年度 地方交付税\n（単位：億円）\n区分\n本年度\n前年度\n交付税総額\n18,400\n18,100\nうち普通交付税\n17,300\n17,020\n';
    expect(extract(src).map((r) => r.item)).toEqual(['交付税総額', '普通交付税']);
  });
});

describe('label and value lines under a numbered heading', () => {
  it('the figures of "令和9年度予算額 / 52百万円" lines are named by the numbered heading above them', () => {
    const src = '第3節 防災の取組\n(2)避難所の環境改善\n市町村の取組を支援する。\n\n9年度予算額\n52百万円\n8年度予算額\n47\n';
    expect(extract(src).map((r) => [r.item, r.yen, r.previous?.yen])).toEqual([['避難所の環境改善', 52_000_000, 47_000_000]]);
  });
});

describe('news names', () => {
  it('a dateline (【東京】) and a body with its year ("内閣府の2030年度") come off a name; a topic before a change stated first still names', () => {
    const rs = extract('見出し\n\n【東京】内閣府の2030年度北海道関係予算は、29年度当初から8億円減の3120億円となった。\n');
    expect(rs.map((r) => [r.item, r.change?.yen])).toEqual([['北海道関係予算', -800_000_000]]);
  });

  it('a body whose year names its whole budget keeps the body as the name; 【新規】 stays a mark', () => {
    const rs = extract('令和9年度 概算要求\n文部科学省の令和9年度概算要求額は5兆9,100億円。\n【新規】宇宙人材育成事業 12億円\n');
    expect(rs.map((r) => [r.item, r.flags])).toEqual([['文部科学省', []], ['宇宙人材育成事業', ['new']]]);
  });
});

describe('rows of two stages', () => {
  it('amounts with units under 補正額 | 補正後: each named by its row and its column', () => {
    const src = '令和2年度 9月補正予算\n補正額 補正後\n一般会計 5億2,300万円 4,120億6,000万円\n企業会計 980億1,000万円\n';
    expect(extract(src).map((r) => [r.item, r.stage])).toEqual([['一般会計 補正額', 'supplementary'], ['一般会計 補正後', 'budget'], ['企業会計 補正後', 'budget']]);
  });
});

describe('lists, answers and aligned pairs', () => {
  it('【新規】 between a name and its figure flags the figure new', () => {
    expect(extract('令和9年度 主な事業\n(1) 図書館の改修【新規】　　　 54,300千円\n')[0].flags).toEqual(['new']);
  });

  it('a question-and-answer prefix (A.) is no part of a name', () => {
    expect(extract('令和10年度予算Q&A\nA. 子育て支援に210億円を計上しています。\n').map((r) => r.item)).toEqual(['子育て支援']);
  });

  it('a total spread out under a list (合　計) is named 合計, not by the bracket of the line above', () => {
    const rs = extract('【令和9年度予算】\n■一般会計　　1兆1,200億円（対前年度 ＋2.0％）\n■特別会計　　　3,900億円（対前年度 △0.8％）\n　合　計　　　1兆5,100億円（対前年度 ＋1.2％）\n');
    expect(rs.map((r) => r.item)).toEqual(['一般会計', '特別会計', '合計']);
  });

  it('two year-and-stage headings set apart by spaces over two figures: this year\'s and its previous year', () => {
    const rs = extract('県予算の規模\n令和9年度当初予算　　　　　令和8年度当初予算\n6,120億円　　　　　　　　　5,980億円\n');
    expect(rs.map((r) => [r.yen / 1e8, r.fy, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[6120, 2027, 'budget', 5980]]);
  });
});

describe('a minus at the start of a line', () => {
  it('a hyphen glued to the figure at a line\'s start is a minus, and a signed figure with nothing to change is kept as a figure; followed by a space it is a bullet', () => {
    const rs = extract('令和9年度 補正予算\n公共事業費の減額\n－３億円\n- 5億円\n');
    expect(rs.map((r) => r.yen)).toEqual([-300_000_000, 500_000_000]);
  });
});

describe('a previous year stated in a later sentence', () => {
  it('"2030年度の防災経費は、2029年度の X円に対して Y円の増加": the previous year and change of the figure the subject named above', () => {
    const src = '国土交通省は、2030年度予算案で「防災経費」の総額は8,420億円になったと発表した。\n2030年度の防災経費は、2029年度の8,100億円に対して320億円の増加となっている。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null])).toEqual([[8420, 8100, 320]]);
  });
});

describe('HTML tables pasted as markup', () => {
  it('rows of cells (<tr><td>…</td><td>…</td></tr>) read as a pipe table, offsets into the text as given', () => {
    const src = '主要事業\n<table>\n<tr><th>事業名</th><th>令和9年度予算額(千円)</th><th>前年度(千円)</th></tr>\n<tr><td>河川改修事業</td><td>84,000</td><td>79,500</td></tr>\n</table>\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.item, r.yen, r.previous?.yen])).toEqual([['河川改修事業', 84_000_000, 79_500_000]]);
    expect(src.slice(rs[0].start, rs[0].end)).toBe('84,000');
  });

  it('one cell a line, headings each with their unit', () => {
    const src = '主要事業\n<table>\n<tr>\n<th>事業名</th>\n<th>令和9年度予算額(千円)</th>\n<th>前年度(千円)</th>\n</tr>\n<tr>\n<td>河川改修事業</td>\n<td>84,000</td>\n<td>79,500</td>\n</tr>\n</table>\n';
    expect(extract(src).map((r) => [r.item, r.yen, r.fy, r.previous?.yen])).toEqual([['河川改修事業', 84_000_000, 2027, 79_500_000]]);
  });
});

describe('years counted from the document\'s own', () => {
  it('翌年度 is the year after the document\'s, 前々年度 two before; 翌年度へ繰り越す is this year\'s', () => {
    const rs = extract('令和8年度 予算の概要\n一般会計は2,900億円。翌年度の予算要求では3,050億円を見込む。\n前々年度の決算額は2,750億円であった。\n翌年度へ繰り越す額は12億円となった。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.fy])).toEqual([[2900, 2026], [3050, 2027], [2750, 2024], [12, 2026]]);
  });
});

describe('bracket legends', () => {
  it('under a legend "＜ ＞は前年度予算額", a figure in angle brackets is the previous year (and a [ ] after it the supplementary)', () => {
    const src = '令和9年度 予算案の概要\n※＜　＞は前年度予算額、［　］は令和8年度補正予算額\n○ 感染症対策の強化　　820億円＜790億円＞［150億円］\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[820, 790, 150]]);
  });
});

describe('a numbered section on a supplementary budget', () => {
  it('"3 令和8年度3月補正予算": its figures are that supplementary\'s, and no name is taken from the section above', () => {
    const src = '令和9年度 市当初予算案の概要\n2 主な事業\n・歩道整備事業　　 65,000千円（前年度 60,000千円）\n\n3 令和8年度3月補正予算\n　国の経済対策に対応し、総額 980,000千円を追加する。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen / 1000, r.stage, r.fy])).toEqual([[65_000, 'budget', 2027], [980_000, 'supplementary', 2026]]);
    expect(rs[1].item).not.toBe('歩道整備事業');
  });
});

describe('a settlement\'s balance', () => {
  it('歳入歳出差引額 is a figure of its own, not a change of the figure before it', () => {
    const rs = extract('令和7年度 決算の状況\n歳入決算額は3,210億円、歳出決算額は3,150億円となりました。歳入歳出差引額は60億円です。\n');
    expect(rs.map((r) => [r.item, r.yen / 1e8, r.change])).toEqual([['歳入決算額', 3210, null], ['歳出決算額', 3150, null], ['歳入歳出差引額', 60, null]]);
  });
});

describe('request summaries', () => {
  it('＋事項要求 after the figure\'s bracket flags a matter request; a 倍率 column holds no yen', () => {
    const rs = extract('令和10年度 概算要求の概要\n１．物流の効率化　　　640億円（　590億円）＋事項要求\n');
    expect(rs.map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.flags])).toEqual([[640, 590, ['matter_request']]]);
    const table = '令和10年度予算の概要\n（単位：億円）\n区分\t令和10年度要求額\t前年度予算額\t倍率\n一般会計\t7,210\t6,980\t1.03\n';
    expect(extract(table).map((r) => r.yen / 1e8)).toEqual([7210]);
  });
});

describe('square brackets a legend calls the previous year', () => {
  it('under "［ ］内は前年度予算額", a figure in square brackets is the previous year, not a supplementary', () => {
    const src = '令和9年度予算案\n※［　］内は前年度予算額\n・観光振興　1,180億円［1,150億円］\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.supplementary])).toEqual([[1180, 1150, null]]);
  });
});

describe('parentheses a legend calls the supplementary', () => {
  it('under "（　）は令和8年度補正予算額", a figure in parentheses is the supplementary, and the legend sets no stage', () => {
    const src = '令和9年度予算案\n※（　）は令和8年度補正予算額\n・観光振興　1,180億円（210億円）\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy, r.previous, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[1180, 'budget', 2027, null, 210]]);
  });
});

describe('totals over two budgets', () => {
  it('"27年度補正予算と合わせた「16カ月予算」" is a multi-year total of no one year', () => {
    const rs = extract('2028年度予算案\n27年度補正予算と合わせた「16カ月予算」は129兆円規模となる。\n');
    expect([rs[0].stage, rs[0].fy, rs[0].flags]).toEqual(['other', null, ['approximate', 'multi_year']]);
  });
});

describe('supplementaries named by month', () => {
  it('"6月補正" with no year is of the document\'s year; "2月補正" of the year before', () => {
    const rs = extract('令和9年度 当初予算の概要\n6月補正で150億円を追加する予定。\n2月補正で80億円を前倒しで計上した。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[150, 'supplementary', 2027], [80, 'supplementary', 2026]]);
  });
});

describe('compact years alone as column headings', () => {
  it('"区分 | R9 | R8 | 増減": this year\'s column, last year\'s and the change', () => {
    const rs = extract('予算の推移（単位：百万円）\n区分\tR9\tR8\t増減\n物件費\t2,300\t2,180\t120\n');
    expect(rs.map((r) => [r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null, r.change ? r.change.yen / 1e6 : null])).toEqual([[2300, 2027, 2180, 120]]);
  });
});

describe('totals named by their word', () => {
  it('"総額" alone over its figure, or opening the line ("総額は…"), names the figure; the line above lends no name', () => {
    const rs = extract('令和9年度 水産予算の重点事項\n総額\n3,120億円\n(3,080億円)\n主な事業は、漁港整備 640億円である。\n総額は3,120億円で、前年度から40億円増えた。\n');
    expect(rs.map((r) => [r.line, r.item])).toEqual([[3, '総額'], [5, '漁港整備'], [6, '総額']]);
  });
});

describe('units written under the column words', () => {
  it('a row of bare units with a share column (千円　千円　千円　％) gives the table its unit', () => {
    const src = '第２表　款別歳出\n款　　　　　　本年度予算額　前年度予算額　　比較　　　構成比\n　　　　　　　　千円　　　　　千円　　　　千円　　　　％\n1 消防費　　　　 420,500　　　 401,300　　19,200　　　 3.1\n2 土木費　　　 2,310,000　　 2,450,800 △140,800　　　17.2\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.item, r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([
      ['消防費', 420_500, 401_300, 19_200], ['土木費', 2_310_000, 2_450_800, -140_800],
    ]);
  });
  it('the same in tab-separated cells', () => {
    const rs = extract('款\t本年度予算額\t前年度予算額\t比較\t構成比\n\t千円\t千円\t千円\t％\n消防費\t420,500\t401,300\t19,200\t3.1\n');
    expect(rs.map((r) => [r.yen, r.previous?.yen, r.change?.yen])).toEqual([[420_500_000, 401_300_000, 19_200_000]]);
  });
});

describe('a year column beside 前年度', () => {
  it('"区分　令和10年度（Ａ）　前年度（Ｂ）　倍率（Ａ／Ｂ）": this year\'s figure, last year\'s, and a ratio that is no figure', () => {
    const src = '（単位：百万円）\n区　　分　　　　　　令和10年度　　前年度　　　倍率\n　　　　　　　　　　（Ａ）　　　　（Ｂ）　　　（Ａ／Ｂ）\n港湾整備　　　　　　 241,300　　 236,900　　 1.02\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.item, r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null])).toEqual([['港湾整備', 241_300, 2028, 236_900]]);
  });
});

describe('a figure\'s own year and stage in a bracket after it', () => {
  it('"1,200億円（令和9年度補正）" is that supplementary budget\'s figure, in a document about another year', () => {
    const rs = extract('令和10年度 予算案の概要\n■ 海洋観測の強化\n　520億円（500億円）\n　※ほか、観測船更新基金として1,200億円（令和9年度補正）\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[520, 'budget', 2028], [1200, 'supplementary', 2027]]);
  });
});

describe('changes stated before their figure in words', () => {
  it('"前年度より80億円多い340億円" / "12億円少ない88億円": the change, then the figure it leads to, named before both', () => {
    const rs = extract('2027年9月1日\n窓口のデジタル化には前年度より80億円多い340億円を求めた。\n防災無線の更新には前年度比で12億円少ない88億円を計上した。\n');
    expect(rs.map((r) => [r.item, r.yen / 1e8, r.change ? r.change.yen / 1e8 : null])).toEqual([['窓口のデジタル化', 340, 80], ['防災無線の更新', 88, -12]]);
  });
  it('"今年度当初（4兆3,500億円）を2,500億円程度上回る": the change is of the figure the sentence is about, the base its previous year', () => {
    const rs = extract('令和9年12月\n来年度の予算案は4兆6,000億円程度で、今年度当初予算（4兆3,500億円）を2,500億円程度上回る。\n');
    expect(rec(rs, '4兆6,000億円').change?.yen).toBe(250_000_000_000);
    expect(rec(rs, '4兆6,000億円').previous?.text).toBe('4兆3,500億円');
    expect(rs).toHaveLength(1);
  });
});

describe('stage labels and headings between sections', () => {
  it('a heading naming another year and stage ends the supplementary block a label opened above it', () => {
    const rs = extract('文化施設関係予算\n1. 令和8年度補正予算\n・収蔵庫の耐震化 60億円\n2. 令和9年度当初予算案\n・展示の多言語化 12億円（10億円）\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[60, 'supplementary', 2026], [12, 'budget', 2027]]);
  });
  it('"令和10年度予算案：385億円" under a heading: the label is no name, the heading is', () => {
    const rs = extract('研究開発関係予算（令和10年度）\n■ 蓄電池の次世代技術\n　令和10年度予算案：385億円（前年度：320億円）\n');
    expect([rs[0].item, rs[0].previous?.yen]).toEqual(['蓄電池の次世代技術', 32_000_000_000]);
  });
});

describe('names from the lines above', () => {
  it('a table row above a note lends no name with its figures, nor does a unit line; a title\'s bracket of year and stage is cut', () => {
    const src = '林道整備関係予算の概要（令和10年度概算要求）\n　（単位：億円）\n　　　　　　　　　令和10年度　　令和9年度\n　　　　　　　　　要求額　　　　予算額\n　林道整備　　　　　 210　　　　 180\n※上記のほか、令和9年度補正予算において90億円を措置。\n';
    const r = rec(extract(src), '90億円');
    expect([r.item, r.stage, r.fy]).toEqual(['林道整備関係予算', 'supplementary', 2027]);
  });
  it('"性質別にみると、人件費が…": the clause before 、 is no part of the name', () => {
    const rs = extract('令和8年度決算の概要\n性質別にみると、人件費が312億円、扶助費が298億円であった。\n');
    expect(rs.map((r) => r.item)).toEqual(['人件費', '扶助費']);
  });
});

describe('a breakdown under its whole', () => {
  it('"うち X" under a request is of the request; last year\'s figure and the change below them are the whole\'s', () => {
    const rs = extract('2．港湾の強靱化\n　要求・要望額　　　　　 2,640億円\n　　うち重要政策推進枠　　　 710億円\n　前年度予算額　　　　　 2,380億円\n　対前年度増減額　　　　　 260億円\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.previous ? r.previous.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null])).toEqual([
      [2640, 'request', 2380, 260], [710, 'request', null, null],
    ]);
  });
});

describe('figures listed in one sentence', () => {
  it('"令和五年度予算におきましては、Aに約六十二億円、Bについては約二十一億円" both take the label; a later sentence on a supplementary does not reach back', () => {
    const rs = extract('令和5年4月20日\n○政府参考人　令和五年度予算におきましては、巡回相談員の配置に約六十二億円、相談窓口については約二十一億円を計上しております。また、令和四年度補正予算においても十億円を措置いたしました。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[62, 'budget', 2023], [21, 'budget', 2023], [10, 'supplementary', 2022]]);
  });
});

describe('words that are no names', () => {
  it('a request made as 事項要求 names nothing: last year\'s figure under it takes the programme above', () => {
    const rs = extract('蓄電池基盤整備\n  令和10年度要求額 事項要求\n  （令和9年度予算額 320億円）\n');
    expect([rs[0].item, rs[0].stage, rs[0].fy]).toEqual(['蓄電池基盤整備', 'budget', 2027]);
  });
  it('a quotation open before the figure: the name is inside it', () => {
    const rs = extract('2028年1月15日\n知事は「財源不足は約120億円で、基金の取り崩しで対応する」と述べた。\n');
    expect(rs[0].item).toBe('財源不足');
  });
});

describe('the year before\'s budget under a figure', () => {
  it('"【令和９年度予算額】 2,140億円" then "【令和８年度予算額】 2,095億円": last year\'s figure, on one line each or split', () => {
    for (const src of [
      '（２）離島航路の確保\n【令和９年度予算額】　２，１４０億円\n【令和８年度予算額】　２，０９５億円\n',
      '（２）離島航路の確保\n　　　　　　　　【令和９年度予算額】\n　　　　　　　　　２，１４０億円\n　　　　　　　　【令和８年度予算額】\n　　　　　　　　　２，０９５億円\n',
    ]) {
      const rs = extract(src);
      expect(rs.map((r) => [r.yen / 1e8, r.fy, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[2140, 2027, 2095]]);
    }
  });
});

describe('units declared after their table', () => {
  it('one cell per line, then "（単位：百万円）" under the last cell', () => {
    const rs = extract('区分\n令和9年度\n令和8年度\n増減\n下水道事業\n8,765\n8,432\n333\n（単位：百万円）\n');
    expect(rs.map((r) => [r.item, r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null, r.change ? r.change.yen / 1e6 : null])).toEqual([['下水道事業', 8765, 2027, 8432, 333]]);
  });
});

describe('headers spread out one character at a time', () => {
  it('"予 算 現 額　　 収 入 済 額" over "円　円": a budget column and a settlement column', () => {
    const rs = extract('一 般 会 計 歳 入 決 算\n歳　入　　予 算 現 額　　 　 　 収 入 済 額\n　　　　　　　　円　　　　　　　　円\n使用料　　 45,600,000　　 44,987,100\n');
    expect(rs.map((r) => [r.item, r.yen, r.stage])).toEqual([['使用料', 45_600_000, 'budget'], ['使用料', 44_987_100, 'settlement']]);
  });
});

describe('years down the rows', () => {
  it('"年度　歳出総額　うち公債費" over "2024　9,870億円　1,230億円": each row of its year, each figure named by its column', () => {
    const rs = extract('【表】歳出の推移\n年度　　　歳出総額　　　うち公債費\n2024　　　9,870億円　　1,230億円\n2025　　　9,950億円　　1,180億円\n');
    expect(rs.map((r) => [r.item, r.yen / 1e8, r.fy])).toEqual([
      ['歳出総額', 9870, 2024], ['公債費', 1230, 2024], ['歳出総額', 9950, 2025], ['公債費', 1180, 2025],
    ]);
  });
});

describe('a total over two budgets named after them', () => {
  it('"当初予算で4兆円、補正予算で1兆円の計5兆円": the total spans two budgets; each figure is named by the topic of the sentence', () => {
    const rs = extract('2027年度の宇宙関係予算は、当初予算で4,300億円、補正予算で1,800億円の計6,100億円となった。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, r.item, r.flags])).toEqual([
      [4300, 'budget', 2027, '宇宙関係予算', []], [1800, 'supplementary', 2027, '宇宙関係予算', []], [6100, 'other', null, '宇宙関係予算', ['multi_year']],
    ]);
  });
});

describe('column words of comparisons', () => {
  it('"対前年度増減額" heads the change column and "対前年度増減率" a rate, not last year\'s figure', () => {
    const src = '（単位：百万円）\n区分                令和9年度      令和10年度     対前年度       対前年度\n                    予算額         要求額         増減額         増減率\n食品表示対策        2,345          2,567          222            9.5\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen / 1e6, r.stage, r.previous ? r.previous.yen / 1e6 : null, r.change ? r.change.yen / 1e6 : null])).toEqual([[2567, 'request', 2345, 222]]);
  });
});

describe('balances at the years\' ends', () => {
  it('"令和6年度末　令和7年度末　令和8年度末" columns: balances of each year, a fund\'s row flagged fund', () => {
    const rs = extract('表3　基金残高の推移（単位：億円）\n　　　　　　　令和6年度末　令和7年度末　令和8年度末\n公共施設整備基金　　 64　　　　　　 71　　　　　 58\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, r.flags])).toEqual([
      [64, 'other', 2024, ['fund', 'unit_from_header']], [71, 'other', 2025, ['fund', 'unit_from_header']], [58, 'other', 2026, ['fund', 'unit_from_header']],
    ]);
  });
});

describe('words after a figure that start another row', () => {
  it('"（参考）令和9年度補正予算　13兆円" under a bullet lends the bullet no stage; the bullet keeps the document\'s', () => {
    const rs = extract('令和10年度 補正予算の概要\n　・港湾の復旧　　　　 4,100億円\n　（参考）令和9年度補正予算　13兆1,992億円\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[4100, 'supplementary', 2028], [131_992, 'supplementary', 2027]]);
  });
  it('"前年度を1,500億円上回る総額2兆3,400億円": the change goes to the figure after it', () => {
    const rs = extract('令和10年度予算は、前年度を1,500億円上回る総額2兆3,400億円とした。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.change ? r.change.yen / 1e8 : null])).toEqual([[23_400, 1500]]);
  });
});

describe('no figure this year', () => {
  it('"事業B　－（0.5億円）", "皆減（1.2億円）": the bracket is last year\'s budget, named by the row', () => {
    const rs = extract('令和10年度概算要求\n観測衛星の運用　5.2億円（4.8億円）\n旧庁舎の維持　－（0.5億円）\n記念事業　皆減（1.2億円）\n');
    expect(rs.map((r) => [r.item, r.yen / 1e8, r.stage, r.fy, r.previous ? r.previous.yen / 1e8 : null])).toEqual([
      ['観測衛星の運用', 5.2, 'request', 2028, 4.8], ['旧庁舎の維持', 0.5, 'budget', 2027, null], ['記念事業', 1.2, 'budget', 2027, null],
    ]);
  });
});

describe('labels before a figure that are no part of its name', () => {
  it('"金額：" and "金" (the sum of) between a name and its figure', () => {
    const rs = extract('令和9年度予算\n・防災拠点整備　金額：1億2千5百万円\n・林道の補修　金 3,500,000 円\n');
    expect(rs.map((r) => [r.item, r.yen])).toEqual([['防災拠点整備', 125_000_000], ['林道の補修', 3_500_000]]);
  });
});

describe('a request label above a figure with last year\'s bracket', () => {
  it('"令和11年度予算要求額" over "1,234百万円（令和10年度予算額 1,100百万円）": the bracket\'s label is not the figure\'s', () => {
    const rs = extract('令和11年度予算要求額\n　1,234百万円（令和10年度予算額 1,100百万円）\n');
    expect(rs.map((r) => [r.yen / 1e6, r.stage, r.fy, r.previous ? r.previous.yen / 1e6 : null])).toEqual([[1234, 'request', 2029, 1100]]);
  });
});

describe('names after numbers and wholes', () => {
  it('"３．GIGAスクール構想" loses its number before Latin letters too; "歳入のうち県税" names the part', () => {
    const rs = extract('令和10年度補正予算の概要\n　３．GIGAスクール構想の推進　　 543億円\n2028年2月10日\n歳入のうち県税は1,950億円を見込む。\n');
    expect(rs.map((r) => r.item)).toEqual(['GIGAスクール構想の推進', '県税']);
  });
});

describe('a change broken over the line', () => {
  it('"…前年度に比べ1兆" / "2,345億円増の114兆5,000億円": the change goes to the figure after it, named by the words before the change', () => {
    const rs = extract('令和9年度予算の概要\n一般会計の総額は、前年度当初予算に比べ1兆\n2,345億円増の114兆5,000億円となった。\n');
    expect(rs.map((r) => [r.line, r.yen, r.item, r.change?.yen])).toEqual([[3, 114_500_000_000_000, '一般会計', 1_234_500_000_000]]);
  });
});

describe('the topic of a settlement sentence', () => {
  it('"歳入については、予算現額1,512億円に対し" names the figure by its topic, not by its column word', () => {
    const rs = extract('令和8年度一般会計決算の状況\n歳出については、予算現額1,512億円に対し、支出済額は1,432億円となった。\n');
    expect(rs.map((r) => [r.item, r.stage])).toEqual([['歳出', 'budget'], ['支出済額', 'settlement']]);
  });
});

describe('rows in single-spaced text', () => {
  it('"No. 事業名 担当課 予算額（千円） 前年度（千円） 増減": the row number is no cell, the name is the 事業名 column\'s', () => {
    const rs = extract('主要事業一覧\nNo. 事業名 担当課 予算額（千円） 前年度（千円） 増減\n1 子ども医療費助成 こども家庭課 512,300 498,700 13,600\n');
    expect(rs.map((r) => [r.item, r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null, r.change ? r.change.yen / 1e3 : null])).toEqual([['子ども医療費助成', 512_300, 498_700, 13_600]]);
  });
});

describe('last year\'s figure named by its year alone, on the line under', () => {
  it('"（R9: 987百万円）" under a figure of a document with no year in its title: last year\'s', () => {
    const rs = extract('令和10年度の主な取組\n◎こども・子育て支援\n　　通園制度の本格実施　　1,234百万円\n　　　（R9: 987百万円）\n');
    expect(rs.map((r) => [r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null])).toEqual([[1234, 2028, 987]]);
  });
});

describe('approximations between listed figures', () => {
  it('"２兆円強、事業I…５００億円超、事業J": the word that closes one figure is no part of the next one\'s name', () => {
    const rs = extract('令和9年度予算\n港湾は２兆円強、空港は５００億円超、鉄道は３０億円前後、道路は１００億円以上。\n');
    expect(rs.map((r) => [r.item, r.flags])).toEqual([['港湾', ['approximate']], ['空港', ['approximate']], ['鉄道', ['approximate']], ['道路', ['approximate']]]);
  });
});

describe('a unit row with one amount column', () => {
  it('"（千円）　（％）" under "予算額　構成比": the amounts in 千円, the shares no figures', () => {
    const rs = extract('令和9年度　一般会計予算\n款　　　　　　　　　　予算額　　　　構成比\n　　　　　　　　　　　（千円）　　　（％）\n1 議会費　　　　　　　 512,345　　　　0.6\n2 総務費　　　　　　 9,876,543　　　 11.2\n');
    expect(rs.map((r) => [r.item, r.yen / 1e3])).toEqual([['議会費', 512_345], ['総務費', 9_876_543]]);
  });
});

describe('a fund named in the next clause', () => {
  it('"経常収支はマイナス12億円、基金の取崩しは－3,200千円": only the second is a fund\'s figure', () => {
    const rs = extract('令和9年度予算の姿\n・経常収支はマイナス12億円、基金の取崩しは－3,200千円。\n');
    expect(rs.map((r) => [r.yen, r.flags])).toEqual([[-1_200_000_000, []], [-3_200_000, ['fund']]]);
  });
});

describe('a comparison with the budget after a settlement figure', () => {
  it('"歳出 1,198億円（予算比 △40億円）" in a settlement outlook stays a settlement; "２款　総務費" loses its number', () => {
    const rs = extract('令和8年度決算見込み\n　一般会計　歳入 1,234億円（予算比 +12億円）\n　　　　　　歳出 1,198億円（予算比 △40億円）\n　２款　総務費　３，４５６，７８９千円\n');
    expect(rs.map((r) => [r.item, r.stage, r.fy])).toEqual([['一般会計　歳入', 'settlement', 2026], ['歳出', 'settlement', 2026], ['総務費', 'settlement', 2026]]);
  });
});

describe('a labelled value with last year\'s bracket under it', () => {
  it('"【令和10年度概算要求額】" / "120億円" / "（前年度予算額　100億円）": the bracket is last year\'s figure', () => {
    const rs = extract('【令和10年度概算要求額】\n　　　 120億円\n　（前年度予算額　100億円）\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[120, 'request', 2028, 100]]);
  });
});

describe('a label adding two budgets', () => {
  it('"令和10年度予算額＋令和9年度補正予算額 17.3億円" and "計92億円(補正22億円+当初70億円)" span both; the bracket\'s initial budget is a budget', () => {
    const rs = extract('■令和10年度予算額 12.3億円\n■令和10年度予算額＋令和9年度補正予算額 17.3億円\n港湾会計は計92億円(補正22億円+当初70億円)。\n');
    expect(rs.map((r) => [r.item, r.yen / 1e8, r.stage, r.flags.includes('multi_year'), r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([
      [null, 12.3, 'budget', false, null], [null, 17.3, 'other', true, null], ['港湾会計', 92, 'other', true, 22], ['港湾会計', 70, 'budget', false, null],
    ]);
  });
});

describe('an increase by an amount with nothing named to change', () => {
  it('"防衛費は3000億円台の増額となる" is a change, no figure; "75億円の減額要求" is the request\'s own figure', () => {
    const rs = extract('2027年12月20日\n来年度予算案では、関連経費として1兆円超を計上する見通しだ。防衛費は3000億円台の増額となる。\n今夏の概算要求でも75億円の減額要求だった。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage])).toEqual([[10_000, 'budget'], [75, 'request']]);
  });
});

describe('one cell per line, the unit in a column heading', () => {
  it('"区分 / 一般会計 / 特別会計 / 令和10年度（百万円） / … / 令和9年度（百万円） / …": each name with its figures', () => {
    const rs = extract('令和10年度当初予算\n区分\n一般会計\n特別会計\n令和10年度（百万円）\n123,456\n45,678\n令和9年度（百万円）\n120,000\n44,000\n');
    expect(rs.map((r) => [r.item, r.yen / 1e6, r.fy, r.previous ? r.previous.yen / 1e6 : null])).toEqual([['一般会計', 123_456, 2028, 120_000], ['特別会計', 45_678, 2028, 44_000]]);
  });
});

describe('two columns of a page side by side', () => {
  it('"一般会計　1,234億円（+2.1%）　　　　市税　456億円": the second name is after the gap, not the first figure\'s rate', () => {
    const rs = extract('令和10年度予算（案）の概要\n　一般会計　　1,234億円（+2.1%）　　　　　　　　　　 市税　　　456億円（+1.5%）\n');
    expect(rs.map((r) => r.item)).toEqual(['一般会計', '市税']);
  });
});

describe('a year and 決算 before a name', () => {
  it('"令和元年度決算　歳出総額　1,012億円": the label comes off the name', () => {
    const rs = extract('令和元年度決算　歳出総額　1,012億円\n令和2年度決算　歳出総額　1,345億円\n');
    expect(rs.map((r) => [r.item, r.stage, r.fy])).toEqual([['歳出総額', 'settlement', 2019], ['歳出総額', 'settlement', 2020]]);
  });
});

describe('column words with marks', () => {
  it('"現計予算額(A)　補正額(B)　計(A)+(B)": the budget, the supplementary, and the budget after it', () => {
    const src = '令和9年度6月補正予算案の概要\n　一般会計　　（単位：百万円）\n　　区　分　　　　　　現計予算額(A)　　補正額(B)　　計(A)+(B)\n　　一般会計　　　　　　 812,345　　　　 12,345　　　824,690\n';
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage])).toEqual([[812_345, 'budget'], [12_345, 'supplementary'], [824_690, 'budget']]);
  });
});

describe('one figure a line under a unit', () => {
  it('"議会費　1,234,567" lines under "（単位：千円）", and "令和10年度要求：1,456,789" lines under "予算（千円）"', () => {
    expect(extract('（単位：千円）\n　消防費　1,234,567\n　土木費　2,000,000\n').map((r) => [r.item, r.yen])).toEqual([['消防費', 1_234_567_000], ['土木費', 2_000_000_000]]);
    expect(extract('施策名：地域医療の確保\n予算（千円）\n　令和9年度当初：1,234,567\n　令和10年度要求：1,456,789\n').map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [1_234_567_000, 'budget', 2027], [1_456_789_000, 'request', 2028],
    ]);
  });
  it('bullets and row numbers before the names, last year\'s figure in a bracket after this year\'s', () => {
    const rs = extract('令和9年度予算（単位：千円）\n・消防費　1,234,567\n(2) 土木費　2,000,000\n③教育費　3,000,000（2,900,000）\n');
    expect(rs.map((r) => [r.item, r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null])).toEqual([['消防費', 1_234_567, null], ['土木費', 2_000_000, null], ['教育費', 3_000_000, 2_900_000]]);
  });
});

describe('one year named twice', () => {
  it('"27年度（2027年度）は総額410億円" in a dated article is that year\'s budget, not a total over years', () => {
    const rs = extract('2026年3月3日\n市は来年度当初予算案を発表した。27年度（2027年度）は総額410億円。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, r.flags])).toEqual([[410, 'budget', 2027, []]]);
  });
});

describe('parenthesised numbers and request totals', () => {
  it('"⑴ デジタル化の推進" loses its number; "要求総額" keeps its 総額', () => {
    const rs = extract('令和10年度 概算要求のポイント\n１．要求総額　　 ５兆２，３４５億円\n　⑴ デジタル化の推進　 ３４５億円（２９８億円）\n');
    expect(rs.map((r) => r.item)).toEqual(['要求総額', 'デジタル化の推進']);
  });
});

describe('tables with a header over two rows, a bare unit line, years down the rows', () => {
  it('a pipe table whose header runs over two rows reads each column from both rows', () => {
    const rs = extract('（単位：百万円）\n| 区　分 | 令和9年度 | 令和8年度 | 対前年度 |\n|  | 予算額(A) | 予算額(B) | 増減(A)-(B) |\n| 港湾整備費 | 8,420 | 8,100 | 320 |\n| 空港整備費 | 2,005 | 2,110 | ▲105 |\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage, r.previous?.text, r.change?.yen])).toEqual([
      ['8,420', 2027, 'budget', '8,100', 320_000_000], ['2,005', 2027, 'budget', '2,110', -105_000_000],
    ]);
  });

  it('a unit alone in brackets over a table ("（億円）") is the unit of its bare numbers', () => {
    const rs = extract('（億円）\n区分,令和9年度予算案,令和8年度予算,増減\n防衛関係費,"9,120","8,870",250\n');
    expect(rs.map((r) => [r.text, r.yen, r.fy, r.previous?.yen, r.change?.yen])).toEqual([['9,120', 912_000_000_000, 2027, 887_000_000_000, 25_000_000_000]]);
  });

  it('a row named by a year alone gives its figures that year where the column names only a stage, each named by its column', () => {
    const tab = '市税収入の推移\n年度\t当初予算額\t決算額\n令和6年度\t410億円\t415億円\n令和7年度\t420億円\t428億円\n';
    const pipes = '| 年度 | 当初予算額 | 決算額 |\n| 令和6年度 | 410億円 | 415億円 |\n| 令和7年度 | 420億円 | 428億円 |\n';
    for (const doc of [tab, pipes]) {
      expect(extract(doc).map((r) => [r.text, r.fy, r.stage, r.item])).toEqual([
        ['410億円', 2024, 'budget', '当初予算額'], ['415億円', 2024, 'settlement', '決算額'],
        ['420億円', 2025, 'budget', '当初予算額'], ['428億円', 2025, 'settlement', '決算額'],
      ]);
    }
  });

  it('a breakdown in brackets near the top ("（うち補正 20億円）") does not make the whole document a supplementary budget', () => {
    const rs = extract('◇ 主な事業\n・河川の改修　　40億円\n・橋りょうの耐震化　　60億円（うち補正　20億円）\n・公園の整備　　5億円\n');
    expect(rs.map((r) => [r.text, r.stage])).toEqual([['40億円', 'budget'], ['60億円', 'budget'], ['5億円', 'budget']]);
  });
});

describe('a summary box of a total, its previous year and its change', () => {
  it('"前年度当初予算額 X" and a padded "対前年度増減額 Y" under a total and its breakdown are the total\'s previous year and change', () => {
    const rs = extract('令和9年度概算要求額\n　総額　　　　　　　　　　　　１兆２，４００億円\n　　うち　特別枠　　　　　　　　　　　９００億円\n　前年度当初予算額　　　　　　１兆１，９００億円\n　対前年度増減額　　　　　　　　　　　　５００億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([
      ['１兆２，４００億円', 'request', '１兆１，９００億円', 50_000_000_000], ['９００億円', 'request', null, null],
    ]);
  });

  it('a total row named 計 alone is named 計, not by the row above', () => {
    const rs = extract('令和9年度予算　事業費の内訳\n　旅費　　　　１，２００千円\n　委託料　　　　　８００千円\n　　計　　　　２，０００千円\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['１，２００千円', '旅費'], ['８００千円', '委託料'], ['２，０００千円', '計']]);
  });
});

describe('two years relative to the date in one sentence', () => {
  it('the relative year after the last comma before a figure is its own', () => {
    const rs = extract('令和８年１１月２０日\n市長は、来年度の予算編成について、今年度の補正予算で確保した２０億円を活用すると述べた。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['２０億円', 2026, 'supplementary']]);
  });
});

describe('years and labels at the head of a line', () => {
  it('an era-letter year alone before a figure ("H30　　5,123億円") is the figure\'s year', () => {
    const rs = extract('市税収入の推移\nH30　　　　　412億円\nR1　　　　　 418億円\n2020　　　　 405億円\n');
    expect(rs.map((r) => [r.text, r.fy])).toEqual([['412億円', 2018], ['418億円', 2019], ['405億円', 2020]]);
  });

  it('a numbered previous-year line ("（２）前年度予算額") under a figure is its previous year', () => {
    const rs = extract('１　予算の概要\n（１）特別会計予算額　　　　８５６，０００，０００円\n（２）前年度予算額　　　　　８３０，０００，０００円\n（３）比較増減　　　　　　　　２６，０００，０００円\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.yen])).toEqual([['８５６，０００，０００円', '８３０，０００，０００円', 26_000_000]]);
  });
});

describe('a settlement and the year before', () => {
  it('a "前年度決算額" line under a settlement and its breakdown is the settlement\'s previous year', () => {
    const rs = extract('主要施策の成果（令和8年度決算）\n決算額　　　　　　　4,560,000円\n（うち国庫支出金　　 1,200,000円）\n前年度決算額　　　　4,100,000円\n');
    expect(rs.map((r) => [r.text, r.stage, r.previous?.text ?? null])).toEqual([['4,560,000円', 'settlement', '4,100,000円'], ['1,200,000円', 'settlement', null]]);
  });
});

describe('the year before beside a figure', () => {
  it('"【R9要求額】50億円　【R8予算額】45億円": the year before\'s budget beside a request on its line is its previous year', () => {
    const rs = extract('令和9年度概算要求\n【R9要求額】36億円　【R8予算額】31億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.previous?.text ?? null])).toEqual([['36億円', 'request', 2027, '31億円']]);
  });
});

describe('labels broken over lines, bare era years over columns', () => {
  it('"令和8年度" over "当初予算額" over its value: the year before\'s budget under a figure is its previous year; "増減" over a value its change', () => {
    const rs = extract('令和9年度\n当初予算額\n812億円\n令和8年度\n当初予算額\n790億円\n増減\n22億円\n');
    expect(rs.map((r) => [r.text, r.fy, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([['812億円', 2027, '790億円', 2_200_000_000]]);
  });

  it('a change label alone on its line ("対前年度増減") makes the figure under it a change', () => {
    const rs = extract('令和9年度予算\n港湾整備費　64億円\n対前年度増減\n5億円\n');
    expect(rs.map((r) => [r.text, r.change?.yen ?? null])).toEqual([['64億円', 500_000_000]]);
  });

  it('era letters and numbers alone side by side over columns ("R9 R8") name the years of a table set apart by single spaces', () => {
    const rs = extract('（単位：百万円）\n事業名 R9 R8 増減\n公園整備費 2,468 2,400 68\n');
    expect(rs.map((r) => [r.text, r.fy, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([['2,468', 2027, '2,400', 68_000_000]]);
  });
});

describe('a table glued on one line', () => {
  it('the first row\'s label follows the header\'s column words', () => {
    const rs = extract('令和9年度 一般会計予算 款別内訳 （単位:百万円） 款 予算額 構成比 議会費 412 0.4 総務費 8,765 9.1 教育費 12,340 12.8\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['412', '議会費'], ['8,765', '総務費'], ['12,340', '教育費']]);
  });
});

describe('page numbers inside a table', () => {
  it('a short plain number alone between rows of cells is a page number, no figure', () => {
    const rs = extract('（単位：千円）\n事業名　　　　　本年度　　　　前年度\n街路灯整備費　　64,000　　　　60,000\n7\n側溝改修費　　　31,000　　　　30,500\n');
    expect(rs.map((r) => r.text)).toEqual(['64,000', '31,000']);
  });
});

describe('a previous-year label after a figure on its line', () => {
  it('"X億円、前年度：Y億円" gives the figure its previous year', () => {
    const rs = extract('令和9年度予算案\n・文化振興　318億円、前年度：301億円\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null])).toEqual([['318億円', '301億円']]);
  });
});

describe('the opening of a news text', () => {
  it('an opening sentence naming two stages sets neither as the document\'s; an era letter\'s date (R8.12.20) dates the text', () => {
    const rs = extract('R8.12.20\n政府は来年度予算案を閣議決定した。歳出総額は１２０兆円程度となる。今年度の補正予算は１４兆円だった。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['１２０兆円', 'budget', 2027], ['１４兆円', 'supplementary', 2026]]);
  });
});

describe('figures that are no budget of a year, and totals that are', () => {
  it('a market size "in 2030" and a total project cost are other figures', () => {
    const rs = extract('令和9年度予算案\n国内の市場規模は2030年に約3兆円に拡大する見込み。\n・新港湾ターミナル整備　総事業費　約420億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['3兆円', 'other', null], ['420億円', 'other', null]]);
  });

  it('"補正予算では、あわせて X円" is all of one budget; "当初と補正予算合わせて計 X円" a total over both', () => {
    const one = extract('令和9年度第1次補正予算では、あわせて2,400億円を措置した。\n');
    expect(one.map((r) => [r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([['supplementary', 2027, false]]);
    const both = extract('令和9年度予算について\n当初と補正予算合わせて計5,100億円を計上した。\n');
    expect(both.map((r) => [r.stage, r.flags.includes('multi_year')])).toEqual([['other', true]]);
  });

  it('a slash before a previous-year label is no "per" ("1,234億円／前年度：1,200億円")', () => {
    const rs = extract('令和9年度予算案\n・交通安全対策　812億円／前年度：790億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.previous?.text ?? null])).toEqual([['812億円', 'budget', '790億円']]);
  });
});

describe('the topic of a clause names its figure', () => {
  it('past a cause ("…などにより、"), a comparison ("前年度と同額の") and a passive clause ("…と見込まれ、")', () => {
    const rs = extract('歳入\n　法人市民税は、企業収益の回復などにより、前年度比5億円増の84億円を見込んでいます。\n　地方譲与税は、前年度と同額の11億円を計上しています。\n　税収は60兆円と見込まれ、新規国債発行額は29兆円となる。\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['84億円', '法人市民税'], ['11億円', '地方譲与税'], ['60兆円', '税収'], ['29兆円', '新規国債発行額']]);
  });
});

describe('a figure named again in a reply', () => {
  it('"御指摘の X円" is the figure the question named, with its name; "…のうち、Yは Z円" names the part Y', () => {
    const rs = extract('○委員　令和九年度予算案では、子ども関係で総額三兆一千億円が計上されております。\n○大臣　御指摘の三兆一千億円のうち、児童手当は一兆五千億円でございます。\n');
    expect(rs.map((r) => [r.text, r.item, r.fy])).toEqual([['三兆一千億円', '子ども関係', 2027], ['三兆一千億円', '子ども関係', 2027], ['一兆五千億円', '児童手当', 2027]]);
  });
});

describe('figures in the bracket after a figure', () => {
  it('last year\'s budget and supplementary in one bracket, apart by a comma, are both the figure\'s', () => {
    const rs = extract('○○推進事業\n令和9年度予算額　６２億円（令和8年度予算額　５８億円、令和8年度補正予算額　７億円）\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null, r.supplementary?.text ?? null])).toEqual([['６２億円', '５８億円', '７億円']]);
  });

  it('"（対前年度 12億円、6.0％増）" is a change, not last year\'s figure', () => {
    const rs = extract('（１）扶助費　　　　２１０億円（対前年度　１２億円、６．０％増）\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([['２１０億円', null, 1_200_000_000]]);
  });
});

describe('a list flattened onto one line', () => {
  it('a year in the note of the item before a bullet is not the next item\'s year', () => {
    const rs = extract('今年の予算（令和9年度）\n2027年4月1日\n- 市税 90億円(対前年度比 +2億円) 令和7年度実績に基づく増 - 地方交付税 50億円(対前年度比 +1億円)\n');
    expect(rs.map((r) => [r.text, r.fy])).toEqual([['90億円', 2027], ['50億円', 2027]]);
  });
});

describe('two tables side by side', () => {
  it('a small plain number after a row name beside another table\'s row is a figure, not a page number', () => {
    const rs = extract('令和9年度一般会計予算（単位：百万円）\n　歳入　　　　　　　　　　　　歳出\n　市税　　　　　　12,345　　　議会費　　　　　　523\n　地方交付税　　　 5,678　　　総務費　　　　　8,765\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['12,345', '市税'], ['523', '議会費'], ['5,678', '地方交付税'], ['8,765', '総務費']]);
  });
});

describe('sections numbered in Roman numerals', () => {
  it('"Ⅰ　令和8年度補正予算" over numbered items is their section; the next section\'s heading is no words of the item above it', () => {
    const rs = extract('令和9年度予算及び令和8年度補正予算の概要\nⅠ　令和8年度補正予算\n　１　物価高騰対策　　　３２億円\n　２　防災・減災　　　　１８億円\nⅡ　令和9年度当初予算\n　１　子育て支援　　　　４５億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['３２億円', 'supplementary', 2026], ['１８億円', 'supplementary', 2026], ['４５億円', 'budget', 2027]]);
  });
});

describe('a numbered section of the initial budget in a supplementary budget\'s summary', () => {
  it('"Ⅱ　令和9年度当初予算" governs the items under its sub-headings', () => {
    const rs = extract('令和8年度補正予算の概要\nⅠ　令和8年度補正予算\n　１　物価高騰対策　　　３２億円\nⅡ　令和9年度当初予算\n　１　子育て支援\n　　　保育所整備　　　４５億円\n　２　産業振興\n　　　商店街支援　　　２７億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['３２億円', 'supplementary', 2026], ['４５億円', 'budget', 2027], ['２７億円', 'budget', 2027]]);
  });
});

describe('so many years\' worth', () => {
  it('"（3年分）" after a figure makes it a total over years', () => {
    const rs = extract('令和9年度予算案\n・研究基盤の整備　360億円（3年分）\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([['360億円', 'other', null, true]]);
  });
});

describe('a budget book\'s item under its heading', () => {
  it('"本年度予算額 / 前年度予算額 / 差引増△減額" under a unit: one figure with its previous year and change, named by the (項) heading', () => {
    const rs = extract('（項）文化振興費\n　　　　　　　　　　　　　　　　千円\n　本年度予算額　　　　　　　２，３４５，６７８\n　前年度予算額　　　　　　　２，３００，０００\n　差引増△減額　　　　　　　　　４５，６７８\n');
    expect(rs.map((r) => [r.text, r.stage, r.item, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([['２，３４５，６７８', 'budget', '文化振興費', '２，３００，０００', 45_678_000]]);
  });
});

describe('names in lists and dated news', () => {
  it('katakana list markers (ア　イ　（ウ）) come off names; 本年度 is no name; a dateline names nothing', () => {
    const rs = extract('令和9年度予算\nア　道路補修事業　１，２００千円\n（イ）橋りょう点検事業　８００千円\n');
    expect(rs.map((r) => r.item)).toEqual(['道路補修事業', '橋りょう点検事業']);
    const book = extract('（項）図書館運営費\n本年度予算額　　2,100千円\n前年度予算額　　2,000千円\n');
    expect(book.map((r) => [r.item, r.previous?.text ?? null])).toEqual([['図書館運営費', '2,000千円']]);
    const news = extract('令和9年10月\n　文部科学省は、令和11年度概算要求で過去最大の６兆円を要求した。\n');
    expect(news.map((r) => [r.text, r.item])).toEqual([['６兆円', '文部科学省']]);
  });

  it('"県は来年度、X に…円": the time before the comma is no part of the name, and next year\'s figure is no supplementary budget', () => {
    const rs = extract('（2029年1月20日付）\n県は来年度、ＤＸ推進に80億円を充てる。今年度の補正予算では9億円を追加した。昨年度決算では黒字が5億円だった。\n');
    expect(rs.map((r) => [r.text, r.item, r.stage, r.fy])).toEqual([
      ['80億円', 'ＤＸ推進', 'budget', 2029], ['9億円', 'ＤＸ推進', 'supplementary', 2028], ['5億円', '黒字', 'settlement', 2027],
    ]);
  });
});

describe('a change stated first, then a comma', () => {
  it('"前年度決算額を12億円上回る、488億円" gives the figure its change and the clause\'s topic its name', () => {
    const rs = extract('【歳入】\n　地方消費税交付金は、前年度決算額を3億円上回る、57億円となりました。\n');
    expect(rs.map((r) => [r.text, r.item, r.change?.yen ?? null])).toEqual([['57億円', '地方消費税交付金', 300_000_000]]);
  });
});

describe('last year\'s figure in prose', () => {
  it('"前年度（450億円）から…の500億円" and "500億円で、前年度の480億円から増加" are the previous years of the figures they compare with', () => {
    const rs = extract('令和9年度予算案\n　商工費は、前年度（310億円）から20億円増の330億円となった。\n　衛生費は290億円で、前年度の275億円から増加した。\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null])).toEqual([['330億円', '310億円'], ['290億円', '275億円']]);
  });
});

describe('last year\'s figure in the next sentence', () => {
  it('"X円。前年度はY円だった。" gives X its previous year', () => {
    const rs = extract('令和9年度予算案\n　消防費は64億円。前年度は61億円だった。\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null])).toEqual([['64億円', '61億円']]);
  });
});

describe('the topic of a sentence as the last resort', () => {
  it('"Xは、…を活用し、前倒しで 3億円": an adverb is no name; the sentence\'s topic names the figure', () => {
    const rs = extract('令和9年度当初予算案\n　体育館の空調整備は、国の令和8年度補正予算を活用し、前倒しで4億円を計上した。\n');
    expect(rs.map((r) => [r.text, r.item, r.stage, r.fy])).toEqual([['4億円', '体育館の空調整備', 'supplementary', 2026]]);
  });
});

describe('Western years down the rows of a table in bare numbers', () => {
  it('"2023　43,000　18,000" under "年度　当初予算　補正予算" (億円): the year names the row, no figure', () => {
    const spaced = extract('図表　関係予算の推移\n（億円）\n年度　　　当初予算　　補正予算\n2023　　　41,000　　　12,000\n2024　　　42,500　　　11,300\n');
    expect(spaced.map((r) => [r.text, r.fy, r.stage, r.item])).toEqual([
      ['41,000', 2023, 'budget', '当初予算'], ['12,000', 2023, 'supplementary', '補正予算'], ['42,500', 2024, 'budget', '当初予算'], ['11,300', 2024, 'supplementary', '補正予算'],
    ]);
    const tabs = extract('（単位：億円）\n年度\t当初予算\t補正予算\n2023\t41,000\t12,000\n');
    expect(tabs.map((r) => [r.text, r.fy, r.item])).toEqual([['41,000', 2023, '当初予算']]);
    expect(tabs[0].supplementary?.text).toBe('12,000');
  });

  it('a row named 令和N年度 in a table under a unit line takes that year, each figure named by its column', () => {
    const rs = extract('（億円）\n年度　　　当初予算　　補正予算\n令和5年度　　41,000　　　12,000\n令和6年度　　42,500　　　11,300\n');
    expect(rs.map((r) => [r.text, r.fy, r.item])).toEqual([['41,000', 2023, '当初予算'], ['12,000', 2023, '補正予算'], ['42,500', 2024, '当初予算'], ['11,300', 2024, '補正予算']]);
  });
});

describe('what qualifies a name is no part of it', () => {
  it('a stage mark after the name (〈補正〉), the account and year before it (一般会計の9年度の), and quotes around a programme (「港湾整備」が事業費)', () => {
    const rs = extract('令和9年度予算\n・燃料価格対策事業〈補正〉　3兆200億円\n一般会計の9年度の社会保障関係費は、38兆円となった。\n「港湾整備」が事業費 2,345億円\n');
    expect(rs.map((r) => r.item)).toEqual(['燃料価格対策事業', '社会保障関係費', '港湾整備']);
  });
});

describe('a name broken over two lines of prose', () => {
  it('"③都市・幹" / "線鉄道1,162億円…" is one name', () => {
    const rs = extract('令和9年度概算要求\n　鉄道関係は全体で3,500億円(同10%増)で、うち①整備新幹線2,000億円(同8%増)、②都市・幹\n線鉄道1,200億円(同12%増)となった。\n');
    expect(rs.find((r) => r.text === '1,200億円')?.item).toBe('都市・幹線鉄道');
  });
});

describe('row names of a budget book spread out', () => {
  it('a row number glued or spaced before a name spread out a character at a time comes off, and the name is joined', () => {
    const rs = extract('（単位：千円）\n款\n本年度\n前年度\n5株 式 等 譲 渡 所 得 割 交 付 金\n100,000\n90,000\n12 分 担 金 及 び 負 担 金\n721,491\n700,000\n');
    expect(rs.map((r) => [r.text, r.item, r.previous?.text ?? null])).toEqual([['100,000', '株式等譲渡所得割交付金', '90,000'], ['721,491', '分担金及び負担金', '700,000']]);
  });
});

describe('row-number columns', () => {
  it('a No. / 番号 column of a table in bare numbers holds no amounts, in pipe, tab and spaced rows', () => {
    const pipe = '施策別予算（単位：百万円）\n| No. | 施策名 | R9予算額 | R8予算額 | 差額 |\n|---|---|---|---|---|\n| 1 | 里山保全事業 | 2,400 | 2,150 | 250 |\n| 2 | 湖沼水質改善事業 | 610 | 700 | ▲90 |\n';
    const tab = '施策別予算（単位：百万円）\n番号\t施策名\tR9予算額\tR8予算額\t差額\n1\t里山保全事業\t2,400\t2,150\t250\n2\t湖沼水質改善事業\t610\t700\t▲90\n';
    const tail = '| No. | 施策名 | R9予算額 | R8予算額 | 差額 |\n|---|---|---|---|---|\n| 1 | 里山保全事業 | 2,400 | 2,150 | 250 |\n| 2 | 湖沼水質改善事業 | 610 | 700 | ▲90 |\n単位：百万円\n';
    for (const doc of [pipe, tab, tail]) {
      expect(extract(doc).map((r) => [r.text, r.yen, r.item, r.previous?.text, r.change?.yen])).toEqual([
        ['2,400', 2_400_000_000, '里山保全事業', '2,150', 250_000_000],
        ['610', 610_000_000, '湖沼水質改善事業', '700', -90_000_000],
      ]);
    }
  });
});

describe('yen signs', () => {
  it('"￥12,345,000" and "¥3,200,000" are amounts in yen, a bracketed one after a figure its previous year; "￥1,000円" is read once', () => {
    const rs = extract('令和9年度予算の概要\n・防犯灯設置補助 ￥12,345,000\n・避難所備蓄品購入 ¥3,200,000（前年度 ¥2,900,000）\n・講師謝金 単価￥5,000円\n');
    expect(rs.map((r) => [r.text, r.yen, r.item, r.previous?.yen ?? null])).toEqual([
      ['￥12,345,000', 12_345_000, '防犯灯設置補助', null],
      ['¥3,200,000', 3_200_000, '避難所備蓄品購入', 2_900_000],
      ['5,000円', 5_000, '講師謝金 単価', null],
    ]);
  });
});

describe('this year named in the bracket after next year\'s figure', () => {
  it('"X円（今年度はY円）" after a request, or after next year\'s budget in a dated article, gives X its previous year', () => {
    const req = extract('林野庁は2028年度予算の概算要求をまとめた。\n森林整備には480億円（今年度は430億円）を求める。\n');
    expect(req.map((r) => [r.yen, r.stage, r.previous?.yen])).toEqual([[48_000_000_000, 'request', 43_000_000_000]]);
    const news = extract('2027年12月24日\n市は来年度予算案で、図書館の改修に12億円（今年度は3億円）を計上した。\n');
    expect(news.map((r) => [r.yen, r.fy, r.previous?.yen])).toEqual([[1_200_000_000, 2028, 300_000_000]]);
  });
});

describe('names before a comparison', () => {
  it('"Xには前年度比2割増の Y円": X names the figure, not the sentence before', () => {
    const rs = extract('県は来年度の当初予算案を発表した。\nこのうち、観光振興には前年度比2割増の48億円を盛り込んだ。\n森林保全には前年度比12％増の9億円を充てる。\n');
    expect(rs.map((r) => r.item)).toEqual(['観光振興', '森林保全']);
  });

  it('a connective opening the sentence (この結果、 / 一方、) is no part of the name', () => {
    const rs = extract('令和8年度決算の概要\n歳入は6,120億円となった。この結果、形式収支は95億円となった。一方、基金残高は310億円となった。\n');
    expect(rs.map((r) => r.item)).toEqual(['歳入', '形式収支', '基金残高']);
  });
});

describe('notes after a figure under its heading', () => {
  it('"事業費：X千円（国庫補助 1/2）" under "■名【新規】" is named by the heading and new; the bracket is a note', () => {
    const rs = extract('令和9年度主要事業\n■ため池防災事業【新規】\n　事業費：36,000千円（国庫補助 1/2）\n\n■有害鳥獣対策事業\n　事業費：12,500千円（県単独）\n');
    expect(rs.map((r) => [r.item, r.flags.includes('new')])).toEqual([['ため池防災事業', true], ['有害鳥獣対策事業', false]]);
  });
});

describe('a title beside its unit over a table aligned with spaces', () => {
  it('"款別の内訳　（単位：千円、％）" is a title, not a row of column words: the previous year and change columns stay in place', () => {
    const doc = '3　歳出予算の款別内訳　　　　　（単位：千円、％）\n款　　　　　本年度予算額　　前年度予算額　　比較増減　　伸率\n1 消防費　　　　 712,300　　　 690,100　　 22,200　　3.2\n2 教育費　　　 5,021,000　　 5,100,400　 △79,400　　△1.6\n';
    expect(extract(doc).map((r) => [r.text, r.item, r.previous?.text, r.change?.yen])).toEqual([
      ['712,300', '消防費', '690,100', 22_200_000],
      ['5,021,000', '教育費', '5,100,400', -79_400_000],
    ]);
  });
});

describe('settlement columns of a revenue table', () => {
  it('収入未済額 beside 予算現額 and 収入済額 is a settlement figure, not the budget', () => {
    const doc = '令和8年度　歳入決算\n（単位：千円）\n科目　　　　予算現額　　　収入済額　　　収入未済額\n使用料　　　 1,345,600　　1,300,200　　 45,400\n';
    expect(extract(doc).map((r) => [r.text, r.stage])).toEqual([['1,345,600', 'budget'], ['1,300,200', 'settlement'], ['45,400', 'settlement']]);
  });
});

describe('one year of a multi-year total', () => {
  it('"五年間で総額X程度、来年度はそのうちY": X is the total over the years, Y one year\'s budget; neither name holds the number of years', () => {
    const rs = extract('○委員　整備計画では五年間で総額十二兆円程度とされておりますが、来年度はそのうち約二兆四千億円を計上しております。\n');
    expect(rs.map((r) => [r.yen, r.stage, r.flags.includes('multi_year'), r.item])).toEqual([
      [12_000_000_000_000, 'other', true, '整備計画'],
      [2_400_000_000_000, 'budget', false, '整備計画'],
    ]);
  });
});

describe('an arrow from last year\'s figure to this year\'s', () => {
  it('"R8：X → R9：Y" and "令和8年度 X ⇒ 令和9年度 Y" give Y its previous year; so does an arrow alone between two figures', () => {
    const rs = extract('令和9年度予算\n■放課後児童対策\n　R8：640百万円 → R9：720百万円（＋80百万円）\n・学童保育の拡充　令和8年度 45億円 ⇒ 令和9年度 52億円\n・図書館運営 8億円→9億円\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null])).toEqual([['720百万円', '640百万円'], ['52億円', '45億円'], ['9億円', '8億円']]);
  });
});

describe('a request and what it was assessed at', () => {
  it('要求額 | 査定額 | 差: the assessed figure is the budget, 差 the change; both figures keep the row\'s name', () => {
    const spaced = '令和9年度予算　要求・査定状況（単位：千円）\n事業名　　　　　　要求額　　　査定額　　　差\n林道開設事業　　　260,000　　210,000　　△50,000\n';
    const tabs = '令和9年度予算　要求・査定状況（単位：千円）\n事業名\t要求額\t査定額\t差\n林道開設事業\t260,000\t210,000\t△50,000\n';
    for (const doc of [spaced, tabs]) {
      expect(extract(doc).map((r) => [r.text, r.stage, r.item, r.change?.yen ?? null])).toEqual([
        ['260,000', 'request', '林道開設事業', null],
        ['210,000', 'budget', '林道開設事業', -50_000_000],
      ]);
    }
  });

  it('figures of one row in columns that name stages (調定額 | 収入済額) are named by the row alone', () => {
    const rs = extract('令和8年度歳入決算（単位：円）\n科目\t調定額\t収入済額\n村税\t410,200,000\t402,100,000\n');
    expect(rs.map((r) => [r.stage, r.item])).toEqual([['settlement', '村税'], ['settlement', '村税']]);
  });
});

describe('a title before the name on the figure\'s line', () => {
  it('"令和7年度決算の概要　歳入総額 X千円": the title before the space names the page, not the figure', () => {
    const rs = extract('令和7年度決算の概要　歳入総額 8,345,678千円　歳出総額 8,087,654千円\n');
    expect(rs.map((r) => r.item)).toEqual(['歳入総額', '歳出総額']);
  });
});

describe('more or fewer by so much, then the figure', () => {
  it('"Yは2億円少ない8億円": the 2億円 is a negative change of the 8億円, named Y', () => {
    const rs = extract('2027年9月1日\n町の来年度予算の試算では、衛生費が前年度より1億円多い6億円、農林費は2億円少ない8億円とした。\n');
    expect(rs.map((r) => [r.yen, r.item, r.change?.yen])).toEqual([[600_000_000, '衛生費', 100_000_000], [800_000_000, '農林費', -200_000_000]]);
  });
});

describe('a comparison closed in its bracket', () => {
  it('"X円（前年度比4.5%増）" over "・名（Y円）": Y is a figure of its own, not the change of X', () => {
    const rs = extract('2028年度予算案の概要\n一般会計 4,321億円（前年度比4.5%増）\n・脱炭素推進（310億円）\n');
    expect(rs.map((r) => [r.yen, r.item, r.change])).toEqual([[432_100_000_000, '一般会計', null], [31_000_000_000, '脱炭素推進', null]]);
  });
});

describe('figures stacked under an item by label', () => {
  it('"名 / 当初 X / 前年 Y / 最終 Z" (units in a header): X with Y as its previous year, Z the final budget, both named by the item', () => {
    const rs = extract('令和9年度予算（単位：百万円）\n浄水場更新事業\n　当初　1,300\n　前年　　950\n　最終　1,420\n配水管耐震化事業\n　当初　　640\n　前年　　710\n');
    expect(rs.map((r) => [r.text, r.stage, r.item, r.previous?.text ?? null])).toEqual([
      ['1,300', 'budget', '浄水場更新事業', '950'],
      ['1,420', 'budget', '浄水場更新事業', null],
      ['640', 'budget', '配水管耐震化事業', '710'],
    ]);
  });
});

describe('fiscal years written FY2027', () => {
  it('"FY2028" names the year; "（FY2027: X円）" after a figure is its previous year', () => {
    const rs = extract('FY2028 概算要求のポイント\n宇宙開発利用推進費 830億円（FY2027: 760億円）\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.previous?.yen])).toEqual([[83_000_000_000, 2028, 'request', 76_000_000_000]]);
  });
});

describe('what was executed, and a commitment over years', () => {
  it('執行額 is a settlement figure and no part of the name; a period and 限度額 come off a commitment\'s name', () => {
    const exec = extract('令和2年度　事業実績報告\n・移住定住促進事業　執行額 2,468万円\n');
    expect(exec.map((r) => [r.stage, r.item])).toEqual([['settlement', '移住定住促進事業']]);
    const debt = extract('債務負担行為\n給食センター整備事業　令和10年度から令和12年度まで　限度額 28億円\n');
    expect(debt.map((r) => [r.stage, r.flags.includes('multi_year'), r.item])).toEqual([['other', true, '給食センター整備事業']]);
  });
});

describe('a settlement estimated', () => {
  it('"…となる見込み" in a 決算見込み report is the settlement, not a forecast of something else', () => {
    const rs = extract('令和8年度決算見込みの概要\n歳入総額は1,845億円、歳出総額は1,798億円となる見込みです。\n');
    expect(rs.map((r) => [r.stage, r.fy])).toEqual([['settlement', 2026], ['settlement', 2026]]);
  });
});

describe('a unit declared under a table aligned with spaces', () => {
  it('"（単位：億円）" under the rows reads them, decimals included', () => {
    const rs = extract('区分　　　　　　　R8予算額　　R9要求額　　増減\n一般会計　　　　2,468.5　　2,530.2　　 61.7\n特別会計　　　　　 812　　　　 790　　△22\n（単位：億円）\n');
    expect(rs.map((r) => [r.text, r.yen, r.stage, r.previous?.text, r.change?.yen])).toEqual([
      ['2,530.2', 253_020_000_000, 'request', '2,468.5', 6_170_000_000],
      ['790', 79_000_000_000, 'request', '812', -2_200_000_000],
    ]);
  });
});

describe('years side by side with their era written out', () => {
  it('"年度　平成16　平成22　令和元　令和8" over a row: each figure is its column\'s year', () => {
    const rs = extract('表2　私学助成の推移　　　　　　　　（単位：億円）\n年度　　　　　　平成16　　平成22　　令和元　　令和8\n私学助成　　　　 3,215　　 3,198　　 3,160　　 3,110\n');
    expect(rs.map((r) => [r.text, r.fy])).toEqual([['3,215', 2004], ['3,198', 2010], ['3,160', 2019], ['3,110', 2026]]);
  });
});

describe('a news article on a budget proposal', () => {
  it('a purpose opening the sentence (Xとして、) names its figures; a total with a supplementary "と合わせ、" spans both budgets; a balance compared with last year\'s end is named by its topic', () => {
    const rs = extract('2028年2月14日\n物価高対策として、今年度2月補正予算に計上した64億円と合わせ、総額で300億円規模とする。\n減債基金の年度末残高は、前年度末より30億円少ない410億円となる見通しだ。\n');
    expect(rs.map((r) => [r.yen, r.stage, r.flags.includes('multi_year'), r.item])).toEqual([
      [6_400_000_000, 'supplementary', false, '物価高対策'],
      [30_000_000_000, 'other', true, '物価高対策'],
      [41_000_000_000, 'other', false, '減債基金の年度末残高'],
    ]);
    expect(rs[0].fy).toBe(2027);
  });
});

describe('label and value lines of a listing', () => {
  it('"予算額：X千円" over "前年度：新規": the figure is new', () => {
    const rs = extract('令和9年度 主要事業一覧\n事業名：ため池改修事業\n予算額：23,400千円\n前年度：21,000千円\n\n事業名：救急車更新事業\n予算額：38,900千円\n前年度：新規\n');
    expect(rs.map((r) => [r.item, r.previous?.text ?? null, r.flags.includes('new')])).toEqual([['ため池改修事業', '21,000千円', false], ['救急車更新事業', null, true]]);
  });
});

describe('a title sorted by something over one cell per line', () => {
  it('"款別予算額" over the words 款 / 本年度 / 前年度 / 比較 is a title, not a column', () => {
    const rs = extract('款別予算額\n款\n本年度\n前年度\n比較\n土木費\n812,300\n795,100\n17,200\n教育費\n2,123,400\n2,230,000\n△106,600\n（単位：千円）\n');
    expect(rs.map((r) => [r.text, r.item, r.previous?.text, r.change?.yen])).toEqual([
      ['812,300', '土木費', '795,100', 17_200_000],
      ['2,123,400', '教育費', '2,230,000', -106_600_000],
    ]);
  });
});

describe('years heading their figures', () => {
  it('"2026年度" alone over figures, then "2027年度" over others: each figure is of the year above it', () => {
    const rs = extract('消防費の推移\n2026年度\n消防費 120億円\n2027年度\n消防費 130億円\n');
    expect(rs.map((r) => [r.yen, r.fy])).toEqual([[12_000_000_000, 2026], [13_000_000_000, 2027]]);
  });

  it('a Western year in kanji digits (二〇二七年度) is a year', () => {
    const rs = extract('二〇二八年度予算案の概要\n治水対策費は四百十億円となった。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage])).toEqual([[41_000_000_000, 2028, 'budget']]);
  });
});

describe('labels of a decided budget', () => {
  it('内示額 and 概算決定額 are labels, not names', () => {
    const rs = extract('令和9年度予算内示\n・河川改修事業　内示額 9億円（要望額 11億円）\n');
    expect(rs.map((r) => [r.yen, r.stage, r.item])).toEqual([[900_000_000, 'budget', '河川改修事業'], [1_100_000_000, 'request', '河川改修事業']]);
  });
});

describe('count columns beside yen columns', () => {
  it('件数 / 件数（件） columns of a table under a yen unit hold no amounts, in tab rows and rows aligned with spaces', () => {
    const tabs = '令和8年度　助成実績（単位：千円）\n区分\t件数\t金額\n雨水タンク設置\t84\t2,520\n生垣緑化\t31\t1,240\n';
    const spaced = '令和8年度　助成実績\n区分　　　　　　件数（件）　　助成額（千円）\n雨水タンク設置　　　 84　　　　　2,520\n生垣緑化　　　　　　 31　　　　　1,240\n';
    for (const doc of [tabs, spaced]) expect(extract(doc).map((r) => [r.text, r.yen])).toEqual([['2,520', 2_520_000], ['1,240', 1_240_000]]);
  });
});

describe('cells that say none in a table aligned with spaces', () => {
  it('a dash or 皆増 keeps its column\'s place; a row with nothing this year gives last year\'s figure as its own, with the change', () => {
    const doc = '令和9年度予算（単位：千円）\n事業名　　　　　　　　　本年度　　　　前年度　　　　増減\nＡＩ議事録導入事業　　　 45,000　　　　　 －　　　 皆増\n図書館運営事業　　　　　 812,000　　　 790,000　　　22,000\n旧電算保守事業　　　　　　　 －　　　　 12,000　　△12,000\n';
    expect(extract(doc).map((r) => [r.text, r.item, r.fy, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([
      ['45,000', 'ＡＩ議事録導入事業', 2027, null, null],
      ['812,000', '図書館運営事業', 2027, '790,000', 22_000_000],
      ['12,000', '旧電算保守事業', 2026, null, -12_000_000],
    ]);
  });
});

describe('sibling bullets', () => {
  it('a bullet whose figure has no name of its own does not take the name the bullet above gave its figure', () => {
    const rs = extract('令和9年度予算\n・新たな文化振興基金（12億円）を創設する。\n・事業費は総額2億円を見込む。\n');
    expect(rs.map((r) => [r.yen, r.item, r.flags.includes('fund')])).toEqual([[1_200_000_000, '新たな文化振興基金', true], [200_000_000, null, false]]);
  });

  it('bullets under a programme\'s heading keep the heading\'s name', () => {
    const rs = extract('■ 海洋資源探査プログラム\n- 探査船の整備を進める。[令和7年度補正予算（120億円）]\n- 観測網を拡充する。[令和8年度補正予算（80億円）]\n');
    expect(rs.map((r) => r.item)).toEqual(['海洋資源探査プログラム', '海洋資源探査プログラム']);
  });
});

describe('a comparison that ends the line above', () => {
  it('"…前年度に比べて" / "123億円の増となった": the amount on the next line is the change', () => {
    const rs = extract('令和9年度の一般会計予算は、総額で1兆2,345億円となり、前年度に比べて\n123億円の増となった。\n');
    expect(rs.map((r) => [r.yen, r.change?.yen])).toEqual([[1_234_500_000_000, 12_300_000_000]]);
  });
});

describe('a slide\'s 【補正予算】 column label among figures stacked one per line', () => {
  it('above, between or after the stack, it marks the second lone figure as the first one\'s supplementary', () => {
    const above = extract('令和9年度予算の概要\n①\n漁港機能強化事業\n【補正予算】\n64億円\n(58億円)\n120億円\n');
    expect(above.map((r) => [r.yen, r.stage, r.item, r.previous?.yen, r.supplementary?.yen])).toEqual([[6_400_000_000, 'budget', '漁港機能強化事業', 5_800_000_000, 12_000_000_000]]);
    const between = extract('令和9年度予算の概要\n②\n森林整備事業\n31億円\n【補正予算】\n6億円\n(29億円)\n');
    expect(between.map((r) => [r.yen, r.stage, r.previous?.yen, r.supplementary?.yen])).toEqual([[3_100_000_000, 'budget', 2_900_000_000, 600_000_000]]);
    const after = extract('令和9年度予算の概要\nうち間伐支援 14億円\n3億円\n(12億円)\n【補正予算】\n');
    expect(after.map((r) => [r.yen, r.stage, r.previous?.yen, r.supplementary?.yen])).toEqual([[1_400_000_000, 'budget', 1_200_000_000, 300_000_000]]);
  });
});

describe('cells in brackets in rows aligned with spaces', () => {
  it('a change cell in brackets, "(△0.5)", is read as the row\'s change', () => {
    const rs = extract('（単位：億円）\n区分　　　　R9要求　　R8当初　　増減\n砂防　　　　 12.5　　　 13.0　　(△0.5)\n港湾　　　　 20.0　　　 18.0　　( 2.0)\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.yen])).toEqual([['12.5', '13.0', -50_000_000], ['20.0', '18.0', 200_000_000]]);
  });
});

describe('this year\'s figure stated after next year\'s', () => {
  it('"27年度予算案で9兆円。今年度当初は8兆7千億円だった。" in a dated article: this year\'s is the previous year', () => {
    const rs = extract('2026/12/20 15:00\n政府は27年度予算案で、港湾整備費を2,400億円とする方向で調整に入った。今年度当初は2,250億円だった。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.previous?.yen])).toEqual([[240_000_000_000, 2027, 225_000_000_000]]);
  });
});

describe('a row name broken over two lines', () => {
  it('one cell per line: "漁場環境保全" / "対策事業" over the cells is one name', () => {
    const rs = extract('事項別表\n（単位：千円）\n事項\n令和9年度\n要求額\n令和8年度\n予算額\n漁場環境保全\n対策事業\n2,345,678\n2,100,000\n治山事業\n654,321\n660,000\n');
    expect(rs.map((r) => [r.text, r.item, r.previous?.text])).toEqual([['2,345,678', '漁場環境保全対策事業', '2,100,000'], ['654,321', '治山事業', '660,000']]);
  });

  it('rows aligned with spaces: the rest of the name indented under its row joins it', () => {
    const rs = extract('事項別表　（単位：千円）\n事項　　　　　　　　令和9年度　　令和8年度　　比較\n　　　　　　　　　　要求額　　　予算額　　　増△減額\n漁場環境保全　　　 2,345,678　 2,100,000　　245,678\n　対策事業\n治山事業　　　　　　 654,321　　 660,000　 △5,679\n');
    expect(rs.map((r) => r.item)).toEqual(['漁場環境保全対策事業', '治山事業']);
  });
});

describe('years in full-width digits', () => {
  it('a text in full-width digits reads its years as the same text in half-width digits does', () => {
    const half = '２０２６年度予算の概要\n- 研究基盤整備（2024・2025年度補正予算計1,500億円）\n- 2016(平成28)年度決算 3,714億円\n- 2023~2025年度当初予算までの計840億円\n市場規模は2030年に約5兆円に達すると見込まれる。\n2026年度\n防災費 120億円\n';
    const full = half.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const read = (t: string) => extract(t).map((r) => [r.line, r.yen, r.stage, r.fy, r.flags.join()]);
    expect(read(full)).toEqual(read(half));
    expect(read(half).map((r) => r[3])).toEqual([null, 2016, null, null, 2026]);
  });
});

describe('short Western years in a text that writes its years in 令和', () => {
  it('"19年度" in a text about 令和5年度 is 2019, not 令和19 (2037)', () => {
    const rs = extract('令和5年度の離島振興予算\n同推進費は19年度に創設され、初年度は12億円、21年度には20億円に増えた。\n');
    expect(rs.map((r) => [r.yen, r.fy])).toEqual([[1_200_000_000, 2019], [2_000_000_000, 2021]]);
  });
});

describe('a dash a space before a number', () => {
  it('is a cell that says none where the row\'s cells stand a single space apart, the number\'s sign where they stand wider', () => {
    const single = extract('令和9年度 予算額（単位：百万円）\n区分 令和7年度 令和8年度 令和9年度要求\n当初予算 1,250 1,300 1,450\n補正予算 － 200 －\n');
    expect(single.filter((r) => r.line === 4).map((r) => [r.yen, r.fy])).toEqual([[200_000_000, 2026]]);
    const wide = extract('（単位：千円）\n事業名　　　　　　本年度　　　　前年度　　　　増減\n公園管理事業　　　　 812,000　　　 838,000　　　－ 26,000\n');
    expect(wide.map((r) => r.change?.yen)).toEqual([-26_000_000]);
  });
});

describe('a breakdown in a bracket after its whole', () => {
  it('"X円（うち要望額 Y円）" over "前年度予算額 Z円" and a change line: Z and the change are the whole\'s', () => {
    const rs = extract('令和9年度概算要求・要望の概要\n要求・要望額　4兆2,300億円（うち要望額 2,100億円）\n前年度予算額　4兆1,000億円\n対前年度増減額　1,300億円\n');
    expect(rs.map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[4_230_000_000_000, 4_100_000_000_000, 130_000_000_000], [210_000_000_000, null, null]]);
  });
});

describe('an amount with 余 broken over two lines', () => {
  it('"…基金保有額は3兆" / "4397億余円となっている。" is one amount, a little over', () => {
    const rs = extract('令和3年度決算検査報告\n各基金の状況をみると、基金保有額は3兆\n4397億余円となっている。\n');
    expect(rs.map((r) => [r.line, r.text, r.yen, r.flags.includes('approximate')])).toEqual([[2, '3兆', 3_439_700_000_000, true]]);
  });
});

describe('a year compared with in the opening lines', () => {
  it('"5年度の文教費は…(4年度当初予算比…)" does not make 4年度 the year the text is about', () => {
    const rs = extract('特集 令和5年度 文化振興費について\n\n(1)一般会計の5年度の文化振興費は、1,234億円(4年度当初予算比+28億円、+2.3%)を計上している。このうち、文化財保護費は480億円である。\n');
    expect(rs.map((r) => [r.yen, r.fy])).toEqual([[123_400_000_000, 2023], [48_000_000_000, 2023]]);
  });
});

describe('prose wrapped in the middle of a number', () => {
  it('"…当初予算が4" / "896億円で…" is one amount, 4896億円; a page number alone before a figure is not joined', () => {
    const rs = extract('2027年2月1日\n脱炭素移行債の発行で賄う規模は当初予算が4\n896億円で、補正予算は1兆円となった。\n');
    expect(rs.map((r) => [r.line, r.yen])).toEqual([[2, 489_600_000_000], [3, 1_000_000_000_000]]);
    const page = extract('令和9年度予算\n・港湾整備費の概要は次のとおりです　　　　 4\n896億円（前年度 870億円）\n');
    expect(page.map((r) => r.yen)).toEqual([89_600_000_000]);
  });
});

describe('a fiscal year broken over two lines', () => {
  it('"…は令和10年" / "度予算の概算要求で" names the year the text is about', () => {
    const rs = extract('文化庁の概算要求について。文化庁は令和10年\n度予算の概算要求で、文化財保存費に420億円を計上した。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage])).toEqual([[42_000_000_000, 2028, 'request']]);
  });
});

describe('a running total a year budget is included in', () => {
  it('"…2025 年度予算を含めれば約 22 兆円に達している" is a total over years, not that budget', () => {
    const rs = extract('・ 計画では、５年間で国の研究投資約 20 兆円という目標を掲げており、国の研究投資は 2025 年度予算を含めれば約 22 兆円に達している。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.flags.includes('multi_year')])).toEqual([
      [20_000_000_000_000, null, 'other', true], [22_000_000_000_000, null, 'other', true],
    ]);
  });
});

describe('a header aligned with spaces naming two years', () => {
  it('"令和7年度 概算要求額    令和6年度 当初予算額" governs what follows by its main column, not its last label', () => {
    const rs = extract('2024年10月\n経済産業省関係 概算要求の概要\n\n    令和7年度 概算要求額    令和6年度 当初予算額\n一般会計    4,286 億円    3,495 億円\n特許特別会計    1,525 億円    1,454 億円\n\n- ① 研究開発の推進 【1,591億円（366億円）】\n- ② 中小企業の支援 【820億円（790億円）】\n');
    expect(rs.map((r) => [r.yen / 1e8, r.fy, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([
      [4286, 2025, 'request', 3495], [1525, 2025, 'request', 1454], [1591, 2025, 'request', 366], [820, 2025, 'request', 790],
    ]);
  });
});

describe('a year alone on a timeline', () => {
  it('"R6年度" over a diagram\'s dates opens no section past the next label naming a year and a main stage', () => {
    const rs = extract('2024年9月\n経済産業省関係 概算要求の概要\n\n予算編成の流れ\nR6年度\n各省の概算要求\n(R5年8月31日)\nR6年度予算成立\n(R6年3月28日)\n\n\n令和7年度 概算要求額\n令和6年度 当初予算額\n一般会計\n4,286 億円\n3,495 億円\n特許特別会計\n1,525 億円\n1,454 億円\n\n- ① 研究開発の推進 【1,591億円（366億円）】\n- ② 中小企業の支援 【820億円（790億円）】\n');
    expect(rs.map((r) => [r.yen / 1e8, r.fy, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([
      [4286, 2025, 'request', 3495], [1525, 2025, 'request', 1454], [1591, 2025, 'request', 366], [820, 2025, 'request', 790],
    ]);
  });
});

describe('Markdown headings', () => {
  it('"## 1 歳出予算" and "### (1) 主な事業" are headings of the sections under them, without their marks', () => {
    const rs = extract('# 令和9年度 予算の概要\n\n## 1 歳出予算\n\n一般会計の総額は、1兆2,345億円（前年度比2.1%増）となった。\n\n### (1) 主な事業\n\n防災対策事業\n45億円\n前年度　41億円\n');
    expect(rs.map((r) => [r.item, r.fy, r.stage, r.section])).toEqual([
      ['一般会計', 2027, 'budget', ['歳出予算']], ['防災対策事業', 2027, 'budget', ['主な事業', '防災対策事業']],
    ]);
  });
});

describe('a spreadsheet saved as CSV', () => {
  it('a header opening with an empty cell (",令和6年度 概算要求額,令和5年度 当初予算額") keeps all its columns', () => {
    const rs = extract('令和6年度 経済産業省関係 概算要求の概要\n,令和6年度 概算要求額,令和5年度 当初予算額\n一般会計,"4,286 億円","3,495 億円"\nうち、中小企業対策費,"1,336 億円","1,090 億円"\n');
    expect(rs.map((r) => [r.item, r.yen / 1e8, r.fy, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([
      ['一般会計', 4286, 2024, 'request', 3495], ['中小企業対策費', 1336, 2024, 'request', 1090],
    ]);
  });
});

describe('a Roman numeral one for a digit', () => {
  it('"Ⅰ兆2,435億1,649万4千円" (OCR, a PDF font) is 1兆2,435億1,649万4千円, its text as written; "Ⅰ　総論" stays a heading', () => {
    const rs = extract('令和9年度 補正予算の概要\nⅠ　総論\n全会計　8億2,970万4千円　Ⅰ兆2,435億1,649万4千円\n');
    expect(rs.map((r) => [r.text, r.yen])).toContainEqual(['Ⅰ兆2,435億1,649万4千円', 1_243_516_494_000]);
  });
});

describe('years written another way', () => {
  it('an era year in kanji numerals (平成二十七年度) reads as it does in digits; 令和十年度 stays as written', () => {
    // the year before's label under a figure names its previous year; a label line opens a block of its stage
    const pair = extract('水産予算\n【平成二十七年度予算額】 120億円\n【平成二十六年度予算額】 115億円\n');
    expect(pair.map((r) => [r.text, r.fy, r.previous?.text])).toEqual([['120億円', 2015, '115億円']]);
    const blocks = extract('予算の概要\n平成二十七年度当初予算\n漁港整備 120億円\n平成二十六年度補正予算\n漁港整備 30億円\n');
    expect(blocks.map((r) => [r.text, r.fy, r.stage])).toEqual([['120億円', 2015, 'budget'], ['30億円', 2014, 'supplementary']]);
    expect(extract('令和十年度の予算は5億円である。\n').map((r) => [r.text, r.yen])).toEqual([['5億円', 500_000_000]]);
  });

  it('a dateline with its year and month in kanji numerals (令和六年十月一日) dates the text', () => {
    const rs = extract('令和六年十月一日\n来年度の予算要求は120億円となった。\n');
    expect(rs.map((r) => [r.text, r.fy])).toEqual([['120億円', 2025]]);
  });

  it('an era-less year in a text of Western years is the nearest to its date: 平成, 令和 or the century', () => {
    // a report dated 2006 that writes "16年度" means 平成16 (2004), not 2016
    const old = extract('2006年10月　検査報告\n2004年度の特別会計について\n16年度予算額 1,234億円\n');
    expect(old.map((r) => [r.text, r.fy])).toEqual([['1,234億円', 2004]]);
    // an article dated 2025 that writes "26年度" means 2026, and "8年度" 令和8 (2026)
    const news = extract('2025年12月20日　経済ニュース\n2025年度の補正予算に続き、26年度予算案は120億円を計上した。\n8年度予算案では別に30億円を計上。\n');
    expect(news.map((r) => [r.text, r.fy])).toEqual([['120億円', 2026], ['30億円', 2026]]);
  });
});

describe('amounts without 円', () => {
  it('a sign with a space before it ("同 ＋ 196億") marks a change, as it does with 円', () => {
    const rs = extract('令和9年度地方財政計画\n① 計画の規模 86兆6,198億(前年度比＋ 8,605億、＋1.0%) ② 一般歳出 70兆6,333億( 同 ＋ 7,196億、＋1.0%)\n');
    expect(rs.map((r) => [r.text, r.change?.yen])).toEqual([['86兆6,198億', 860_500_000_000], ['70兆6,333億', 719_600_000_000]]);
  });

  it('"6999億 0円": a zero after a space is a cell of its own, not the lower part of the figure before it', () => {
    const rs = extract('令和9年度決算\n区分 予算額 決算額 差額\n繰入金 6,999億 6,999億 0円\n');
    expect(rs.map((r) => r.yen)).toEqual([699_900_000_000, 699_900_000_000]);
  });

  it('a decimal figure below one 億 ("0.5億") is a figure as "1.5億" is, with its bracketed previous year', () => {
    const rs = extract('令和9年度予算案\n- 人材育成事業 0.5億(0.3億)\n- 拠点形成事業 1.5億(1.2億)\n');
    expect(rs.map((r) => [r.text, r.previous?.text])).toEqual([['0.5億', '0.3億'], ['1.5億', '1.2億']]);
  });

  it('figures stacked one per line without 円 take their bracketed previous year and the 補正 column as with 円', () => {
    const rs = extract('令和9年度水産予算の重点事項\n（　）内は令和8年度当初予算額\n漁場整備事業【新規】\n【補正予算】\n47億\n（－）\n100億\n');
    expect(rs.map((r) => [r.text, r.supplementary?.text ?? null])).toEqual([['47億', '100億']]);
  });
});

describe('codes and notes in tables', () => {
  it('a CSV column of 款番号 holds codes, no amounts; a note filling one cell is read as prose with its previous year', () => {
    const csv = [
      '"単位：千円",,,,', '款番号,款名称,令和7年度当初予算額,令和6年度当初予算額,増減額',
      '1,議会費,"356,100","350,200","5,900"', '2,総務費,"4,120,000","3,980,500","139,500"',
      '"※市債のうち臨時財政対策債は 410,000千円（前年度 520,000千円）。",,,,',
    ].join('\n');
    const rs = extract(csv + '\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null])).toEqual([['356,100', '350,200'], ['4,120,000', '3,980,500'], ['410,000千円', '520,000千円']]);
  });

  it('a 款 or 項 number on the line before its name, under a header naming 款 and 項, is a code; a small figure before 合計 stays', () => {
    const cells = ['令和7年度 歳出予算事項別明細書', '款', '項', '本年度', '予算額', '前年度', '予算額', '比較', '千円', '千円', '千円',
      '１　議会費', '１', '議会費', '212,300', '208,100', '4,200', '２　総務費', '１', '総務管理費', '1,845,000', '1,790,400', '54,600',
      '２', '徴税費', '302,500', '311,000', '△8,500'];
    const rs = extract(cells.join('\n') + '\n');
    expect(rs.map((r) => r.text)).toEqual(['212,300', '1,845,000', '302,500']);
    const small = extract(['（単位：千円）', '区分', '予算額', '決算額', '雑収入', '1,200', '980', '予備費', '60', '合計', '1,260', '980'].join('\n') + '\n');
    expect(small.map((r) => r.text)).toContain('60');
  });
});

describe('supplementary budgets in prose and headings', () => {
  it('a heading marked ■ naming a year and its 2月補正 governs the list under it', () => {
    const rs = extract('2025年2月10日　県政ニュース\n県は2025年度当初予算案を発表した。一般会計は6,820億円。\n\n■24年度2月補正予算案の主な内容\n・物価高騰対策　41億円\n・防災・減災の公共事業　36億円\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['6,820億円', 2025, 'budget'], ['41億円', 2024, 'supplementary'], ['36億円', 2024, 'supplementary']]);
  });

  it('"今回の補正予算" in a dated text is the supplementary of the fiscal year of its date; "このうち" opens a breakdown of it', () => {
    const rs = extract('予算委員会議録\n令和五年十一月八日（水曜日）\n○委員　来年度予算の概算要求総額は百十四兆円と過去最大です。\n' +
      '○大臣　今回の補正予算では、地方交付金として一兆二千億円を計上しております。このうち給付分として八千億円、推奨事業分として四千億円でございます。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['百十四兆円', 2024, 'request'], ['一兆二千億円', 2023, 'supplementary'], ['八千億円', 2023, 'supplementary'], ['四千億円', 2023, 'supplementary']]);
  });
});

describe('balances and amounts per head', () => {
  it('a figure at a year\'s end ("2023年度末", "R5末", 年度末現在高) is a balance of that year, not a settlement', () => {
    const rs = extract('令和5年度決算の概要\n■ 基金残高の推移（各年度末）\n2022年度末　　38.2億円\n2023年度末　　41.5億円\n■ 町債残高\nR5末　152.4億円\n　減債基金の年度末現在高は 2,304,118,500円 です。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['38.2億円', 'other', 2022], ['41.5億円', 'other', 2023], ['152.4億円', 'other', 2023], ['2,304,118,500円', 'other', 2023]]);
  });

  it('an amount per household or per case ("1戸当たり150万円", "１件当たり 50 万円") is of the document\'s year', () => {
    const rs = extract('2025年2月14日　県政ニュース\n県は2025年度当初予算案を発表した。耐震化補助の上限を1戸当たり120万円に引き上げる。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['120万円', 'other', 2025]]);
  });
});

describe('prose naming its budget in the sentence before', () => {
  it('"…24年度2月補正予算案も発表した。総額は118億円で…": the figures are that supplementary budget\'s', () => {
    const rs = extract('2025年2月14日　県政ニュース\n県は14日、2025年度当初予算案を発表した。一般会計は6,410億円。\n県は同時に、24年度2月補正予算案も発表した。総額は96億円で、うち物価高対策に51億円を充てる。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['6,410億円', 'budget', 2025], ['96億円', 'supplementary', 2024], ['51億円', 'supplementary', 2024]]);
  });
});

describe('legends and comparisons', () => {
  it('a legend "（★は新規、◇は拡充）" marks the lines opening with ★ as new programmes, not those with ◇', () => {
    const rs = extract('令和7年度当初予算案の概要\n主な事業（★は新規、◇は拡充）\n　★給食費の第2子無償化　　　1億2,000万円\n　◇橋りょう耐震補強事業　　　3億円\n');
    expect(rs.map((r) => [r.text, r.flags.includes('new')])).toEqual([['1億2,000万円', true], ['3億円', false]]);
  });

  it('a column "予算現額と収入済額との比較" is one column, the change, not two more figures', () => {
    const rs = extract('令和5年度 決算\n（単位：円）\n 款         予算現額           収入済額      予算現額と収入済額との比較\n市税    21,300,000,000     21,754,100,200         454,100,200\n');
    expect(rs.map((r) => [r.text, r.stage, r.previous?.text ?? null, r.change?.text ?? null])).toEqual([
      ['21,300,000,000', 'budget', null, null], ['21,754,100,200', 'settlement', null, '454,100,200']]);
  });

  it('"前年度の実質収支 X と比べ、Y の減" on the line under "実質収支は Z": X is Z\'s previous year, Y its change', () => {
    const rs = extract('令和5年度決算の概要\n差し引いた実質収支は 18億2,100万円 の黒字です。\n　前年度の実質収支 20億円 と比べ、1億7,900万円 の減となっています。\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null, r.change?.yen ?? null])).toEqual([['18億2,100万円', '20億円', -179_000_000]]);
  });
});

describe('a Markdown table', () => {
  it('"令和7年度予算案 | 令和6年度補正 | 令和6年度当初": the 補正 column is the supplementary, the 当初 one last year\'s; **bold** cells are read', () => {
    const md = [
      '| 府省 | 令和7年度予算案 | 令和6年度補正 | 令和6年度当初 |', '|:---|---:|---:|---:|',
      '| 観光庁 | 512.4億円 | 130.5億円 | 498.0億円 |', '',
      '（単位：千円）', '| 事業名 | 要求額 | 査定額 |', '|---|--:|--:|', '| 案内板整備 | 12,400 | 10,000 |', '| **合計** | **12,400** | **10,000** |',
    ].join('\n');
    const rs = extract(md + '\n');
    expect(rs[0]).toMatchObject({ text: '512.4億円', fy: 2025, previous: { text: '498.0億円' }, supplementary: { text: '130.5億円' } });
    expect(rs.filter((r) => r.line === 9).map((r) => [r.text, r.stage])).toEqual([['12,400', 'request'], ['10,000', 'budget']]);
  });
});

describe('tables of years', () => {
  it('a year column under 年　度 holds years (27, 平成28), no figures; each row\'s figures are of its year', () => {
    const rs = extract('平成29年度 検査報告\n（単位：千円）\n事業者　　年　度　　予算額　　決算額\n東浜市　　27　　182,400　　170,000\n西沢町　　平成28　　96,300　　90,000\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.item])).toEqual([
      ['182,400', 'budget', 2015, '東浜市'], ['170,000', 'settlement', 2015, '東浜市'], ['96,300', 'budget', 2016, '西沢町'], ['90,000', 'settlement', 2016, '西沢町']]);
  });

  it('rows named "H29（2017）": the year, its bracket no figure; a 年度末残高 column holds balances', () => {
    const rs = extract('令和6年度 基金の状況\n（単位：百万円）\n　年　度　　　　積立額　　　取崩額　　　年度末残高\n　H29（2017）　　 1,204　　　 2,310　　　　18,452\n　R1（2019）　　　2,416　　　 1,120　　　　18,883\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage === 'other'])).toEqual([
      ['1,204', 2017, false], ['2,310', 2017, false], ['18,452', 2017, true], ['2,416', 2019, false], ['1,120', 2019, false], ['18,883', 2019, true]]);
  });

  it('a header cell "令和６年度（令和５年度）" over "42.7　（42.9）　▲0.2　▲0.5" in 兆円 and %: figure, last year\'s, change, no rate', () => {
    const rs = extract('令和6年度地方財政計画\n（単位：兆円、％）\n区　　分　　　　令和６年度（令和５年度）　増減額　　増減率\n地方税　　　　　　42.7　（42.9）　　　▲0.2　　　▲0.5\n');
    expect(rs.map((r) => [r.text, r.yen, r.fy, r.previous?.text, r.change?.yen])).toEqual([['42.7', 42_700_000_000_000, 2024, '42.9', -200_000_000_000]]);
  });

  it('the year ending a period (令和６年度～令和11年度) does not make the document\'s year 2029', () => {
    const rs = extract('【報道発表資料】\n令和６年８月３０日\n北浜市財政課\n\n令和６年度　９月補正予算案の概要\n（単位：千円）\n会計名　　　補正前予算額　　補正額　　補正後予算額\n一般会計　　312,450,000　　2,846,300　　315,296,300\n\n債務負担行為\n電子カルテ更新事業　令和６年度～令和11年度　1,480,000千円\n');
    expect(rs.filter((r) => r.line === 8).map((r) => [r.text, r.fy])).toEqual([['312,450,000', 2024], ['2,846,300', 2024], ['315,296,300', 2024]]);
  });

  it('a unit row under a header with a word of its own in brackets ("（事業主体）　千円　千円") gives the rows their unit', () => {
    const rs = extract('平成29年度 検査報告\n　部局等　　補助事業者等　　予算額　　決算額\n　　　　　（事業主体）　　　千円　　　千円\n北川県　東浜市　　182,400　　170,000\n');
    expect(rs.map((r) => [r.text, r.yen])).toEqual([['182,400', 182_400_000], ['170,000', 170_000_000]]);
  });
});

describe('tables aligned with spaces after prose', () => {
  it('a total line with its amount ("合    計  1兆2,146億円") above a table is no line of its header', () => {
    const rs = extract([
      '令和７年度当初予算（案）の概要', 'Ⅰ　予算の規模', '    一般会計    7,428億円', '    合    計  1兆2,146億円', '',
      'Ⅱ　一般会計歳入                            （単位：百万円、％）', '  区    分              令和７年度   構成比    令和６年度   構成比',
      '  県    税                 198,430     26.7       191,860     26.3',
    ].join('\n') + '\n');
    expect(rs.filter((r) => r.line === 8).map((r) => [r.text, r.yen, r.previous?.text])).toEqual([['198,430', 198_430_000_000, '191,860']]);
  });

  it('"事業　　3,120 （ 1,860）" under "（単位：百万円、（　）は前年度当初予算額）": the figure and last year\'s; （再掲） restates', () => {
    const rs = extract([
      '令和７年度当初予算（案）の概要', 'Ⅳ　主な新規・拡充事業                 （単位：百万円、（　）は前年度当初予算額）',
      '  ・医療費助成の対象拡大（18歳到達年度末まで）        1,284 （   642）', '  ・県管理道路の防災・安全対策（再掲）              12,480 （11,905）',
    ].join('\n') + '\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.flags.includes('restated')])).toEqual([['1,284', '642', false], ['12,480', '11,905', true]]);
  });
});

describe('sections of balances', () => {
  it('under "４　基金の状況（令和５年度末現在高）" the figures are balances of 2023; a うち line under a balance is one too', () => {
    const rs = extract('令和５年度　一般会計決算の概要\n４　基金の状況（令和５年度末現在高）\n　財政調整基金　　　　　　1,024,560千円\n　減債基金　　　　　　　　　312,800千円\n５　村債の状況\n　村債現在高　　　　　　　3,215,400千円\n　うち臨時財政対策債　　　1,102,650千円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['1,024,560千円', 'other', 2023], ['312,800千円', 'other', 2023], ['3,215,400千円', 'other', 2023], ['1,102,650千円', 'other', 2023]]);
  });
});

describe('a settlement card', () => {
  it('rows counting people (人口, 世帯数) hold no yen; a 現在高 row under a 決算額 column is a balance', () => {
    const rs = extract('令和４年度　決算カード（抜粋）\n　　　　　　　　　　　（単位：千円・％・人）\n住民基本台帳人口　　　　68,412\n世帯数　　　　　　　　　30,118\n\n【収支状況】　　　　　　決算額\n歳入総額　　　　　　29,841,236\n歳出総額　　　　　　28,907,514\n地方債現在高　　　　31,204,860\n');
    expect(rs.map((r) => [r.text, r.stage])).toEqual([['29,841,236', 'settlement'], ['28,907,514', 'settlement'], ['31,204,860', 'other']]);
    const counts = extract('令和6年度 事務事業評価シート\n（単位：千円）\n　　　　　　　R3年度　　　R4年度　　　R5年度\n運行経費　　　 84,200　　　86,500　　　91,300\n運行便数（便/年）　14,600　　14,600　　15,330\n年間利用者数（人）　158,210　171,905　186,420\n');
    expect(counts.map((r) => r.text)).toEqual(['84,200', '86,500', '91,300']);
  });
});

describe('a list of items with last year in brackets', () => {
  it('"１．事前防災　４８２，６５０（４１９，３１０）", 【新規】 with （新規）, and 計 with ＋事項要求 under 百万円', () => {
    const rs = extract([
      '令和８年度　概算要求の概要', '■主要事項一覧　　　　　　　　（単位：百万円）', '１．事前防災対策の加速　　　　４８２，６５０（４１９，３１０）',
      '２．【新規】水害リスク情報の高度化　　３，５００（　　　新規）', '　　計　　　　　　　　　　　　４８６，１５０（４１９，３１０）＋事項要求',
    ].join('\n') + '\n');
    expect(rs.map((r) => [r.text, r.yen, r.previous?.text ?? null, r.flags.filter((f) => f !== 'unit_from_header')])).toEqual([
      ['４８２，６５０', 482_650_000_000, '４１９，３１０', []], ['３，５００', 3_500_000_000, null, ['new']], ['４８６，１５０', 486_150_000_000, '４１９，３１０', ['matter_request']]]);
  });
});

describe('a list of balances under a heading', () => {
  it('"◆町の貯金と借金（令和５年度末見込み）": balances of 2023; 町債残高 under 基金残高 takes no fund flag from the line above', () => {
    const rs = extract('令和6年度 町の予算\n◆町の貯金と借金（令和５年度末見込み）\n　財政調整基金などの基金残高　12億3,400万円\n　町債残高　　　　　　　　　　48億1,700万円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.flags.includes('fund')])).toEqual([['12億3,400万円', 'other', 2023, true], ['48億1,700万円', 'other', 2023, false]]);
  });
});

describe('balances over years', () => {
  it('"区分 R3 R4 R5" heads year columns; a fund\'s own row and a sentence about a 現在高 hold balances', () => {
    const rs = extract('財政状況資料集（令和5年度決算）\n5.基金の状況\n（単位：百万円）\n区分                R3          R4          R5\n財政調整基金        4,812       4,356       3,994\n\n分析欄\n　地方債現在高は、R5年度末で960億円となった。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['4,812', 2021, 'other'], ['4,356', 2022, 'other'], ['3,994', 2023, 'other'], ['960億円', 2023, 'other']]);
  });
});

describe('English beside Japanese', () => {
  it('"FY2025 ¥0.9 billion (FY2024: ¥0.8 billion)": nine hundred million yen, last year\'s in the bracket', () => {
    const rs = extract('FY2025 Budget Highlights（2025年度 観光関係予算のポイント）\n4. Accessible tourism\n   FY2025 ¥0.9 billion (FY2024: ¥0.8 billion)\n');
    expect(rs.map((r) => [r.text, r.yen, r.fy, r.previous?.yen])).toEqual([['¥0.9 billion', 900_000_000, 2025, 800_000_000]]);
  });
});

describe('a heading over a list', () => {
  it('"2024年度補正予算の主な事業" on a line of its own over "- …: 480億円" items: they are that supplementary budget\'s', () => {
    const rs = extract('2025年度 観光関係予算のポイント\n- 2025年度予算: 1,318億円\n\nFY2024 supplementary items / 2024年度補正予算の主な事業\n- 地域観光再生補助金: 480億円\n- 受入環境整備: 220億円\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['1,318億円', 2025, 'budget'], ['480億円', 2024, 'supplementary'], ['220億円', 2024, 'supplementary']]);
    // (the section ends at the next line over a list)
    const next = extract('2025年度 観光関係予算のポイント\n2024年度補正予算の主な事業\n- 受入環境整備: 220億円\n\n参考\n- 2025年度予算の地方枠: 35億円\n');
    expect(next.map((r) => [r.text, r.stage])).toEqual([['220億円', 'supplementary'], ['35億円', 'budget']]);
  });
});

describe('ceilings and shortfalls', () => {
  it('figures under "４　部局別要求上限額" and "約32億円の財源不足" are no budget of a programme', () => {
    const rs = extract('令和８年度　予算編成方針\n　令和８年度の見通しでは、現時点で約３２億円の財源不足が見込まれる。\n４　部局別要求上限額\n　　総務部　　　　　24.6億円\n　　市民生活部　　　18.2億円\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['３２億円', 'other', 2026], ['24.6億円', 'other', 2026], ['18.2億円', 'other', 2026]]);
  });
});

describe('comparisons in prose', () => {
  it('"前年度予算額 X に比較して", "前年同期（…）の予算額 X と比べ": X is last year\'s; "の内数として X" is a portion', () => {
    const a = extract('令和7年度 予算の説明\n　本年度予算額は18,452,316千円で、前年度予算額17,980,044千円に比較して472,272千円の増加となっている。\n');
    expect(a.map((r) => [r.text, r.previous?.text])).toEqual([['18,452,316千円', '17,980,044千円']]);
    const b = extract('令和7年度6月補正予算の概要\n補正後の予算額　7,912億4,300万円\n　前年同期（令和6年度6月補正後）の予算額7,804億1,200万円と比べ、108億3,100万円の増\n');
    expect(b.map((r) => [r.text, r.previous?.text])).toEqual([['7,912億4,300万円', '7,804億1,200万円']]);
    const c = extract('令和7年度 予算の説明\n　なお、希少種保護事業に係る経費は、本補助金の内数として612,000千円を計上している。\n');
    expect(c[0].flags).toContain('portion');
  });
});

describe('a total over years beside one year\'s figure', () => {
  it('"3年間で総額58億円を投じる計画で、新年度は設計費など3億4,500万円を計上": only the first is over several years', () => {
    const rs = extract('2025年2月14日　市政ニュース\n市は14日、2025年度当初予算案を発表した。体育館の建て替えには、25年度から3年間で総額58億円を投じる計画で、新年度は設計費など3億4,500万円を計上した。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['58億円', 'other', null], ['3億4,500万円', 'budget', 2025]]);
  });
});

describe('the year before in a dated speech', () => {
  it('"…一億二千万円を計上しております" in minutes about a settlement is a budget; "前年度の…決算額" the settlement of 2023', () => {
    const both = extract('令和６年第３回市議会定例会会議録\n令和６年９月１１日（水曜日）\n〇議員　令和五年度決算では、歳入総額が六百十二億余円、歳出総額が五百九十一億余円となりました。\n〇教育長　本年度の給食費助成は、一億二千万円を計上しております。\n');
    expect(both.map((r) => [r.text, r.stage])).toEqual([['六百十二億余円', 'settlement'], ['五百九十一億余円', 'settlement'], ['一億二千万円', 'budget']]);
  });

  it('"前年度の同助成の決算額は…" in minutes dated 令和6年9月 is the settlement of 2023', () => {
    const rs = extract('令和６年第３回市議会定例会会議録\n令和６年９月１１日（水曜日）\n〇教育長　なお、前年度の同助成の決算額は一億一千八百九万二千円でございました。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['一億一千八百九万二千円', 'settlement', 2023]]);
  });
});

describe('新規 in a cell', () => {
  it('"1,500　　新規　　1,500" under 要求額 / 前年度 / 比較: new, no previous year, the change its own', () => {
    const rs = extract('令和8年度 概算要求（単位：百万円）\n事項　　　　要求額　　　前年度予算額　　　比較\n養殖業成長産業化の推進\n                 1,500        新規        1,500\n漁業取締体制の強化\n                 21,045        19,876        1,169\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null, r.change?.text ?? null, r.flags.includes('new')])).toEqual([
      ['1,500', null, '1,500', true], ['21,045', '19,876', '1,169', false]]);
  });
});

describe('this year in brackets after next year\'s request', () => {
  it('"要求総額が122兆円台。…今年度当初予算（115兆5000億円）を7兆円近く上回り": this year\'s budget is the previous year', () => {
    const rs = extract('2025年9月1日 配信\n財務省は1日、2026年度予算の概算要求の要求総額が122兆円台に達したと明らかにした。今年度当初予算（115兆5000億円）を7兆円近く上回る。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage, r.previous?.text ?? null])).toEqual([['122兆円', 2026, 'request', '115兆5000億円']]);
  });
});

describe('notes on a tab table row', () => {
  it('"…の内数" in the 備考 cell is a portion; "（再掲）" on the row\'s name restates', () => {
    const rs = extract('令和8年度 概算要求（単位：百万円）\n事項\t要求額\t前年度予算額\t比較\t備考\n（１）母子保健研究（再掲）\t560\t498\t62\t１．の内訳として再掲\n（２）次世代育成研究\t850\t790\t60\t科学技術振興費の内数\n');
    expect(rs.map((r) => [r.text, r.flags.filter((f) => f !== 'unit_from_header')])).toEqual([['560', ['restated']], ['850', ['portion']]]);
  });
});

describe('a table under a fund\'s heading', () => {
  it('every figure of a table under "1　財政調整基金の推移" is the fund\'s', () => {
    const rs = extract('令和6年度　基金の状況に関する報告\n1　財政調整基金の推移\n（単位：百万円）\n　年　度　　　　積立額　　　取崩額　　　年度末残高\n　R4（2022）　　 3,318　　　 2,906　　　　25,412\n');
    expect(rs.map((r) => [r.text, r.flags.includes('fund')])).toEqual([['3,318', true], ['2,906', true], ['25,412', true]]);
  });
});

describe('stacked 当初 / 補正 / 最終', () => {
  it('"最終" alone under "予算額　当初 …" / "補正 …" is the final budget, not the settlement below it', () => {
    const rs = extract('令和５年度 決算　主要な施策の成果に関する説明書\n事業名　　子ども医療費助成事業\n予算額　　当初　　　　 412,500千円\n　　　　　補正　　　　　38,200千円\n　　　　　最終　　　　 450,700千円\n決算額　　　　　　　　 441,862,305円\n');
    expect(rs.map((r) => [r.text, r.stage])).toEqual([['412,500千円', 'budget'], ['38,200千円', 'supplementary'], ['450,700千円', 'budget'], ['441,862,305円', 'settlement']]);
  });
});

describe('a range named by its figure', () => {
  it('"2兆6000億円台を要求した" is a request, approximate', () => {
    const rs = extract('2025年9月1日 配信\n財務省は2026年度予算の概算要求を締め切った。農林水産省が2兆6000億円台を要求した。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.flags])).toEqual([['2兆6000億円', 'request', 2026, ['approximate']]]);
  });
});

describe('a pipe row with commas in its figures', () => {
  it('"大浜市｜２,１０６億円｜+４８億円｜７２３,４５０人" is read by its pipes, not as CSV (it threw before)', () => {
    const rs = extract('2025年度 当初予算の比較\n市名｜一般会計予算額｜前年度比｜人口｜１人当たり\n大浜市｜２,１０６億円｜+４８億円｜７２３,４５０人｜２９１,１０５円\n');
    expect(rs.map((r) => [r.text, r.item])).toEqual([['２,１０６億円', '大浜市'], ['２９１,１０５円', '大浜市 １人当たり']]);
  });
});

describe('funds over the years', () => {
  it('a tab table of years under "2　まちづくり基金" is the fund\'s, and its 積立額 is a settled flow, not a balance', () => {
    const rs = extract('北浜町の基金（各年度とも決算額）\n\n2　まちづくり基金\n（単位：千円）\n年度\t積立額\t取崩額\t年度末残高\n2022\t60,000\t15,000\t905,000\n2023\t45,000\t0\t950,000\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage, r.flags.includes('fund')])).toEqual([
      ['60,000', 2022, 'settlement', true], ['15,000', 2022, 'settlement', true], ['905,000', 2022, 'other', true],
      ['45,000', 2023, 'settlement', true], ['950,000', 2023, 'other', true],
    ]);
  });

  it('a row named by a year\'s end alone ("令和4年度末") holds the balances at that end', () => {
    const rs = extract('令和7年度　基金の状況\n3　主な基金の年度末残高\n（単位：百万円）\n　区　分　　　　　文化振興基金　　減債基金　　　合　計\n　令和4年度末　　　　 1,250　　　　 3,400　　　 4,650\n　令和5年度末　　　　 1,310　　　　 3,120　　　 4,430\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([
      ['1,250', 2022, 'other'], ['3,400', 2022, 'other'], ['4,650', 2022, 'other'], ['1,310', 2023, 'other'], ['3,120', 2023, 'other'], ['4,430', 2023, 'other'],
    ]);
  });
});

describe('a year with its column\'s stage in brackets', () => {
  it('"R5（決算額）　R6（予算額）　R7（予算額）" heads three columns, each a year\'s own figure of its stage', () => {
    const rs = extract('研究機構の予算\n（単位：百万円）\n\n区分　　　　　　　　R5（決算額）　　R6（予算額）　　R7（予算額）\n運営費交付金　　　　　 9,415　　　　 9,102　　　　 8,960\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage, r.previous])).toEqual([['9,415', 2023, 'settlement', null], ['9,102', 2024, 'budget', null], ['8,960', 2025, 'budget', null]]);
  });
});

describe('a sentence near the top is no title', () => {
  it('"なお、令和6年度補正予算により…" in the opening lines leaves the page a budget page, not a supplementary one', () => {
    const rs = extract('研究機構\n\n予算\n\n令和7年度の運営費交付金は12,340百万円となりました。\nなお、令和6年度補正予算により施設整備費補助金880百万円が措置されています。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['12,340百万円', 2025, 'budget'], ['880百万円', 2024, 'supplementary']]);
  });
});

describe('a CSV export with every field quoted', () => {
  it('reads "款","本年度予算額","前年度予算額","比較" rows under "単位","千円" as a table, the commas in figures their own', () => {
    const rs = extract('"東浦町 令和8年度 歳入予算","","",""\n"単位","千円","",""\n"款","本年度予算額","前年度予算額","比較"\n"1 町税","2,452,300","2,386,100","66,200"\n"2 地方交付税","1,260,000","1,300,000","-40,000"\n');
    expect(rs.map((r) => [r.text, r.yen, r.item, r.fy, r.previous?.yen, r.change?.yen])).toEqual([
      ['2,452,300', 2_452_300_000, '町税', 2026, 2_386_100_000, 66_200_000], ['1,260,000', 1_260_000_000, '地方交付税', 2026, 1_300_000_000, -40_000_000],
    ]);
    expect(rs[0].text).toBe('2,452,300');
  });
});

describe('a settlement of a year not yet ended', () => {
  const head = '北野市 財政状況（令和６年度決算）\n令和７年９月３０日更新\n\n中期財政見通し\n（単位：億円）\n';
  it('future years\' columns in a text of settlements are a forecast (other), in a tab table and one aligned with spaces', () => {
    for (const table of ['区分\t8年度\t9年度\t10年度\n歳入\t238.4\t236.9\t235.2\n', '区分　　　　　8年度　　　9年度　　　10年度\n歳入　　　　　238.4　　　236.9　　　235.2\n']) {
      expect(extract(head + table).map((r) => [r.text, r.fy, r.stage])).toEqual([['238.4', 2026, 'other'], ['236.9', 2027, 'other'], ['235.2', 2028, 'other']]);
    }
  });
  it('a date named in passing makes no forecast of the settlements of the years the text is about', () => {
    const rs = extract('令和6年度 事業レビューシート\n関係する計画 第二次交通基本計画（令和3年3月）\n資金の流れ（令和5年度執行額）\n海域庁 3,774百万円\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['3,774百万円', 2023, 'settlement']]);
  });
  it('so is a sentence\'s figure of a later year; a settled year before the date stays a settlement', () => {
    const rs = extract('北野市 財政状況（令和６年度決算）\n令和７年９月３０日更新\n\n令和８年度の歳入は238.4億円となる。令和５年度の歳入は241.0億円であった。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['238.4億円', 2026, 'other'], ['241.0億円', 2023, 'settlement']]);
  });
});

describe('last year named by a clause in a dated text', () => {
  it('"前年度は…として450万円を計上" is last year\'s; "前年度当初から…伸びた" and "昨年度同様の" are not', () => {
    const rs = extract('令和７年第２回東野町議会定例会会議録\n令和７年６月１０日\n○３番（佐藤君）　本年度の当初予算では、体育館改修事業に三億二千万円が計上されております。前年度は設計委託料として四百五十万円を計上しただけでした。\n　町税は本年度当初で12億6,000万円と、前年度当初から4,800万円伸びました。図書購入費は昨年度同様の2億円です。\n');
    expect(rs.filter((r) => r.text !== '4,800万円').map((r) => [r.text, r.fy])).toEqual([['三億二千万円', 2025], ['四百五十万円', 2024], ['12億6,000万円', 2025], ['2億円', 2025]]);
  });
  it('a monthly fee ("月額5,000円") is a unit amount, no budget', () => {
    expect(extract('令和７年６月１０日\n利用料は現在、月額5,000円です。\n').map((r) => r.stage)).toEqual(['other']);
  });
});

describe('a change after last year\'s figure in its bracket', () => {
  it('"（前年度 1,141億円、44億7,000万円・3.6％増）": the amount before its rate is the change', () => {
    const rs = extract('令和７年度 北港市当初予算の概要\n・一般会計　1,186億円（前年度 1,141億3,000万円、44億7,000万円・3.9％増）\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.text])).toEqual([['1,186億円', '1,141億3,000万円', '44億7,000万円']]);
  });
  it('an amount "子ども1人につき" is a unit amount of the document\'s year', () => {
    const rs = extract('令和７年度 北港市当初予算の概要\n・子育て応援給付金　4億8,000万円（新規）\n　子ども１人につき2万円を支給\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['4億8,000万円', 'budget', 2025], ['2万円', 'other', 2025]]);
  });
});

describe('English figures of a bilingual page', () => {
  const head = 'FY2026 Initial Budget, City of Kitaura / 北浦市 2026年度当初予算\n';
  it('"¥612億" and "1.1 billion yen" are amounts; a slash set apart by spaces is no per-unit slash', () => {
    const rs = extract(head + 'City tax / 市税\t¥612億\n- Solar panels for city halls: 1.1 billion yen\nSpecial Accounts: ¥96.7 billion / 特別会計：967億円\n');
    expect(rs.map((r) => [r.text, r.yen, r.stage])).toEqual([['¥612億', 61_200_000_000, 'budget'], ['1.1 billion yen', 1_100_000_000, 'budget'], ['¥96.7 billion', 96_700_000_000, 'budget'], ['967億円', 96_700_000_000, 'budget']]);
  });
  it('changes and last year\'s figures in English words', () => {
    const rs = extract(head + 'General Account: ¥182.4 billion (FY2025: ¥176.9 billion), up ¥5.5 billion (+3.1%)\n- Special Accounts: ¥81.2 billion, down 1.7% from ¥82.6 billion\n- Water: ¥14.8 billion, up 6.0% (+¥0.8 billion)\n- City tax revenue: ¥47.2 billion, ¥0.9 billion more than in FY2025.\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null, r.change?.text ?? null])).toEqual([
      ['¥182.4 billion', '¥176.9 billion', '¥5.5 billion'], ['¥81.2 billion', '¥82.6 billion', null], ['¥14.8 billion', null, '¥0.8 billion'], ['¥47.2 billion', null, '¥0.9 billion'],
    ]);
  });
  it('about, per child, over three years, (new), part of, a fund\'s balance at the end of a year', () => {
    const rs = extract(head + '- Free school lunches: ¥1.86 billion (new)\n  paying ¥30,000 per child\n- Hospital records: about ¥500 million this year (about ¥1.4 billion over three years)\n- EV chargers: part of the ¥3.2 billion Green City project\nFiscal Adjustment Fund balance at end of FY2026 (estimate): ¥9.8 billion\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, [...r.flags].sort()])).toEqual([
      ['¥1.86 billion', 'budget', 2026, ['new']], ['¥30,000', 'other', 2026, []], ['¥500 million', 'budget', 2026, ['approximate']],
      ['¥1.4 billion', 'other', null, ['approximate', 'multi_year']], ['¥3.2 billion', 'budget', 2026, ['portion']], ['¥9.8 billion', 'other', 2026, ['fund']],
    ]);
  });
});

describe('a programme\'s figures on the lines under its heading', () => {
  it('a supplementary figure in square brackets on a line of brackets under the figure is its supplementary', () => {
    const rs = extract('令和８年度 概算要求の概要\n(1) 河川防災の強化\n令和８年度要求額　　38,240百万円＋事項要求\n（前年度予算額　　　36,115百万円）［令和６年度補正予算額　11,800百万円］\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.supplementary?.text])).toEqual([['38,240百万円', '36,115百万円', '11,800百万円']]);
  });
  it('a heading marked （再掲） restates the figure under it', () => {
    const rs = extract('令和８年度 概算要求の概要\n(5) 給水車の配備支援（再掲）\n令和８年度要求額　　1,240百万円\n');
    expect(rs.map((r) => [r.text, r.flags])).toEqual([['1,240百万円', ['restated']]]);
  });
});

describe('a section of a supplementary budget page', () => {
  it('"## 3. 主な補正内容" opens the supplementary budget\'s figures too', () => {
    const rs = extract('# 令和8年度 南浦市補正予算（6月補正）の概要\n\n## 2. 一般会計歳出（款別）\n（単位：千円）\n| 款 | 補正前 | 補正額 | 補正後 |\n|---|---:|---:|---:|\n| 総務費 | 8,412,560 | 36,300 | 8,448,860 |\n\n## 3. 主な補正内容\n\n- **低所得世帯臨時給付金** 6億4,800万円\n- **保育所給食費高騰分支援** 8,640万円\n');
    expect(rs.slice(-2).map((r) => [r.text, r.stage, r.fy])).toEqual([['6億4,800万円', 'supplementary', 2026], ['8,640万円', 'supplementary', 2026]]);
  });
  it('"2 一般会計補正予算の主な内容" opens the supplementary budget\'s figures, of the page\'s year (after a table of budgets before and after it)', () => {
    const rs = extract('令和6年度 北浜市補正予算（第2号）の概要\n\n## 1 会計別の補正額\n（単位：千円）\n| 会計区分 | 補正前の額 | 補正額 | 補正後の額 |\n|---|---|---|---|\n| 一般会計 | 86,452,310 | 1,318,640 | 87,770,950 |\n\n## 2 一般会計補正予算の主な内容\n\n- 物価高騰対策給付金事業　650,000千円\n- 保育所職員処遇改善事業　112,640千円\n');
    expect(rs.slice(-2).map((r) => [r.text, r.stage, r.fy])).toEqual([['650,000千円', 'supplementary', 2024], ['112,640千円', 'supplementary', 2024]]);
  });
});

describe('a sentence wrapped over lines', () => {
  it('a figure with no label of its own on the next line of a labelled figure\'s sentence is of that figure\'s year and stage', () => {
    const rs = extract('令和６年第３回北浦市議会定例会会議録\n令和６年９月１１日\n　先般公表された令和五年度決算では、歳入総額が六百十二億余円、歳出総額が五百九十一億余円となり、\n実質収支は十四億余円の黒字と伺っております。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['六百十二億余円', 2023, 'settlement'], ['五百九十一億余円', 2023, 'settlement'], ['十四億余円', 2023, 'settlement']]);
  });
});

describe('last year named by its era letter alone', () => {
  it('"（R6　7,812億円）" after this year\'s figure is last year\'s; "【R6補正　240百万円】" its supplementary', () => {
    const rs = extract('令和7年度 北浦県当初予算（案）の概要\n令和7年2月14日\n　一般会計　　7,968億円　（R6　7,812億円）\n◆ 保育料無償化事業　1,874百万円（R6　1,652百万円）【R6補正　240百万円】\n');
    expect(rs.map((r) => [r.text, r.fy, r.previous?.text, r.supplementary?.text ?? null])).toEqual([['7,968億円', 2025, '7,812億円', null], ['1,874百万円', 2025, '1,652百万円', '240百万円']]);
  });
});

describe('補正前 | 補正額 | 補正後 named without 額', () => {
  it('the budgets before and after are budgets, the supplementary its own figure (pipe and tab tables)', () => {
    for (const table of ['| 款 | 補正前 | 補正額 | 補正後 |\n|---|---:|---:|---:|\n| 総務費 | 8,412,560 | 36,300 | 8,448,860 |\n', '款\t補正前\t補正額\t補正後\n総務費\t8,412,560\t36,300\t8,448,860\n']) {
      const rs = extract('令和8年度 南浦市補正予算（6月補正）の概要\n（単位：千円）\n\n' + table);
      expect(rs.map((r) => [r.text, r.stage])).toEqual([['8,412,560', 'budget'], ['36,300', 'supplementary'], ['8,448,860', 'budget']]);
    }
  });
});

describe('a plan\'s figures', () => {
  it('"令和８年度計画額" heads the year\'s budget, "中期計画額（2022～2027年度）" totals over those years; "前年度計画（X）に比べ" is last year\'s', () => {
    const rs = extract('独立行政法人東嶺研究センター\n令和８年度計画\n令和８年度の予算規模は54,508百万円で、前年度計画（52,940百万円）に比べ1,568百万円の増となる。\n（単位：百万円）\n区　　分　　　　　　　　　　　令和８年度計画額　　中期計画額（2022～2027年度）\n　運営費交付金　　　　　　　　　18,420　　　　　112,860\n　施設整備費補助金　　　　　　　 2,135　　　　　 14,300\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage, r.previous?.text ?? null, r.flags.filter((f) => f === 'multi_year')])).toEqual([
      ['54,508百万円', 2026, 'budget', '52,940百万円', []], ['18,420', 2026, 'budget', null, []], ['112,860', null, 'other', null, ['multi_year']],
      ['2,135', 2026, 'budget', null, []], ['14,300', null, 'other', null, ['multi_year']],
    ]);
  });
});

describe('a news digest of budgets', () => {
  it('"前年度当初比96億円（4.6％）増の2,184億円": the change before the figure, its rate in brackets', () => {
    const rs = extract('2026年度当初予算案\n一般会計は前年度当初比96億円（4.6％）増の2,184億円。\n');
    expect(rs.map((r) => [r.text, r.change?.text])).toEqual([['2,184億円', '96億円']]);
  });
  it('"X円で、前年度当初のY円からZ円（1.2％）減った": last year\'s figure and a negative change', () => {
    const rs = extract('2026年度当初予算案\n一般会計は1,052億3,000万円で、前年度当初の1,065億1,000万円から12億8,000万円（1.2％）減った。\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.yen])).toEqual([['1,052億3,000万円', '1,065億1,000万円', -1_280_000_000]]);
  });
  it('"市名　2026年度案　2025年度当初　増減額" heads this year\'s proposal, last year\'s budget and the change', () => {
    const rs = extract('■４市の一般会計当初予算案　　　（単位：億円）\n市名　　　2026年度案　2025年度当初　増減額\n港央市　　　2,184.0　　　2,088.0　　 96.0\n白樺台市　　1,052.3　　　1,065.1　　▲12.8\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage, r.previous?.text, r.change?.yen])).toEqual([['2,184.0', 2026, 'budget', '2,088.0', 9_600_000_000], ['1,052.3', 2026, 'budget', '1,065.1', -1_280_000_000]]);
  });
});

describe('last year\'s budget named by its year in a national summary', () => {
  it('"令和7年度当初予算（115兆円）を…上回り" is last year\'s; the lines after stay of the year', () => {
    const rs = extract('令和8年度予算政府案の概要\n一般会計の総額は117兆2,380億円で、令和7年度当初予算（115兆5,415億円）を1兆6,965億円上回った。\n一般歳出は69兆8,210億円となった。\n');
    expect(rs.map((r) => [r.text, r.fy, r.previous?.text ?? null])).toEqual([['117兆2,380億円', 2026, '115兆5,415億円'], ['69兆8,210億円', 2026, null]]);
  });
  it('"前年度当初の78兆円から1兆円の増収" opening the next sentence: last year\'s figure and the change', () => {
    const rs = extract('令和8年度予算政府案の概要\n税収を80兆4,300億円と見積もった。前年度当初の78兆4,400億円から1兆9,900億円の増収を見込む。\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.text])).toEqual([['80兆4,300億円', '78兆4,400億円', '1兆9,900億円']]);
  });
});

describe('a page set in two columns', () => {
  const page = [
    '■東浜市　2023年度決算を公表                  ■西浜市　2024年度当初予算のポイント',
    '　東浜市は9月2日、2023年度の一般会計          　西浜市の2024年度当初予算は、一般',
    '決算の概要を公表した。歳入総額は612億          会計が1,128億円（前年度1,078億円）で、',
    '円で、歳出総額は598億円となった。              過去最大となった。市税収入は415億',
    '　実質収支は11億5,752万円の黒字と              円を見込む。主な事業では、給食セン',
    'なった。市税収入は238億円で、前年度            ターの整備に24億5千万円を計上した。',
    'から3億円増えた。市債残高は702億円弱。         デジタル地域通貨の導入に1億7,500万円',
    '　決算は9月定例会に認定議案として提出          （新規）を盛り込んだ。',
  ].join('\n') + '\n';
  it('each column is read on as written, its figures of its own article\'s year and stage, their lines and offsets as given', () => {
    const rs = extract(page);
    const of = (text: string) => rs.find((r) => r.text === text)!;
    expect([of('598億円').fy, of('598億円').stage, of('238億円').change?.text, of('1,128億円').fy, of('1,128億円').stage]).toEqual([2023, 'settlement', '3億円', 2024, 'budget']);
    expect([of('1,128億円').previous?.text, of('598億円').line, of('24億5千万円').line]).toEqual(['1,078億円', 4, 6]);
    for (const r of rs) expect(page.slice(r.start, r.end)).toBe(r.text);
  });
  it('label and figure lines aligned with spaces, and tables, are no two columns', () => {
    expect(uncolumn('令和６年度地方財政計画の概要\n１　地方財政計画の規模　　92兆9,120億円（前年度比＋1兆280億円）\n２　地方一般歳出　　　　　76兆1,050億円（同＋8,930億円）\n３　一般財源総額　　　　　63兆1,480億円（同＋9,320億円）\n４　地方交付税の総額　　　18兆6,671億円（同＋3,060億円）\n５　臨時財政対策債　　　　　　4,544億円（同▲5,402億円）\n６　財源不足額　　　　　　 2兆1,376億円（同▲7,131億円）\n')).toBeNull();
    expect(uncolumn('区分　　　　本年度　　　前年度　　　比較\n' + '総務費　　　1,234　　　1,200　　　34\n'.repeat(8))).toBeNull();
    expect(uncolumn(page)?.text.split('\n')[8]).toBe('■西浜市　2024年度当初予算のポイント');
  });
});

describe('a village newsletter', () => {
  it('"増　減" spread over a space heads the change column', () => {
    const rs = extract('令和８年度当初予算\n■会計別の予算額　　　　　　　（単位：千円）\n会計名　　　　　　本年度　　　　　前年度　　　　増　減\n一般会計　　　　２，８４６，０００　２，７２６，０００　１２０，０００\n国民健康保険特別会計　　４１２，３５０　　４２０，８１０　△８，４６０\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.yen])).toEqual([['２，８４６，０００', '２，７２６，０００', 120_000_000], ['４１２，３５０', '４２０，８１０', -8_460_000]]);
  });
  it('a heading between two rules opens its section; "単価の見直しに450万円" is no unit price', () => {
    const rs = extract('議会だより　令和８年５月１日発行\n令和８年度当初予算を可決\n委託除雪の単価の見直しに４５０万円を計上しました。\n━━━━━━━━━━━━━━━━━━━━\n令和７年度補正予算も可決\n━━━━━━━━━━━━━━━━━━━━\n主な内容は、大雪に伴う除雪経費の追加１，６５０万円です。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['４５０万円', 2026, 'budget'], ['１，６５０万円', 2025, 'supplementary']]);
  });
});

describe('a series of years by rows of stages', () => {
  it('"財源内訳　国・県支出金" under "執行額" breaks down the execution: a settlement', () => {
    const rs = extract('令和6年度　事務事業評価シート\n２　事業費の推移　　　　　　　　　　（単位：千円）\n　　　　　　　　　　　　　　R3年度　　　　R4年度　　　　R5年度\n当初予算額　　　　　　　　　84,200　　　　86,500　　　　91,300\n補正予算額　　　　　　　　　 5,000　　　 △2,100　　　　12,400\n執行額（Ｂ）　　　　　　　　86,915　　　　80,122　　　　99,845\n財源内訳　国・県支出金　　　28,000　　　　27,400　　　　34,560\n');
    expect(rs.filter((r) => r.line === 7).map((r) => [r.text, r.fy, r.stage])).toEqual([['28,000', 2021, 'settlement'], ['27,400', 2022, 'settlement'], ['34,560', 2023, 'settlement']]);
  });
});

describe('a column of amounts per head', () => {
  it('"1人当たり" heads unit amounts (other) of the text\'s year', () => {
    const rs = extract('【2025年度】近隣の当初予算を比べてみた\n市名｜一般会計予算額｜前年度比｜人口｜1人当たり\n大浜市｜2,106億円｜+48億円｜723,450人｜291,105円\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['2,106億円', 2025, 'budget'], ['291,105円', 2025, 'other']]);
  });
});

describe('a plan of years to come', () => {
  const plan = '西原町中期財政計画\n（令和8年度～令和12年度）\n令和7年11月\n（単位：百万円）\n区分　　　　　　　　　6年度（決算）　8年度　　9年度　　10年度\n　町税　　　　　　　　　2,410　　　2,432　　2,440　　2,428\n　歳入合計（A）　　　　 9,820　　　9,932　 10,095　 10,428\n';
  it('its years after the text\'s date are projections (other), totals too; its settled year stays a settlement', () => {
    const rs = extract(plan);
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([
      ['2,410', 2024, 'settlement'], ['2,432', 2026, 'other'], ['2,440', 2027, 'other'], ['2,428', 2028, 'other'],
      ['9,820', 2024, 'settlement'], ['9,932', 2026, 'other'], ['10,095', 2027, 'other'], ['10,428', 2028, 'other'],
    ]);
  });
  it('a year\'s plan of local finance (地方財政計画) is that year\'s budget', () => {
    const rs = extract('令和６年度地方財政計画の概要\n令和６年２月\n１　地方財政計画の規模　　92兆9,120億円\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['92兆9,120億円', 2024, 'budget']]);
  });
});

describe('an era-less year far from a dated article', () => {
  it('"10年前の15年度末（86億円）" in a 2025 article is 2015, not 令和15; "26年度" is still 2026', () => {
    const rs = extract('市の貯金 10年で3分の1\n2025年10月18日\n市が報告した決算によると、2024年度末の基金残高は31億円。10年前の15年度末（86億円）の約3分の1の水準だ。来年度（26年度）も約28億円の財源不足が生じると見込む。\n');
    expect(rs.map((r) => [r.text, r.fy])).toEqual([['31億円', 2024], ['86億円', 2015], ['28億円', 2026]]);
  });
});

describe('a 予算説明書 with a 説明 column', () => {
  it('"費用弁償　186" in the 説明 column, and on the lines under it, are breakdowns in the header\'s unit, named by their words', () => {
    const rs = extract('令和７年度　北野町一般会計予算説明書\n（単位：千円）\n目\t本年度\t前年度\t比較\t節\t\t説明\n\t\t\t\t区分\t金額\n1 教育委員会費\t5,214\t5,108\t106\t8 旅費\t418\t費用弁償　186\n\t\t\t\t\t\t\t普通旅費（先進地視察等）　232\n');
    expect(rs.map((r) => [r.line, r.text, r.yen, r.item, r.fy, r.stage])).toEqual([
      [5, '5,214', 5_214_000, '教育委員会費', 2025, 'budget'], [5, '418', 418_000, '教育委員会費 金額', 2025, 'budget'], [5, '186', 186_000, '費用弁償', 2025, 'budget'],
      [6, '232', 232_000, '普通旅費（先進地視察等）', 2025, 'budget'],
    ]);
    expect(rs[0].previous?.text).toBe('5,108');
  });
});

describe('programme lists with marks after last year\'s bracket', () => {
  it('"2,046,300（1,812,000）拡充" is a figure with last year\'s, its mark no part of it', () => {
    const rs = extract('令和8年度 当初予算（案）\n（単位：千円。（　）内は令和7年度当初予算額）\n・放課後児童クラブ運営支援事業　　　　　　　　　2,046,300（1,812,000）拡充\n・産後ケア利用料無償化事業　　　　　　　　　　　　218,700（96,400）拡充\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.fy])).toEqual([['2,046,300', '1,812,000', 2026], ['218,700', '96,400', 2026]]);
  });
  it('a debt burden act\'s limit (債務負担行為 … 限度額) is a total over years', () => {
    const rs = extract('令和8年度 当初予算の概要\n学校給食調理業務の委託について、債務負担行為として限度額3億2,000万円を設定します。\n');
    expect(rs.map((r) => [r.stage, r.fy, r.flags])).toEqual([['other', null, ['multi_year']]]);
  });
});

describe('the budget a supplementary budget leaves', () => {
  it('"今回の補正により44,300千円となる" is the budget after it', () => {
    const rs = extract('令和６年度　北野町一般会計補正予算（第３号）\n除雪委託料として19,800千円を追加する。なお、除雪委託料の当初予算額は24,500千円であり、今回の補正により44,300千円となる。\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy])).toEqual([['19,800千円', 'supplementary', 2024], ['24,500千円', 'budget', 2024], ['44,300千円', 'budget', 2024]]);
  });
});

describe('a cap named before its figure', () => {
  it('"1事業者当たりの補助上限は3,000万円" is a unit amount, no budget', () => {
    const rs = extract('令和7年度 補正予算の概要\n（１）省エネ設備更新緊急支援事業　　　　1,650億円\n　　　・1事業者当たりの補助上限は3,000万円。\n');
    expect(rs.map((r) => [r.text, r.stage])).toEqual([['1,650億円', 'supplementary'], ['3,000万円', 'other']]);
  });
});

describe('plain words for last year', () => {
  it('"前の年（令和6年度）の X より Y 増えました" and English "(last year: ¥98 million)" on the next line', () => {
    const rs = extract('FY2025 budget / 令和7年度予算\n令和7年度の一般会計予算は 8,124億円 です。\n前の年（令和6年度）の 7,860億円 より 264億円 増えました。\n■ Multilingual consultation center: ¥120 million\n　(last year: ¥98 million)\n');
    expect(rs.map((r) => [r.text, r.previous?.text, r.change?.text ?? null])).toEqual([['8,124億円', '7,860億円', '264億円'], ['¥120 million', '¥98 million', null]]);
  });
});

describe('a change with its rate in brackets', () => {
  it('"歳出総額は360,577,731円（2.4％）の減" after a compared figure in the sentence is a change, negative', () => {
    const rs = extract('令和６年度 国民健康保険特別会計決算\n歳入総額が14,862,305,418円、歳出総額が14,397,612,904円となった。\n歳入総額は前年度に比べ241,142,809円（1.6％）の減、歳出総額は360,577,731円（2.4％）の減である。\n');
    expect(rs.map((r) => [r.text, r.change?.yen])).toEqual([['14,862,305,418円', -241_142_809], ['14,397,612,904円', -360_577_731]]);
  });
});

describe('what was actually spent', () => {
  it('"前年度は延べ326万円を実績として計上" is last year\'s settlement', () => {
    const rs = extract('令和７年第３回町議会定例会会議録\n令和７年９月１２日\nなお、ひとり親世帯等への減免として、前年度は延べ三百二十六万円を実績として計上しております。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['三百二十六万円', 2024, 'settlement']]);
  });
});

describe('a year\'s end named relative to the text', () => {
  it('"前年度末で486億余円、本年度末で493億円" in minutes dated 令和6年 are the balances at the ends of 2023 and 2024', () => {
    const rs = extract('令和６年第３回北浦市議会定例会会議録\n令和６年９月１１日\n　市債残高につきましては、前年度末で四百八十六億余円、本年度末で四百九十三億円程度となる見込みでございます。\n');
    expect(rs.map((r) => [r.text, r.fy, r.stage])).toEqual([['四百八十六億余円', 2023, 'other'], ['四百九十三億円', 2024, 'other']]);
  });
});

describe('an English summary page', () => {
  it('reads JPY amounts, the fiscal year of a long English title, and last year\'s budget named before its bracket', () => {
    const src = ['Kitahama Town', 'FY2027 Initial Budget: Parks, Libraries and Community Facilities (Overview)', '',
      '• Library services: ¥640 million, up ¥40 million from the FY2026 initial budget (¥600 million).',
      '• Park maintenance: JPY 215 million (FY2026: JPY 198 million).', ''].join('\n');
    expect(extract(src).map((r) => [r.text, r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([
      ['¥640 million', 640_000_000, 2027, 'budget', 600_000_000],
      ['JPY 215 million', 215_000_000, 2027, 'budget', 198_000_000],
    ]);
  });
});

describe('prose wrapped at a figure', () => {
  it('a comparison ending the line above names the change opening the next, a rate after it: "…と比べ" / "二十三億八千万円、三・四パーセントの増"', () => {
    const rs = extract('令和七年度施政方針\n　その結果、一般会計の予算規模は、総額七百十二億四千万円となり、前年度当初予算と比べ\n二十三億八千万円、三・四パーセントの増となりました。\n');
    expect(rs.map((r) => [r.yen, r.change?.yen ?? null])).toEqual([[71_240_000_000, 2_380_000_000]]);
  });
  it('kanji numerals ending in 千 before 円 on the next line are one amount: "年額一万二千" / "円分"', () => {
    const rs = extract('令和七年度施政方針\n　高齢者には年額一万二千\n円分の乗車券を交付いたします。\n');
    expect(rs.map((r) => [r.line, r.text, r.yen])).toEqual([[2, '一万二千', 12_000]]);
  });
});

describe('a Δ for a decrease', () => {
  it('"Δ5,000千円" glued to its figure is negative', () => {
    expect(extract('令和５年度 架空町決算\n架空事業の補正額 Δ5,000千円\n').map((r) => r.yen)).toEqual([-5_000_000]);
  });
});

describe('a minus glossed in words', () => {
  it('"-(マイナス)5,135" and "（マイナス）120" are negative figures, their text the digits', () => {
    const rs = extract(['(単位:千円)', '区分 | 歳入総額 | 歳出総額 | 差引額 |', '架空特別会計 | 22,607 | 27,742 | -(マイナス)5,135 |', '架空財産区 | 1,000 | 1,120 | （マイナス）120 |'].join('\n'));
    expect(rs.filter((r) => r.yen < 0).map((r) => [r.text, r.yen / 1000])).toEqual([['5,135', -5135], ['120', -120]]);
  });
});
