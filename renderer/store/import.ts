// Importing several documents or a folder: (browser host) each file uploaded for a handle, then
// one importFiles call the store runs in batches as its `importing` task; the progress bar shows
// both steps and its Cancel stops them (the documents the store read so far are kept, each whole). At the
// end a summary: how many imported, and each refused file with its reason.
import { create } from 'zustand';
import { MAX_DOCUMENT_BYTES, type BatchImportResult, type PickedFile } from '../../shared/api';
import { documentsChosen } from '../logic/import-files';
import { api, files } from './api';
import { useAppStore } from './app';
import { useDocumentsStore } from './documents';
import { errorCode, useNoticeStore } from './notice';

export type ImportRefused = BatchImportResult['refused'][number];

export interface ImportSummary {
  imported: number;
  records: number;
  refused: ImportRefused[];
  cancelled: boolean;
}

export interface ImportState {
  /** True from the first upload to the summary. */
  running: boolean;
  cancelling: boolean;
  summary: ImportSummary | null;
  /** Files chosen in the page (browser host): uploaded, then imported. `folder`: only its documents. */
  importFiles(chosen: readonly (Blob & { name: string; webkitRelativePath?: string })[], folder: boolean): Promise<void>;
  /** Files the host picked (Electron's dialog), known by handle. */
  importHandles(picked: readonly PickedFile[], refusedBefore?: ImportRefused[]): Promise<void>;
  cancel(): Promise<void>;
  closeSummary(): void;
}

const MB = `${Math.round(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB`;

const uploadTask = (done: number, total: number, detail: string | null) =>
  useAppStore.setState({ task: { running: true, kind: 'uploading', detail, done, total, error: null } });

export const useImportStore = create<ImportState>()((set, get) => ({
  running: false,
  cancelling: false,
  summary: null,

  async importFiles(chosen, folder) {
    if (get().running) return;
    const transport = files();
    if (!transport) return;
    const list = documentsChosen(chosen, folder);
    set({ running: true, cancelling: false, summary: null });
    const refused: ImportRefused[] = [];
    const picked: PickedFile[] = [];
    try {
      for (let i = 0; i < list.length; i++) {
        if (get().cancelling) break;
        const f = list[i];
        uploadTask(i, list.length, f.name);
        if (f.size > MAX_DOCUMENT_BYTES) {
          refused.push({ file: f.name, code: 'too_large', message: `${f.name} is larger than ${MB}`, params: { file: f.name, limit: MB } });
          continue;
        }
        try {
          picked.push(await transport.upload(f.name, f));
        } catch (e) {
          if (errorCode(e) === 'network' || errorCode(e) === 'unauthorized') throw e; // the host is gone: stop
          refused.push({ file: f.name, code: errorCode(e) ?? 'internal', message: (e as Error).message, params: { file: f.name } });
        }
      }
    } catch (e) {
      set({ running: false });
      useAppStore.setState({ task: null });
      useNoticeStore.getState().showError('import.failed', e);
      return;
    }
    if (get().cancelling) {
      useAppStore.setState({ task: null });
      set({ running: false, cancelling: false, summary: { imported: 0, records: 0, refused, cancelled: true } });
      return;
    }
    set({ running: false });
    await get().importHandles(picked, refused);
  },

  async importHandles(picked, refusedBefore = []) {
    set({ running: true, summary: null });
    try {
      const r = picked.length
        ? await api().importFiles({ handles: picked.map((p) => p.handle) }) // its progress is pushed
        : { imported: [], refused: [], cancelled: false };
      set({
        summary: {
          imported: r.imported.length,
          records: r.imported.reduce((n, d) => n + d.records, 0),
          refused: [...refusedBefore, ...r.refused],
          cancelled: r.cancelled || get().cancelling,
        },
      });
      const docs = useDocumentsStore.getState();
      await docs.loadDocuments();
      if (r.imported.length && !docs.selectedDocId) await useDocumentsStore.getState().openDocument(r.imported[0].id);
    } catch (e) {
      useNoticeStore.getState().showError('import.failed', e);
    } finally {
      set({ running: false, cancelling: false });
    }
  },

  async cancel() {
    if (!get().running || get().cancelling) return;
    set({ cancelling: true });
    try {
      await api().cancelTask({});
    } catch {
      /* the uploads stop anyway; the import had not started */
    }
  },

  closeSummary() {
    set({ summary: null });
  },
}));
