import { describe, expect, it } from 'vitest';
import { fitWidthScale, overlaysByPage, pageAt, pageTops, stepZoom, PAGE_GAP } from '../../renderer/logic/pageview';
import type { RecordRow } from '../../shared/records';

const rec = (id: string, page: number | null, box: [number, number, number, number] | null, status: RecordRow['status'] = 'pending') =>
  ({ id, page, box, status }) as RecordRow;

describe('page view arithmetic', () => {
  it('puts each placed record on its page, scaled, with a little room around the figure', () => {
    const by = overlaysByPage([rec('a', 1, [10, 20, 30, 32]), rec('b', 2, [0, 0, 10, 10], 'approved'), rec('c', null, null)], 2);
    expect([...by.keys()]).toEqual([1, 2]);
    const a = by.get(1)![0];
    expect(a).toMatchObject({ id: 'a', status: 'pending' });
    expect(a.left).toBeCloseTo(17);
    expect(a.top).toBeCloseTo(37);
    expect(a.width).toBeCloseTo(46);
    expect(a.height).toBeCloseTo(30);
    expect(by.get(2)![0].status).toBe('approved');
  });

  it('fits the widest page to the width, and steps zoom through fixed stops', () => {
    expect(fitWidthScale([{ width: 600, height: 800 }, { width: 400, height: 800 }], 300)).toBe(0.5);
    expect(stepZoom(0.65, 1)).toBe(0.67);
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.8);
    expect(stepZoom(3, 1)).toBe(3);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });

  it('stacks pages with gaps and tells which page a scroll position shows', () => {
    const { tops, height } = pageTops([{ width: 100, height: 200 }, { width: 100, height: 200 }], 1);
    expect(tops).toEqual([PAGE_GAP, 2 * PAGE_GAP + 200]);
    expect(height).toBe(3 * PAGE_GAP + 400);
    expect(pageAt(tops, 0, 300)).toBe(1);
    expect(pageAt(tops, 200, 300)).toBe(2);
  });
});
