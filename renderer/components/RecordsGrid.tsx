// The open document's records in AG Grid (Community). The grid's row selection and the
// store's selectedRecordId are kept in step both ways.
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellDoubleClickedEvent,
  type ColDef,
  type SuppressKeyboardEventParams,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type ICellRendererParams,
  type RowClassParams,
  type RowSelectionOptions,
  type SelectionChangedEvent,
  type ValueFormatterParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { Figure } from '../../shared/extract/types';
import type { RecordRow } from '../../shared/records';
import { isEditableField } from '../../shared/review';
import { formatConfidence, formatFiscalYear, formatYen } from '../format';
import { fieldLabel, flagLabel, stageLabel, statusLabel, translate, warningLabel, type Locale } from '../i18n';
import { applyFilter } from '../logic/filters';
import { failedRecordIds } from '../logic/checks';
import { useChecksStore } from '../store/checks';
import { defaultKeymap, resolveKey } from '../logic/keymap';
import { approvalVoidText } from '../logic/review';
import { amountColumnWidth, type GridColumn } from '../logic/grid-columns';
import { useColumnsStore } from '../store/columns';
import { useDocumentsStore } from '../store/documents';
import { useReviewStore } from '../store/review';
import { useLocale, useT } from './useI18n';
import { keyContext } from './useKeymap';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 12,
  headerFontSize: 12,
  rowHeight: 28,
  headerHeight: 30,
  spacing: 4,
  wrapperBorderRadius: 0,
  accentColor: '#1f5fbf',
  selectedRowBackgroundColor: '#dce8fb',
});

const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: true };

const getRowId = (p: GetRowIdParams<RecordRow>) => p.data.id;

const AMOUNT_COLUMNS = new Set<GridColumn>(['yen', 'previous', 'supplementary']);

const STATUS_ICONS: Record<string, string> = { pending: '○', approved: '✓', rejected: '✗' };

// Cell renderers read the language from the store (AG Grid's `context` is set only once).
function StatusCell(p: ICellRendererParams<RecordRow, string>) {
  const locale = useLocale();
  // AG Grid redraws the cell only when the status changes; conflicts, a void approval and
  // corrections come from the store's copy of the record, so they show as soon as they change.
  const id = p.data?.id;
  const live = useDocumentsStore((s) => (id ? s.records.find((x) => x.id === id) : undefined));
  const r = live ?? p.data;
  const status = r?.status ?? p.value ?? 'pending';
  const voidText = r ? approvalVoidText(r, locale, new Date()) : null;
  const edited = r?.edited.length ? translate(locale, 'review.edited', { fields: r.edited.map((f) => fieldLabel(locale, f)).join(', ') }) : null;
  return (
    <span className="status-cell">
      <span className={`status-badge status-${status}`} data-status={status}>
        <span aria-hidden="true">{STATUS_ICONS[status] ?? '?'}</span> {statusLabel(locale, status)}
      </span>
      {voidText && (
        <span className="void-badge" title={voidText} data-testid="void-badge">
          <span aria-hidden="true">↺</span> {translate(locale, 'review.backInReview')}
        </span>
      )}
      {r && r.conflicts.length > 0 && (
        <span className="conflict-badge" title={translate(locale, 'review.conflicts')} data-testid="conflict-badge">
          <span aria-hidden="true">⇄</span> {translate(locale, 'grid.conflict')}
        </span>
      )}
      {edited && (
        <span className="edited-mark" title={edited} aria-label={edited}>
          ✎
        </span>
      )}
      {r?.origin === 'manual' && (
        <span className="edited-mark" title={translate(locale, 'review.manual')} aria-label={translate(locale, 'review.manual')}>
          +
        </span>
      )}
    </span>
  );
}

function CommentsCell(p: ICellRendererParams<RecordRow, number>) {
  const locale = useLocale();
  const open = p.data?.comments.filter((c) => !c.resolved).length ?? 0;
  const all = p.data?.comments.length ?? 0;
  if (all === 0) return null;
  const label = translate(locale, 'grid.commentCount', { count: all });
  return (
    <span className={open ? 'comment-badge open' : 'comment-badge'} title={label} aria-label={label}>
      💬 {open || all}
    </span>
  );
}

