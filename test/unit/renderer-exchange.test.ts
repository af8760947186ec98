import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, MergeSummary } from '../../shared/api';
import type { RecordRow } from '../../shared/records';
import { ClientError, downloadUrl, httpFileTransport, uploadUrl, type FileTransport } from '../../renderer/api-client';
import { taskLabel } from '../../renderer/i18n';
import { conflictCount, isFileCommand, mergeIsEmpty, mergeRows, orderedSides, sideForKey } from '../../renderer/logic/exchange';
import { applyFilter, emptyFilter, activeFilterCount } from '../../renderer/logic/filters';
import { defaultKeymap, resolveKey } from '../../renderer/logic/keymap';
import { fieldInputs, planEdit } from '../../renderer/logic/review';
import { setApiClient, setBlobSaver, setFileTransport } from '../../renderer/store/api';
import { useAppStore } from '../../renderer/store/app';
import { useDocumentsStore } from '../../renderer/store/documents';
import { registerPicker, useExchangeStore } from '../../renderer/store/exchange';
import { useNoticeStore } from '../../renderer/store/notice';
import { useReviewStore } from '../../renderer/store/review';

const DOC = '1'.repeat(64);
const E1 = 'a'.repeat(64);
const E2 = 'b'.repeat(64);
const conflict = {
  field: 'yen',
  sides: [
    { eventId: E2, value: 500_200_000_000, actor: '花子', at: '2025-06-02T10:00:00.000Z-0000-0000000000000002' },
    { eventId: E1, value: 500_100_000_000, actor: '太郎', at: '2025-06-01T10:00:00.000Z-0000-0000000000000001' },
  ],
};
function row(id: string, start: number, over: Partial<RecordRow> = {}): RecordRow {
  return {
    id, documentId: DOC, origin: 'extracted', status: 'pending', approvedBy: null, approvedAt: null, approvalVoid: null, parent: null, accepted: {}, edited: [], conflicts: [],
    comments: [], lastActor: null, updatedAt: '',
    line: 1, start, end: start + 3, text: '5,000億円', yen: 500_200_000_000, unit: '億円', item: 'K program', section: [], fy: null,
    stage: 'other', flags: [], previous: null, supplementary: null, change: null, confidence: 1, warnings: [],
    ...over,
  };
}
const SUMMARY: MergeSummary = { documents: 0, events: 3, records: 1, conflicts: 1, signoffs: 0 };

