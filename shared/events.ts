// The append-only event log's vocabulary, and the pure fold from a record's events to the
// record the grid shows. Same events, same record (DESIGN invariant 3).
import type { Extracted } from './extract/types';
import type { RecordRow } from './records';

export const EXTRACTOR_ACTOR = 'extractor';
/** Extraction events carry a fixed clock so that two machines extracting one document write identical events. */
export const EXTRACTION_HLC = '0000-00-00T00:00:00.000Z-0000-0000000000000000';

export type EventType = 'record.extracted';

export interface EventInput {
  hlc: string;
  actor: string;
  documentId: string;
  recordId: string | null;
  type: EventType;
  field: string | null;
  value: unknown;
  parents: string[];
}

export interface EventRow extends EventInput {
  id: string;
}

/** Folds one record's events (in hlc order) into its projection; null when it was never created. */
export function projectRecord(events: EventRow[]): RecordRow | null {
  let row: RecordRow | null = null;
  for (const e of events) {
    if (e.type === 'record.extracted' && e.recordId) {
      const x = e.value as Extracted;
      row = { ...x, id: e.recordId, documentId: e.documentId, status: 'pending', lastActor: null, updatedAt: e.hlc };
    }
  }
  return row;
}

/** Orders events as every machine must: by clock, then by id to break ties deterministically. */
export function compareEvents(a: EventRow, b: EventRow): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
