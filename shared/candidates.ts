// Candidates: yen figures the tokenizer finds that are neither a record nor attached to one. A
// reviewer adds one as a record or dismisses it with a reason; a dismissal is a `candidate.set`
// event on the candidate's id (derived from its span like a record's), a register like a field:
// it merges, conflicts resolve to the latest, and an undo is a new event. Pure.
import { compareEvents, type EventRow } from './events';
import type { HistoryEntry } from './records';

/** The reasons offered for a dismissal; anything else is the reviewer's own text (other). */
export const DISMISS_REASONS = ['page_number', 'not_yen', 'duplicate'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export type CandidateStatus = 'open' | 'added' | 'dismissed';

export interface CandidateValue {
  start: number;
  end: number;
  text: string;
  yen: number;
  to: 'open' | 'dismissed';
  reason?: string;
  undoOf?: string;
  redoOf?: string;
}

export interface CandidateView {
  id: string;
  documentId: string;
  line: number;
  start: number;
  end: number;
  text: string;
  yen: number;
  status: CandidateStatus;
  reason: string | null;
  /** Who decided it last, and when (null while never decided). */
  by: string | null;
  at: string | null;
  history: HistoryEntry[];
}

export interface CandidateFold {
  to: 'open' | 'dismissed';
  reason: string | null;
  by: string | null;
  at: string | null;
  /** The current heads (what a new decision lists as parents). */
  heads: string[];
  history: HistoryEntry[];
}

/** A candidate's decision from its events (any order): the latest of the current heads wins. */
export function foldCandidate(events: EventRow[]): CandidateFold {
  const sorted = events.filter((e) => e.type === 'candidate.set').sort(compareEvents);
  let heads: EventRow[] = [];
  const history: HistoryEntry[] = [];
  for (const e of sorted) {
    const prior = heads.filter((h) => e.parents.includes(h.id));
    const from = prior.length ? (prior.at(-1)!.value as CandidateValue).to : 'open';
    heads = [...heads.filter((h) => !e.parents.includes(h.id)), e];
    const v = e.value as CandidateValue;
    history.push({
      eventId: e.id, at: e.hlc, actor: e.actor, kind: 'set', field: 'candidate', from, to: v.to,
      reason: v.reason ?? null, undoOf: v.undoOf ?? null, redoOf: v.redoOf ?? null,
    });
  }
  const win = heads.reduce<EventRow | null>((a, b) => (a && compareEvents(a, b) >= 0 ? a : b), null);
  const v = win?.value as CandidateValue | undefined;
  return {
    to: v?.to ?? 'open',
    reason: v?.to === 'dismissed' ? (v.reason ?? null) : null,
    by: win?.actor ?? null,
    at: win?.hlc ?? null,
    heads: heads.map((h) => h.id),
    history,
  };
}

/** A dismissal reason as typed: one of the listed codes, or the reviewer's own words. */
export function dismissReason(input: string): string | null {
  const t = input.trim();
  if (!t || t.length > 500) return null;
  return t;
}
