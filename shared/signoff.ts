// Sign-off content: what a supervisor's signature covers, and the checks before signing.
// Pure: hashing and signing are passed in by the store.
import { approvedContent } from './events';
import type { Stage } from './extract/types';
import type { RecordRow } from './records';

export const SIGNOFF_STATES = ['valid', 'stale', 'invalid', 'untrusted'] as const;
export type SignoffState = (typeof SIGNOFF_STATES)[number];

/**
 * Payload versions. 1: each record's approved content and status. 2: everything the UI shows
 * beside the badge: also line, unit, section, change, who approved it and when. 3 (current): the
 * records as in 2, and the review the summary shows: each record's parent (which figures the
 * totals count), the accepted checks with their reasons, and the totals themselves.
 * Either way the document is named by its id, the SHA-256 of its text, which verify re-hashes.
 */
export type SignoffVersion = 1 | 2 | 3;
export const SIGNOFF_VERSION: SignoffVersion = 3;

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
  /** v3: what the summary beside the badge rests on. */
  review?: SignedReview;
}

/** The hierarchy and accepted checks a v3 sign-off covers, and the totals they give. */
export interface SignedReview {
  /** [record id, parent id] for each record with a parent, sorted by id. */
  parents: [string, string][];
  accepted: AcceptedEntry[];
  totalsByStage: Partial<Record<Stage, number>>;
  totalsByYear: Record<string, number>;
}

export interface AcceptedEntry {
  record: string;
  kind: string;
  reason: string;
  expected: number;
  actual: number;
  by: string;
}

/** The review part of a v3 payload, from the records as they are. */
export function signedReview(records: RecordRow[]): SignedReview {
  const s = summarize(records);
  return {
    parents: records.filter((r) => r.parent).map((r): [string, string] => [r.id, r.parent!]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    accepted: s.accepted.map(({ item: _item, ...a }) => a),
    totalsByStage: s.totalsByStage,
    totalsByYear: s.totalsByYear,
  };
}

/** Records whose parent or accepted checks differ between two reviews (a stale v3 sign-off names them). */
export function changedReview(signed: SignedReview, now: SignedReview): string[] {
  const out = new Set<string>();
  const pa = new Map(signed.parents), pb = new Map(now.parents);
  for (const id of new Set([...pa.keys(), ...pb.keys()])) if (pa.get(id) !== pb.get(id)) out.add(id);
  const key = (a: AcceptedEntry) => JSON.stringify([a.record, a.kind, a.reason, a.expected, a.actual, a.by]);
  const aa = new Set(signed.accepted.map(key)), ab = new Set(now.accepted.map(key));
  for (const a of signed.accepted) if (!ab.has(key(a))) out.add(a.record);
  for (const a of now.accepted) if (!aa.has(key(a))) out.add(a.record);
  return [...out].sort();
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
export type BlockerCode = 'empty' | 'pending' | 'conflict' | 'void' | 'candidates' | 'checks';

/**
 * Why a scope cannot be signed now, or an empty list. `open`: candidates not yet added or
 * dismissed; `failed`: records with a failed check neither fixed nor accepted.
 */
export function signBlockers(records: RecordRow[], open: string[] = [], failed: string[] = []): { code: BlockerCode; ids: string[] }[] {
  const out: { code: BlockerCode; ids: string[] }[] = [];
  if (!records.length) out.push({ code: 'empty', ids: [] });
  const of = (f: (r: RecordRow) => boolean) => records.filter(f).map((r) => r.id);
  const conflict = of((r) => r.conflicts.length > 0);
  const voided = of((r) => r.approvalVoid !== null);
  const pending = of((r) => r.status === 'pending' && !r.conflicts.length && !r.approvalVoid);
  if (pending.length) out.push({ code: 'pending', ids: pending });
  if (conflict.length) out.push({ code: 'conflict', ids: conflict });
  if (voided.length) out.push({ code: 'void', ids: voided });
  if (open.length) out.push({ code: 'candidates', ids: open });
  if (failed.length) out.push({ code: 'checks', ids: failed });
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
    case 'candidates':
      return `${b.ids.length} figure(s) nobody reviewed (candidates to add or dismiss)`;
    case 'checks':
      return `${b.ids.length} failed check(s) neither fixed nor accepted`;
    default:
      return `${b.ids.length} record(s) whose approval is void`;
  }
}

export interface SignoffSummary {
  records: number;
  approved: number;
  rejected: number;
  /** Approved amounts summed by stage and by fiscal year (yen), each yen once: top-level figures only. */
  totalsByStage: Partial<Record<Stage, number>>;
  totalsByYear: Record<string, number>;
  /** Approved figures left out of the totals because an approved figure above holds them. */
  parts: number;
  approvers: Record<string, number>;
  /** Failed checks a reviewer accepted, with their reasons. */
  accepted: (AcceptedEntry & { item: string | null })[];
}

export function summarize(records: RecordRow[]): SignoffSummary {
  const s: SignoffSummary = { records: records.length, approved: 0, rejected: 0, totalsByStage: {}, totalsByYear: {}, parts: 0, approvers: {}, accepted: [] };
  const approved = new Set(records.filter((r) => r.status === 'approved').map((r) => r.id));
  for (const r of [...records].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const [kind, a] of Object.entries(r.accepted ?? {})) {
      if (a) s.accepted.push({ record: r.id, item: r.item, kind, reason: a.reason, expected: a.expected, actual: a.actual, by: a.by });
    }
  }
  for (const r of records) {
    if (r.status === 'rejected') s.rejected++;
    if (r.status !== 'approved') continue;
    s.approved++;
    if (r.approvedBy) s.approvers[r.approvedBy] = (s.approvers[r.approvedBy] ?? 0) + 1;
    // a part of an approved figure is already in it: counting it again would count its yen twice
    if (r.parent && approved.has(r.parent)) {
      s.parts++;
      continue;
    }
    s.totalsByStage[r.stage] = (s.totalsByStage[r.stage] ?? 0) + r.yen;
    const y = r.fy === null ? '—' : String(r.fy);
    s.totalsByYear[y] = (s.totalsByYear[y] ?? 0) + r.yen;
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
