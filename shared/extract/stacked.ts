// Figures stacked one per line under an item (PDF text of a slide or summary sheet):
//   農地中間管理機構の本格稼働   ← item
//   190億円                      ← this year's figure
//   200億円                      ← the supplementary figure, where a 【補正予算】 column label stands nearby
//   (305億円)                    ← the previous year's, in parentheses on a line of its own
// The line reader sees each alone; this pass attaches the lone bracketed and supplementary ones.
import { HOLDS_AMOUNT } from './amounts';
import { isSpaceCode, type Line } from './lines';
import { sortFlags } from './context';
import type { Extracted } from './types';
import { yearsOf } from './year-labels';
import { FUND_NAME } from './cellrecords';

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const SUPP_LABEL = /補正/u;
/** "【補正予算】" alone on its line: a slide's column label over or between figures stacked one per line. */
export const SLIDE_SUPP_LABEL = /^[\s\u3000]*[【\[［〔<＜]\s*補正予算(?:額)?\s*[】\]］〕>＞][\s\u3000]*$/u;
const NEW_MARK = /[【(（]\s*新\s*規\s*[】)）]/u;
// a name's words (not "（－）", a bracket saying none)
const WORDS = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z]{2}/u;

/** What s[from, to) holds besides spaces: '' (nothing), its one character, or null (more). */
function soleChar(s: string, from: number, to: number): string | null {
  let found = -1;
  for (let k = from; k < to; k++) {
    if (isSpaceCode(s.charCodeAt(k))) continue;
    if (found >= 0) return null;
    found = k;
  }
  return found < 0 ? '' : s[found];
}

function alone(r: Extracted, lines: Line[]): 'plain' | 'bracketed' | 'last' | null {
  const l = lines[r.line - 1];
  const a = r.start - l.start;
  const b = r.end - l.start;
  // (only nothing or a bracket matters on either side: a scan that stops at a second character)
  const before = soleChar(l.text, 0, a);
  const after = soleChar(l.text, b, l.text.length);
  if (before === '' && after === '') return 'plain';
  if (before !== null && after !== null && OPEN.has(before) && CLOSE.has(after)) return 'bracketed';
  // "令和8年度要求額 6,120億円": a labelled figure that ends its line
  if (after === '' && !HOLDS_AMOUNT.test(l.text.slice(0, a))) return 'last';
  return null;
}

