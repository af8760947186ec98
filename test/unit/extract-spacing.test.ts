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
