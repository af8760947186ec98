// Figures nobody reviewed and checks on figures: a record's checks with their numbers (accept a
// failure with a reason), the selected candidate (add it, dismiss it with a reason), the
// candidates list the Candidates filter shows in place of the grid, and the two reason dialogs.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RecordRow } from '../../shared/records';
import type { CheckView } from '../../shared/record-checks';
import { formatYen } from '../format';
import { translate } from '../i18n';
import { checkKindLabel, checksOfRecord, checkText, DISMISS_REASONS, reasonLabel } from '../logic/checks';
import { formatTime } from '../logic/review';
import { useChecksStore } from '../store/checks';
import { useDocumentsStore } from '../store/documents';
import { Modal, useFocusOnShow } from './Dialogs';
import { useLocale, useT } from './useI18n';

const CHECK_ICONS: Record<string, string> = { pass: '✓', fail: '✗', accepted: '≈' };

/** Opens a record compared with (possibly in another document: last year's). */
async function openRecord(documentId: string, recordId: string) {
  const d = useDocumentsStore.getState();
  if (d.selectedDocId !== documentId) await d.openDocument(documentId);
  useDocumentsStore.getState().selectRecord(recordId, 'key');
}

/** The record's parent (what it is a part of) and its checks. */
export function RecordChecks({ record }: { record: RecordRow }) {
  const t = useT();
  const locale = useLocale();
  const checks = useChecksStore((s) => s.checks);
  const openAccept = useChecksStore((s) => s.openAccept);
  const records = useDocumentsStore((s) => s.records);
  const mine = checksOfRecord(checks, record.id);
  const parent = record.parent ? records.find((r) => r.id === record.parent) : null;
  const children = records.filter((r) => r.parent === record.id).length;
  return (
    <div className="record-checks" data-testid="record-checks">
      <p className="small">
        <span className="detail-label">{t('detail.parent')}: </span>
        {parent ? (
          <button type="button" className="btn-link" data-testid="parent-link" onClick={() => void openRecord(parent.documentId, parent.id)}>
            {parent.item ?? parent.text} {formatYen(parent.yen, locale)}
          </button>
        ) : (
          <span className="muted">{t('detail.parentNone')}</span>
        )}
        {children > 0 && <span className="muted"> · {t('detail.children', { count: children })}</span>}
      </p>
      {mine.length > 0 && (
        <ul className="checks" aria-label={t('check.heading')}>
          {mine.map((c) => (
            <CheckLine key={`${c.kind}:${c.record}`} check={c} own={c.record === record.id} onAccept={() => openAccept(c.kind)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CheckLine({ check: c, own, onAccept }: { check: CheckView; own: boolean; onAccept: () => void }) {
  const t = useT();
  const locale = useLocale();
  const related = c.relatedDocument && c.related[0];
  return (
    <li className={`check-${c.status}`} data-testid="check" data-kind={c.kind} data-status={c.status}>
      <span className="check-badge">
        <span aria-hidden="true">{CHECK_ICONS[c.status]} </span>
        {checkKindLabel(locale, c.kind)}: {t(`check.status.${c.status}`)}
      </span>
      {c.status !== 'pass' && <span data-testid="check-text">{checkText(locale, c)}</span>}
      {c.status === 'fail' && <span className="muted small">{t('check.tolerance', { tolerance: formatYen(c.tolerance, locale) })}</span>}
      {c.status === 'accepted' && <span className="muted">{t('check.acceptedBy', { by: c.by ?? '', reason: c.reason ?? '' })}</span>}
      {related && (
        <button type="button" className="btn-link" data-testid="check-open-related" onClick={() => void openRecord(c.relatedDocument!, c.related[0])}>
          {t('check.open')}
        </button>
      )}
      {c.status === 'fail' && own && (
        <button type="button" className="btn btn-small" data-testid="check-accept" onClick={onAccept}>
          {t('check.accept')}
        </button>
      )}
    </li>
  );
}

/** The selected candidate: what the tokenizer read, its decision and history, add / dismiss. */
export function CandidateDetail() {
  const t = useT();
  const locale = useLocale();
  const c = useChecksStore((s) => s.candidates.find((x) => x.id === s.selectedCandidateId) ?? null);
  const add = useChecksStore((s) => s.addSelected);
  const openDismiss = useChecksStore((s) => s.openDismiss);
  if (!c) return null;
  const now = new Date();
  return (
    <section className="record-detail" data-testid="candidate-detail" aria-label={t('cand.title')}>
      <h2 className="detail-title">
        <span className="status-badge" data-testid="candidate-status" data-status={c.status}>
          <span aria-hidden="true">{c.status === 'dismissed' ? '✗' : '?'} </span>
          {t(`cand.status.${c.status}`)}
        </span>
        <span className="detail-item">{t('cand.title')}</span>
      </h2>
      <div className="detail-body">
        <p>{t('cand.detail', { line: c.line, text: c.text, yen: formatYen(c.yen, locale) })}</p>
        {c.reason && <p className="muted">{reasonLabel(locale, c.reason)}</p>}
        {c.status !== 'added' && (
          <div className="modal-actions" style={{ justifyContent: 'flex-start' }}>
            <button type="button" className="btn btn-primary" data-testid="candidate-add" onClick={() => void add()}>
              {t('cand.add')}
            </button>
            <button type="button" className="btn" data-testid="candidate-dismiss" onClick={openDismiss}>
              {t('cand.dismiss')}
            </button>
          </div>
        )}
        {c.history.length > 0 && (
          <ul className="history small" data-testid="candidate-history">
            {c.history.map((h) => (
              <li key={h.eventId}>
                {t('cand.history', {
                  time: formatTime(h.at, now), actor: h.actor, from: t(`cand.status.${String(h.from)}` as never), to: t(`cand.status.${String(h.to)}` as never),
                  reason: h.reason ? `: ${reasonLabel(locale, h.reason)}` : '',
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** The candidates of the open document (the Candidates filter), in document order. */
export function CandidateList() {
  const t = useT();
  const locale = useLocale();
  const candidates = useChecksStore((s) => s.candidates);
  const selected = useChecksStore((s) => s.selectedCandidateId);
  const select = useChecksStore((s) => s.selectCandidate);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('tr.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <div className="candidate-list" data-testid="candidate-list" ref={ref}>
      {candidates.length === 0 ? (
        <p className="muted pad">{t('cand.none')}</p>
      ) : (
        <table>
          <tbody>
            {candidates.map((c) => (
              <tr
                key={c.id}
                className={c.id === selected ? 'selected' : undefined}
                aria-selected={c.id === selected}
                data-testid="candidate-row"
                data-candidate-id={c.id}
                data-status={c.status}
                onClick={() => select(c.id)}
              >
                <td>{c.status === 'dismissed' ? '✗' : c.status === 'added' ? '✓' : '?'} {t(`cand.status.${c.status}`)}</td>
                <td>{c.line}</td>
                <td>{c.text}</td>
                <td>{formatYen(c.yen, locale)}</td>
                <td className="muted">{reasonLabel(locale, c.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Why a candidate is dismissed: 1–3 pick a listed reason, 4 (other) asks for words; Enter confirms. */
export function DismissDialog() {
  const t = useT();
  const locale = useLocale();
  const id = useChecksStore((s) => s.dismissing);
  const c = useChecksStore((s) => s.candidates.find((x) => x.id === s.dismissing) ?? null);
  const dismiss = useChecksStore((s) => s.dismiss);
  const close = useChecksStore((s) => s.closeDialogs);
  const [choice, setChoice] = useState<string>(DISMISS_REASONS[0]);
  const [other, setOther] = useState('');
  const otherRef = useRef<HTMLInputElement>(null);
  const firstReasonRef = useRef<HTMLInputElement>(null);
  const shown = !!id && !!c;
  // (a layout effect, as the focus below: a number typed at once is never undone by the reset)
  useLayoutEffect(() => {
    setChoice(DISMISS_REASONS[0]);
    setOther('');
  }, [id, shown]);
  // the keyboard goes to the reasons: 1–4 choose, Enter dismisses
  useFocusOnShow(firstReasonRef, shown);
  if (!id || !c) return null;
  const options = [...DISMISS_REASONS, 'other'];
  const submit = () => void dismiss(choice === 'other' ? other : choice);
  const onKey = (e: React.KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'text') return;
    if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      if (choice !== 'other' || other.trim()) submit();
      return;
    }
    const n = Number(e.key);
    if (n >= 1 && n <= options.length) {
      e.preventDefault();
      setChoice(options[n - 1]);
      if (options[n - 1] === 'other') requestAnimationFrame(() => otherRef.current?.focus());
    }
  };
  return (
    <Modal label={t('cand.dismissTitle', { text: c.text })} onClose={close} testId="dismiss-dialog">
      <form
        onKeyDown={onKey}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 className="modal-title">{t('cand.dismissTitle', { text: c.text })}</h2>
        <ul className="reason-list" role="radiogroup">
          {options.map((o, i) => (
            <li key={o}>
              <label>
                <input
                  ref={i === 0 ? firstReasonRef : undefined}
                  type="radio"
                  name="reason"
                  checked={choice === o}
                  onChange={() => {
                    setChoice(o);
                    if (o === 'other') requestAnimationFrame(() => otherRef.current?.focus());
                  }}
                  data-testid={`reason-${o}`}
                />{' '}
                {i + 1}.{' '}
                {translate(locale, `cand.reason.${o}` as never)}
              </label>
            </li>
          ))}
        </ul>
        {choice === 'other' && (
          <label className="modal-field">
            <span>{t('cand.reasonText')}</span>
            <input ref={otherRef} type="text" value={other} maxLength={500} onChange={(e) => setOther(e.target.value)} data-testid="reason-text" />
          </label>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            {t('cand.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dismiss-confirm" disabled={choice === 'other' && !other.trim()}>
            {t('cand.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Why a failed check is accepted: the reviewer's words (required); Enter confirms. */
export function AcceptDialog() {
  const t = useT();
  const locale = useLocale();
  const a = useChecksStore((s) => s.accepting);
  const check = useChecksStore((s) => s.checks.find((c) => a && c.record === a.recordId && c.kind === a.kind) ?? null);
  const accept = useChecksStore((s) => s.accept);
  const close = useChecksStore((s) => s.closeDialogs);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setReason('');
    setTried(false);
  }, [a]);
  useFocusOnShow(inputRef, !!a);
  if (!a) return null;
  const kind = checkKindLabel(locale, a.kind);
  return (
    <Modal label={t('check.acceptTitle', { kind })} onClose={close} testId="accept-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (reason.trim()) void accept(reason);
        }}
      >
        <h2 className="modal-title">{t('check.acceptTitle', { kind })}</h2>
        {check && <p>{checkText(locale, check)}</p>}
        <label className="modal-field">
          <span>{t('cand.reasonText')}</span>
          <input ref={inputRef} type="text" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="accept-reason" />
        </label>
        {tried && !reason.trim() && (
          <p className="field-error" role="alert">
            ⚠ {t('check.reasonNeeded')}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            {t('cand.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="accept-confirm">
            {t('check.acceptConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
