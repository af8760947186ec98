import { reviewedPercent } from '../format';
import { useDocumentsStore } from '../store/documents';
import { useSignoffStore } from '../store/signoff';
import { SignoffBadge } from './Signoff';
import { useT } from './useI18n';

export function DocumentList() {
  const t = useT();
  const documents = useDocumentsStore((s) => s.documents);
  const loaded = useDocumentsStore((s) => s.documentsLoaded);
  const selectedDocId = useDocumentsStore((s) => s.selectedDocId);
  const openDocument = useDocumentsStore((s) => s.openDocument);
  const latest = useSignoffStore((s) => s.latest);

  return (
    <nav className="panel doc-list" aria-label={t('docs.heading')}>
      <h2 className="panel-heading">{t('docs.heading')}</h2>
      {!loaded && <p className="muted pad">{t('app.loading')}</p>}
      {loaded && documents.length === 0 && <p className="muted pad">{t('docs.empty')}</p>}
      <ul>
        {documents.map((d) => {
          const pct = reviewedPercent(d.reviewed, d.records);
          const selected = d.id === selectedDocId;
          return (
            <li key={d.id}>
              <button
                type="button"
                className={selected ? 'doc-item selected' : 'doc-item'}
                aria-current={selected ? 'true' : undefined}
                data-testid="doc-item"
                data-file-name={d.fileName}
                title={d.fileName}
                onClick={() => void openDocument(d.id)}
              >
                <span className="doc-item-title">{d.title.trim() || d.fileName}</span>
                <span className="doc-item-file">{d.fileName}</span>
                <span className="doc-item-stats">
                  <span>{t('docs.records', { count: d.records })}</span>
                  <span>{t('docs.reviewed', { percent: pct })}</span>
                </span>
                {(d.openCandidates || d.failedChecks) ? (
                  <span className="review-counts" data-testid="doc-review-counts" data-candidates={d.openCandidates ?? 0} data-failed={d.failedChecks ?? 0}>
                    {t('docs.review', { candidates: d.openCandidates ?? 0, checks: d.failedChecks ?? 0 })}
                  </span>
                ) : null}
                {latest[d.id] && <SignoffBadge view={latest[d.id]} compact testId="doc-signoff" />}
                <span className="doc-item-bar" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
