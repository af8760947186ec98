import { taskLabel, translate } from '../i18n';
import { errorText } from '../logic/errors';
import { useAppStore } from '../store/app';
import { useImportStore } from '../store/import';
import { useLocale } from './useI18n';

/** The bar shown while the host runs a background task (first-start seeding, imports). */
export function TaskProgress() {
  const locale = useLocale();
  const task = useAppStore((s) => s.task);
  const importing = useImportStore((s) => s.running);
  const cancelling = useImportStore((s) => s.cancelling);
  const cancel = useImportStore((s) => s.cancel);
  if (!task) return null;
  if (!task.running) {
    if (!task.error) return null;
    return (
      <div className="notice notice-error" role="alert" data-testid="task-error">
        <span className="notice-icon" aria-hidden="true">⚠</span>
        {translate(locale, 'task.failed', { message: errorText(locale, task.error) })}
      </div>
    );
  }
  const total = Math.max(task.total, task.done, 0);
  const label = taskLabel(locale, task);
  return (
    <div className="task-progress" data-testid="task-progress">
      <div
        className="task-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total || undefined}
        aria-valuenow={total ? task.done : undefined}
      >
        <div
          className={total ? 'task-fill' : 'task-fill indeterminate'}
          style={total ? { width: `${(task.done / total) * 100}%` } : undefined}
        />
      </div>
      <span className="task-label">{label}</span>
      {task.detail && <span className="task-detail">{task.detail}</span>}
      {importing && (task.kind === 'importing' || task.kind === 'uploading') && (
        // an import of many files stops between documents; what was written stays
        <button type="button" className="btn task-cancel" onClick={() => void cancel()} disabled={cancelling} data-testid="task-cancel">
          {translate(locale, cancelling ? 'import.cancelling' : 'import.cancel')}
        </button>
      )}
    </div>
  );
}
