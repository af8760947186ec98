// The document's source text with every extracted amount highlighted. Rendered in line
// chunks; only the chunks near the viewport hold their text (the rest are placeholders
// of their measured or estimated height), so a large document never becomes one giant node.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentText, RecordRow } from '../../shared/records';
import { PageView } from './PageView';
import { formatYen } from '../format';
import { statusLabel, translate, type Locale } from '../i18n';
import {
  buildMarks,
  chunkText,
  chunksByRecord,
  lineStarts,
  segmentText,
  sliceSegments,
  type Chunk,
  type Mark,
  type Segment,
} from '../logic/highlights';
import { useDocumentsStore } from '../store/documents';
import { useChecksStore } from '../store/checks';
import type { CandidateView } from '../../shared/candidates';
import { useLocale, useT } from './useI18n';

const LINES_PER_CHUNK = 40;
const LINE_HEIGHT = 22; // keep in step with .source-text line-height in styles.css
const CHAR_WIDTH = 14; // a full-width character at the source font size
const OVERSCAN = '900px 0px';
const INITIAL_CHUNKS = 3;

export function SourceView() {
  const t = useT();
  const doc = useDocumentsStore((s) => s.doc);
  const loading = useDocumentsStore((s) => s.docLoading);
  const selectedDocId = useDocumentsStore((s) => s.selectedDocId);
  // A document read from a PDF opens on its pages; the rebuilt text is one click away.
  const [textOfPdf, setTextOfPdf] = useState(false);
  const pdfDoc = doc?.pdf ? (doc as DocumentText & { pdf: NonNullable<DocumentText['pdf']> }) : null;
  const showPages = pdfDoc !== null && !textOfPdf;
  return (
    <section className="panel source-panel" aria-label={t('source.heading')}>
      <h2 className="panel-heading">
        {t('source.heading')}
        {doc && <span className="panel-sub">{doc.fileName}</span>}
        {pdfDoc && (
          <span className="view-switch" role="group" aria-label={t('source.viewChoice')}>
            <button type="button" aria-pressed={!showPages} onClick={() => setTextOfPdf(true)}>{t('source.textTab')}</button>
            <button type="button" aria-pressed={showPages} onClick={() => setTextOfPdf(false)}>{t('source.pageTab')}</button>
          </span>
        )}
      </h2>
      {!selectedDocId && <p className="muted pad">{t('source.empty')}</p>}
      {selectedDocId && loading && !doc && <p className="muted pad">{t('source.loading')}</p>}
      {showPages && <PageView key={pdfDoc.id} doc={pdfDoc} />}
      {doc && !showPages && <SourceBody key={doc.id} text={doc.text} />}
    </section>
  );
}

type Describe = (mark: Mark) => string;

