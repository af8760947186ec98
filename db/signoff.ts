// Sign-offs: a supervisor's Ed25519 signature over the canonical content of a fully reviewed
// document, and its verification — valid, stale (records changed since), invalid (altered),
// untrusted (good signature by a key this user does not trust).
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import type Database from 'better-sqlite3';
import { documentVersions, Kept } from './kept';
import { ApiError } from '../shared/api';
import { canonicalJson } from '../shared/canonical';
import type { RecordRow } from '../shared/records';
import {
  blockerMessage, changedRecords, changedReview, signBlockers, signedReview, type SignedReview, signedRecord, summarize, SIGNOFF_VERSION,
  type SignedSource, type SignoffPayload, type SignoffVersion, type SignoffState, type SignoffSummary, type SignoffView,
} from '../shared/signoff';
import { documentSummary } from './documents';
import { fromDb, type EventDbRow } from './events';
import { compareEvents, type EventRow } from '../shared/events';
import { sha256Hex, storedEventId } from './hash';
import { project, recordsOfDocument } from './projection';
import { listCandidates } from './candidates';
import { listChecks } from './checks';

const isSignedReview = (r: unknown): r is SignedReview => {
  const v = r as SignedReview | undefined;
  return !!v && Array.isArray(v.parents) && Array.isArray(v.accepted) && typeof v.totalsByStage === 'object' && typeof v.totalsByYear === 'object';
};

export interface Signer {
  fingerprint: string;
  name: string;
  publicKey: string; // SPKI DER, base64
  sign(message: string): string; // base64 signature
}

export interface TrustList {
  isTrusted(fingerprint: string): boolean;
}

export const fingerprintOf = (publicKeyB64: string) => sha256Hex(Buffer.from(publicKeyB64, 'base64'));

/** Per-record content hashes (sorted by id) and the hash of the whole canonical content. */
export function contentOf(records: SignedSource[], v: SignoffVersion = SIGNOFF_VERSION): { records: [string, string][]; contentHash: string } {
  const signed = records.map((r) => signedRecord(r, v)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    records: signed.map((r) => [r.id, sha256Hex(canonicalJson(r))]),
    contentHash: sha256Hex(canonicalJson(signed)),
  };
}

/** What blocks signing beyond the records themselves: open candidates, failed checks not accepted. */
function reviewBlockers(db: Database.Database, documentId: string, records: RecordRow[]): [string[], string[]] {
  const open = listCandidates(db, documentId, records).filter((c) => c.status === 'open').map((c) => c.id);
  const failed = [...new Set(listChecks(db, documentId).filter((c) => c.status === 'fail').map((c) => c.record))];
  return [open, failed];
}

export function signoffPreview(db: Database.Database, documentId: string): { summary: SignoffSummary; blockers: string[] } {
  documentSummary(db, documentId);
  const records = recordsOfDocument(db, documentId);
  return { summary: summarize(records), blockers: signBlockers(records, ...reviewBlockers(db, documentId, records)).map(blockerMessage) };
}

export function signDocument(db: Database.Database, documentId: string, signer: Signer, note: string | null, now = new Date()): SignoffView {
  const doc = documentSummary(db, documentId);
  const records = recordsOfDocument(db, documentId);
  const blockers = signBlockers(records, ...reviewBlockers(db, documentId, records));
  if (blockers.length) throw new ApiError('not_ready', `cannot sign ${doc.fileName}: ${blockers.map(blockerMessage).join('; ')}`, { file: doc.fileName });
  const payload: SignoffPayload = {
    v: SIGNOFF_VERSION,
    scope: { document: documentId, file: doc.fileName },
    ...contentOf(records),
    signer: { fingerprint: signer.fingerprint, name: signer.name, publicKey: signer.publicKey },
    signedAt: now.toISOString(),
    note: note?.trim() || null,
    review: signedReview(records),
  };
  const text = canonicalJson(payload);
  const id = sha256Hex(text);
  db.prepare('INSERT INTO signoffs (id, document_id, payload, signature) VALUES (?, ?, ?, ?)').run(id, documentId, text, signer.sign(text));
  return verifyOne(db, { id, document_id: documentId, payload: text, signature: '' }, { isTrusted: () => true }, true);
}

interface SignoffRow {
  id: string;
  document_id: string;
  payload: string;
  signature: string;
}