/** AG Grid leaves the keys of our keymap to us (it would otherwise act on some of them). */
const suppressOurKeys = (p: SuppressKeyboardEventParams<RecordRow>): boolean =>
  !p.editing && resolveKey(defaultKeymap, p.event, keyContext(p.event.target instanceof Element ? p.event.target : null)) !== null;

const editedRule = (field: string) => ({ 'cell-edited': (p: { data?: RecordRow }) => !!p.data?.edited.includes(field) });

function WarningsCell(p: ICellRendererParams<RecordRow, unknown>) {
  const locale = useLocale();
  const warnings = p.data?.warnings ?? [];
  if (warnings.length === 0) return null;
  const label = translate(locale, 'grid.warningCount', { count: warnings.length });
  return (
    <span className="warn-badge" title={warnings.map((w) => warningLabel(locale, w)).join('\n')} aria-label={label}>
      ⚠ {warnings.length}
    </span>
  );
}

function NoRows() {
  const locale = useLocale();
  return <span className="muted">{translate(locale, 'grid.noRows')}</span>;
}

const figureYen = (locale: Locale) => (p: ValueFormatterParams<RecordRow, Figure | null>) =>
  p.value ? formatYen(p.value.yen, locale) : '';

export function RecordsGrid() {
  const t = useT();
  const locale = useLocale();
  const records = useDocumentsStore((s) => s.records);
  const docLoading = useDocumentsStore((s) => s.docLoading);
  const selectedId = useDocumentsStore((s) => s.selectedRecordId);
  const origin = useDocumentsStore((s) => s.selectionOrigin);
  const seq = useDocumentsStore((s) => s.selectionSeq);
  const selectRecord = useDocumentsStore((s) => s.selectRecord);
  const setDisplayOrder = useDocumentsStore((s) => s.setDisplayOrder);
  const filter = useReviewStore((s) => s.filter);
  const gridFocusSeq = useReviewStore((s) => s.gridFocusSeq);
  const onlyFailed = useChecksStore((s) => s.onlyFailed);
  const checks = useChecksStore((s) => s.checks);
  const rows = useMemo(() => {
    const shown = applyFilter(records, filter);
    if (!onlyFailed) return shown;
    const failed = failedRecordIds(checks);
    return shown.filter((r) => failed.has(r.id));
  }, [records, filter, onlyFailed, checks]);
  const prefs = useColumnsStore((s) => s.prefs);
  const setWidth = useColumnsStore((s) => s.setWidth);
  // Widths from the document's own amounts, so "104兆8,000億円" is never cut.
  const yenWidth = useMemo(() => amountColumnWidth(records.map((r) => formatYen(r.yen, locale)), 96), [records, locale]);
  const previousWidth = useMemo(() => amountColumnWidth(records.map((r) => formatYen(r.previous?.yen, locale)), 84), [records, locale]);
  const supplementaryWidth = useMemo(() => amountColumnWidth(records.map((r) => formatYen(r.supplementary?.yen, locale)), 84), [records, locale]);
  const apiRef = useRef<GridApi<RecordRow> | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  const columnDefs = useMemo<ColDef<RecordRow>[]>(
    () => (
      [
      // Status stays pinned on the left; the figures scroll horizontally when narrow.
      {
        colId: 'status',
        field: 'status',
        headerName: t('grid.status'),
        width: 100,
        pinned: 'left',
        cellRenderer: StatusCell,
      },
      // The item takes the room left (two lines, the whole name in its tooltip).
      { colId: 'item', field: 'item', headerName: t('grid.item'), flex: 1, minWidth: 150, tooltipField: 'item', cellClass: 'item-cell', cellClassRules: editedRule('item') },
      { colId: 'text', field: 'text', headerName: t('grid.text'), width: 96 },
      {
        colId: 'yen',
        field: 'yen',
        headerName: t('grid.yen'),
        width: yenWidth,
        type: 'rightAligned',
        valueFormatter: (p) => formatYen(p.value, locale),
        cellClassRules: editedRule('yen'),
      },
      {
        colId: 'previous',
        field: 'previous',
        headerName: t('grid.previous'),
        headerTooltip: t('grid.previous'),
        width: previousWidth,
        type: 'rightAligned',
        valueFormatter: figureYen(locale),
        comparator: (a: Figure | null, b: Figure | null) => (a?.yen ?? -Infinity) - (b?.yen ?? -Infinity),
        cellClassRules: editedRule('previous'),
      },
      {
        colId: 'supplementary',
        field: 'supplementary',
        headerName: t('grid.supplementary'),
        headerTooltip: t('grid.supplementary'),
        width: supplementaryWidth,
        type: 'rightAligned',
        valueFormatter: figureYen(locale),
        comparator: (a: Figure | null, b: Figure | null) => (a?.yen ?? -Infinity) - (b?.yen ?? -Infinity),
        cellClassRules: editedRule('supplementary'),
      },
      { colId: 'fy', field: 'fy', headerName: t('grid.fy'), width: 78, valueFormatter: (p) => formatFiscalYear(p.value), cellClassRules: editedRule('fy') },
      {
        colId: 'stage',
        field: 'stage',
        headerName: t('grid.stage'),
        width: 84,
        valueFormatter: (p) => (p.value ? stageLabel(locale, p.value) : ''),
        tooltipValueGetter: (p) => (p.value ? stageLabel(locale, p.value) : ''),
        cellClassRules: editedRule('stage'),
      },
      {
        colId: 'flags',
        field: 'flags',
        headerName: t('grid.flags'),
        width: 70,
        valueFormatter: (p) => (p.value ?? []).map((f: string) => flagLabel(locale, f)).join(', '),
        tooltipValueGetter: (p) => (p.value ?? []).map((f: string) => flagLabel(locale, f)).join(', '),
        comparator: (a: string[], b: string[]) => (a?.length ?? 0) - (b?.length ?? 0),
        cellClassRules: editedRule('flags'),
      },
      {
        colId: 'confidence',
        field: 'confidence',
        headerName: t('grid.confidence'),
        headerTooltip: t('grid.confidence'),
        width: 70,
        type: 'rightAligned',
        valueFormatter: (p) => formatConfidence(p.value),
        cellClassRules: { 'low-confidence': (p) => typeof p.value === 'number' && p.value < 0.6 },
      },
      {
        colId: 'warnings',
        headerName: t('grid.warnings'),
        headerTooltip: t('grid.warnings'),
        width: 52,
        valueGetter: (p) => p.data?.warnings.length ?? 0,
        cellRenderer: WarningsCell,
      },
      {
        colId: 'comments',
        headerName: t('grid.comments'),
        headerTooltip: t('grid.comments'),
        width: 48,
        valueGetter: (p) => p.data?.comments.filter((c) => !c.resolved).length ?? 0,
        cellRenderer: CommentsCell,
      },
    ] as ColDef<RecordRow>[]
    ).map((c): ColDef<RecordRow> => {
      const id = c.colId as GridColumn;
      const saved = prefs.widths[id];
      // Amounts keep at least the width that shows their widest value; the item stays flexible
      // unless the reviewer sized it.
      const width = saved && c.colId !== 'item' ? Math.max(saved, AMOUNT_COLUMNS.has(id) ? (c.width as number) : 40) : c.width;
      return { ...c, width, ...(c.colId === 'item' && saved ? { flex: undefined, width: saved } : {}), hide: prefs.hidden.includes(id) };
    }),
    [t, locale, prefs, yenWidth, previousWidth, supplementaryWidth],
  );

  const defaultColDef = useMemo<ColDef<RecordRow>>(
    () => ({
      sortable: true,
      resizable: true,
      suppressHeaderMenuButton: true,
      suppressMovable: false,
      suppressKeyboardEvent: suppressOurKeys,
    }),
    [],
  );

  // Keep the grid's display order (after sorting) in the store for keyboard stepping.
  const reportOrder = useCallback(() => {
    const api = apiRef.current;
    if (!api) return;
    const ids: string[] = [];
    api.forEachNodeAfterFilterAndSort((n) => {
      if (n.id) ids.push(n.id);
    });
    setDisplayOrder(ids);
  }, [setDisplayOrder]);

  /** Makes the grid show the store's selection; scrolls to it unless the grid made it. */
  const applySelection = useCallback(
    (scroll: boolean) => {
      const api = apiRef.current;
      if (!api) return;
      const id = useDocumentsStore.getState().selectedRecordId;
      if (id === null) {
        if (api.getSelectedNodes().length) api.deselectAll();
        return;
      }
      const node = api.getRowNode(id);
      if (!node) return;
      if (!node.isSelected()) node.setSelected(true, true, 'api');
      if (scroll && node.rowIndex !== null) {
        api.ensureNodeVisible(node, 'middle');
        // If the grid has the keyboard focus, move the focused row along so ↓/↑ go on from here.
        const focused = api.getFocusedCell();
        if (focused && containerRef.current?.contains(document.activeElement) && focused.rowIndex !== node.rowIndex) {
          api.setFocusedCell(node.rowIndex, focused.column);
        }
      }
    },
    [],
  );

  useEffect(() => {
    applySelection(origin !== 'grid');
  }, [selectedId, seq, origin, applySelection]);

  useEffect(() => {
    apiRef.current?.refreshCells({ force: true });
  }, [locale]);

  // After every action the keyboard focus comes back to the selected row, so the next key works.
  useEffect(() => {
    if (gridFocusSeq === 0) return;
    const api = apiRef.current;
    if (!api) return;
    const id = useDocumentsStore.getState().selectedRecordId;
    const node = id ? api.getRowNode(id) : null;
    // A selection the grid does not show (yet, or filtered out) is kept: focusing row 0 instead
    // would select row 0 and steal the reviewer's place.
    const shown = node && node.rowIndex !== null ? node.rowIndex : null;
    const rowIndex = shown ?? (id === null && api.getDisplayedRowCount() > 0 ? 0 : null);
    if (rowIndex === null) {
      containerRef.current?.querySelector<HTMLElement>('.ag-root-wrapper')?.focus();
      return;
    }
    const col = api.getFocusedCell()?.column ?? 'status';
    api.ensureIndexVisible(rowIndex);
    api.setFocusedCell(rowIndex, col);
  }, [gridFocusSeq]);

  const onCellDoubleClicked = useCallback((e: CellDoubleClickedEvent<RecordRow>) => {
    const col = e.column.getColId();
    if (e.data) useDocumentsStore.getState().selectRecord(e.data.id, 'grid');
    useReviewStore.getState().openEditor(isEditableField(col) ? col : 'yen');
  }, []);

  const onGridReady = useCallback(
    (e: GridReadyEvent<RecordRow>) => {
      apiRef.current = e.api;
      reportOrder();
      applySelection(true);
    },
    [reportOrder, applySelection],
  );

  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<RecordRow>) => {
      if (e.source === 'api' || e.source === 'rowDataChanged' || e.source === 'gridInitializing') return;
      const row = e.api.getSelectedRows()[0];
      if (row && row.id !== useDocumentsStore.getState().selectedRecordId) selectRecord(row.id, 'grid');
    },
    [selectRecord],
  );

  // A click selects its row at once: AG Grid reports selection asynchronously, and a key pressed
  // right after a click must act on the clicked record. Keyboard steps are the keymap's; focus
  // the grid moves itself (Page Up/Down, a refresh) never changes the selection.
  const onMouseDownCapture = useCallback(
    (e: MouseEvent) => {
      const row = (e.target as Element).closest?.('.ag-row[row-id]');
      const id = row?.getAttribute('row-id');
      if (id && id !== useDocumentsStore.getState().selectedRecordId) selectRecord(id, 'grid');
    },
    [selectRecord],
  );

  const rowClassRules = useMemo(
    () => ({
      'row-approved': (p: RowClassParams<RecordRow>) => p.data?.status === 'approved',
      'row-rejected': (p: RowClassParams<RecordRow>) => p.data?.status === 'rejected',
    }),
    [],
  );

  return (
    <div className="records-grid" data-testid="records-grid" ref={containerRef} aria-label={t('grid.heading')} onMouseDownCapture={onMouseDownCapture}>
      <AgGridReact<RecordRow>
        theme={theme}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        rowSelection={rowSelection}
        rowClassRules={rowClassRules}
        loading={docLoading}
        noRowsOverlayComponent={NoRows}
        tooltipShowDelay={400}
        onGridReady={onGridReady}
        onSelectionChanged={onSelectionChanged}
        onCellDoubleClicked={onCellDoubleClicked}
        onModelUpdated={reportOrder}
        onColumnResized={(e) => {
          // Remember what the reviewer dragged (not the grid's own fitting).
          if (e.finished && e.source === 'uiColumnResized' && e.column) setWidth(e.column.getColId() as GridColumn, e.column.getActualWidth());
        }}
        onRowDataUpdated={() => applySelection(true)}
        animateRows={false}
      />
    </div>
  );
}
