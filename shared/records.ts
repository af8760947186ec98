// Domain types the store projects and every host and the UI share.
import type { Extracted } from './extract/types';
import type { Box, PageSize } from './pdf/pagemap';
import type { CheckKind } from './checks';

/** An accepted check on a record: the reviewer's reason and the figures it held at. */
export interface AcceptedCheck {
  reason: string;
  expected: number;
  actual: number;
  by: string;
  at: string;
}

/** What a record's creation event holds: the extracted figure and the proposed parent. */
export type CreatedValue = Extracted & { parent?: string | null };

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
  /** The record this figure is a part of (proposed at extraction, corrected by a reviewer); null at the top. */
  parent: string | null;
  /** Failed checks a reviewer accepted, with why and at which figures. */
  accepted: Partial<Record<CheckKind, AcceptedCheck>>;
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
  /** Where the figure sits on its PDF page (PDF points, top-left origin); null for text documents. Added when listed. */
  page?: number | null;
  box?: Box | null;
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
  /** Figures nobody reviewed yet (open candidates) and checks failed and not accepted; set by listDocuments. */
  openCandidates?: number;
  failedChecks?: number;
}

export interface DocumentText {
  id: string;
  title: string;
  fileName: string;
  text: string;
  /** Set when the document was read from a PDF: its pages (the bytes come from getDocumentPdf). */
  pdf?: { pages: PageSize[] } | null;
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
