// Sign-off in the UI: the badge (toolbar, document list), the Sign-off dialog (latest
// sign-off and what changed since, the summary to sign, blockers, note, export of the signed
// dataset) and the Settings dialog (name, own key, trusted signers).
import { useEffect, useRef, useState } from 'react';
import type { SignoffView } from '../../shared/signoff';
import { formatYen } from '../format';
import type { MessageKey } from '../i18n';
import { formatTime } from '../logic/review';
import {
  SIGNOFF_ICONS,
  approverList,
  badgeState,
  canExportDataset,
  changedRecords,
  groupFingerprint,
  stageTotals,
  translateBlocker,
  translateReason,
  yearTotals,
  type BadgeState,
} from '../logic/signoff';
import { useDocumentsStore } from '../store/documents';
import { useExchangeStore } from '../store/exchange';
import { useReviewStore } from '../store/review';
import { useSignoffStore, type DatasetFormat } from '../store/signoff';
import { Modal, useFocusOnShow } from './Dialogs';
import { useLocale, useT } from './useI18n';
import { checkKindLabel } from '../logic/checks';

export const STATE_KEYS: Record<BadgeState, MessageKey> = {
  valid: 'signoff.valid',
  stale: 'signoff.stale',
  invalid: 'signoff.invalid',
  untrusted: 'signoff.untrusted',
  none: 'signoff.none',
};

/** Icon + text for a sign-off state (never colour alone). */
export function SignoffBadge({ view, compact, testId }: { view: SignoffView | null | undefined; compact?: boolean; testId?: string }) {
  const t = useT();
  const locale = useLocale();
  const state = badgeState(view);
  const reason = view ? translateReason(locale, view) : null;
  const label = t(STATE_KEYS[state]);
  return (
    <span
      className={`signoff-badge signoff-${state}${compact ? ' compact' : ''}`}
      data-testid={testId}
      data-state={state}
      title={[t('signoff.badge', { state: label }), reason].filter(Boolean).join(' — ')}
    >
      <span aria-hidden="true" className="signoff-icon">{SIGNOFF_ICONS[state]}</span>{' '}
      {compact ? label : t('signoff.badge', { state: label })}
      {view && view.changed.length > 0 && !compact && <span className="signoff-count"> · {t('signoff.staleCount', { count: view.changed.length })}</span>}
    </span>
  );
}

/** The toolbar's sign-off button: the open document's state; opens the dialog. */
export function SignoffButton() {
  const t = useT();
  const docId = useDocumentsStore((s) => s.selectedDocId);
  const latest = useSignoffStore((s) => (docId ? s.latest[docId] : undefined));
  const open = useSignoffStore((s) => s.openDialog);
  if (!docId) return null;
  return (
    <button type="button" className="btn btn-dark signoff-button" title={t('signoff.buttonTitle')} onClick={open} data-testid="signoff-button">
      {latest ? <SignoffBadge view={latest} testId="signoff-badge" /> : <span data-testid="signoff-badge" data-state="none">✍ {t('signoff.button')}</span>}
    </button>
  );
}