export function attachStacked(recs: Extracted[], lines: Line[]): Extracted[] {
  const drop = new Set<number>();
  const kind = recs.map((r) => alone(r, lines));
  for (let k = 0; k < recs.length; k++) {
    const r = recs[k];
    // a lone figure under an item marked 【新規】 is new
    if (kind[k] === 'plain' && !r.flags.includes('new')) {
      for (let n = r.line - 2, seen = 0; n >= 0 && seen < 2; n--) {
        const s = lines[n].text;
        if (!s.trim()) continue;
        seen++;
        if (NEW_MARK.test(s)) { r.flags = sortFlags(new Set([...r.flags, 'new'])); break; }
        if (HOLDS_AMOUNT.test(s)) break;
      }
    }
    if (!kind[k] || kind[k] === 'last' || r.previous || r.supplementary || r.change) continue;
    if (kind[k] === 'bracketed') {
      // the nearest lone figure above without a previous-year figure (a 新規 item has none)
      for (let j = k - 1; j >= 0 && recs[j].line >= r.line - 12; j--) {
        if (drop.has(j) || (kind[j] !== 'plain' && kind[j] !== 'last')) continue;
        const a = recs[j];
        if (a.previous || a.flags.includes('new')) continue;
        if (kind[j] === 'last' && a.line < r.line - 2) break; // a labelled figure takes a bracket right under it only
        a.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
        drop.add(k);
        break;
      }
      continue;
    }
    // a lone figure right under another lone figure (its bracketed previous year between them), with a 補正 column label a
    // few lines above or between them: the supplementary one
    let j = k - 1;
    while (j >= 0 && drop.has(j) && kind[j] === 'bracketed') j--;
    if (j < 0 || drop.has(j) || (kind[j] !== 'plain' && kind[j] !== 'last') || recs[j].supplementary || recs[j].stage === 'supplementary' || recs[j].line < r.line - 3) continue;
    // (the label may also close the stack: "122億円 / 50億円 / (147億円) / 【補正予算】")
    let label = false;
    const below = kind[k + 1] === 'bracketed' && recs[k + 1].line === r.line + 1 ? r.line + 1 : r.line;
    // (a label holds no figure: "2月補正 1.5億円" under "2億円" is a figure of its own)
    for (let n = Math.min(below, lines.length - 1); n >= Math.max(0, recs[j].line - 6); n--) if (n !== recs[j].line - 1 && n !== r.line - 1 && SUPP_LABEL.test(lines[n].text) && lines[n].text.trim().length <= 12 && !HOLDS_AMOUNT.test(lines[n].text)) { label = true; break; }
    if (!label) continue;
    // (nor is a figure under another item's name stacked under the one before: "462百万円 / 前年度 518百万円 / スマート水産業実装支援 / 2億円")
    if (lines.slice(recs[j].line, r.line - 1).some((l) => WORDS.test(l.text) && !HOLDS_AMOUNT.test(l.text) && !SUPP_LABEL.test(l.text))) continue;
    recs[j].supplementary = { text: r.text, yen: r.yen, start: r.start, end: r.end };
    drop.add(k);
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}

// "前年度予算額　8,412,356千円" over "本年度予算額　8,603,910千円": last year's figure stacked above this year's, each labelled
const PREVIOUS_LABEL = /^[\s\u3000]*(?:前年度|前年|昨年度)[\s\u3000]*(?:当初)?[\s\u3000]*予算額?[\s\u3000:：]*$/u;
const THIS_YEAR_LABEL = /^[\s\u3000]*(?:本年度|今年度|当年度)[\s\u3000]*(?:当初)?[\s\u3000]*(?:予算額?|要求額)[\s\u3000:：]*$/u;

/** Last year's labelled figure on the line right above this year's labelled one: its previous year. */
export function attachPreviousAbove(recs: Extracted[], lines: Line[]): Extracted[] {
  const drop = new Set<number>();
  for (let k = 0; k + 1 < recs.length; k++) {
    const a = recs[k];
    const b = recs[k + 1];
    if (b.line !== a.line + 1 || b.previous) continue;
    const la = lines[a.line - 1];
    const lb = lines[b.line - 1];
    if (a.end - la.start !== la.text.trimEnd().length || b.end - lb.start !== lb.text.trimEnd().length) continue;
    if (!PREVIOUS_LABEL.test(la.text.slice(0, a.start - la.start)) || !THIS_YEAR_LABEL.test(lb.text.slice(0, b.start - lb.start))) continue;
    b.previous = { text: a.text, yen: a.yen, start: a.start, end: a.end };
    drop.add(k);
    k++;
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}

const ARROW_ALONE = /^[\s\u3000]*[→⇒➡➔▶►][\s\u3000]*$/u;
/**
 * "57億円" / "→" / "49億円", a slide's "before → after" flattened one part a line: the figure after the arrow is the
 * one the slide reports, the one before it last year's.
 */
export function attachArrowPairs(recs: Extracted[], lines: Line[]): Extracted[] {
  const drop = new Set<number>();
  for (let k = 0; k + 1 < recs.length; k++) {
    const a = recs[k];
    const b = recs[k + 1];
    if (b.line !== a.line + 2 || b.previous || !ARROW_ALONE.test(lines[a.line].text)) continue;
    if (alone(a, lines) !== 'plain' || alone(b, lines) !== 'plain') continue;
    b.previous = { text: a.text, yen: a.yen, start: a.start, end: a.end };
    drop.add(k);
    k++;
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}

// a year alone as a figure's label, "R5:", "令和6年度：", and where it ends
const SIGN_END = /[△▲▼\-－−][\s\u3000]*$/u;
const YEAR_LABEL_END = /(?:^|[\s\u3000])((?:令和|平成|[RHＲＨ])[\s\u3000]?[0-9０-９元]{1,2}(?:年度?)?|(?:19|20)[0-9]{2}年度?)[\s\u3000]*[:：][\s\u3000]*$/u;
/**
 * "歳入総額　R5:　8,412,356　R6:　8,736,902": two figures on a line, each after its year alone, the later year's the one
 * the line reports and the year before's its previous year; the line's name is the row's.
 */
export function attachYearLabelPairs(recs: Extracted[], lines: Line[]): Extracted[] {
  const drop = new Set<number>();
  for (let k = 0; k + 1 < recs.length; k++) {
    const a = recs[k];
    const b = recs[k + 1];
    // (two figures alone on their line: asked first, as the patterns below read the line's whole text before a, and a
    // line of thousands of figures made the pass quadratic)
    if (b.line !== a.line || b.previous || a.previous || a.stage !== b.stage || (k + 2 < recs.length && recs[k + 2].line === a.line)) continue;
    const l = lines[a.line - 1];
    const between = l.text.slice(a.end - l.start, b.start - l.start);
    const yb = YEAR_LABEL_END.exec(between);
    if (!yb || between.slice(0, yb.index).trim()) continue;
    // (the first figure's sign stands after its year: "R5:　△12,408")
    const head = l.text.slice(0, a.start - l.start).replace(SIGN_END, '');
    const ya = YEAR_LABEL_END.exec(head);
    if (!ya) continue;
    const [y1] = yearsOf(ya[1]);
    const [y2] = yearsOf(yb[1]);
    if (y1 === undefined || y2 !== y1 + 1) continue;
    b.previous = { text: a.text, yen: a.yen, start: a.start, end: a.end };
    const name = head.slice(0, ya.index).trim();
    if (name) b.item = name;
    // (the row's name was read with its year: a fund's row is the fund's)
    if (name && FUND_NAME.test(name) && !b.flags.includes('fund')) b.flags = sortFlags(new Set([...b.flags, 'fund']));
    drop.add(k);
    k++;
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}

/** For the tests. */
export const stackedInternals = { soleChar };
