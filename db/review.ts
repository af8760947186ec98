// Review actions: every one is an event appended to the log, then the record is re-projected.
// An undo is a new event that restores the earlier value, never a deletion.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import { fieldHeads, recordHistory, type EventInput, type SetField, type SetValue } from '../shared/events';
import type { Extracted } from '../shared/extract/types';
import type { HistoryEntry, RecordRow, RecordStatus } from '../shared/records';
import { isAcceptField, validAcceptValue, validFieldValue, type EditableField } from '../shared/review';
import type { CheckKind } from '../shared/checks';
import { LIMITS } from '../shared/limits';
import { tick } from './clock';
import { appendEvents, eventsOfRecord, fromDb, type EventDbRow } from './events';
import { foldCandidate, type CandidateValue, type CandidateView } from '../shared/candidates';
import { setCandidate } from './candidates';
import { recordId } from './hash';
import { contentHashOf, getRecord, reprojectMany } from './projection';

export interface UndoResult {
  /** The record the step changed, or null when it changed a candidate's decision. */
  record: RecordRow | null;
  candidate?: CandidateView;
  entry: HistoryEntry;
}

function requireRecord(db: Database.Database, id: string): RecordRow {
  const r = getRecord(db, id);
  if (!r) throw new ApiError('not_found', `no record ${id}`);
  return r;
}

function write(db: Database.Database, e: Omit<EventInput, 'hlc'>): RecordRow {
  // The bound every file from elsewhere is checked against holds for our own writes too.
  const events = (db.prepare('SELECT count(*) AS n FROM events WHERE record_id = ?').get(e.recordId) as { n: number }).n;
  if (events >= LIMITS.eventsPerRecord) throw new ApiError('limit', `record ${e.recordId} has reached ${LIMITS.eventsPerRecord} changes and comments`);
  appendEvents(db, [{ ...e, hlc: tick(db) }]);
  reprojectMany(db, new Set([e.recordId!]));
  return requireRecord(db, e.recordId!);
}

const currentValue = (r: RecordRow, field: SetField): unknown => {
  if (field === 'status') return r.status;
  if (field === 'previous' || field === 'supplementary') return r[field]?.yen ?? null;
  if (isAcceptField(field)) {
    const a = r.accepted[field.slice('check.'.length) as CheckKind];
    return a ? { reason: a.reason, expected: a.expected, actual: a.actual } : null;
  }
  return r[field];
};

export function setField(
  db: Database.Database,
  actor: string,
  id: string,
  field: SetField,
  to: unknown,
  extra: Omit<SetValue, 'to'> = {},
): RecordRow {
  return db.transaction(() => {
    const r = requireRecord(db, id);
    if (isAcceptField(field) ? !validAcceptValue(to) : field !== 'status' && !validFieldValue(field as EditableField, to)) {
      throw new ApiError('bad_value', `not a valid value for ${field}: ${JSON.stringify(to)}`);
    }
    if (field === 'parent' && to !== null) parentProblem(db, r, to as string);
    const events = eventsOfRecord(db, id);
    const inConflict = r.conflicts.some((c) => c.field === field);
    if (!inConflict && !extra.undoOf && !extra.redoOf && JSON.stringify(currentValue(r, field)) === JSON.stringify(to)) {
      return r; // nothing changes: no event
    }
    const value: SetValue = { to, ...extra };
    if (field === 'status' && to === 'approved') value.hash = contentHashOf(r);
    if (!value.reason) delete value.reason;
    return write(db, { actor, documentId: r.documentId, recordId: id, type: 'field.set', field, value, parents: fieldHeads(events, field) });
  })();
}

/** A parent is another record of the same document, and no record is its own ancestor. */
function parentProblem(db: Database.Database, r: RecordRow, parent: string): void {
  const bad = (why: string, code: string) => {
    throw new ApiError(code, why, { id: parent });
  };
  let p = getRecord(db, parent);
  if (!p || p.documentId !== r.documentId) bad(`no record ${parent} in this document`, 'parent_unknown');
  for (let depth = 0; p && depth < 1000; depth++) {
    if (p.id === r.id) bad(`record ${parent} is part of this record: a figure cannot be part of its own part`, 'parent_cycle');
    p = p.parent ? getRecord(db, p.parent) : null;
  }
}

export function setStatus(db: Database.Database, actor: string, id: string, status: RecordStatus, reason?: string): RecordRow {
  return setField(db, actor, id, 'status', status, { reason });
}

export function addComment(db: Database.Database, actor: string, id: string, text: string): RecordRow {
  const t = text.trim();
  if (!t) throw new ApiError('bad_value', 'a comment needs some text');
  if (t.length > LIMITS.commentChars) throw new ApiError('bad_value', `a comment has at most ${LIMITS.commentChars} characters`);
  return db.transaction(() => {
    const r = requireRecord(db, id);
    if (r.comments.length >= LIMITS.commentsPerRecord) throw new ApiError('limit', `record ${id} has reached ${LIMITS.commentsPerRecord} comments`);
    return write(db, { actor, documentId: r.documentId, recordId: id, type: 'comment.added', field: null, value: { text: t }, parents: [] });
  })();
}

export function resolveComment(db: Database.Database, actor: string, id: string, commentId: string): RecordRow {
  return db.transaction(() => {
    const r = requireRecord(db, id);
    const c = r.comments.find((x) => x.id === commentId);
    if (!c) throw new ApiError('not_found', `no comment ${commentId} on record ${id}`);
    if (c.resolved) return r;
    return write(db, { actor, documentId: r.documentId, recordId: id, type: 'comment.resolved', field: null, value: { commentId }, parents: [commentId] });
  })();
}

