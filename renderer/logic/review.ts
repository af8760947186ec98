// Review logic the components use: the edit form's inputs and what a commit would change,
// how history steps and values read, local times from clock strings. Pure: no DOM.
import { parseHlc } from '../../shared/hlc';
import type { HistoryEntry, RecordRow } from '../../shared/records';
import { errorText } from './errors';
import { EDITABLE_FIELDS, parseFieldInput, type EditableField } from '../../shared/review';
import { formatFiscalYear, formatYen } from '../format';
import { fieldLabel, flagLabel, flagLabels, stageLabel, statusLabel, translate, type Locale, type MessageKey, type Params } from '../i18n';

export type FieldInputs = Record<EditableField, string>;

/** The field's current value as a reviewer would type it (parseFieldInput reads it back). */
export function fieldInput(r: RecordRow, field: EditableField): string {
  switch (field) {
    case 'item':
      return r.item ?? '';
    case 'yen':
      return formatYen(r.yen, 'ja');
    case 'previous':
    case 'supplementary':
      return r[field] ? formatYen(r[field]!.yen, 'ja') : '';
    case 'fy':
      return r.fy === null ? '' : String(r.fy);
    case 'stage':
      return r.stage;
    case 'flags':
      // The Japanese words are what the documents say and the parser reads.
      return r.flags.map((f) => flagLabels.ja[f]).join('、');
    case 'parent':
      return r.parent ?? '';
  }
}

export function fieldInputs(r: RecordRow): FieldInputs {
  return Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, fieldInput(r, f)])) as FieldInputs;
}

/** The record's current value of a field in the parser's terms (previous/supplementary as yen). */
export function currentValue(r: RecordRow, field: EditableField): unknown {
  if (field === 'previous' || field === 'supplementary') return r[field]?.yen ?? null;
  return r[field];
}

export interface EditPlan {
  /** The parser's message for each field that cannot be read. Nothing is sent while any. */
  errors: Partial<Record<EditableField, string>>;
  /** The fields whose value would change, with what the reviewer typed. */
  changes: { field: EditableField; input: string }[];
}

/** Checks every input the reviewer touched; unchanged text is left alone. */
export function planEdit(r: RecordRow, initial: FieldInputs, inputs: FieldInputs, locale: Locale = 'en'): EditPlan {
  const errors: EditPlan['errors'] = {};
  const changes: EditPlan['changes'] = [];
  for (const field of EDITABLE_FIELDS) {
    const input = inputs[field];
    if (input === initial[field]) continue;
    const parsed = parseFieldInput(field, input);
    if (!parsed.ok) {
      errors[field] = errorText(locale, { code: parsed.code, params: parsed.params, message: parsed.error });
      continue;
    }
    // A field in conflict takes what was typed even when it equals the shown side: a typed
    // value resolves the conflict.
    const inConflict = r.conflicts?.some((c) => c.field === field);
    if (inConflict || JSON.stringify(parsed.value) !== JSON.stringify(currentValue(r, field))) changes.push({ field, input });
  }
  return { errors, changes };
}

/** The message for one input, or null when it reads (or is unchanged). */
export function inputError(field: EditableField, input: string, initial: string, locale: Locale = 'en'): string | null {
  if (input === initial) return null;
  const p = parseFieldInput(field, input);
  return p.ok ? null : errorText(locale, { code: p.code, params: p.params, message: p.error });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A clock string (`<ISO>-<counter>-<node>`) or ISO time as local "YYYY-MM-DD HH:MM". */
export function formatTime(at: string, now?: Date): string {
  const c = parseHlc(at);
  const ms = c ? c.ms : Date.parse(at);
  // The extractor's records carry a fixed clock before any real time: no time to show.
  if (!Number.isFinite(ms) || ms <= 0) return '—';
  const d = new Date(ms);
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (now && d.toDateString() === now.toDateString()) return hm;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm}`;
}

/** A field value as the history shows it. */
export function formatValue(field: string | null, v: unknown, locale: Locale): string {
  if (Array.isArray(v) && field !== 'flags') return v.map((x) => formatValue(field, x, locale)).join(' | ');
  if (v === null || v === undefined || v === '') return '—';
  switch (field) {
    case 'yen':
    case 'previous':
    case 'supplementary':
      return typeof v === 'number' ? formatYen(v, locale) : String(v);
    case 'fy':
      return typeof v === 'number' ? formatFiscalYear(v) : String(v);
    case 'stage':
      return stageLabel(locale, String(v));
    case 'status':
      return statusLabel(locale, String(v));
    case 'flags':
      return Array.isArray(v) ? (v.length ? v.map((f) => flagLabel(locale, String(f))).join(', ') : '—') : String(v);
    case 'candidate':
      return translate(locale, `cand.status.${String(v)}` as MessageKey);
    default:
      // an accepted check: its reason
      if (field?.startsWith('check.') && typeof v === 'object') return String((v as { reason?: unknown }).reason ?? '');
      return String(v);
  }
}

/** One history step as a sentence: "Amount: 2,379億円 → 2,566億円", "commented: …". */
export function describeEntry(e: HistoryEntry, locale: Locale): string {
  switch (e.kind) {
    case 'created':
      return translate(locale, 'history.created');
    case 'comment':
      return translate(locale, 'history.comment', { text: String(e.to ?? '') });
    case 'resolve':
      return translate(locale, 'history.resolve', { text: String(e.from ?? '') });
    case 'set':
      return describeChange(e, locale);
  }
}

export function describeChange(e: Pick<HistoryEntry, 'field' | 'from' | 'to'>, locale: Locale): string {
  const params: Params = {
    field: fieldLabel(locale, e.field ?? ''),
    from: formatValue(e.field, e.from, locale),
    to: formatValue(e.field, e.to, locale),
  };
  return translate(locale, 'history.set', params);
}

/** "Approval by 花子 void: 太郎 changed Amount at 14:02". */
export function approvalVoidText(r: Pick<RecordRow, 'approvalVoid'>, locale: Locale, now?: Date): string | null {
  const v = r.approvalVoid;
  if (!v) return null;
  return translate(locale, 'review.approvalVoid', {
    approver: v.approvedBy,
    actor: v.actor,
    field: fieldLabel(locale, v.field),
    time: formatTime(v.at, now),
  });
}

/** The notice after an undo or redo: what was taken back (or done again), on which record. */
export function undoNoticeParams(step: { record: RecordRow | null; candidate?: { text: string } | null; entry: HistoryEntry }, locale: Locale): Params {
  return {
    change: describeChange(step.entry, locale),
    item: step.record ? step.record.item || step.record.text || step.record.id : (step.candidate?.text ?? ''),
  };
}
