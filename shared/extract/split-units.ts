// A unit declaration a narrow box broke over two lines (`（単位：百` / `万円）`): read whole on its first line, the second
// left blank, so the table under it is read in 百万円, not in the 万円 the second line alone would say. Every other
// line keeps its place; offsets are put back in the text as given (textmap.ts).
import { TextMapBuilder, type TextMap } from './textmap';

// the first line ends inside the declaration: after 単位, or after a unit's head (百, 千, 千万)
const HEAD = /単[\s\u3000]?位[\s\u3000]*[:：]?[\s\u3000]*(?:千万|百|千)?[\s\u3000]*$/u;
// the second line holds the rest of it, and nothing else
const TAIL = /^[\s\u3000]*(?:千万|百万|千|万|億|兆)?円[\s\u3000]*[)）]?[\s\u3000]*$/u;

/** The text with each broken unit declaration joined, or null when it holds none. */
export function joinSplitUnits(text: string): TextMap | null {
  // (every declaration says 単位: a text without it has none to join)
  if (!text.includes('位')) return null;
  const out = new TextMapBuilder(text);
  let from = 0;
  let joined = false;
  for (let at = text.indexOf('位'); at >= 0; at = text.indexOf('位', at + 1)) {
    const end = text.indexOf('\n', at);
    if (end < 0 || end < from) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const nextEnd = text.indexOf('\n', end + 1) < 0 ? text.length : text.indexOf('\n', end + 1);
    if (!HEAD.test(text.slice(lineStart, end)) || !TAIL.test(text.slice(end + 1, nextEnd))) continue;
    // the first line, the second line's words, the first line's break; the second line stays, empty, with its break
    let s = end + 1;
    while (s < nextEnd && /[\s\u3000]/u.test(text[s])) s++;
    out.add(from, end);
    out.add(s, nextEnd);
    out.add(end, end + 1);
    from = nextEnd;
    joined = true;
  }
  if (!joined) return null;
  out.add(from, text.length);
  return out.done();
}
