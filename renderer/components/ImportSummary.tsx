// The end of an import of several documents or a folder: how many were imported, and each file
// refused with its reason in the UI's language.
import { useEffect, useRef } from 'react';
import { errorText } from '../logic/errors';
import { useImportStore } from '../store/import';
import { Modal } from './Dialogs';
import { useLocale, useT } from './useI18n';

export function ImportSummaryDialog() {
  const t = useT();
  const locale = useLocale();
  const summary = useImportStore((s) => s.summary);
  const close = useImportStore((s) => s.closeSummary);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (summary) primary.current?.focus();
  }, [summary]);
  if (!summary) return null;
  return (
    <Modal label={t('import.summaryTitle')} onClose={close} testId="import-summary" wide>
      <h2 className="modal-title">{t('import.summaryTitle')}</h2>
      <p data-testid="import-summary-counts" data-imported={summary.imported} data-refused={summary.refused.length}>
        {t('import.summary', { imported: summary.imported, records: summary.records, refused: summary.refused.length })}
      </p>
      {summary.cancelled && <p className="muted" data-testid="import-cancelled">{t('import.cancelledNote')}</p>}
      {summary.refused.length > 0 && (
        <>
          <h3 className="import-refused-heading">{t('import.refusedHeading')}</h3>
          <ul className="import-refused" data-testid="import-refused">
            {summary.refused.map((r, i) => (
              <li key={`${r.file}-${i}`} data-file={r.file} data-code={r.code}>
                <span className="import-refused-file">{r.file}</span>
                <span className="import-refused-why">{errorText(locale, r)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-actions">
        <button ref={primary} type="button" className="btn btn-primary" onClick={close} data-testid="import-summary-close">
          {t('import.close')}
        </button>
      </div>
    </Modal>
  );
}
