import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import type { RecordRow } from '../../shared/records';
import type { SignoffView } from '../../shared/signoff';
import {
  approverList,
  badgeState,
  canExportDataset,
  changedRecords,
  groupFingerprint,
  latestByDocument,
  stageTotals,
  translateBlocker,
  translateReason,
  yearTotals,
} from '../../renderer/logic/signoff';
import { setApiClient, setBlobSaver, setFileTransport } from '../../renderer/store/api';
import { useDocumentsStore } from '../../renderer/store/documents';
import { useNoticeStore } from '../../renderer/store/notice';
import { useSignoffStore } from '../../renderer/store/signoff';

const DOC = '1'.repeat(64);
const DOC2 = '2'.repeat(64);
const FP = '0123456789abcdef'.repeat(4);
const view = (over: Partial<SignoffView> = {}): SignoffView => ({
  id: 'x'.repeat(64), state: 'valid', reason: null, documentId: DOC, file: 'a.txt', signer: { fingerprint: FP, name: '監督' },
  signedAt: '2025-06-01T00:00:00.000Z', note: null, records: 7, contentHash: 'c'.repeat(64), changed: [], ...over,
});
const row = (id: string, item: string | null): Pick<RecordRow, 'id' | 'item' | 'text'> => ({ id, item, text: '5億円' });

describe('sign-off logic', () => {
  it('groups a fingerprint in fours', () => {
    expect(groupFingerprint(FP)).toBe('0123 4567 89ab cdef '.repeat(4).trim());
    expect(groupFingerprint(FP).split(' ')).toHaveLength(16);
  });

  it('takes the latest sign-off of each document', () => {
    const older = view({ id: 'a'.repeat(64), signedAt: '2025-01-01T00:00:00.000Z', state: 'stale' });
    const newer = view({ id: 'b'.repeat(64), signedAt: '2025-02-01T00:00:00.000Z' });
    const other = view({ id: 'c'.repeat(64), documentId: DOC2, state: 'untrusted' });
    const latest = latestByDocument([newer, other, older]);
    expect(latest[DOC].id).toBe(newer.id);
    expect(latest[DOC2].state).toBe('untrusted');
    expect(badgeState(undefined)).toBe('none');
    expect(badgeState(older)).toBe('stale');
  });

  it('allows exporting only while the latest sign-off is valid or untrusted', () => {
    expect(canExportDataset(view())).toBe(true);
    expect(canExportDataset(view({ state: 'untrusted' }))).toBe(true);
    expect(canExportDataset(view({ state: 'stale' }))).toBe(false);
    expect(canExportDataset(view({ state: 'invalid' }))).toBe(false);
    expect(canExportDataset(null)).toBe(false);
  });

  it('translates the host’s blockers and reasons by pattern, else shows them as given', () => {
    expect(translateBlocker('ja', '3 record(s) still pending review')).toBe('未確認の金額が 3 件あります');
    expect(translateBlocker('ja', '1 record(s) in conflict')).toBe('競合中の金額が 1 件あります');
    expect(translateBlocker('ja', '2 record(s) whose approval is void')).toBe('承認が無効になった金額が 2 件あります');
    expect(translateBlocker('ja', 'there are no records to sign')).toBe('署名する金額がありません');
    expect(translateBlocker('en', '3 record(s) still pending review')).toBe('3 record(s) still pending review');
    expect(translateBlocker('ja', 'something new')).toBe('something new');
    expect(translateReason('ja', { reason: '2 record(s) changed since signing' })).toBe('署名後に 2 件の金額が変更されました');
    expect(translateReason('ja', { reason: 'signed by a key you do not trust (太郎)' })).toBe('信頼していない鍵による署名です(太郎)');
    expect(translateReason('ja', { reason: 'the signature does not verify' })).toBe('the signature does not verify');
    expect(translateReason('ja', { reason: null })).toBeNull();
  });

  it('labels the records a stale sign-off names', () => {
    expect(changedRecords(view({ changed: ['r1', 'r9'] }), [row('r1', 'K program'), row('r2', null)])).toEqual([
      { id: 'r1', label: 'K program', present: true },
      { id: 'r9', label: 'r9', present: false },
    ]);
  });

  it('orders totals and approvers', () => {
    expect(stageTotals('en', { other: 2, budget: 1 })).toEqual([['Budget', 1], ['Other', 2]]);
    expect(yearTotals({ '—': 5, '2025': 1, '2022': 2 })).toEqual([['2022', 2], ['2025', 1], ['—', 5]]);
    expect(approverList({ a: 1, b: 3 })).toEqual([['b', 3], ['a', 1]]);
  });
});

