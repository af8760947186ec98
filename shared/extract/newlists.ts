// A list introduced as new programmes ("新規事業は次のとおり", "新規に要求された事業の例"): each bulleted
// figure under it is a new programme, until the list ends.
import type { Line } from './lines';
import { sortFlags } from './context';
import type { Extracted } from './types';

const INTRO = /新規(?:に|の|事業|施策|要求|予算)[^。]*(?:次の|以下の|とおり|例)/u;
const BULLET = /^[\s\u3000]*(?:[・•◆◇○●◎■□▶▷➢※\-‐]|[(（][^)）]{1,12}[)）][\s\u3000]*$)/u;

export function flagNewLists(recs: Extracted[], lines: Line[]): Extracted[] {
  if (!recs.length) return recs;
  // the lines under an introduction that stay in its list: bullets and (所管) sub-headings
  const inList = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].text.includes('新規') || !INTRO.test(lines[i].text)) continue; // (every introduction names 新規)
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k].text;
      if (!t.trim()) { if (k > i + 1) break; continue; }
      if (!BULLET.test(t)) break;
      inList.add(k + 1);
    }
  }
  if (!inList.size) return recs;
  for (const r of recs) if (inList.has(r.line) && !r.flags.includes('new')) {
    r.flags = sortFlags(new Set([...r.flags, 'new']));
  }
  return recs;
}
