// Previous-year figures that prose states around the figure it compares with:
//   前年度の3,422億円とほぼ同額        → the previous year of the figure before it in the sentence
//   昨年度の113億円から増加し165億円に   → the previous year of the figure after it
// The line reader takes each as a figure of its own; this pass attaches them.
import type { Line } from './lines';
import type { Extracted } from './types';

const PREV_BEFORE = /(?:前年度|昨年度|前年|昨年)(?:当初)?(?:予算)?(?:額)?の?[\s\u3000]*$/u;
const TO_NEXT = /^[\s\u3000]*(?:から|より)/u;
const TO_PREVIOUS = /^[\s\u3000]*(?:と(?:ほぼ)?(?:同|比|ほぼ)|に対し|に比べ|を上回|を下回|から[^。、]{0,6}(?:増|減))/u;

export function attachProsePrevious(recs: Extracted[], lines: Line[]): Extracted[] {
  const drop = new Set<number>();
  for (let k = 0; k < recs.length; k++) {
    const r = recs[k];
    if (r.previous || r.stage === 'other') continue;
    const l = lines[r.line - 1];
    const a = r.start - l.start;
    const before = l.text.slice(Math.max(0, l.text.lastIndexOf('。', a - 1) + 1), a);
    if (!PREV_BEFORE.test(before)) continue;
    const after = l.text.slice(r.end - l.start, r.end - l.start + 16);
    const sameSentence = (x: Extracted): boolean => x.line === r.line && !l.text.slice(Math.min(x.end, r.end) - l.start, Math.max(x.start, r.start) - l.start).includes('。');
    let target: Extracted | undefined;
    if (TO_NEXT.test(after)) target = recs.slice(k + 1).find((x) => !drop.has(recs.indexOf(x)) && sameSentence(x) && !x.previous);
    else if (TO_PREVIOUS.test(after)) target = [...recs.slice(0, k)].reverse().find((x) => !drop.has(recs.indexOf(x)) && sameSentence(x) && !x.previous);
    if (!target || target.stage === 'other') continue;
    target.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
    drop.add(k);
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}
