// The document list at scale: search (title and file name; case, full/half width and
// hiragana/katakana folded), sort (title, file, progress) and the window of rows a virtual list
// renders. Pure: no DOM, no stores.
import type { DocumentSummary } from '../../shared/records';

export const DOC_SORT_KEYS = ['file', 'title', 'progress'] as const;
export type DocSortKey = (typeof DOC_SORT_KEYS)[number];
export interface DocSort {
  key: DocSortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_DOC_SORT: DocSort = { key: 'file', dir: 'asc' };

type Doc = Pick<DocumentSummary, 'id' | 'title' | 'fileName' | 'records' | 'reviewed'>;

/** Text as search compares it: NFKC (full-width ASCII, half-width kana), lower case, katakana for hiragana, single spaces. */
export function searchKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

const keyCache = new WeakMap<Doc, string>();
function docKey(d: Doc): string {
  let k = keyCache.get(d);
  if (k === undefined) {
    k = `${searchKey(d.title)}\n${searchKey(d.fileName)}`;
    keyCache.set(d, k);
  }
  return k;
}

/** Documents whose title or file name holds every word of the query (all of them for an empty query). */
export function filterDocuments<D extends Doc>(docs: readonly D[], query: string): D[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (!words.length) return [...docs];
  return docs.filter((d) => {
    const k = docKey(d);
    return words.every((w) => k.includes(w));
  });
}

/** Share of a document's records reviewed (0 for a document without records). */
export const progressOf = (d: Pick<Doc, 'records' | 'reviewed'>): number => (d.records ? d.reviewed / d.records : 0);

const collator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });

/** Sorted by `sort`; ties by file name then id, so the order is the same on every load. */
export function sortDocuments<D extends Doc>(docs: readonly D[], sort: DocSort): D[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const primary = (a: D, b: D): number =>
    sort.key === 'title'
      ? collator.compare(a.title.trim() || a.fileName, b.title.trim() || b.fileName)
      : sort.key === 'progress'
        ? progressOf(a) - progressOf(b)
        : collator.compare(a.fileName, b.fileName);
  return [...docs].sort((a, b) => sign * primary(a, b) || collator.compare(a.fileName, b.fileName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the list shows: filtered, then sorted. */
export function visibleDocuments<D extends Doc>(docs: readonly D[], query: string, sort: DocSort): D[] {
  return sortDocuments(filterDocuments(docs, query), sort);
}

/** The sort after choosing `key`: the same key again turns the direction round. */
export function nextSort(current: DocSort, key: DocSortKey): DocSort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'progress' ? 'desc' : 'asc' };
}

/** The rows a virtual list renders: those in view plus `overscan` on each side. */
export function rowWindow(scrollTop: number, viewHeight: number, rowHeight: number, count: number, overscan = 6): { start: number; end: number } {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.max(0, Math.min(count, last + overscan)) };
}

/** The scrollTop that brings row `index` into view (unchanged when it is in view already). */
export function scrollToRow(scrollTop: number, viewHeight: number, rowHeight: number, index: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewHeight) return Math.max(0, top + rowHeight - viewHeight);
  return scrollTop;
}

/** The list's cursor after a key: ↑/↓ step, Home/End jump, PageUp/PageDown by `page` rows; null for other keys. */
export function listCursor(order: readonly string[], current: string | null, key: string, page = 10): string | null {
  if (!order.length) return null;
  const i = current === null ? -1 : order.indexOf(current);
  const at = (j: number) => order[Math.max(0, Math.min(order.length - 1, j))];
  switch (key) {
    case 'ArrowDown':
      return i === -1 ? order[0] : at(i + 1);
    case 'ArrowUp':
      return i === -1 ? order[order.length - 1] : at(i - 1);
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    case 'PageDown':
      return at((i === -1 ? 0 : i) + page);
    case 'PageUp':
      return at((i === -1 ? 0 : i) - page);
    default:
      return null;
  }
}
