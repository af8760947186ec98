// Marks written on a programme's name (【新規】, （新規）, ［拡充］, ＜一部新規＞): what they say is a property of
// the figure (a new programme is flagged `new`), not part of its name, which reads the same without them. A name closing
// on `…の内数` flags its figure a portion and keeps those words.
import { sortFlags } from './context';
import type { Extracted } from './types';

const OPEN = '[【\\[［(（<＜〈《]';
const CLOSE = '[】\\]］)）>＞〉》]';
const WORD = '(?:新規|新|拡充|拡|一部新規|新規・拡充|拡充・新規|重点|組替|組替え|継続)';
const LEAD = new RegExp(`^[\\s\\u3000]*${OPEN}\\s*${WORD}\\s*${CLOSE}[\\s\\u3000]*`, 'u');
const TRAIL = new RegExp(`[\\s\\u3000]*${OPEN}\\s*${WORD}\\s*${CLOSE}[\\s\\u3000]*$`, 'u');
/** A mark written bare before the name, set apart by a space: "新 がん検診事業", "拡 子ども医療費助成". */
const BARE = /^[\s\u3000]*(新規|新|拡充|拡)[\s\u3000]+(?=\S{2})/u;
/** The marks that make the whole programme new (一部新規, a part of it, does not). */
const NEW = new RegExp(`${OPEN}\\s*(?:新規|新|新規・拡充|拡充・新規)\\s*${CLOSE}`, 'u');

const PORTION_NAME = /の内数[)）]?$/u;

/** Does a heading line carry a mark that makes its programme new ("■スマート農業推進事業【新規】")? */
export function markedNew(line: string): boolean { return line.includes('新') && NEW.test(line); }

/** Take the marks off each record's name; a name marked new flags its figure `new`. */
export function applyNameMarks(recs: Extracted[]): Extracted[] {
  for (const r of recs) {
    const item = r.item;
    // (a name closing on what it is a part of, "…の運航（…運営費交付金の内数）": the figure is a portion of that budget line)
    if (item && item.includes('内数') && PORTION_NAME.test(item) && !r.flags.includes('portion')) r.flags = sortFlags(new Set([...r.flags, 'portion']));
    if (!item || !(item.includes('新') || item.includes('拡') || item.includes('重') || item.includes('組') || item.includes('継'))) continue;
    let s = item;
    let isNew = false;
    const bare = BARE.exec(s);
    if (bare) { if (bare[1].startsWith('新')) isNew = true; s = s.slice(bare[0].length); }
    for (let k = 0; k < 3; k++) {
      const m = LEAD.exec(s) ?? TRAIL.exec(s);
      if (!m || s.length - m[0].length < 2) break;
      if (NEW.test(m[0])) isNew = true;
      s = m.index === 0 ? s.slice(m[0].length) : s.slice(0, m.index);
    }
    if (s === item) continue;
    // (a cap or a unit price under a new programme's heading is no new budget figure)
    if (isNew && r.stage !== 'other' && !r.flags.includes('new')) r.flags = sortFlags(new Set([...r.flags, 'new']));
    r.item = s;
  }
  return recs;
}
