// Merging a colleague's review file: the union of documents and events, then the touched
// records re-projected. Order-free and idempotent: the records depend only on the set of
// events, and events are identified by their content hash.
import type Database from 'better-sqlite3';
import type { MergeSummary } from '../shared/api';
import { EVENT_TYPES, type EventRow } from '../shared/events';
import { fromDb, type EventDbRow } from './events';
import { isEditableField, isRecordStatus, validFieldValue } from '../shared/review';
import { attachChecked, detach, privateCopy, RefusedFile } from './exchange-file';
import { sha256Hex, storedEventId } from './hash';
import { reprojectMany } from './projection';
import { mergeDocumentPdfs } from './merge-pdf';


const EVENT_COLS = 'id, hlc, actor, document_id, record_id, type, field, value, parents';
const DOC_COLS = 'id, title, file_name, bytes, encoding, text, imported_at, imported_by';
const HLC = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}|0000-00-00T00:00:00\.000Z-0000-0{16})$/;
const RECORD_ID = /^r[0-9a-f]{23}$/;
const HEX64 = /^[0-9a-f]{64}$/;

class DryRun extends Error {}

/** Sign-offs travel with the file; each is checked to be intact here and verified when shown. */
function mergeSignoffs(db: Database.Database, name: string): number {
  const rows = db
    .prepare('SELECT o.id, o.document_id, o.payload, o.signature FROM incoming.signoffs o WHERE NOT EXISTS (SELECT 1 FROM main.signoffs m WHERE m.id = o.id)')
    .all() as { id: string; document_id: string; payload: string; signature: string }[];
  const hasDoc = db.prepare('SELECT 1 FROM main.documents WHERE id = ?').pluck();
  const insert = db.prepare('INSERT INTO main.signoffs (id, document_id, payload, signature) VALUES (?, ?, ?, ?)');
  for (const r of rows) {
    if (sha256Hex(r.payload) !== r.id) throw new RefusedFile(`${name}: sign-off ${r.id.slice(0, 12)}… was altered (damaged or forged)`);
    if (!hasDoc.get(r.document_id)) throw new RefusedFile(`${name}: sign-off ${r.id.slice(0, 12)}… refers to a document the file does not hold`);
    insert.run(r.id, r.document_id, r.payload, r.signature);
  }
  return rows.length;
}

/** Checks one incoming event is well formed and its id is its content hash. */
function checkEvent(e: EventDbRow): { row: EventRow } | { problem: string } {
  if (!HLC.test(e.hlc)) return { problem: 'bad clock' };
  if (!(EVENT_TYPES as readonly string[]).includes(e.type)) return { problem: `unknown type ${e.type}` };
  if (e.record_id !== null && !RECORD_ID.test(e.record_id)) return { problem: 'bad record id' };
  if (typeof e.actor !== 'string' || !e.actor || e.actor.length > 200) return { problem: 'bad actor' };
  if (storedEventId(e) !== e.id) return { problem: 'its id does not match its content (altered or forged)' };
  let row: EventRow;
  try {
    row = fromDb(e);
  } catch {
    return { problem: 'unreadable value' };
  }
  if (!Array.isArray(row.parents) || !row.parents.every((p) => typeof p === 'string' && HEX64.test(p))) return { problem: 'bad parents' };
  const problem = eventValueProblem(e.type, e.field, row.value);
  return problem ? { problem } : { row };
}

/** Values are checked as strictly as the store checks its own writes. */
function eventValueProblem(type: string, field: string | null, value: unknown): string | null {
  const v = value as Record<string, unknown> | null;
  if (type === 'field.set') {
    if (!v || typeof v !== 'object' || !('to' in v)) return 'a set without a value';
    if (field === 'status') return isRecordStatus(v.to) ? null : 'unknown status';
    if (!field || !isEditableField(field)) return `unknown field ${field}`;
    return validFieldValue(field, v.to) ? null : `invalid value for ${field}`;
  }
  if (type === 'record.extracted' || type === 'record.added') {
    const ok = v && typeof v === 'object' && Number.isSafeInteger(v.start) && Number.isSafeInteger(v.end) &&
      Number.isSafeInteger(v.yen) && typeof v.text === 'string' && Number.isSafeInteger(v.line);
    return ok ? null : 'a record without a valid span and amount';
  }
  if (type === 'comment.added') return v && typeof v.text === 'string' && v.text.length <= 4000 ? null : 'a comment without text';
  if (type === 'comment.resolved') return v && typeof v.commentId === 'string' ? null : 'a resolution without a comment';
  return null;
}

function firstRow<T>(db: Database.Database, sql: string): T | undefined {
  return db.prepare(sql).get() as T | undefined;
}

export type MergeProgress = (phase: 'checking' | 'projecting', done: number, total: number) => void;

/** Refuses the incoming file's documents if any is forged or damaged. */
function verifyDocuments(db: Database.Database, name: string): void {
  const badDoc = firstRow<{ id: string }>(
    db,
    `SELECT o.id FROM incoming.documents o LEFT JOIN main.documents m ON m.id = o.id
     WHERE m.id IS NOT NULL AND m.text IS NOT o.text LIMIT 1`,
  );
  if (badDoc) throw new RefusedFile(`${name}: document ${badDoc.id.slice(0, 12)}… has the id of another text (damaged or forged)`);
  const newDocs = db
    .prepare('SELECT id, text FROM incoming.documents o WHERE NOT EXISTS (SELECT 1 FROM main.documents m WHERE m.id = o.id)')
    .iterate() as IterableIterator<{ id: string; text: string }>;
  for (const d of newDocs) {
    if (sha256Hex(d.text) !== d.id) throw new RefusedFile(`${name}: document ${String(d.id).slice(0, 12)}… does not match its text (damaged or forged)`);
  }
  const orphan = firstRow<{ id: string }>(
    db,
    `SELECT o.id FROM incoming.events o WHERE o.document_id NOT IN (SELECT id FROM incoming.documents)
       AND o.document_id NOT IN (SELECT id FROM main.documents) LIMIT 1`,
  );
  if (orphan) throw new RefusedFile(`${name}: event ${orphan.id.slice(0, 12)}… refers to a document the file does not hold`);
}

