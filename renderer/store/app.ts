// App-wide state: host info, UI language, the background task, importing.
import { create } from 'zustand';
import { MAX_DOCUMENT_BYTES, type AppInfo, type ImportResult, type TaskStatus } from '../../shared/api';
import { bytesToBase64 } from '../api-client';
import { chooseLocale, isLocale, type Locale } from '../i18n';
import { api } from './api';
import { useDocumentsStore } from './documents';
import { useNoticeStore } from './notice';

export const LOCALE_KEY = 'yosan.locale';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function storedLocale(): string | null {
  try {
    return storage()?.getItem(LOCALE_KEY) ?? null;
  } catch {
    return null;
  }
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

export interface AppState {
  locale: Locale;
  info: AppInfo | null;
  task: TaskStatus | null;
  importing: boolean;
  init(): Promise<void>;
  setLocale(locale: Locale): void;
  /** The task as the host pushed it (or as getTask gave it on connecting). */
  taskPushed(task: TaskStatus): void;
  importFile(file: { name: string; bytes: Uint8Array }): Promise<boolean>;
  /** Electron: a document picked in the native dialog, read by the host. */
  importPicked(handle: string): Promise<boolean>;
}

/** Runs an import, opens the new document and reports; false (with a notice) when refused. */
async function runImport(call: () => Promise<ImportResult>): Promise<boolean> {
  const notices = useNoticeStore.getState();
  useAppStore.setState({ importing: true });
  try {
    const res = await call();
    const docs = useDocumentsStore.getState();
    await docs.loadDocuments();
    await docs.openDocument(res.document.id);
    notices.show({ kind: 'info', key: 'import.done', params: { title: res.document.title || res.document.fileName, records: res.records } });
    return true;
  } catch (e) {
    notices.showError('import.failed', e);
    return false;
  } finally {
    useAppStore.setState({ importing: false });
  }
}

export const useAppStore = create<AppState>()((set, get) => ({
  locale: chooseLocale(storedLocale(), null, navigatorLanguages()),
  info: null,
  task: null,
  importing: false,

  async init() {
    try {
      const info = await api().getInfo({});
      const stored = storedLocale();
      set({ info, locale: chooseLocale(stored, info.osLocale, navigatorLanguages()) });
    } catch (e) {
      useNoticeStore.getState().showError('error.connection', e);
    }
    // The task once, as it is now (seeding may be under way); after this it is pushed.
    try {
      get().taskPushed(await api().getTask({}));
    } catch {
      /* shown by the connection notice above */
    }
    await useDocumentsStore.getState().loadDocuments();
  },

  setLocale(locale) {
    if (!isLocale(locale)) return;
    try {
      storage()?.setItem(LOCALE_KEY, locale);
    } catch {
      /* not remembered, still switched */
    }
    set({ locale });
  },

  taskPushed(task) {
    const was = get().task;
    set({ task });
    // A task that ended may have added documents the pushes did not list yet (a refused seed).
    if (was?.running && !task.running) void useDocumentsStore.getState().loadDocuments();
  },

  async importFile(file) {
    if (file.bytes.length > MAX_DOCUMENT_BYTES) {
      useNoticeStore.getState().show({ kind: 'error', key: 'import.tooLarge', params: { bytes: file.bytes.length, max: MAX_DOCUMENT_BYTES }, code: 'too_large' });
      return false;
    }
    return runImport(() => api().importDocument({ fileName: file.name, dataBase64: bytesToBase64(file.bytes) }));
  },

  importPicked: (handle) => runImport(() => api().importPicked({ handle })),
}));
