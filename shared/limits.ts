// Bounds on what one database may hold, applied to our own writes and to every file from
// elsewhere alike, so no file can make one record (or one document) too large to work with.
import { MAX_DOCUMENT_BYTES } from './api';

export const LIMITS = {
  /** A document's text (characters; never more than its bytes), as for import. */
  documentChars: MAX_DOCUMENT_BYTES,
  documents: 10_000,
  /** Events on one record: edits, status changes, comments, resolutions. */
  eventsPerRecord: 5_000,
  commentsPerRecord: 500,
  commentChars: 4_000,
  reasonChars: 500,
  actorChars: 80,
  /** One event's stored value (JSON) and its nesting. */
  valueChars: 64 * 1024,
  valueDepth: 6,
  parents: 256,
  signoffs: 10_000,
  signoffPayloadChars: 16 * 1024 * 1024,
  /** A whole review file, and a -wal or -journal beside it. */
  fileBytes: 4 * 1024 * 1024 * 1024,
  /** A public key file is small: only its first bytes are read. */
  keyFileBytes: 64 * 1024,
  /** How far ahead of this machine's clock an event's clock may be. */
  clockSkewMs: 10 * 60 * 1000,
} as const;
