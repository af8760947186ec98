// The document list: search (Shift+D), sort, and a virtual list (only the rows in view are rendered,
// so a year of documents scrolls as lightly as five). The list has the focus as one listbox:
// ↑/↓, Home/End, PageUp/PageDown move its cursor, Enter opens the document under it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { reviewedPercent } from '../format';
import type { MessageKey } from '../i18n';
import { DOC_SORT_KEYS, listCursor, rowWindow, scrollToRow, type DocSortKey } from '../logic/document-list';
import { shownDocuments, useDocumentsStore } from '../store/documents';
import { useSignoffStore } from '../store/signoff';
import { SignoffBadge } from './Signoff';
import { useT } from './useI18n';

/** Every row's height in pixels (styles.css .doc-item keeps to it). */
export const DOC_ROW_HEIGHT = 84; // title, file, counts, and the review line (candidates · failed checks) when there is one

const SORT_LABELS: Record<DocSortKey, MessageKey> = { file: 'docs.sort.file', title: 'docs.sort.title', progress: 'docs.sort.progress' };

const rowId = (id: string) => `doc-row-${id}`;

export function DocumentList() {
  const t = useT();
  const documents = useDocumentsStore((s) => s.documents);
  const shown = useDocumentsStore(shownDocuments);
  const loaded = useDocumentsStore((s) => s.documentsLoaded);
  const selectedDocId = useDocumentsStore((s) => s.selectedDocId);
  const openDocument = useDocumentsStore((s) => s.openDocument);
  const query = useDocumentsStore((s) => s.docQuery);
  const setQuery = useDocumentsStore((s) => s.setDocQuery);
  const sort = useDocumentsStore((s) => s.docSort);
  const sortBy = useDocumentsStore((s) => s.sortDocumentsBy);
  const searchSeq = useDocumentsStore((s) => s.docSearchSeq);
  const latest = useSignoffStore((s) => s.latest);

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  /** The keyboard's place in the list; the open document until the keys move it. */
  const [cursor, setCursor] = useState<string | null>(null);
  const at = cursor !== null && shown.some((d) => d.id === cursor) ? cursor : selectedDocId;

  useEffect(() => {
    if (searchSeq > 0) searchRef.current?.select();
  }, [searchSeq]);
  // Another document opened (a click, ] / [): the cursor starts from it again.
  useEffect(() => setCursor(null), [selectedDocId]);

  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const measure = () => setViewHeight(el.clientHeight || 600);
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  const order = useMemo(() => shown.map((d) => d.id), [shown]);

  // Keep the cursor's row (or the open document's) in view when it, the order or the search changes.
  useEffect(() => {
    const el = listRef.current;
    const i = at === null ? -1 : order.indexOf(at);
    if (!el || i === -1) return;
    const top = scrollToRow(el.scrollTop, el.clientHeight, DOC_ROW_HEIGHT, i);
    if (top !== el.scrollTop) el.scrollTop = top;
  }, [at, order]);

  const onListKey = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (e.key === 'Enter') {
      if (at) void openDocument(at);
      e.preventDefault();
      return;
    }
    const page = Math.max(1, Math.floor(viewHeight / DOC_ROW_HEIGHT) - 1);
    const next = listCursor(order, at, e.key, page);
    if (next === null) return;
    e.preventDefault(); // the records' ↑/↓ are not meant here
    setCursor(next);
  };

  const onSearchKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      if (order.length) setCursor(order[0]);
      listRef.current?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else listRef.current?.focus();
    }
  };

  const { start, end } = rowWindow(scrollTop, viewHeight, DOC_ROW_HEIGHT, shown.length);
  const rows = shown.slice(start, end);

  return (
    <nav className="panel doc-list" aria-label={t('docs.heading')}>
      <h2 className="panel-heading">{t('docs.heading')}</h2>
      <div className="doc-tools">
        <input
          ref={searchRef}
          type="search"
          className="doc-search"
          value={query}
          placeholder={t('docs.search')}
          title={t('docs.searchTitle')}
          aria-label={t('docs.search')}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
          data-testid="doc-search"
        />
        <div className="doc-sort" role="group" aria-label={t('docs.sortBy')}>
          {DOC_SORT_KEYS.map((k) => (
            <button
              key={k}
              type="button"
              className={sort.key === k ? 'doc-sort-btn active' : 'doc-sort-btn'}
              aria-pressed={sort.key === k}
              onClick={() => sortBy(k)}
              data-testid={`doc-sort-${k}`}
              data-dir={sort.key === k ? sort.dir : undefined}
            >
              {t(SORT_LABELS[k])}
              {sort.key === k && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
            </button>
          ))}
          <span className="doc-count muted" data-testid="doc-count">
            {t('docs.count', { shown: shown.length, total: documents.length })}
          </span>
        </div>
      </div>
      {!loaded && <p className="muted pad">{t('app.loading')}</p>}
      {loaded && documents.length === 0 && <p className="muted pad">{t('docs.empty')}</p>}
      {loaded && documents.length > 0 && shown.length === 0 && <p className="muted pad">{t('docs.noMatch', { query })}</p>}
      <div
        ref={listRef}
        className="doc-rows"
        role="listbox"
        tabIndex={0}
        aria-label={t('docs.listLabel')}
        aria-activedescendant={at && order.includes(at) ? rowId(at) : undefined}
        onKeyDown={onListKey}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="doc-list"
        data-rows={shown.length}
      >
        <div className="doc-rows-inner" style={{ height: shown.length * DOC_ROW_HEIGHT }}>
          {rows.map((d, k) => {
            const pct = reviewedPercent(d.reviewed, d.records);
            const selected = d.id === selectedDocId;
            const cls = ['doc-item', selected ? 'selected' : '', d.id === at ? 'cursor' : ''].filter(Boolean).join(' ');
            const title = d.title.trim() || d.fileName;
            return (
              <div
                key={d.id}
                id={rowId(d.id)}
                role="option"
                aria-selected={d.id === at}
                aria-current={selected ? 'true' : undefined}
                className={cls}
                style={{ top: (start + k) * DOC_ROW_HEIGHT, height: DOC_ROW_HEIGHT }}
                data-testid="doc-item"
                data-file-name={d.fileName}
                title={`${title}\n${d.fileName}`}
                onClick={() => {
                  setCursor(d.id);
                  void openDocument(d.id);
                }}
              >
                <span className="doc-item-title">{title}</span>
                <span className="doc-item-file">{d.fileName}</span>
                <span className="doc-item-stats">
                  <span>{t('docs.records', { count: d.records })}</span>
                  {latest[d.id] && <SignoffBadge view={latest[d.id]} compact testId="doc-signoff" />}
                  <span>{t('docs.reviewed', { percent: pct })}</span>
                </span>
                {(d.openCandidates || d.failedChecks) ? (
                  <span className="review-counts" data-testid="doc-review-counts" data-candidates={d.openCandidates ?? 0} data-failed={d.failedChecks ?? 0}>
                    {t('docs.review', { candidates: d.openCandidates ?? 0, checks: d.failedChecks ?? 0 })}
                  </span>
                ) : null}
                <span className="doc-item-bar" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </nav>
  );
}
