import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { applyChanges, applyPush, queueChanges } from '../../renderer/store/push';
import type { DocumentSummary, RecordRow } from '../../shared/records';
import { ClientError } from '../../renderer/api-client';
import { useAppStore } from '../../renderer/store/app';
import { setApiClient } from '../../renderer/store/api';
import { reviewProgress, selectedRecord, useDocumentsStore } from '../../renderer/store/documents';
import { useNoticeStore } from '../../renderer/store/notice';

const ID1 = '1'.repeat(64);
const ID2 = '2'.repeat(64);

const summary = (id: string, fileName: string): DocumentSummary => ({
  id, title: fileName, fileName, bytes: 10, encoding: 'utf-8', importedAt: '', importedBy: '', records: 0, reviewed: 0,
});
const row = (id: string, start: number, status: RecordRow['status'] = 'pending'): RecordRow => ({
  id, documentId: ID1, origin: 'extracted', status, approvedBy: null, approvedAt: null, approvalVoid: null, parent: null, accepted: {}, edited: [], conflicts: [], comments: [],
  lastActor: null, updatedAt: '',
  line: 1, start, end: start + 3, text: 'abc', yen: 100_000_000, unit: '億円', item: null, section: [], fy: 2025,
  stage: 'budget', flags: [], previous: null, supplementary: null, change: null, confidence: 1, warnings: [],
});

function fakeApi(over: Partial<ApiClient> = {}): ApiClient & { calls: string[] } {
  const calls: string[] = [];
  const api: Partial<ApiClient> = {
    getInfo: async () => ({ host: 'web', version: '0', dbPath: '', fileName: 'workbench.yosan', copyOf: null, schemaVersion: 1, osLocale: 'ja-JP' }),
    getTask: async () => ({ running: false, kind: null, detail: null, done: 0, total: 0, error: null }),
    listDocuments: async () => [summary(ID1, 'a.txt'), summary(ID2, 'b.txt')],
    getDocument: async ({ id }) => ({ id, title: 't', fileName: 'a.txt', text: 'abc def ghi' }),
    listRecords: async () => [row('r2', 4, 'approved'), row('r1', 0), row('r3', 8)],
    importDocument: async () => ({ document: summary(ID2, 'b.txt'), records: 3 }),
    ...over,
  };
  const wrapped = Object.fromEntries(
    Object.entries(api).map(([k, f]) => [k, (a: never) => (calls.push(k), (f as (a: never) => unknown)(a))]),
  ) as unknown as ApiClient;
  return Object.assign(wrapped, { calls });
}

beforeEach(() => {
  useDocumentsStore.setState({
    documents: [], documentsLoaded: false, selectedDocId: null, doc: null, records: [], docLoading: false,
    selectedRecordId: null, selectionOrigin: null, selectionSeq: 0, displayOrder: [],
  });
  useNoticeStore.setState({ notice: null });
  useAppStore.setState({ task: null, info: null, importing: false });
});

