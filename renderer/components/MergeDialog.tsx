// Merging a colleague's review file: pick → preview (what is new to this database) →
// Enter merges / Esc cancels → progress → summary. A refused file says why; nothing changed.
import { useEffect, useRef } from 'react';
import type { MergeSummary } from '../../shared/api';
import { taskLabel, type MessageKey } from '../i18n';
import { mergeIsEmpty, mergeRows, type MergeRow } from '../logic/exchange';
import { useAppStore } from '../store/app';
import { useExchangeStore } from '../store/exchange';
import { Modal } from './Dialogs';
import { useLocale, useT } from './useI18n';

const ROW_KEYS: Record<MergeRow, MessageKey> = {
  documents: 'merge.row.documents',
  records: 'merge.row.records',
  events: 'merge.row.events',
  conflicts: 'merge.row.conflicts',
  signoffs: 'merge.row.signoffs',
};

function SummaryTable({ summary, testId }: { summary: MergeSummary; testId: string }) {
  const t = useT();
  return (
    <table className="merge-summary" data-testid={testId}>
      <tbody>
        {mergeRows(summary).map(({ key, value }) => (
          <tr key={key} data-row={key} className={key === 'conflicts' && value > 0 ? 'has-conflicts' : undefined}>
            <th scope="row">
              {key === 'conflicts' && value > 0 && <span aria-hidden="true">⇄ </span>}
              {t(ROW_KEYS[key])}
            </th>
            <td data-testid={`${testId}-${key}`}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Progress() {
  const locale = useLocale();
  const task = useAppStore((s) => s.task);
  if (!task?.running) return <div className="task-bar"><div className="task-fill indeterminate" /></div>;
  const total = Math.max(task.total, task.done, 0);
  return (
    <div className="merge-progress">
      <div className="task-bar" role="progressbar" aria-label={taskLabel(locale, task)} aria-valuemin={0} aria-valuemax={total || undefined} aria-valuenow={total ? task.done : undefined}>
        <div className={total ? 'task-fill' : 'task-fill indeterminate'} style={total ? { width: `${(task.done / total) * 100}%` } : undefined} />
      </div>
      <span className="muted small">{taskLabel(locale, task)}</span>
    </div>
  );
}

export function MergeDialog() {
  const t = useT();
  const merge = useExchangeStore((s) => s.merge);
  const confirm = useExchangeStore((s) => s.confirmMerge);
  const close = useExchangeStore((s) => s.closeMerge);
  const showConflicts = useExchangeStore((s) => s.showConflicts);
  const primary = useRef<HTMLButtonElement>(null);
  const phase = merge?.phase;

  useEffect(() => {
    if (phase === 'preview' || phase === 'done' || phase === 'refused' || phase === 'failed') primary.current?.focus();
  }, [phase]);

  if (!merge) return null;
  const name = merge.name;
  return (
    <Modal label={t('merge.title')} onClose={close} testId="merge-dialog">
      <h2 className="modal-title">{t('merge.title')}</h2>
      <div data-testid="merge-phase" data-phase={merge.phase} aria-live="polite">
        {merge.phase === 'uploading' && (
          <>
            <p>{t('merge.uploading', { name })}</p>
            <Progress />
          </>
        )}
        {merge.phase === 'checking' && (
          <>
            <p>{t('merge.checking', { name })}</p>
            <Progress />
          </>
        )}
        {merge.phase === 'preview' && merge.preview && (
          <>
            <p>{t('merge.previewIntro', { name })}</p>
            <SummaryTable summary={merge.preview} testId="merge-preview" />
            {mergeIsEmpty(merge.preview) && <p className="muted">{t('merge.nothingNew')}</p>}
          </>
        )}
        {merge.phase === 'merging' && (
          <>
            <p>{t('merge.merging', { name })}</p>
            <Progress />
          </>
        )}
        {merge.phase === 'done' && merge.result && (
          <>
            <p>
              <span aria-hidden="true">✓ </span>
              {t('merge.doneIntro', { name })}
            </p>
            <SummaryTable summary={merge.result} testId="merge-result" />
            {merge.result.conflicts > 0 && <p className="conflict-note">⇄ {t('merge.doneConflicts', { count: merge.result.conflicts })}</p>}
          </>
        )}
        {(merge.phase === 'refused' || merge.phase === 'failed') && merge.error && (
          <div className="merge-error" role="alert" data-testid="merge-error" data-code={merge.error.code}>
            <p>
              <span aria-hidden="true">⚠ </span>
              {t(merge.phase === 'refused' ? 'merge.refused' : 'merge.failed', { message: merge.error.message })}
            </p>
            {(merge.phase === 'refused' || !merge.preview) && <p className="muted">{t('merge.untouched')}</p>}
          </div>
        )}
      </div>
      <div className="modal-actions">
        {merge.phase === 'preview' && (
          <>
            <button type="button" className="btn" onClick={close} data-testid="merge-cancel">
              {t('merge.cancel')}
            </button>
            <button ref={primary} type="button" className="btn btn-primary" onClick={() => void confirm()} data-testid="merge-confirm">
              {t('merge.confirm')}
            </button>
          </>
        )}
        {(merge.phase === 'uploading' || merge.phase === 'checking') && (
          <button type="button" className="btn" onClick={close} data-testid="merge-cancel">
            {t('merge.cancel')}
          </button>
        )}
        {merge.phase === 'done' && merge.result && merge.result.conflicts > 0 && (
          <>
            <button type="button" className="btn" onClick={close} data-testid="merge-close">
              {t('merge.close')}
            </button>
            <button ref={primary} type="button" className="btn btn-primary" onClick={showConflicts} data-testid="merge-show-conflicts">
              ⇄ {t('merge.showConflicts')}
            </button>
          </>
        )}
        {((merge.phase === 'done' && merge.result && merge.result.conflicts === 0) || merge.phase === 'refused' || merge.phase === 'failed') && (
          <button ref={primary} type="button" className="btn btn-primary" onClick={close} data-testid="merge-close">
            {t('merge.close')}
          </button>
        )}
      </div>
    </Modal>
  );
}
