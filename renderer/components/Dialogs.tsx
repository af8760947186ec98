// Modal dialogs: the reviewer's name (first start and later changes), the shortcuts overlay,
// and the add-record form. Each takes the keyboard while open (Esc closes).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { STAGES, type Stage } from '../../shared/extract/types';
import { parseFieldInput } from '../../shared/review';
import { formatYen } from '../format';
import { actionLabels, stageLabel } from '../i18n';
import { defaultKeymap, shortcutList } from '../logic/keymap';
import type { AddRecordDraft } from '../logic/selection';
import { useDocumentsStore } from '../store/documents';
import { useReviewStore, type FormMessage } from '../store/review';
import { useLocale, useT } from './useI18n';

/**
 * Put the focus in a dialog's field as it opens, before the dialog is painted (a layout effect), so keys typed at once
 * go to the field and none is lost to the dialog's frame.
 */
export function useFocusOnShow(ref: React.RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]); // eslint-disable-line react-hooks/exhaustive-deps
}

export function Modal({
  label,
  onClose,
  children,
  testId,
  wide,
}: {
  label: string;
  onClose: () => void;
  children: React.ReactNode;
  testId: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The keyboard belongs to the dialog: when nothing inside took the focus, the dialog does.
  useEffect(() => {
    if (ref.current && !ref.current.contains(document.activeElement)) ref.current.focus();
  }, []);
  // Esc still closes when the focus fell out of the dialog (a focused button became disabled).
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
      const el = ref.current;
      const active = document.activeElement;
      if (!el || (active && active !== document.body && el.contains(active))) return;
      if (active && active !== document.body && active.closest('[role=dialog]')) return; // another dialog's
      e.preventDefault();
      closeRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // Keep Tab inside the dialog.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((el) => !el.hasAttribute('disabled'));
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="modal-backdrop">
      <div
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        ref={ref}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        {children}
      </div>
    </div>
  );
}

export function ProfileDialog() {
  const t = useT();
  const open = useReviewStore((s) => s.profileDialog);
  const profile = useReviewStore((s) => s.profile);
  const save = useReviewStore((s) => s.saveProfile);
  const close = useReviewStore((s) => s.closeProfileDialog);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (open) {
      setName(profile ?? '');
      setError(false);
    }
  }, [open, profile]);
  useFocusOnShow(inputRef, open);

  if (!open) return null;
  const submit = async () => {
    if (!name.trim()) {
      setError(true);
      inputRef.current?.focus();
      return;
    }
    await save(name);
  };
  return (
    <Modal label={t('profile.title')} onClose={close} testId="profile-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 className="modal-title">{t('profile.title')}</h2>
        <p className="muted">{t('profile.intro')}</p>
        <label className="modal-field">
          <span>{t('profile.label')}</span>
          <input ref={inputRef} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} data-testid="profile-name" autoComplete="name" />
        </label>
        {error && (
          <p className="field-error" role="alert">
            ⚠ {t('profile.required')}
          </p>
        )}
        <div className="modal-actions">
          {profile && (
            <button type="button" className="btn" onClick={close}>
              {t('profile.cancel')}
            </button>
          )}
          <button type="submit" className="btn btn-primary">
            {t('profile.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function HelpOverlay() {
  const t = useT();
  const locale = useLocale();
  const open = useReviewStore((s) => s.helpOpen);
  const setHelp = useReviewStore((s) => s.setHelp);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <Modal label={t('help.title')} onClose={() => setHelp(false)} testId="help-overlay">
      <h2 className="modal-title">{t('help.title')}</h2>
      <table className="shortcut-table">
        <tbody>
          {shortcutList(defaultKeymap).map(({ action, keys }) => (
            <tr key={action}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{actionLabels[locale][action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button ref={closeRef} type="button" className="btn" onClick={() => setHelp(false)}>
          {t('help.close')}
        </button>
      </div>
    </Modal>
  );
}

export function AddRecordDialog() {
  const draft = useReviewStore((s) => s.addDraft);
  if (!draft) return null;
  return <AddRecordForm initial={draft} />;
}

function AddRecordForm({ initial }: { initial: AddRecordDraft }) {
  const t = useT();
  const locale = useLocale();
  const close = useReviewStore((s) => s.closeAdd);
  const submitAdd = useReviewStore((s) => s.submitAdd);
  const doc = useDocumentsStore((s) => s.doc);
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
    firstRef.current?.select();
  }, []);

  const amountInput = draft.amount.trim() || draft.text.trim();
  const amount = amountInput ? parseFieldInput('yen', amountInput) : null;
  const fy = draft.fy.trim() ? parseFieldInput('fy', draft.fy) : null;
  const fromSelection = draft.start !== null && draft.end !== null && doc?.text.slice(draft.start, draft.end) === draft.text;
  const line = fromSelection && doc ? doc.text.slice(0, draft.start!).split('\n').length : null;

  const submit = async () => {
    if (busy || (amount && !amount.ok) || (fy && !fy.ok)) return;
    setBusy(true);
    const m = await submitAdd(draft);
    setBusy(false);
    setMessage(m);
  };
  const set = (patch: Partial<AddRecordDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };

  return (
    <Modal label={t('add.title')} onClose={close} testId="add-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 className="modal-title">{t('add.title')}</h2>
        <label className="modal-field">
          <span>{t('add.text')}</span>
          <input ref={firstRef} value={draft.text} onChange={(e) => set({ text: e.target.value })} data-testid="add-text" />
          <small className="muted">
            {line !== null ? t('add.where', { line, start: draft.start!, end: draft.end! }) : t('add.textHint')}
          </small>
        </label>
        <label className="modal-field">
          <span>{t('add.amount')}</span>
          <input value={draft.amount} placeholder={draft.text} onChange={(e) => set({ amount: e.target.value })} data-testid="add-amount" />
          {amount && !amount.ok && <span className="field-error" role="alert">⚠ {amount.error}</span>}
          {amount?.ok && <small className="muted">= {formatYen(amount.value as number, locale)}</small>}
        </label>
        <label className="modal-field">
          <span>{t('add.item')}</span>
          <input value={draft.item} onChange={(e) => set({ item: e.target.value })} data-testid="add-item" />
        </label>
        <div className="modal-row">
          <label className="modal-field">
            <span>{t('add.fy')}</span>
            <input value={draft.fy} onChange={(e) => set({ fy: e.target.value })} data-testid="add-fy" />
            {fy && !fy.ok && <span className="field-error" role="alert">⚠ {fy.error}</span>}
          </label>
          <label className="modal-field">
            <span>{t('add.stage')}</span>
            <select value={draft.stage} onChange={(e) => set({ stage: e.target.value as Stage })} data-testid="add-stage">
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(locale, s)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {message && (
          <p className="field-error" role="alert" data-testid="add-error">
            ⚠ {t(message.key, message.params)}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            {t('profile.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('add.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
