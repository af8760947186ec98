// Texts with a blank line after every line (web pages and PDFs converted to text): read as the same text without
// them, with every line number and offset in the text as given. Examples invented for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { undouble } from '../../shared/extract/spacing';

const table = [
  '令和9年度　款別予算',
  '（単位：千円）',
  '款',
  '本年度',
  '前年度',
  '比較',
  '消防費',
  '712,300',
  '690,100',
  '22,200',
  '教育費',
  '2,123,400',
  '2,230,000',
  '△106,600',
].join('\n') + '\n';

const prose = '令和9年度予算の概要\n令和9年度の一般会計予算は、総額で1兆2,345億円となり、前年度に比べて\n123億円の増となった。\n\n特別会計の総額は、\n4,567億円である。\n\n主な事業\n・河川改修　12億円\n・橋りょう補修　8億円\n';

const doubled = (s: string, nl = '\n'): string => s.split('\n').join(nl + nl);
const fields = (rs: ReturnType<typeof extract>) => rs.map((r) => [r.text, r.yen, r.item, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null]);

describe('doubled line spacing', () => {
  it('a table one cell per line with a blank line after each reads as without them', () => {
    const single = extract(table);
    expect(single.length).toBe(2);
    expect(fields(extract(doubled(table)))).toEqual(fields(single));
    expect(fields(extract(doubled(table, '\r\n')))).toEqual(fields(single));
  });

  it('line numbers and offsets are those of the text as given', () => {
    const src = doubled(table);
    const lines = src.split('\n');
    for (const r of extract(src)) {
      expect(src.slice(r.start, r.end)).toBe(r.text);
      expect(lines[r.line - 1]).toContain(r.text);
      expect(src.slice(r.previous!.start, r.previous!.end)).toBe(r.previous!.text);
    }
    expect(extract(src).map((r) => r.line)).toEqual([15, 23]);
  });

  it('an amount and a comparison broken over lines still join; a paragraph break (two blank lines) stays a break', () => {
    const rs = extract(doubled(prose));
    expect(rs.map((r) => [r.yen, r.change?.yen ?? null])).toEqual([[1_234_500_000_000, 12_300_000_000], [456_700_000_000, null], [1_200_000_000, null], [800_000_000, null]]);
    expect(fields(rs)).toEqual(fields(extract(prose)));
    // (a paragraph's blank line, doubled, is still a blank line there)
    expect(undouble(doubled(prose))!.text).toContain('123億円の増となった。\n\n');
  });

  it('a text whose lines are not all followed by a blank is read as it stands', () => {
    expect(undouble(table)).toBeNull();
    expect(undouble(prose)).toBeNull();
    expect(undouble('a\n\nb\n\nc\n')).toBeNull(); // too few lines to tell
  });
});

describe('no-break and typographic spaces', () => {
  it('read as plain spaces (a web page copied with &nbsp;); each record keeps the text as it stands', () => {
    const plain = '令和9年度　決算の概要\n繰越明許費は 2,345,600,000 円 で、前年度に比べ 120,000,000 円 の増となった。\n区分  本年度  前年度\n道路橋りょう費  45億円  41億円\n';
    const read = (rs: ReturnType<typeof extract>) => rs.map((r) => [r.yen, r.item, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null]);
    const want = read(extract(plain));
    expect(want).toEqual([[2_345_600_000, '繰越明許費', 2027, 'settlement', null, 120_000_000], [4_500_000_000, '道路橋りょう費', 2027, 'budget', 4_100_000_000, null]]);
    for (const sp of ['\u00a0', '\u2002', '\u2009']) {
      const text = plain.replace(/ /g, sp);
      const rs = extract(text);
      expect(read(rs)).toEqual(want);
      for (const r of rs) {
        expect(text.slice(r.start, r.end)).toBe(r.text);
        for (const f of [r.previous, r.change]) if (f) expect(text.slice(f.start, f.end)).toBe(f.text);
      }
      expect(rs[0].text).toBe(`2,345,600,000${sp}円`);
    }
  });
});

describe('two columns padded to a count of characters', () => {
  it('a left column padded with spaces to one character count, its right column opening with figures, is read column by column', () => {
    const pad = (l: string, r: string) => l + ' '.repeat(Math.max(2, 36 - l.length)) + r;
    const src = ['　　　　　北山市　令和９年度　当初予算の概要', '',
      pad('１　予算の規模', '３　歳出の状況'), pad('　令和９年度の一般会計当初予算', '　義務的経費は、人件費が'), pad('は、412億3,000万円で、前年度当', '68億1,000万円、扶助費が'),
      pad('初予算（398億1,000万円）に比べ', '122億7,000万円、公債費が'), pad('14億2,000万円、3.6％の増となり', '41億3,000万円で、合計は'), pad('ました。特別会計の総額は198億', '232億1,000万円となってい'),
      pad('円、企業会計の総額は81億5,200', 'ます。投資的経費は前年度比'), pad('万円で、全会計の合計は692億', '8.4％増の46億8,000万円と'), pad('3,200万円となります。', 'なりました。'), ''].join('\n');
    const recs = extract(src);
    expect(recs.find((r) => r.yen === 41_230_000_000)?.previous?.yen).toBe(39_810_000_000);
    expect(recs.find((r) => r.yen === 12_270_000_000)?.item).toBe('扶助費');
  });
});