describe('renderer stores', () => {
  it('loads the list, opens the first document, sorts its records by position', async () => {
    setApiClient(fakeApi());
    await useDocumentsStore.getState().loadDocuments();
    const s = useDocumentsStore.getState();
    expect(s.documents.map((d) => d.fileName)).toEqual(['a.txt', 'b.txt']);
    expect(s.selectedDocId).toBe(ID1);
    expect(s.records.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(s.displayOrder).toEqual(['r1', 'r2', 'r3']);
    expect(s.documents[0]).toMatchObject({ records: 3, reviewed: 1 });
    expect(reviewProgress(s.records)).toEqual({ done: 1, total: 3 });
  });

  it('selects and steps through records in display order', async () => {
    setApiClient(fakeApi());
    await useDocumentsStore.getState().openDocument(ID1);
    const st = () => useDocumentsStore.getState();
    st().stepRecord(1);
    expect(st().selectedRecordId).toBe('r1');
    expect(st().selectionOrigin).toBe('key');
    st().setDisplayOrder(['r3', 'r1', 'r2']);
    st().stepRecord(1);
    expect(st().selectedRecordId).toBe('r2');
    st().stepRecord(1);
    expect(st().selectedRecordId).toBe('r2');
    st().edgeRecord('first');
    expect(st().selectedRecordId).toBe('r3');
    const seq = st().selectionSeq;
    st().selectRecord('r3', 'source');
    expect(st().selectionSeq).toBe(seq + 1);
    expect(selectedRecord(st())?.start).toBe(8);
  });

  it('ignores a slower answer for a document that is no longer open', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    setApiClient(
      fakeApi({
        getDocument: async ({ id }) => {
          if (id === ID1) await gate;
          return { id, title: id, fileName: id, text: 'x' };
        },
      }),
    );
    const first = useDocumentsStore.getState().openDocument(ID1);
    await useDocumentsStore.getState().openDocument(ID2);
    release();
    await first;
    expect(useDocumentsStore.getState().doc?.id).toBe(ID2);
  });

  it('shows a pushed task; when it ends, the list is asked again', async () => {
    const api = fakeApi();
    setApiClient(api);
    applyPush({ type: 'task', task: { running: true, kind: 'seeding', detail: 'a.txt', done: 1, total: 2, error: null } });
    expect(useAppStore.getState().task).toMatchObject({ running: true, done: 1 });
    expect(api.calls).toEqual([]);
    applyPush({ type: 'task', task: { running: false, kind: 'seeding', detail: null, done: 2, total: 2, error: null } });
    await vi.waitFor(() => expect(useDocumentsStore.getState().documents).toHaveLength(2));
    expect(api.calls.filter((c) => c === 'getTask')).toEqual([]); // nothing polls
    applyPush({ type: 'task', task: 'not a task' });
    applyPush({ type: 'nonsense' });
    expect(useAppStore.getState().task).toMatchObject({ running: false, done: 2 });
  });

  it('a pushed change of the open document fetches only the changed rows; another document refreshes the list', async () => {
    const asked: unknown[] = [];
    const api = fakeApi({
      listRecords: async (a) => (asked.push(a), a.ids ? [row('r3', 8, 'rejected')] : [row('r2', 4, 'approved'), row('r1', 0), row('r3', 8)]),
      getProgress: async () => ({ reviewed: 2, total: 3 }),
      listSignoffs: async () => [],
    });
    setApiClient(api);
    await useDocumentsStore.getState().loadDocuments();
    api.calls.length = 0;
    await applyChanges([{ id: ID1, records: ['r3'] }], false);
    expect(asked.at(-1)).toEqual({ documentId: ID1, ids: ['r3'] });
    expect(useDocumentsStore.getState().records.find((r) => r.id === 'r3')?.status).toBe('rejected');
    expect(useDocumentsStore.getState().documents[0]).toMatchObject({ reviewed: 2 });
    expect(api.calls.sort()).toEqual(['getProgress', 'listRecords', 'listSignoffs']);
    api.calls.length = 0;
    await applyChanges([{ id: ID2, records: null }], false);
    expect(api.calls.sort()).toEqual(['getProgress', 'listDocuments', 'listSignoffs']);
  });

  it('imports a file as base64 and opens it; shows the server’s message on failure', async () => {
    let sent: { fileName: string; dataBase64: string } | null = null;
    setApiClient(fakeApi({ importDocument: async (a) => ((sent = a), { document: summary(ID2, 'b.txt'), records: 3 }) }));
    const ok = await useAppStore.getState().importFile({ name: 'b.txt', bytes: new TextEncoder().encode('予算') });
    expect(ok).toBe(true);
    expect(sent).toEqual({ fileName: 'b.txt', dataBase64: Buffer.from('予算').toString('base64') });
    expect(useDocumentsStore.getState().selectedDocId).toBe(ID2);
    expect(useNoticeStore.getState().notice).toMatchObject({ kind: 'info', key: 'import.done' });

    setApiClient(fakeApi({ importDocument: async () => { throw new ClientError('not_utf8', 'The file is not UTF-8 text.'); } }));
    const bad = await useAppStore.getState().importFile({ name: 'c.bin', bytes: new Uint8Array([0xff, 0xfe, 0]) });
    expect(bad).toBe(false);
    expect(useNoticeStore.getState().notice).toMatchObject({
      kind: 'error', key: 'import.failed', code: 'not_utf8', params: { message: 'The file is not UTF-8 text.' },
    });
    expect(useAppStore.getState().importing).toBe(false);
  });

  it('takes the OS locale from getInfo when nothing is stored', async () => {
    setApiClient(fakeApi());
    useAppStore.setState({ locale: 'en' });
    await useAppStore.getState().init();
    expect(useAppStore.getState().locale).toBe('ja');
    expect(useAppStore.getState().info?.host).toBe('web');
  });
});

describe('pushed changes arriving together', () => {
  it('are applied once per answer: changes that come while one is applied wait and go together', async () => {
    const asked: unknown[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const api = fakeApi({
      listRecords: async (a) => (a.ids ? (asked.push(a), await gate, []) : [row('r2', 4, 'approved'), row('r1', 0), row('r3', 8)]),
      getProgress: async () => ({ reviewed: 1, total: 3 }),
      listSignoffs: async () => [],
    });
    setApiClient(api);
    await useDocumentsStore.getState().loadDocuments();
    const first = queueChanges([{ id: ID1, records: ['r1'] }], false);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    queueChanges([{ id: ID1, records: ['r2'] }], false);
    queueChanges([{ id: ID1, records: ['r3', 'r2'] }], false);
    release();
    await first;
    expect(asked).toEqual([{ documentId: ID1, ids: ['r1'] }, { documentId: ID1, ids: ['r2', 'r3'] }]);
  });
});

describe('review counts pushed from the store', () => {
  it('set on the listed documents, and kept when a reload of the list does not have them yet', async () => {
    useDocumentsStore.setState({ documents: [summary(ID1, 'a.txt'), summary(ID2, 'b.txt')] });
    applyPush({ type: 'counts', documents: [{ id: ID1, openCandidates: 2, failedChecks: 1 }] });
    expect(useDocumentsStore.getState().documents.map((d) => [d.openCandidates, d.failedChecks])).toEqual([[2, 1], [undefined, undefined]]);
    setApiClient(fakeApi({ listDocuments: async () => [summary(ID1, 'a.txt'), { ...summary(ID2, 'b.txt'), openCandidates: 0, failedChecks: 3 }] }));
    await useDocumentsStore.getState().loadDocuments();
    expect(useDocumentsStore.getState().documents.map((d) => [d.openCandidates, d.failedChecks])).toEqual([[2, 1], [0, 3]]);
  });
});
