// Which grid columns show and how wide, remembered per user (localStorage): the columns a
// reviewer needs fit at 1280×800 by default; the rest are one click away in the column chooser.

export const GRID_COLUMNS = ['status', 'item', 'text', 'yen', 'previous', 'supplementary', 'fy', 'stage', 'flags', 'confidence', 'warnings', 'comments'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** Shown on a first start: what a reviewer checks against the source, side by side. */
export const DEFAULT_HIDDEN: readonly GridColumn[] = ['text', 'supplementary', 'confidence'];

export interface ColumnPrefs {
  hidden: GridColumn[];
  widths: Partial<Record<GridColumn, number>>;
}

export const COLUMN_PREFS_KEY = 'yosan.gridColumns';

const isColumn = (c: unknown): c is GridColumn => typeof c === 'string' && (GRID_COLUMNS as readonly string[]).includes(c);

/** Stored preferences, or the defaults for anything missing or unreadable. */
export function parseColumnPrefs(stored: string | null): ColumnPrefs {
  const prefs: ColumnPrefs = { hidden: [...DEFAULT_HIDDEN], widths: {} };
  if (!stored) return prefs;
  try {
    const v = JSON.parse(stored) as { hidden?: unknown; widths?: unknown };
    if (Array.isArray(v.hidden)) prefs.hidden = v.hidden.filter(isColumn).filter((c) => c !== 'status' && c !== 'yen');
    if (v.widths && typeof v.widths === 'object') {
      for (const [c, w] of Object.entries(v.widths)) if (isColumn(c) && typeof w === 'number' && w >= 40 && w <= 1200) prefs.widths[c] = Math.round(w);
    }
  } catch {
    // unreadable: the defaults
  }
  return prefs;
}

/** Status and the amount cannot be hidden: a row without them cannot be reviewed. */
export const canHide = (c: GridColumn): boolean => c !== 'status' && c !== 'yen';

export function toggleColumn(prefs: ColumnPrefs, c: GridColumn): ColumnPrefs {
  if (!canHide(c)) return prefs;
  const hidden = prefs.hidden.includes(c) ? prefs.hidden.filter((x) => x !== c) : [...prefs.hidden, c];
  return { ...prefs, hidden };
}

export function withWidth(prefs: ColumnPrefs, c: GridColumn, width: number): ColumnPrefs {
  return { ...prefs, widths: { ...prefs.widths, [c]: Math.round(width) } };
}

/** Pixels a text takes in the grid's 12 px font: wide (CJK) characters about twice a digit. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffdc]/u.test(ch) ? 12 : 7;
  return w;
}

/** A width for an amount column that never cuts its widest value (cell padding included). */
export function amountColumnWidth(values: string[], min = 84): number {
  return Math.ceil(Math.max(min, ...values.map((v) => textWidth(v) + 22)));
}
