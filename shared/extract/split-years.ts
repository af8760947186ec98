// A year a line break cut after its era and number (`…「昭和三十六` / `年度予算の説明」`, `…工事は令和9` / `年度に予定`): read
// with its 年度 moved up to the line its number ends, so that line names the year whole where the sentence has it, mid-line
// (moved down, it would open the next line as a heading's year does). (An era alone, `令和` / `6年度`, and a word naming a
// year by this one, `前` / `年度`, were tried too: they moved other figures' years on the invented sets, more lost than won.)
// Lines wrapped at a fixed width are joined before this (unwrap.ts); this is the break of a page that cut its lines
// anywhere else (a minutes viewer that breaks at its linked words, a hand-wrapped text). Every other character keeps
// its line; offsets are put back in the text as given (textmap.ts).
import { TextMapBuilder, type TextMap } from './textmap';

// the head a line ends with, an era and its year's number; the rest the next line opens with
const ERA_NUMBER_END = /(?:令和|平成|昭和)[\s\u3000]?(?:元|[0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})[\s\u3000]*$/u;
const YEAR_REST = /^[\s\u3000]*年度?/u;

/** The rest of a year the line after `head` opens with (`next`), where `head` ends with its head: its length, 0 for none. */
function restLength(head: string, next: string): number {
  const m = YEAR_REST.exec(next);
  return m && ERA_NUMBER_END.test(head) ? m[0].length : 0;
}

/** The text with each cut year's rest moved up to its head, or null when no year is cut. */
export function joinSplitYears(text: string): TextMap | null {
  const out = new TextMapBuilder(text);
  let from = 0;
  let moved = false;
  for (let brk = text.indexOf('\n'); brk >= 0; brk = text.indexOf('\n', brk + 1)) {
    // (every rest opens with 年, spaces aside: the next line's first character says if a look is needed)
    let s = brk + 1;
    while (s < text.length && (text[s] === ' ' || text[s] === '\u3000')) s++;
    if (text[s] !== '年') continue;
    const lineStart = text.lastIndexOf('\n', brk - 1) + 1;
    const lineEnd = text[brk - 1] === '\r' ? brk - 1 : brk;
    const nextEnd = text.indexOf('\n', brk + 1) < 0 ? text.length : text.indexOf('\n', brk + 1);
    const len = restLength(text.slice(Math.max(lineStart, lineEnd - 12), lineEnd), text.slice(brk + 1, Math.min(nextEnd, brk + 12)));
    if (!len) continue;
    // the line, the rest from the next line, the break (and a \r before it), then the next line after the rest
    out.add(from, lineEnd);
    out.add(brk + 1, brk + 1 + len);
    out.add(lineEnd, brk + 1);
    from = brk + 1 + len;
    moved = true;
  }
  if (!moved) return null;
  out.add(from, text.length);
  return out.done();
}
