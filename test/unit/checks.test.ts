// Checks on figures (sum, change, previous year, repeat) on invented examples, tolerance edges
// included, and a property: consistent trees of rounded figures pass, a changed leaf fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeChecks, displayUnit, previousYearChecks, repeatChecks, runChecks, sumChecks, type CheckRecord } from '../../shared/checks';

const rec = (id: string, text: string, yen: number, over: Partial<CheckRecord> = {}): CheckRecord => ({
  id, documentId: 'd1', text, unit: '億円', yen, item: id, fy: 2027, stage: 'budget', flags: [], previous: null, change: null, parent: null, ...over,
});

describe('display units', () => {
  it('is the smallest unit a figure names, divided by its decimals', () => {
    expect(displayUnit('1兆2,345億円', '億円')).toBe(1e8);
    expect(displayUnit('185億3,328万7千円', '千円')).toBe(1e3);
    expect(displayUnit('0.25億円', '億円')).toBe(1e6);
    expect(displayUnit('52,941', '千円')).toBe(1e3);
    expect(displayUnit('9,245,636 百 万 円', '百万円')).toBe(1e6);
    expect(displayUnit('1,234円', '円')).toBe(1);
  });
});

describe('sum', () => {
  it('passes within half a display unit per figure, fails beyond', () => {
    const parts = [rec('a', '412億円', 412e8, { parent: 't' }), rec('b', '301億円', 301e8, { parent: 't' }), rec('c', '288億円', 288e8, { parent: 't' })];
    // 1,001 exactly; 1,002 is within 4 × 0.5 億 of 1,001; 1,004 is not
    expect(sumChecks([rec('t', '1,001億円', 1001e8), ...parts])[0]).toMatchObject({ kind: 'sum', status: 'pass', actual: 1001e8, related: ['a', 'b', 'c'] });
    expect(sumChecks([rec('t', '1,002億円', 1002e8), ...parts])[0].status).toBe('pass');
    const bad = sumChecks([rec('t', '1,004億円', 1004e8), ...parts])[0];
    expect(bad).toMatchObject({ status: 'fail', expected: 1004e8, actual: 1001e8, tolerance: 2e8 });
  });
  it('records without children give no sum check', () => {
    expect(sumChecks([rec('a', '1億円', 1e8)])).toEqual([]);
  });
});

describe('change', () => {
  it('a change equals the figure minus its previous year', () => {
    const ok = rec('a', '2,410億円', 2410e8, { previous: { text: '2,300億円', yen: 2300e8 }, change: { text: '110億円', yen: 110e8 } });
    const bad = rec('b', '2,410億円', 2410e8, { previous: { text: '2,300億円', yen: 2300e8 }, change: { text: '120億円', yen: 120e8 } });
    expect(changeChecks([ok, bad]).map((c) => [c.record, c.status])).toEqual([['a', 'pass'], ['b', 'fail']]);
    expect(changeChecks([bad])[0]).toMatchObject({ expected: 120e8, actual: 110e8 });
  });
});

describe('previous year', () => {
  it('compares with the same programme in last year\'s document of the same stage', () => {
    const now = [rec('n1', '820億円', 820e8, { item: '森林整備', previous: { text: '790億円', yen: 790e8 } }),
      rec('n2', '600億円', 600e8, { item: '・治山 対策', previous: { text: '610億円', yen: 610e8 } })];
    const last = [rec('l1', '790億円', 790e8, { item: '森林整備', fy: 2026, documentId: 'd0' }), rec('l2', '605億円', 605e8, { item: '治山対策', fy: 2026, documentId: 'd0' })];
    expect(previousYearChecks(now, last).map((c) => [c.record, c.status, c.related[0]])).toEqual([['n1', 'pass', 'l1'], ['n2', 'fail', 'l2']]);
  });
});

describe('repeat', () => {
  it('one item with two figures fails unless one is marked 再掲', () => {
    const a = rec('a', '50億円', 50e8, { item: '港湾整備' });
    expect(repeatChecks([a, rec('b', '52億円', 52e8, { item: '港湾整備' })])[0]).toMatchObject({ status: 'fail', related: ['a'] });
    expect(repeatChecks([a, rec('b', '52億円', 52e8, { item: '港湾整備', flags: ['restated'] })])).toEqual([]);
    expect(repeatChecks([a, rec('b', '50億円', 50e8, { item: '港湾整備' })])[0].status).toBe('pass');
  });
});

describe('property: rounded trees', () => {
  // leaves in yen; every figure shown rounded to the display unit (四捨五入), the parent rounded from the exact sum
  const unit = 1e8;
  const round = (y: number) => Math.round(y / unit) * unit;
  const leaves = fc.array(fc.integer({ min: 0, max: 5_000 * 1e4 }).map((x) => x * 1e4), { minLength: 1, maxLength: 12 });
  it('a consistent tree passes', () => {
    fc.assert(fc.property(leaves, (ys) => {
      const kids = ys.map((y, k) => rec(`k${k}`, `${round(y) / unit}億円`, round(y), { parent: 'p' }));
      const total = round(ys.reduce((a, b) => a + b, 0));
      return runChecks([rec('p', `${total / unit}億円`, total), ...kids]).every((c) => c.status === 'pass');
    }), { seed: 9, numRuns: 300 });
  });
  it('a leaf changed by more than the rounding allows fails', () => {
    fc.assert(fc.property(leaves, fc.nat({ max: 11 }), fc.integer({ min: 1, max: 50 }), (ys, pick, bump) => {
      const k = pick % ys.length;
      const kids = ys.map((y, i) => rec(`k${i}`, '', round(y) + (i === k ? (ys.length + 1) * unit + bump * unit : 0), { parent: 'p' }));
      for (const c of kids) c.text = `${c.yen / unit}億円`;
      const total = round(ys.reduce((a, b) => a + b, 0));
      return sumChecks([rec('p', `${total / unit}億円`, total), ...kids])[0].status === 'fail';
    }), { seed: 10, numRuns: 300 });
  });
});
