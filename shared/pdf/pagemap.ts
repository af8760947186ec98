// Where each character of a PDF's rebuilt text sits on its page. Pure: built by layout.ts
// from PDF.js text items, kept with the document, read to give a record its page and box.

/** A box on a page in PDF points, origin at the page's top-left, y downwards: [x0, top, x1, bottom]. */
export type Box = [number, number, number, number];

export interface PageSize {
  width: number;
  height: number;
}

/**
 * The rebuilt text's runs on the pages. `spans` is flat, seven numbers a run:
 * start, end (offsets into the text), page (1-based), x0, top, x1, bottom. Runs are in text
 * order and do not overlap; the tabs, spaces and newlines the rebuild inserted belong to none.
 */
export interface PageMap {
  pages: PageSize[];
  spans: number[];
}

export const SPAN_WIDTH = 7;

export interface Placement {
  page: number;
  box: Box;
}

/** First run whose end is after `offset` (binary search over the ordered runs). */
function firstRunEndingAfter(spans: number[], offset: number): number {
  let lo = 0;
  let hi = spans.length / SPAN_WIDTH;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid * SPAN_WIDTH + 1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The page and box of the text at start..end: the union of the parts of the runs it covers
 * on the first page it touches (a run's characters are taken as equally wide). Null when the
 * span covers no run (only inserted separators) or the map is empty.
 */
export function placeSpan(map: PageMap, start: number, end: number): Placement | null {
  const s = map.spans;
  let page = 0;
  let box: Box | null = null;
  for (let i = firstRunEndingAfter(s, start); i * SPAN_WIDTH < s.length; i++) {
    const o = i * SPAN_WIDTH;
    const [rs, re, p, x0, top, x1, bottom] = s.slice(o, o + SPAN_WIDTH);
    if (rs >= end) break;
    if (page && p !== page) break;
    page = p;
    const len = re - rs;
    const a = Math.max(start, rs) - rs;
    const b = Math.min(end, re) - rs;
    const w = (x1 - x0) / len;
    const part: Box = [x0 + a * w, top, x0 + b * w, bottom];
    box = box ? [Math.min(box[0], part[0]), Math.min(box[1], part[1]), Math.max(box[2], part[2]), Math.max(box[3], part[3])] : part;
  }
  return box ? { page, box: box.map((v) => Math.round(v * 100) / 100) as Box } : null;
}

/** Why a page map (from a file from elsewhere) cannot be used with a text of `textLength`, or null. */
export function pageMapProblem(map: unknown, textLength: number): string | null {
  const m = map as PageMap;
  if (!m || typeof m !== 'object' || !Array.isArray(m.pages) || !Array.isArray(m.spans)) return 'not a page map';
  if (m.pages.length < 1) return 'no pages';
  for (const p of m.pages) {
    if (!p || !Number.isFinite(p.width) || !Number.isFinite(p.height) || p.width <= 0 || p.height <= 0) return 'a page without a size';
  }
  if (m.spans.length % SPAN_WIDTH !== 0) return 'runs of the wrong length';
  let last = 0;
  for (let o = 0; o < m.spans.length; o += SPAN_WIDTH) {
    const [rs, re, p, x0, top, x1, bottom] = m.spans.slice(o, o + SPAN_WIDTH);
    if (!Number.isSafeInteger(rs) || !Number.isSafeInteger(re) || rs < last || re <= rs || re > textLength) return 'runs out of order or outside the text';
    if (!Number.isSafeInteger(p) || p < 1 || p > m.pages.length) return 'a run on no page';
    if (![x0, top, x1, bottom].every(Number.isFinite) || x1 < x0 || bottom < top) return 'a run without a box';
    last = re;
  }
  return null;
}
