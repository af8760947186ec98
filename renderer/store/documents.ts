// Documents, the open document's text and records, and the selected record.
import { create } from 'zustand';
import type { DocumentSummary, DocumentText, RecordRow } from '../../shared/records';
import { stepSelection } from '../logic/keymap';
import { DEFAULT_DOC_SORT, nextSort, visibleDocuments, type DocSort, type DocSortKey } from '../logic/document-list';
import { api } from './api';
import { useNoticeStore } from './notice';

/** Who changed the selection: the views use it to decide whether to scroll themselves. */
export type SelectionOrigin = 'grid' | 'source' | 'key' | 'open';

export interface DocumentsState {
  documents: DocumentSummary[];
  documentsLoaded: boolean;
  selectedDocId: string | null;
  doc: DocumentText | null;
  records: RecordRow[];
  docLoading: boolean;
  selectedRecordId: string | null;
  selectionOrigin: SelectionOrigin | null;
  /** Increments on every selectRecord call, so re-selecting the same record scrolls again. */
  selectionSeq: number;
  /** Record ids in the grid's current display order (sort); the records' order until the grid reports. */
  displayOrder: string[];

  /** The document list's search and sort (the list, ] and [ follow them). */
  docQuery: string;
  docSort: DocSort;
  /** Increments when the document search should take the focus (the `d` key). */
  docSearchSeq: number;
  setDocQuery(query: string): void;
  /** Sorts by `key`; the same key again reverses. */
  sortDocumentsBy(key: DocSortKey): void;
  focusDocSearch(): void;

  loadDocuments(): Promise<void>;
  openDocument(id: string): Promise<void>;
  selectRecord(id: string | null, origin: SelectionOrigin): void;
  setDisplayOrder(ids: string[]): void;
  stepRecord(delta: number, origin?: SelectionOrigin): void;
  edgeRecord(which: 'first' | 'last', origin?: SelectionOrigin): void;
  /** Opens the document `delta` places away in the list (clamped). */
  stepDocument(delta: number): Promise<void>;
  /** Puts a record as the store returned it in place (or adds it to the open document). */
  replaceRecord(row: RecordRow): void;
  /** Changes a record locally ahead of the store's answer (e.g. its status). */
  patchRecord(id: string, patch: Partial<RecordRow>): void;
}

let openSeq = 0;
let listSeq = 0;

