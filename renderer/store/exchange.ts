// The File commands: import a document, open / merge / export a review file, add a trusted key.
// Components see only "choose a file for a purpose": Electron's pickFile shows the native
// dialog; the browser host has none (pickFile answers null), so the page's hidden
// <input type=file> is clicked and the chosen file is uploaded for a handle.
import { create } from 'zustand';
import type { MergeSummary, PickedFile, RecentFileInfo } from '../../shared/api';
import { type FileCommand, type PickPurpose } from '../logic/exchange';
import { api, files } from './api';
import { useAppStore } from './app';
import { useDocumentsStore } from './documents';
import { errorCode, errorMessage, useNoticeStore } from './notice';
import { useReviewStore } from './review';
import { useSignoffStore } from './signoff';
import { deliver } from './transfer';
import { useImportStore } from './import';

export type MergePhase = 'uploading' | 'checking' | 'preview' | 'merging' | 'done' | 'refused' | 'failed';

export interface MergeState {
  phase: MergePhase;
  name: string;
  file: PickedFile | null;
  preview: MergeSummary | null;
  result: MergeSummary | null;
  error: { code: string; message: string } | null;
}

export interface ExchangeState {
  merge: MergeState | null;
  menuOpen: boolean;
  busy: 'export' | 'open' | 'upload' | null;
  /** The databases opened lately (the File menu lists them; the first is the open one). */
  recent: RecentFileInfo[];

  setMenu(open: boolean): void;
  /** Reopens a database from the recent list. */
  openRecent(index: number): Promise<void>;
  /** Asks for a file for `purpose` (a native dialog, or the page's file input). */
  choose(purpose: PickPurpose): Promise<void>;
  /** A file chosen in the page's input: uploaded (browser host), then used for `purpose`. */
  fileChosen(purpose: PickPurpose, file: Blob & { name: string }): Promise<void>;
  /** Files chosen in the page's input: one document as fileChosen, several (or a folder's) as one batch import. */
  filesChosen(purpose: PickPurpose, chosen: (Blob & { name: string; webkitRelativePath?: string })[]): Promise<void>;
  /** A file the host knows by handle, used for `purpose`. */
  usePicked(purpose: PickPurpose, picked: PickedFile): Promise<void>;
  previewMerge(picked: PickedFile): Promise<void>;
  confirmMerge(): Promise<void>;
  closeMerge(): void;
  showConflicts(): void;
  openReviewFile(picked: PickedFile): Promise<void>;
  /** Export the open database; `saveBack`: offered under the name of the user's file the host copied. */
  exportReview(saveBack?: boolean): Promise<void>;
  /** Runs a File command (toolbar menu, Electron's File menu). */
  run(command: FileCommand): void;
}

/** The page's hidden file inputs, registered by the component that renders them. */
const pickers = new Map<PickPurpose, () => void>();

export function registerPicker(purpose: PickPurpose, open: () => void): () => void {
  pickers.set(purpose, open);
  return () => {
    if (pickers.get(purpose) === open) pickers.delete(purpose);
  };
}

/** The browser host has no native dialogs: files are chosen in the page and uploaded. */
export function usesBrowserPicker(): boolean {
  const info = useAppStore.getState().info;
  return info ? info.host === 'web' : files() !== null;
}

const notices = () => useNoticeStore.getState();
const docs = () => useDocumentsStore.getState();
/** Everything on screen again from the store (after a merge or a switch of database). */
async function reloadAll(switched: boolean): Promise<void> {
  const d = docs();
  if (switched) {
    useDocumentsStore.setState({ documents: [], documentsLoaded: false, selectedDocId: null, doc: null, records: [], selectedRecordId: null, selectionOrigin: null, displayOrder: [] });
    useReviewStore.setState({ editor: null, history: null, addDraft: null });
    await docs().loadDocuments();
    void useReviewStore.getState().loadProfile();
  } else {
    await d.loadDocuments();
    const id = docs().selectedDocId;
    if (id) await docs().openDocument(id);
    void useReviewStore.getState().refreshProgress();
  }
  void useSignoffStore.getState().refresh();
}

