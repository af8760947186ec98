// Numbers OCR broke with spaces: read whole, their text as it stands.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { unsplitDigits } from '../../shared/extract/ocr-digits';
import { oneLookalikes } from '../../shared/extract/lines';
import { spansOk } from '../helpers/extracted';

describe('numbers broken by spaces', () => {
  it('joins a comma group cut short, and leaves a text without one as it is', () => {
    expect(unsplitDigits('事業費 3,2 5 0万円を計上')?.text).toBe('事業費 3,250万円を計上  ');
    expect(unsplitDigits('地方税 11,475 11,452 23 0.2')).toBeNull();
  });

  it('keeps every line its length, so columns aligned with spaces stay where they were', () => {
    const src = '町　税　　　1 ,204,3 5 0　　 22.0%\n国庫支出金　 618,420　　　 10.6%';
    const t = unsplitDigits(src)!.text;
    expect(t.split('\n').map((l) => l.length)).toEqual(src.split('\n').map((l) => l.length));
    expect(t).toContain('1,204,350');
  });

  it('reads an OCR page: broken amounts with units, and table cells one space apart between wide gaps', () => {
    const src = [
      '令和 ８年度　白川村 当初予算の概要',
      '　一般会計　　　 4 2億 1,3 0 0万円（前年度比 2.4％増）',
      '　　　　　　　　(前年度当初 4 1 億 1,400万円 ）',
      '',
      '主な事業　　　　　　　　　　　（単位:千円）',
      ' 事 業 名　　　　　　　　　 予算額　　　 前年度',
      ' 村道改良事業　　　　　　　1 3 0,000　　 9 7,500',
      ' 診療所運営事業　　　　　　 5 2, 4 1 0　　5 0,1 2 0',
      '',
    ].join('\n');
    const recs = extract(src);
    expect(recs.map((r) => [r.line, r.text, r.yen, r.previous?.yen ?? null])).toEqual([
      [2, '4 2億 1,3 0 0万円', 4_213_000_000, 4_114_000_000],
      [7, '1 3 0,000', 130_000_000, 97_500_000],
      [8, '5 2, 4 1 0', 52_410_000, 50_120_000],
    ]);
    spansOk(src, recs);
  });
});

describe('letters OCR read for digits', () => {
  it('an O for a zero after a digit or a comma ("5O億円", "3,5OO万円", "1,O40万円") is read as 0, the text as it stands', () => {
    const rs = extract('令和9年度 架空市予算の概要\n○ 中小企業融資預託金　5O億円（前年度 4億 8,5OO万円）\n○ 特別会計　862億1,O40万円\n');
    expect(rs.map((r) => [r.text, r.yen, r.previous?.yen ?? null])).toEqual([['5O億円', 5_000_000_000, 485_000_000], ['862億1,O40万円', 86_210_400_000, null]]);
  });
  it('an O not after a digit stays a letter: O157, CO2', () => {
    expect(oneLookalikes('O157対策 3億円、CO2削減 2億円')).toBe('O157対策 3億円、CO2削減 2億円');
  });
});
