// Words a PDF spread out one character at a time to fill their box (`歳 入 合 計`, `本　年　度`, a heading `予 算 現 額　　
// 収 入 済 額`): read joined, so every later stage reads `歳入合計`, `本年度`. A line that holds nothing but such
// characters is one word (`比 較`, `そ の 他`); among other words, a run of three characters or more one space apart
// with no letter beside it is one (`【地 方 交 付 税】`). Numbers are never joined (`1 2 3` is three cells). Every record's
// line and offsets are then put back in the text as given (textmap.ts).
import { isSpaceCode, lineEnds } from './lines';
import { TextMapBuilder, type TextMap } from './textmap';

// (Japanese letters: kanji, kana, the prolonged sound mark and the iteration mark, not the middle dot; ranges, not
// script properties: a text is read with them in one quick pass)
const C = '[\\u3005\\u3040-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
const D = '[0-9０-９]';
// A whole line of single letters apart by spaces (up to 24 letters: a title or a cell, not a sentence), as even gaps
const SPREAD_LINE = new RegExp(`^[ \\t\\u3000]*${C}(?:[ \\u3000]+${C}){1,23}[ \\t\\u3000\\r]*$`, 'u');
// A run of three letters or more, one space apart, with no letter next to it (brackets and gaps may be)
// (single digits between its letters belong to it: `令 和 ９ 年 度`; a run opens and closes with a letter)
const SPREAD_RUN = new RegExp(`(?<!${C}[ \\u3000]?)${C}(?:(?:[ \\u3000]${D}(?![0-9０-９,，.．]))*[ \\u3000]${C}){2,}(?![ \\u3000]?${C})`, 'gu');
// (three letters one space apart, single digits between them: where a run may stand)
const ANY_RUN = `${C}(?:[ \\u3000]${D})*[ \\u3000]${C}(?:[ \\u3000]${D})*[ \\u3000]${C}`;
const LETTER = new RegExp(C, 'u');
// The two letters of a table's column word spread over its box by a wider gap (`比　　較`, `金　　額`, `摘　　要`), no
// letter beside them: too short for a run, too common in budget books' headers to leave as two cells
// (and a 款 of a tax or a bond, `村　　　税`, `市　　　債`)
const PAIRS = ['比較', '金額', '区分', '摘要', '備考', '合計', '総額', '科目', '説明', '事項', '差引', '増減', '年度', '名称', '[市町村県都道府区][税債]'];
const PAIR_BODY = PAIRS.map((w) => w.startsWith('[') ? w.replace('][', '][ \\u3000]{1,10}[') : `${w[0]}[ \\u3000]{1,10}${w[1]}`).join('|');
const SPREAD_PAIR = new RegExp(`(?<!${C}[ \\u3000]?)(?:${PAIR_BODY})(?![ \\u3000]?${C})`, 'gu');
// (where the next pair may stand, a first letter, a gap, a second letter)
const letterClass = (k: 0 | 1): string => [...new Set(PAIRS.map((w) => (w.startsWith('[') ? w.slice(1, -1).split('][')[k] : w[k])))].join('');
const ANY_PAIR = `[${letterClass(0)}][ \\u3000]{1,10}[${letterClass(1)}]|${C}  ${C}  ${C}`;
// (where the next run or pair may stand, found by one search along the text: a line before it holds neither, a line
// holding it is read for both)
const ANY_SPREAD_G = new RegExp(`${ANY_RUN}|${ANY_PAIR}`, 'gu');
// A run of three letters or more two spaces apart, as pdftotext lays a heading over a wide column (`予  算  額`), no letter
// within two spaces of it; not the one-letter columns of a budget book's 款 項 目 節
const SPREAD_RUN2 = new RegExp(`(?<!${C}[ \\u3000]{0,2})${C}(?:  ${C}){2,}(?![ \\u3000]{0,2}${C})`, 'gu');
const LEVEL_LETTERS = /^[款項目節 \u3000]+$/u;
// A pair or run spread by ideographic spaces among cells set apart by plain ones (`区　分 令和６年度 令和５年度 増　減`):
// the plain space beside it is a cell's edge, not a gap within it
const IDEO_PAIR_BODY = PAIRS.map((w) => w.startsWith('[') ? w.replace('][', ']\\u3000{1,10}[') : `${w[0]}\\u3000{1,10}${w[1]}`).join('|');
const SPREAD_IDEO = new RegExp(`(?<!${C}\\u3000?)(?:${IDEO_PAIR_BODY}|${C}(?:\\u3000${C}){2,})(?!\\u3000?${C})`, 'gu');

