// The `records` table is a projection of the event log: rebuilt from it at will.
import type Database from 'better-sqlite3';
import { projectRecord } from '../shared/events';
import type { RecordRow } from '../shared/records';
import { eventsByRecord, eventsOfRecord } from './events';

function writeRecord(db: Database.Database, r: RecordRow): void {
  db.prepare(
    `INSERT INTO records (id, document_id, start, "end", status, stage, fy, confidence, data, updated_at, last_actor)
     VALUES (@id, @documentId, @start, @end, @status, @stage, @fy, @confidence, @data, @updatedAt, @lastActor)
     ON CONFLICT(id) DO UPDATE SET status = excluded.status, stage = excluded.stage, fy = excluded.fy,
       confidence = excluded.confidence, data = excluded.data, updated_at = excluded.updated_at,
       last_actor = excluded.last_actor`,
  ).run({ ...r, data: JSON.stringify(r) });
}

/** Re-projects the given records from their events. */
export function reprojectRecords(db: Database.Database, recordIds: Iterable<string>): void {
  for (const id of recordIds) {
    const row = projectRecord(eventsOfRecord(db, id));
    if (row) writeRecord(db, row);
  }
}

export function rebuildAllRecords(db: Database.Database): void {
  db.exec('DELETE FROM records');
  for (const events of eventsByRecord(db).values()) {
    const row = projectRecord(events);
    if (row) writeRecord(db, row);
  }
}

export function recordsOfDocument(db: Database.Database, documentId: string): RecordRow[] {
  const rows = db.prepare('SELECT data FROM records WHERE document_id = ? ORDER BY start, "end"').all(documentId) as {
    data: string;
  }[];
  return rows.map((r) => JSON.parse(r.data) as RecordRow);
}
