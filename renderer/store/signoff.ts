// Identity, trusted signers and sign-offs: the Settings and Sign-off dialogs, the badges in
// the toolbar and the document list. Verification is the host's (recomputed on every
// listSignoffs); this store re-asks for the documents a pushed change touched (store/push.ts).
import { create } from 'zustand';
import type { IdentityInfo, TrustedKeyInfo } from '../../shared/api';
import type { SignoffSummary, SignoffView } from '../../shared/signoff';
import { latestByDocument } from '../logic/signoff';
import { api } from './api';
import { useAppStore } from './app';
import { useDocumentsStore } from './documents';
import { useNoticeStore } from './notice';
import { deliver } from './transfer';

export type DatasetFormat = 'csv' | 'json' | 'xlsx';

export interface SignoffPreviewState {
  documentId: string;
  summary: SignoffSummary;
  blockers: string[];
}

export interface SignoffStoreState {
  identity: IdentityInfo | null;
  trusted: TrustedKeyInfo[];
  views: SignoffView[];
  /** The latest sign-off of each document, by document id. */
  latest: Record<string, SignoffView>;
  settingsOpen: boolean;
  dialogOpen: boolean;
  preview: SignoffPreviewState | null;
  previewLoading: boolean;
  signing: boolean;
  exporting: DatasetFormat | null;
  /** The key just trusted: the Settings dialog shows its fingerprint to compare. */
  addedKey: TrustedKeyInfo | null;
  /** A key file picked but not yet trusted: compare its fingerprint first. */
  pendingKey: { handle: string; name: string; fingerprint: string } | null;
  confirmTrust(): Promise<void>;
  cancelTrust(): void;

  refresh(): Promise<void>;
  /** Re-checks the sign-offs of these documents only (those a change touched). */
  refreshDocuments(ids: readonly string[]): Promise<void>;
  openSettings(): void;
  closeSettings(): void;
  loadKeys(): Promise<void>;
  openDialog(): void;
  closeDialog(): void;
  loadPreview(): Promise<void>;
  sign(note: string): Promise<boolean>;
  exportDataset(format: DatasetFormat): Promise<void>;
  exportPublicKey(): Promise<void>;
  trustHandle(handle: string): Promise<void>;
  untrust(fingerprint: string): Promise<void>;
  /** Closes the dialog and selects a record the sign-off names. */
  goToRecord(id: string): void;
}

const notices = () => useNoticeStore.getState();
const docs = () => useDocumentsStore.getState();
let refreshSeq = 0;
/** Beyond this many documents one listing of all is cheaper than one call each. */
const PER_DOCUMENT_MAX = 8;

