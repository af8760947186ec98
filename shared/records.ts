// Domain types the store projects and every host and the UI share.
import type { Extracted } from './extract/types';

export const RECORD_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** A record as the store projects it from the event log. */
export interface RecordRow extends Extracted {
  id: string;
  documentId: string;
  status: RecordStatus;
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
