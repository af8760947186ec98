// What a PDF's pages leave in its text (page numbers alone on their lines, form feeds, running headers): read as
// the text without them, with every line number and offset in the text as given. Examples invented for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { unpage } from '../../shared/extract/pages';

// A table one cell per line, long enough to run over pages.
const rows = [
  ['議会費', '412,300', '405,100'], ['総務費', '3,120,400', '3,050,000'], ['民生費', '12,345,600', '11,980,000'],
  ['衛生費', '2,456,700', '2,390,000'], ['労働費', '98,700', '101,200'], ['農林水産業費', '1,234,500', '1,190,000'],
  ['商工費', '876,500', '902,300'], ['土木費', '4,567,800', '4,400,000'], ['消防費', '1,122,300', '1,098,000'],
  ['教育費', '5,432,100', '5,301,000'], ['災害復旧費', '45,600', '120,000'], ['公債費', '3,210,900', '3,300,000'],
];
const table = ['令和9年度　歳出予算款別一覧', '（単位：千円）', '款', '本年度', '前年度', ...rows.flat()];
const prose = [
  '令和9年度予算の概要',
  '一般会計の歳出総額は、前年度に比べて214億円増の3兆4,567億円となった。',
  '主な事業として、子育て支援の充実に123億円、道路の維持補修に45億円を計上した。',
];

/** Lines with a page's end after every `n`: a blank, `- k -`, a form feed and a running header, a blank. */
const paged = (lines: string[], n: number, header = '令和9年度当初予算の説明'): string =>
  lines.flatMap((l, k) => ((k + 1) % n === 0 ? [l, '', `- ${(k + 1) / n} -`, `\f${header}`, ''] : [l])).join('\n');

const fields = (rs: ReturnType<typeof extract>) => rs.map((r) => [r.text, r.yen, r.item, r.fy, r.stage, r.previous?.yen ?? null]);

