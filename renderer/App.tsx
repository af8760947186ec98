import { useEffect } from 'react';
import { DocumentList } from './components/DocumentList';
import { NoticeBar } from './components/Notice';
import { RecordDetail } from './components/RecordDetail';
import { RecordsGrid } from './components/RecordsGrid';
import { SourceView } from './components/SourceView';
import { TaskProgress } from './components/TaskProgress';
import { Toolbar } from './components/Toolbar';
import { useKeymap } from './components/useKeymap';
import { useAppStore } from './store/app';

export function App() {
  const locale = useAppStore((s) => s.locale);
  const init = useAppStore((s) => s.init);

  useEffect(() => {
    void init();
  }, [init]);

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
          <RecordsGrid />
          <RecordDetail />
        </section>
      </main>
    </div>
  );
}
