import { openFileDetail } from '../logic/open-file';
import { LOCALES, localeNames } from '../i18n';
import { useAppStore } from '../store/app';
import { reviewProgress, useDocumentsStore } from '../store/documents';
import { useReviewStore } from '../store/review';
import { useChecksStore } from '../store/checks';
import { useSignoffStore } from '../store/signoff';
import { FileMenu, FilePickers } from './FileMenu';
import { SignoffButton } from './Signoff';
import { draftFromSelection } from './sourceSelection';
import { useLocale, useT } from './useI18n';

export function Toolbar() {
  const t = useT();
  const locale = useLocale();
  const setLocale = useAppStore((s) => s.setLocale);
  const doc = useDocumentsStore((s) => s.doc);
  const docSummary = useDocumentsStore((s) => s.documents.find((d) => d.id === s.selectedDocId) ?? null);
  const records = useDocumentsStore((s) => s.records);
  const profile = useReviewStore((s) => s.profile);
  const progressAll = useReviewStore((s) => s.progressAll);
  const openSettings = useSignoffStore((s) => s.openSettings);
  const openAdd = useReviewStore((s) => s.openAdd);
  const setHelp = useReviewStore((s) => s.setHelp);
  const progress = reviewProgress(records);
  const openCandidates = useChecksStore((s) => s.candidates.filter((c) => c.status === 'open').length);
  const failedChecks = useChecksStore((s) => s.checks.filter((c) => c.status === 'fail').length);
  const title = doc?.title.trim() || docSummary?.title.trim() || doc?.fileName || docSummary?.fileName || null;

  const info = useAppStore((s) => s.info);

  return (
    <header className="toolbar" role="banner">
      <span className="app-name">{t('app.name')}</span>
      {info && (
        <span className="open-file" title={openFileDetail(locale, info)} data-testid="open-file">
          {info.fileName}
          {info.copyOf && <span className="badge" data-testid="open-file-copy">{t('file.copy')}</span>}
        </span>
      )}
      <span className="doc-title" title={doc?.fileName ?? undefined} data-testid="doc-title">
        {title ?? <span className="muted">{t('toolbar.noDocument')}</span>}
      </span>
      {doc && (
        <span className="review-progress" data-testid="review-progress">
          <meter min={0} max={Math.max(1, progress.total)} value={progress.done} aria-hidden="true" />
          {t('toolbar.progress', { done: progress.done, total: progress.total })}
        </span>
      )}
      {doc && (
        <span className="review-counts" title={t('toolbar.reviewTitle')} data-testid="toolbar-review-counts" data-candidates={openCandidates} data-failed={failedChecks}>
          {t('toolbar.review', { candidates: openCandidates, checks: failedChecks })}
        </span>
      )}
      {progressAll && (
        <span className="review-progress all" data-testid="review-progress-all">
          <meter min={0} max={Math.max(1, progressAll.total)} value={progressAll.reviewed} aria-hidden="true" />
          {t('toolbar.progressAll', { done: progressAll.reviewed, total: progressAll.total })}
        </span>
      )}
      <SignoffButton />
      <span className="spacer" />
      <FileMenu />
      <FilePickers />
      <button
        type="button"
        className="btn btn-dark"
        title={t('add.buttonTitle')}
        disabled={!doc}
        // Keep the source selection: read it before the button takes the focus.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          const draft = draftFromSelection();
          if (draft) openAdd(draft);
        }}
        data-testid="add-button"
      >
        ＋ {t('add.button')}
      </button>
      <button type="button" className="btn btn-dark reviewer" title={t('toolbar.settingsTitle')} onClick={openSettings} data-testid="reviewer">
        <span aria-hidden="true">⚙ </span>
        {profile ? t('toolbar.reviewer', { name: profile }) : t('toolbar.reviewerNone')}
      </button>
      <button type="button" className="btn btn-dark" onClick={() => setHelp(true)} data-testid="help-button">
        {t('toolbar.shortcuts')}
      </button>
      <div className="lang-switch" role="group" aria-label={t('toolbar.language')}>
        {LOCALES.map((l, i) => (
          <span key={l}>
            {i > 0 && <span className="sep" aria-hidden="true">|</span>}
            <button
              type="button"
              className={l === locale ? 'lang active' : 'lang'}
              aria-pressed={l === locale}
              lang={l}
              data-testid={`lang-${l}`}
              onClick={() => setLocale(l)}
            >
              {localeNames[l]}
            </button>
          </span>
        ))}
      </div>
    </header>
  );
}
