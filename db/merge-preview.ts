// A merge preview: what merging the attached, checked file (`incoming`) would bring, found by
// comparing it with the open database and writing nothing to it. It refuses what the merge
// would refuse, and its summary equals the merge's (test/unit/merge-prepared.test.ts).
import type Database from 'better-sqlite3';
import type { MergeSummary } from '../shared/api';
import { compareEvents, type EventRow } from '../shared/events';
import { eventsByRecord, fromDb, type EventDbRow } from './events';
import { checkAgainstOurs, checkRecordBounds, type MergeProgress } from './merge-checks';
import { checkIncomingPdfs } from './merge-pdf';
import { project } from './projection';

const EVENT_COLS = 'o.id, o.hlc, o.actor, o.document_id, o.record_id, o.type, o.field, o.value, o.parents';
const count = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;

export function compareIncoming(db: Database.Database, name: string, progress: MergeProgress): MergeSummary {
  // One read transaction: every figure from the same state of the database.
  return db.transaction((): MergeSummary => {
    checkAgainstOurs(db, name);
    checkIncomingPdfs(db, name);
    const documents = count(db, 'SELECT count(*) FROM incoming.documents o WHERE NOT EXISTS (SELECT 1 FROM main.documents m WHERE m.id = o.id)');
    const signoffs = count(db, 'SELECT count(*) FROM incoming.signoffs o WHERE NOT EXISTS (SELECT 1 FROM main.signoffs m WHERE m.id = o.id)');
    const total = count(db, 'SELECT count(*) FROM incoming.events');
    progress('checking', 0, total);
    // The events new to us, by record.
    const fresh = new Map<string, EventRow[]>();
    const rows = db
      .prepare(`SELECT ${EVENT_COLS} FROM incoming.events o WHERE NOT EXISTS (SELECT 1 FROM main.events m WHERE m.id = o.id)`)
      .iterate() as IterableIterator<EventDbRow>;
    let events = 0;
    for (const r of rows) {
      const e = fromDb(r);
      const list = fresh.get(e.recordId!);
      if (list) list.push(e);
      else fresh.set(e.recordId!, [e]);
      events++;
    }
    progress('checking', total, total);
    // Ours for the records that get new events (read through a temp table: nothing written to main).
    db.exec('CREATE TEMP TABLE IF NOT EXISTS touched (id TEXT PRIMARY KEY)');
    db.exec('DELETE FROM temp.touched');
    const add = db.prepare('INSERT OR IGNORE INTO temp.touched (id) VALUES (?)');
    for (const id of fresh.keys()) add.run(id);
    const ours = eventsByRecord(db, undefined, 'temp.touched');
    db.exec('DELETE FROM temp.touched');
    let records = 0;
    let conflicts = 0;
    let done = 0;
    for (const [id, incoming] of fresh) {
      const all = [...(ours.get(id) ?? []), ...incoming].sort(compareEvents);
      checkRecordBounds(name, id, { events: all.length, comments: all.filter((e) => e.type === 'comment.added').length });
      const row = project(all);
      if (row) {
        records++;
        if (row.conflicts.length) conflicts++;
      }
      if (++done % 5_000 === 0) progress('projecting', done, fresh.size);
    }
    return { documents, events, records, conflicts, signoffs };
  })();
}
