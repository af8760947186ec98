// Rebuilds a PDF's text from the positioned text items PDF.js gives per page, the way
// pdfplumber and Camelot do: lines by baseline, cells by the gaps between items and by
// columns aligned across rows, written as tab-separated rows so tables reach the extractor
// whole. Pure; every character it keeps maps back to its page and box (pagemap.ts).
import { SPAN_WIDTH, type PageMap, type PageSize } from './pagemap';

/** One PDF.js text item, in PDF user space of its page (y upwards, from the page's bottom). */
export interface PdfTextItem {
  str: string;
  /** Left end of the baseline. */
  x: number;
  baseline: number;
  /** Advance width of the whole string. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

export interface PdfPageText extends PageSize {
  items: PdfTextItem[];
}

export interface RebuiltText {
  text: string;
  map: PageMap;
  /** 1-based numbers of the pages that hold no text at all. */
  emptyPages: number[];
}

/** A gap of at least this many font sizes between two items separates cells. */
const CELL_GAP = 1.0;
/** A narrower gap still separates cells where the next item starts on a column edge. */
const ALIGNED_CELL_GAP = 0.4;
/** Below this, items touch (a change of font inside a word); above it, a space. */
const WORD_GAP = 0.2;
/** Column edges shared by this many lines of a page count as a column. */
const COLUMN_LINES = 3;
/** A step between baselines of more than this many font sizes leaves a blank line. */
const BLANK_LINE = 2.2;
/** Share of the font size above and below the baseline a glyph box takes. */
const ASCENT = 0.88;
const DESCENT = 0.12;

const CJK = '\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';

/** A stretch of a piece whose characters are taken as equally wide (one run of the page map). */
interface Run {
  str: string;
  x0: number;
  x1: number;
}

interface Piece {
  str: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  runs: Run[];
}

const WIDE = new RegExp(`[${CJK}\u2460-\u24ff\u25a0-\u25ff]`);
/** A Latin digit or letter takes about this share of the font size; Japanese characters one. */
const NARROW_EM = 0.55;
const SPACE_EM = 0.25;

/**
 * Places each character of an item along its advance width: Japanese characters one font size
 * wide, Latin ones narrower, spaces what is left over, all scaled to the item's width. Spaces
 * PDF.js put in between Japanese and Latin text are dropped. The result is split into runs of
 * like characters, so a figure's box starts and ends where its glyphs do.
 */
function pieceOf(it: PdfTextItem): Piece | null {
  const raw = it.str;
  if (!raw.trim()) return null;
  const size = Math.abs(it.size) || 1;
  const chars = [...raw];
  const kind = chars.map((c) => (/\s/.test(c) ? 's' : WIDE.test(c) ? 'w' : 'n'));
  const count = (k: string) => kind.filter((x) => x === k).length;
  const [nWide, nNarrow, nSpace] = [count('w'), count('n'), count('s')];
  let wide = size;
  let narrow = NARROW_EM * size;
  let space = nSpace ? (it.width - nWide * wide - nNarrow * narrow) / nSpace : 0;
  if (!nSpace || space < 0.1 * size) {
    const k = it.width / (nWide * wide + nNarrow * narrow + nSpace * SPACE_EM * size || 1);
    wide *= k;
    narrow *= k;
    space = SPACE_EM * size * k;
  }
  const runs: Run[] = [];
  let x = it.x;
  let runKind = '';
  let broken = true; // a dropped space (or the start) ends the run before
  chars.forEach((c, i) => {
    const w = kind[i] === 'w' ? wide : kind[i] === 'n' ? narrow : space;
    const keep =
      kind[i] !== 's' ||
      (runs.length > 0 && i < chars.length - 1 && kind.slice(i + 1).some((k) => k !== 's') && !spacingSpace(chars, kind, i));
    if (keep) {
      const k = kind[i] === 's' ? 'n' : kind[i];
      if (broken || k !== runKind) runs.push({ str: '', x0: x, x1: x });
      const run = runs[runs.length - 1];
      run.str += c;
      run.x1 = x + w;
      runKind = k;
      broken = false;
    } else broken = true;
    x += w;
  });
  if (!runs.length) return null;
  // Trailing spaces kept inside the last run are trimmed with their width.
  const last = runs[runs.length - 1];
  const trimmed = last.str.trimEnd();
  if (trimmed.length < last.str.length) {
    last.x1 -= (last.str.length - trimmed.length) * space;
    last.str = trimmed;
  }
  return { str: runs.map((r) => r.str).join(''), x0: runs[0].x0, x1: runs[runs.length - 1].x1, baseline: it.baseline, size, runs };
}

/** A space between Japanese and Latin text: spacing put in by the writer, not a space of the text. */
function spacingSpace(chars: string[], kind: string[], i: number): boolean {
  const prev = chars[i - 1] ?? '';
  const next = chars[i + 1] ?? '';
  return (kind[i - 1] === 'w' && /[0-9A-Za-z０-９△▲]/.test(next)) || (/[0-9A-Za-z%]/.test(prev) && kind[i + 1] === 'w');
}

