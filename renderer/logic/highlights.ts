// Splits a document's text into plain and highlighted segments from the records' spans,
// and groups the text into line chunks for the windowed source view. Pure: no DOM.
import type { Figure } from '../../shared/extract/types';
import type { RecordStatus } from '../../shared/records';

export type MarkRole = 'amount' | 'previous' | 'supplementary' | 'change' | 'candidate';

/** What the highlighter needs of a record. */
export interface MarkSource {
  id: string;
  start: number;
  end: number;
  status: RecordStatus;
  previous?: Figure | null;
  supplementary?: Figure | null;
  change?: Figure | null;
}

export interface Mark {
  recordId: string;
  role: MarkRole;
  /** true for the record's own amount; false for its previous/supplementary/change figures. */
  primary: boolean;
  start: number;
  end: number;
  status: RecordStatus;
  /** For a candidate's mark (role 'candidate', recordId its id): its decision. */
  candidate?: 'open' | 'added' | 'dismissed';
}

/** What the highlighter needs of a candidate (a figure nobody reviewed). */
export interface CandidateMarkSource {
  id: string;
  start: number;
  end: number;
  status: 'open' | 'added' | 'dismissed';
}

export interface Segment {
  start: number;
  end: number;
  mark: Mark | null;
}

export interface Chunk {
  index: number;
  start: number;
  end: number;
  /** 1-based number of the chunk's first line. */
  firstLine: number;
  lineCount: number;
}

const SECONDARY: readonly Exclude<MarkRole, 'amount' | 'candidate'>[] = ['previous', 'supplementary', 'change'];

/** Every mark of the records, clamped to the text; empty or inverted spans are dropped. */
export function buildMarks(records: readonly MarkSource[], textLength: number, candidates: readonly CandidateMarkSource[] = []): Mark[] {
  const marks: Mark[] = [];
  const push = (recordId: string, role: MarkRole, start: number, end: number, status: RecordStatus) => {
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    const s = Math.max(0, Math.min(textLength, Math.trunc(start)));
    const e = Math.max(0, Math.min(textLength, Math.trunc(end)));
    if (e <= s) return;
    marks.push({ recordId, role, primary: role === 'amount', start: s, end: e, status });
  };
  for (const r of records) {
    push(r.id, 'amount', r.start, r.end, r.status);
    for (const role of SECONDARY) {
      const f = r[role];
      if (f) push(r.id, role, f.start, f.end, r.status);
    }
  }
  // an added candidate is a record now and marked as one
  for (const c of candidates) {
    if (c.status === 'added') continue;
    const n = marks.length;
    push(c.id, 'candidate', c.start, c.end, 'pending');
    if (marks.length > n) marks[n].candidate = c.status;
  }
  return marks;
}

/** Which of two marks covering the same character is shown: primary first, then the
 * earlier start (so a mark stays in one piece), then the longer, then by record id. */
function outranks(a: Mark, b: Mark): boolean {
  if (a.primary !== b.primary) return a.primary;
  if (a.start !== b.start) return a.start < b.start;
  if (a.end !== b.end) return a.end > b.end;
  if (a.recordId !== b.recordId) return a.recordId < b.recordId;
  return SECONDARY.indexOf(a.role as never) < SECONDARY.indexOf(b.role as never);
}

/**
 * Cuts [0, textLength) into sorted, contiguous, non-overlapping segments. Where marks
 * overlap, each character belongs to the highest-ranked mark covering it.
 */
export function segmentText(textLength: number, marks: readonly Mark[]): Segment[] {
  const points = new Set<number>([0, textLength]);
  for (const m of marks) {
    points.add(m.start);
    points.add(m.end);
  }
  const bounds = [...points].filter((p) => p >= 0 && p <= textLength).sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i];
    const e = bounds[i + 1];
    active = active.filter((m) => m.end > s);
    while (next < byStart.length && byStart[next].start <= s) {
      if (byStart[next].end > s) active.push(byStart[next]);
      next++;
    }
    let top: Mark | null = null;
    for (const m of active) if (!top || outranks(m, top)) top = m;
    const last = segments[segments.length - 1];
    if (last && last.mark === top && last.end === s) last.end = e;
    else segments.push({ start: s, end: e, mark: top });
  }
  return segments;
}

/** Offsets at which each line starts (line i+1 starts at result[i]). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Union of the marks' ranges, sorted and merged. */
function markUnion(marks: readonly Mark[]): [number, number][] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end);
    else out.push([m.start, m.end]);
  }
  return out;
}

/** The last index i with pred(arr[i]) true, for a predicate true on a prefix; -1 if none. */
function lastWhere<T>(arr: readonly T[], pred: (x: T) => boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(arr[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Groups the text into chunks of about `linesPerChunk` lines, each starting at a line start.
 * A chunk boundary never falls inside a mark, so every mark renders as one element.
 */
export function chunkText(text: string, linesPerChunk: number, marks: readonly Mark[] = []): Chunk[] {
  const per = Math.max(1, Math.floor(linesPerChunk));
  const starts = lineStarts(text);
  const union = markUnion(marks);
  const chunks: Chunk[] = [];
  let line = 0; // 0-based index into starts
  while (line < starts.length) {
    let nextLine = line + per;
    while (nextLine < starts.length) {
      const b = starts[nextLine];
      const k = lastWhere(union, (u) => u[0] < b);
      if (k >= 0 && union[k][1] > b) {
        const end = union[k][1];
        while (nextLine < starts.length && starts[nextLine] < end) nextLine++;
      } else break;
    }
    const start = starts[line];
    const end = nextLine < starts.length ? starts[nextLine] : text.length;
    chunks.push({ index: chunks.length, start, end, firstLine: line + 1, lineCount: Math.min(nextLine, starts.length) - line });
    line = nextLine;
  }
  if (chunks.length === 0) chunks.push({ index: 0, start: 0, end: 0, firstLine: 1, lineCount: 1 });
  return chunks;
}

/** The segments that intersect [start, end), cut to it. */
export function sliceSegments(segments: readonly Segment[], start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let i = lastWhere(segments, (s) => s.end <= start) + 1;
  for (; i < segments.length && segments[i].start < end; i++) {
    const s = segments[i];
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (b > a) out.push({ start: a, end: b, mark: s.mark });
  }
  return out;
}

/** Index of the chunk holding `offset` (the last chunk for offsets at the very end). */
export function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  const k = lastWhere(chunks, (c) => c.start <= offset);
  return Math.max(0, Math.min(chunks.length - 1, k));
}

/** For each record, the chunks holding its marks (the chunk of its own amount first), so a
 * selection change re-renders only the chunks it touches. */
export function chunksByRecord(chunks: readonly Chunk[], marks: readonly Mark[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const ordered = [...marks].sort((a, b) => Number(b.primary) - Number(a.primary));
  for (const m of ordered) {
    const c = chunkIndexAt(chunks, m.start);
    const list = map.get(m.recordId);
    if (!list) map.set(m.recordId, [c]);
    else if (!list.includes(c)) list.push(c);
  }
  return map;
}
