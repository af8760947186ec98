// The grid's column chooser: a button over the grid opening a list of columns to show or hide
// (Esc closes it, Space toggles the focused one). Choices are remembered (store/columns.ts).
import { useEffect, useRef } from 'react';
import type { MessageKey } from '../i18n';
import { canHide, GRID_COLUMNS, type GridColumn } from '../logic/grid-columns';
import { useColumnsStore } from '../store/columns';
import { useT } from './useI18n';

const LABELS: Record<GridColumn, MessageKey> = {
  status: 'grid.status', item: 'grid.item', text: 'grid.text', yen: 'grid.yen', previous: 'grid.previous',
  supplementary: 'grid.supplementary', fy: 'grid.fy', stage: 'grid.stage', flags: 'grid.flags',
  confidence: 'grid.confidence', warnings: 'grid.warnings', comments: 'grid.comments',
};

export function ColumnChooser() {
  const t = useT();
  const hidden = useColumnsStore((s) => s.prefs.hidden);
  const open = useColumnsStore((s) => s.chooserOpen);
  const setOpen = useColumnsStore((s) => s.setChooserOpen);
  const toggle = useColumnsStore((s) => s.toggle);
  const listRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) listRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
  }, [open]);

  return (
    <span className="column-chooser">
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-small"
        aria-expanded={open}
        aria-haspopup="true"
        title={t('columns.title')}
        onClick={() => setOpen(!open)}
        data-testid="column-chooser-button"
      >
        {t('columns.button')}
      </button>
      {open && (
        <div
          ref={listRef}
          className="column-list"
          role="group"
          aria-label={t('columns.title')}
          data-testid="column-chooser"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
        >
          {GRID_COLUMNS.map((c) => (
            <label key={c} className="column-option">
              <input type="checkbox" checked={!hidden.includes(c)} disabled={!canHide(c)} onChange={() => toggle(c)} data-column={c} />
              {t(LABELS[c])}
            </label>
          ))}
        </div>
      )}
    </span>
  );
}