describe('page furniture', () => {
  it('a table cut by page ends (a number, a form feed, a running header) reads as the table whole', () => {
    const whole = extract(table.join('\n'));
    expect(whole.length).toBe(rows.length);
    const text = paged(table, 8);
    expect(text.match(/\f/g)!.length).toBe(5);
    expect(fields(extract(text))).toEqual(fields(whole));
  });

  it('without form feeds, a running header beside the page numbers goes too', () => {
    const whole = extract(table.join('\n'));
    const text = table.flatMap((l, k) => ((k + 1) % 8 === 0 ? [l, '', `－${(k + 1) / 8}－`, '令和9年度当初予算の説明', ''] : [l])).join('\n');
    expect(text).not.toContain('\f');
    expect(fields(extract(text))).toEqual(fields(whole));
  });

  it('line numbers and offsets are those of the text as given', () => {
    const text = paged([...prose, ...table], 7);
    const lines = text.split('\n');
    const rs = extract(text);
    expect(rs.length).toBe(rows.length + 3);
    for (const r of rs) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(lines[r.line - 1]).toContain(r.text);
      if (r.previous) expect(text.slice(r.previous.start, r.previous.end)).toBe(r.previous.text);
    }
  });

  it('page numbers in their usual forms go; a form feed at a line start goes, the line stays', () => {
    for (const n of ['- 3 -', '－３－', '— 12 —', 'P.7', '１２頁', '  - 4 -  ']) {
      expect(unpage(`総務費\n${n}\n3,120,400`)?.text).toBe('総務費\n3,120,400');
    }
    expect(unpage('総務費\n3,120,400\n\f民生費\n12,345,600')?.text).toBe('総務費\n3,120,400\n民生費\n12,345,600');
  });

  it('a running footer, a title then its page number set far right ("架空市 令和9年度予算の概要　　　- 2 -"), goes; on the first line its words stay', () => {
    const text = ['（単位：億円）', '○ 道路維持費　　　12億円', '架空市 令和9年度決算の概要　　　　　　　　　　　　- 2 -', '○ 橋梁補修費　　　8億円', ''].join('\n');
    expect(extract(text).map((r) => [r.line, r.yen / 1e8])).toEqual([[2, 12], [4, 8]]);
    expect(unpage(text)?.text).toBe(['（単位：億円）', '○ 道路維持費　　　12億円', '○ 橋梁補修費　　　8億円', ''].join('\n'));
    expect(unpage(`架空市 令和9年度決算の概要　　　- 1 -\n${text}`)?.text).toBe(['架空市 令和9年度決算の概要', '（単位：億円）', '○ 道路維持費　　　12億円', '○ 橋梁補修費　　　8億円', ''].join('\n'));
    // (a row of figures ending in dashes is no footer, nor a row's placeholders around its figure, nor a row set apart by
    // single spaces, "補正予算 － 200 －"; a title with its number one space after it is, where the title closes two pages)
    expect(unpage('合計　　1,234　－')).toBeNull();
    expect(unpage('（単位：億円）\n　うち重点要求　―　312　―\n')).toBeNull();
    expect(unpage('区分 令和8年度 令和9年度\n補正予算 － 200 －\n')).toBeNull();
    expect(unpage('架空機構 概算要求資料 - 1 -\n計画\n架空機構 概算要求資料 - 2 -\n')?.text).toBe('架空機構 概算要求資料\n計画\n');
  });

  it('furniture repeating the first lines: a number alone over the running header of the next page; a newsletter\'s title with its number far right', () => {
    const chapter = ['架空白書', '第3章　架空交通の確保', '（億円）', '○ 架空交通事業　　　436億円', '48', '第3章　架空交通の確保', '○ 架空航路事業　　　98億円', ''].join('\n');
    expect(extract(chapter).map((r) => [r.line, r.yen / 1e8])).toEqual([[4, 436], [7, 98]]);
    const news = ['広報架空　2026年10月号　　　　　　　　　　6', '（単位：千円）', '歳入\t1,200', '広報架空　2026.10　　　　　　　　　　　　7', '歳出\t1,100', ''].join('\n');
    expect(unpage(news)?.text).toBe(['広報架空　2026年10月号', '（単位：千円）', '歳入\t1,200', '歳出\t1,100', ''].join('\n'));
    // (a row's figure set far right, its label on two lines, is no footer: only a title's first word makes one)
    expect(unpage('架空町の予算\n（単位：億円）\n歳入合計　　　　12\n歳入合計　　　　13\n')).toBeNull();
    // (a number alone among cells one a line, beside a row's name that repeats, stays)
    expect(unpage('区分\n一般会計\n12\n特別会計\n8\n区分\n一般会計\n13\n')).toBeNull();
  });

  it('a page number of five or six digits between dashes is no negative figure under a 千円 unit', () => {
    const text = ['（単位：千円）', '道路維持費\t12,000\t11,000', '- 10000 -', '- 10001 -', '橋梁補修費\t8,000\t7,000', '－１２３４５６－', '河川改修費\t5,500\t5,000'].join('\n');
    expect(extract(text).map((r) => [r.line, r.yen])).toEqual([[2, 12_000_000], [2, 11_000_000], [5, 8_000_000], [5, 7_000_000], [7, 5_500_000], [7, 5_000_000]]);
  });

  it('a long run of empty pages, their numbers with nothing between, goes with the running header of the pages around it', () => {
    const page = (k: number): string => `東浜市　令和9年度予算説明書\n事業${k}\t${k},000\n- ${k} -`;
    const empty = Array.from({ length: 30 }, (_, k) => `- ${k + 41} -`).join('\n');
    const text = [...Array.from({ length: 40 }, (_, k) => page(k + 1)), empty, page(71), page(72), ''].join('\n');
    const rest = unpage(text)!.text.split('\n').filter((l) => l.trim());
    // (the first page's header opens the text: no page break stands before it)
    expect(rest).toEqual(['東浜市　令和9年度予算説明書', ...Array.from({ length: 40 }, (_, k) => `事業${k + 1}\t${k + 1},000`), '事業71\t71,000', '事業72\t72,000']);
  });

  it('what only looks like page furniture stays: a rate cell, a bullet with a figure, a label repeated on slides', () => {
    expect(unpage('補助率\n1/2\n2/3\n')).toBeNull();
    expect(unpage('- 2 億円を計上\n- 3 -年度')).toBeNull();
    // a heading that stands beside one page break of many is no running header
    const slides = Array.from({ length: 6 }, (_, k) => `【事業${k + 1}】\n\f令和9年度予算額\n${k + 1}00億円`);
    slides[3] = `【事業4】\n\f令和9年度補正予算額\n400億円`;
    const u = unpage(slides.join('\n'))!;
    expect(u.text.split('\n').filter((l) => l === '令和9年度予算額').length).toBe(0);
    expect(u.text).toContain('令和9年度補正予算額\n400億円');
  });

  it('a blank line between cells stays where the text around keeps its cells apart by blanks', () => {
    const spacedTable = table.join('\n\n');
    const u = unpage(spacedTable.replace('民生費', '民生費\n\n- 2 -'))!;
    expect(u.text).toBe(spacedTable);
    // (a blank of the text's own beside the furniture's, one side holding more blanks than the other, stays)
    expect(unpage('令和9年度予算\n総務費\n\n- 2 -\n\n\n3,120,400\n')!.text).toBe('令和9年度予算\n総務費\n\n3,120,400\n');
    // (where the lines around stand together, no blank is left)
    expect(unpage(table.join('\n').replace('民生費', '民生費\n\n- 2 -\n'))!.text).toBe(table.join('\n'));
  });
});

describe('a slide deck\'s bare page numbers', () => {
  it('a number alone closing each page, counting up before each form feed, is no figure; a figure alone closing a page stays', () => {
    const src = '令和８年度予算案のポイント\n一般会計\n１兆２，３４５\n億円\n重点の柱\n1\n\f海洋ごみ対策\n漂着ごみ回収\n312億\n2\n\f次の柱\n';
    expect(extract(src).map((r) => [r.line, r.yen])).toEqual([[3, 1_234_500_000_000], [9, 31_200_000_000]]);
  });
});