describe('exchange logic', () => {
  it('knows the File menu commands', () => {
    expect(['import', 'open', 'merge', 'export'].every(isFileCommand)).toBe(true);
    expect(isFileCommand('quit')).toBe(false);
    expect(isFileCommand(3)).toBe(false);
  });

  it('lists a merge summary in a fixed order and knows an empty one', () => {
    expect(mergeRows(SUMMARY).map((r) => [r.key, r.value])).toEqual([
      ['documents', 0], ['records', 1], ['events', 3], ['conflicts', 1], ['signoffs', 0],
    ]);
    expect(mergeIsEmpty(SUMMARY)).toBe(false);
    expect(mergeIsEmpty({ documents: 0, events: 0, records: 0, conflicts: 0, signoffs: 0 })).toBe(true);
  });

  it('orders conflict sides by clock, and 1/2 choose them', () => {
    const r = row('r1', 0, { conflicts: [conflict] });
    expect(orderedSides(conflict).map((s) => s.actor)).toEqual(['太郎', '花子']);
    expect(sideForKey(r, 1)).toEqual({ field: 'yen', eventId: E1 });
    expect(sideForKey(r, 2)).toEqual({ field: 'yen', eventId: E2 });
    expect(sideForKey(r, 3)).toBeNull();
    expect(sideForKey(row('r2', 4), 1)).toBeNull();
    expect(conflictCount([r, row('r2', 4)])).toBe(1);
  });

  it('filters records in conflict', () => {
    const rs = [row('r1', 0, { conflicts: [conflict] }), row('r2', 4)];
    const f = { ...emptyFilter, conflicts: true };
    expect(applyFilter(rs, f).map((r) => r.id)).toEqual(['r1']);
    expect(activeFilterCount(f)).toBe(1);
  });

  it('sends a typed value for a field in conflict even when it equals the shown side', () => {
    const r = row('r1', 0, { conflicts: [conflict] });
    const initial = fieldInputs(r);
    expect(initial.yen).toBe('5,002億円');
    expect(planEdit(r, initial, { ...initial, yen: '5002億円' }).changes).toEqual([{ field: 'yen', input: '5002億円' }]);
    const plain = row('r2', 4);
    expect(planEdit(plain, fieldInputs(plain), { ...fieldInputs(plain), yen: '5002億円' }).changes).toEqual([]);
  });

  it('binds F, Shift+S, comma, 1 and 2', () => {
    const ctx = { inEditable: false, inGrid: true };
    expect(resolveKey(defaultKeymap, { key: 'f' }, ctx)).toBe('fileMenu');
    expect(resolveKey(defaultKeymap, { key: 'S', shiftKey: true }, ctx)).toBe('signoff');
    expect(resolveKey(defaultKeymap, { key: ',' }, ctx)).toBe('settings');
    expect(resolveKey(defaultKeymap, { key: '1' }, ctx)).toBe('chooseSide1');
    expect(resolveKey(defaultKeymap, { key: '2' }, ctx)).toBe('chooseSide2');
    expect(resolveKey(defaultKeymap, { key: '1' }, { ...ctx, inModal: true })).toBeNull();
  });

  it('translates the merge task kinds', () => {
    expect(taskLabel('en', { kind: 'merging:checking', done: 2, total: 5 })).toBe('Checking the file 2/5 …');
    expect(taskLabel('ja', { kind: 'merging:projecting', done: 1, total: 4 })).toBe('金額を更新中 1/4 …');
    expect(taskLabel('en', { kind: 'merge-preview', done: 0, total: 0 })).toBe('Previewing the merge…');
    expect(taskLabel('en', { kind: 'merging', done: 0, total: 0 })).toBe('Merging…');
    expect(taskLabel('en', { kind: 'merge-preview:checking', done: 1, total: 2 })).toBe('Checking the file 1/2 …');
  });
});

describe('file transport (browser host)', () => {
  it('uploads the bytes with the token and returns the handle', async () => {
    const calls: { url: string; init: { method: string; headers: Record<string, string>; body?: unknown } }[] = [];
    const t = httpFileTransport(async (url, init) => {
      calls.push({ url, init });
      return { ok: true, status: 200, json: async () => ({ ok: true, result: { handle: 'h'.repeat(24), name: 'a b.yosan', bytes: 3 } }), blob: async () => new Blob() };
    }, 'tok');
    const body = new Uint8Array([1, 2, 3]);
    expect(await t.upload('a b.yosan', body)).toEqual({ handle: 'h'.repeat(24), name: 'a b.yosan', bytes: 3 });
    expect(calls[0].url).toBe('/api/upload?name=a%20b.yosan');
    expect(uploadUrl('日本.yosan')).toBe(`/api/upload?name=${encodeURIComponent('日本.yosan')}`);
    expect(calls[0].init).toMatchObject({ method: 'POST', headers: { 'X-Yosan-Token': 'tok', 'Content-Type': 'application/octet-stream' } });
    expect(calls[0].init.body).toBe(body);
  });

  it('rejects with the host’s code; downloads by id with the token', async () => {
    const t = httpFileTransport(async (url, init) => {
      if (url.startsWith('/api/upload')) return { ok: false, status: 413, json: async () => ({ ok: false, error: { code: 'too_large', message: 'big' } }), blob: async () => new Blob() };
      if (url === downloadUrl('gone')) return { ok: false, status: 404, json: async () => ({ ok: false, error: { code: 'not_found', message: 'no such download' } }), blob: async () => new Blob() };
      expect(init.headers['X-Yosan-Token']).toBe('tok');
      expect(init.method).toBe('GET');
      return { ok: true, status: 200, json: async () => null, blob: async () => new Blob(['xyz']) };
    }, 'tok');
    await expect(t.upload('x', new Uint8Array())).rejects.toMatchObject({ code: 'too_large', message: 'big' });
    await expect(t.download('gone')).rejects.toMatchObject({ code: 'not_found' });
    expect(await (await t.download('abc')).text()).toBe('xyz');
  });
});

