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


const EVENT_COLS = 'id, hlc, actor, document_id, record_id, type, field, value, parents';
const DOC_COLS = 'id, title, file_name, bytes, encoding, text, imported_at, imported_by';
const HLC = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}|0000-00-00T00:00:00\.000Z-0000-0{16})$/;
const RECORD_ID = /^r[0-9a-f]{23}$/;
const HEX64 = /^[0-9a-f]{64}$/;

class DryRun extends Error {}

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

/**
 * Refuses the incoming file if any row is forged, damaged or points at nothing. Returns the
 * new events (parsed) grouped by record: the merge projects from them without reading back.
 */
function verifyIncoming(db: Database.Database, name: string, progress: MergeProgress): Map<string, EventRow[]> {
  const total = (db.prepare('SELECT count(*) AS n FROM incoming.events').get() as { n: number }).n;
  let seen = 0;
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
  // One pass over the incoming events. Ids are content hashes and ours were checked when
  // written, so an incoming event whose hash matches its id and that we hold is identical to
  // ours: no need to read our copy. The new ones are remembered by row for the insert.
  const touched = new Map<string, EventRow[]>();
  db.exec('CREATE TEMP TABLE IF NOT EXISTS incoming_new (seq INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM temp.incoming_new');
  const fresh: number[] = [];
  const rows = db
    .prepare(
      `SELECT o.seq, o.id, o.hlc, o.actor, o.document_id, o.record_id, o.type, o.field, o.value, o.parents,
         EXISTS (SELECT 1 FROM main.events m WHERE m.id = o.id) AS known
       FROM incoming.events o`,
    )
    .iterate() as IterableIterator<EventDbRow & { seq: number; known: number }>;
  for (const e of rows) {
    if (++seen % 20_000 === 0) progress('checking', seen, total);
    if (e.known) {
      if (storedEventId(e) !== e.id) throw new RefusedFile(`${name}: event ${e.id.slice(0, 12)}… has the id of a different event here (damaged or forged)`);
      continue;
    }
    const checked = checkEvent(e);
    if ('problem' in checked) throw new RefusedFile(`${name}: event ${String(e.id).slice(0, 12)}… is refused: ${checked.problem}`);
    fresh.push(e.seq);
    if (e.record_id) {
      const list = touched.get(e.record_id);
      if (list) list.push(checked.row);
      else touched.set(e.record_id, [checked.row]);
    }
  }
  const addNew = db.prepare('INSERT INTO temp.incoming_new (seq) VALUES (?)');
  for (const seq of fresh) addNew.run(seq);
  return touched;
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
          const touched = verifyIncoming(db, name, progress);
          // Records this file already holds must be projected from all their events; new ones
          // from the incoming events alone.
          const known = db.prepare('SELECT 1 FROM main.records WHERE id = ?').pluck();
          const complete = new Map([...touched].filter(([id]) => !known.get(id)));
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
          const events = db
            .prepare(`INSERT INTO main.events (${EVENT_COLS}) SELECT ${EVENT_COLS} FROM incoming.events WHERE seq IN (SELECT seq FROM temp.incoming_new)`)
            .run();
          db.exec('DELETE FROM temp.incoming_new');
          mark('insert');
          const rows = reprojectMany(db, new Set(touched.keys()), (done, total) => progress('projecting', done, total), complete);
          mark('project');
          summary = {
            documents: docCount() - docsBefore,
            events: events.changes,
            records: rows.length,
            conflicts: rows.filter((r) => r.conflicts.length > 0).length,
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
