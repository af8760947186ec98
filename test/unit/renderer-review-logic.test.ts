import { describe, expect, it } from 'vitest';
import type { HistoryEntry, RecordRow } from '../../shared/records';
import { advanceAfterReview, activeFilterCount, applyFilter, emptyFilter, findPending, fiscalYearsOf, matchesFilter } from '../../renderer/logic/filters';
import {
  approvalVoidText,
  describeEntry,
  fieldInputs,
  formatTime,
  formatValue,
  inputError,
  planEdit,
  undoNoticeParams,
} from '../../renderer/logic/review';
import { boundaryOffset, findSpan, guessItem, normalizeSpan, prefillDraft, type NodeLike } from '../../renderer/logic/selection';
import { parseFieldInput } from '../../shared/review';

const DOC_ID = '1'.repeat(64);
function row(id: string, start: number, over: Partial<RecordRow> = {}): RecordRow {
  return {
    id, documentId: DOC_ID, origin: 'extracted', status: 'pending', approvedBy: null, approvedAt: null, approvalVoid: null, parent: null, accepted: {}, edited: [], conflicts: [],
    comments: [], lastActor: null, updatedAt: '',
    line: 1, start, end: start + 3, text: 'abc', yen: 100_000_000, unit: '億円', item: null, section: [], fy: 2025,
    stage: 'budget', flags: [], previous: null, supplementary: null, change: null, confidence: 1, warnings: [],
    ...over,
  };
}
const comment = (resolved = false) => ({ id: 'c', actor: 'x', at: '', text: 't', resolved, resolvedBy: null });

describe('renderer filters', () => {
  const recs = [
    row('a', 0, { status: 'approved', item: '科学研究費助成事業', stage: 'budget', fy: 2025, confidence: 0.95 }),
    row('b', 10, { status: 'pending', item: 'ＪＳＴ 戦略的創造', stage: 'request', fy: 2024, flags: ['new'], confidence: 0.5, warnings: [{ code: 'prose', message: '' }] }),
    row('c', 20, { status: 'rejected', item: null, text: '52億円', fy: null, comments: [comment()] }),
    row('d', 30, { status: 'pending', approvalVoid: { approvedBy: '花子', field: 'yen', actor: '太郎', at: '' }, comments: [comment(true)] }),
  ];
  const ids = (f: Partial<typeof emptyFilter>) => applyFilter(recs, { ...emptyFilter, ...f }).map((r) => r.id);

  it('filters by status, stage, year, flag, confidence, comments, warnings', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ status: 'pending' })).toEqual(['b', 'd']);
    expect(ids({ status: 'void' })).toEqual(['d']);
    expect(ids({ stage: 'request' })).toEqual(['b']);
    expect(ids({ fy: 2025 })).toEqual(['a', 'd']);
    expect(ids({ fy: 'none' })).toEqual(['c']);
    expect(ids({ flag: 'new' })).toEqual(['b']);
    expect(ids({ confidenceBelow: 0.6 })).toEqual(['b']);
    expect(ids({ hasComments: true })).toEqual(['c']); // a resolved thread does not count
    expect(ids({ hasWarnings: true })).toEqual(['b']);
    expect(ids({ status: 'pending', hasWarnings: true })).toEqual(['b']);
  });

  it('searches items, the amount as written and the section, width-insensitively', () => {
    expect(ids({ search: '科学' })).toEqual(['a']);
    expect(ids({ search: 'jst' })).toEqual(['b']); // full-width ＪＳＴ
    expect(ids({ search: '52億' })).toEqual(['c']);
    expect(ids({ search: 'jst 戦略' })).toEqual(['b']);
    expect(ids({ search: '  ' })).toEqual(['a', 'b', 'c', 'd']);
    expect(matchesFilter(row('s', 0, { section: ['一般会計'] }), { ...emptyFilter, search: '一般' })).toBe(true);
  });

  it('counts active filters and lists fiscal years', () => {
    expect(activeFilterCount(emptyFilter)).toBe(0);
    expect(activeFilterCount({ ...emptyFilter, status: 'pending', search: 'x', hasComments: true })).toBe(3);
    expect(fiscalYearsOf(recs)).toEqual([2025, 2024, 'none']);
    expect(applyFilter(recs, emptyFilter)).toBe(recs); // no copy when nothing filters
  });

  it('finds the next and previous pending record, wrapping, skipping records in flight', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const st: Record<string, RecordRow['status']> = { a: 'pending', b: 'approved', c: 'pending', d: 'rejected', e: 'pending' };
    const of = (id: string) => st[id];
    expect(findPending(order, of, null, 1)).toBe('a');
    expect(findPending(order, of, null, -1)).toBe('e');
    expect(findPending(order, of, 'a', 1)).toBe('c');
    expect(findPending(order, of, 'c', -1)).toBe('a');
    expect(findPending(order, of, 'e', 1)).toBe('a'); // wraps
    expect(findPending(order, of, 'a', 1, new Set(['c']))).toBe('e');
    expect(findPending(['a'], of, 'a', 1)).toBeNull();
    expect(findPending([], of, null, 1)).toBeNull();
  });

  it('advances after a review to the next pending, else the next row, else stays', () => {
    const st: Record<string, RecordRow['status']> = { a: 'pending', b: 'approved', c: 'pending' };
    const of = (id: string) => st[id];
    expect(advanceAfterReview(['a', 'b', 'c'], of, 'a')).toBe('c');
    expect(advanceAfterReview(['a', 'b', 'c'], of, 'c')).toBe('a');
    expect(advanceAfterReview(['a', 'b', 'c'], of, 'a', new Set(['c']))).toBe('b');
    expect(advanceAfterReview(['a'], of, 'a')).toBe('a');
  });
});