type Call = { method: string; args: unknown };
function fakeApi(over: Partial<ApiClient> = {}) {
  const calls: Call[] = [];
  let records = [row('r1', 0)];
  const base: Partial<ApiClient> = {
    getTask: async () => ({ running: false, kind: null, detail: null, done: 0, total: 0, error: null }),
    listDocuments: async () => [{ id: DOC, title: 't', fileName: 'a.txt', bytes: 1, encoding: 'utf-8', importedAt: '', importedBy: '', records: 1, reviewed: 0 }],
    getDocument: async ({ id }) => ({ id, title: 't', fileName: 'a.txt', text: 'abc' }),
    listRecords: async () => records,
    getProgress: async () => ({ reviewed: 0, total: 1 }),
    getProfile: async () => ({ name: '花子' }),
    listSignoffs: async () => [],
    pickFile: async () => ({ handle: 'h'.repeat(24), name: 'picked.yosan', bytes: 10 }),
    mergePreview: async () => SUMMARY,
    mergeApply: async () => {
      records = [row('r1', 0, { conflicts: [conflict] })];
      return SUMMARY;
    },
    exportReviewFile: async () => ({ files: [{ name: 'review.yosan', bytes: 10, download: 'd1' }] }),
    resolveConflict: async ({ recordId }) => row(recordId, 0, { yen: 500_100_000_000 }),
    ...over,
  };
  const api = Object.fromEntries(
    Object.entries(base).map(([k, f]) => [k, (a: unknown) => (calls.push({ method: k, args: a }), (f as (a: unknown) => unknown)(a))]),
  ) as unknown as ApiClient;
  return { api, calls };
}

const fakeTransport = (): FileTransport & { uploads: string[] } => {
  const uploads: string[] = [];
  return {
    uploads,
    async upload(name) {
      uploads.push(name);
      return { handle: 'u'.repeat(24), name, bytes: 3 };
    },
    async download(id) {
      return new Blob([`file ${id}`]);
    },
  };
};

beforeEach(() => {
  useExchangeStore.setState({ merge: null, menuOpen: false, busy: null });
  useNoticeStore.setState({ notice: null });
  useAppStore.setState({ info: { host: 'web', version: '0', dbPath: '', fileName: 'workbench.yosan', copyOf: null, schemaVersion: 1, osLocale: 'ja' }, task: null });
  useDocumentsStore.setState({ documents: [], documentsLoaded: false, selectedDocId: DOC, doc: null, records: [row('r1', 0)], selectedRecordId: 'r1', displayOrder: ['r1'] });
  useReviewStore.setState({ profile: '花子', filter: emptyFilter });
  setFileTransport(null);
  setBlobSaver(null);
});

