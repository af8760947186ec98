// The grid's column choices (shown columns, widths), kept in localStorage across restarts.
import { create } from 'zustand';
import { COLUMN_PREFS_KEY, parseColumnPrefs, toggleColumn, withWidth, type ColumnPrefs, type GridColumn } from '../logic/grid-columns';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function save(prefs: ColumnPrefs): void {
  try {
    storage()?.setItem(COLUMN_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // storage full or unavailable: the choice lasts this session
  }
}

export interface ColumnsState {
  prefs: ColumnPrefs;
  chooserOpen: boolean;
  toggle(c: GridColumn): void;
  setWidth(c: GridColumn, width: number): void;
  setChooserOpen(open: boolean): void;
}

export const useColumnsStore = create<ColumnsState>()((set, get) => ({
  prefs: parseColumnPrefs(storage()?.getItem(COLUMN_PREFS_KEY) ?? null),
  chooserOpen: false,
  toggle(c) {
    const prefs = toggleColumn(get().prefs, c);
    save(prefs);
    set({ prefs });
  },
  setWidth(c, width) {
    const prefs = withWidth(get().prefs, c, width);
    save(prefs);
    set({ prefs });
  },
  setChooserOpen(open) {
    set({ chooserOpen: open });
  },
}));
