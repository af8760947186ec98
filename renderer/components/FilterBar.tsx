// The filter bar above the grid: status, stage, fiscal year, flag, confidence, comments,
// warnings, a quick search. The filtering itself is logic/filters.ts.
import { useEffect, useMemo, useRef } from 'react';
import { FLAGS, STAGES, type Flag, type Stage } from '../../shared/extract/types';
import { RECORD_STATUSES, type RecordStatus } from '../../shared/records';
import { flagLabel, stageLabel, statusLabel } from '../i18n';
import { conflictCount } from '../logic/exchange';
import { activeFilterCount, applyFilter, fiscalYearsOf, type RecordFilter } from '../logic/filters';
import { formatFiscalYear } from '../format';
import { useDocumentsStore } from '../store/documents';
import { useReviewStore } from '../store/review';
import { useChecksStore } from '../store/checks';
import { ColumnChooser } from './ColumnChooser';
import { useLocale, useT } from './useI18n';

const CONFIDENCE_STEPS = [0.5, 0.6, 0.8, 0.9];

export function FilterBar() {
  const t = useT();
  const locale = useLocale();
  const filter = useReviewStore((s) => s.filter);
  const setFilter = useReviewStore((s) => s.setFilter);
  const clearFilter = useReviewStore((s) => s.clearFilter);
  const focusGrid = useReviewStore((s) => s.focusGrid);
  const searchSeq = useReviewStore((s) => s.searchFocusSeq);
  const records = useDocumentsStore((s) => s.records);
  const years = useMemo(() => fiscalYearsOf(records), [records]);
  const shown = useMemo(() => applyFilter(records, filter).length, [records, filter]);
  const conflicts = useMemo(() => conflictCount(records), [records]);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (searchSeq > 0) {
      searchRef.current?.focus();
      searchRef.current?.select();
    }
  }, [searchSeq]);

  // Esc or Enter in the bar hands the keyboard back to the grid.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT')) {
      e.preventDefault();
      focusGrid();
    }
  };

  const select = <K extends keyof RecordFilter>(key: K, label: string, options: [string, string][], parse: (v: string) => RecordFilter[K]) => (
    <label className="filter-field">
      <span>{label}</span>
      <select value={String(filter[key] ?? 'all')} onChange={(e) => setFilter({ [key]: parse(e.target.value) } as Partial<RecordFilter>)} data-testid={`filter-${key}`}>
        <option value="all">{t('filter.all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );

  const count = activeFilterCount(filter);
  return (
    <div className="filter-bar" role="search" aria-label={t('filter.label')} onKeyDown={onKeyDown} data-testid="filter-bar">
      <input
        ref={searchRef}
        type="search"
        className="filter-search"
        placeholder={t('filter.search')}
        aria-label={t('filter.search')}
        value={filter.search}
        onChange={(e) => setFilter({ search: e.target.value })}
        data-testid="filter-search"
      />
      {select(
        'status',
        t('filter.status'),
        [...RECORD_STATUSES.map((s) => [s, statusLabel(locale, s)] as [string, string]), ['void', t('filter.void')]],
        (v) => v as RecordStatus | 'all' | 'void',
      )}
      {select('stage', t('filter.stage'), STAGES.map((s) => [s, stageLabel(locale, s)]), (v) => v as Stage | 'all')}
      {select(
        'fy',
        t('filter.fy'),
        years.map((y) => [String(y), y === 'none' ? t('filter.noFy') : formatFiscalYear(y)]),
        (v) => (v === 'all' || v === 'none' ? v : Number(v)),
      )}
      {select('flag', t('filter.flag'), FLAGS.map((f) => [f, flagLabel(locale, f)]), (v) => v as Flag | 'all')}
      <label className="filter-field">
        <span>{t('filter.confidence')}</span>
        <select
          value={filter.confidenceBelow === null ? 'all' : String(filter.confidenceBelow)}
          onChange={(e) => setFilter({ confidenceBelow: e.target.value === 'all' ? null : Number(e.target.value) })}
          data-testid="filter-confidence"
        >
          <option value="all">{t('filter.all')}</option>
          {CONFIDENCE_STEPS.map((c) => (
            <option key={c} value={String(c)}>
              {t('filter.below', { percent: Math.round(c * 100) })}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-check">
        <input type="checkbox" checked={filter.hasComments} onChange={(e) => setFilter({ hasComments: e.target.checked })} data-testid="filter-comments" />
        {t('filter.hasComments')}
      </label>
      <label className="filter-check">
        <input type="checkbox" checked={filter.hasWarnings} onChange={(e) => setFilter({ hasWarnings: e.target.checked })} data-testid="filter-warnings" />
        {t('filter.hasWarnings')}
      </label>
      <label className={conflicts > 0 ? 'filter-check has-conflicts' : 'filter-check'} data-testid="conflict-count" data-count={conflicts}>
        <input type="checkbox" checked={filter.conflicts} onChange={(e) => setFilter({ conflicts: e.target.checked })} data-testid="filter-conflicts" />
        {conflicts > 0 && <span aria-hidden="true">⇄ </span>}
        {t('filter.conflicts', { count: conflicts })}
      </label>
      <ReviewFilters />
      {count > 0 && (
        <>
          <span className="filter-shown" data-testid="filter-shown">
            {t('filter.shown', { shown, total: records.length })}
          </span>
          <button type="button" className="btn btn-small" onClick={clearFilter}>
            {t('filter.clear')}
          </button>
        </>
      )}
      <ColumnChooser />
    </div>
  );
}

/** The Candidates filter (the list of figures nobody reviewed in place of the grid) and the Checks filter. */
function ReviewFilters() {
  const t = useT();
  const candidates = useChecksStore((s) => s.candidates);
  const checks = useChecksStore((s) => s.checks);
  const showCandidates = useChecksStore((s) => s.showCandidates);
  const onlyFailed = useChecksStore((s) => s.onlyFailed);
  const open = candidates.filter((c) => c.status === 'open').length;
  const failed = checks.filter((c) => c.status === 'fail').length;
  return (
    <>
      <label className="filter-check" data-testid="candidate-count" data-count={open}>
        <input
          type="checkbox"
          checked={showCandidates}
          onChange={(e) => useChecksStore.getState().setShowCandidates(e.target.checked)}
          data-testid="filter-candidates"
        />
        {open > 0 && <span aria-hidden="true">? </span>}
        {t('filter.candidates', { count: open })}
      </label>
      <label className="filter-check" data-testid="failed-count" data-count={failed}>
        <input type="checkbox" checked={onlyFailed} onChange={(e) => useChecksStore.getState().setOnlyFailed(e.target.checked)} data-testid="filter-checks" />
        {failed > 0 && <span aria-hidden="true">✗ </span>}
        {t('filter.checks', { count: failed })}
      </label>
    </>
  );
}
