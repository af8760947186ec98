// A note that names the stage of each year's figures in a table of years:
//   ※R3～R5は決算額、R6は決算見込額、R7は当初予算額です。
// The header says only "R3 | R4 | R5 | R6 | R7"; the note under it says which are actuals and which a budget.
import { stageWord } from './context';
import { yearsOf } from './year-labels';
import type { Stage } from './types';

// (a note's mark: ※, 注, 注1, (注))
const NOTE_START = /^[\s\u3000]*(?:※|[(（]?注[0-9０-９]*[)）]?[\s\u3000.．:：、]?)/u;
/**
 * The stage of each year a note line names ("※R3～R5は決算額、R6は決算見込額、R7は当初予算額です。"), or null where the
 * line is no such note (it must name two years or more).
 */
export function yearStages(line: string): Map<number, Stage> | null {
  if (!line.includes('は') || !NOTE_START.test(line)) return null;
  const out = new Map<number, Stage>();
  for (const part of line.replace(NOTE_START, '').split(/[、。,，;；]/u)) {
    const wa = part.indexOf('は');
    if (wa <= 0) continue;
    // (予算 alone is a stage here: "2020年度は予算")
    const said = part.slice(wa + 1);
    const stage = stageWord(said) ?? (/^[\s\u3000]*予算/u.test(said) ? 'budget' : null);
    if (!stage) continue;
    for (const y of yearsOf(part.slice(0, wa))) out.set(y, stage);
  }
  return out.size >= 2 ? out : null;
}
