// Checks over the database, re-run on every read (for the documents that changed since the last;
// db/kept.ts), so they follow every change, import and merge. A failed check can be accepted with
// a reason: a set of the record's check.KIND field.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import { lastYearIndex, type CheckKind, type CheckRecord, type LastYearIndex } from '../shared/checks';
import type { RecordRow } from '../shared/records';
import { checkRecords, documentChecks, type CheckView } from '../shared/record-checks';
import { documentVersions, Kept } from './kept';
import { documentIds } from './documents';
import { sha256Hex } from './hash';
import { acceptField } from '../shared/review';
import { LIMITS } from '../shared/limits';
import { getRecord, recordsOfDocument } from './projection';
import { setField } from './review';

const textOf = (db: Database.Database, id: string) => db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as string | undefined;

// Per document, kept until it changes (db/kept.ts): what the checks read of its records, and its
// failed checks given the index of the others' records at that time.
const keptRecords = new Kept<{ records: CheckRecord[]; signature: string }>();
const keptFailed = new Kept<number>();
const keptIndex = new Kept<LastYearIndex>();

interface Snapshot {
  versionOf: (documentId: string) => string;
  documents: string[];
  /** Every document's records as the checks read them, as an index for previous-year checks. */
  index: LastYearIndex;
  /** Changes when what the index holds changes (not when a record is approved). */
  indexSignature: string;
}

/** The last snapshot per database, with the log position and data_version it was taken at. */
const lastSnapshot = new WeakMap<Database.Database, { seq: number; dataVersion: number; snap: Snapshot; versions: Map<string, string>; signatures: Map<string, string> }>();

/**
 * Every document's check records and the index over them. After a write here only the documents
 * with events since the last snapshot are read again (the log's arrival order says which), so a
 * key press costs the same at any size; a commit by another connection reads every document's
 * version again.
 */
function snapshot(db: Database.Database): Snapshot {
  const seq = (db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get() as number);
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const last = lastSnapshot.get(db);
  if (last && last.dataVersion === dataVersion && last.seq === seq) return last.snap;
  let documents: string[];
  let versions: Map<string, string>;
  let signatures: Map<string, string>;
  if (last && last.dataVersion === dataVersion && last.seq < seq) {
    // (no DISTINCT: SQLite would scan the whole document index for it rather than the few new rows)
    const changed = new Set(db.prepare('SELECT document_id FROM events WHERE seq > ?').pluck().all(last.seq) as string[]);
    documents = [...changed].some((d) => !last.signatures.has(d)) ? documentIds(db) : last.snap.documents;
    versions = new Map(last.versions);
    signatures = new Map(last.signatures);
    for (const id of changed) {
      versions.set(id, `${seq}:${dataVersion}`);
      signatures.set(id, recordsKept(db, id, versions.get(id)!).signature);
    }
  } else {
    const versionNow = documentVersions(db);
    documents = documentIds(db);
    versions = new Map(documents.map((id) => [id, versionNow(id)]));
    signatures = new Map(documents.map((id) => [id, recordsKept(db, id, versions.get(id)!).signature]));
  }
  const versionOf = (id: string): string => versions.get(id) ?? '';
  const indexSignature = sha256Hex(documents.map((id) => signatures.get(id) ?? '').join(''));
  const index = keptIndex.get(db, '', indexSignature, () => lastYearIndex(documents.flatMap((id) => recordsKept(db, id, versionOf(id)).records)));
  const snap: Snapshot = { versionOf, documents, index, indexSignature };
  if (!db.inTransaction) lastSnapshot.set(db, { seq, dataVersion, snap, versions, signatures });
  return snap;
}

function recordsKept(db: Database.Database, id: string, version: string): { records: CheckRecord[]; signature: string } {
  return keptRecords.get(db, id, version, () => {
    const records = checkRecords(recordsOfDocument(db, id), textOf(db, id) ?? '');
    return { records, signature: sha256Hex(JSON.stringify(records)) };
  });
}

/** The checks of one document, or of every document. */
export function listChecks(db: Database.Database, documentId?: string): CheckView[] {
  if (documentId && textOf(db, documentId) === undefined) throw new ApiError('not_found', `no document ${documentId}`);
  const snap = snapshot(db);
  const out: CheckView[] = [];
  for (const id of documentId ? [documentId] : snap.documents) out.push(...documentChecks(recordsOfDocument(db, id), textOf(db, id) ?? '', snap.index));
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

/**
 * Failed checks (neither fixed nor accepted) per document: re-run only for the documents that
 * changed. `keptOnly`: only the counts already worked out against the current reading (none
 * when the file changed since), nothing is worked out.
 */
export function failedCheckCounts(db: Database.Database, keptOnly = false): Map<string, number> {
  const m = new Map<string, number>();
  const snap = keptOnly ? currentSnapshot(db) : snapshot(db);
  if (!snap) return m;
  for (const id of snap.documents) {
    const n = keptOnly ? keptFailed.peek(db, id, failedKey(snap, id)) : countFailed(db, snap, id);
    if (n !== undefined) m.set(id, n);
  }
  return m;
}

/** A document's failed checks against a reading's index: kept with its version and the index's. */
const failedKey = (snap: Snapshot, id: string): string => `${snap.versionOf(id)}:${snap.indexSignature}`;
const countFailed = (db: Database.Database, snap: Snapshot, id: string): number =>
  keptFailed.get(db, id, failedKey(snap, id), () => documentChecks(recordsOfDocument(db, id), textOf(db, id) ?? '', snap.index).filter((c) => c.status === 'fail').length);

/** The last reading when nothing changed since it, else null (reads nothing else). */
function currentSnapshot(db: Database.Database): Snapshot | null {
  const last = lastSnapshot.get(db);
  if (!last) return null;
  const seq = db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get() as number;
  return last.seq === seq && last.dataVersion === (db.pragma('data_version', { simple: true }) as number) ? last.snap : null;
}

/**
 * Works out, document by document until `deadline` (performance.now()), what the failed-check
 * counts need: each document's check records, then each count. True when every count is kept.
 */
export function warmFailedCheckCounts(db: Database.Database, deadline: number): boolean {
  if (!lastSnapshot.get(db)) {
    // a first reading: its check records one document at a time, so no step takes long
    const versionNow = documentVersions(db);
    for (const id of documentIds(db)) {
      recordsKept(db, id, versionNow(id));
      if (performance.now() > deadline) return false;
    }
  }
  const snap = snapshot(db);
  for (const id of snap.documents) {
    if (keptFailed.peek(db, id, failedKey(snap, id)) !== undefined) continue;
    countFailed(db, snap, id);
    if (performance.now() > deadline) return false;
  }
  return true;
}
