// Candidates of a document: the tokenizer's yen figures that no extracted record covers, each
// with its decision (open, added as a record, dismissed with a reason) from the event log.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import { foldCandidate, type CandidateValue, type CandidateView } from '../shared/candidates';
import { coverage, tokenFigures, type TokenFigure } from '../shared/coverage';
import { LIMITS } from '../shared/limits';
import type { RecordRow } from '../shared/records';
import { tick } from './clock';
import { documentIds, documentSummary } from './documents';
import { appendEvents, fromDb, type EventDbRow } from './events';
import { recordId } from './hash';
import { recordsOfDocument } from './projection';
import { documentVersions, Kept } from './kept';
import { addRecord } from './review';

// A document's text never changes: its figures are read once per open database.
const figuresCache = new WeakMap<Database.Database, Map<string, TokenFigure[]>>();

function figuresOf(db: Database.Database, documentId: string, text: string): TokenFigure[] {
  let m = figuresCache.get(db);
  if (!m) figuresCache.set(db, (m = new Map()));
  let f = m.get(documentId);
  if (!f) m.set(documentId, (f = tokenFigures(text)));
  return f;
}

const textOf = (db: Database.Database, documentId: string): string => {
  const t = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  if (t === undefined) throw new ApiError('not_found', `no document ${documentId}`);
  return t;
};

/** Every candidate of a document with its status; `records` when the caller has them already. */
export function listCandidates(db: Database.Database, documentId: string, records?: RecordRow[]): CandidateView[] {
  const text = textOf(db, documentId);
  const rows = records ?? recordsOfDocument(db, documentId);
  // candidates are what the extraction missed: a reviewer's added record decides one, it does not hide it
  const extracted = rows.filter((r) => r.origin === 'extracted');
  const added = rows.filter((r) => r.origin === 'manual' && r.start >= 0);
  const figs = figuresOf(db, documentId, text);
  const { candidates } = coverageOf(text, extracted, figs);
  const events = db.prepare("SELECT * FROM events WHERE document_id = ? AND type = 'candidate.set'").all(documentId) as EventDbRow[];
  const byCandidate = new Map<string, ReturnType<typeof fromDb>[]>();
  for (const e of events) {
    const g = byCandidate.get(e.record_id!) ?? [];
    g.push(fromDb(e));
    byCandidate.set(e.record_id!, g);
  }
  return candidates.map((c) => {
    const id = recordId(documentId, c.start, c.end);
    const fold = foldCandidate(byCandidate.get(id) ?? []);
    const isAdded = added.some((r) => r.start < c.end && c.start < r.end);
    return {
      id, documentId, line: c.line, start: c.start, end: c.end, text: c.text, yen: c.yen,
      status: isAdded ? 'added' : fold.to, reason: isAdded ? null : fold.reason, by: fold.by, at: fold.at, history: fold.history,
    };
  });
}

/** coverage() with the document's figures read once. */
function coverageOf(text: string, records: RecordRow[], figs: TokenFigure[]) {
  return coverage(text, records, figs);
}

function findCandidate(db: Database.Database, candidateId: string): CandidateView {
  const doc = db.prepare("SELECT document_id FROM events WHERE record_id = ? LIMIT 1").pluck().get(candidateId) as string | undefined;
  const docs = doc ? [doc] : documentIds(db);
  for (const d of docs) {
    const c = listCandidates(db, d).find((x) => x.id === candidateId);
    if (c) return c;
  }
  throw new ApiError('not_found', `no candidate ${candidateId}`, { id: candidateId });
}

function decide(db: Database.Database, actor: string, c: CandidateView, value: Omit<CandidateValue, 'start' | 'end' | 'text' | 'yen'>): CandidateView {
  const n = db.prepare('SELECT count(*) FROM events WHERE record_id = ?').pluck().get(c.id) as number;
  if (n >= LIMITS.eventsPerRecord) throw new ApiError('limit', `candidate ${c.id} has reached ${LIMITS.eventsPerRecord} changes`);
  const events = (db.prepare("SELECT * FROM events WHERE record_id = ? AND type = 'candidate.set'").all(c.id) as EventDbRow[]).map(fromDb);
  const v: CandidateValue = { start: c.start, end: c.end, text: c.text, yen: c.yen, ...value };
  if (v.reason === undefined) delete v.reason;
  appendEvents(db, [{ hlc: tick(db), actor, documentId: c.documentId, recordId: c.id, type: 'candidate.set', field: null, value: v, parents: foldCandidate(events).heads }]);
  return listCandidates(db, c.documentId).find((x) => x.id === c.id)!;
}

