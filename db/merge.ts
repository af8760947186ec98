// Merging a colleague's review file: the union of documents and events, then the touched
// records re-projected. Order-free and idempotent: the records depend only on the set of
// events, and events are identified by their content hash.
import type Database from 'better-sqlite3';
import type { MergeSummary } from '../shared/api';
import type { EventRow } from '../shared/events';
import { fromDb, type EventDbRow } from './events';
import { attachChecked, checkedCopy, detach, RefusedFile } from './exchange-file';
import { reprojectMany } from './projection';
import { mergeDocumentPdfs } from './merge-pdf';
import { LIMITS } from '../shared/limits';

const EVENT_COLS = 'id, hlc, actor, document_id, record_id, type, field, value, parents';
const DOC_COLS = 'id, title, file_name, bytes, encoding, text, imported_at, imported_by';

class DryRun extends Error {}

/** Sign-offs travel with the file (the checker found each intact); each is verified when shown. */
function mergeSignoffs(db: Database.Database): number {
  return db
    .prepare('INSERT OR IGNORE INTO main.signoffs (id, document_id, payload, signature) SELECT id, document_id, payload, signature FROM incoming.signoffs')
    .run().changes;
}

function firstRow<T>(db: Database.Database, sql: string): T | undefined {
  return db.prepare(sql).get() as T | undefined;
}

export type MergeProgress = (phase: 'checking' | 'projecting', done: number, total: number) => void;

/**
 * What the checked file could still contradict in ours: a document id we hold with another
 * text, or a second creation of a record we hold (a different extraction of the same span).
 */
function checkAgainstOurs(db: Database.Database, name: string): void {
  const badDoc = firstRow<{ id: string }>(
    db,
    `SELECT o.id FROM incoming.documents o JOIN main.documents m ON m.id = o.id WHERE m.text IS NOT o.text LIMIT 1`,
  );
  if (badDoc) throw new RefusedFile(`${name}: document ${badDoc.id.slice(0, 12)}… has the id of another text (damaged or forged)`, 'forged_document', { document: badDoc.id.slice(0, 12) });
  const second = firstRow<{ id: string; record_id: string }>(
    db,
    `SELECT o.id, o.record_id FROM incoming.events o
       JOIN main.events m ON m.record_id = o.record_id AND m.type IN ('record.extracted', 'record.added')
     WHERE o.type IN ('record.extracted', 'record.added') AND o.id != m.id LIMIT 1`,
  );
  if (second) {
    throw new RefusedFile(`${name}: event ${second.id.slice(0, 12)}… is refused: record ${second.record_id} is created twice (a second extraction of a record this database holds)`, 'second_extraction', { record: second.record_id });
  }
}

/** The bounds each file is checked against hold for the union too: several files can't add up past them. */
function checkBounds(db: Database.Database, name: string, records: Iterable<string>): void {
  const count = db.prepare("SELECT count(*) AS events, count(CASE WHEN type = 'comment.added' THEN 1 END) AS comments FROM main.events WHERE record_id = ?");
  for (const id of records) {
    const n = count.get(id) as { events: number; comments: number };
    if (n.events > LIMITS.eventsPerRecord) throw new RefusedFile(`${name}: record ${id} would have more than ${LIMITS.eventsPerRecord} events`, 'too_many_events', { record: id, limit: LIMITS.eventsPerRecord });
    if (n.comments > LIMITS.commentsPerRecord) throw new RefusedFile(`${name}: record ${id} would have more than ${LIMITS.commentsPerRecord} comments`, 'too_many_comments', { record: id, limit: LIMITS.commentsPerRecord });
  }
}

/**
 * Copies the incoming events new to us in one statement (the checker has re-hashed and
 * validated every one) and returns them, parsed, grouped by record, for the projection.
 */
function copyEvents(db: Database.Database, progress: MergeProgress): { added: number; touched: Map<string, EventRow[]> } {
  const total = (db.prepare('SELECT count(*) AS n FROM incoming.events').get() as { n: number }).n;
  progress('checking', 0, total);
  const inserted = db
    .prepare(`INSERT OR IGNORE INTO main.events (${EVENT_COLS}) SELECT ${EVENT_COLS} FROM incoming.events WHERE true RETURNING ${EVENT_COLS}`)
    .all() as EventDbRow[];
  const touched = new Map<string, EventRow[]>();
  for (const r of inserted) {
    const row = fromDb(r);
    const list = touched.get(row.recordId!);
    if (list) list.push(row);
    else touched.set(row.recordId!, [row]);
  }
  progress('checking', total, total);
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
  const copy = checkedCopy(file, name);
  mark('check');
  try {
    attachChecked(db, copy.path, name);
    try {
      let summary: MergeSummary | null = null;
      try {
        db.transaction(() => {
          checkAgainstOurs(db, name);
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
          const { added, touched } = copyEvents(db, progress);
          checkBounds(db, name, touched.keys());
          // Records this file already held are projected from all their events; new ones from
          // the incoming events alone, without reading them back.
          const known = db.prepare('SELECT 1 FROM main.records WHERE id = ?').pluck();
          const complete = new Map([...touched].filter(([id]) => !known.get(id)));
          const signoffs = mergeSignoffs(db);
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
