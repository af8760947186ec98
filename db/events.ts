// The event log: append, and read back in canonical order. Nothing here updates or deletes.
import type Database from 'better-sqlite3';
import { compareEvents, type EventInput, type EventRow } from '../shared/events';
import { storedEvent, storedEventId, type StoredEvent } from './hash';

export interface EventDbRow extends StoredEvent {
  id: string;
}

export const fromDb = (r: EventDbRow): EventRow => ({
  id: r.id,
  hlc: r.hlc,
  actor: r.actor,
  documentId: r.document_id,
  recordId: r.record_id,
  type: r.type as EventRow['type'],
  field: r.field,
  value: r.value === null ? null : JSON.parse(r.value),
  parents: JSON.parse(r.parents),
});

/** Appends events (ignoring ones already present); returns those that were new. */
export function appendEvents(db: Database.Database, inputs: EventInput[]): EventRow[] {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO events (id, hlc, actor, document_id, record_id, type, field, value, parents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const added: EventRow[] = [];
  for (const e of inputs) {
    const s = storedEvent(e);
    const id = storedEventId(s);
    const info = insert.run(id, s.hlc, s.actor, s.document_id, s.record_id, s.type, s.field, s.value, s.parents);
    if (info.changes) added.push({ ...e, id });
  }
  return added;
}

export function eventsOfRecord(db: Database.Database, recordId: string): EventRow[] {
  const rows = db.prepare('SELECT * FROM events WHERE record_id = ?').all(recordId) as EventDbRow[];
  return rows.map(fromDb).sort(compareEvents);
}

/**
 * Every record-bearing event grouped by record, each group in canonical order; limited to one
 * document, or to the records listed in a one-column table `onlyIn` (a temp table).
 */
export function eventsByRecord(db: Database.Database, documentId?: string, onlyIn?: 'temp.touched'): Map<string, EventRow[]> {
  const rows = (
    onlyIn
      ? // CROSS JOIN keeps the listed records the outer loop: the index finds their events (a plain
        // join let SQLite scan the whole log for one record, on every review write).
        db.prepare(`SELECT e.* FROM ${onlyIn} t CROSS JOIN main.events e ON e.record_id = t.id`).all()
      : documentId
        ? db.prepare('SELECT * FROM events WHERE record_id IS NOT NULL AND document_id = ?').all(documentId)
        : db.prepare('SELECT * FROM events WHERE record_id IS NOT NULL').all()
  ) as EventDbRow[];
  const groups = new Map<string, EventRow[]>();
  for (const r of rows) {
    const e = fromDb(r);
    const g = groups.get(e.recordId!) ?? [];
    g.push(e);
    groups.set(e.recordId!, g);
  }
  for (const g of groups.values()) g.sort(compareEvents);
  return groups;
}
