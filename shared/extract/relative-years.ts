// Years named relative to a dated text: in an article or a speech dated 2026-11, 今年度 is fiscal
// 2026, 来年度 2027 and 昨年度 2025, whatever year the document is mostly about. 本年度 and 前年度
// are relative to the document's own year (本年度予算額 in a budget), so they are left alone.
import { findYears } from '../era';
import { findDate, fiscalYearOf } from './docframe';
import type { Extracted } from './types';

const RELATIVE = /(来年度|次年度|今年度|当年度|昨年度)/gu;
const RELATIVE_ONE = /来年度|次年度|今年度|当年度|昨年度/u;
const OFFSET: Record<string, number> = { '来年度': 1, '次年度': 1, '今年度': 0, '当年度': 0, '昨年度': -1 };
// "昨年度に比べ", "今年度比", "今年度当初予算の微増となる": a year the figure is compared with, not its own
// ("昨年度同様の2億円", "昨年度並みの": this year's figure, the same as that year's)
// ("今年度より2億円少ない": more or less than that year's)
const COMPARED = /比|から|より|上回|下回|増|減|少な|多い|同様|同額|並み/u;

const CARRIED = /^[へにの]{0,2}(?:繰|くり)/u;
const YEAR_SUBJECT = /(?:来年度|次年度|今年度|当年度|昨年度)の[^、。の]{1,12}(?:は|が)[\s\u3000]*(?:約|およそ)?[\s\u3000]*$/u;
const YEAR_END = /(?:来年度|次年度|今年度|当年度|昨年度)末/u;

/**
 * The clause before `at`: back to its sentence's start or its line's, at most 80 characters; past a line break where
 * the line above is a long line of prose going on ("…今年度の一般会計当初予算" / "は、…８，２１４億円": a text wrapped at its margin).
 */
export function clauseBefore(text: string, at: number): string {
  const near = text.slice(Math.max(0, at - 80), at);
  const offset = Math.max(0, at - 80);
  let from = near.length;
  for (;;) {
    const brk = from > 0 ? near.lastIndexOf('\n', from - 1) : -1;
    const stop = from > 0 ? near.lastIndexOf('。', from - 1) : -1;
    if (stop > brk || brk < 0) return near.slice(stop + 1);
    const own = near.slice(brk + 1);
    // (the whole line above, however far back it starts)
    const above = text.slice(text.lastIndexOf('\n', offset + brk - 1) + 1, offset + brk);
    if (above.length < 24 || /[。.：:）)]\s*$|\t/u.test(above) || RELATIVE_ONE.test(own) || findYears(own).some((y) => y.fiscal)) return own;
    from = brk;
  }
}

/** Set the fiscal year of each prose figure whose own clause names a year relative to the text's date. */
export function applyRelativeYears(text: string, recs: Extracted[]): Extracted[] {
  const date = findDate(text.slice(0, 600));
  if (!date) return recs;
  const base = fiscalYearOf(date);
  for (const r of recs) {
    if (r.flags.includes('unit_from_header') || r.flags.includes('multi_year')) continue;
    let clause = clauseBefore(text, r.start);
    // (a figure of no budget is of a relative year only at its end: "残高は、今年度末で約38億円")
    // (or one the year names as its subject's, "来年度の収支不足額は138億円": that year's shortfall)
    if (r.stage === 'other' && !YEAR_END.test(clause) && !YEAR_SUBJECT.test(clause)) continue;
    // (a settlement's figure in a sentence naming no year, after one naming the year of the settlement it reports:
    // "…、昨年度の一般会計の決算を…報告しました。…実質収支は12億円余りの黒字で")
    if (!clause.includes('年度') && r.stage === 'settlement') {
      const y = settlementYearBefore(text, r.start - clause.length);
      if (y) r.fy = base + OFFSET[y];
      continue;
    }
    if (!clause.includes('年度')) continue; // every relative year ends in 年度
    let words = [...clause.matchAll(RELATIVE)];
    // (two relative years in the sentence, "来年度の…では、…今年度の補正予算で措置した45億円": the one after the last comma is
    // the figure's own)
    if (words.length > 1) {
      clause = clause.slice(clause.lastIndexOf('、') + 1);
      words = [...clause.matchAll(RELATIVE)];
    }
    if (words.length !== 1 || findYears(clause).some((y) => y.fiscal)) continue;
    const w = words[0];
    // (the comparison is the relative year's own where it comes before the clause's first comma: "今年度の当初予算は、前年度比2.8％増の"
    // compares this year's figure with the year before, not with this year)
    const rest = clause.slice(w.index! + w[0].length);
    if (COMPARED.test(rest.slice(0, (rest.indexOf('、') + 1 || rest.length + 1) - 1))) continue;
    // ("次年度へ繰り越す財源": what this year carries over is this year's)
    if (CARRIED.test(rest)) continue;
    // ("当年度分消費税…調整額": this year's portion names an item, no year of the figure)
    if (rest.startsWith('分')) continue;
    r.fy = base + OFFSET[w[1]];
    // (next year's figure is its budget or request: a stage the document's words guessed, a supplementary budget or a
    // settlement, cannot be next year's)
    if (OFFSET[w[1]] === 1 && (r.stage === 'supplementary' || r.stage === 'settlement') && r.warnings.some((x) => x.code === 'stage_guessed')) r.stage = 'budget';
  }
  return recs;
}

// a relative year's settlement named in a sentence: "昨年度の一般会計の決算", "今年度決算"
const SETTLEMENT_OF = /(来年度|次年度|今年度|当年度|昨年度)(?:の[^、。]{0,12})?決算/gu;
/** The relative year the sentence ending right before `at` (its 。) names a settlement of, alone; on its line or the one above. */
function settlementYearBefore(text: string, at: number): string | null {
  if (text[at - 1] !== '。') return null;
  const from = Math.max(text.lastIndexOf('。', at - 2), text.lastIndexOf('\n', text.lastIndexOf('\n', at - 2) - 1), at - 200);
  const sentence = text.slice(from + 1, at);
  const m = [...sentence.matchAll(SETTLEMENT_OF)];
  return m.length === 1 && [...sentence.matchAll(RELATIVE)].length === 1 ? m[0][1] : null;
}