function SourceBody({ text }: { text: string }) {
  const locale = useLocale();
  const records = useDocumentsStore((s) => s.records);
  const selectedId = useDocumentsStore((s) => s.selectedRecordId);
  const origin = useDocumentsStore((s) => s.selectionOrigin);
  const seq = useDocumentsStore((s) => s.selectionSeq);
  const selectRecord = useDocumentsStore((s) => s.selectRecord);
  const candidates = useChecksStore((s) => s.candidates);
  const candidateId = useChecksStore((s) => s.selectedCandidateId);
  const selectCandidate = useChecksStore((s) => s.selectCandidate);

  const layout = useMemo(() => {
    const marks = buildMarks(records, text.length, candidates);
    const segments = segmentText(text.length, marks);
    const chunks = chunkText(text, LINES_PER_CHUNK, marks);
    const chunkSegments = chunks.map((c) => sliceSegments(segments, c.start, c.end));
    const byRecord = chunksByRecord(chunks, marks);
    const starts = lineStarts(text);
    return { chunks, chunkSegments, byRecord, starts };
  }, [records, text, candidates]);

  const describe = useMemo(() => makeDescribe(locale, records, candidates), [locale, records, candidates]);

  const containerRef = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<number, number>());
  const [visible, setVisible] = useState<ReadonlySet<number>>(
    () => new Set(Array.from({ length: Math.min(INITIAL_CHUNKS, layout.chunks.length) }, (_, i) => i)),
  );
  const [forced, setForced] = useState<number | null>(null);
  const [pending, setPending] = useState<{ id: string; seq: number } | null>(null);
  const [width, setWidth] = useState(600);

  // Width for height estimates.
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  // Which chunks are near the viewport.
  useEffect(() => {
    const root = containerRef.current;
    if (!root) return;
    const io = new IntersectionObserver(
      (entries) => {
        setVisible((prev) => {
          let next: Set<number> | null = null;
          for (const e of entries) {
            const idx = Number((e.target as HTMLElement).dataset.chunk);
            if (e.isIntersecting === prev.has(idx)) continue;
            next ??= new Set(prev);
            if (e.isIntersecting) next.add(idx);
            else next.delete(idx);
          }
          return next ?? prev;
        });
      },
      { root, rootMargin: OVERSCAN },
    );
    root.querySelectorAll<HTMLElement>('[data-chunk]').forEach((el) => io.observe(el));
    return () => io.disconnect();
  }, [layout]);

  // Remember the real heights of rendered chunks for when they turn into placeholders.
  useLayoutEffect(() => {
    const root = containerRef.current;
    if (!root) return;
    root.querySelectorAll<HTMLElement>('[data-chunk][data-rendered="true"]').forEach((el) => {
      heights.current.set(Number(el.dataset.chunk), el.offsetHeight);
    });
  });

  // A selection made elsewhere (grid, keyboard): render its chunk, then scroll to it.
  useEffect(() => {
    if (!selectedId || origin === 'source') return;
    const chunk = layout.byRecord.get(selectedId)?.[0];
    if (chunk === undefined) return;
    setForced(chunk);
    setPending({ id: selectedId, seq });
  }, [selectedId, seq, origin, layout]);

  // A candidate chosen from the keyboard or the list: render its chunk, then scroll to it.
  useEffect(() => {
    if (!candidateId) return;
    const chunk = layout.byRecord.get(candidateId)?.[0];
    if (chunk === undefined) return;
    setForced(chunk);
    setPending({ id: candidateId, seq: -1 });
  }, [candidateId, layout]);

  useLayoutEffect(() => {
    if (!pending) return;
    const root = containerRef.current;
    const el = root?.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(pending.id)}"],[data-candidate-id="${CSS.escape(pending.id)}"]`);
    if (!root || !el) return;
    centerIn(root, el);
    setPending(null);
    // Chunks that now come into view replace estimates by real heights; make sure the
    // mark is still in view once they have settled.
    const id = pending.id;
    let frames = 0;
    let raf = 0;
    const check = () => {
      const cur = root.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(id)}"],[data-candidate-id="${CSS.escape(id)}"]`);
      if (cur && !isInView(root, cur)) centerIn(root, cur);
      if (++frames < 10) raf = requestAnimationFrame(check);
    };
    raf = requestAnimationFrame(check);
    return () => cancelAnimationFrame(raf);
  }, [pending, visible, forced]);

  const onClick = useCallback(
    (e: React.MouseEvent<HTMLDivElement>) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('[data-record-id],[data-figure-of],[data-candidate-id]');
      if (!target) return;
      if (target.dataset.candidateId) return selectCandidate(target.dataset.candidateId);
      const id = target.dataset.recordId ?? target.dataset.figureOf;
      if (id) selectRecord(id, 'source');
    },
    [selectRecord, selectCandidate],
  );

  const shownId = selectedId ?? candidateId;
  const selectedChunks = shownId ? layout.byRecord.get(shownId) : undefined;
  const charsPerRow = Math.max(8, Math.floor((width - 32) / CHAR_WIDTH));

  return (
    <div
      ref={containerRef}
      className="source-view"
      data-testid="source-view"
      tabIndex={0}
      onClick={onClick}
    >
      <div className="source-text">
        {layout.chunks.map((c, i) => {
          const rendered = visible.has(i) || forced === i;
          const height = rendered ? undefined : (heights.current.get(i) ?? estimateHeight(c, layout.starts, text.length, charsPerRow));
          return (
            <ChunkView
              key={i}
              chunk={c}
              text={text}
              segments={layout.chunkSegments[i]}
              rendered={rendered}
              height={height}
              selectedId={selectedChunks?.includes(i) ? shownId : null}
              describe={describe}
            />
          );
        })}
      </div>
    </div>
  );
}

