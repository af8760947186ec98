// Sign-off logic for the UI: the latest sign-off per document, badge states, fingerprints in
// groups of four, the host's English blockers and reasons translated by pattern. Pure.
import type { SignoffState, SignoffView } from '../../shared/signoff';
import type { RecordRow } from '../../shared/records';
import { stageLabel, translate, type Locale } from '../i18n';

export type BadgeState = SignoffState | 'none';

/** Icons that go with the state's text (never colour alone). */
export const SIGNOFF_ICONS: Record<BadgeState, string> = { valid: '✓', stale: '↻', invalid: '✗', untrusted: '?', none: '○' };

/** A fingerprint as people compare it: 64 hex digits in groups of four. */
export function groupFingerprint(fp: string): string {
  return (fp.match(/.{1,4}/g) ?? []).join(' ');
}

/** Same order as the host's listSignoffs: by time signed, then id. */
function compare(a: SignoffView, b: SignoffView): number {
  return a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The latest sign-off of each document (the one that counts for export and badges). */
export function latestByDocument(views: readonly SignoffView[]): Record<string, SignoffView> {
  const out: Record<string, SignoffView> = {};
  for (const v of [...views].sort(compare)) out[v.documentId] = v;
  return out;
}

export function badgeState(v: SignoffView | null | undefined): BadgeState {
  return v ? v.state : 'none';
}

/** Export of the signed dataset is allowed while the latest sign-off is valid or untrusted. */
export function canExportDataset(v: SignoffView | null | undefined): boolean {
  return !!v && (v.state === 'valid' || v.state === 'untrusted');
}

/** A blocker from signoffPreview in the UI language (by its pattern), else as given. */
export function translateBlocker(locale: Locale, message: string): string {
  if (message === 'there are no records to sign') return translate(locale, 'signoff.blockerEmpty');
  let m = /^(\d+) record\(s\) still pending review$/.exec(message);
  if (m) return translate(locale, 'signoff.blockerPending', { count: Number(m[1]) });
  m = /^(\d+) record\(s\) in conflict$/.exec(message);
  if (m) return translate(locale, 'signoff.blockerConflict', { count: Number(m[1]) });
  m = /^(\d+) figure\(s\) nobody reviewed/.exec(message);
  if (m) return translate(locale, 'signoff.blockerCandidates', { count: Number(m[1]) });
  m = /^(\d+) failed check\(s\) neither fixed nor accepted$/.exec(message);
  if (m) return translate(locale, 'signoff.blockerChecks', { count: Number(m[1]) });
  m = /^(\d+) record\(s\) whose approval is void$/.exec(message);
  if (m) return translate(locale, 'signoff.blockerVoid', { count: Number(m[1]) });
  return message;
}

/** Why a sign-off is not valid, in the UI language where the pattern is known. */
export function translateReason(locale: Locale, v: Pick<SignoffView, 'reason'>): string | null {
  const r = v.reason;
  if (!r) return null;
  let m = /^(\d+) record\(s\) changed since signing$/.exec(r);
  if (m) return translate(locale, 'signoff.reasonChanged', { count: Number(m[1]) });
  m = /^signed by a key you do not trust \((.*)\)$/.exec(r);
  if (m) return translate(locale, 'signoff.reasonUntrusted', { name: m[1] });
  return r;
}

/** The records a stale sign-off names, labelled for a list; removed ones are marked. */
export function changedRecords(
  v: Pick<SignoffView, 'changed'>,
  records: readonly Pick<RecordRow, 'id' | 'item' | 'text'>[],
): { id: string; label: string; present: boolean }[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return v.changed.map((id) => {
    const r = byId.get(id);
    return { id, label: r ? r.item || r.text || id : id, present: !!r };
  });
}

/** Totals by stage as [label, yen] in the extractor's stage order. */
export function stageTotals(locale: Locale, totals: Partial<Record<string, number>>): [string, number][] {
  const order = ['request', 'budget', 'supplementary', 'settlement', 'other'];
  return Object.entries(totals)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort((a, b) => {
      const ia = order.indexOf(a[0]), ib = order.indexOf(b[0]);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a[0] < b[0] ? -1 : 1);
    })
    .map(([stage, yen]) => [stageLabel(locale, stage), yen]);
}

/** Totals by fiscal year, oldest first; records without a year last. */
export function yearTotals(totals: Record<string, number>): [string, number][] {
  return Object.entries(totals).sort((a, b) => {
    const na = Number(a[0]), nb = Number(b[0]);
    const fa = Number.isFinite(na), fb = Number.isFinite(nb);
    if (fa && fb) return na - nb;
    if (fa !== fb) return fa ? -1 : 1;
    return a[0] < b[0] ? -1 : 1;
  });
}

/** Approvers, most approvals first. */
export function approverList(approvers: Record<string, number>): [string, number][] {
  return Object.entries(approvers).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
