// Adding a record the extractor missed: from a selection in the source view (DOM points →
// text offsets through the spans' data-offset attributes) to a prefilled form. Pure.
import type { Stage } from '../../shared/extract/types';
import type { RecordRow } from '../../shared/records';
import { parseFieldInput } from '../../shared/review';

/** The part of a DOM node the mapping needs (a real Node satisfies it; tests pass objects). */
export interface NodeLike {
  nodeType: number; // 1 element, 3 text
  parentNode: NodeLike | null;
  childNodes: ArrayLike<NodeLike>;
  textContent: string | null;
  /** Elements only: data-offset, the text offset where the element's text starts. */
  dataset?: { offset?: string };
}

const TEXT_NODE = 3;

function offsetAttr(n: NodeLike | null | undefined): number | null {
  const v = n?.dataset?.offset;
  if (v === undefined || v === '') return null;
  const x = Number(v);
  return Number.isInteger(x) && x >= 0 ? x : null;
}

/** The nearest ancestor element carrying data-offset. */
function withOffset(n: NodeLike | null): NodeLike | null {
  for (let cur = n; cur; cur = cur.parentNode) if (offsetAttr(cur) !== null) return cur;
  return null;
}

/** Start offset of the first data-offset element at or inside `n` (document order). */
function firstOffsetIn(n: NodeLike): number | null {
  const own = offsetAttr(n);
  if (own !== null) return own;
  for (let i = 0; i < n.childNodes.length; i++) {
    const o = firstOffsetIn(n.childNodes[i]);
    if (o !== null) return o;
  }
  return null;
}

/** End offset (start + text length) of the last data-offset element at or inside `n`. */
function lastEndIn(n: NodeLike): number | null {
  const own = offsetAttr(n);
  if (own !== null) return own + (n.textContent ?? '').length;
  for (let i = n.childNodes.length - 1; i >= 0; i--) {
    const o = lastEndIn(n.childNodes[i]);
    if (o !== null) return o;
  }
  return null;
}

/**
 * A DOM selection boundary (node, offset) as an offset into the document's text, or null
 * when it lies outside the rendered text. Text spans carry data-offset; a text node's offset
 * counts from its span's start (text before it inside the same span included).
 */
export function boundaryOffset(node: NodeLike, offset: number): number | null {
  if (node.nodeType === TEXT_NODE) {
    const span = node.parentNode;
    const base = offsetAttr(span);
    if (!span || base === null) return null;
    // Text of earlier siblings inside the same span (normally the text node is alone).
    let before = 0;
    for (let i = 0; i < span.childNodes.length && span.childNodes[i] !== node; i++) before += (span.childNodes[i].textContent ?? '').length;
    return base + before + offset;
  }
  const own = withOffset(node);
  if (own && own !== node) return offsetAttr(own);
  if (offsetAttr(node) !== null) return offset === 0 ? offsetAttr(node) : offsetAttr(node)! + (node.textContent ?? '').length;
  // A container (a chunk, the view): the boundary sits between children.
  const kids = node.childNodes;
  for (let i = offset; i < kids.length; i++) {
    const o = firstOffsetIn(kids[i]);
    if (o !== null) return o;
  }
  for (let i = Math.min(offset, kids.length) - 1; i >= 0; i--) {
    const o = lastEndIn(kids[i]);
    if (o !== null) return o;
  }
  return null;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** Orders two boundary offsets and trims white space at both ends; null when nothing is
 * left or the span crosses a line break. */
export function normalizeSpan(text: string, a: number | null, b: number | null): TextSpan | null {
  if (a === null || b === null) return null;
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end <= start || text.slice(start, end).includes('\n')) return null;
  return { start, end };
}

const BULLETS = /^[\s・○◯●◆◇■□▪▫※\-–—*＊①-⑳\d０-９.．、)）(（]+/u;
const TRAILING = /[\s:：…\-–—(（[［【「『]+$/u;

/** The item a reviewer most likely means: the text before the amount on its line, without
 * bullets, list numbers, a trailing bracket or colon, and only after the last sentence end. */
export function guessItem(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let before = text.slice(lineStart, start);
  const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\t'));
  if (stop >= 0) before = before.slice(stop + 1);
  before = before.replace(TRAILING, '').replace(BULLETS, '').trim();
  if (before.length > 120) before = before.slice(-120);
  return before;
}

function mode<T>(values: T[]): T | null {
  const count = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const v of values) {
    const n = (count.get(v) ?? 0) + 1;
    count.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

export interface AddRecordDraft {
  /** The amount as written in the source (what the span covers). */
  text: string;
  start: number | null;
  end: number | null;
  amount: string;
  item: string;
  fy: string;
  stage: Stage;
}

/** The add form's first values: the selected text as the amount (when it reads as one),
 * the item from the line, the document's usual fiscal year and stage. */
export function prefillDraft(text: string, span: TextSpan | null, records: readonly Pick<RecordRow, 'fy' | 'stage'>[]): AddRecordDraft {
  const fy = mode(records.map((r) => r.fy).filter((y): y is number => y !== null));
  const stage = mode(records.map((r) => r.stage)) ?? 'budget';
  if (!span) return { text: '', start: null, end: null, amount: '', item: '', fy: fy === null ? '' : String(fy), stage };
  const selected = text.slice(span.start, span.end);
  const readable = parseFieldInput('yen', selected).ok;
  return {
    text: selected,
    start: span.start,
    end: span.end,
    amount: readable ? selected : '',
    item: guessItem(text, span.start),
    fy: fy === null ? '' : String(fy),
    stage,
  };
}

/**
 * Where the amount as written occurs: the occurrence not yet covered exactly by a record,
 * nearest to `near` (the selected record's position). Null when the text does not occur.
 */
export function findSpan(
  text: string,
  needle: string,
  near: number,
  covered: readonly Pick<RecordRow, 'start' | 'end'>[] = [],
): TextSpan | null {
  const n = needle.trim();
  if (!n || n.includes('\n')) return null;
  const taken = new Set(covered.map((r) => `${r.start}:${r.end}`));
  let best: TextSpan | null = null;
  let bestScore = Infinity;
  for (let i = text.indexOf(n); i !== -1; i = text.indexOf(n, i + 1)) {
    const score = Math.abs(i - near) + (taken.has(`${i}:${i + n.length}`) ? text.length + 1 : 0);
    if (score < bestScore) {
      best = { start: i, end: i + n.length };
      bestScore = score;
    }
  }
  return best;
}