/** Checks a signature and that the payload is what the row says; the reason it fails, or null. */
export function signatureProblem(row: SignoffRow): { problem: string | null; payload: SignoffPayload | null } {
  if (sha256Hex(row.payload) !== row.id) return { problem: 'the sign-off was altered (its id does not match)', payload: null };
  let p: SignoffPayload;
  try {
    p = JSON.parse(row.payload) as SignoffPayload;
  } catch {
    return { problem: 'the sign-off is unreadable', payload: null };
  }
  if ((p.v !== 1 && p.v !== 2 && p.v !== 3) || (p.v === 3 && !isSignedReview(p.review)) || !p.signer?.publicKey || !p.scope?.document || !Array.isArray(p.records) || !/^[0-9a-f]{64}$/.test(String(p.contentHash))) {
    return { problem: 'the sign-off is malformed', payload: null };
  }
  if (p.scope.document !== row.document_id) return { problem: 'the sign-off names another document', payload: p };
  if (fingerprintOf(p.signer.publicKey) !== p.signer.fingerprint) return { problem: 'the public key does not match the signer', payload: p };
  let ok = false;
  try {
    const key = createPublicKey({ key: Buffer.from(p.signer.publicKey, 'base64'), format: 'der', type: 'spki' });
    ok = verifySignature(null, Buffer.from(row.payload), key, Buffer.from(row.signature, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) return { problem: 'the signature does not verify (altered, or signed by another key)', payload: p };
  return { problem: null, payload: p };
}

/** What verification compares of a record: what is signed, and the review the summary rests on. */
const logged = (r: RecordRow) => canonicalJson({ ...signedRecord(r), parent: r.parent ?? null, accepted: r.accepted ?? {} });

/** The scope's records as the event log says they are; null when the log or the stored projection was altered. */
function recordsFromLog(db: Database.Database, documentId: string): RecordRow[] | null {
  const rows = db.prepare('SELECT * FROM events WHERE document_id = ? AND record_id IS NOT NULL').all(documentId) as EventDbRow[];
  const groups = new Map<string, EventRow[]>();
  for (const r of rows) {
    if (storedEventId(r) !== r.id) return null;
    const g = groups.get(r.record_id!) ?? [];
    g.push(fromDb(r));
    groups.set(r.record_id!, g);
  }
  const fromLog = new Map<string, string>();
  for (const g of groups.values()) {
    const r = project(g.sort(compareEvents));
    if (r) fromLog.set(r.id, logged(r));
  }
  const stored = recordsOfDocument(db, documentId);
  if (fromLog.size !== stored.length) return null;
  for (const r of stored) if (fromLog.get(r.id) !== logged(r)) return null;
  return stored;
}

function view(row: SignoffRow, p: SignoffPayload | null, state: SignoffState, reason: string | null, changed: string[] = []): SignoffView {
  return {
    id: row.id,
    state,
    reason,
    documentId: row.document_id,
    file: p?.scope.file ?? '',
    signer: { fingerprint: p?.signer.fingerprint ?? '', name: p?.signer.name ?? '' },
    signedAt: p?.signedAt ?? '',
    note: p?.note ?? null,
    records: p?.records.length ?? 0,
    contentHash: p?.contentHash ?? '',
    changed,
  };
}

/** The checks of a sign-off that do not depend on the trust list (which can change at any time). */
function checkOne(db: Database.Database, row: SignoffRow, skipSignature: boolean): { base: SignoffView; payload: SignoffPayload | null } {
  const checked = skipSignature ? { problem: null, payload: JSON.parse(row.payload) as SignoffPayload } : signatureProblem(row);
  const p = checked.payload;
  if (checked.problem || !p) return { base: view(row, p, 'invalid', checked.problem), payload: p };
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(row.document_id) as string | undefined;
  if (text === undefined || sha256Hex(text) !== row.document_id) {
    return { base: view(row, p, 'invalid', 'the document’s text does not match the signed hash (the file was altered)'), payload: p };
  }
  const now = recordsFromLog(db, row.document_id);
  if (!now) return { base: view(row, p, 'invalid', 'the records in this file do not match its event log (the file was altered)'), payload: p };
  const content = contentOf(now, p.v);
  const recordsChanged = changedRecords(p.records, content.records);
  const reviewChanged = p.v === 3 ? changedReview(p.review!, signedReview(now)) : [];
  const changed = [...new Set([...recordsChanged, ...reviewChanged])].sort();
  if (!recordsChanged.length && content.contentHash !== p.contentHash) return { base: view(row, p, 'invalid', 'the content hash does not match'), payload: p };
  if (changed.length) return { base: view(row, p, 'stale', `${changed.length} record(s) changed since signing`, changed), payload: p };
  return { base: view(row, p, 'valid', null), payload: p };
}

function withTrust(row: SignoffRow, checked: { base: SignoffView; payload: SignoffPayload | null }, trust: TrustList): SignoffView {
  const { base, payload: p } = checked;
  if ((base.state === 'valid' || base.state === 'stale') && p && !trust.isTrusted(p.signer.fingerprint)) {
    return view(row, p, 'untrusted', `signed by a key you do not trust (${p.signer.name})`, base.changed);
  }
  return base;
}

function verifyOne(db: Database.Database, row: SignoffRow, trust: TrustList, skipSignature = false): SignoffView {
  return withTrust(row, checkOne(db, row, skipSignature), trust);
}

/** A sign-off's checks are re-run only when its document changed (db/kept.ts). */
const kept = new Kept<{ base: SignoffView; payload: SignoffPayload | null }>();

export function listSignoffs(db: Database.Database, trust: TrustList, documentId?: string): SignoffView[] {
  const rows = (
    documentId
      ? db.prepare('SELECT id, document_id, signature FROM signoffs WHERE document_id = ?').all(documentId)
      : db.prepare('SELECT id, document_id, signature FROM signoffs').all()
  ) as Omit<SignoffRow, 'payload'>[];
  const versionOf = documentVersions(db);
  const payloadOf = db.prepare('SELECT payload FROM signoffs WHERE id = ?').pluck();
  return rows
    .map((r) => {
      const row: SignoffRow = { ...r, payload: '' };
      // the signature is part of the version: a sign-off row is never rewritten, but a file from elsewhere could be
      const checked = kept.get(db, r.id, `${versionOf(r.document_id)}:${r.signature}`, () => checkOne(db, { ...r, payload: payloadOf.get(r.id) as string }, false));
      return withTrust(row, checked, trust);
    })
    .sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : a.id < b.id ? -1 : 1));
}
