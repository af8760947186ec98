// Texts that put a blank line after every line (a web page or a PDF converted to text with its blocks apart): read
// with those blanks taken out, then every line number and offset put back where it stands in the text as given.
// A run of blank lines there is one fewer here, so a paragraph break stays a break.
import type { Extracted, Figure } from './types';

export interface Undoubled {
  text: string;
  /** Line number (1-based) in the text as given, of each line (0-based) of `text`. */
  lineNo: number[];
  /** Where each line of `text` starts there, and where it starts in the text as given. */
  start: number[];
  origStart: number[];
}

/** The text without its doubled line spacing, or null when its lines are not doubled. */
export function undouble(text: string): Undoubled | null {
  // (its opening first: most texts show at once that their lines are not doubled)
  if (!doubled(text.length > 4000 ? text.slice(0, 4000) : text, 4)) return null;
  if (text.length > 4000 && !doubled(text, 4)) return null;
  const out: Undoubled = { text: '', lineNo: [], start: [], origStart: [] };
  const parts: string[] = [];
  let lineStart = 0;
  let no = 1;
  let blanks = 0;
  let at = 0;
  for (let p = 0; p <= text.length; p++) {
    if (p < text.length && text.charCodeAt(p) !== 0x0a) continue;
    // the first blank after a line is the doubling; the rest of the run is kept
    const blank = isBlankSpan(text, lineStart, p);
    if (!blank || blanks > 0) {
      out.lineNo.push(no);
      out.start.push(at);
      out.origStart.push(lineStart);
      parts.push(text.slice(lineStart, p));
      at += p - lineStart + 1;
    }
    blanks = blank ? blanks + 1 : 0;
    lineStart = p + 1;
    no++;
  }
  out.text = parts.join('\n');
  return out;
}

/** Is a blank line after (nearly) every line with text, of at least `min` such lines? */
function doubled(text: string, min: number): boolean {
  let nonBlank = 0;
  let followed = 0;
  let lineStart = 0;
  let prevNonBlank = false;
  for (let p = 0; p <= text.length; p++) {
    if (p < text.length && text.charCodeAt(p) !== 0x0a) continue;
    const blank = isBlankSpan(text, lineStart, p);
    if (!blank) nonBlank++;
    else if (prevNonBlank) followed++;
    prevNonBlank = !blank;
    lineStart = p + 1;
  }
  return nonBlank >= min && followed >= nonBlank * 0.9 - 1;
}

function isBlankSpan(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

/** The records read from `u.text`, with their lines and offsets in the text as given. */
export function redouble(u: Undoubled, recs: Extracted[]): Extracted[] {
  const offset = (o: number): number => {
    // (the line holding o: the last that starts at or before it)
    let lo = 0;
    let hi = u.start.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (u.start[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return o - u.start[lo] + u.origStart[lo];
  };
  const fig = (f: Figure | null): Figure | null => (f ? { ...f, start: offset(f.start), end: offset(f.end) } : null);
  return recs.map((r) => ({
    ...r, line: u.lineNo[r.line - 1], start: offset(r.start), end: offset(r.end),
    previous: fig(r.previous), supplementary: fig(r.supplementary), change: fig(r.change),
  }));
}
