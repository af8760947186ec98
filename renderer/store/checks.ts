// Candidates (figures nobody reviewed) and checks of the open document: loaded with it and
// again after every change of its records (edits, undo, merges), the candidate selected, the
// candidates view, and the dialogs that ask why (dismiss a candidate, accept a failed check).
import { create } from 'zustand';
import type { CandidateView } from '../../shared/candidates';
import type { CheckKind } from '../../shared/checks';
import type { CheckView } from '../../shared/record-checks';
import { checksOfRecord, stepCandidate } from '../logic/checks';
import { api } from './api';
import { useDocumentsStore } from './documents';
import { useNoticeStore } from './notice';
import { useReviewStore } from './review';

export interface ChecksState {
  documentId: string | null;
  candidates: CandidateView[];
  checks: CheckView[];
  selectedCandidateId: string | null;
  /** The candidates list in place of the records grid (the Candidates filter). */
  showCandidates: boolean;
  /** Only records with a failed check in the grid (the Checks filter). */
  onlyFailed: boolean;
  dismissing: string | null;
  accepting: { recordId: string; kind: CheckKind } | null;

  refresh(): Promise<void>;
  selectCandidate(id: string | null): void;
  step(delta: number): void;
  setShowCandidates(on: boolean): void;
  setOnlyFailed(on: boolean): void;
  addSelected(): Promise<void>;
  openDismiss(): void;
  dismiss(reason: string): Promise<boolean>;
  openAccept(kind?: CheckKind): void;
  accept(reason: string): Promise<boolean>;
  closeDialogs(): void;
}

const docs = () => useDocumentsStore.getState();
const notices = () => useNoticeStore.getState();
let seq = 0;

export const useChecksStore = create<ChecksState>()((set, get) => ({
  documentId: null,
  candidates: [],
  checks: [],
  selectedCandidateId: null,
  showCandidates: false,
  onlyFailed: false,
  dismissing: null,
  accepting: null,

  async refresh() {
    const id = docs().selectedDocId;
    const mine = ++seq;
    if (!id) {
      set({ documentId: null, candidates: [], checks: [], selectedCandidateId: null });
      return;
    }
    try {
      const [candidates, checks] = await Promise.all([api().listCandidates({ documentId: id }), api().listChecks({ documentId: id })]);
      if (mine !== seq) return;
      const keep = get().documentId === id ? get().selectedCandidateId : null;
      set({ documentId: id, candidates, checks, selectedCandidateId: candidates.some((c) => c.id === keep) ? keep : null });
      // the document list's counts follow what was just loaded
      const open = candidates.filter((c) => c.status === 'open').length;
      const failed = checks.filter((c) => c.status === 'fail').length;
      useDocumentsStore.setState((s) => ({ documents: s.documents.map((d) => (d.id === id ? { ...d, openCandidates: open, failedChecks: failed } : d)) }));
    } catch (e) {
      if (mine === seq) notices().showError('error.load', e);
    }
  },

  selectCandidate(id) {
    set({ selectedCandidateId: id });
    if (id) docs().selectRecord(null, 'key');
  },

  step(delta) {
    const next = stepCandidate(get().candidates, get().selectedCandidateId, delta);
    if (next) get().selectCandidate(next);
  },

  setShowCandidates: (on) => set({ showCandidates: on }),
  setOnlyFailed: (on) => set({ onlyFailed: on }),

  async addSelected() {
    const c = get().candidates.find((x) => x.id === get().selectedCandidateId);
    if (!c || c.status === 'added') return;
    if (!useReviewStore.getState().profile) return useReviewStore.getState().openProfileDialog();
    try {
      const row = await api().addCandidate({ candidateId: c.id });
      docs().replaceRecord(row);
      notices().show({ kind: 'info', key: 'cand.added', params: { text: c.text } });
      get().step(1);
    } catch (e) {
      notices().showError('review.failed', e);
    }
  },

  openDismiss() {
    const c = get().candidates.find((x) => x.id === get().selectedCandidateId);
    if (c && c.status !== 'added') set({ dismissing: c.id });
  },

  async dismiss(reason) {
    const id = get().dismissing;
    if (!id || !reason.trim()) return false;
    if (!useReviewStore.getState().profile) {
      useReviewStore.getState().openProfileDialog();
      return false;
    }
    try {
      const c = await api().dismissCandidate({ candidateId: id, reason: reason.trim() });
      set((s) => ({ dismissing: null, candidates: s.candidates.map((x) => (x.id === c.id ? c : x)) }));
      notices().show({ kind: 'info', key: 'cand.dismissed', params: { text: c.text } });
      get().step(1);
      await get().refresh();
      return true;
    } catch (e) {
      notices().showError('review.failed', e);
      return false;
    }
  },

  openAccept(kind) {
    const id = docs().selectedRecordId;
    if (!id) return;
    const failed = checksOfRecord(get().checks, id).filter((c) => c.status === 'fail' && c.record === id);
    const c = kind ? failed.find((x) => x.kind === kind) : failed[0];
    if (c) set({ accepting: { recordId: id, kind: c.kind } });
  },

  async accept(reason) {
    const a = get().accepting;
    if (!a || !reason.trim()) return false;
    if (!useReviewStore.getState().profile) {
      useReviewStore.getState().openProfileDialog();
      return false;
    }
    try {
      const row = await api().acceptCheck({ recordId: a.recordId, kind: a.kind, reason: reason.trim() });
      set({ accepting: null });
      docs().replaceRecord(row);
      notices().show({ kind: 'info', key: 'check.acceptedDone' });
      return true;
    } catch (e) {
      notices().showError('review.failed', e);
      return false;
    }
  },

  closeDialogs: () => set({ dismissing: null, accepting: null }),
}));

/** Candidates and checks follow the open document and every change of its records. */
export function watchChecks(): () => void {
  return useDocumentsStore.subscribe((s, prev) => {
    if (s.records !== prev.records || s.selectedDocId !== prev.selectedDocId) void useChecksStore.getState().refresh();
    if (s.selectedRecordId && s.selectedRecordId !== prev.selectedRecordId) useChecksStore.setState({ selectedCandidateId: null });
  });
}
