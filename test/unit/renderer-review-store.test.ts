import { beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../renderer/store/push';
import type { ApiClient } from '../../shared/api';
import type { HistoryEntry, RecordRow } from '../../shared/records';
import { ClientError } from '../../renderer/api-client';
import { emptyFilter } from '../../renderer/logic/filters';
import { fieldInputs } from '../../renderer/logic/review';
import { setApiClient } from '../../renderer/store/api';
import { useAppStore } from '../../renderer/store/app';
import { useDocumentsStore } from '../../renderer/store/documents';
import { useNoticeStore } from '../../renderer/store/notice';
import { useReviewStore } from '../../renderer/store/review';

const DOC_ID = '1'.repeat(64);
const TEXT = 'abc def ghi 52億円 jkl';
function row(id: string, start: number, over: Partial<RecordRow> = {}): RecordRow {
  return {
    id, documentId: DOC_ID, origin: 'extracted', status: 'pending', approvedBy: null, approvedAt: null, approvalVoid: null, parent: null, accepted: {}, edited: [], conflicts: [],
    comments: [], lastActor: null, updatedAt: '',
    line: 1, start, end: start + 3, text: TEXT.slice(start, start + 3), yen: 100_000_000, unit: '億円', item: null, section: [], fy: 2025,
    stage: 'budget', flags: [], previous: null, supplementary: null, change: null, confidence: 1, warnings: [],
    ...over,
  };
}

type Calls = { method: string; args: unknown }[];

/** A fake store: records by id, every call logged. */
function fakeApi(profile: string | null, over: Partial<ApiClient> = {}) {
  const calls: Calls = [];
  const db = new Map<string, RecordRow>([
    ['r1', row('r1', 0)],
    ['r2', row('r2', 4, { status: 'approved' })],
    ['r3', row('r3', 8)],
    ['r4', row('r4', 18)],
  ]);
  let name = profile;
  const entry = (field: string, from: unknown, to: unknown): HistoryEntry => ({
    eventId: 'e'.repeat(64), at: '2025-01-01T00:00:00.000Z-0000-0000000000000000', actor: name ?? '', kind: 'set', field, from, to, reason: null, undoOf: null, redoOf: null,
  });
  const need = () => {
    if (!name) throw new ClientError('no_profile', 'give a name first');
  };
  const api: Partial<ApiClient> = {
    getProfile: async () => ({ name }),
    setProfile: async (a) => ((name = a.name), { name }),
    getProgress: async () => ({ reviewed: [...db.values()].filter((r) => r.status !== 'pending').length, total: 10 }),
    setStatus: async (a) => {
      need();
      const r = { ...db.get(a.recordId)!, status: a.status, approvedBy: a.status === 'approved' ? name : null };
      db.set(r.id, r);
      return r;
    },
    setField: async (a) => {
      need();
      if (a.input === 'server says no') throw new ClientError('bad_value', 'refused by the store');
      const r = { ...db.get(a.recordId)!, yen: 256_600_000_000, edited: ['yen'] };
      db.set(r.id, r);
      return r;
    },
    addComment: async (a) => {
      need();
      const r = { ...db.get(a.recordId)!, comments: [{ id: 'c'.repeat(64), actor: name!, at: '', text: a.text, resolved: false, resolvedBy: null }] };
      db.set(r.id, r);
      return r;
    },
    undo: async () => {
      need();
      const r = { ...db.get('r3')!, status: 'pending' as const };
      db.set('r3', r);
      return { record: r, entry: entry('status', 'pending', 'rejected') };
    },
    redo: async () => null,
    addRecord: async (a) => {
      need();
      const r = row('r9', a.start, { end: a.end, text: TEXT.slice(a.start, a.end), origin: 'manual' });
      db.set('r9', r);
      return r;
    },
    getHistory: async () => [entry('yen', 1, 2)],
    listDocuments: async () => useDocumentsStore.getState().documents,
    ...over,
  };
  const wrapped = Object.fromEntries(
    Object.entries(api).map(([k, f]) => [k, (a: never) => (calls.push({ method: k, args: a }), (f as (a: never) => unknown)(a))]),
  ) as unknown as ApiClient;
  return { client: wrapped, calls, db };
}

const docs = () => useDocumentsStore.getState();
const review = () => useReviewStore.getState();
const methods = (calls: Calls) => calls.map((c) => c.method);

function openDoc(records: RecordRow[]) {
  useDocumentsStore.setState({
    documents: [{ id: DOC_ID, title: 't', fileName: 'a.txt', bytes: 1, encoding: 'utf-8', importedAt: '', importedBy: '', records: records.length, reviewed: 0 }],
    documentsLoaded: true, selectedDocId: DOC_ID, doc: { id: DOC_ID, title: 't', fileName: 'a.txt', text: TEXT }, records, docLoading: false,
    selectedRecordId: null, selectionOrigin: null, selectionSeq: 0, displayOrder: records.map((r) => r.id),
  });
}

beforeEach(() => {
  useNoticeStore.setState({ notice: null });
  useReviewStore.setState({
    profile: null, profileLoaded: false, profileDialog: false, filter: emptyFilter, detailTab: 'fields', editor: null, helpOpen: false,
    addDraft: null, progressAll: null, history: null, inFlight: [], gridFocusSeq: 0, commentFocusSeq: 0, searchFocusSeq: 0,
  });
  openDoc([row('r1', 0), row('r2', 4, { status: 'approved' }), row('r3', 8), row('r4', 18)]);
});

describe('renderer review store', () => {
  it('asks for the name on first start; review actions wait for it', async () => {
    const fake = fakeApi(null);
    setApiClient(fake.client);
    await review().loadProfile();
    expect(review().profileDialog).toBe(true);
    docs().selectRecord('r1', 'key');
    await review().review('approved');
    expect(methods(fake.calls)).not.toContain('setStatus');
    expect(useNoticeStore.getState().notice).toMatchObject({ code: 'no_profile' });
    review().closeProfileDialog(); // refused: the name is needed
    expect(review().profileDialog).toBe(true);
    expect(await review().saveProfile('  花子 ')).toBe(true);
    expect(fake.calls.find((c) => c.method === 'setProfile')!.args).toEqual({ name: '花子' });
    expect(review().profile).toBe('花子');
    expect(review().profileDialog).toBe(false);
    expect(useNoticeStore.getState().notice).toBeNull();
  });

  it('approves and moves on to the next pending record at once; fast keys act on successive records', async () => {
    const fake = fakeApi('花子');
    setApiClient(fake.client);
    await review().loadProfile();
    docs().selectRecord('r1', 'key');
    const first = review().review('approved');
    expect(docs().selectedRecordId).toBe('r3'); // r2 is approved already
    const second = review().review('rejected');
    expect(docs().selectedRecordId).toBe('r4');
    await Promise.all([first, second]);
    const sent = fake.calls.filter((c) => c.method === 'setStatus').map((c) => c.args);
    expect(sent).toEqual([{ recordId: 'r1', status: 'approved' }, { recordId: 'r3', status: 'rejected' }]);
    expect(docs().records.map((r) => r.status)).toEqual(['approved', 'approved', 'rejected', 'pending']);
    expect(docs().records[0].approvedBy).toBe('花子');
    expect(docs().documents[0].reviewed).toBe(3);
    expect(review().inFlight).toEqual([]);
    expect(review().gridFocusSeq).toBeGreaterThan(0);
    // The counts over every document follow the host's push of what changed, not each key.
    expect(fake.calls.filter((c) => c.method === 'getProgress')).toHaveLength(1); // loadProfile's
    await applyChanges([{ id: docs().selectedDocId!, records: ['r1', 'r3'] }], false);
    expect(review().progressAll).toEqual({ reviewed: 3, total: 10 });
    // Reset to pending does not move on.
    docs().selectRecord('r3', 'key');
    await review().review('pending');
    expect(docs().selectedRecordId).toBe('r3');
  });

  it('n/p follow the displayed (filtered, sorted) order', async () => {
    setApiClient(fakeApi('花子').client);
    docs().setDisplayOrder(['r4', 'r3', 'r2']); // r1 filtered out, sorted backwards
    review().goPending(1);
    expect(docs().selectedRecordId).toBe('r4');
    review().goPending(1);
    expect(docs().selectedRecordId).toBe('r3');
    review().goPending(-1);
    expect(docs().selectedRecordId).toBe('r4');
  });

  it('refuses an unreadable amount in place without a call; sends a readable one with the reason', async () => {
    const fake = fakeApi('花子');
    setApiClient(fake.client);
    await review().loadProfile();
    docs().selectRecord('r1', 'key');
    review().openEditor();
    expect(review().editor).toEqual({ recordId: 'r1', focus: 'yen' });
    const r1 = docs().records[0];
    const initial = fieldInputs(r1);
    const errs = await review().commitEdit('r1', initial, { ...initial, yen: '12億円abc' }, '');
    expect(errs.yen).toBe('Unexpected character “a” at position 5.');
    useAppStore.getState().setLocale('ja');
    const ja = await review().commitEdit('r1', initial, { ...initial, yen: '12億円abc' }, '');
    expect(ja.yen).toBe('5 文字目の「a」は金額に使えません。');
    useAppStore.getState().setLocale('en');
    expect(methods(fake.calls)).not.toContain('setField');
    expect(review().editor).not.toBeNull();

    const bad = await review().commitEdit('r1', initial, { ...initial, yen: '2,566億円', item: 'server says no' }, '');
    expect(bad.item).toBe('refused by the store');
    const ok = await review().commitEdit('r1', initial, { ...initial, yen: '2,566億円' }, ' 原文 ');
    expect(ok).toEqual({});
    expect(fake.calls.filter((c) => c.method === 'setField').at(-1)!.args).toEqual({ recordId: 'r1', field: 'yen', input: '2,566億円', reason: '原文' });
    expect(docs().records[0].yen).toBe(256_600_000_000);
    expect(review().editor).toBeNull();
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'edit.saved', params: { count: 1 } });
  });

  it('undo shows what was taken back, in the current language, and selects the record', async () => {
    const fake = fakeApi('花子');
    setApiClient(fake.client);
    await review().loadProfile();
    useDocumentsStore.setState({ records: docs().records.map((r) => (r.id === 'r3' ? { ...r, status: 'rejected' } : r)) });
    await review().undo();
    expect(docs().records.find((r) => r.id === 'r3')!.status).toBe('pending');
    expect(docs().selectedRecordId).toBe('r3');
    const n = useNoticeStore.getState().notice!;
    expect(n.key).toBe('undo.done');
    expect(n.paramsFor!('ja')).toEqual({ change: '状態: 未確認 → 却下', item: 'ghi' });
    expect(n.paramsFor!('en').change).toBe('status: Pending → Rejected');
    await review().redo();
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'redo.nothing' });
  });

  it('posts a comment on the selected record and loads its history', async () => {
    const fake = fakeApi('花子');
    setApiClient(fake.client);
    await review().loadProfile();
    docs().selectRecord('r4', 'key');
    review().focusComment();
    expect(review().detailTab).toBe('comments');
    expect(review().commentFocusSeq).toBe(1);
    expect(await review().addComment('  要確認 ')).toBe(true);
    expect(fake.calls.find((c) => c.method === 'addComment')!.args).toEqual({ recordId: 'r4', text: '要確認' });
    expect(docs().records[3].comments[0]).toMatchObject({ actor: '花子', text: '要確認' });
    expect(await review().addComment('   ')).toBe(false);
    await review().loadHistory(docs().records[3]);
    expect(review().history).toMatchObject({ recordId: 'r4', entries: [{ field: 'yen' }] });
    await review().loadHistory(docs().records[3]); // same version: no second call
    expect(methods(fake.calls).filter((m) => m === 'getHistory')).toHaveLength(1);
  });

  it('adds a missed record from a selection, or from the text as written near the selection', async () => {
    const fake = fakeApi('花子');
    setApiClient(fake.client);
    await review().loadProfile();
    const start = TEXT.indexOf('52億円');
    const draft = { text: '52億円', start, end: start + 4, amount: '52億円', item: 'ghi', fy: '2025', stage: 'budget' as const };
    review().openAdd(draft);
    expect(review().addDraft).toEqual(draft);
    expect(await review().submitAdd(draft)).toBeNull();
    expect(fake.calls.find((c) => c.method === 'addRecord')!.args).toEqual({
      documentId: DOC_ID, start, end: start + 4, amount: '52億円', item: 'ghi', fy: '2025', stage: 'budget',
    });
    expect(docs().records.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r9', 'r4']);
    expect(docs().selectedRecordId).toBe('r9');
    expect(review().addDraft).toBeNull();

    // Typed without a selection: found in the text.
    const typed = { ...draft, start: null, end: null, amount: '' };
    await review().submitAdd(typed);
    expect(fake.calls.filter((c) => c.method === 'addRecord').at(-1)!.args).toMatchObject({ start, end: start + 4, amount: '52億円' });
    expect(await review().submitAdd({ ...typed, text: '99億円' })).toEqual({ key: 'add.notFound', params: { text: '99億円' } });
    expect(await review().submitAdd({ ...typed, text: '' })).toEqual({ key: 'add.needText' });
    setApiClient(fakeApi('花子', { addRecord: async () => { throw new ClientError('duplicate', 'a record already covers exactly this text'); } }).client);
    expect(await review().submitAdd(draft)).toEqual({ key: 'add.failed', params: { message: 'a record already covers exactly this text' } });
  });
});
