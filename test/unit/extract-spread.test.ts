// Words a PDF spread out one letter at a time to fill their box: read joined, with every line number and offset in the
// text as given, and every line its length (so a table aligned with spaces keeps its columns). Examples invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { unspread } from '../../shared/extract/spread';

const fields = (rs: ReturnType<typeof extract>) => rs.map((r) => [r.yen, r.item, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null]);

describe('words spread out one letter at a time', () => {
  it('a pipe or tab table whose column words and row names are spread out reads as written plainly', () => {
    const plain = [['款', '本年度', '前年度', '比較'], ['議会費', '412,300', '405,100', '7,200'], ['民生費', '12,345,600', '11,980,000', '365,600']];
    const spreadOut = plain.map((row) => row.map((c) => (/\d/u.test(c) ? c : [...c].join(' '))));
    const pipes = (rows: string[][]) => `令和9年度 歳出予算（単位：千円）\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`;
    const tabs = (rows: string[][]) => `令和9年度 歳出予算\n（単位：千円）\n${rows.map((r) => r.join('\t')).join('\n')}\n`;
    for (const table of [pipes, tabs]) {
      const want = fields(extract(table(plain)));
      expect(want).toEqual([[412_300_000, '議会費', 2027, 'budget', 405_100_000, 7_200_000], [12_345_600_000, '民生費', 2027, 'budget', 11_980_000_000, 365_600_000]]);
      expect(fields(extract(table(spreadOut)))).toEqual(want);
    }
  });

  it('a heading spread out still gives the figures under it their year and stage', () => {
    const rs = extract('【令 和 9 年 度 補 正 予 算】\n・道路の防災対策　45億円\n・河川の改修　　　12億円\n');
    expect(rs.map((r) => [r.item, r.fy, r.stage])).toEqual([['道路の防災対策', 2027, 'supplementary'], ['河川の改修', 2027, 'supplementary']]);
    expect(extract('令 和 ９ 年 度 当 初 予 算 の 概 要\n一般会計の総額は1兆2,345億円となった。\n').map((r) => [r.fy, r.stage])).toEqual([[2027, 'budget']]);
  });

  it('a sentence set out a letter at a time reads as the sentence: its name, its change', () => {
    const rs = extract('令和8年度　決算の概要\n翌 年 度 繰 越 額 は 1,234,500,000 円 で 、 前 年 度 に 比 較 し て 98,700,000 円(8.7%)の 増 加 と な っ て い る 。\n');
    expect(rs.map((r) => [r.item, r.yen, r.change?.yen ?? null])).toEqual([['翌年度繰越額', 1_234_500_000, 98_700_000]]);
    expect(rs[0].text).toBe('1,234,500,000 円');
  });

  it('every line keeps its length: a header aligned with spaces keeps its columns', () => {
    const header = '区　分             予 算 額     予 算 額     増 減';
    const u = unspread(header)!;
    expect(u.text).toBe('区分　             予算額       予算額       増減 ');
    expect(u.text.length).toBe(header.length);
    // (single digits between its letters belong to the word; numbers apart from letters stay as they are)
    expect(unspread('【令 和 1 0 年 度 補 正 予 算】')!.text).toBe('【令和10年度補正予算】         ');
    expect(unspread('予 算 額 5,000')!.text).toBe('予算額   5,000');
    // (a word before a bracket or a comma keeps them next to it; its spaces go to the next gap)
    expect(unspread('【地 方 交 付 税】 12億円')!.text).toBe('【地方交付税】     12億円');
  });

  it('an amount with its unit spread out stands on its line as written', () => {
    const text = '令和9年度予算\n国民年金\n9,245,636 百 万 円\n';
    const [r] = extract(text);
    expect(r.yen).toBe(9_245_636_000_000);
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.text).toBe('9,245,636 百 万 円');
    expect(r.line).toBe(3);
  });

  it('a table\'s two-letter column word spread over its box by a wider gap is one word (比　　較, 金　　額, 村　　　税)', () => {
    expect(unspread('款　　　　本年度予算額　　前年度予算額　　比　　較')!.text).toBe('款　　　　本年度予算額　　前年度予算額　　比較　　');
    expect(unspread('　款　　　　　　　　　金　　額')!.text).toBe('　款　　　　　　　　　金額　　');
    expect(unspread('１　町　　　税 ………… ３１２，４００')!.text).toBe('１　町税　　　 ………… ３１２，４００');
    // (not two letters of running words: a letter beside either keeps them apart)
    expect(unspread('予算の金　額を見る')).toBeNull();
  });

  it('a heading pdftotext laid two spaces a letter over a wide column is one word (予  算  額); 款  項  目 stay apart', () => {
    expect(unspread('  区        分        予  算  額        決  算  額      不 用 額')!.text).toBe('  区分                予算額            決算額          不用額  ');
    expect(unspread('款  項  目        本年度')).toBeNull();
  });

  it('a column word spread by ideographic spaces among cells set apart by plain ones is one word (区　分 … 増　減)', () => {
    expect(unspread('区　分 令和９年度 令和８年度 増　減')!.text).toBe('区分　 令和９年度 令和８年度 増減　');
    expect(unspread('科　目 予　算　額 決　算　額')!.text).toBe('科目　 予算額　　 決算額　　');
    const rs = extract('令和９年度 水道事業会計 決算の概要\n区　分 令和９年度 令和８年度 増　減\n給水収益 1,234,567,890円 1,200,000,000円 34,567,890円\n受託工事収益 45,600,000円 50,100,000円 4,500,000円\n');
    expect(rs.map((r) => [r.item, r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      ['給水収益', 1_234_567_890, 2027, 'settlement', 1_200_000_000, 34_567_890],
      ['受託工事収益', 45_600_000, 2027, 'settlement', 50_100_000, 4_500_000],
    ]);
    // (款 項 目 stay the columns they are)
    expect(unspread('款　項　目 予算額')).toBeNull();
  });

  it('numbers, words a single space apart and cells apart by uneven gaps are left as they are', () => {
    expect(unspread('1 2 3\n4 5 6')).toBeNull();
    expect(unspread('国の 予算 について')).toBeNull();
    expect(unspread('款　　項　目')).toBeNull();
  });
});
