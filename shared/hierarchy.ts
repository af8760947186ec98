// A hierarchy of figures proposed from the text: a table's 計 / 合計 / 総額 row over the rows
// above it, a うち breakdown under the figure it breaks down, a headline figure (a document's
// ポイント / 総額 line) over the items that follow it. Pure; the reviewer corrects it on the record.

/** What the proposal needs of a record. */
export interface PlacedFigure {
  line: number; // 1-based
  start: number;
  unit: string;
  stage: string;
  fy: number | null;
}

const BULLET = /^[\s\-・•◦○●◎◆◇■□▪※➢▶►\d.)）]*/u;
/** A sub-item of a bulleted list (`- -…`, `－…` under a `・` or `◎` item). */
const SUB_ITEM = /^\s*-?\s*[-－‐]/u;
/** A note (※…): a remark beside the items, not one of them. */
const NOTE = /^[\s\-]*※/u;
const UCHI = /^[\s\-・•◦○●◎◆◇■□▪➢]*[（(]?うち/u;
/** A table row's label that names a total (not 一般会計, which ends in 計 but is an account). */
const TOTAL_LABEL = /(合計|総計|総額|小計)|^\s*計\s*$/u;
const HEADLINE = /(ポイント|総額|全体)/u;

/** Whether a line is a うち (of which) row: its figures are a part of the figure above. */
export const isUchiLine = (line: string): boolean => UCHI.test(line);

/** Whether a line is a table row (cells split by tabs or pipes). */
const isTableRow = (line: string): boolean => line.includes('\t') || /^\s*\|/u.test(line);

/** A table row's label: its first non-empty cell. */
const labelOf = (line: string): string => line.split(/[\t|]/u).map((c) => c.trim()).find(Boolean) ?? '';

/** Whether a line totals the rows above it (a 計 / 合計 / 総額 row of a table). */
export const isTotalRow = (line: string): boolean => isTableRow(line) && TOTAL_LABEL.test(labelOf(line));

/** Whether a line is a headline over the items after it (`…予算のポイント 9,777億円`), not a bullet item: its word comes early, before the figure. */
function isHeadline(line: string, figureAt: number): boolean {
  if (isTableRow(line) || BULLET.exec(line)![0].trim() !== '' || isUchiLine(line)) return false;
  const m = HEADLINE.exec(line);
  // prose (a clause before the word) is not a headline
  return !!m && m.index < Math.min(40, figureAt) && !/[、。,]/u.test(line.slice(0, m.index));
}

/**
 * The proposed parent of each record (an index into `records`, or null). `records` are one
 * document's primary figures; `text` is its text.
 */
export function proposeHierarchy(text: string, records: PlacedFigure[]): (number | null)[] {
  const lines = text.split('\n');
  const lineText = (no: number) => (lines[no - 1] ?? '').replace(/\r$/u, '');
  const parent: (number | null)[] = records.map(() => null);
  // the records of each line, in order (the column a figure sits in)
  const onLine = new Map<number, number[]>();
  const order = records.map((_, i) => i).sort((a, b) => records[a].start - records[b].start);
  for (const i of order) {
    const l = records[i].line;
    if (!onLine.has(l)) onLine.set(l, []);
    onLine.get(l)!.push(i);
  }
  const colOf = (i: number) => onLine.get(records[i].line)!.indexOf(i);
  const atCol = (line: number, col: number) => {
    const rs = onLine.get(line);
    return rs ? (rs[col] ?? rs[0]) : undefined;
  };

  // 1. うち rows: under the nearest figure above that is not itself a うち row (no blank line between)
  for (const [l, rs] of onLine) {
    if (!isUchiLine(lineText(l))) continue;
    for (let up = l - 1; up >= Math.max(1, l - 20); up--) {
      const t = lineText(up);
      if (!t.trim()) break;
      if (isUchiLine(t) || !onLine.has(up)) continue;
      for (const i of rs) parent[i] = atCol(up, colOf(i)) ?? null;
      break;
    }
  }

  // 1b. sub-items of a bulleted list (`- -…`) under the item above them
  for (const [l, rs] of onLine) {
    if (!SUB_ITEM.test(lineText(l)) || isTableRow(lineText(l))) continue;
    for (let up = l - 1; up >= Math.max(1, l - 10); up--) {
      const t = lineText(up);
      if (!t.trim()) break;
      if (SUB_ITEM.test(t) || NOTE.test(t) || !onLine.has(up)) continue;
      for (const i of rs) if (parent[i] === null) parent[i] = onLine.get(up)![0];
      break;
    }
  }

  // 2. a table's total row over the rows above it, back to the table's top or the previous total
  for (const [l, rs] of onLine) {
    if (!isTotalRow(lineText(l))) continue;
    for (let up = l - 1; up >= 1; up--) {
      const t = lineText(up);
      if (!isTableRow(t) || isTotalRow(t)) break;
      const above = onLine.get(up);
      if (!above) continue;
      for (const c of above) {
        if (parent[c] !== null) continue; // a うち row stays under its own figure
        const p = rs[colOf(c)]; // the same column only: a note's figure beside a row is no part
        if (p !== undefined) parent[c] = p;
      }
    }
  }

  // 3. a headline figure over the items that follow it (same stage, year and unit), up to the next
  // headline, table or figure in another unit (the detail pages that repeat the items)
  let head: number | null = null;
  const lineStarts: number[] = [0];
  for (let i = 0, at = 0; i < lines.length; i++) lineStarts.push((at += lines[i].length + 1));
  for (const i of order) {
    const l = records[i].line;
    const t = lineText(l);
    if (parent[i] === null && onLine.get(l)![0] === i && isHeadline(t, records[i].start - lineStarts[l - 1])) {
      head = i;
      continue;
    }
    if (head === null || records[i].line === records[head].line) continue;
    const h = records[head];
    if (isTableRow(t) || records[i].unit !== h.unit) {
      head = null;
      continue;
    }
    if (parent[i] !== null || NOTE.test(t)) continue;
    if (records[i].stage === h.stage && records[i].fy === h.fy) parent[i] = head;
  }
  return parent;
}

/**
 * Whether a parent's children are a complete breakdown (a table's total over its rows: they must
 * add up to it) or a partial one (うち, a headline's highlights: they must not exceed it).
 */
export function completeBreakdown(parentLine: string, childLine: string): boolean {
  return isTotalRow(parentLine) && !isUchiLine(childLine);
}
