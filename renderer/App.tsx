import { useEffect } from 'react';
import { AddRecordDialog, HelpOverlay, ProfileDialog } from './components/Dialogs';
import { DocumentList } from './components/DocumentList';
import { FilterBar } from './components/FilterBar';
import { NoticeBar } from './components/Notice';
import { RecordDetail } from './components/RecordDetail';
import { RecordsGrid } from './components/RecordsGrid';
import { SourceView } from './components/SourceView';
import { TaskProgress } from './components/TaskProgress';
import { Toolbar } from './components/Toolbar';
import { useKeymap } from './components/useKeymap';
import { useAppStore } from './store/app';
import { useReviewStore } from './store/review';

export function App() {
  const locale = useAppStore((s) => s.locale);
  const init = useAppStore((s) => s.init);
  const loadProfile = useReviewStore((s) => s.loadProfile);

  useEffect(() => {
    void init();
    void loadProfile();
  }, [init, loadProfile]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useKeymap();

  return (
    <div className="app">
      <Toolbar />
      <TaskProgress />
      <NoticeBar />
      <main className="workspace">
        <DocumentList />
        <SourceView />
        <section className="panel records-panel">
          <FilterBar />
          <RecordsGrid />
          <RecordDetail />
        </section>
      </main>
      <ProfileDialog />
      <HelpOverlay />
      <AddRecordDialog />
    </div>
  );
}
