// The selected record's fields, section path and warnings, under the grid.
import type { ReactNode } from 'react';
import type { Figure } from '../../shared/extract/types';
import { formatConfidence, formatFiscalYear, formatInteger, formatYen } from '../format';
import { flagLabel, stageLabel, statusLabel, warningLabel, type MessageKey } from '../i18n';
import { selectedRecord, useDocumentsStore } from '../store/documents';
import { useLocale, useT } from './useI18n';

export function RecordDetail() {
  const t = useT();
  const locale = useLocale();
  const record = useDocumentsStore(selectedRecord);

  if (!record) {
    return (
      <section className="record-detail" data-testid="record-detail" aria-label={t('detail.heading')}>
        <p className="muted pad">{t('detail.none')}</p>
      </section>
    );
  }
  const none = <span className="muted">{t('detail.noValue')}</span>;
  // The figure in yen; its text as written too when that reads differently.
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
  const fields: [MessageKey, ReactNode][] = [
    ['detail.text', <span className="amount-text">{record.text}</span>],
    ['detail.yen', <strong>{formatYen(record.yen, locale)}</strong>],
    ['detail.exactYen', t('yen.exact', { amount: formatInteger(record.yen) })],
    ['detail.fy', formatFiscalYear(record.fy) || none],
    ['detail.stage', stageLabel(locale, record.stage)],
    ['detail.flags', record.flags.length ? record.flags.map((f) => flagLabel(locale, f)).join(', ') : none],
    ['detail.confidence', formatConfidence(record.confidence)],
    ['detail.status', <span className={`status-badge status-${record.status}`}>{statusLabel(locale, record.status)}</span>],
    ['detail.previous', figure(record.previous)],
    ['detail.supplementary', figure(record.supplementary)],
    ['detail.change', figure(record.change)],
    ['detail.unit', record.unit || none],
  ];

  return (
    <section className="record-detail" data-testid="record-detail" aria-label={t('detail.heading')}>
      <h2 className="detail-title">
        <span className="detail-item">{record.item || none}</span>
        <span className="detail-location" title={t('detail.location')}>
          {record.start >= 0 ? t('detail.locationValue', { line: record.line, start: record.start, end: record.end }) : none}
        </span>
      </h2>
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
        {fields.map(([key, value]) => (
          <div key={key} className="detail-field">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
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
    </section>
  );
}