export const useExchangeStore = create<ExchangeState>()((set, get) => ({
  merge: null,
  menuOpen: false,
  busy: null,

  recent: [],
  setMenu: (open) => {
    set({ menuOpen: open });
    if (open) {
      Promise.resolve()
        .then(() => api().listRecent({}))
        .then((recent) => set({ recent }))
        .catch(() => set({ recent: [] })); // a host without the list: the menu shows none
    }
  },

  async openRecent(index) {
    const r = get().recent.find((x) => x.index === index);
    if (!r) return;
    set({ menuOpen: false, busy: 'open' });
    notices().show({ kind: 'info', key: 'file.opening', params: { name: r.name } });
    try {
      const info = await api().openRecent({ index });
      useAppStore.setState({ info });
      await reloadAll(true);
      notices().show({ kind: 'info', key: 'file.opened', params: { name: r.name, documents: docs().documents.length } });
    } catch (e) {
      notices().showError('file.openFailed', e);
    } finally {
      set({ busy: null });
    }
  },

  async choose(purpose) {
    set({ menuOpen: false });
    // The browser host picks in the page; Electron through its native dialog (a file chooser
    // opened from a menu message would lack the user gesture Chromium asks for).
    if (usesBrowserPicker()) {
      pickers.get(purpose)?.();
      return;
    }
    try {
      if (purpose === 'import' || purpose === 'importFolder') {
        // several documents, or a folder's, through the host's dialog
        const picked = await api().pickFiles({ folder: purpose === 'importFolder' });
        if (!picked) return;
        if (picked.length === 1 && purpose === 'import') await get().usePicked('import', picked[0]);
        else await useImportStore.getState().importHandles(picked);
        return;
      }
      const picked = await api().pickFile({ purpose });
      if (picked) await get().usePicked(purpose, picked);
    } catch (e) {
      notices().showError('file.uploadFailed', e);
    }
  },

  async filesChosen(purpose, chosen) {
    if (purpose === 'importFolder' || (purpose === 'import' && chosen.length > 1)) {
      await useImportStore.getState().importFiles(chosen, purpose === 'importFolder');
    } else if (chosen[0]) await get().fileChosen(purpose, chosen[0]);
  },

  async fileChosen(purpose, file) {
    if (purpose === 'import') {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await useAppStore.getState().importFile({ name: file.name, bytes });
      return;
    }
    const transport = files();
    if (!transport) return;
    if (purpose === 'merge') set({ merge: { phase: 'uploading', name: file.name, file: null, preview: null, result: null, error: null } });
    else set({ busy: 'upload' });
    let picked: PickedFile;
    try {
      picked = await transport.upload(file.name, file);
    } catch (e) {
      if (purpose === 'merge') set({ merge: { phase: 'failed', name: file.name, file: null, preview: null, result: null, error: { code: errorCode(e) ?? 'internal', message: errorMessage(e) } } });
      else notices().showError('file.uploadFailed', e);
      return;
    } finally {
      if (get().busy === 'upload') set({ busy: null });
    }
    if (purpose === 'merge' && get().merge?.phase !== 'uploading') return; // cancelled meanwhile
    await get().usePicked(purpose, picked);
  },

  async usePicked(purpose, picked) {
    if (purpose === 'import') await useAppStore.getState().importPicked(picked.handle);
    else if (purpose === 'merge') await get().previewMerge(picked);
    else if (purpose === 'open') await get().openReviewFile(picked);
    else await useSignoffStore.getState().trustHandle(picked.handle);
  },

  async previewMerge(picked) {
    set({ merge: { phase: 'checking', name: picked.name, file: picked, preview: null, result: null, error: null } });
    try {
      const preview = await api().mergePreview({ handle: picked.handle });
      if (get().merge?.file !== picked) return; // closed meanwhile
      set({ merge: { phase: 'preview', name: picked.name, file: picked, preview, result: null, error: null } });
    } catch (e) {
      if (get().merge?.file !== picked) return;
      const code = errorCode(e) ?? 'internal';
      set({ merge: { phase: code === 'refused_file' ? 'refused' : 'failed', name: picked.name, file: picked, preview: null, result: null, error: { code, message: errorMessage(e) } } });
    }
  },

  async confirmMerge() {
    const m = get().merge;
    if (!m || m.phase !== 'preview' || !m.file) return;
    const picked = m.file;
    set({ merge: { ...m, phase: 'merging' } });
    try {
      const result = await api().mergeApply({ handle: picked.handle });
      set({ merge: { ...m, phase: 'done', result } });
      notices().show({ kind: 'info', key: 'merge.done', params: { name: picked.name, events: result.events, conflicts: result.conflicts } });
    } catch (e) {
      const code = errorCode(e) ?? 'internal';
      set({ merge: { ...m, phase: code === 'refused_file' ? 'refused' : 'failed', error: { code, message: errorMessage(e) } } });
    }
    await reloadAll(false);
  },

  closeMerge() {
    const m = get().merge;
    if (m?.phase === 'merging') return; // wait for it: the summary follows
    set({ merge: null });
    useReviewStore.getState().focusGrid();
  },

  showConflicts() {
    set({ merge: null });
    const review = useReviewStore.getState();
    review.clearFilter();
    review.setFilter({ conflicts: true });
    // Select the first record in conflict so 1 / 2 act on it.
    const first = docs().records.find((r) => r.conflicts.length > 0);
    if (first) docs().selectRecord(first.id, 'key');
    review.focusGrid();
  },

  async openReviewFile(picked) {
    set({ busy: 'open' });
    notices().show({ kind: 'info', key: 'file.opening', params: { name: picked.name } });
    try {
      const info = await api().openReviewFile({ handle: picked.handle });
      useAppStore.setState({ info });
      await reloadAll(true);
      notices().show({ kind: 'info', key: 'file.opened', params: { name: picked.name, documents: docs().documents.length } });
    } catch (e) {
      notices().showError('file.openFailed', e);
    } finally {
      set({ busy: null });
    }
  },

  async exportReview(saveBack = false) {
    set({ menuOpen: false, busy: 'export' });
    try {
      const out = await api().exportReviewFile(saveBack ? { saveBack } : {});
      if (!out) return; // cancelled in the save dialog
      const d = await deliver(out);
      notices().show({ kind: 'info', key: d.downloaded ? 'file.downloaded' : 'file.exported', params: { files: d.text } });
    } catch (e) {
      notices().showError('file.exportFailed', e);
    } finally {
      set({ busy: null });
    }
  },

  run(command) {
    set({ menuOpen: false });
    if (command === 'export') void get().exportReview();
    else void get().choose(command);
  },
}));
