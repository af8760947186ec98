import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMarks,
  chunkIndexAt,
  chunksByRecord,
  chunkText,
  lineStarts,
  segmentText,
  sliceSegments,
  type MarkSource,
} from '../../renderer/logic/highlights';

const text = '科研費 2,379億円(2,377億円)【52億円】\n次の行 438億円(437億円)\n';
const at = (s: string, from = 0) => {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(s);
  return { start: i, end: i + s.length };
};
const fig = (s: string, from = 0) => ({ text: s, yen: 1, ...at(s, from) });

const rec = (id: string, s: string, extra: Partial<MarkSource> = {}): MarkSource => ({
  id,
  status: 'pending',
  ...at(s),
  ...extra,
});

describe('renderer highlights', () => {
  it('splits text into plain and marked segments, with secondary figures', () => {
    const records = [
      rec('a', '2,379億円', { previous: fig('2,377億円'), supplementary: fig('52億円') }),
      rec('b', '438億円', { status: 'approved', previous: fig('437億円') }),
    ];
    const marks = buildMarks(records, text.length);
    expect(marks).toHaveLength(5);
    const segs = segmentText(text.length, marks);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const marked = segs.filter((s) => s.mark).map((s) => [text.slice(s.start, s.end), s.mark!.recordId, s.mark!.role]);
    expect(marked).toEqual([
      ['2,379億円', 'a', 'amount'],
      ['2,377億円', 'a', 'previous'],
      ['52億円', 'a', 'supplementary'],
      ['438億円', 'b', 'amount'],
      ['437億円', 'b', 'previous'],
    ]);
    expect(segs.find((s) => s.mark?.recordId === 'b' && s.mark.primary)!.mark!.status).toBe('approved');
  });

  it('lets a record’s amount win over another record’s secondary figure on overlap', () => {
    const span = at('2,377億円');
    const records = [
      rec('a', '2,379億円', { previous: { text: 'x', yen: 1, start: span.start - 2, end: span.end } }),
      { id: 'b', status: 'pending' as const, ...span },
    ];
    const segs = segmentText(text.length, buildMarks(records, text.length));
    const b = segs.filter((s) => s.mark?.recordId === 'b');
    expect(b).toHaveLength(1);
    expect(text.slice(b[0].start, b[0].end)).toBe('2,377億円');
    const aPrev = segs.filter((s) => s.mark?.role === 'previous');
    expect(aPrev.map((s) => text.slice(s.start, s.end))).toEqual(['(']); // '円' stays a's amount, '2,377億円' is b's
  });

  it('keeps the earlier of two overlapping amounts in one piece', () => {
    const t = 'abcdefghij';
    const segs = segmentText(t.length, [
      { recordId: 'x', role: 'amount', primary: true, start: 2, end: 6, status: 'pending' },
      { recordId: 'y', role: 'amount', primary: true, start: 4, end: 8, status: 'pending' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.mark?.recordId ?? null])).toEqual([
      [0, 2, null],
      [2, 6, 'x'],
      [6, 8, 'y'],
      [8, 10, null],
    ]);
  });

  it('drops empty and out-of-range spans and clamps', () => {
    const marks = buildMarks(
      [
        { id: 'e', start: 5, end: 5, status: 'pending' },
        { id: 'i', start: 7, end: 3, status: 'pending' },
        { id: 'c', start: -4, end: 3, status: 'pending' },
        { id: 'o', start: 100, end: 120, status: 'pending' },
      ],
      10,
    );
    expect(marks.map((m) => [m.recordId, m.start, m.end])).toEqual([['c', 0, 3]]);
    expect(segmentText(0, [])).toEqual([]);
  });

  it('segments always tile the text, sorted, for arbitrary overlapping spans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: 0, max: 12 }), fc.boolean()), { maxLength: 12 }),
        (len, spans) => {
          const records: MarkSource[] = spans.map(([s, l, withPrev], i) => ({
            id: `r${i}`,
            start: s,
            end: s + l,
            status: 'pending',
            previous: withPrev ? { text: '', yen: 0, start: s + 1, end: s + l + 3 } : null,
          }));
          const marks = buildMarks(records, len);
          const segs = segmentText(len, marks);
          let pos = 0;
          for (const s of segs) {
            expect(s.start).toBe(pos);
            expect(s.end).toBeGreaterThan(s.start);
            pos = s.end;
          }
          expect(pos).toBe(len);
          // Every character covered by some primary mark is shown as a primary mark.
          for (const s of segs) {
            const coveredByPrimary = marks.some((m) => m.primary && m.start < s.end && m.end > s.start);
            if (coveredByPrimary) expect(s.mark?.primary).toBe(true);
            if (!marks.some((m) => m.start < s.end && m.end > s.start)) expect(s.mark).toBeNull();
          }
        },
      ),
    );
  });

  it('chunks by lines without cutting through a mark', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`);
    const t = lines.join('\n');
    const starts = lineStarts(t);
    expect(starts).toHaveLength(25);
    // A mark from line 10 into line 12 (as an amount broken over lines by PDF extraction).
    const mark = { recordId: 'm', role: 'amount' as const, primary: true, start: starts[9] + 2, end: starts[11] + 3, status: 'pending' as const };
    const chunks = chunkText(t, 10, [mark]);
    expect(chunks[0]).toMatchObject({ start: 0, firstLine: 1, lineCount: 12 });
    expect(chunks[0].end).toBe(starts[12]);
    expect(chunks[1]).toMatchObject({ start: starts[12], firstLine: 13, lineCount: 10 });
    expect(chunks[2]).toMatchObject({ firstLine: 23, lineCount: 3, end: t.length });
    for (let i = 1; i < chunks.length; i++) expect(chunks[i].start).toBe(chunks[i - 1].end);
    expect(chunkIndexAt(chunks, mark.start)).toBe(0);
    expect(chunkIndexAt(chunks, t.length)).toBe(2);
    expect(chunksByRecord(chunks, [mark]).get('m')).toEqual([0]);
    expect(chunkText('', 10)).toEqual([{ index: 0, start: 0, end: 0, firstLine: 1, lineCount: 1 }]);
  });

  it('slices segments to a chunk', () => {
    const segs = segmentText(20, [{ recordId: 'a', role: 'amount', primary: true, start: 5, end: 15, status: 'pending' }]);
    expect(sliceSegments(segs, 10, 20).map((s) => [s.start, s.end, s.mark?.recordId ?? null])).toEqual([
      [10, 15, 'a'],
      [15, 20, null],
    ]);
    expect(sliceSegments(segs, 0, 5).map((s) => [s.start, s.end])).toEqual([[0, 5]]);
    expect(sliceSegments(segs, 20, 20)).toEqual([]);
  });

  it('is fast enough for a 100 KB document with thousands of marks', () => {
    const big = 'あいうえお 1,234億円(1,200億円)\n'.repeat(4000);
    const recs: MarkSource[] = [];
    let from = 0;
    for (let i = 0; i < 4000; i++) {
      const s = big.indexOf('1,234億円', from);
      const p = big.indexOf('1,200億円', s);
      recs.push({ id: `r${i}`, start: s, end: s + 7, status: 'pending', previous: { text: '', yen: 0, start: p, end: p + 7 } });
      from = p;
    }
    const t0 = performance.now();
    const marks = buildMarks(recs, big.length);
    const segs = segmentText(big.length, marks);
    const chunks = chunkText(big, 40, marks);
    for (const c of chunks) sliceSegments(segs, c.start, c.end);
    chunksByRecord(chunks, marks);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(segs.filter((s) => s.mark?.primary)).toHaveLength(4000);
    expect(chunks).toHaveLength(101);
  });
});
