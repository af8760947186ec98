// The checks a merge and its preview share: what a checked file could still contradict in ours,
// and the bounds that hold for the union of its events and ours.
import type Database from 'better-sqlite3';
import { LIMITS } from '../shared/limits';
import { RefusedFile } from './refused';

export type MergeProgress = (phase: 'checking' | 'projecting', done: number, total: number) => void;

function firstRow<T>(db: Database.Database, sql: string): T | undefined {
  return db.prepare(sql).get() as T | undefined;
}

/**
 * What the checked file could still contradict in ours: a document id we hold with another
 * text, or a second creation of a record we hold (a different extraction of the same span).
 */
export function checkAgainstOurs(db: Database.Database, name: string): void {
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

/** Refuses the file when a record would have more events or comments than the bounds allow. */
export function checkRecordBounds(name: string, id: string, n: { events: number; comments: number }): void {
  if (n.events > LIMITS.eventsPerRecord) throw new RefusedFile(`${name}: record ${id} would have more than ${LIMITS.eventsPerRecord} events`, 'too_many_events', { record: id, limit: LIMITS.eventsPerRecord });
  if (n.comments > LIMITS.commentsPerRecord) throw new RefusedFile(`${name}: record ${id} would have more than ${LIMITS.commentsPerRecord} comments`, 'too_many_comments', { record: id, limit: LIMITS.commentsPerRecord });
}

