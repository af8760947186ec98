// The filter bar's logic: which records the grid shows, and where n/p and auto-advance go
// in the filtered, sorted order. Pure: no DOM, no stores.
import type { Flag, Stage } from '../../shared/extract/types';
import type { RecordRow, RecordStatus } from '../../shared/records';

export interface RecordFilter {
  status: RecordStatus | 'all' | 'void';
  stage: Stage | 'all';
  /** A fiscal year, 'none' (no year), or 'all'. */
  fy: number | 'none' | 'all';
  flag: Flag | 'all';
  /** Only records with a confidence below this (0..1); null: no limit. */
  confidenceBelow: number | null;
  hasComments: boolean;
  hasWarnings: boolean;
  /** Only records whose field holds two concurrent values (after a merge). */
  conflicts: boolean;
  /** Case-insensitive text searched in the item, the amount as written and the section. */
  search: string;
}

export const emptyFilter: RecordFilter = {
  status: 'all',
  stage: 'all',
  fy: 'all',
  flag: 'all',
  confidenceBelow: null,
  hasComments: false,
  hasWarnings: false,
  conflicts: false,
  search: '',
};

/** NFKC + lower case, so full-width and half-width letters and digits match each other. */
export function normalizeSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

export function matchesFilter(r: RecordRow, f: RecordFilter): boolean {
  if (f.status === 'void') {
    if (!r.approvalVoid) return false;
  } else if (f.status !== 'all' && r.status !== f.status) return false;
  if (f.stage !== 'all' && r.stage !== f.stage) return false;
  if (f.fy !== 'all' && (f.fy === 'none' ? r.fy !== null : r.fy !== f.fy)) return false;
  if (f.flag !== 'all' && !r.flags.includes(f.flag)) return false;
  if (f.confidenceBelow !== null && !(r.confidence < f.confidenceBelow)) return false;
  if (f.hasComments && !r.comments.some((c) => !c.resolved)) return false;
  if (f.hasWarnings && r.warnings.length === 0) return false;
  if (f.conflicts && r.conflicts.length === 0) return false;
  const q = normalizeSearch(f.search);
  if (q) {
    const hay = normalizeSearch([r.item ?? '', r.text, ...r.section].join('\n'));
    for (const word of q.split(/\s+/)) if (!hay.includes(word)) return false;
  }
  return true;
}

export function applyFilter(records: readonly RecordRow[], f: RecordFilter): RecordRow[] {
  if (isEmptyFilter(f)) return records as RecordRow[];
  return records.filter((r) => matchesFilter(r, f));
}

export function isEmptyFilter(f: RecordFilter): boolean {
  return (
    f.status === 'all' && f.stage === 'all' && f.fy === 'all' && f.flag === 'all' && f.confidenceBelow === null &&
    !f.hasComments && !f.hasWarnings && !f.conflicts && normalizeSearch(f.search) === ''
  );
}

/** How many filters are set (for the bar's "clear" button). */
export function activeFilterCount(f: RecordFilter): number {
  let n = 0;
  if (f.status !== 'all') n++;
  if (f.stage !== 'all') n++;
  if (f.fy !== 'all') n++;
  if (f.flag !== 'all') n++;
  if (f.confidenceBelow !== null) n++;
  if (f.hasComments) n++;
  if (f.hasWarnings) n++;
  if (f.conflicts) n++;
  if (normalizeSearch(f.search)) n++;
  return n;
}

/** The fiscal years present in the records, newest first ('none' last when some have none). */
export function fiscalYearsOf(records: readonly RecordRow[]): (number | 'none')[] {
  const years = new Set<number>();
  let none = false;
  for (const r of records) {
    if (r.fy === null) none = true;
    else years.add(r.fy);
  }
  const out: (number | 'none')[] = [...years].sort((a, b) => b - a);
  if (none) out.push('none');
  return out;
}

/**
 * The next (dir 1) or previous (dir -1) record still pending after `current` in `order`,
 * wrapping around; `skip` ids count as not pending (records just reviewed whose answer
 * has not arrived yet). Null when no other record is pending.
 */
export function findPending(
  order: readonly string[],
  statusOf: (id: string) => RecordStatus | undefined,
  current: string | null,
  dir: 1 | -1,
  skip: ReadonlySet<string> = new Set(),
): string | null {
  const n = order.length;
  if (n === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  const startIdx = i === -1 ? (dir === 1 ? -1 : n) : i;
  for (let k = 1; k <= n; k++) {
    const idx = (((startIdx + dir * k) % n) + n) % n;
    const id = order[idx];
    if (id === current) continue;
    if (!skip.has(id) && statusOf(id) === 'pending') return id;
  }
  return null;
}

/** Where the selection goes after the current record was approved or rejected: the next
 * pending one; else the next in order; else it stays. */
export function advanceAfterReview(
  order: readonly string[],
  statusOf: (id: string) => RecordStatus | undefined,
  current: string,
  skip: ReadonlySet<string> = new Set(),
): string {
  const pending = findPending(order, statusOf, current, 1, new Set([...skip, current]));
  if (pending) return pending;
  const i = order.indexOf(current);
  return i >= 0 && i + 1 < order.length ? order[i + 1] : current;
}
