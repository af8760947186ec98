// A list introduced as new programmes ("新規事業は次のとおり", "新規に要求された事業の例"): each bulleted
// figure under it is a new programme, until the list ends.
import { codes } from './codes';
import { firstNonSpace, type Line } from './lines';
import { sortFlags } from './context';
import type { Extracted } from './types';

const INTRO = /新規(?:に|の|事業|施策|要求|予算)[^。]*(?:次の|以下の|とおり|例)/u;
// (or a heading that names them alone, "■主な新規事業（カッコ内は予算額）", "【新規事業】")
const INTRO_HEADING = /^[\s\u3000]*[■□◆◇●○◎▼【〈《]?[\s\u3000]*(?:主な|主要な?)?新規(?:事業|施策|要求)(?:の概要|一覧)?[\s\u3000]*[】〉》]?[\s\u3000]*(?:[(（][^()（）]{0,20}[)）])?[\s\u3000]*$/u;
const BULLET = /^[\s\u3000]*(?:[・•◆◇○●◎■□▶▷▽➢※\-‐]|[(（][^)）]{1,12}[)）][\s\u3000]*$)/u;
const BULLET_FIRST = codes('・•◆◇○●◎■□▶▷▽➢※-‐(（');
/** BULLET.test(t), tried only on a line opened by a bullet or a bracket. */
const bullet = (t: string): boolean => BULLET_FIRST.has(firstNonSpace(t)) && BULLET.test(t);

export function flagNewLists(recs: Extracted[], lines: Line[]): Extracted[] {
  if (!recs.length) return recs;
  // (asked only of the records' lines, from each back to its introduction, not of every line of the text)
  const memo = new Map<number, boolean>();
  for (const r of recs) {
    const k = r.line - 1;
    if (k >= 1 && k < lines.length && bullet(lines[k].text) && underIntro(lines, k - 1, memo) && !r.flags.includes('new')) {
      r.flags = sortFlags(new Set([...r.flags, 'new']));
    }
  }
  return recs;
}

/**
 * Is line j an introduction, or a bullet or a (所管) sub-heading with only such lines between it and an introduction
 * (maybe with one blank line right after the introduction)? So a bullet under j stays in the list it opens. The answers
 * of the bullets passed on the way are kept in `memo`: each line of a long list is walked over once, not once for
 * every line under it.
 */
function underIntro(lines: Line[], j: number, memo: Map<number, boolean>): boolean {
  const passed: number[] = [];
  let answer = false;
  for (; j >= 0; j--) {
    const known = memo.get(j);
    if (known !== undefined) { answer = known; break; }
    const t = lines[j].text;
    if (isIntro(t)) { answer = true; break; }
    if (!bullet(t)) { answer = !t.trim() && j >= 1 && isIntro(lines[j - 1].text); passed.push(j); break; }
    passed.push(j);
  }
  for (const p of passed) memo.set(p, answer);
  return answer;
}
const isIntro = (t: string): boolean => t.includes('新規') && (INTRO.test(t) || INTRO_HEADING.test(t)); // (every introduction names 新規)

/** Internals exposed for the equivalence tests of the fast paths (not part of the API). */
export const newListInternals = { bullet };
