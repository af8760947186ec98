// The selected record under the grid: its review state, then tabs for the fields (or the
// edit form), the comment thread and the history of every change.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Figure } from '../../shared/extract/types';
import type { RecordRow } from '../../shared/records';
import { EDITABLE_FIELDS, isEditableField, type EditableField } from '../../shared/review';
import { orderedSides } from '../logic/exchange';
import { STAGES } from '../../shared/extract/types';
import { formatConfidence, formatFiscalYear, formatInteger, formatYen } from '../format';
import { fieldLabel, flagLabel, stageLabel, statusLabel, warningLabel, type MessageKey } from '../i18n';
import { approvalVoidText, describeEntry, fieldInputs, formatTime, formatValue, inputError, type FieldInputs } from '../logic/review';
import { selectedRecord, useDocumentsStore } from '../store/documents';
import { useReviewStore, type DetailTab } from '../store/review';
import { useLocale, useT } from './useI18n';
import { CandidateDetail, RecordChecks } from './ReviewChecks';
import { useChecksStore } from '../store/checks';

const STATUS_ICONS: Record<string, string> = { pending: '○', approved: '✓', rejected: '✗' };

export function RecordDetail() {
  const t = useT();
  const record = useDocumentsStore(selectedRecord);
  const tab = useReviewStore((s) => s.detailTab);
  const editor = useReviewStore((s) => s.editor);
  const setTab = useReviewStore((s) => s.setDetailTab);
  const candidateId = useChecksStore((s) => s.selectedCandidateId);

  if (!record && candidateId) return <CandidateDetail />;
  if (!record) {
    return (
      <section className="record-detail" data-testid="record-detail" aria-label={t('detail.heading')}>
        <p className="muted pad">{t('detail.none')}</p>
      </section>
    );
  }
  const editing = editor?.recordId === record.id;
  const tabs: [DetailTab, string][] = [
    ['fields', t('detail.tabFields')],
    ['comments', t('detail.tabComments', { count: record.comments.length })],
    ['history', t('detail.tabHistory')],
  ];

  return (
    <section className="record-detail" data-testid="record-detail" aria-label={t('detail.heading')}>
      <ReviewLine record={record} />
      <div className="detail-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id && !editing}
            className={tab === id && !editing ? 'detail-tab active' : 'detail-tab'}
            data-testid={`tab-${id}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
        {editing && (
          <span className="detail-tab active" role="tab" aria-selected="true">
            {t('edit.title')}
          </span>
        )}
      </div>
      <div className="detail-body">
        {editing ? (
          <EditForm key={record.id} record={record} focus={editor!.focus} />
        ) : tab === 'comments' ? (
          <Comments record={record} />
        ) : tab === 'history' ? (
          <History record={record} />
        ) : (
          <Fields record={record} />
        )}
      </div>
    </section>
  );
}

/** Title, status (with icon and text), who approved, why an approval is void, conflicts. */
function ReviewLine({ record }: { record: RecordRow }) {
  const t = useT();
  const locale = useLocale();
  const none = <span className="muted">{t('detail.noValue')}</span>;
  const voidText = approvalVoidText(record, locale, new Date());
  return (
    <>
      <h2 className="detail-title">
        <span className={`status-badge status-${record.status}`} data-testid="detail-status" data-status={record.status}>
          <span aria-hidden="true">{STATUS_ICONS[record.status]}</span> {statusLabel(locale, record.status)}
        </span>
        <span className="detail-item">{record.item || none}</span>
        {record.approvedBy && (
          <span className="muted detail-meta">
            {record.approvedAt
              ? t('review.approvedByAt', { name: record.approvedBy, time: formatTime(record.approvedAt, new Date()) })
              : t('review.approvedBy', { name: record.approvedBy })}
          </span>
        )}
        <span className="detail-location" title={t('detail.location')}>
          {record.start >= 0 ? t('detail.locationValue', { line: record.line, start: record.start, end: record.end }) : t('review.manual')}
        </span>
      </h2>
      {voidText && (
        <p className="void-line" data-testid="approval-void" role="note">
          <span aria-hidden="true">↺ </span>
          {voidText}
        </p>
      )}
      {record.conflicts.length > 0 && <Conflicts record={record} />}
      <RecordChecks record={record} />
    </>
  );
}

/** Each conflicting field: both values with who set each and when, a button (and 1 / 2 for
 * the first field) to choose one, and the edit form for a third value. */
function Conflicts({ record }: { record: RecordRow }) {
  const t = useT();
  const locale = useLocale();
  const resolve = useReviewStore((s) => s.resolveConflict);
  const openEditor = useReviewStore((s) => s.openEditor);
  const now = new Date();
  return (
    <div className="conflicts" data-testid="conflicts" role="group" aria-label={t('conflict.label')}>
      <p className="conflict-intro">
        <span aria-hidden="true">⇄ </span>
        {t('conflict.intro')}
      </p>
      {record.conflicts.map((c, ci) => (
        <div key={c.field} className="conflict" data-testid="conflict" data-field={c.field}>
          <span className="conflict-field">{fieldLabel(locale, c.field)}</span>
          <ol className="conflict-sides">
            {orderedSides(c).map((side, i) => (
              <li key={side.eventId} data-testid="conflict-side" data-event-id={side.eventId}>
                <span className="side-num" aria-hidden="true">{i + 1}</span>
                <strong className="side-value">{formatValue(c.field, side.value, locale)}</strong>
                <span className="muted small">{t('conflict.by', { actor: side.actor, time: formatTime(side.at, now) })}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => void resolve(record.id, c.field, side.eventId)}
                  data-testid={`choose-${c.field}-${i + 1}`}
                >
                  {ci === 0 && i < 2 ? t('conflict.choose', { key: i + 1 }) : t('conflict.chooseNoKey')}
                </button>
              </li>
            ))}
          </ol>
          {isEditableField(c.field) && (
            <button type="button" className="btn btn-small" onClick={() => openEditor(c.field as EditableField)} data-testid={`conflict-edit-${c.field}`}>
              ✎ {t('conflict.typeOther')}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

function Fields({ record }: { record: RecordRow }) {
  const t = useT();
  const locale = useLocale();
  const none = <span className="muted">{t('detail.noValue')}</span>;
  const figure = (f: Figure | null): ReactNode => {
    if (!f) return none;
    const yen = formatYen(f.yen, locale);
    return f.text && f.text !== yen ? (
      <>
        {yen} <span className="muted">({f.text})</span>
      </>
    ) : (
      yen
    );
  };
  const fields: [MessageKey, ReactNode, string | null][] = [
    ['detail.text', record.text ? <span className="amount-text">{record.text}</span> : none, null],
    ['detail.yen', <strong>{formatYen(record.yen, locale)}</strong>, 'yen'],
    ['detail.exactYen', t('yen.exact', { amount: formatInteger(record.yen) }), null],
    ['detail.fy', formatFiscalYear(record.fy) || none, 'fy'],
    ['detail.stage', stageLabel(locale, record.stage), 'stage'],
    ['detail.flags', record.flags.length ? record.flags.map((f) => flagLabel(locale, f)).join(', ') : none, 'flags'],
    ['detail.confidence', formatConfidence(record.confidence), null],
    ['detail.lastActor', record.lastActor ?? none, null],
    ['detail.previous', figure(record.previous), 'previous'],
    ['detail.supplementary', figure(record.supplementary), 'supplementary'],
    ['detail.change', figure(record.change), null],
    ['detail.unit', record.unit || none, null],
  ];
  return (
    <>
      <div className="detail-section" data-testid="detail-section">
        <span className="detail-label">{t('detail.section')}</span>
        {record.section.length ? (
          <ol className="section-path">
            {record.section.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        ) : (
          none
        )}
      </div>
      <dl className="detail-fields">
        {fields.map(([key, value, field]) => (
          <div key={key} className={field && record.edited.includes(field) ? 'detail-field edited' : 'detail-field'}>
            <dt>
              {t(key)}
              {field && record.edited.includes(field) && <span className="edited-mark"> ✎</span>}
            </dt>
            <dd data-field={field ?? undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="detail-warnings" data-testid="detail-warnings">
        <span className="detail-label">{t('detail.warnings')}</span>
        {record.warnings.length ? (
          <ul>
            {record.warnings.map((w, i) => (
              <li key={i} data-code={w.code} title={w.message}>
                <span aria-hidden="true">⚠ </span>
                {warningLabel(locale, w)}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('detail.noWarnings')}</span>
        )}
      </div>
    </>
  );
}

/** The edit form: every editable field, an optional reason; Tab moves, Enter saves, Esc cancels.
 * Unreadable input shows the parser's message next to the field and nothing is sent. */
function EditForm({ record, focus }: { record: RecordRow; focus: EditableField }) {
  const t = useT();
  const locale = useLocale();
  const commitEdit = useReviewStore((s) => s.commitEdit);
  const closeEditor = useReviewStore((s) => s.closeEditor);
  const initial = useMemo(() => fieldInputs(record), [record.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const [inputs, setInputs] = useState<FieldInputs>(initial);
  const [reason, setReason] = useState('');
  const [serverErrors, setServerErrors] = useState<Partial<Record<EditableField, string>>>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const el = formRef.current?.querySelector<HTMLInputElement>(`[name="${focus}"]`);
    el?.focus();
    el?.select?.();
  }, [focus]);

  const errorOf = (f: EditableField): string | null => serverErrors[f] ?? (tried || inputs[f] !== initial[f] ? inputError(f, inputs[f], initial[f], locale) : null);

  const submit = async () => {
    if (busy) return;
    setTried(true);
    setBusy(true);
    const errs = await commitEdit(record.id, initial, inputs, reason);
    setBusy(false);
    setServerErrors(errs);
    const first = EDITABLE_FIELDS.find((f) => errs[f]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeEditor();
    } else if (e.key === 'Enter' && !e.shiftKey && (e.target as HTMLElement).tagName !== 'BUTTON') {
      e.preventDefault();
      e.stopPropagation();
      void submit();
    }
  };

  const set = (f: EditableField, v: string) => {
    setInputs((cur) => ({ ...cur, [f]: v }));
    setServerErrors((cur) => (cur[f] ? { ...cur, [f]: undefined } : cur));
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      data-testid="edit-form"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="edit-grid">
        {EDITABLE_FIELDS.map((f) => {
          const err = errorOf(f);
          const id = `edit-${f}`;
          return (
            <label key={f} className={`edit-field edit-${f}${err ? ' invalid' : ''}`} htmlFor={id}>
              <span className="edit-label">{fieldLabel(locale, f)}</span>
              {f === 'stage' ? (
                <select id={id} name={f} value={inputs[f]} onChange={(e) => set(f, e.target.value)} data-testid={id}>
                  {STAGES.map((s) => (
                    <option key={s} value={s}>
                      {stageLabel(locale, s)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  name={f}
                  value={inputs[f]}
                  onChange={(e) => set(f, e.target.value)}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={err ? `${id}-error` : undefined}
                  autoComplete="off"
                  spellCheck={false}
                  data-testid={id}
                />
              )}
              {err && (
                <span className="field-error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>
                  ⚠ {err}
                </span>
              )}
            </label>
          );
        })}
        <label className="edit-field edit-reason" htmlFor="edit-reason">
          <span className="edit-label">{t('edit.reason')}</span>
          <input id="edit-reason" name="reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-testid="edit-reason" />
        </label>
      </div>
      <div className="edit-actions">
        <span className="muted">{t('edit.hint')}</span>
        <span className="spacer" />
        <button type="button" className="btn btn-small" onClick={closeEditor}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
          {t('edit.save')}
        </button>
      </div>
    </form>
  );
}

function Comments({ record }: { record: RecordRow }) {
  const t = useT();
  const addComment = useReviewStore((s) => s.addComment);
  const resolveComment = useReviewStore((s) => s.resolveComment);
  const focusGrid = useReviewStore((s) => s.focusGrid);
  const focusSeq = useReviewStore((s) => s.commentFocusSeq);
  const [text, setText] = useState('');
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusSeq > 0) boxRef.current?.focus();
  }, [focusSeq]);

  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [record.comments.length]);

  const onKeyDown = async (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      focusGrid();
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      const value = text;
      if (!value.trim()) return;
      if (await addComment(value)) {
        setText('');
        focusGrid();
      }
    }
  };

  return (
    <div className="comments" data-testid="comments">
      {record.comments.length === 0 ? (
        <p className="muted small">{t('comments.empty')}</p>
      ) : (
        <ol className="comment-list" ref={listRef}>
          {record.comments.map((c) => (
            <li key={c.id} className={c.resolved ? 'comment resolved' : 'comment'} data-testid="comment">
              <span className="comment-meta">
                <strong className="comment-actor">{c.actor}</strong> <span className="muted">{formatTime(c.at)}</span>
              </span>
              <span className="comment-text">{c.text}</span>
              {c.resolved ? (
                <span className="muted small">✓ {t('comments.resolved', { name: c.resolvedBy ?? '' })}</span>
              ) : (
                <button type="button" className="btn btn-small" onClick={() => void resolveComment(record.id, c.id)}>
                  {t('comments.resolve')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <textarea
        ref={boxRef}
        className="comment-box"
        rows={2}
        value={text}
        maxLength={4000}
        aria-label={t('comments.label')}
        placeholder={t('comments.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => void onKeyDown(e)}
        data-testid="comment-box"
      />
    </div>
  );
}

function History({ record }: { record: RecordRow }) {
  const t = useT();
  const locale = useLocale();
  const history = useReviewStore((s) => s.history);
  const loadHistory = useReviewStore((s) => s.loadHistory);

  useEffect(() => {
    void loadHistory(record);
  }, [record, loadHistory]);

  const entries = history?.recordId === record.id ? history.entries : null;
  if (!entries) return <p className="muted small">{t('history.loading')}</p>;
  if (entries.length === 0) return <p className="muted small">{t('history.empty')}</p>;
  return (
    <ol className="history" data-testid="history">
      {[...entries].reverse().map((e) => (
        <li key={e.eventId} className={`history-entry kind-${e.kind}`} data-testid="history-entry" data-kind={e.kind} data-field={e.field ?? undefined}>
          <span className="history-time">{formatTime(e.at)}</span>
          <span className="history-actor">{e.actor}</span>
          <span className="history-what">
            {(e.undoOf || e.redoOf) && (
              <span className={e.undoOf ? 'step-tag undo' : 'step-tag redo'}>{e.undoOf ? `↶ ${t('history.undo')}` : `↷ ${t('history.redo')}`}</span>
            )}
            {e.kind === 'created' && record.origin === 'manual' ? t('history.createdManual') : describeEntry(e, locale)}
            {e.reason && <span className="muted"> — {t('history.reason', { reason: e.reason })}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
