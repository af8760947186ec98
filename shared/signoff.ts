// Sign-off content: what a supervisor's signature covers, and the checks before signing.
// Pure: hashing and signing are passed in by the store.
import { approvedContent } from './events';
import type { Stage } from './extract/types';
import type { RecordRow } from './records';

export const SIGNOFF_STATES = ['valid', 'stale', 'invalid', 'untrusted'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/**
 * Payload versions. 1: each record's approved content and status. 2 (current): everything the
 * UI shows beside the badge: also line, unit, section, change, who approved it and when.
 * Either way the document is named by its id, the SHA-256 of its text, which verify re-hashes.
 */
export type SignoffVersion = 1 | 2;
export const SIGNOFF_VERSION: SignoffVersion = 2;

/** What a sign-off needs of a record (a projected row, or a row read back from an export). */
export type SignedSource = Pick<
  RecordRow,
  'id' | 'documentId' | 'start' | 'end' | 'text' | 'yen' | 'item' | 'fy' | 'stage' | 'flags' | 'previous' | 'supplementary' |
  'status' | 'line' | 'unit' | 'section' | 'change' | 'approvedBy' | 'approvedAt'
>;

/** The fields a sign-off of version `v` covers for one record. */
export function signedRecord(r: SignedSource, v: SignoffVersion = SIGNOFF_VERSION): { id: string } & Record<string, unknown> {
  const covered = { ...approvedContent(r), status: r.status };
  if (v === 1) return covered;
  return {
    ...covered, line: r.line, unit: r.unit, section: r.section, change: r.change?.yen ?? null,
    approvedBy: r.approvedBy, approvedAt: r.approvedAt,
  };
}

export interface SignoffPayload {
  v: SignoffVersion;
  scope: { document: string; file: string };
  contentHash: string; // sha256 of the canonical JSON of the signed records, sorted by id
  records: [string, string][]; // [record id, sha256 of its signed content], sorted by id
  signer: { fingerprint: string; name: string; publicKey: string }; // SPKI DER, base64
  signedAt: string;
  note: string | null;
}

export interface SignoffView {
  id: string;
  state: SignoffState;
  reason: string | null;
  documentId: string;
  file: string;
  signer: { fingerprint: string; name: string };
  signedAt: string;
  note: string | null;
  records: number;
  contentHash: string;
  /** Records changed, added or removed since signing (stale). */
  changed: string[];
}

/** Why a scope cannot be signed now, or an empty list. */
export function signBlockers(records: RecordRow[]): { code: 'empty' | 'pending' | 'conflict' | 'void'; ids: string[] }[] {
  const out: { code: 'empty' | 'pending' | 'conflict' | 'void'; ids: string[] }[] = [];
  if (!records.length) out.push({ code: 'empty', ids: [] });
  const of = (f: (r: RecordRow) => boolean) => records.filter(f).map((r) => r.id);
  const conflict = of((r) => r.conflicts.length > 0);
  const voided = of((r) => r.approvalVoid !== null);
  const pending = of((r) => r.status === 'pending' && !r.conflicts.length && !r.approvalVoid);
  if (pending.length) out.push({ code: 'pending', ids: pending });
  if (conflict.length) out.push({ code: 'conflict', ids: conflict });
  if (voided.length) out.push({ code: 'void', ids: voided });
  return out;
}

export function blockerMessage(b: { code: string; ids: string[] }): string {
  switch (b.code) {
    case 'empty':
      return 'there are no records to sign';
    case 'pending':
      return `${b.ids.length} record(s) still pending review`;
    case 'conflict':
      return `${b.ids.length} record(s) in conflict`;
    default:
      return `${b.ids.length} record(s) whose approval is void`;
  }
}

export interface SignoffSummary {
  records: number;
  approved: number;
  rejected: number;
  /** Approved amounts summed by stage and by fiscal year (yen). */
  totalsByStage: Partial<Record<Stage, number>>;
  totalsByYear: Record<string, number>;
  approvers: Record<string, number>;
}

export function summarize(records: RecordRow[]): SignoffSummary {
  const s: SignoffSummary = { records: records.length, approved: 0, rejected: 0, totalsByStage: {}, totalsByYear: {}, approvers: {} };
  for (const r of records) {
    if (r.status === 'rejected') s.rejected++;
    if (r.status !== 'approved') continue;
    s.approved++;
    s.totalsByStage[r.stage] = (s.totalsByStage[r.stage] ?? 0) + r.yen;
    const y = r.fy === null ? '—' : String(r.fy);
    s.totalsByYear[y] = (s.totalsByYear[y] ?? 0) + r.yen;
    if (r.approvedBy) s.approvers[r.approvedBy] = (s.approvers[r.approvedBy] ?? 0) + 1;
  }
  return s;
}

/** Per-record differences between what was signed and what is there now. */
export function changedRecords(signed: [string, string][], now: [string, string][]): string[] {
  const a = new Map(signed), b = new Map(now);
  const out = new Set<string>();
  for (const [id, h] of a) if (b.get(id) !== h) out.add(id);
  for (const id of b.keys()) if (!a.has(id)) out.add(id);
  return [...out].sort();
}
