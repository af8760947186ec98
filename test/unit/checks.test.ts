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

describe('sum: tolerance edges and partial breakdowns', () => {
  it('exactly at the rounding tolerance passes, one yen beyond fails', () => {
    const kids = [rec('a', '10億円', 10e8, { parent: 't' }), rec('b', '20億円', 20e8, { parent: 't' })];
    // three figures in 億: 1.5億 apart at most
    const at = (yen: number) => sumChecks([rec('t', 'x億円', yen), ...kids])[0];
    expect(at(30e8 + 1.5e8)).toMatchObject({ status: 'pass', tolerance: 1.5e8 });
    expect(at(30e8 + 1.5e8 + 1).status).toBe('fail');
    expect(at(30e8 - 1.5e8).status).toBe('pass');
    expect(at(30e8 - 1.5e8 - 1).status).toBe('fail');
  });
  it('a partial breakdown (うち) may fall short of its whole, not exceed it', () => {
    const whole = rec('t', '100億円', 100e8);
    const short = sumChecks([whole, rec('a', '30億円', 30e8, { parent: 't', partial: true })])[0];
    expect(short).toMatchObject({ status: 'pass', partial: true });
    const over = sumChecks([whole, rec('a', '70億円', 70e8, { parent: 't', partial: true }), rec('b', '40億円', 40e8, { parent: 't', partial: true })])[0];
    expect(over).toMatchObject({ status: 'fail', expected: 100e8, actual: 110e8 });
  });
});

describe('property: random trees of rounded figures, several levels', () => {
  // a tree of exact yen figures; each node shown rounded (四捨五入) to its own display unit,
  // a parent's exact value the sum of its children's exact values
  interface Node { exact: number; unit: number; kids: Node[] }
  const units = fc.constantFrom(1e8, 1e6, 1e3);
  const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ exact: fc.integer({ min: 0, max: 9e12 }), unit: units, kids: fc.constant([] as Node[]) }),
      fc.record({ unit: units, kids: fc.array(tie('node'), { minLength: 1, maxLength: 5 }) }).map((n) => ({ ...n, exact: n.kids.reduce((a, k) => a + k.exact, 0) })),
    ),
  })).node;
  const unitWord: Record<number, string> = { 1e8: '億円', 1e6: '百万円', 1e3: '千円' };
  function flatten(root: Node, bump?: { at: number; by: number }): CheckRecord[] {
    const out: CheckRecord[] = [];
    const walk = (n: Node, parent: string | null) => {
      const id = `n${out.length}`;
      const shown = Math.round(n.exact / n.unit);
      const yen = shown * n.unit + (bump && bump.at === out.length ? bump.by : 0);
      out.push(rec(id, `${yen / n.unit}`, yen, { unit: unitWord[n.unit], parent }));
      for (const k of n.kids) walk(k, id);
    };
    walk(root, null);
    return out;
  }
  it('a consistent tree passes at every level', () => {
    fc.assert(fc.property(tree, (t) => sumChecks(flatten(t)).every((c) => c.status === 'pass')), { seed: 12, numRuns: 300 });
  });
  it('a leaf changed by more than its parent allows fails', () => {
    fc.assert(fc.property(tree, fc.nat(), (t, pick) => {
      const flat = flatten(t);
      const leaves = flat.map((r, i) => [r, i] as const).filter(([r]) => r.parent !== null && !flat.some((x) => x.parent === r.id));
      if (!leaves.length) return true;
      const [leaf, at] = leaves[pick % leaves.length];
      const check = sumChecks(flat).find((c) => c.record === leaf.parent)!;
      // one unit of the leaf beyond everything the parent's check allows
      const by = check.tolerance * 2 + 1e8;
      return sumChecks(flatten(t, { at, by })).find((c) => c.record === leaf.parent)!.status === 'fail';
    }), { seed: 13, numRuns: 300 });
  });
});
