import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical';
import type { EventInput } from '../shared/events';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Event ids are content hashes: the same event written on two machines has one id. */
export function eventId(e: EventInput): string {
  return sha256Hex(canonicalJson(e));
}

/** Record ids derive from the document and the span, so reviews of one amount meet across machines. */
export function recordId(documentId: string, start: number, end: number): string {
  return 'r' + sha256Hex(`${documentId}:${start}:${end}`).slice(0, 23);
}