describe('exchange store', () => {
  it('browser host: the page input is clicked, the file uploaded, then previewed and merged', async () => {
    const { api, calls } = fakeApi();
    setApiClient(api);
    const t = fakeTransport();
    setFileTransport(t);
    let clicked = 0;
    const off = registerPicker('merge', () => clicked++);
    await useExchangeStore.getState().choose('merge');
    expect(clicked).toBe(1);
    expect(calls.some((c) => c.method === 'pickFile')).toBe(false);
    off();

    await useExchangeStore.getState().fileChosen('merge', Object.assign(new Blob(['xyz']), { name: 'taro.yosan' }));
    expect(t.uploads).toEqual(['taro.yosan']);
    expect(useExchangeStore.getState().merge).toMatchObject({ phase: 'preview', name: 'taro.yosan', preview: SUMMARY });
    expect(calls.find((c) => c.method === 'mergePreview')!.args).toEqual({ handle: 'u'.repeat(24) });
    expect(calls.some((c) => c.method === 'mergeApply')).toBe(false);

    await useExchangeStore.getState().confirmMerge();
    expect(useExchangeStore.getState().merge).toMatchObject({ phase: 'done', result: SUMMARY });
    // Everything reloaded: the record now shows its conflict.
    expect(useDocumentsStore.getState().records[0].conflicts).toHaveLength(1);
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'merge.done' });

    useExchangeStore.getState().showConflicts();
    expect(useExchangeStore.getState().merge).toBeNull();
    expect(useReviewStore.getState().filter.conflicts).toBe(true);
    expect(useDocumentsStore.getState().selectedRecordId).toBe('r1');
  });

  it('Electron: pickFile shows the dialog; a refused file says why and merges nothing', async () => {
    useAppStore.setState({ info: { host: 'electron', version: '0', dbPath: '', fileName: 'workbench.yosan', copyOf: null, schemaVersion: 1, osLocale: 'ja' } });
    const { api, calls } = fakeApi({
      mergePreview: async () => {
        throw new ClientError('refused_file', 'not a Yosan review file');
      },
    });
    setApiClient(api);
    await useExchangeStore.getState().choose('merge');
    expect(calls.find((c) => c.method === 'pickFile')!.args).toEqual({ purpose: 'merge' });
    expect(useExchangeStore.getState().merge).toMatchObject({ phase: 'refused', error: { code: 'refused_file', message: 'not a Yosan review file' } });
    await useExchangeStore.getState().confirmMerge(); // not in preview: nothing happens
    expect(calls.some((c) => c.method === 'mergeApply')).toBe(false);
    useExchangeStore.getState().closeMerge();
    expect(useExchangeStore.getState().merge).toBeNull();
  });

  it('exports: downloads in the browser, paths in Electron, nothing when cancelled', async () => {
    const saved: string[] = [];
    setBlobSaver((_b, name) => saved.push(name));
    setFileTransport(fakeTransport());
    setApiClient(fakeApi().api);
    await useExchangeStore.getState().exportReview();
    expect(saved).toEqual(['review.yosan']);
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'file.downloaded', params: { files: 'review.yosan' } });

    setFileTransport(null);
    setApiClient(fakeApi({ exportReviewFile: async () => ({ files: [{ name: 'r.yosan', bytes: 1, path: '/home/u/r.yosan' }] }) }).api);
    useExchangeStore.getState().run('export');
    await new Promise((r) => setTimeout(r, 10));
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'file.exported', params: { files: '/home/u/r.yosan' } });

    useNoticeStore.setState({ notice: null });
    setApiClient(fakeApi({ exportReviewFile: async () => null }).api);
    await useExchangeStore.getState().exportReview();
    expect(useNoticeStore.getState().notice).toBeNull();
  });

  it('1 / 2 resolve the selected record’s conflict with the chosen side', async () => {
    const { api, calls } = fakeApi();
    setApiClient(api);
    useDocumentsStore.setState({ records: [row('r1', 0, { conflicts: [conflict] })], selectedRecordId: 'r1' });
    await useReviewStore.getState().chooseSide(1);
    expect(calls.find((c) => c.method === 'resolveConflict')!.args).toEqual({ recordId: 'r1', field: 'yen', eventId: E1 });
    expect(useDocumentsStore.getState().records[0].yen).toBe(500_100_000_000);
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'conflict.resolved' });
  });
});