describe('renderer review logic', () => {
  const r = row('r', 0, {
    item: '科研費', yen: 237_900_000_000, previous: { text: '2,377億円', yen: 237_700_000_000, start: 5, end: 10 }, fy: 2025,
    stage: 'budget', flags: ['new', 'portion'],
  });

  it('prefills the edit form with text the parser reads back to the same values', () => {
    const inputs = fieldInputs(r);
    expect(inputs).toEqual({ item: '科研費', yen: '2,379億円', previous: '2,377億円', supplementary: '', fy: '2025', stage: 'budget', flags: '新規、内数', parent: '' });
    for (const [field, input] of Object.entries(inputs)) {
      expect(parseFieldInput(field as never, input).ok, field).toBe(true);
    }
    expect(planEdit(r, inputs, inputs)).toEqual({ errors: {}, changes: [] });
    const big = row('b', 0, { yen: 1_185_912_345_678 });
    expect(parseFieldInput('yen', fieldInputs(big).yen)).toEqual({ ok: true, value: 1_185_912_345_678 });
  });

  it('refuses unreadable input with the parser’s message and sends nothing', () => {
    const initial = fieldInputs(r);
    for (const bad of ['12億円abc', '1..5億', '']) {
      const plan = planEdit(r, initial, { ...initial, yen: bad });
      expect(plan.errors.yen, bad).toBeTruthy();
      expect(plan.changes).toEqual([]);
      expect(inputError('yen', bad, initial.yen)).toBe(plan.errors.yen);
    }
    expect(inputError('yen', initial.yen, initial.yen)).toBeNull();
    expect(planEdit(r, initial, { ...initial, fy: 'R99x' }).errors.fy).toMatch(/fiscal year/);
  });

  it('sends only fields whose value changes, in every accepted notation', () => {
    const initial = fieldInputs(r);
    for (const input of ['2,566億円', '2566億', '2566 億円', '256,600,000,000']) {
      expect(planEdit(r, initial, { ...initial, yen: input }).changes).toEqual([{ field: 'yen', input }]);
    }
    expect(planEdit(r, initial, { ...initial, yen: '2379億円' }).changes).toEqual([]); // same value
    expect(planEdit(r, initial, { ...initial, fy: 'R7' }).changes).toEqual([]);
    expect(planEdit(r, initial, { ...initial, fy: 'R6', stage: 'request' }).changes.map((c) => c.field)).toEqual(['fy', 'stage']);
  });

  it('formats clock strings as local time, values per field, history steps', () => {
    const at = '2025-03-04T05:06:07.089Z-0001-0123456789abcdef';
    const d = new Date(Date.parse('2025-03-04T05:06:07.089Z'));
    const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    expect(formatTime(at)).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2} ${hm}$`));
    expect(formatTime(at, d)).toBe(hm);
    expect(formatTime('0000-00-00T00:00:00.000Z-0000-0000000000000000')).toBe('—');
    expect(formatValue('yen', 256_600_000_000, 'ja')).toBe('2,566億円');
    expect(formatValue('status', 'rejected', 'en')).toBe('Rejected');
    expect(formatValue('flags', ['new'], 'ja')).toBe('新規');
    expect(formatValue('fy', 2025, 'en')).toBe('2025 / R7');
    expect(formatValue('previous', null, 'en')).toBe('—');
    expect(formatValue('yen', [1e8, 2e8], 'ja')).toBe('1億円 | 2億円');
    const e: HistoryEntry = { eventId: 'e', at, actor: '花子', kind: 'set', field: 'yen', from: 237_900_000_000, to: 256_600_000_000, reason: null, undoOf: null, redoOf: null };
    expect(describeEntry(e, 'ja')).toBe('金額: 2,379億円 → 2,566億円');
    expect(describeEntry({ ...e, kind: 'comment', field: null, from: null, to: '確認' }, 'en')).toBe('commented: 確認');
    expect(describeEntry({ ...e, kind: 'created' }, 'en')).toBe('created by the extractor');
    expect(undoNoticeParams({ record: r, entry: { ...e, field: 'status', from: 'pending', to: 'rejected' } }, 'en')).toEqual({
      change: 'status: Pending → Rejected',
      item: '科研費',
    });
  });

  it('says why an approval is void', () => {
    const at = '2025-03-04T05:06:07.089Z-0001-0123456789abcdef';
    const v = { approvalVoid: { approvedBy: '花子', field: 'yen', actor: '太郎', at } };
    const text = approvalVoidText(v, 'en', new Date(Date.parse('2025-03-04T05:06:07.089Z')))!;
    expect(text).toMatch(/^Approval by 花子 void: 太郎 changed amount at \d\d:\d\d — back in review$/);
    expect(approvalVoidText(v, 'ja')).toContain('花子 の承認は無効');
    expect(approvalVoidText({ approvalVoid: null }, 'en')).toBeNull();
  });
});

describe('renderer add-record selection', () => {
  // <div>(chunk) <span data-offset=0>"ab "</span><span data-offset=3>"2,566億円"</span><span data-offset=10>"\nx"</span></div>
  const el = (offset: number | null, children: NodeLike[] = []): NodeLike => {
    const n: NodeLike = { nodeType: 1, parentNode: null, childNodes: children, textContent: children.map((c) => c.textContent).join(''), dataset: offset === null ? {} : { offset: String(offset) } };
    for (const c of children) c.parentNode = n;
    return n;
  };
  const txt = (s: string): NodeLike => ({ nodeType: 3, parentNode: null, childNodes: [], textContent: s });
  const t1 = txt('ab ');
  const t2 = txt('2,566億円');
  const t3 = txt('\nx');
  const s1 = el(0, [t1]);
  const s2 = el(3, [t2]);
  const s3 = el(10, [t3]);
  const chunk = el(null, [s1, s2, s3]);

  it('maps DOM boundaries to text offsets through data-offset', () => {
    expect(boundaryOffset(t2, 0)).toBe(3);
    expect(boundaryOffset(t2, 5)).toBe(8);
    expect(boundaryOffset(t1, 3)).toBe(3);
    expect(boundaryOffset(s2, 0)).toBe(3);
    expect(boundaryOffset(s2, 1)).toBe(10);
    expect(boundaryOffset(chunk, 1)).toBe(3); // between the first and second span
    expect(boundaryOffset(chunk, 3)).toBe(12); // after the last
    expect(boundaryOffset(txt('loose'), 1)).toBeNull();
  });

  it('orders, trims and refuses spans over a line break', () => {
    const text = 'ab 2,566億円\nx';
    expect(normalizeSpan(text, 10, 2)).toEqual({ start: 3, end: 10 });
    expect(normalizeSpan(text, 3, 12)).toBeNull();
    expect(normalizeSpan(text, 2, 3)).toBeNull();
    expect(normalizeSpan(text, null, 3)).toBeNull();
  });

  it('prefills the form: amount from the selection, item from the line, stage and year from the document', () => {
    const text = '概要\n・科学研究費助成事業（科研費）：2,379億円（2,377億円）\n';
    const start = text.indexOf('2,379億円');
    expect(guessItem(text, start)).toBe('科学研究費助成事業（科研費）');
    const prose = '前文。 1. 運営費交付金 52億円';
    expect(guessItem(prose, prose.indexOf('52'))).toBe('運営費交付金');
    const recs = [row('a', 0, { fy: 2025, stage: 'request' }), row('b', 1, { fy: 2025, stage: 'request' }), row('c', 2, { fy: 2024, stage: 'budget' })];
    expect(prefillDraft(text, { start, end: start + 7 }, recs)).toEqual({
      text: '2,379億円', start, end: start + 7, amount: '2,379億円', item: '科学研究費助成事業（科研費）', fy: '2025', stage: 'request',
    });
    expect(prefillDraft(text, { start: 0, end: 2 }, []).amount).toBe(''); // not an amount: typed by hand
    expect(prefillDraft(text, null, []).stage).toBe('budget');
  });

  it('finds the amount as written nearest the selected record, preferring uncovered text', () => {
    const text = '52億円 … 52億円 … 52億円';
    const second = text.indexOf('52億円', 1);
    expect(findSpan(text, '52億円', second + 1)).toEqual({ start: second, end: second + 4 });
    expect(findSpan(text, '52億円', second, [{ start: second, end: second + 4 }])!.start).not.toBe(second);
    expect(findSpan(text, '99億円', 0)).toBeNull();
    expect(findSpan(text, '', 0)).toBeNull();
  });
});
