// What a reviewer may change on a record, and how typed input becomes a field value. Used by
// the UI (to show a message in place), the CLI and the store (which re-checks everything).
import { parseFiscalYear } from './era';
import { FLAGS, STAGES, type Flag, type Stage } from './extract/types';
import { parseAmountInput } from './money';
import { RECORD_STATUSES, type RecordStatus } from './records';
import { CHECK_KINDS, type CheckKind } from './checks';

export const EDITABLE_FIELDS = ['item', 'yen', 'previous', 'supplementary', 'fy', 'stage', 'flags', 'parent'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface FieldValues {
  item: string | null;
  yen: number;
  previous: number | null;
  supplementary: number | null;
  fy: number | null;
  stage: Stage;
  flags: Flag[];
  /** The record this figure is a part of (a total, a heading figure), by id; null at the top. */
  parent: string | null;
}

/** A record id (the parent field names its parent by it). */
export const RECORD_ID = /^r[0-9a-f]{23}$/;

/** Accepting a failed check is a set of one of these fields on its record (undo and history as any field). */
export const ACCEPT_FIELDS = CHECK_KINDS.map((k) => `check.${k}` as const);
export type AcceptField = (typeof ACCEPT_FIELDS)[number];
export const acceptField = (kind: CheckKind): AcceptField => `check.${kind}`;
export const isAcceptField = (f: string): f is AcceptField => (ACCEPT_FIELDS as readonly string[]).includes(f);

/** An accepted check as stored: why, and the figures it was accepted at (a change to them reopens it). */
export interface AcceptValue {
  reason: string;
  expected: number;
  actual: number;
}

export function validAcceptValue(v: unknown): v is AcceptValue | null {
  if (v === null) return true;
  if (typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return Object.keys(o).every((k) => k === 'reason' || k === 'expected' || k === 'actual') &&
    typeof o.reason === 'string' && o.reason.trim().length > 0 && o.reason.length <= 500 &&
    Number.isSafeInteger(o.expected) && Number.isSafeInteger(o.actual);
}

/** A refusal: an English message (CLI, store) and a code with parameters the UI words. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; code: string; params?: Record<string, string | number> };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const bad = (error: string, code: string, params?: Record<string, string | number>): ParseResult<never> => ({ ok: false, error, code, params });

const STAGE_WORDS: Record<string, Stage> = {
  概算要求: 'request', 要求: 'request', 予算: 'budget', 当初予算: 'budget', 補正: 'supplementary',
  補正予算: 'supplementary', 決算: 'settlement', その他: 'other',
};
const FLAG_WORDS: Record<string, Flag> = {
  新規: 'new', 内数: 'portion', 再掲: 'restated', 約: 'approximate', 基金: 'fund', 事項要求: 'matter_request',
  複数年度: 'multi_year', 単位は表頭: 'unit_from_header',
};
const NONE = new Set(['', '-', '—', 'none', 'null', 'なし']);

export function isEditableField(f: string): f is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(f);
}

/** Parses what a reviewer typed for a field. Anything not read exactly is refused with a message. */
export function parseFieldInput(field: EditableField, input: string): ParseResult<FieldValues[EditableField]> {
  const s = input.trim();
  switch (field) {
    case 'item':
      return s.length > 500 ? bad('an item name has at most 500 characters', 'item_too_long', { max: 500 }) : ok(s === '' ? null : s);
    case 'yen': {
      const r = parseAmountInput(s);
      return r.ok ? ok(r.yen) : bad(r.error, r.code, r.params);
    }
    case 'previous':
    case 'supplementary': {
      if (NONE.has(s.toLowerCase()) || s === '新規') return ok(null);
      const r = parseAmountInput(s);
      return r.ok ? ok(r.yen) : bad(r.error, r.code, r.params);
    }
    case 'fy': {
      if (NONE.has(s.toLowerCase())) return ok(null);
      if (/^\d{4}$/.test(s)) return inRange(Number(s));
      const y = parseFiscalYear(s) ?? parseFiscalYear(`${s}年度`);
      return y === null ? bad(`cannot read a fiscal year from “${s}” (try 2025, 令和7年度 or R7)`, 'fy_unreadable', { input: s }) : inRange(y);
    }
    case 'stage': {
      const st = (STAGES as readonly string[]).includes(s) ? (s as Stage) : STAGE_WORDS[s];
      return st ? ok(st) : bad(`unknown stage “${s}” (one of ${STAGES.join(', ')})`, 'stage_unknown', { input: s });
    }
    case 'flags': {
      const parts = s.split(/[\s,、，]+/u).filter(Boolean);
      const out = new Set<Flag>();
      for (const p of parts) {
        const f = (FLAGS as readonly string[]).includes(p) ? (p as Flag) : FLAG_WORDS[p];
        if (!f) return bad(`unknown flag “${p}” (any of ${FLAGS.join(', ')})`, 'flag_unknown', { input: p });
        out.add(f);
      }
      return ok(FLAGS.filter((f) => out.has(f)));
    }
    case 'parent': {
      if (NONE.has(s.toLowerCase())) return ok(null);
      return RECORD_ID.test(s) ? ok(s) : bad(`“${s}” is not a record id (r followed by 23 hex digits), or empty for none`, 'parent_unreadable', { input: s });
    }
  }
}

function inRange(y: number): ParseResult<number> {
  return y >= 1950 && y <= 2100 ? ok(y) : bad(`fiscal year ${y} is out of range`, 'fy_range', { year: y });
}

/** Checks a value already in field form (from the API or a merged file). */
export function validFieldValue(field: EditableField, v: unknown): boolean {
  switch (field) {
    case 'item':
      return v === null || (typeof v === 'string' && v.length <= 500);
    case 'yen':
      return Number.isSafeInteger(v);
    case 'previous':
    case 'supplementary':
      return v === null || Number.isSafeInteger(v);
    case 'fy':
      return v === null || (Number.isInteger(v) && (v as number) >= 1950 && (v as number) <= 2100);
    case 'stage':
      return (STAGES as readonly unknown[]).includes(v);
    case 'flags':
      return Array.isArray(v) && v.every((f) => (FLAGS as readonly unknown[]).includes(f)) && new Set(v).size === v.length;
    case 'parent':
      return v === null || (typeof v === 'string' && RECORD_ID.test(v));
  }
}

export function isRecordStatus(s: unknown): s is RecordStatus {
  return (RECORD_STATUSES as readonly unknown[]).includes(s);
}