/** Dismisses a candidate with a reason (a listed code or the reviewer's words). */
export function dismissCandidate(db: Database.Database, actor: string, candidateId: string, reason: string): CandidateView {
  const r = reason.trim();
  if (!r) throw new ApiError('bad_value', 'a dismissal needs a reason', { field: 'reason' });
  if (r.length > LIMITS.reasonChars) throw new ApiError('bad_value', `a reason has at most ${LIMITS.reasonChars} characters`);
  return db.transaction(() => {
    const c = findCandidate(db, candidateId);
    if (c.status === 'added') throw new ApiError('candidate_added', `candidate ${candidateId} is already a record`, { id: candidateId });
    if (c.status === 'dismissed' && c.reason === r) return c;
    return decide(db, actor, c, { to: 'dismissed', reason: r });
  })();
}

/** Re-opens a candidate (the way an undo of a dismissal goes), or redoes a decision. */
export function setCandidate(db: Database.Database, actor: string, candidateId: string, to: 'open' | 'dismissed', reason: string | null, mark: { undoOf?: string; redoOf?: string }): CandidateView {
  const c = findCandidate(db, candidateId);
  return decide(db, actor, c, to === 'dismissed' ? { to, reason: reason ?? 'other', ...mark } : { to, ...mark });
}

/** Adds a candidate as a record, pre-filled from the tokenizer's reading and the figures around it. */
export function addCandidate(db: Database.Database, actor: string, candidateId: string): RecordRow {
  return db.transaction(() => {
    const c = findCandidate(db, candidateId);
    if (c.status === 'added') throw new ApiError('candidate_added', `candidate ${candidateId} is already a record`, { id: candidateId });
    const text = textOf(db, c.documentId);
    const records = recordsOfDocument(db, c.documentId);
    // the year and stage of the nearest record before it (the document's frame), the line's words as the item
    const before = records.filter((r) => r.start >= 0 && r.start < c.start).at(-1) ?? records[0];
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const item = text.slice(lineStart, c.start).replace(/^[\s\-・•◦○●◎◆◇■□▪※➢|]+/u, '').replace(/[\s\t|:：]+$/u, '').trim().slice(0, 200) || null;
    return addRecord(db, actor, c.documentId, c.start, c.end, { yen: c.yen, item, fy: before?.fy ?? null, stage: before?.stage ?? 'other' });
  })();
}

/**
 * Open candidates per document (the document list's count), re-counted only when it changed
 * (db/kept.ts). With `keptOnly`, only the counts already worked out (the others are left out).
 */
const keptOpen = new Kept<number>();
const countOpen = (db: Database.Database, id: string, version: string): number =>
  keptOpen.get(db, id, version, () => listCandidates(db, id).filter((c) => c.status === 'open').length);

export function openCandidateCounts(db: Database.Database, documentIds: readonly string[], keptOnly = false): Map<string, number> {
  const versionOf = documentVersions(db);
  const out = new Map<string, number>();
  for (const id of documentIds) {
    const n = keptOnly ? keptOpen.peek(db, id, versionOf(id)) : countOpen(db, id, versionOf(id));
    if (n !== undefined) out.set(id, n);
  }
  return out;
}

/** Counts open candidates, document by document until `deadline` (performance.now()); true when every count is kept. */
export function warmCandidateCounts(db: Database.Database, documentIds: readonly string[], deadline: number): boolean {
  const versionOf = documentVersions(db);
  for (const id of documentIds) {
    if (keptOpen.peek(db, id, versionOf(id)) !== undefined) continue;
    countOpen(db, id, versionOf(id));
    if (performance.now() > deadline) return false;
  }
  return true;
}
