// Texts that put a blank line after every line (a web page or a PDF converted to text with its blocks apart): read
// with those blanks taken out, then every line number and offset put back where it stands in the text as given.
// A run of blank lines there is one fewer here, so a paragraph break stays a break.
import { isBlankSpan } from './lines';
import { TextMapBuilder, type TextMap } from './textmap';

/** The text without its doubled line spacing, or null when its lines are not doubled. */
export function undouble(text: string): TextMap | null {
  // (its opening first: most texts show at once that their lines are not doubled)
  if (!doubled(text.length > 4000 ? text.slice(0, 4000) : text, 4)) return null;
  if (text.length > 4000 && !doubled(text, 4)) return null;
  const out = new TextMapBuilder(text);
  let lineStart = 0;
  let blanks = 0;
  for (let p = 0; p <= text.length; p++) {
    if (p < text.length && text.charCodeAt(p) !== 0x0a) continue;
    // the first blank after a line is the doubling; the rest of the run is kept (each line with its line break)
    const blank = isBlankSpan(text, lineStart, p);
    if (!blank || blanks > 0) out.add(lineStart, Math.min(p + 1, text.length));
    blanks = blank ? blanks + 1 : 0;
    lineStart = p + 1;
  }
  return out.done();
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
