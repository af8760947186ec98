// Domain types the store projects and every host and the UI share.
import type { Extracted } from './extract/types';

export const RECORD_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export interface RecordComment {
  id: string; // the event id that added it
  actor: string;
  at: string; // hlc
  text: string;
  resolved: boolean;
  resolvedBy: string | null;
}

/** One side of a conflict: a value set concurrently with another. */
export interface ConflictSide {
  eventId: string;
  value: unknown;
  actor: string;
  at: string;
}

export interface RecordConflict {
  field: string;
  sides: ConflictSide[];
}

/** Why an approval no longer holds: the change made after it. */
export interface VoidedApproval {
  approvedBy: string;
  field: string;
  actor: string;
  at: string;
}

/**
 * A record as the store projects it from the event log. The extracted fields hold the
 * current values (corrections applied); `text`/`start`/`end` always point at the source.
 * A figure a reviewer added that is not in the source has start = end = -1 and text ''.
 */
export interface RecordRow extends Extracted {
  id: string;
  documentId: string;
  origin: 'extracted' | 'manual';
  status: RecordStatus;
  approvedBy: string | null;
  /** When the approval that holds was made (its clock), shown and signed with approvedBy. */
  approvedAt: string | null;
  approvalVoid: VoidedApproval | null;
  edited: string[]; // fields changed since extraction
  conflicts: RecordConflict[];
  comments: RecordComment[];
  lastActor: string | null;
  updatedAt: string;
}

export interface DocumentSummary {
  id: string; // the document's sha256 (hex): the same document is one document everywhere
  title: string;
  fileName: string;
  bytes: number;
  encoding: string;
  importedAt: string;
  importedBy: string;
  records: number;
  reviewed: number;
}

export interface DocumentText {
  id: string;
  title: string;
  fileName: string;
  text: string;
}

/** One step of a record's history: who changed which field from what to what, when, why. */
export interface HistoryEntry {
  eventId: string;
  at: string;
  actor: string;
  kind: 'created' | 'set' | 'comment' | 'resolve';
  field: string | null;
  from: unknown;
  to: unknown;
  reason: string | null;
  undoOf: string | null;
  redoOf: string | null;
}
