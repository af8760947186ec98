// Figures no reader claimed: a line of bare figures grouped by commas, under a unit the text declared a little above, of
// which no reader made any record (a table in a shape none of them knows, or one whose header they could not line up).
// Each becomes a record of the document's stage and year, with a low confidence and the stage marked a guess: found, for
// the analyst to check, rather than lost. Lines that hold a record already are left as the readers made them.
import { parseBareNumber } from './amounts';
import { figuresFy, type DocFrame } from './docframe';
import { declaredUnit, isSpaceCode, unitOf, type HeaderUnit, type Line } from './lines';
import type { Extracted } from './types';
import { fitsChange } from './prose-previous';
import { asFigure } from './row-arithmetic';
import { warning } from './warnings';

/** How many lines below its declaration a unit still holds for figures nobody claimed. */
const UNIT_REACH = 60;
const UNIT_FIRST = /(?:^|[|｜])[\s\u3000]*(千円|百万円|億円|円)[\s\u3000]+[(（]?[△▲\-－]?[0-9０-９]/u;
/** How many lines without a figure may part a table's lines. */
const TABLE_GAP = 3;
/** A figure grouped by commas (a bare one, no unit after it), with the sign written before it. */
// (a figure with a plus sign, "+53,571", is a change: never one of its own)
const GROUPED = /(?<![0-9０-９,，.．+＋])((?:[△▲▼][\s\u3000]?|[-－−](?=[0-9０-９])|マイナス[\s\u3000]?)?)([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+)(?![0-9０-９,，.．])/gu;
// (a count's, a measure's or a rate's unit after it, or a yen unit a reader would have read: no bare yen figure)
const NOT_YEN_AFTER = /[\s\u3000]*(?:[%％‰倍人件戸台校名本回日年月号枚冊頭羽社団体校園床室棟haｍmtkgKG㎡㎥円千万億兆]|世帯|箇所|か所|ヵ所|カ所|時間|トン|平方|キロ)/uy;
// (a row counting people or things, or measuring a rate or an area: its figures are no yen)
// (or a label closing on a unit of its own in brackets, "配食数（食）", "運行便数（便/年）", or on 数 alone, "交通事業者数")
const COUNT_ROW = /人口|人数|人員|世帯|件数|面積|延長|距離|水深|職員数|児童数|生徒数|利用者|台数|戸数|箇所数|[率比](?![\p{Script=Han}])|数[\s\u3000]*$|[(（][^()（）円]{1,8}[)）][\s\u3000]*$|目標/u;
const FIGURE_ALONE = /^[\s\u3000]*(?:[△▲▼\-－−][\s\u3000]?)?[0-9０-９][0-9０-９,，.．]*[\s\u3000|｜]*$/u;
/** Does an opening bracket stand right before `at` (spaces between)? */
function bracketBefore(t: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpaceCode(t.charCodeAt(k))) k--;
  return k >= 0 && (t.charCodeAt(k) === 0x28 || t.charCodeAt(k) === 0xff08);
}
/** The index of the line holding offset `at` (lines in order). */
function lineAt(lines: Line[], at: number): number {
  let lo = 0, hi = lines.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lines[mid].start <= at) lo = mid; else hi = mid - 1; }
  return lo;
}
// (and a unit or an opening bracket the figure's cell begins with: "千円 (")
const MARKS = /^[\s\u3000・●○◆◇■□▲△▼▽※\-－*＊|｜]+|(?:[\s\u3000|｜:：]|千円|百万円|億円|[(（])+$/gu;

/** `recs` with a record for each figure nobody claimed on a line of none, in text order. */
export function withOrphanFigures(recs: Extracted[], lines: Line[], frame: DocFrame): Extracted[] {
  const used = new Set<number>();
  // (the figures the records hold: their own, last year's, the supplementary's, the change's, wherever they stand)
  const held = new Set<number>();
  const heldLines = new Set<number>();
  for (const r of recs) {
    used.add(r.line);
    for (const f of [r, r.previous, r.supplementary, r.change]) if (f) { held.add(f.start); heldLines.add(lineAt(lines, f.start)); }
  }
  const found: Extracted[] = [];
  let unit: HeaderUnit | null = null;
  let unitAt = -UNIT_REACH;
  let lastFigureAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.includes('単') || t.includes('illion') || t.includes('housand')) {
      const du = declaredUnit(t);
      if (du) { unit = du; unitAt = i; continue; }
    }
    // (or a cell writing its unit before its figure, "千円 (2,814,752,843) 2,903,145,975 |": the unit of the table's cells)
    const uf = t.includes('円') ? UNIT_FIRST.exec(t) : null;
    if (uf) { unit = unitOf(uf[1]) ?? unit; unitAt = i; }
    // (its table goes on past the reach while its lines hold figures, a few lines apart at most: a table one cell a line is long)
    const digits = /[0-9０-９]/u.test(t);
    if (unit && i - unitAt > UNIT_REACH && i - lastFigureAt <= TABLE_GAP && digits && !t.includes('。')) unitAt = i - UNIT_REACH;
    if (digits) lastFigureAt = i;
    // (nor in a sentence: prose names what its figures are, and the readers read it)
    if (!unit || i - unitAt > UNIT_REACH || used.has(lines[i].no) || !(t.includes(',') || t.includes('，')) || t.includes('。')) continue;
    GROUPED.lastIndex = 0;
    const first = GROUPED.exec(t);
    if (!first) continue;
    const label = t.slice(0, first.index).replace(MARKS, '');
    if (COUNT_ROW.test(label)) continue;
    // (a figure alone on its line right under a figure a record holds is that row's next cell, one cell a line: a reader
    // chose to leave it)
    if (!label && i > 0 && heldLines.has(i - 1) && FIGURE_ALONE.test(t)) continue;
    const row: Extracted[] = [];
    for (let m: RegExpExecArray | null = first; m; m = GROUPED.exec(t)) {
      // (sticky at the figure's end: a long line of many figures is not copied for each)
      NOT_YEN_AFTER.lastIndex = m.index + m[0].length;
      if (NOT_YEN_AFTER.test(t)) continue;
      // (a figure in brackets is another's: last year's, a share)
      if (bracketBefore(t, m.index)) continue;
      const start = lines[i].start + m.index + m[1].length;
      if (held.has(start)) continue;
      const v = parseBareNumber(m[2], unit.power, unit.div);
      if (!v) continue;
      const neg = m[1] !== '';
      row.push({
        line: lines[i].no, start, end: start + m[2].length, text: m[2], yen: neg ? -v.yen : v.yen, unit: unit.unit,
        item: label || null, section: [], fy: figuresFy(frame), stage: frame.stage ?? 'budget', flags: ['unit_from_header'],
        previous: null, supplementary: null, change: null, confidence: label ? 0.4 : 0.3,
        warnings: [warning('stage_guessed'), ...(label ? [] : [warning('item_missing')])],
      });
    }
    found.push(...byArithmetic(row));
  }
  return found.length ? [...recs, ...found].sort((a, b) => a.start - b.start) : recs;
}

/**
 * A row of three figures where the third is the first less the second (or the second less the first), give or take their
 * rounding: this year's figure, last year's and the change, one record (its year's order told by the sign
 * of the change). Any other row: each figure a record of its own.
 */
function byArithmetic(row: Extracted[]): Extracted[] {
  if (row.length !== 3) return row;
  const [a, b, c] = row;
  const fits = (x: Extracted, y: Extracted): boolean => x.yen !== 0 && y.yen !== 0 && Math.sign(x.yen) === Math.sign(y.yen) && fitsChange(x.yen, y.yen, c.yen);
  const [main, last] = fits(a, b) ? [a, b] : fits(b, a) ? [b, a] : [null, null];
  if (!main || !last) return row;
  return [{ ...main, previous: asFigure(last), change: asFigure(c), confidence: main.confidence + 0.1 }];
}
