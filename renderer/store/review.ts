// Review state and actions: the reviewer's name, the filter, the detail panel's mode (fields,
// comments, history, the edit form), the add-record form, and every change sent to the API.
// Changes are sent one after another (a queue), so fast key presses keep their order. The
// answer puts the record in place; the progress counts, the document list and the sign-off
// badges follow the host's push of what changed (store/push.ts).
import { create } from 'zustand';
import type { ApiClient } from '../../shared/api';
import type { Stage } from '../../shared/extract/types';
import type { HistoryEntry, RecordRow, RecordStatus } from '../../shared/records';
import type { EditableField } from '../../shared/review';
import type { MessageKey, Params } from '../i18n';
import { advanceAfterReview, emptyFilter, findPending, type RecordFilter } from '../logic/filters';
import { formatValue, planEdit, undoNoticeParams, type FieldInputs } from '../logic/review';
import { sideForKey } from '../logic/exchange';
import { fieldLabel } from '../i18n';
import { findSpan, type AddRecordDraft } from '../logic/selection';
import { api } from './api';
import { useChecksStore } from './checks';
import { useAppStore } from './app';
import { selectedRecord, useDocumentsStore } from './documents';
import { errorCode, errorMessage, useNoticeStore } from './notice';

/** A message for a form, as an i18n key so it follows the language. */
export interface FormMessage {
  key: MessageKey;
  params?: Params;
}

export type DetailTab = 'fields' | 'comments' | 'history';

export interface EditorState {
  recordId: string;
  focus: EditableField;
}

export interface HistoryState {
  recordId: string;
  /** The record's updatedAt when loaded: a newer record means a reload. */
  version: string;
  entries: HistoryEntry[] | null;
}

export interface ReviewState {
  profile: string | null;
  profileLoaded: boolean;
  profileDialog: boolean;
  filter: RecordFilter;
  detailTab: DetailTab;
  editor: EditorState | null;
  helpOpen: boolean;
  addDraft: AddRecordDraft | null;
  progressAll: { reviewed: number; total: number } | null;
  history: HistoryState | null;
  /** Records whose review was sent but not answered yet (n/p and auto-advance skip them). */
  inFlight: string[];
  /** Counters the views watch to move the keyboard focus. */
  gridFocusSeq: number;
  commentFocusSeq: number;
  searchFocusSeq: number;

