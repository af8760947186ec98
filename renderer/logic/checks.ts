// Candidates and checks as the review shows them: the words of a check with its numbers, the
// failed checks per record, the order candidates are stepped through, dismissal reasons. Pure.
import { DISMISS_REASONS, type CandidateView } from '../../shared/candidates';
import type { CheckView } from '../../shared/record-checks';
import { formatYen } from '../format';
import { translate, type Locale, type MessageKey } from '../i18n';

/** A check in words with its numbers ("parts add up to 1,234億円, the total says 1,243億円: 9億円 apart"). */
export function checkText(locale: Locale, c: CheckView): string {
  const yen = (n: number) => formatYen(n, locale);
  const key = (c.kind === 'sum' && c.partial ? 'check.sumPartial' : `check.${c.kind}`) as MessageKey;
  return translate(locale, key, { expected: yen(c.expected), actual: yen(c.actual), diff: yen(Math.abs(c.expected - c.actual)) });
}

export const checkKindLabel = (locale: Locale, kind: string) => translate(locale, `check.kind.${kind}` as MessageKey);

/** Checks that concern a record: its own, and those that compared it (a sum over it, a repeat of it). */
export function checksOfRecord(checks: readonly CheckView[], recordId: string): CheckView[] {
  return checks.filter((c) => c.record === recordId || (c.kind !== 'sum' && c.related.includes(recordId)));
}

/** Records with a failed check (neither fixed nor accepted): the Checks filter. */
export function failedRecordIds(checks: readonly CheckView[]): Set<string> {
  return new Set(checks.filter((c) => c.status === 'fail').map((c) => c.record));
}

/** The candidate `delta` steps from the current one among the open ones (document order); all when none is open. */
export function stepCandidate(candidates: readonly CandidateView[], current: string | null, delta: number): string | null {
  const open = candidates.filter((c) => c.status === 'open' || c.id === current);
  const list = open.length ? open : candidates;
  if (!list.length) return null;
  const i = current === null ? -1 : list.findIndex((c) => c.id === current);
  if (i === -1) return (delta < 0 ? list[list.length - 1] : list[0]).id;
  return list[Math.max(0, Math.min(list.length - 1, i + delta))].id;
}

/** A dismissal reason in words: a listed code, or the reviewer's own text as written. */
export function reasonLabel(locale: Locale, reason: string | null): string {
  if (!reason) return '';
  return (DISMISS_REASONS as readonly string[]).includes(reason) ? translate(locale, `cand.reason.${reason}` as MessageKey) : reason;
}

export { DISMISS_REASONS };
