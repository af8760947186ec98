// Amounts a supplementary budget takes away, said in words after them: "県債で19億7,800万円、国庫支出金で52億円を
// それぞれ減額しています", "諸収入281億円、…を減額するなど". Each is the supplementary budget's own figure, negative (as a
// cut written with ▲ is), where the first word of change after it in its sentence, on its line, is 減額 and no increase (nor a figure marked as a cut) stands between.
import type { Extracted } from './types';

/** How far after a figure its 減額 may stand (a list of a few items, each named and its amount). */
const REACH = 160;
// (the word of change closing the list: "を減額", "をそれぞれ減額"; not "減額補正", the supplementary budget's name)
// (nor across a wide gap: a page in two columns puts another column's words there)
const CUT_AFTER = /^(?:(?![ \u3000]{3})[^。\n増▲△])*?を[\s\u3000]*(?:それぞれ)?[\s\u3000]*減額(?!補正)/u;

/** The records with the supplementary amounts a sentence says it cuts made negative. */
export function applyStatedDecreases(text: string, recs: Extracted[]): Extracted[] {
  if (!text.includes('減額')) return recs;
  return recs.map((r) => {
    if (r.stage !== 'supplementary' || r.yen <= 0) return r;
    const after = text.slice(r.end, r.end + REACH);
    if (!after.includes('減額') || !CUT_AFTER.test(after)) return r;
    return { ...r, yen: -r.yen };
  });
}