  loadProfile(): Promise<void>;
  saveProfile(name: string): Promise<boolean>;
  openProfileDialog(): void;
  closeProfileDialog(): void;
  setFilter(patch: Partial<RecordFilter>): void;
  clearFilter(): void;
  setDetailTab(tab: DetailTab): void;
  toggleHistory(): void;
  setHelp(open: boolean): void;
  focusGrid(): void;
  focusComment(): void;
  focusSearch(): void;
  goPending(dir: 1 | -1): void;
  review(status: RecordStatus): Promise<void>;
  openEditor(field?: EditableField): void;
  closeEditor(): void;
  /** Sends the edit form's changes; returns the messages to show in place (none: saved). */
  commitEdit(recordId: string, initial: FieldInputs, inputs: FieldInputs, reason: string): Promise<Partial<Record<EditableField, string>>>;
  addComment(text: string): Promise<boolean>;
  resolveComment(recordId: string, commentId: string): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  loadHistory(record: RecordRow): Promise<void>;
  refreshProgress(): Promise<void>;
  openAdd(draft: AddRecordDraft): void;
  closeAdd(): void;
  /** Adds the record; returns the message to show in the form, or null when added. */
  submitAdd(draft: AddRecordDraft): Promise<FormMessage | null>;
  /** Resolves a conflict by choosing one side (the event that set it). */
  resolveConflict(recordId: string, field: string, eventId: string): Promise<void>;
  /** Key 1 / 2: chooses side n of the selected record's first conflicting field. */
  chooseSide(n: number): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs API calls one at a time, in the order they were asked for. */
function enqueue<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const docs = () => useDocumentsStore.getState();
const notices = () => useNoticeStore.getState();

export const useReviewStore = create<ReviewState>()((set, get) => {
  /** False (and asks for the name) when no reviewer name is set yet. */
  const needProfile = (): boolean => {
    if (get().profile) return false;
    set({ profileDialog: true });
    notices().show({ kind: 'error', key: 'review.noProfile', code: 'no_profile' });
    return true;
  };

  const failed = (e: unknown) => {
    if (errorCode(e) === 'no_profile') set({ profileDialog: true, profile: null });
    notices().showError('review.failed', e);
  };

  /** After a failed change, reload the open document so the screen shows the store's state. */
  const resync = async () => {
    const id = docs().selectedDocId;
    if (id) await docs().openDocument(id);
  };

  const call = <T,>(fn: (c: ApiClient) => Promise<T>) => enqueue(() => fn(api()));

  return {
    profile: null,
    profileLoaded: false,
    profileDialog: false,
    filter: emptyFilter,
    detailTab: 'fields',
    editor: null,
    helpOpen: false,
    addDraft: null,
    progressAll: null,
    history: null,
    inFlight: [],
    gridFocusSeq: 0,
    commentFocusSeq: 0,
    searchFocusSeq: 0,

    async loadProfile() {
      try {
        const p = await api().getProfile({});
        set({ profile: p.name, profileLoaded: true, profileDialog: p.name === null });
      } catch (e) {
        set({ profileLoaded: true });
        notices().showError('error.connection', e);
      }
      void get().refreshProgress();
    },

    async saveProfile(name) {
      const n = name.trim();
      if (!n) return false;
      try {
        const p = await api().setProfile({ name: n });
        set({ profile: p.name, profileDialog: false });
        const cur = notices().notice;
        if (cur?.code === 'no_profile') notices().dismiss();
        get().focusGrid();
        return true;
      } catch (e) {
        notices().showError('profile.failed', e);
        return false;
      }
    },

    openProfileDialog: () => set({ profileDialog: true }),
    closeProfileDialog() {
      if (!get().profile) return; // the name is needed before anything else
      set({ profileDialog: false });
      get().focusGrid();
    },

    setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
    clearFilter: () => set({ filter: emptyFilter }),
    setDetailTab: (tab) => set({ detailTab: tab, editor: null }),
    toggleHistory: () => set((s) => ({ detailTab: s.detailTab === 'history' ? 'fields' : 'history', editor: null })),
    setHelp(open) {
      set({ helpOpen: open });
      if (!open) get().focusGrid();
    },
    focusGrid: () => set((s) => ({ gridFocusSeq: s.gridFocusSeq + 1 })),
    focusComment() {
      const d = docs();
      if (!d.selectedRecordId) d.stepRecord(1);
      if (!docs().selectedRecordId) return;
      set((s) => ({ detailTab: 'comments', editor: null, commentFocusSeq: s.commentFocusSeq + 1 }));
    },
    focusSearch: () => set((s) => ({ searchFocusSeq: s.searchFocusSeq + 1 })),

    goPending(dir) {
      const d = docs();
      const byId = new Map(d.records.map((r) => [r.id, r.status]));
      const next = findPending(d.displayOrder, (id) => byId.get(id), d.selectedRecordId, dir, new Set(get().inFlight));
      if (next) d.selectRecord(next, 'key');
    },

    async review(status) {
      const d = docs();
      const r = selectedRecord(d);
      if (!r) {
        get().goPending(1);
        return;
      }
      if (needProfile()) return;
      const prev = r.status;
      // Advance first (a correct record costs one key), then send; later keys act on the next record.
      if (status !== 'pending') {
        const byId = new Map(d.records.map((x) => [x.id, x.status]));
        const next = advanceAfterReview(d.displayOrder, (id) => byId.get(id), r.id, new Set(get().inFlight));
        if (next !== r.id) d.selectRecord(next, 'key');
      }
      d.patchRecord(r.id, { status, approvedBy: status === 'approved' ? get().profile : null, approvedAt: status === 'approved' ? r.approvedAt : null, approvalVoid: status === 'pending' && prev === 'pending' ? r.approvalVoid : null });
      set((s) => ({ inFlight: [...s.inFlight, r.id] }));
      get().focusGrid();
      try {
        const row = await call((c) => c.setStatus({ recordId: r.id, status }));
        docs().replaceRecord(row);
      } catch (e) {
        failed(e);
        await resync();
      } finally {
        set((s) => {
          const i = s.inFlight.indexOf(r.id);
          return { inFlight: i < 0 ? s.inFlight : [...s.inFlight.slice(0, i), ...s.inFlight.slice(i + 1)] };
        });
      }
    },

    openEditor(field = 'yen') {
      const d = docs();
      if (!d.selectedRecordId) d.stepRecord(1);
      const id = docs().selectedRecordId;
      if (!id) return;
      if (needProfile()) return;
      set({ editor: { recordId: id, focus: field }, detailTab: 'fields' });
    },

    closeEditor() {
      set({ editor: null });
      get().focusGrid();
    },

    async commitEdit(recordId, initial, inputs, reason) {
      const r = docs().records.find((x) => x.id === recordId);
      if (!r) return {};
      const plan = planEdit(r, initial, inputs, useAppStore.getState().locale);
      if (Object.keys(plan.errors).length) return plan.errors;
      if (needProfile()) return {};
      let count = 0;
      for (const ch of plan.changes) {
        try {
          const row = await call((c) => c.setField({ recordId, field: ch.field, input: ch.input, reason: reason.trim() || undefined }));
          docs().replaceRecord(row);
          count++;
        } catch (e) {
          if (errorCode(e) === 'bad_value') return { [ch.field]: errorMessage(e) };
          failed(e);
          return {};
        }
      }
      notices().show({ kind: 'info', key: count ? 'edit.saved' : 'edit.noChange', params: { count } });
      get().closeEditor();
      return {};
    },

    async addComment(text) {
      const r = selectedRecord(docs());
      const t = text.trim();
      if (!r || !t) return false;
      if (needProfile()) return false;
      try {
        const row = await call((c) => c.addComment({ recordId: r.id, text: t }));
        docs().replaceRecord(row);
        return true;
      } catch (e) {
        failed(e);
        return false;
      }
    },

    async resolveComment(recordId, commentId) {
      if (needProfile()) return;
      try {
        const row = await call((c) => c.resolveComment({ recordId, commentId }));
        docs().replaceRecord(row);
      } catch (e) {
        failed(e);
      }
    },

    async undo() {
      await undoRedo('undo');
    },

    async redo() {
      await undoRedo('redo');
    },

    async loadHistory(record) {
      const cur = get().history;
      if (cur && cur.recordId === record.id && cur.version === record.updatedAt && cur.entries) return;
      set({ history: { recordId: record.id, version: record.updatedAt, entries: cur?.recordId === record.id ? cur.entries : null } });
      try {
        const entries = await call((c) => c.getHistory({ recordId: record.id }));
        const now = get().history;
        if (now?.recordId === record.id) set({ history: { recordId: record.id, version: record.updatedAt, entries } });
      } catch (e) {
        notices().showError('error.load', e);
      }
    },

    async refreshProgress() {
      try {
        const p = await api().getProgress({});
        set({ progressAll: p });
      } catch {
        /* the toolbar keeps the last figure */
      }
    },

    openAdd(draft) {
      if (!docs().doc) return;
      if (needProfile()) return;
      set({ addDraft: draft });
    },

    closeAdd() {
      set({ addDraft: null });
      get().focusGrid();
    },

    async resolveConflict(recordId, field, eventId) {
      if (needProfile()) return;
      const r = docs().records.find((x) => x.id === recordId);
      const side = r?.conflicts.find((c) => c.field === field)?.sides.find((s) => s.eventId === eventId);
      try {
        const row = await call((c) => c.resolveConflict({ recordId, field: field as 'status' | EditableField, eventId }));
        docs().replaceRecord(row);
        notices().show({
          kind: 'info',
          key: 'conflict.resolved',
          paramsFor: (locale) => ({ field: fieldLabel(locale, field), value: formatValue(field, side?.value, locale) }),
        });
        get().focusGrid();
      } catch (e) {
        notices().showError('conflict.failed', e);
        await resync();
      }
    },

    async chooseSide(n) {
      const r = selectedRecord(docs());
      if (!r) return;
      const pick = sideForKey(r, n);
      if (pick) await get().resolveConflict(r.id, pick.field, pick.eventId);
    },

    async submitAdd(draft): Promise<FormMessage | null> {
      const d = docs();
      const doc = d.doc;
      if (!doc) return null;
      let start = draft.start;
      let end = draft.end;
      const text = draft.text.trim();
      if (start === null || end === null || doc.text.slice(start, end) !== text) {
        if (!text) return { key: 'add.needText' };
        const near = selectedRecord(d)?.start ?? 0;
        const span = findSpan(doc.text, text, near, d.records);
        if (!span) return { key: 'add.notFound', params: { text } };
        start = span.start;
        end = span.end;
      }
      try {
        const row = await call((c) =>
          c.addRecord({
            documentId: doc.id,
            start: start!,
            end: end!,
            amount: draft.amount.trim() || text,
            item: draft.item.trim() || undefined,
            fy: draft.fy.trim() || undefined,
            stage: draft.stage as Stage,
          }),
        );
        docs().replaceRecord(row);
        docs().selectRecord(row.id, 'key');
        set({ addDraft: null });
        notices().show({ kind: 'info', key: 'add.done', params: { text: row.text } });
        get().focusGrid();
        return null;
      } catch (e) {
        if (errorCode(e) === 'no_profile') failed(e);
        return { key: 'add.failed', params: { message: errorMessage(e) } };
      }
    },
  };

  async function undoRedo(which: 'undo' | 'redo') {
    if (needProfile()) return;
    try {
      const step = await call((c) => (which === 'undo' ? c.undo({}) : c.redo({})));
      if (!step) {
        notices().show({ kind: 'info', key: which === 'undo' ? 'undo.nothing' : 'redo.nothing' });
        return;
      }
      const d = docs();
      const documentId = step.record?.documentId ?? step.candidate!.documentId;
      if (documentId !== d.selectedDocId) await d.openDocument(documentId);
      if (step.record) {
        docs().replaceRecord(step.record);
        docs().selectRecord(step.record.id, 'key');
      } else {
        // a candidate's decision: show the candidate as it is now
        await useChecksStore.getState().refresh();
        useChecksStore.getState().selectCandidate(step.candidate!.id);
      }
      notices().show({ kind: 'info', key: which === 'undo' ? 'undo.done' : 'redo.done', paramsFor: (locale) => undoNoticeParams(step, locale) });
    } catch (e) {
      failed(e);
    }
  }
});

