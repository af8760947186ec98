// What changed in the database since a mark: the events and sign-offs that arrived after it
// (this process's writes, another client's, the CLI's on the same file, a merge), per
// document. The store's worker pushes these to the window, so no one polls for changes.
import type Database from 'better-sqlite3';
import type { ChangedDocument } from '../shared/api';
import type { RecordRow } from '../shared/records';

/** Listed per record up to this many events of a document; beyond, the document changed wholesale. */
const MAX_LISTED = 200;

export interface ChangeMark {
  seq: number;
  signoff: number;
}

export function changeMark(db: Database.Database): ChangeMark {
  const r = db.prepare('SELECT (SELECT coalesce(max(seq), 0) FROM events) AS seq, (SELECT coalesce(max(rowid), 0) FROM signoffs) AS signoff').get() as ChangeMark;
  return r;
}

/** The documents (and their records) changed after `since`, and the mark to compare with next. */
export function changesSince(db: Database.Database, since: ChangeMark): { mark: ChangeMark; documents: ChangedDocument[] } {
  const mark = changeMark(db);
  if (mark.seq <= since.seq && mark.signoff <= since.signoff) return { mark, documents: [] };
  const byDoc = new Map<string, ChangedDocument>();
  if (mark.seq > since.seq) {
    const counts = db.prepare('SELECT document_id AS id, count(*) AS n FROM events WHERE seq > ? AND seq <= ? GROUP BY document_id').all(since.seq, mark.seq) as { id: string; n: number }[];
    const records = db.prepare('SELECT DISTINCT record_id AS id FROM events WHERE seq > ? AND seq <= ? AND document_id = ? AND record_id IS NOT NULL').pluck();
    for (const c of counts) byDoc.set(c.id, { id: c.id, records: c.n > MAX_LISTED ? null : (records.all(since.seq, mark.seq, c.id) as string[]) });
  }
  if (mark.signoff > since.signoff) {
    const docs = db.prepare('SELECT DISTINCT document_id FROM signoffs WHERE rowid > ? AND rowid <= ?').pluck().all(since.signoff, mark.signoff) as string[];
    for (const id of docs) byDoc.set(id, { ...(byDoc.get(id) ?? { id, records: [] }), signoffs: true });
  }
  return { mark, documents: [...byDoc.values()] };
}

/** Some records of a document, as stored (the rows a pushed change names). */
export function recordsByIds(db: Database.Database, documentId: string, ids: readonly string[]): RecordRow[] {
  const rows = db
    .prepare('SELECT data FROM records WHERE document_id = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY start, "end"')
    .pluck()
    .all(documentId, JSON.stringify(ids)) as string[];
  return rows.map((d) => JSON.parse(d) as RecordRow);
}
