// Wires the keymap (logic/keymap.ts) to the window and the stores' actions.
import { useEffect } from 'react';
import { defaultKeymap, resolveKey, type Action, type KeyBinding } from '../logic/keymap';
import { useDocumentsStore } from '../store/documents';

const handlers: Record<Action, () => void> = {
  nextRecord: () => useDocumentsStore.getState().stepRecord(1),
  prevRecord: () => useDocumentsStore.getState().stepRecord(-1),
  firstRecord: () => useDocumentsStore.getState().edgeRecord('first'),
  lastRecord: () => useDocumentsStore.getState().edgeRecord('last'),
};

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

export function useKeymap(keymap: readonly KeyBinding[] = defaultKeymap) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      const action = resolveKey(keymap, e, {
        inEditable: isEditable(target),
        inGrid: !!target?.closest('[data-testid="records-grid"]'),
      });
      if (!action) return;
      e.preventDefault();
      handlers[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keymap]);
}
