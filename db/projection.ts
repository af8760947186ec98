// The `records` table is a projection of the event log: rebuilt from it at will.
import type Database from 'better-sqlite3';
import { canonicalJson } from '../shared/canonical';
import { approvedContent, compareEvents, projectRecord, type EventRow } from '../shared/events';
import type { RecordRow } from '../shared/records';
import { eventsByRecord } from './events';
import { sha256Hex } from './hash';

const contentHash = (content: ReturnType<typeof approvedContent>) => sha256Hex(canonicalJson(content));
export const contentHashOf = (r: RecordRow) => contentHash(approvedContent(r));

export const project = (events: EventRow[]) => projectRecord(events, contentHash);

/**
 * Bumped when the projected record's shape changes (2: approvedAt; 3: parent and accepted checks). A database whose records
 * were projected by an earlier version is re-projected from its log when opened or checked.
 */
export const PROJECTION_VERSION = '3';

export function projectionCurrent(db: Database.Database): boolean {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'projection'").get() as { value: string } | undefined;
  return row?.value === PROJECTION_VERSION;
}

export function markProjectionCurrent(db: Database.Database): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('projection', ?)").run(PROJECTION_VERSION);
}

const upserts = new WeakMap<Database.Database, Database.Statement>();

function writeRecord(db: Database.Database, r: RecordRow): void {
  let upsert = upserts.get(db);
  if (!upsert) {
    upsert = db.prepare(
    `INSERT INTO records (id, document_id, start, "end", status, stage, fy, confidence, data, updated_at, last_actor)
     VALUES (@id, @documentId, @start, @end, @status, @stage, @fy, @confidence, @data, @updatedAt, @lastActor)
     ON CONFLICT(id) DO UPDATE SET status = excluded.status, stage = excluded.stage, fy = excluded.fy,
       confidence = excluded.confidence, data = excluded.data, updated_at = excluded.updated_at,
       last_actor = excluded.last_actor`,
    );
    upserts.set(db, upsert);
  }
  upsert.run({ ...r, data: JSON.stringify(r) });
}

export function rebuildAllRecords(db: Database.Database): void {
  db.exec('DELETE FROM records');
  // The counts follow the records by trigger; a count from elsewhere is not trusted to start from.
  db.exec('DELETE FROM document_progress');
  for (const events of eventsByRecord(db).values()) {
    const row = project(events);
    if (row) writeRecord(db, row);
  }
}

export function getRecord(db: Database.Database, id: string): RecordRow | null {
  const row = db.prepare('SELECT data FROM records WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as RecordRow) : null;
}

export function recordsOfDocument(db: Database.Database, documentId: string): RecordRow[] {
  const rows = db.prepare('SELECT data FROM records WHERE document_id = ? ORDER BY start, "end"').all(documentId) as {
    data: string;
  }[];
  return rows.map((r) => JSON.parse(r.data) as RecordRow);
}

export function allRecords(db: Database.Database): RecordRow[] {
  const rows = db.prepare('SELECT data FROM records ORDER BY document_id, start, "end"').all() as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as RecordRow);
}

/** Records reviewed of all: from the counts triggers keep per document (db/migrations.ts, 5), not a scan. */
export function reviewProgress(db: Database.Database): { reviewed: number; total: number } {
  return db.prepare('SELECT coalesce(sum(reviewed), 0) AS reviewed, coalesce(sum(records), 0) AS total FROM document_progress').get() as {
    reviewed: number;
    total: number;
  };
}

/** The same counts recounted from the records themselves (checks and tests compare the two). */
export function recountProgress(db: Database.Database, schema: 'main' | 'incoming' = 'main'): Map<string, { records: number; reviewed: number }> {
  const rows = db
    .prepare(`SELECT document_id, count(*) AS records, count(CASE WHEN status != 'pending' THEN 1 END) AS reviewed FROM "${schema}".records GROUP BY document_id`)
    .all() as { document_id: string; records: number; reviewed: number }[];
  return new Map(rows.map((r) => [r.document_id, { records: r.records, reviewed: r.reviewed }]));
}

/** The kept counts, documents without records left out (as a recount has none for them). */
export function keptProgress(db: Database.Database, schema: 'main' | 'incoming' = 'main'): Map<string, { records: number; reviewed: number }> {
  const rows = db
    .prepare(`SELECT document_id, records, reviewed FROM "${schema}".document_progress WHERE records != 0 OR reviewed != 0`)
    .all() as { document_id: string; records: number; reviewed: number }[];
  return new Map(rows.map((r) => [r.document_id, { records: r.records, reviewed: r.reviewed }]));
}

/**
 * Re-projects many records at once (a merge, an import): one pass over their events, not a
 * query each. `complete` gives, for some records, every event they have (newly arrived ones),
 * so those are not read back.
 */
export function reprojectMany(
  db: Database.Database,
  recordIds: Set<string>,
  progress: (done: number, total: number) => void = () => {},
  complete: Map<string, EventRow[]> = new Map(),
): RecordRow[] {
  if (!recordIds.size) return [];
  const rest = [...recordIds].filter((id) => !complete.has(id));
  let groups = new Map<string, EventRow[]>();
  if (rest.length) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS touched (id TEXT PRIMARY KEY)');
    db.exec('DELETE FROM temp.touched');
    const add = db.prepare('INSERT OR IGNORE INTO temp.touched (id) VALUES (?)');
    for (const id of rest) add.run(id);
    groups = eventsByRecord(db, undefined, 'temp.touched');
    db.exec('DELETE FROM temp.touched');
  }
  const out: RecordRow[] = [];
  const total = recordIds.size;
  const each = (events: EventRow[]) => {
    const row = project(events);
    if (!row) return;
    writeRecord(db, row);
    out.push(row);
    if (out.length % 5_000 === 0) progress(out.length, total);
  };
  for (const events of groups.values()) each(events);
  for (const events of complete.values()) each(events.sort(compareEvents));
  return out;
}

/** The ids of a document's records still pending, in source order (the CLI's batch approve). */
export function pendingRecordIds(db: Database.Database, documentId: string): string[] {
  return (db.prepare("SELECT id FROM records WHERE document_id = ? AND status = 'pending' ORDER BY start, id").all(documentId) as { id: string }[]).map((r) => r.id);
}
