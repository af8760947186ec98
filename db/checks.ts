// Checks over the database: re-run on every read, so they follow every change, import and
// merge. A failed check can be accepted with a reason: a set of the record's check.KIND field.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import type { CheckKind } from '../shared/checks';
import { checkRecords, documentChecks, type CheckView } from '../shared/record-checks';
import { acceptField } from '../shared/review';
import type { RecordRow } from '../shared/records';
import { LIMITS } from '../shared/limits';
import { allRecords, getRecord } from './projection';
import { setField } from './review';

const textOf = (db: Database.Database, id: string) => db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as string | undefined;

/** The checks of one document, or of every document. */
export function listChecks(db: Database.Database, documentId?: string): CheckView[] {
  if (documentId && textOf(db, documentId) === undefined) throw new ApiError('not_found', `no document ${documentId}`);
  const byDoc = new Map<string, RecordRow[]>();
  for (const r of allRecords(db)) {
    const g = byDoc.get(r.documentId) ?? [];
    g.push(r);
    byDoc.set(r.documentId, g);
  }
  const texts = new Map<string, string>();
  const text = (id: string) => texts.get(id) ?? (texts.set(id, textOf(db, id) ?? ''), texts.get(id)!);
  const all = [...byDoc.entries()].flatMap(([id, rs]) => checkRecords(rs, text(id)));
  const out: CheckView[] = [];
  for (const [id, rs] of byDoc) {
    if (documentId && id !== documentId) continue;
    out.push(...documentChecks(rs, text(id), all.filter((r) => r.documentId !== id)));
  }
  return out;
}

/** Accepts a failed check on a record with a reason, at its current figures. */
export function acceptCheck(db: Database.Database, actor: string, recordId: string, kind: CheckKind, reason: string): RecordRow {
  const why = reason.trim();
  if (!why) throw new ApiError('bad_value', 'accepting a check needs a reason', { field: 'reason' });
  if (why.length > LIMITS.reasonChars) throw new ApiError('bad_value', `a reason has at most ${LIMITS.reasonChars} characters`);
  return db.transaction(() => {
    const r = getRecord(db, recordId);
    if (!r) throw new ApiError('not_found', `no record ${recordId}`);
    const c = listChecks(db, r.documentId).find((x) => x.record === recordId && x.kind === kind);
    if (!c || c.status === 'pass') throw new ApiError('check_not_failed', `the ${kind} check of record ${recordId} has not failed`, { kind, id: recordId });
    return setField(db, actor, recordId, acceptField(kind), { reason: why, expected: c.expected, actual: c.actual }, { reason: why });
  })();
}

/** Failed checks (neither fixed nor accepted) per document. */
export function failedCheckCounts(db: Database.Database): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of listChecks(db)) if (c.status === 'fail') m.set(c.documentId, (m.get(c.documentId) ?? 0) + 1);
  return m;
}
