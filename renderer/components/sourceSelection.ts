// Reads the browser's selection in the source view as text offsets (logic/selection.ts does
// the mapping; this only hands it the DOM).
import { boundaryOffset, normalizeSpan, prefillDraft, type AddRecordDraft, type NodeLike } from '../logic/selection';
import { useDocumentsStore } from '../store/documents';

/** The add form's draft from the current selection in the source view (empty when none). */
export function draftFromSelection(): AddRecordDraft | null {
  const { doc, records } = useDocumentsStore.getState();
  if (!doc) return null;
  const view = document.querySelector('[data-testid="source-view"]');
  const sel = window.getSelection();
  let span = null;
  if (view && sel && sel.rangeCount > 0 && !sel.isCollapsed) {
    const range = sel.getRangeAt(0);
    if (view.contains(range.startContainer) && view.contains(range.endContainer)) {
      const a = boundaryOffset(range.startContainer as unknown as NodeLike, range.startOffset);
      const b = boundaryOffset(range.endContainer as unknown as NodeLike, range.endOffset);
      span = normalizeSpan(doc.text, a, b);
    }
  }
  return prefillDraft(doc.text, span, records);
}