export const useDocumentsStore = create<DocumentsState>()((set, get) => ({
  documents: [],
  documentsLoaded: false,
  selectedDocId: null,
  doc: null,
  records: [],
  docLoading: false,
  selectedRecordId: null,
  selectionOrigin: null,
  selectionSeq: 0,
  displayOrder: [],
  docQuery: '',
  docSort: DEFAULT_DOC_SORT,
  docSearchSeq: 0,

  setDocQuery: (docQuery) => set({ docQuery }),
  sortDocumentsBy: (key) => set((s) => ({ docSort: nextSort(s.docSort, key) })),
  focusDocSearch: () => set((s) => ({ docSearchSeq: s.docSearchSeq + 1 })),

  async loadDocuments() {
    const seq = ++listSeq;
    try {
      const documents = await api().listDocuments({});
      if (seq !== listSeq) return;
      set({ documents: withKnownCounts(documents, get().documents), documentsLoaded: true });
      const { selectedDocId } = get();
      const shown = shownDocuments(get());
      if (selectedDocId === null && shown.length > 0) await get().openDocument(shown[0].id);
    } catch (e) {
      if (seq !== listSeq) return;
      set({ documentsLoaded: true });
      useNoticeStore.getState().showError('error.load', e);
    }
  },

  async openDocument(id) {
    const seq = ++openSeq;
    if (get().selectedDocId !== id) {
      set({ selectedDocId: id, docLoading: true, doc: null, records: [], selectedRecordId: null, selectionOrigin: null, displayOrder: [] });
    }
    try {
      const [doc, records] = await Promise.all([api().getDocument({ id }), api().listRecords({ documentId: id })]);
      if (seq !== openSeq) return;
      const sorted = [...records].sort((a, b) => a.start - b.start || a.end - b.end);
      const keep = get().selectedRecordId;
      const stillThere = keep !== null && sorted.some((r) => r.id === keep);
      set({
        doc,
        records: sorted,
        docLoading: false,
        displayOrder: sorted.map((r) => r.id),
        selectedRecordId: stillThere ? keep : null,
      });
      // Keep the list's counts in step with what was just loaded.
      const reviewed = sorted.filter((r) => r.status !== 'pending').length;
      set((s) => ({
        documents: s.documents.map((d) => (d.id === id ? { ...d, records: sorted.length, reviewed } : d)),
      }));
    } catch (e) {
      if (seq !== openSeq) return;
      set({ docLoading: false });
      useNoticeStore.getState().showError('error.load', e);
    }
  },

  selectRecord(id, origin) {
    set((s) => ({ selectedRecordId: id, selectionOrigin: origin, selectionSeq: s.selectionSeq + 1 }));
  },

  setDisplayOrder(ids) {
    const cur = get().displayOrder;
    if (cur.length === ids.length && cur.every((x, i) => x === ids[i])) return;
    set({ displayOrder: ids });
  },

  stepRecord(delta, origin = 'key') {
    const { displayOrder, selectedRecordId } = get();
    const next = stepSelection(displayOrder, selectedRecordId, delta);
    if (next !== null) get().selectRecord(next, origin);
  },

  async stepDocument(delta) {
    const { selectedDocId } = get();
    const documents = shownDocuments(get());
    if (documents.length === 0) return;
    const i = documents.findIndex((d) => d.id === selectedDocId);
    const j = i === -1 ? 0 : Math.max(0, Math.min(documents.length - 1, i + delta));
    if (documents[j].id !== selectedDocId) await get().openDocument(documents[j].id);
  },

  replaceRecord(row) {
    set((s) => {
      if (row.documentId !== s.selectedDocId) return {};
      const i = s.records.findIndex((r) => r.id === row.id);
      const records =
        i >= 0
          ? s.records.map((r) => (r.id === row.id ? row : r))
          : [...s.records, row].sort((a, b) => a.start - b.start || a.end - b.end);
      const reviewed = records.filter((r) => r.status !== 'pending').length;
      return {
        records,
        displayOrder: i >= 0 ? s.displayOrder : records.map((r) => r.id),
        documents: s.documents.map((d) => (d.id === row.documentId ? { ...d, records: records.length, reviewed } : d)),
      };
    });
  },

  patchRecord(id, patch) {
    set((s) => ({ records: s.records.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
  },

  edgeRecord(which, origin = 'key') {
    const { displayOrder } = get();
    if (displayOrder.length === 0) return;
    get().selectRecord(which === 'first' ? displayOrder[0] : displayOrder[displayOrder.length - 1], origin);
  },
}));

/** The documents as the list shows them (searched and sorted); the same array while its inputs are. */
let shownMemo: { docs: DocumentSummary[]; query: string; sort: DocSort; out: DocumentSummary[] } | null = null;
export function shownDocuments(s: Pick<DocumentsState, 'documents' | 'docQuery' | 'docSort'>): DocumentSummary[] {
  if (shownMemo && shownMemo.docs === s.documents && shownMemo.query === s.docQuery && shownMemo.sort === s.docSort) return shownMemo.out;
  const out = visibleDocuments(s.documents, s.docQuery, s.docSort);
  shownMemo = { docs: s.documents, query: s.docQuery, sort: s.docSort, out };
  return out;
}

/** The selected record, or null. */
export function selectedRecord(s: Pick<DocumentsState, 'records' | 'selectedRecordId'>): RecordRow | null {
  if (s.selectedRecordId === null) return null;
  return s.records.find((r) => r.id === s.selectedRecordId) ?? null;
}

/** Reviewed (approved or rejected) and total records of the open document. */
export function reviewProgress(records: readonly RecordRow[]): { done: number; total: number } {
  let done = 0;
  for (const r of records) if (r.status !== 'pending') done++;
  return { done, total: records.length };
}

/**
 * A count the store has not worked out again yet (it counts in the background and pushes what
 * changed) keeps the one the list showed: the list never blanks a count it knew.
 */
export function withKnownCounts(fresh: DocumentSummary[], shown: readonly DocumentSummary[]): DocumentSummary[] {
  const before = new Map(shown.map((d) => [d.id, d]));
  return fresh.map((d) => {
    const b = before.get(d.id);
    if (!b) return d;
    return { ...d, openCandidates: d.openCandidates ?? b.openCandidates, failedChecks: d.failedChecks ?? b.failedChecks };
  });
}
