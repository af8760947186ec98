// Wires the keymap (logic/keymap.ts) to the window and the stores' actions.
import { useEffect } from 'react';
import { defaultKeymap, resolveKey, type Action, type KeyBinding, type KeyContext } from '../logic/keymap';
import { useDocumentsStore } from '../store/documents';
import { useExchangeStore } from '../store/exchange';
import { useImportStore } from '../store/import';
import { useReviewStore } from '../store/review';
import { useChecksStore } from '../store/checks';
import { useSignoffStore } from '../store/signoff';
import { draftFromSelection } from './sourceSelection';

const docs = () => useDocumentsStore.getState();
const review = () => useReviewStore.getState();
const checks = () => useChecksStore.getState();

const handlers: Record<Action, () => void> = {
  // with the candidates list shown, the record keys step through candidates
  nextRecord: () => (checks().showCandidates ? checks().step(1) : docs().stepRecord(1)),
  prevRecord: () => (checks().showCandidates ? checks().step(-1) : docs().stepRecord(-1)),
  firstRecord: () => docs().edgeRecord('first'),
  lastRecord: () => docs().edgeRecord('last'),
  nextPending: () => review().goPending(1),
  prevPending: () => review().goPending(-1),
  // on a candidate, the approve key adds it as a record
  approve: () => (checks().selectedCandidateId ? void checks().addSelected() : void review().review('approved')),
  reject: () => void review().review('rejected'),
  resetPending: () => void review().review('pending'),
  edit: () => review().openEditor('yen'),
  comment: () => review().focusComment(),
  history: () => review().toggleHistory(),
  addFromSelection: () => {
    const draft = draftFromSelection();
    if (draft) review().openAdd(draft);
  },
  undo: () => void review().undo(),
  redo: () => void review().redo(),
  focusSearch: () => review().focusSearch(),
  focusDocuments: () => docs().focusDocSearch(),
  nextDocument: () => void docs().stepDocument(1).then(afterDocumentKey),
  prevDocument: () => void docs().stepDocument(-1).then(afterDocumentKey),
  help: () => review().setHelp(true),
  fileMenu: () => useExchangeStore.getState().setMenu(true),
  signoff: () => useSignoffStore.getState().openDialog(),
  settings: () => useSignoffStore.getState().openSettings(),
  chooseSide1: () => void review().chooseSide(1),
  chooseSide2: () => void review().chooseSide(2),
  nextCandidate: () => checks().step(1),
  prevCandidate: () => checks().step(-1),
  dismissCandidate: () => checks().openDismiss(),
  acceptCheck: () => checks().openAccept(),
};

/** A document opened from the keyboard starts at its first pending record, grid focused. */
function afterDocumentKey() {
  if (!docs().selectedRecordId) review().goPending(1);
  review().focusGrid();
}

export function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/** The key context of an event target (also used by the grid's suppressKeyboardEvent). */
export function keyContext(target: Element | null): KeyContext {
  const r = review();
  const x = useExchangeStore.getState();
  const so = useSignoffStore.getState();
  return {
    inEditable: isEditable(target),
    inGrid: !!target?.closest('[data-testid="records-grid"]'),
    onControl: !!target?.closest('button, a[href], summary, [role="button"], [role="tab"]'),
    inModal:
      r.profileDialog || r.helpOpen || r.addDraft !== null || x.merge !== null || x.menuOpen || so.settingsOpen || so.dialogOpen ||
      useChecksStore.getState().dismissing !== null || useChecksStore.getState().accepting !== null || useImportStore.getState().summary !== null,
  };
}

export function useKeymap(keymap: readonly KeyBinding[] = defaultKeymap) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      const action = resolveKey(keymap, e, keyContext(target));
      if (!action) return;
      e.preventDefault();
      handlers[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keymap]);
}