/** The text with its spread-out words joined, or null when it holds none. */
export function unspread(text: string): TextMap | null {
  // (where the next run or pair may stand: lines before it are not searched for either)
  const spreadFrom = (at: number): number => {
    ANY_SPREAD_G.lastIndex = at;
    const m = ANY_SPREAD_G.exec(text);
    return m ? m.index : text.length;
  };
  let next = spreadFrom(0);
  // the words spread out, as [start, end) spans in text order
  const runs: number[] = [];
  const breaks = lineEnds(text);
  let lineStart = 0;
  for (let i = 0; ; i++) {
    const brk = breaks[i];
    // (a whole line spread out has a space right after its first letter: only such lines are matched)
    let first = lineStart;
    while (first < brk && isSpaceCode(text.charCodeAt(first))) first++;
    const spreadLine = first + 2 < brk && isSpaceCode(text.charCodeAt(first + 1)) && LETTER.test(text[first]) && SPREAD_LINE.test(text.slice(lineStart, brk));
    let last = brk;
    if (spreadLine) while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--;
    // (letters spread evenly: cells of a header apart by gaps of their own widths are no word)
    const whole = spreadLine && evenlySpread(text, first, last);
    if (whole) {
      runs.push(first, last);
    } else if (next < brk) {
      if (next < lineStart) next = spreadFrom(lineStart);
      if (next < brk) {
        const line = text.slice(lineStart, brk);
        // (gaps of both kinds are cells apart by plain spaces, each spread by ideographic ones: addPairs reads those)
        for (const m of line.matchAll(SPREAD_RUN)) if (!(m[0].includes(' ') && m[0].includes('\u3000'))) runs.push(lineStart + m.index!, lineStart + m.index! + m[0].length);
      }
    }
    if (next < lineStart) next = spreadFrom(lineStart);
    if (next < brk && !whole) addPairs(text.slice(lineStart, brk), lineStart, runs);
    if (brk >= text.length) break;
    lineStart = brk + 1;
  }
  if (!runs.length) return null;
  // each run's letters joined, its spaces moved on to the next gap (or the line's end): every line keeps its
  // length, so a table aligned with spaces keeps its columns where they were, and no space comes between a word and
  // the bracket or comma after it
  const out = new TextMapBuilder(text);
  let pending: number[] = [];
  // (copy [from, to), the spaces waiting put in before its first space or line break)
  const copy = (from: number, to: number): void => {
    if (pending.length) {
      let q = from;
      while (q < to && !isSpaceCode(text.charCodeAt(q))) q++;
      if (q < to || to === text.length) {
        out.add(from, q);
        for (const p of pending) out.add(p, p + 1);
        pending = [];
        from = q;
      }
    }
    out.add(from, to);
  };
  let from = 0;
  for (let k = 0; k < runs.length; k += 2) {
    copy(from, runs[k]);
    for (let p = runs[k]; p < runs[k + 1]; p++) {
      if (isSpaceCode(text.charCodeAt(p))) pending.push(p);
      else out.add(p, p + 1);
    }
    from = runs[k + 1];
  }
  copy(from, text.length);
  return out.done();
}

/** The line's spread pairs and runs two spaces apart outside its other runs, put among them in order. */
function addPairs(line: string, at: number, runs: number[]): void {
  let lineRuns = runs.length;
  while (lineRuns > 0 && runs[lineRuns - 2] >= at) lineRuns -= 2;
  const wide = [...line.matchAll(SPREAD_PAIR), ...[...line.matchAll(SPREAD_RUN2), ...line.matchAll(SPREAD_IDEO)].filter((m) => !LEVEL_LETTERS.test(m[0]))];
  for (const m of wide) {
    const [s, e] = [at + m.index!, at + m.index! + m[0].length];
    let k = lineRuns;
    while (k < runs.length && runs[k + 1] <= s) k += 2;
    if (k < runs.length && runs[k] < e) continue;
    runs.splice(k, 0, s, e);
  }
}

/** Are the letters from `first` to `last` apart by one same run of spaces each? */
function evenlySpread(text: string, first: number, last: number): boolean {
  const gap = text.slice(first + 1, first + 2 + spacesFrom(text, first + 2, last));
  for (let p = first + 1; p < last; p += gap.length + 1) if (text.slice(p, p + gap.length) !== gap || isSpaceCode(text.charCodeAt(p + gap.length))) return false;
  return true;
}

function spacesFrom(text: string, p: number, last: number): number {
  let n = 0;
  while (p + n < last && isSpaceCode(text.charCodeAt(p + n))) n++;
  return n;
}