function LatestSignoff({ view }: { view: SignoffView }) {
  const t = useT();
  const locale = useLocale();
  const records = useDocumentsStore((s) => s.records);
  const goTo = useSignoffStore((s) => s.goToRecord);
  const reason = translateReason(locale, view);
  const changed = changedRecords(view, records);
  return (
    <section className="signoff-section" data-testid="signoff-latest" data-state={view.state}>
      <h3>{t('signoff.current')}</h3>
      <p className="signoff-state-line">
        <SignoffBadge view={view} testId="signoff-state" />
        {reason && <span className="muted"> — {reason}</span>}
      </p>
      <p>{t('signoff.signedBy', { name: view.signer.name || '?', time: formatTime(view.signedAt), records: view.records })}</p>
      <p className="small">
        <span className="muted">{t('signoff.fingerprint')}: </span>
        <code className="fingerprint">{groupFingerprint(view.signer.fingerprint)}</code>
      </p>
      {view.note && <p className="small">{t('signoff.noteShown', { note: view.note })}</p>}
      {changed.length > 0 && (
        <>
          <p className="small">{t('signoff.changedIntro')}</p>
          <ul className="changed-list" data-testid="signoff-changed">
            {changed.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" disabled={!c.present} onClick={() => goTo(c.id)} data-record-id={c.id}>
                  ↻ {c.label}
                  {!c.present && <span className="muted"> {t('signoff.removed')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Totals({ title, rows, testId }: { title: string; rows: [string, number][]; testId: string }) {
  const locale = useLocale();
  if (!rows.length) return null;
  return (
    <div className="signoff-totals">
      <h4>{title}</h4>
      <table data-testid={testId}>
        <tbody>
          {rows.map(([label, yen]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{formatYen(yen, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SignoffDialog() {
  const t = useT();
  const locale = useLocale();
  const open = useSignoffStore((s) => s.dialogOpen);
  const close = useSignoffStore((s) => s.closeDialog);
  const preview = useSignoffStore((s) => s.preview);
  const loading = useSignoffStore((s) => s.previewLoading);
  const signing = useSignoffStore((s) => s.signing);
  const sign = useSignoffStore((s) => s.sign);
  const exporting = useSignoffStore((s) => s.exporting);
  const exportDataset = useSignoffStore((s) => s.exportDataset);
  const docId = useDocumentsStore((s) => s.selectedDocId);
  const doc = useDocumentsStore((s) => s.documents.find((d) => d.id === s.selectedDocId) ?? null);
  const latest = useSignoffStore((s) => (docId ? s.latest[docId] : undefined));
  const focusGrid = useReviewStore((s) => s.focusGrid);
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (open) setNote('');
  }, [open]);
  useFocusOnShow(noteRef, open);

  if (!open) return null;
  const onClose = () => {
    close();
    focusGrid();
  };
  const blocked = !preview || preview.blockers.length > 0;
  const submit = async () => {
    if (blocked || signing) return;
    if (await sign(note)) setNote('');
  };
  const s = preview?.summary;
  const noYear = t('signoff.noYear');
  return (
    <Modal label={t('signoff.title')} onClose={onClose} testId="signoff-dialog" wide>
      <h2 className="modal-title one-line" title={doc?.title.trim() || doc?.fileName}>
        {t('signoff.title')} <span className="muted">— {doc?.title.trim() || doc?.fileName}</span>
      </h2>
      <div className="signoff-columns">
        <div>
          <section className="signoff-section" data-testid="signoff-summary">
            <h3>{t('signoff.summary')}</h3>
            {!s && loading && <p className="muted">{t('signoff.loading')}</p>}
            {s && (
              <>
                <p data-testid="signoff-counts">{t('signoff.counts', { records: s.records, approved: s.approved, rejected: s.rejected })}</p>
                <Totals title={t('signoff.byStage')} rows={stageTotals(locale, s.totalsByStage)} testId="signoff-by-stage" />
                <Totals
                  title={t('signoff.byYear')}
                  rows={yearTotals(s.totalsByYear).map(([y, v]) => [y === '—' ? noYear : y, v])}
                  testId="signoff-by-year"
                />
                {s.parts > 0 && <p className="muted small" data-testid="signoff-parts">{t('signoff.parts', { count: s.parts })}</p>}
                {s.accepted.length > 0 && (
                  <div className="signoff-totals">
                    <h4>{t('signoff.accepted')}</h4>
                    <ul data-testid="signoff-accepted">
                      {s.accepted.map((a) => (
                        <li key={`${a.record}:${a.kind}`}>
                          {t('signoff.acceptedLine', { kind: checkKindLabel(locale, a.kind), item: a.item ?? '—', reason: a.reason, by: a.by })}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                {approverList(s.approvers).length > 0 && (
                  <div className="signoff-totals">
                    <h4>{t('signoff.approvers')}</h4>
                    <table data-testid="signoff-approvers">
                      <tbody>
                        {approverList(s.approvers).map(([name, count]) => (
                          <tr key={name}>
                            <th scope="row">{name}</th>
                            <td>{t('signoff.approverCount', { count })}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </>
            )}
          </section>
        </div>
        <div>
          {latest && <LatestSignoff view={latest} />}
          {preview && preview.blockers.length > 0 && (
            <section className="signoff-blockers" role="alert" data-testid="signoff-blockers">
              <strong>⚠ {t('signoff.blockers')}</strong>
              <ul>
                {preview.blockers.map((b) => (
                  <li key={b}>{translateBlocker(locale, b)}</li>
                ))}
              </ul>
            </section>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <label className="modal-field">
              <span>{t('signoff.noteLabel')}</span>
              <textarea
                ref={noteRef}
                rows={2}
                value={note}
                maxLength={2000}
                className="comment-box"
                onChange={(e) => setNote(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    void submit();
                  }
                }}
                data-testid="signoff-note"
              />
            </label>
            <div className="modal-actions">
              <button type="submit" className="btn btn-primary" disabled={blocked || signing} data-testid="signoff-sign">
                ✍ {signing ? t('signoff.signing') : t('signoff.sign')}
              </button>
            </div>
          </form>
          <section className="signoff-section">
            <h3>{t('signoff.export')}</h3>
            <p className="muted small">{t('signoff.exportHint')}</p>
            <div className="export-buttons">
              {(['csv', 'json', 'xlsx'] as DatasetFormat[]).map((f) => (
                <button
                  key={f}
                  type="button"
                  className="btn"
                  disabled={!canExportDataset(latest) || exporting !== null}
                  onClick={(e) => {
                    const button = e.currentTarget;
                    void exportDataset(f).then(() => button.focus());
                  }}
                  data-testid={`export-${f}`}
                >
                  ⤓ {f.toUpperCase()}
                </button>
              ))}
            </div>
          </section>
        </div>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose} data-testid="signoff-close">
          {t('signoff.close')}
        </button>
      </div>
    </Modal>
  );
}

export function SettingsDialog() {
  const t = useT();
  const open = useSignoffStore((s) => s.settingsOpen);
  const close = useSignoffStore((s) => s.closeSettings);
  const identity = useSignoffStore((s) => s.identity);
  const trusted = useSignoffStore((s) => s.trusted);
  const addedKey = useSignoffStore((s) => s.addedKey);
  const pendingKey = useSignoffStore((s) => s.pendingKey);
  const confirmTrust = useSignoffStore((s) => s.confirmTrust);
  const cancelTrust = useSignoffStore((s) => s.cancelTrust);
  const exportKey = useSignoffStore((s) => s.exportPublicKey);
  const untrust = useSignoffStore((s) => s.untrust);
  const loadKeys = useSignoffStore((s) => s.loadKeys);
  const choose = useExchangeStore((s) => s.choose);
  const profile = useReviewStore((s) => s.profile);
  const saveProfile = useReviewStore((s) => s.saveProfile);
  const focusGrid = useReviewStore((s) => s.focusGrid);
  const [name, setName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) setName(profile ?? '');
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps
  useFocusOnShow(nameRef, open);

  if (!open) return null;
  const onClose = () => {
    close();
    focusGrid();
  };
  const own = identity?.fingerprint;
  return (
    <Modal label={t('settings.title')} onClose={onClose} testId="settings-dialog" wide>
      <h2 className="modal-title">{t('settings.title')}</h2>
      <form
        className="settings-name"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== profile) void saveProfile(name).then((ok) => ok && void loadKeys());
        }}
      >
        <label className="modal-field">
          <span>{t('settings.name')}</span>
          <input ref={nameRef} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} autoComplete="name" data-testid="settings-name" />
        </label>
        <button type="submit" className="btn" disabled={!name.trim() || name.trim() === profile}>
          {t('settings.saveName')}
        </button>
      </form>
      <section className="signoff-section">
        <h3>{t('settings.identity')}</h3>
        <p>
          <span className="muted">{t('settings.fingerprint')}: </span>
          <code className="fingerprint" data-testid="own-fingerprint">
            {own ? groupFingerprint(own) : '…'}
          </code>
        </p>
        <button type="button" className="btn" onClick={() => void exportKey()} data-testid="export-key">
          ⤓ {t('settings.exportKey')}
        </button>
      </section>
      <section className="signoff-section">
        <h3>{t('settings.trusted')}</h3>
        {pendingKey && (
          <div className="key-added" role="group" data-testid="key-pending">
            <p>{t('settings.keyCheck', { name: pendingKey.name })}</p>
            <code className="fingerprint big">{groupFingerprint(pendingKey.fingerprint)}</code>
            <div>
              <button type="button" className="btn btn-primary" onClick={() => void confirmTrust()} data-testid="key-trust-confirm" autoFocus>
                {t('settings.trustConfirm')}
              </button>{' '}
              <button type="button" className="btn" onClick={cancelTrust}>
                {t('settings.trustCancel')}
              </button>
            </div>
          </div>
        )}
        {addedKey && (
          <div className="key-added" role="status" data-testid="key-added">
            <p>{t('settings.keyAdded', { name: addedKey.name })}</p>
            <code className="fingerprint big">{groupFingerprint(addedKey.fingerprint)}</code>
          </div>
        )}
        {trusted.length === 0 ? (
          <p className="muted">{t('settings.trustedEmpty')}</p>
        ) : (
          <ul className="trusted-list" data-testid="trusted-list">
            {trusted.map((k) => (
              <li key={k.fingerprint} data-fingerprint={k.fingerprint}>
                <div>
                  <strong>{k.name}</strong>
                  {k.fingerprint === own && <span className="muted"> ({t('settings.you')})</span>}
                  <span className="muted small"> · {t('settings.addedAt', { time: formatTime(k.addedAt) })}</span>
                  <br />
                  <code className="fingerprint">{groupFingerprint(k.fingerprint)}</code>
                </div>
                {k.fingerprint !== own && (
                  <button
                    type="button"
                    className="btn btn-small"
                    title={t('settings.removeTitle', { name: k.name })}
                    onClick={() => void untrust(k.fingerprint)}
                  >
                    {t('settings.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="btn" onClick={() => void choose('key')} data-testid="add-key">
          ＋ {t('settings.addKey')}
        </button>
      </section>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}
