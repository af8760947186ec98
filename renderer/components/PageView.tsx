// The page view: the PDF a document was read from, every record's box over its figure in its
// status colour and mark, the selected one outlined. Pages are drawn only when near the view.
// Clicking a box selects its record; selecting a record elsewhere scrolls to its page.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { PageSize } from '../../shared/pdf/pagemap';
import type { DocumentText } from '../../shared/records';
import { formatYen } from '../format';
import { statusLabel } from '../i18n';
import { fitWidthScale, overlaysByPage, pageAt, pageTops, stepZoom, type Overlay } from '../logic/pageview';
import { base64ToBytes, openPdf } from '../pdf/open-pdf';
import { api } from '../store/api';
import { useDocumentsStore } from '../store/documents';
import { useLocale, useT } from './useI18n';

const OVERSCAN = '600px 0px';
const SIDE_MARGIN = 24;
const PAGE_LEFT = 12; // .pdf-page's left in styles.css

export function PageView({ doc }: { doc: DocumentText & { pdf: { pages: PageSize[] } } }) {
  const t = useT();
  const locale = useLocale();
  const records = useDocumentsStore((s) => s.records);
  const selectedId = useDocumentsStore((s) => s.selectedRecordId);
  const origin = useDocumentsStore((s) => s.selectionOrigin);
  const seq = useDocumentsStore((s) => s.selectionSeq);
  const selectRecord = useDocumentsStore((s) => s.selectRecord);
  const pages = doc.pdf.pages;

  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let gone = false;
    let opened: PDFDocumentProxy | null = null;
    api()
      .getDocumentPdf({ id: doc.id })
      .then((r) => openPdf(base64ToBytes(r.dataBase64)))
      .then((p) => {
        opened = p;
        if (gone) void p.destroy();
        else setPdf(p);
      })
      .catch((e: unknown) => !gone && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      gone = true;
      void opened?.destroy();
    };
  }, [doc.id]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState<number | null>(null);
  const fit = () => {
    const el = scrollRef.current;
    if (el) setScale(fitWidthScale(pages, el.clientWidth - SIDE_MARGIN));
  };
  useLayoutEffect(fit, [pages]); // fit to width on open

  const s = scale ?? 1;
  const { tops, height } = useMemo(() => pageTops(pages, s), [pages, s]);
  const overlays = useMemo(() => overlaysByPage(records, s), [records, s]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const [current, setCurrent] = useState(1);

  // Which pages are near the view: only those are drawn.
  const [visible, setVisible] = useState<ReadonlySet<number>>(new Set([1]));
  useEffect(() => {
    const root = scrollRef.current;
    if (!root) return;
    const io = new IntersectionObserver(
      (entries) =>
        setVisible((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const n = Number((e.target as HTMLElement).dataset.page);
            if (e.isIntersecting) next.add(n);
            else next.delete(n);
          }
          return next;
        }),
      { root, rootMargin: OVERSCAN },
    );
    root.querySelectorAll<HTMLElement>('[data-page]').forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [pages, s]);

  // A record selected elsewhere (grid, keys, the text view): bring its box to the middle.
  useEffect(() => {
    const root = scrollRef.current;
    const r = selectedId ? byId.get(selectedId) : undefined;
    if (!root || !r?.page || !r.box || origin === 'source') return;
    const y = tops[r.page - 1] + r.box[1] * s;
    const x = PAGE_LEFT + ((r.box[0] + r.box[2]) / 2) * s;
    root.scrollTo({ top: Math.max(0, y - root.clientHeight / 2), left: Math.max(0, x - root.clientWidth / 2) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, seq, tops]);

  const goPage = (n: number) => {
    const root = scrollRef.current;
    const p = Math.max(1, Math.min(pages.length, n));
    if (root) root.scrollTo({ top: tops[p - 1] - 8 });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const act: Record<string, () => void> = {
      PageDown: () => goPage(current + 1),
      PageUp: () => goPage(current - 1),
      '+': () => setScale(stepZoom(s, 1)),
      '=': () => setScale(stepZoom(s, 1)),
      '-': () => setScale(stepZoom(s, -1)),
      w: fit,
    };
    const f = act[e.key];
    if (!f) return;
    e.preventDefault();
    e.stopPropagation();
    f();
  };

  const describe = (o: Overlay) => {
    const r = byId.get(o.id)!;
    return t('page.boxTitle', { status: statusLabel(locale, r.status), yen: formatYen(r.yen), item: r.item ?? '' });
  };

  return (
    <div className="page-view-wrap">
      <div className="page-tools" role="toolbar" aria-label={t('source.pageTab')}>
        <button type="button" onClick={() => goPage(current - 1)} title={t('page.previous')} aria-label={t('page.previous')}>‹</button>
        <span className="page-count" data-testid="page-count">{t('page.of', { page: current, pages: pages.length })}</span>
        <button type="button" onClick={() => goPage(current + 1)} title={t('page.next')} aria-label={t('page.next')}>›</button>
        <button type="button" onClick={() => setScale(stepZoom(s, -1))} title={t('page.zoomOut')} aria-label={t('page.zoomOut')}>−</button>
        <span className="page-zoom">{Math.round(s * 100)}%</span>
        <button type="button" onClick={() => setScale(stepZoom(s, 1))} title={t('page.zoomIn')} aria-label={t('page.zoomIn')}>+</button>
        <button type="button" onClick={fit} title={t('page.fitWidth')}>{t('page.fitWidth').replace(/ \(.*\)$/, '')}</button>
      </div>
      {error && <p className="pad error">{t('page.failed', { message: error })}</p>}
      {!pdf && !error && <p className="muted pad">{t('page.loading')}</p>}
      <div
        ref={scrollRef}
        className="page-view"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(e) => setCurrent(pageAt(tops, e.currentTarget.scrollTop, e.currentTarget.clientHeight))}
        data-testid="page-view"
      >
        <div className="page-column" style={{ height }}>
          {pages.map((p, i) => (
            <div
              key={i}
              className="pdf-page"
              data-page={i + 1}
              aria-label={t('page.label', { page: i + 1 })}
              style={{ top: tops[i], width: p.width * s, height: p.height * s }}
            >
              {pdf && visible.has(i + 1) && <PageCanvas pdf={pdf} number={i + 1} scale={s} />}
              {(overlays.get(i + 1) ?? []).map((o) => (
                <button
                  key={o.id}
                  type="button"
                  tabIndex={-1}
                  className={`page-box status-${o.status}${o.id === selectedId ? ' selected' : ''}`}
                  data-record={o.id}
                  style={{ left: o.left, top: o.top, width: o.width, height: o.height }}
                  title={describe(o)}
                  aria-label={describe(o)}
                  onClick={() => selectRecord(o.id, 'source')}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** One page drawn on a canvas at the device's pixel density; redrawn when the zoom changes. */
const PageCanvas = memo(function PageCanvas({ pdf, number, scale }: { pdf: PDFDocumentProxy; number: number; scale: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let task: RenderTask | null = null;
    let gone = false;
    void pdf.getPage(number).then((page) => {
      const canvas = ref.current;
      if (gone || !canvas) return;
      const dpr = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * dpr });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport });
      task.promise.then(
        () => canvas.setAttribute('data-drawn', 'true'),
        () => {},
      );
    });
    return () => {
      gone = true;
      task?.cancel();
    };
  }, [pdf, number, scale]);
  return <canvas ref={ref} className="pdf-canvas" />;
});
