// The append-only event log's vocabulary, and the pure fold from a record's events to the
// record the grid shows. Same events, same record (DESIGN invariant 3).
//
// Every field is a multi-value register: a `field.set` lists as parents the events whose
// value its author saw. A set that supersedes every current head wins; two sets where
// neither saw the other both stay heads, and the record shows a conflict until someone
// writes a set whose parents include both.
import type { Extracted, Figure } from './extract/types';
import type { AcceptedCheck, ConflictSide, CreatedValue, HistoryEntry, RecordComment, RecordRow, RecordStatus, VoidedApproval } from './records';
import { ACCEPT_FIELDS, isAcceptField, type AcceptField, type AcceptValue, type EditableField } from './review';
import { CHECK_KINDS } from './checks';

export const EXTRACTOR_ACTOR = 'extractor';
/** Extraction events carry a fixed clock so that two machines extracting one document write identical events. */
export const EXTRACTION_HLC = '0000-00-00T00:00:00.000Z-0000-0000000000000000';

export const EVENT_TYPES = ['record.extracted', 'record.added', 'field.set', 'comment.added', 'comment.resolved', 'candidate.set'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type SetField = EditableField | 'status' | AcceptField;

/** The value of a `field.set` event. */
export interface SetValue {
  to: unknown;
  reason?: string;
  /** For an approval: the content hash of the record as approved. */
  hash?: string;
  undoOf?: string;
  redoOf?: string;
}

export interface EventInput {
  hlc: string;
  actor: string;
  documentId: string;
  recordId: string | null;
  type: EventType;
  field: string | null;
  value: unknown;
  parents: string[];
}

export interface EventRow extends EventInput {
  id: string;
}

/** Orders events as every machine must: by clock, then by id to break ties deterministically. */
export function compareEvents(a: EventRow, b: EventRow): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The fields an approval covers: what a reviewer checks against the source. */
export function approvedContent(
  r: Pick<RecordRow, 'id' | 'documentId' | 'start' | 'end' | 'text' | 'yen' | 'item' | 'fy' | 'stage' | 'flags' | 'previous' | 'supplementary'>,
) {
  return {
    id: r.id,
    documentId: r.documentId,
    start: r.start,
    end: r.end,
    text: r.text,
    yen: r.yen,
    item: r.item,
    fy: r.fy,
    stage: r.stage,
    flags: r.flags,
    previous: r.previous?.yen ?? null,
    supplementary: r.supplementary?.yen ?? null,
  };
}

interface RecordFold {
  base: CreatedValue;
  origin: RecordRow['origin'];
  created: EventRow;
  /** Current heads per field; no entry means the extracted value stands. */
  heads: Map<string, EventRow[]>;
  comments: RecordComment[];
  history: HistoryEntry[];
  last: EventRow | null;
}

const setValue = (e: EventRow) => e.value as SetValue;

function baseValue(base: CreatedValue, field: string): unknown {
  if (field === 'status') return 'pending';
  if (field === 'previous' || field === 'supplementary') return base[field]?.yen ?? null;
  if (field === 'parent') return (base as CreatedValue).parent ?? null;
  if (isAcceptField(field)) return null;
  return (base as unknown as Record<string, unknown>)[field];
}

function fold(events: EventRow[]): RecordFold | null {
  let f: RecordFold | null = null;
  for (const e of events) {
    if (e.type === 'record.extracted' || e.type === 'record.added') {
      if (f) continue; // created once; a second creation of the same id is ignored
      f = {
        base: e.value as CreatedValue,
        origin: e.type === 'record.added' ? 'manual' : 'extracted',
        created: e,
        heads: new Map(),
        comments: [],
        history: [],
        last: e.type === 'record.added' ? e : null,
      };
      f.history.push(entry(e, 'created', null, null, null));
      continue;
    }
    if (!f) continue;
    if (e.type === 'field.set' && e.field) {
      const prior = f.heads.get(e.field) ?? [];
      const superseded = prior.filter((h) => e.parents.includes(h.id));
      const from = prior.length === 0 ? baseValue(f.base, e.field) : superseded.length === 1 ? setValue(superseded[0]).to : superseded.map((h) => setValue(h).to);
      f.heads.set(e.field, [...prior.filter((h) => !e.parents.includes(h.id)), e]);
      f.history.push(entry(e, 'set', e.field, from, setValue(e).to));
    } else if (e.type === 'comment.added') {
      f.comments.push({ id: e.id, actor: e.actor, at: e.hlc, text: String((e.value as { text: string }).text), resolved: false, resolvedBy: null });
      f.history.push(entry(e, 'comment', null, null, (e.value as { text: string }).text));
    } else if (e.type === 'comment.resolved') {
      const c = f.comments.find((x) => x.id === (e.value as { commentId: string }).commentId);
      if (c && !c.resolved) {
        c.resolved = true;
        c.resolvedBy = e.actor;
      }
      f.history.push(entry(e, 'resolve', null, c?.text ?? null, null));
    } else continue;
    f.last = e;
  }
  return f;
}

function entry(e: EventRow, kind: HistoryEntry['kind'], field: string | null, from: unknown, to: unknown): HistoryEntry {
  const v = (e.type === 'field.set' ? setValue(e) : {}) as SetValue;
  return {
    eventId: e.id,
    at: e.hlc,
    actor: e.actor,
    kind,
    field,
    from,
    to,
    reason: v.reason ?? null,
    undoOf: v.undoOf ?? null,
    redoOf: v.redoOf ?? null,
  };
}

/** The winning head: the latest by clock (deterministic), the others are shown as a conflict. */
const winner = (heads: EventRow[]) => heads.reduce((a, b) => (compareEvents(a, b) >= 0 ? a : b));

function figure(base: Figure | null, yen: unknown): Figure | null {
  if (yen === null || yen === undefined) return null;
  if (base && base.yen === yen) return base;
  return base ? { ...base, yen: yen as number } : { text: '', yen: yen as number, start: -1, end: -1 };
}

/**
 * Folds one record's events (in canonical order) into its projection; null when it was never
 * created. `contentHash` hashes approvedContent(), so an approval holds only while the
 * record is as approved.
 */
export function projectRecord(events: EventRow[], contentHash: (content: ReturnType<typeof approvedContent>) => string): RecordRow | null {
  const f = fold(events);
  if (!f) return null;
  const value = (field: string) => {
    const heads = f.heads.get(field);
    return heads?.length ? setValue(winner(heads)).to : baseValue(f.base, field);
  };
  const conflicts = [...f.heads.entries()]
    .filter(([, heads]) => heads.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([field, heads]) => ({
      field,
      sides: [...heads].sort(compareEvents).map((h): ConflictSide => ({ eventId: h.id, value: setValue(h).to, actor: h.actor, at: h.hlc })),
    }));
  const accepted: RecordRow['accepted'] = {};
  for (const kind of CHECK_KINDS) {
    const heads = f.heads.get(`check.${kind}`);
    if (!heads?.length) continue;
    const head = winner(heads);
    const v = setValue(head).to as AcceptValue | null;
    if (v) accepted[kind] = { ...v, by: head.actor, at: head.hlc } satisfies AcceptedCheck;
  }
  const { parent: _proposed, ...extracted } = f.base;
  const row: RecordRow = {
    ...extracted,
    parent: value('parent') as string | null,
    accepted,
    item: value('item') as string | null,
    yen: value('yen') as number,
    fy: value('fy') as number | null,
    stage: value('stage') as RecordRow['stage'],
    flags: value('flags') as RecordRow['flags'],
    previous: figure(f.base.previous, value('previous')),
    supplementary: figure(f.base.supplementary, value('supplementary')),
    id: f.created.recordId!,
    documentId: f.created.documentId,
    origin: f.origin,
    status: 'pending',
    approvedBy: null,
    approvedAt: null,
    approvalVoid: null,
    edited: [...f.heads.keys()].filter((k) => k !== 'status' && !isAcceptField(k) && JSON.stringify(value(k)) !== JSON.stringify(baseValue(f.base, k))).sort(),
    conflicts,
    comments: f.comments,
    lastActor: f.last?.actor ?? null,
    updatedAt: f.last?.hlc ?? f.created.hlc,
  };
  const statusHeads = f.heads.get('status');
  if (statusHeads?.length && !conflicts.some((c) => c.field === 'status')) {
    const head = winner(statusHeads);
    const status = setValue(head).to as RecordStatus;
    if (status !== 'approved') row.status = status;
    else if (conflicts.length) row.approvalVoid = voidedByConflict(conflicts, head);
    else if (setValue(head).hash === contentHash(approvedContent(row))) {
      row.status = 'approved';
      row.approvedBy = head.actor;
      row.approvedAt = head.hlc;
    } else row.approvalVoid = voidedBy(f, head);
  }
  return row;
}

/** The first content change after an approval: the reason it no longer holds. */
function voidedBy(f: RecordFold, approval: EventRow): VoidedApproval {
  const isChange = (h: HistoryEntry) => h.kind === 'set' && h.field !== 'status';
  // A change merged from elsewhere may carry an earlier clock than the approval it voids.
  const change = f.history.find((h) => isChange(h) && h.at > approval.hlc) ?? [...f.history].reverse().find(isChange);
  return {
    approvedBy: approval.actor,
    field: change?.field ?? 'unknown',
    actor: change?.actor ?? 'unknown',
    at: change?.at ?? approval.hlc,
  };
}

/** A concurrent change merged in voids an approval: name the side the approver did not write. */
function voidedByConflict(conflicts: { field: string; sides: ConflictSide[] }[], approval: EventRow): VoidedApproval {
  const c = conflicts[0];
  const side = c.sides.find((s) => s.actor !== approval.actor) ?? c.sides[c.sides.length - 1];
  return { approvedBy: approval.actor, field: c.field, actor: side.actor, at: side.at };
}

/** Who changed what, from what to what, when and why: in order. */
export function recordHistory(events: EventRow[]): HistoryEntry[] {
  return fold(events)?.history ?? [];
}

/** The ids of the current heads of a field (what a new set must list as parents). */
export function fieldHeads(events: EventRow[], field: string): string[] {
  const f = fold(events);
  if (!f) return [];
  const heads = f.heads.get(field);
  return heads?.length ? heads.map((h) => h.id) : [f.created.id];
}
