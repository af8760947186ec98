// Figures nobody reviewed: every yen figure the tokenizer finds in a text that is neither a record
// nor attached to one (previous, supplementary, change) is a candidate for the reviewer to add or
// dismiss. Pure: the same text and records give the same candidates on every machine.
import { parseBareNumber, scanAllAmounts, scanSplitAmount } from './extract/amounts';
import { findCellTables } from './extract/celltables';
import { bareNumberIn, declaredUnit, isPipeRow, splitCells, splitLines, type HeaderUnit } from './extract/lines';
import { unitRow } from './extract/tables';

/** The unit of a row of unit cells only (`\t千円\t千円`). */
function unitRowOf(t: string): HeaderUnit | null {
  if (!t.includes('\t') && !isPipeRow(t)) return null;
  return unitRow(splitCells(t))?.find((u) => u) ?? null;
}

export interface TokenFigure {
  line: number; // 1-based
  start: number;
  end: number;
  text: string;
  yen: number;
}

/** Every yen figure the tokenizer finds: amounts with a unit, amounts broken over lines, figures of flattened tables. */
export function tokenFigures(text: string): TokenFigure[] {
  const lines = splitLines(text);
  const out: TokenFigure[] = [];
  let taken = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    for (const t of scanAllAmounts(l.text)) if (t.start >= taken) out.push({ line: l.no, start: l.start + t.start, end: l.start + t.end, text: t.text, yen: t.yen });
    taken = 0;
    const split = scanSplitAmount(l.text, lines[i + 1]?.text);
    if (split && !out.some((f) => f.line === l.no && f.end > l.start + split.tok.start)) {
      out.push({ line: l.no, start: l.start + split.tok.start, end: l.start + split.tok.end, text: split.tok.text, yen: split.tok.yen });
      taken = split.nextLen;
    }
  }
  // bare numbers in tab or pipe rows under a unit declaration ((単位:億円), a 千円 unit row)
  let unit: HeaderUnit | null = null;
  let since = 0;
  for (const l of lines) {
    const du = declaredUnit(l.text) ?? unitRowOf(l.text);
    if (du) { unit = du; since = 0; continue; }
    if (++since > 80) unit = null;
    if (!unit || !(l.text.includes('\t') || isPipeRow(l.text))) continue;
    for (const c of splitCells(l.text)) {
      const b = bareNumberIn(c.text);
      if (!b) continue;
      const v = parseBareNumber(b.num, unit.power, unit.div);
      if (!v || v.yen === 0 || /[.．]/u.test(b.num)) continue; // a ratio or an empty cell
      const start = l.start + c.start + b.numStart;
      const neg = /[△▲▼\-−－]/u.test(b.sign);
      if (!out.some((x) => x.start < start + b.num.length && start < x.end)) out.push({ line: l.no, start, end: start + b.num.length, text: b.num, yen: neg ? -v.yen : v.yen });
    }
  }
  // bare numbers under a unit header: the table stage knows which are figures (ratios and page numbers are not)
  const { figures } = findCellTables(lines, { frameFy: null, frameStage: null });
  for (const f of figures) {
    const l = lines[f.lineIdx];
    const start = l.start + f.start;
    if (!out.some((x) => x.start < l.start + f.end && start < x.end)) out.push({ line: l.no, start, end: l.start + f.end, text: f.text, yen: f.yen });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Span { start: number; end: number }
interface Covered extends Span { previous?: Span | null; supplementary?: Span | null; change?: Span | null }

export interface Coverage { figures: number; records: number; attached: number; candidates: TokenFigure[] }

/** Which of the tokenizer's figures are records, attached figures, or candidates. */
export function coverage(text: string, records: Covered[], figs: TokenFigure[] = tokenFigures(text)): Coverage {
  const own: Span[] = [];
  const attached: Span[] = [];
  for (const r of records) {
    if (r.start >= 0) own.push(r);
    for (const f of [r.previous, r.supplementary, r.change]) if (f && f.start >= 0) attached.push(f);
  }
  const overlaps = (f: Span, list: Span[]) => list.some((s) => f.start < s.end && s.start < f.end);
  let nr = 0, na = 0;
  const candidates: TokenFigure[] = [];
  for (const f of figs) {
    if (overlaps(f, own)) nr++;
    else if (overlaps(f, attached)) na++;
    else candidates.push(f);
  }
  return { figures: figs.length, records: nr, attached: na, candidates };
}
