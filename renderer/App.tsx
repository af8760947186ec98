import { windowTitle } from './logic/open-file';
import { useEffect } from 'react';
import { AddRecordDialog, HelpOverlay, ProfileDialog } from './components/Dialogs';
import { DocumentList } from './components/DocumentList';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FilterBar } from './components/FilterBar';
import { MergeDialog } from './components/MergeDialog';
import { ImportSummaryDialog } from './components/ImportSummary';
import { SettingsDialog, SignoffDialog } from './components/Signoff';
import { NoticeBar } from './components/Notice';
import { RecordDetail } from './components/RecordDetail';
import { RecordsGrid } from './components/RecordsGrid';
import { SourceView } from './components/SourceView';
import { TaskProgress } from './components/TaskProgress';
import { Toolbar } from './components/Toolbar';
import { useKeymap } from './components/useKeymap';
import { useAppStore } from './store/app';
import { useDocumentsStore } from './store/documents';
import { useReviewStore } from './store/review';
import { useChecksStore, watchChecks } from './store/checks';
import { AcceptDialog, CandidateList, DismissDialog } from './components/ReviewChecks';
import { useSignoffStore } from './store/signoff';

export function App() {
  const locale = useAppStore((s) => s.locale);
  const init = useAppStore((s) => s.init);
  const loadProfile = useReviewStore((s) => s.loadProfile);
  const refreshSignoffs = useSignoffStore((s) => s.refresh);

  useEffect(() => {
    void init();
    void loadProfile();
    void refreshSignoffs();
  }, [init, loadProfile, refreshSignoffs]);

  // Candidates and checks follow every change of the records (pushed edits, merges, undo).
  useEffect(() => watchChecks(), []);
  const showCandidates = useChecksStore((s) => s.showCandidates);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const info = useAppStore((s) => s.info);
  useEffect(() => {
    document.title = windowTitle(locale, info);
  }, [locale, info]);

  useKeymap();
  // A part that failed to render tries again when another document or record is chosen.
  const docId = useDocumentsStore((s) => s.selectedDocId);
  const recordId = useDocumentsStore((s) => s.selectedRecordId);

  return (
    <div className="app">
      <Toolbar />
      <TaskProgress />
      <NoticeBar />
      <main className="workspace">
        <ErrorBoundary part="docs.heading">
          <DocumentList />
        </ErrorBoundary>
        <ErrorBoundary part="source.heading" resetKey={docId}>
          <SourceView />
        </ErrorBoundary>
        <section className="panel records-panel">
          <FilterBar />
          <ErrorBoundary part="grid.heading" resetKey={docId}>
            {showCandidates ? <CandidateList /> : <RecordsGrid />}
          </ErrorBoundary>
          <ErrorBoundary part="detail.heading" resetKey={recordId}>
            <RecordDetail />
          </ErrorBoundary>
        </section>
      </main>
      <ProfileDialog />
      <HelpOverlay />
      <AddRecordDialog />
      <MergeDialog />
      <ImportSummaryDialog />
      <SignoffDialog />
      <SettingsDialog />
      <DismissDialog />
      <AcceptDialog />
    </div>
  );
}
