import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical';
import type { EventInput } from '../shared/events';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** An event as its columns store it: the value and parents as canonical JSON text. */
export interface StoredEvent {
  hlc: string;
  actor: string;
  document_id: string;
  record_id: string | null;
  type: string;
  field: string | null;
  value: string | null;
  parents: string;
}

export function storedEvent(e: EventInput): StoredEvent {
  return {
    hlc: e.hlc, actor: e.actor, document_id: e.documentId, record_id: e.recordId, type: e.type, field: e.field,
    value: e.value === undefined || e.value === null ? null : canonicalJson(e.value), parents: canonicalJson(e.parents),
  };
}

/**
 * Event ids are the hash of the stored columns: the same event written on two machines has
 * one id, and a file's events can be checked without re-serialising them. Fields are joined
 * with NUL (which JSON and our ids never contain); a missing value is marked apart from ''.
 */
export function storedEventId(e: StoredEvent): string {
  const opt = (v: string | null) => (v === null ? '\u0001' : v);
  return sha256Hex([e.hlc, e.actor, e.document_id, opt(e.record_id), e.type, opt(e.field), opt(e.value), e.parents].join('\u0000'));
}

export const eventId = (e: EventInput): string => storedEventId(storedEvent(e));

/** Record ids derive from the document and the span, so reviews of one amount meet across machines. */
export function recordId(documentId: string, start: number, end: number): string {
  return 'r' + sha256Hex(`${documentId}:${start}:${end}`).slice(0, 23);
}
