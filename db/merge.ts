// Merging a colleague's review file: the union of documents and events, then the touched
// records re-projected. Order-free and idempotent: the records depend only on the set of
// events, and events are identified by their content hash.
import type Database from 'better-sqlite3';
import { canonicalJson } from '../shared/canonical';
import { EVENT_TYPES, type EventInput } from '../shared/events';
import { attachChecked, detach, privateCopy, RefusedFile } from './exchange-file';
import { sha256Hex } from './hash';
import { reprojectMany } from './projection';

export interface MergeSummary {
  documents: number; // new to this database
  events: number; // new to this database
  records: number; // records created or changed by the merge
  conflicts: number; // of those, records that now hold a conflict
}

const EVENT_COLS = 'id, hlc, actor, document_id, record_id, type, field, value, parents';
const DOC_COLS = 'id, title, file_name, bytes, encoding, text, imported_at, imported_by';
const HLC = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}|0000-00-00T00:00:00\.000Z-0000-0{16})$/;
const RECORD_ID = /^r[0-9a-f]{23}$/;
const HEX64 = /^[0-9a-f]{64}$/;

class DryRun extends Error {}

interface IncomingEvent {
  id: string;
  hlc: string;
  actor: string;
  document_id: string;
  record_id: string | null;
  type: string;
  field: string | null;
  value: string | null;
  parents: string;
}

/** Checks one incoming event is well formed and its id is its content hash; the reason, or null. */
function eventProblem(e: IncomingEvent): string | null {
  if (!HLC.test(e.hlc)) return 'bad clock';
  if (!(EVENT_TYPES as readonly string[]).includes(e.type)) return `unknown type ${e.type}`;
  if (e.record_id !== null && !RECORD_ID.test(e.record_id)) return 'bad record id';
  if (typeof e.actor !== 'string' || !e.actor || e.actor.length > 200) return 'bad actor';
  let value: unknown, parents: unknown;
  try {
    value = e.value === null ? null : JSON.parse(e.value);
    parents = JSON.parse(e.parents);
  } catch {
    return 'unreadable value';
  }
  if (!Array.isArray(parents) || !parents.every((p) => typeof p === 'string' && HEX64.test(p))) return 'bad parents';
  const input: EventInput = {
    hlc: e.hlc, actor: e.actor, documentId: e.document_id, recordId: e.record_id,
    type: e.type as EventInput['type'], field: e.field, value, parents: parents as string[],
  };
  return sha256Hex(canonicalJson(input)) === e.id ? null : 'its id does not match its content (altered or forged)';
}

function firstRow<T>(db: Database.Database, sql: string): T | undefined {
  return db.prepare(sql).get() as T | undefined;
}

/** Refuses the incoming file if any row is forged, damaged or points at nothing. */
function verifyIncoming(db: Database.Database, name: string): Set<string> {
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
  // One pass over the incoming events: a known id must hold the same content as ours; a new
  // one must be well formed and hash to its id.
  const touched = new Set<string>();
  const rows = db
    .prepare(
      `SELECT o.id, o.hlc, o.actor, o.document_id, o.record_id, o.type, o.field, o.value, o.parents, m.id IS NOT NULL AS known,
         (m.hlc IS NOT o.hlc OR m.actor IS NOT o.actor OR m.document_id IS NOT o.document_id OR m.record_id IS NOT o.record_id
          OR m.type IS NOT o.type OR m.field IS NOT o.field OR m.value IS NOT o.value OR m.parents IS NOT o.parents) AS differs
       FROM incoming.events o LEFT JOIN main.events m ON m.id = o.id`,
    )
    .iterate() as IterableIterator<IncomingEvent & { known: number; differs: number }>;
  for (const e of rows) {
    if (e.known) {
      if (e.differs) throw new RefusedFile(`${name}: event ${e.id.slice(0, 12)}… has the id of a different event here (damaged or forged)`);
      continue;
    }
    const problem = eventProblem(e);
    if (problem) throw new RefusedFile(`${name}: event ${String(e.id).slice(0, 12)}… is refused: ${problem}`);
    if (e.record_id) touched.add(e.record_id);
  }
  return touched;
}

/** Merges (or, with dryRun, previews) the review file at `file` into the open database. */
export function mergeFile(db: Database.Database, file: string, opts: { dryRun?: boolean; name?: string } = {}): MergeSummary {
  const name = opts.name ?? file;
  const copy = privateCopy(file);
  try {
    attachChecked(db, copy.path, name);
    try {
      let summary: MergeSummary | null = null;
      try {
        db.transaction(() => {
          const touched = verifyIncoming(db, name);
          const docCount = () => (db.prepare('SELECT count(*) AS n FROM main.documents').get() as { n: number }).n;
          const docsBefore = docCount();
          // The same document imported on two machines is one document: keep the earliest import.
          db.prepare(
              `INSERT INTO main.documents (${DOC_COLS}) SELECT ${DOC_COLS} FROM incoming.documents WHERE true
               ON CONFLICT(id) DO UPDATE SET imported_at = excluded.imported_at, imported_by = excluded.imported_by,
                 file_name = excluded.file_name, title = excluded.title
               WHERE excluded.imported_at < documents.imported_at`,
          ).run();
          const events = db.prepare(`INSERT OR IGNORE INTO main.events (${EVENT_COLS}) SELECT ${EVENT_COLS} FROM incoming.events`).run();
          const rows = reprojectMany(db, touched);
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
      return summary!;
    } finally {
      detach(db);
    }
  } finally {
    copy.dispose();
  }
}