interface ChunkProps {
  chunk: Chunk;
  text: string;
  segments: Segment[];
  rendered: boolean;
  height: number | undefined;
  selectedId: string | null;
  describe: Describe;
}

const ChunkView = memo(function ChunkView({ chunk, text, segments, rendered, height, selectedId, describe }: ChunkProps) {
  if (!rendered) {
    return <div className="chunk placeholder" data-chunk={chunk.index} data-rendered="false" style={{ height }} />;
  }
  return (
    <div className="chunk" data-chunk={chunk.index} data-rendered="true" data-first-line={chunk.firstLine}>
      {segments.map((s) => renderSegment(text, s, selectedId, describe))}
    </div>
  );
});

function renderSegment(text: string, s: Segment, selectedId: string | null, describe: Describe) {
  const content = text.slice(s.start, s.end);
  const m = s.mark;
  // Every piece of text carries its offset, so a selection maps back to the text (add record).
  if (!m) {
    return (
      <span key={s.start} data-offset={s.start}>
        {content}
      </span>
    );
  }
  if (m.role === 'candidate') {
    // dashed and marked with ? (or ✗ when dismissed): never colour alone
    const selected = m.recordId === selectedId;
    return (
      <span
        key={s.start}
        className={`hl hl-candidate cand-${m.candidate}${selected ? ' selected' : ''}`}
        data-candidate-id={m.recordId}
        data-candidate-status={m.candidate}
        data-offset={s.start}
        aria-current={selected ? 'true' : undefined}
        title={describe(m)}
      >
        {content}
      </span>
    );
  }
  if (m.primary) {
    const selected = m.recordId === selectedId;
    return (
      <span
        key={s.start}
        className={`hl hl-amount status-${m.status}${selected ? ' selected' : ''}`}
        data-record-id={m.recordId}
        data-offset={s.start}
        data-status={m.status}
        aria-current={selected ? 'true' : undefined}
        title={describe(m)}
      >
        {content}
      </span>
    );
  }
  const related = m.recordId === selectedId;
  return (
    <span
      key={s.start}
      className={`hl hl-figure hl-${m.role}${related ? ' related' : ''}`}
      data-figure-of={m.recordId}
      data-offset={s.start}
      data-role={m.role}
      title={describe(m)}
    >
      {content}
    </span>
  );
}

function makeDescribe(locale: Locale, records: readonly RecordRow[], candidates: readonly CandidateView[]): Describe {
  const byId = new Map(records.map((r) => [r.id, r]));
  const cands = new Map(candidates.map((c) => [c.id, c]));
  return (m) => {
    if (m.role === 'candidate') {
      const c = cands.get(m.recordId);
      return c ? translate(locale, 'cand.markTitle', { yen: formatYen(c.yen, locale), status: translate(locale, `cand.status.${c.status}`) }) : '';
    }
    const r = byId.get(m.recordId);
    if (!r) return '';
    if (m.role === 'amount') {
      return translate(locale, 'source.markTitle', { status: statusLabel(locale, r.status), yen: formatYen(r.yen, locale) });
    }
    const f = r[m.role];
    const yen = f ? formatYen(f.yen, locale) : '';
    const key = m.role === 'previous' ? 'source.previousTitle' : m.role === 'supplementary' ? 'source.supplementaryTitle' : 'source.changeTitle';
    return translate(locale, key, { yen });
  };
}

function estimateHeight(c: Chunk, starts: readonly number[], textLength: number, charsPerRow: number): number {
  let rows = 0;
  for (let line = c.firstLine - 1; line < c.firstLine - 1 + c.lineCount; line++) {
    const s = starts[line];
    const e = line + 1 < starts.length ? starts[line + 1] - 1 : textLength;
    rows += Math.max(1, Math.ceil((e - s) / charsPerRow));
  }
  return rows * LINE_HEIGHT;
}

function centerIn(root: HTMLElement, el: HTMLElement) {
  const c = root.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  root.scrollTop += r.top - c.top - (c.height - r.height) / 2;
}

function isInView(root: HTMLElement, el: HTMLElement): boolean {
  const c = root.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.bottom > c.top && r.top < c.bottom;
}