/** A record the extractor missed, added from a selection of the source text. */
export function addRecord(
  db: Database.Database,
  actor: string,
  documentId: string,
  start: number,
  end: number,
  fields: Pick<Extracted, 'yen' | 'item' | 'fy' | 'stage'>,
): RecordRow {
  return db.transaction(() => {
    const doc = db.prepare('SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string } | undefined;
    if (!doc) throw new ApiError('not_found', `no document ${documentId}`);
    if (!(start >= 0 && end > start && end <= doc.text.length)) throw new ApiError('bad_value', 'the selection is outside the document');
    const text = doc.text.slice(start, end);
    if (text.includes('\n') || text.length > 200) throw new ApiError('bad_value', 'select the amount on one line');
    const id = recordId(documentId, start, end);
    if (getRecord(db, id)) throw new ApiError('duplicate', 'a record already covers exactly this text');
    for (const k of ['yen', 'item', 'fy', 'stage'] as const) {
      if (!validFieldValue(k, fields[k])) throw new ApiError('bad_value', `not a valid value for ${k}`);
    }
    const line = doc.text.slice(0, start).split('\n').length;
    const value: Extracted = {
      line, start, end, text, yen: fields.yen, unit: '', item: fields.item, section: [], fy: fields.fy,
      stage: fields.stage, flags: [], previous: null, supplementary: null, change: null, confidence: 1, warnings: [],
    };
    return write(db, { actor, documentId, recordId: id, type: 'record.added', field: null, value, parents: [] });
  })();
}

export function history(db: Database.Database, id: string): HistoryEntry[] {
  requireRecord(db, id);
  return recordHistory(eventsOfRecord(db, id));
}

interface MineRow {
  id: string;
  record_id: string;
  type: string;
  field: string;
  value: string;
}

/** The actor's undo and redo stacks, rebuilt from the log (so they survive a restart). */
function stacks(db: Database.Database, actor: string) {
  const rows = db
    .prepare("SELECT id, record_id, type, field, value FROM events WHERE actor = ? AND type IN ('field.set', 'candidate.set') ORDER BY hlc, id")
    .all(actor) as MineRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const done: string[] = [];
  let undone: string[] = [];
  for (const r of rows) {
    const v = JSON.parse(r.value) as SetValue;
    if (v.undoOf) {
      const i = done.lastIndexOf(v.undoOf);
      if (i >= 0) done.splice(i, 1);
      undone.push(v.undoOf);
    } else if (v.redoOf) {
      const i = undone.lastIndexOf(v.redoOf);
      if (i >= 0) undone.splice(i, 1);
      done.push(v.redoOf);
    } else {
      done.push(r.id);
      undone = [];
    }
  }
  return { done, undone, byId };
}

/**
 * Takes back the actor's latest change (undo: writes the value it replaced) or re-applies the
 * latest one taken back (redo: writes its value again), as a new event.
 */
function step(db: Database.Database, actor: string, direction: 'undo' | 'redo'): UndoResult | null {
  return db.transaction(() => {
    const { done, undone, byId } = stacks(db, actor);
    const target = byId.get((direction === 'undo' ? done : undone).at(-1) ?? '');
    if (!target) return null;
    if (target.type === 'candidate.set') return stepCandidate(db, actor, target, direction);
    const entry = recordHistory(eventsOfRecord(db, target.record_id)).find((h) => h.eventId === target.id)!;
    const value = direction === 'redo' ? entry.to : Array.isArray(entry.from) ? entry.from[0] : entry.from;
    const mark = direction === 'undo' ? { undoOf: target.id } : { redoOf: target.id };
    return { record: setField(db, actor, target.record_id, target.field as SetField, value, mark), entry };
  })();
}

/** Undo or redo of a candidate's decision: the decision it replaced (open when none), or its own again. */
function stepCandidate(db: Database.Database, actor: string, target: MineRow, direction: 'undo' | 'redo'): UndoResult {
  const events = (db.prepare("SELECT * FROM events WHERE record_id = ? AND type = 'candidate.set'").all(target.record_id) as EventDbRow[]).map(fromDb);
  const entry = foldCandidate(events).history.find((h) => h.eventId === target.id)!;
  const own = JSON.parse(target.value) as CandidateValue;
  const prior = events.find((e) => e.id === events.find((x) => x.id === target.id)!.parents.at(-1))?.value as CandidateValue | undefined;
  const to: { to: 'open' | 'dismissed'; reason?: string } = direction === 'redo' ? own : (prior ?? { to: 'open' });
  const mark = direction === 'undo' ? { undoOf: target.id } : { redoOf: target.id };
  const candidate = setCandidate(db, actor, target.record_id, to.to, to.reason ?? null, mark);
  return { record: null, candidate, entry };
}

export const undo = (db: Database.Database, actor: string) => step(db, actor, 'undo');
export const redo = (db: Database.Database, actor: string) => step(db, actor, 'redo');

/** Resolves a conflict by choosing one side's value: a set whose parents are all current heads. */
export function resolveConflict(db: Database.Database, actor: string, id: string, field: SetField, eventId: string): RecordRow {
  return db.transaction(() => {
    const r = requireRecord(db, id);
    const side = r.conflicts.find((c) => c.field === field)?.sides.find((s) => s.eventId === eventId);
    if (!side) throw new ApiError('not_found', `no conflicting value ${eventId.slice(0, 12)}… for ${field} on record ${id}`);
    return setField(db, actor, id, field, side.value, { reason: 'conflict resolved' });
  })();
}