export const useSignoffStore = create<SignoffStoreState>()((set, get) => ({
  identity: null,
  trusted: [],
  views: [],
  latest: {},
  settingsOpen: false,
  dialogOpen: false,
  preview: null,
  previewLoading: false,
  signing: false,
  exporting: null,
  addedKey: null,
  pendingKey: null,

  async refresh() {
    const seq = ++refreshSeq;
    try {
      const views = await api().listSignoffs({});
      if (seq !== refreshSeq) return;
      set({ views, latest: latestByDocument(views) });
    } catch (e) {
      if (seq === refreshSeq) notices().showError('signoff.loadFailed', e);
    }
  },

  async refreshDocuments(ids) {
    if (ids.length > PER_DOCUMENT_MAX) return get().refresh();
    const seq = refreshSeq; // a full refresh started since answers for these too
    try {
      const fresh = await Promise.all(ids.map((documentId) => api().listSignoffs({ documentId })));
      if (seq !== refreshSeq) return;
      const touched = new Set(ids);
      const views = [...get().views.filter((v) => !touched.has(v.documentId)), ...fresh.flat()];
      set({ views, latest: latestByDocument(views) });
    } catch (e) {
      notices().showError('signoff.loadFailed', e);
    }
  },

  openSettings() {
    set({ settingsOpen: true, addedKey: null, pendingKey: null });
    void get().loadKeys();
  },
  closeSettings: () => set({ settingsOpen: false, addedKey: null, pendingKey: null }),

  async loadKeys() {
    try {
      const [identity, trusted] = await Promise.all([api().getIdentity({}), api().listTrusted({})]);
      set({ identity, trusted });
    } catch (e) {
      notices().showError('error.load', e);
    }
  },

  openDialog() {
    if (!docs().selectedDocId) {
      notices().show({ kind: 'info', key: 'signoff.noDocument' });
      return;
    }
    set({ dialogOpen: true, preview: null });
    void get().loadPreview();
    void get().refresh();
  },
  closeDialog: () => set({ dialogOpen: false, preview: null }),

  async loadPreview() {
    const documentId = docs().selectedDocId;
    if (!documentId) return;
    set({ previewLoading: true });
    try {
      const p = await api().signoffPreview({ documentId });
      if (docs().selectedDocId === documentId) set({ preview: { documentId, ...p } });
    } catch (e) {
      notices().showError('signoff.failed', e);
    } finally {
      set({ previewLoading: false });
    }
  },

  async sign(note) {
    const documentId = docs().selectedDocId;
    const p = get().preview;
    if (!documentId || !p || p.blockers.length || get().signing) return false;
    set({ signing: true });
    try {
      const view = await api().signDocument({ documentId, note: note.trim() || undefined });
      notices().show({ kind: 'info', key: 'signoff.signed', params: { records: view.records } });
      await get().refresh();
      return true;
    } catch (e) {
      notices().showError('signoff.failed', e);
      void get().loadPreview();
      return false;
    } finally {
      set({ signing: false });
    }
  },

  async exportDataset(format) {
    const documentId = docs().selectedDocId;
    if (!documentId || get().exporting) return;
    set({ exporting: format });
    try {
      const out = await api().exportDataset({ documentId, format, lang: useAppStore.getState().locale });
      if (!out) return; // cancelled in the save dialog
      const d = await deliver(out);
      notices().show({ kind: 'info', key: 'signoff.exported', params: { files: d.text } });
    } catch (e) {
      notices().showError('signoff.exportFailed', e);
    } finally {
      set({ exporting: null });
    }
  },

  async exportPublicKey() {
    try {
      const out = await api().exportPublicKey({});
      if (!out) return;
      const d = await deliver(out);
      notices().show({ kind: 'info', key: 'settings.keyExported', params: { files: d.text } });
    } catch (e) {
      notices().showError('file.exportFailed', e);
    }
  },

  /** A picked key file is shown first (name, fingerprint) and trusted only on confirmation. */
  async trustHandle(handle) {
    try {
      const preview = await api().keyPreview({ handle });
      set({ pendingKey: { handle, ...preview }, addedKey: null, settingsOpen: true });
    } catch (e) {
      notices().showError('settings.keyFailed', e);
    }
  },

  async confirmTrust() {
    const pending = get().pendingKey;
    if (!pending) return;
    try {
      const key = await api().trustKey({ handle: pending.handle });
      const trusted = await api().listTrusted({});
      set({ trusted, addedKey: key, pendingKey: null, settingsOpen: true });
      void get().refresh();
    } catch (e) {
      notices().showError('settings.keyFailed', e);
    }
  },

  cancelTrust: () => set({ pendingKey: null }),

  async untrust(fingerprint) {
    try {
      const trusted = await api().untrustKey({ fingerprint });
      set((s) => ({ trusted, addedKey: s.addedKey?.fingerprint === fingerprint ? null : s.addedKey }));
      void get().refresh();
    } catch (e) {
      notices().showError('settings.removeFailed', e);
    }
  },

  goToRecord(id) {
    const d = docs();
    if (!d.records.some((r) => r.id === id)) return;
    set({ dialogOpen: false, preview: null });
    d.selectRecord(id, 'key');
  },
}));
