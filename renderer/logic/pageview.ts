// The page view's arithmetic, kept out of the component so tests reach it without a browser:
// record boxes on pages at a zoom, fit-to-width, zoom steps, which page a scroll shows.
import type { PageSize } from '../../shared/pdf/pagemap';
import type { RecordRow, RecordStatus } from '../../shared/records';

/** A record's box on its page, in CSS pixels at the current zoom. */
export interface Overlay {
  id: string;
  page: number;
  left: number;
  top: number;
  width: number;
  height: number;
  status: RecordStatus;
}

/** Space kept around a box so the outline does not touch the figure's glyphs. */
const PAD = 1.5;
export const PAGE_GAP = 12;
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3] as const;

/** Every placed record's box, grouped by page (1-based keys). */
export function overlaysByPage(records: readonly RecordRow[], scale: number): Map<number, Overlay[]> {
  const out = new Map<number, Overlay[]>();
  for (const r of records) {
    if (!r.page || !r.box) continue;
    const [x0, top, x1, bottom] = r.box;
    const o: Overlay = {
      id: r.id,
      page: r.page,
      left: (x0 - PAD) * scale,
      top: (top - PAD) * scale,
      width: (x1 - x0 + 2 * PAD) * scale,
      height: (bottom - top + 2 * PAD) * scale,
      status: r.status,
    };
    const list = out.get(r.page);
    if (list) list.push(o);
    else out.set(r.page, [o]);
  }
  return out;
}

/** The zoom at which the widest page fills `available` CSS pixels. */
export function fitWidthScale(pages: readonly PageSize[], available: number): number {
  const widest = Math.max(...pages.map((p) => p.width), 1);
  return Math.max(0.25, Math.min(4, available / widest));
}

/** The next zoom step up (+1) or down (-1) from the current scale. */
export function stepZoom(scale: number, dir: 1 | -1): number {
  if (dir > 0) return ZOOM_STEPS.find((z) => z > scale + 1e-3) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  return [...ZOOM_STEPS].reverse().find((z) => z < scale - 1e-3) ?? ZOOM_STEPS[0];
}

/** Top of each page in the scrolled column, in CSS pixels, and the column's height. */
export function pageTops(pages: readonly PageSize[], scale: number): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = PAGE_GAP;
  for (const p of pages) {
    tops.push(y);
    y += p.height * scale + PAGE_GAP;
  }
  return { tops, height: y };
}

/** The 1-based page shown at scroll position `scrollTop` (the one whose top half is in view). */
export function pageAt(tops: readonly number[], scrollTop: number, viewHeight: number): number {
  const probe = scrollTop + viewHeight / 3;
  let page = 1;
  tops.forEach((t, i) => {
    if (t <= probe) page = i + 1;
  });
  return page;
}