/** Items of one page grouped into lines, top to bottom, each left to right. */
function linesOf(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => b.baseline - a.baseline || a.x0 - b.x0);
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let base = Number.NaN;
  for (const p of sorted) {
    if (current.length && Math.abs(p.baseline - base) <= 0.5 * Math.min(p.size, current[0].size)) current.push(p);
    else {
      if (current.length) lines.push(current);
      current = [p];
      base = p.baseline;
    }
  }
  if (current.length) lines.push(current);
  return lines.map((l) => l.sort((a, b) => a.x0 - b.x0));
}

const edgeKey = (x: number) => Math.round(x);
const near = (k: number) => [k - 1, k, k + 1];

interface Columns {
  /** Left edges of cells many lines of the page share (left-aligned columns). */
  left: Set<number>;
  /** Right edges likewise (right-aligned figures). */
  right: Set<number>;
}

/** The page's columns: edges of pieces set apart from what precedes them, shared by several lines. */
function columnsOf(lines: Piece[][]): Columns {
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  const count = (into: Map<number, number>, keys: Set<number>) => keys.forEach((k) => into.set(k, (into.get(k) ?? 0) + 1));
  for (const line of lines) {
    const l = new Set<number>();
    const r = new Set<number>();
    line.forEach((p, i) => {
      if (i > 0 && p.x0 - line[i - 1].x1 < ALIGNED_CELL_GAP * p.size) return;
      near(edgeKey(p.x0)).forEach((k) => l.add(k));
      near(edgeKey(p.x1)).forEach((k) => r.add(k));
    });
    count(left, l);
    count(right, r);
  }
  const shared = (m: Map<number, number>) => new Set([...m].filter(([, n]) => n >= COLUMN_LINES).map(([k]) => k));
  return { left: shared(left), right: shared(right) };
}

const CJK_CHAR = new RegExp(`[${CJK}]`);
const FIGURE_START = /^[△▲▼-]?[0-9０-９]/;

function separator(prev: Piece, next: Piece, columns: Columns): string {
  const gap = next.x0 - prev.x1;
  const size = Math.max(prev.size, next.size);
  if (gap >= CELL_GAP * size) return '\t';
  const aligned = columns.left.has(edgeKey(next.x0)) || columns.right.has(edgeKey(next.x1));
  // Only figures make a column of a narrow gap: list marks and brackets line up in prose too.
  if (gap >= ALIGNED_CELL_GAP * size && aligned && FIGURE_START.test(next.str)) return '\t';
  if (gap < WORD_GAP * size) return '';
  // Japanese sets no spaces between words: a gap beside a Japanese character is spacing only.
  const before = prev.str.at(-1)!;
  const after = next.str[0];
  // Writers set figures apart from Japanese text ("令和 8 年度", "64 億円"): spacing, not a space.
  const figureSpacing = (CJK_CHAR.test(before) && /[0-9△▲]/.test(after)) || (/[0-9%]/.test(before) && CJK_CHAR.test(after));
  return figureSpacing ? '' : ' ';
}

/** The text of every page, pages one after another, with the map of where each run sits. */
export function rebuildText(pages: PdfPageText[]): RebuiltText {
  let text = '';
  const spans: number[] = [];
  const emptyPages: number[] = [];
  pages.forEach((page, index) => {
    const pieces = page.items.map(pieceOf).filter((p): p is Piece => p !== null);
    if (!pieces.length) {
      emptyPages.push(index + 1);
      return;
    }
    const lines = linesOf(pieces);
    const columns = columnsOf(lines);
    lines.forEach((line, l) => {
      if (text) text += '\n';
      // A blank line where the page leaves one: paragraphs and tables stay apart.
      if (l > 0 && lines[l - 1][0].baseline - line[0].baseline > BLANK_LINE * line[0].size) text += '\n';
      line.forEach((p, i) => {
        if (i > 0) text += separator(line[i - 1], p, columns);
        const r = (v: number) => Math.round(v * 100) / 100;
        const top = r(page.height - (p.baseline + ASCENT * p.size));
        const bottom = r(page.height - (p.baseline - DESCENT * p.size));
        for (const run of p.runs) {
          const start = text.length;
          text += run.str;
          spans.push(start, text.length, index + 1, r(run.x0), top, r(run.x1), bottom);
        }
      });
    });
  });
  if (spans.length % SPAN_WIDTH) throw new Error('page map out of step');
  return { text, map: { pages: pages.map(({ width, height }) => ({ width, height })), spans }, emptyPages };
}

/**
 * Share of characters no real text holds: controls other than tab and newline, U+FFFD and the
 * private use area. A font without a Unicode map comes out as such codes ("garbled").
 */
export function garbledShare(text: string): number {
  let odd = 0;
  let all = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 9 || c === 10 || c === 32) continue;
    all++;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) odd++;
  }
  return all ? odd / all : 0;
}