/**
 * Copies the incoming events in one statement, like a plain INSERT OR IGNORE, with every row
 * checked on the way by a function SQLite calls: its id must be the hash of its content (so an
 * id we hold with other content is refused — ours were checked when written) and its values
 * valid. Returns the new events, parsed, grouped by record, for the projection.
 */
function copyEvents(db: Database.Database, name: string, progress: MergeProgress): { added: number; touched: Map<string, EventRow[]> } {
  const total = (db.prepare('SELECT count(*) AS n FROM incoming.events').get() as { n: number }).n;
  const parsed = new Map<string, EventRow>();
  let seen = 0;
  db.function('yosan_check_event', { deterministic: false, varargs: false }, (id, hlc, actor, document_id, record_id, type, field, value, parents) => {
    const e = { id, hlc, actor, document_id, record_id, type, field, value, parents } as EventDbRow;
    const checked = checkEvent(e);
    if ('problem' in checked) throw new RefusedFile(`${name}: event ${String(id).slice(0, 12)}… is refused: ${checked.problem}`);
    parsed.set(e.id, checked.row);
    if (++seen % 20_000 === 0) progress('checking', seen, total);
    return 1;
  });
  // An event we hold already: only its hash is checked (then it is identical to ours) and it is
  // not inserted again.
  db.function('yosan_known_event', { deterministic: false }, (id, hlc, actor, document_id, record_id, type, field, value, parents) => {
    const e = { id, hlc, actor, document_id, record_id, type, field, value, parents } as EventDbRow;
    if (storedEventId(e) !== e.id) throw new RefusedFile(`${name}: event ${String(id).slice(0, 12)}… is refused: its id does not match its content (altered or forged)`);
    if (++seen % 20_000 === 0) progress('checking', seen, total);
    return 0;
  });
  const inserted = db
    .prepare(
      `INSERT OR IGNORE INTO main.events (${EVENT_COLS})
       SELECT ${EVENT_COLS} FROM incoming.events o
       WHERE CASE WHEN EXISTS (SELECT 1 FROM main.events m WHERE m.id = o.id)
         THEN yosan_known_event(${EVENT_COLS}) ELSE yosan_check_event(${EVENT_COLS}) END
       RETURNING id`,
    )
    .pluck()
    .all() as string[];
  const touched = new Map<string, EventRow[]>();
  for (const id of inserted) {
    const row = parsed.get(id)!;
    if (!row.recordId) continue;
    const list = touched.get(row.recordId);
    if (list) list.push(row);
    else touched.set(row.recordId, [row]);
  }
  return { added: inserted.length, touched };
}

/** Merges (or, with dryRun, previews) the review file at `file` into the open database. */
export function mergeFile(
  db: Database.Database,
  file: string,
  opts: { dryRun?: boolean; name?: string; progress?: MergeProgress; timings?: Record<string, number> } = {},
): MergeSummary {
  const progress: MergeProgress = opts.progress ?? (() => {});
  const name = opts.name ?? file;
  let t = performance.now();
  const mark = (label: string) => {
    const now = performance.now();
    if (opts.timings) opts.timings[label] = (opts.timings[label] ?? 0) + (now - t) / 1000;
    t = now;
  };
  const copy = privateCopy(file);
  mark('copy');
  try {
    attachChecked(db, copy.path, name);
    mark('check');
    try {
      let summary: MergeSummary | null = null;
      try {
        db.transaction(() => {
          verifyDocuments(db, name);
          mark('verify');
          const docCount = () => (db.prepare('SELECT count(*) AS n FROM main.documents').get() as { n: number }).n;
          const docsBefore = docCount();
          // The same document imported on two machines is one document: keep the earliest import.
          db.prepare(
              `INSERT INTO main.documents (${DOC_COLS}) SELECT ${DOC_COLS} FROM incoming.documents WHERE true
               ON CONFLICT(id) DO UPDATE SET imported_at = excluded.imported_at, imported_by = excluded.imported_by,
                 file_name = excluded.file_name, title = excluded.title
               WHERE excluded.imported_at < documents.imported_at`,
          ).run();
          mergeDocumentPdfs(db, name); // issue 14: the PDFs documents were read from
          const { added, touched } = copyEvents(db, name, progress);
          // Records this file already held are projected from all their events; new ones from
          // the incoming events alone, without reading them back.
          const known = db.prepare('SELECT 1 FROM main.records WHERE id = ?').pluck();
          const complete = new Map([...touched].filter(([id]) => !known.get(id)));
          const signoffs = mergeSignoffs(db, name);
          mark('insert');
          const rows = reprojectMany(db, new Set(touched.keys()), (done, total) => progress('projecting', done, total), complete);
          mark('project');
          summary = {
            documents: docCount() - docsBefore,
            events: added,
            records: rows.length,
            conflicts: rows.filter((r) => r.conflicts.length > 0).length,
            signoffs,
          };
          if (opts.dryRun) throw new DryRun();
        })();
      } catch (e) {
        if (!(e instanceof DryRun)) throw e;
      }
      mark('commit');
      return summary!;
    } finally {
      detach(db);
    }
  } finally {
    copy.dispose();
  }
}
