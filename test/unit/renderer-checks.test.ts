// The review's words for checks and candidates, in both languages, and candidate stepping.
import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../shared/candidates';
import type { CheckView } from '../../shared/record-checks';
import { checksOfRecord, checkText, failedRecordIds, reasonLabel, stepCandidate } from '../../renderer/logic/checks';
import { buildMarks } from '../../renderer/logic/highlights';
import { defaultKeymap, resolveKey } from '../../renderer/logic/keymap';

const check = (over: Partial<CheckView>): CheckView => ({
  kind: 'sum', status: 'fail', record: 't', expected: 124_300_000_000, actual: 123_400_000_000, related: ['a', 'b'], tolerance: 150_000_000,
  documentId: 'd', relatedDocument: null, reason: null, by: null, at: null, ...over,
});
const cand = (id: string, status: CandidateView['status'], start = 0): CandidateView => ({
  id, documentId: 'd', line: 1, start, end: start + 3, text: '5億円', yen: 5e8, status, reason: null, by: null, at: null, history: [],
});

describe('check words', () => {
  it('a failed sum says both numbers and how far apart, in Japanese and English', () => {
    expect(checkText('en', check({}))).toBe('parts add up to 1,234億円, the total says 1,243億円: 9億円 apart');
    expect(checkText('ja', check({}))).toBe('内訳の合計は 1,234億円、合計欄は 1,243億円: 差 9億円');
    expect(checkText('en', check({ partial: true }))).toMatch(/^the parts \(of which\) add up to/);
    expect(checkText('en', check({ kind: 'previous_year', expected: 79e9, actual: 80e9 }))).toBe('the previous year says 790億円, last year’s document says 800億円: 10億円 apart');
  });
  it('a record’s checks include a repeat that compared with it; the filter takes failed ones only', () => {
    const list = [check({}), check({ kind: 'repeat', record: 'x', related: ['t'] }), check({ kind: 'change', record: 'y', status: 'accepted' })];
    expect(checksOfRecord(list, 't').map((c) => c.kind)).toEqual(['sum', 'repeat']);
    expect([...failedRecordIds(list)]).toEqual(['t', 'x']);
  });
  it('dismissal reasons: listed codes worded, other reasons as written', () => {
    expect(reasonLabel('en', 'not_yen')).toBe('not a yen amount');
    expect(reasonLabel('ja', 'page_number')).toBe('ページ・注の番号');
    expect(reasonLabel('en', '表の注記')).toBe('表の注記');
  });
});

describe('candidates in the review', () => {
  it('steps through the open candidates, skipping decided ones', () => {
    const list = [cand('c1', 'dismissed'), cand('c2', 'open'), cand('c3', 'added'), cand('c4', 'open')];
    expect(stepCandidate(list, null, 1)).toBe('c2');
    expect(stepCandidate(list, 'c2', 1)).toBe('c4');
    expect(stepCandidate(list, 'c4', 1)).toBe('c4');
    expect(stepCandidate(list, 'c4', -1)).toBe('c2');
    expect(stepCandidate([], null, 1)).toBeNull();
  });
  it('marks open and dismissed candidates in the source, not added ones (those are records)', () => {
    const marks = buildMarks([], 100, [cand('c1', 'open', 0), cand('c2', 'dismissed', 10), cand('c3', 'added', 20)]);
    expect(marks.map((m) => [m.recordId, m.role, m.candidate])).toEqual([['c1', 'candidate', 'open'], ['c2', 'candidate', 'dismissed']]);
  });
  it('keys: g / Shift+G step, d dismisses, x accepts a check', () => {
    const ctx = { inEditable: false, inGrid: false };
    expect(resolveKey(defaultKeymap, { key: 'g' }, ctx)).toBe('nextCandidate');
    expect(resolveKey(defaultKeymap, { key: 'G', shiftKey: true }, ctx)).toBe('prevCandidate');
    expect(resolveKey(defaultKeymap, { key: 'd' }, ctx)).toBe('dismissCandidate');
    expect(resolveKey(defaultKeymap, { key: 'x' }, ctx)).toBe('acceptCheck');
    expect(resolveKey(defaultKeymap, { key: 'd' }, { ...ctx, inEditable: true })).toBeNull();
  });
});
