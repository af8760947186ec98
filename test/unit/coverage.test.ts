// Figures nobody reviewed: every yen figure the tokenizer finds is a record, an attached figure
// or a candidate; on invented documents.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { coverage, tokenFigures } from '../../shared/coverage';

describe('coverage', () => {
  it('every figure of a document is a record, an attached figure or a candidate', () => {
    const src = '令和9年度予算のポイント\n・港湾整備 2,410億円(2,300億円)\n・空港整備 980億円\n(参考)第3期計画の総事業費は1兆2千億円程度。\n';
    const rs = extract(src);
    const c = coverage(src, rs);
    expect(c.figures).toBe(tokenFigures(src).length);
    expect(c.records + c.attached + c.candidates.length).toBe(c.figures);
    expect(c.attached).toBe(1);
  });
  it('a figure the reviewer removed from the records is a candidate', () => {
    const src = '令和9年度予算\n・港湾整備 2,410億円\n・空港整備 980億円\n';
    const rs = extract(src).filter((r) => r.text !== '980億円');
    expect(coverage(src, rs).candidates.map((f) => [f.line, f.text, f.yen])).toEqual([[3, '980億円', 98_000_000_000]]);
  });
  it('finds bare figures of tables under a unit, not ratios or page numbers', () => {
    const src = '(単位:千円)\n事項\t本年度\t前年度\t増減率\n庁舎管理費\t48,200\t45,900\t5.0\n';
    expect(tokenFigures(src).map((f) => [f.text, f.yen])).toEqual([['48,200', 48_200_000], ['45,900', 45_900_000]]);
  });
});