type Call = { method: string; args: unknown };
function fakeApi(over: Partial<ApiClient> = {}) {
  const calls: Call[] = [];
  let views: SignoffView[] = [];
  const base: Partial<ApiClient> = {
    listSignoffs: async () => views,
    signoffPreview: async () => ({
      summary: { records: 2, approved: 2, rejected: 0, totalsByStage: { budget: 100 }, totalsByYear: { '2025': 100 }, approvers: { 監督: 2 }, parts: 0, accepted: [] },
      blockers: [],
    }),
    signDocument: async ({ note }) => {
      const v = view({ note: note ?? null, records: 2 });
      views = [v];
      return v;
    },
    exportDataset: async () => ({ files: [{ name: 'd.csv', bytes: 1, download: 'a' }, { name: 'd.csv.manifest.json', bytes: 1, download: 'b' }] }),
    getIdentity: async () => ({ name: '監督', fingerprint: FP }),
    listTrusted: async () => [{ fingerprint: FP, name: '監督', addedAt: '' }],
    keyPreview: async () => ({ fingerprint: 'f'.repeat(64), name: '太郎' }),
    trustKey: async () => ({ fingerprint: 'f'.repeat(64), name: '太郎', addedAt: '' }),
    untrustKey: async () => [{ fingerprint: FP, name: '監督', addedAt: '' }],
    ...over,
  };
  const api = Object.fromEntries(
    Object.entries(base).map(([k, f]) => [k, (a: unknown) => (calls.push({ method: k, args: a }), (f as (a: unknown) => unknown)(a))]),
  ) as unknown as ApiClient;
  return { api, calls };
}

beforeEach(() => {
  useSignoffStore.setState({ views: [], latest: {}, dialogOpen: false, settingsOpen: false, preview: null, signing: false, exporting: null, addedKey: null, trusted: [], identity: null });
  useDocumentsStore.setState({ selectedDocId: DOC, records: [], documents: [] });
  useNoticeStore.setState({ notice: null });
});

describe('sign-off store', () => {
  it('previews, signs with the note, and re-checks', async () => {
    const { api, calls } = fakeApi();
    setApiClient(api);
    useSignoffStore.getState().openDialog();
    await new Promise((r) => setTimeout(r, 0));
    expect(useSignoffStore.getState().preview).toMatchObject({ documentId: DOC, blockers: [] });
    expect(await useSignoffStore.getState().sign('  確認済み ')).toBe(true);
    expect(calls.find((c) => c.method === 'signDocument')!.args).toEqual({ documentId: DOC, note: '確認済み' });
    expect(useSignoffStore.getState().latest[DOC].state).toBe('valid');
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'signoff.signed' });
  });

  it('does not sign while there are blockers', async () => {
    const { api, calls } = fakeApi({
      signoffPreview: async () => ({
        summary: { records: 2, approved: 1, rejected: 0, totalsByStage: {}, totalsByYear: {}, approvers: {}, parts: 0, accepted: [] },
        blockers: ['1 record(s) still pending review'],
      }),
    });
    setApiClient(api);
    await useSignoffStore.getState().loadPreview();
    expect(await useSignoffStore.getState().sign('')).toBe(false);
    expect(calls.some((c) => c.method === 'signDocument')).toBe(false);
  });

  it('downloads both files of a dataset export', async () => {
    const saved: string[] = [];
    setBlobSaver((_b, name) => saved.push(name));
    setFileTransport({ upload: async () => ({ handle: 'h', name: 'x', bytes: 0 }), download: async (id) => new Blob([id]) });
    setApiClient(fakeApi().api);
    await useSignoffStore.getState().exportDataset('csv');
    expect(saved).toEqual(['d.csv', 'd.csv.manifest.json']);
    expect(useNoticeStore.getState().notice).toMatchObject({ key: 'signoff.exported' });
    setFileTransport(null);
  });

  it('shows a picked key’s fingerprint, trusts it only on confirmation, and removes one', async () => {
    const { api, calls } = fakeApi();
    setApiClient(api);
    await useSignoffStore.getState().trustHandle('h'.repeat(24));
    expect(calls.some((c) => c.method === 'trustKey')).toBe(false);
    expect(useSignoffStore.getState().pendingKey).toMatchObject({ name: '太郎', fingerprint: 'f'.repeat(64) });
    await useSignoffStore.getState().confirmTrust();
    expect(calls.find((c) => c.method === 'trustKey')!.args).toEqual({ handle: 'h'.repeat(24) });
    expect(useSignoffStore.getState().pendingKey).toBeNull();
    expect(useSignoffStore.getState().addedKey).toMatchObject({ name: '太郎' });
    await useSignoffStore.getState().untrust('f'.repeat(64));
    expect(useSignoffStore.getState().addedKey).toBeNull();
    expect(useSignoffStore.getState().trusted).toHaveLength(1);
  });

  it('re-checks only the documents a change touched, keeping the others', async () => {
    const { api, calls } = fakeApi();
    setApiClient(api);
    const other = view({ id: 'o'.repeat(64), documentId: DOC2, state: 'untrusted' });
    useSignoffStore.setState({ views: [view({ state: 'stale' }), other], latest: {} });
    await useSignoffStore.getState().refreshDocuments([DOC]);
    expect(calls.filter((c) => c.method === 'listSignoffs').map((c) => c.args)).toEqual([{ documentId: DOC }]);
    expect(useSignoffStore.getState().latest[DOC2]).toEqual(other);
    expect(useSignoffStore.getState().latest[DOC]).toBeUndefined(); // the store holds none of DOC now
  });
});
