// Merging a colleague's review file: the union of documents and events, then the touched
// records re-projected. Order-free and idempotent: the records depend only on the set of
// events, and events are identified by their content hash.
//
// A preview checks the file in full and compares it with the open database without writing
// (db/merge-preview.ts); the checked copy is kept as a prepared merge, which the confirm
// applies without checking it again, once it has found the file byte-identical to what was
// checked.
import type Database from 'better-sqlite3';
import type { MergeSummary } from '../shared/api';
import type { EventRow } from '../shared/events';
import { fromDb, type EventDbRow } from './events';
import { attachChecked, checkedCopy, detach, RefusedFile } from './exchange-file';
import { fileFingerprint } from './incoming-copy';
import type { PrivateCopy } from './incoming-copy';
import { reprojectMany } from './projection';
import { mergeDocumentPdfs } from './merge-pdf';
import { compareIncoming } from './merge-preview';
import { checkAgainstOurs, checkRecordBounds, type MergeProgress } from './merge-checks';

export type { MergeProgress };

const EVENT_COLS = 'id, hlc, actor, document_id, record_id, type, field, value, parents';
const DOC_COLS = 'id, title, file_name, bytes, encoding, text, imported_at, imported_by';

/** Sign-offs travel with the file (the checker found each intact); each is verified when shown. */
function mergeSignoffs(db: Database.Database): number {
  return db
    .prepare('INSERT OR IGNORE INTO main.signoffs (id, document_id, payload, signature) SELECT id, document_id, payload, signature FROM incoming.signoffs')
    .run().changes;
}

/** The bounds each file is checked against hold for the union too: several files can't add up past them. */
function checkBounds(db: Database.Database, name: string, records: Iterable<string>): void {
  const count = db.prepare("SELECT count(*) AS events, count(CASE WHEN type = 'comment.added' THEN 1 END) AS comments FROM main.events WHERE record_id = ?");
  for (const id of records) checkRecordBounds(name, id, count.get(id) as { events: number; comments: number });
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

type Timings = Record<string, number>;
export interface MergeOptions {
  name?: string;
  progress?: MergeProgress;
  timings?: Timings;
}

function stopwatch(timings: Timings | undefined) {
  let t = performance.now();
  return (label: string) => {
    const now = performance.now();
    if (timings) timings[label] = (timings[label] ?? 0) + (now - t) / 1000;
    t = now;
  };
}

/** A file checked in full and compared with the database: what merging it would bring. */
export interface PreparedMerge {
  file: string;
  name: string;
  summary: MergeSummary;
  copy: PrivateCopy;
  dispose(): void;
}

/** The preview: checks `file` in full on a private copy and compares it with ours, writing nothing. */
export function prepareMerge(db: Database.Database, file: string, opts: MergeOptions = {}): PreparedMerge {
  const name = opts.name ?? file;
  const mark = stopwatch(opts.timings);
  const copy = checkedCopy(file, name);
  mark('check');
  try {
    attachChecked(db, copy.path, name);
    let summary: MergeSummary;
    try {
      summary = compareIncoming(db, name, opts.progress ?? (() => {}));
    } finally {
      detach(db);
    }
    mark('compare');
    return { file, name, summary, copy, dispose: () => copy.dispose() };
  } catch (e) {
    copy.dispose();
    throw e;
  }
}

/**
 * The confirm of a preview: merges the copy the preview checked, after finding the file
 * byte-identical to it. A file changed since its preview is refused (the database unchanged):
 * what would be merged is not what was shown.
 */
export function applyPreparedMerge(db: Database.Database, prepared: PreparedMerge, opts: MergeOptions = {}): MergeSummary {
  if (fileFingerprint(prepared.file, prepared.name) !== prepared.copy.fingerprint) {
    throw new RefusedFile(`${prepared.name} changed since its preview: preview it again`, 'changed_since_preview');
  }
  return mergeChecked(db, prepared.copy.path, prepared.name, opts);
}

/** Merges (or, with dryRun, previews) the review file at `file` into the open database. */
export function mergeFile(db: Database.Database, file: string, opts: MergeOptions & { dryRun?: boolean } = {}): MergeSummary {
  if (opts.dryRun) {
    const prepared = prepareMerge(db, file, opts);
    prepared.dispose();
    return prepared.summary;
  }
  const name = opts.name ?? file;
  const mark = stopwatch(opts.timings);
  const copy = checkedCopy(file, name);
  mark('check');
  try {
    return mergeChecked(db, copy.path, name, opts);
  } finally {
    copy.dispose();
  }
}

/** The union itself, from a checked copy, in one transaction: a refusal leaves the database whole. */
function mergeChecked(db: Database.Database, copyPath: string, name: string, opts: MergeOptions): MergeSummary {
  const progress: MergeProgress = opts.progress ?? (() => {});
  const mark = stopwatch(opts.timings);
  attachChecked(db, copyPath, name);
  try {
    const summary = db.transaction((): MergeSummary => {
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
      return {
        documents: docCount() - docsBefore,
        events: added,
        records: rows.length,
        conflicts: rows.filter((r) => r.conflicts.length > 0).length,
        signoffs,
      };
    })();
    mark('commit');
    return summary;
  } finally {
    detach(db);
  }
}
