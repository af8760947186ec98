// What the host pushes, applied to the stores: task progress to the progress bar, and changed
// records, documents and sign-offs (this window's edits, another window's, the CLI's on the
// same file, an import or a merge) to the grid, the document list, the progress counts and the
// sign-off badges of the documents touched. Nothing in the renderer polls.
import type { ApiEvent, ChangedDocument, DocumentCounts } from '../../shared/api';
import { isFileCommand } from '../logic/exchange';
import { api } from './api';
import { useAppStore } from './app';
import { useDocumentsStore } from './documents';
import { useExchangeStore } from './exchange';
import { useReviewStore } from './review';
import { useSignoffStore } from './signoff';

/** A pushed event as it came off the wire: checked for shape before any store sees it. */
export function asApiEvent(v: unknown): ApiEvent | null {
  if (!v || typeof v !== 'object') return null;
  const e = v as { type?: unknown; task?: unknown; documents?: unknown; command?: unknown };
  if (e.type === 'task' && e.task && typeof e.task === 'object') return e as ApiEvent;
  if (e.type === 'changed' && Array.isArray(e.documents)) return e as ApiEvent;
  if (e.type === 'counts' && Array.isArray(e.documents)) return e as ApiEvent;
  if (e.type === 'menu' && typeof e.command === 'string') return e as ApiEvent;
  return null;
}

export function applyPush(raw: unknown): void {
  const e = asApiEvent(raw);
  if (!e) return;
  if (e.type === 'task') useAppStore.getState().taskPushed(e.task);
  else if (e.type === 'menu') {
    if (isFileCommand(e.command)) useExchangeStore.getState().run(e.command);
  } else if (e.type === 'counts') applyCounts(e.documents);
  else queueChanges(e.documents, e.all === true);
}

/** Review counts the store worked out in the background, set on the documents in the list. */
export function applyCounts(counts: readonly DocumentCounts[]): void {
  const byId = new Map(counts.map((c) => [c.id, c]));
  useDocumentsStore.setState((s) => ({
    documents: s.documents.map((d) => {
      const c = byId.get(d.id);
      return c ? { ...d, openCandidates: c.openCandidates, failedChecks: c.failedChecks } : d;
    }),
  }));
}

/**
 * Changes that arrive while the last ones are being applied wait and are applied together
 * after it (fast keys: one refresh per answer, not one per key).
 */
let queued: { docs: Map<string, ChangedDocument>; all: boolean } | null = null;
let draining: Promise<void> | null = null;

export function queueChanges(changed: readonly ChangedDocument[], all: boolean): Promise<void> {
  queued ??= { docs: new Map(), all: false };
  queued.all ||= all;
  for (const c of changed) {
    const had = queued.docs.get(c.id);
    queued.docs.set(c.id, {
      id: c.id,
      records: had === undefined ? c.records : had.records === null || c.records === null ? null : [...new Set([...had.records, ...c.records])],
      ...(had?.signoffs || c.signoffs ? { signoffs: true } : {}),
    });
  }
  draining ??= (async () => {
    try {
      while (queued) {
        const q = queued;
        queued = null;
        await applyChanges([...q.docs.values()], q.all);
      }
    } finally {
      draining = null;
    }
  })();
  return draining;
}

/** Brings what is on screen in step with the changed documents. */
export async function applyChanges(changed: readonly ChangedDocument[], all: boolean): Promise<void> {
  const d = useDocumentsStore.getState();
  const open = d.selectedDocId;
  const known = new Set(d.documents.map((x) => x.id));
  const tasks: Promise<unknown>[] = [useReviewStore.getState().refreshProgress()];
  // The list holds counts of every document: asked again when a document it does not show
  // (a new one), or one that is not open, changed; the open one's counts follow its records.
  if (all || changed.some((c) => c.id !== open || !known.has(c.id))) tasks.push(d.loadDocuments());
  const mine = changed.find((c) => c.id === open);
  if (open && (all || mine?.records === null)) tasks.push(reopen(open));
  else if (open && mine?.records?.length) tasks.push(patchRecords(open, mine.records));
  const signoffs = useSignoffStore.getState();
  if (all) tasks.push(signoffs.refresh());
  else if (changed.length) tasks.push(signoffs.refreshDocuments(changed.map((c) => c.id)));
  if (signoffs.dialogOpen && (all || mine)) tasks.push(signoffs.loadPreview());
  await Promise.all(tasks);
}

/** The open document again, when it is still there (a switched database may not hold it). */
async function reopen(id: string): Promise<void> {
  const d = useDocumentsStore.getState();
  if (!d.documentsLoaded) return;
  await d.loadDocuments();
  const now = useDocumentsStore.getState();
  if (now.selectedDocId === id && now.documents.some((x) => x.id === id)) await now.openDocument(id);
}

/** The changed rows of the open document, put in place (rows this window is still writing wait for their answer). */
async function patchRecords(documentId: string, ids: readonly string[]): Promise<void> {
  const inFlight = new Set(useReviewStore.getState().inFlight);
  const wanted = ids.filter((id) => !inFlight.has(id));
  if (!wanted.length) return;
  try {
    const rows = await api().listRecords({ documentId, ids: wanted.slice(0, 500) });
    const d = useDocumentsStore.getState();
    if (d.selectedDocId !== documentId) return;
    const busy = new Set(useReviewStore.getState().inFlight);
    for (const row of rows) if (!busy.has(row.id)) d.replaceRecord(row);
  } catch {
    /* the document went away (a switch): the next push or open shows what is there */
  }
}
