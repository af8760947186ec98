// Checks over the database, re-run on every read (for the documents that changed since the last;
// db/kept.ts), so they follow every change, import and merge. A failed check can be accepted with
// a reason: a set of the record's check.KIND field.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import { lastYearIndex, type CheckKind, type CheckRecord, type LastYearIndex } from '../shared/checks';
import type { RecordRow } from '../shared/records';
import { checkRecords, documentChecks, type CheckView } from '../shared/record-checks';
import { documentVersions, Kept } from './kept';
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

function snapshot(db: Database.Database): Snapshot {
  const versionOf = documentVersions(db);
  const documents = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
  const kept = documents.map((id) => keptRecords.get(db, id, versionOf(id), () => {
    const records = checkRecords(recordsOfDocument(db, id), textOf(db, id) ?? '');
    return { records, signature: sha256Hex(JSON.stringify(records)) };
  }));
  const signatures = kept.map((k) => k.signature);
  const all = (): CheckRecord[] => kept.flatMap((k) => k.records);
  const indexSignature = sha256Hex(signatures.join(''));
  const index = keptIndex.get(db, '', indexSignature, () => lastYearIndex(all()));
  return { versionOf, documents, index, indexSignature };
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

/** Failed checks (neither fixed nor accepted) per document: re-run only for the documents that changed. */
export function failedCheckCounts(db: Database.Database): Map<string, number> {
  const snap = snapshot(db);
  const m = new Map<string, number>();
  for (const id of snap.documents) {
    const n = keptFailed.get(db, id, `${snap.versionOf(id)}:${snap.indexSignature}`, () =>
      documentChecks(recordsOfDocument(db, id), textOf(db, id) ?? '', snap.index).filter((c) => c.status === 'fail').length);
    if (n) m.set(id, n);
  }
  return m;
}
