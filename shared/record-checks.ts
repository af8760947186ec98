// The checks as the review shows them: a document's records turned into what the checks need
// (the breakdown under each parent read from the text), and each result with its status —
// pass, fail, or accepted (a reviewer accepted this failure at these figures). Pure.
import { runChecks, type CheckKind, type CheckRecord, type CheckResult, type LastYearIndex } from './checks';
import { completeBreakdown } from './hierarchy';
import type { RecordRow } from './records';

export type CheckStatus = 'pass' | 'fail' | 'accepted';

export interface CheckView extends Omit<CheckResult, 'status' | 'relatedDocument'> {
  status: CheckStatus;
  documentId: string;
  /** The document of the record compared with in another document (previous_year: last year's), else null. */
  relatedDocument: string | null;
  /** Set when accepted: why, by whom, when. */
  reason: string | null;
  by: string | null;
  at: string | null;
}

/** What the checks need of a document's records (rejected records are not figures of the document). */
export function checkRecords(records: RecordRow[], text: string): CheckRecord[] {
  const kept = records.filter((r) => r.status !== 'rejected');
  const byId = new Map(kept.map((r) => [r.id, r]));
  const lines = text.split('\n');
  const lineOf = (r: RecordRow) => (r.start >= 0 ? (lines[r.line - 1] ?? '') : '');
  return kept.map((r) => {
    const p = r.parent ? byId.get(r.parent) : undefined;
    return {
      id: r.id, documentId: r.documentId, text: r.text || String(r.yen), unit: r.unit, yen: r.yen, item: r.item, fy: r.fy, stage: r.stage,
      flags: r.flags, previous: r.previous, change: r.change, parent: p ? p.id : null,
      partial: p ? !completeBreakdown(lineOf(p), lineOf(r)) : undefined,
    };
  });
}

/**
 * Runs every check on one document's records against the others' (last year's documents among
 * them), given as records or as an index of them built once for many documents.
 */
export function documentChecks(records: RecordRow[], text: string, others: readonly CheckRecord[] | LastYearIndex): CheckView[] {
  const mine = checkRecords(records, text);
  const byId = new Map(records.map((r) => [r.id, r]));
  return runChecks(mine, others).map(({ relatedDocument, ...c }) => withStatus(c, byId.get(c.record)!, relatedDocument ?? null));
}

function withStatus(c: CheckResult, r: RecordRow, relatedDocument: string | null): CheckView {
  const a = r.accepted[c.kind as CheckKind];
  const accepted = c.status === 'fail' && a && a.expected === c.expected && a.actual === c.actual;
  return {
    ...c, documentId: r.documentId, relatedDocument, status: accepted ? 'accepted' : c.status,
    reason: accepted ? a.reason : null, by: accepted ? a.by : null, at: accepted ? a.at : null,
  };
}
