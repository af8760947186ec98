// What a PDF's pages leave in its text (a page number alone on its line, `- 12 -` or `P.12`; the form feed a
// converter puts between pages; a running header or footer repeated beside most page breaks, a form feed's or a
// page number's): read without them, so a table or a paragraph a page break cut runs on as one. The blank lines
// around such a line go with it. Every record's line and offsets are then put back in the text as given (textmap.ts).
import { firstNonSpace, isBlankSpan, isSpaceCode, lineEnds } from './lines';
import { TextMapBuilder, type TextMap } from './textmap';

// A page number alone: `- 12 -`, `－１２－`, `— 3 —`, `P.12`, `12頁` (not `3/4`: a table's rate cell looks so).
// (between dashes of any length a book has: no figure is written so, and `- 10000 -` under a 千円 unit is no −10,000,000 yen)
const PAGE_NUMBER_BODY = '(?:[-－―—‐ー–][ \\u3000]?[0-9０-９]{1,6}[ \\u3000]?[-－―—‐ー–]|[PpＰｐ][.．]?[ \\u3000]?[0-9０-９]{1,4}|[0-9０-９]{1,4}[ \\u3000]?頁)';
const PAGE_NUMBER = new RegExp(`^[\\s\\u3000]*${PAGE_NUMBER_BODY}[\\s\\u3000]*$`, 'u');
// (the same, for a line of a whole text)
const PAGE_NUMBER_LINE = new RegExp(`^[ \\t\\r\\f\\u3000]*${PAGE_NUMBER_BODY}[ \\t\\r\\f\\u3000]*$`, 'mu');
const PAGE_NUMBER_ALONE = new RegExp(`^${PAGE_NUMBER_BODY}$`, 'u');
// A running footer: the document's title, then its page number between dashes, set far right or after a space ("架空市 令和8年度当初予算（案）　　　- 2 -");
// the title holds no amount (no 円 億 兆, no number grouped by commas); no wide space inside the dashes (a row's
// placeholders around its figure, "うち重点要求　―　312　―")
const PAGE_FOOTER = /^[ \t\r\f\u3000]*(?=\S)[^円億兆\n]{2,60}?[ \u3000]+[-－―—‐ー–] ?[0-9０-９]{1,6} ?[-－―—‐ー–][ \t\r\f\u3000]*$/u;
const GROUPED = /[0-9０-９][,，][0-9０-９]{3}/u;
const DASHES = new Set([...'-－―—‐ー–'].map((c) => c.charCodeAt(0)));
/**
 * Where the page number of a running footer on line `l` starts, with the spaces before it (-1: no footer): between dashes
 * set far right, or with `oneSpace` one space after the title too; with `farRight`, a number with no dashes set far right
 * (a line already found to be a footer by its title).
 */
function footerAt(text: string, l: Span, oneSpace = false, farRight = false): number {
  // (only a line ending in a dash, or in a digit where a number with no dashes is asked for, is sliced and tried)
  let e = l.end;
  while (e > l.start && isPad(text.charCodeAt(e - 1))) e--;
  const last = e > l.start ? text.charCodeAt(e - 1) : -1;
  const digit = (last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19);
  if (!DASHES.has(last) && !(farRight && digit)) return -1;
  const t = text.slice(l.start, l.end);
  // (a title with its number far right and no dashes, found as a footer by its title: the number goes)
  if (digit) return FAR_RIGHT_NUMBER.exec(t)?.index ?? -1;
  if (PAGE_NUMBER_FIRST.has(firstNonSpace(t)) || !pageFooter(t, oneSpace)) return -1;
  return FOOTER_NUMBER.exec(t)!.index;
}
// a number set far right after words: three spaces or a wide one before it
const FAR_RIGHT_NUMBER = /(?<=\S)(?:[ ]{3,}|[ ]*\u3000[ \u3000]*)[0-9０-９]{1,3}[ \t\r\u3000]*$/u;
/** The first word of a line (up to a space), three characters or more, or ''. */
function firstWordOf(t: string): string {
  const w = t.trim().split(/[\s\u3000]+/u)[0] ?? '';
  return w.length >= 3 && WORDS.test(w) ? w : '';
}
/** Does some line hold a number of one to three digits alone, or the first line end in one set far right? */
function mayHoldBareNumber(text: string, lines: Span[]): boolean {
  if (lines.length && FAR_RIGHT_NUMBER.test(text.slice(lines[0].start, lines[0].end))) return true;
  for (const l of lines) if (l.end - l.start <= 8 && BARE_PAGE_NUMBER.test(text.slice(l.start, l.end))) return true;
  return false;
}
const FOOTER_NUMBER = /[ \u3000]+[-－―—‐ー–] ?[0-9０-９]{1,6} ?[-－―—‐ー–][ \t\r\f\u3000]*$/u;
/**
 * PAGE_FOOTER.test(t) and no grouped number, tried only on a line ending in a dash; the number set far right (two
 * spaces or a wide one before it), or with `oneSpace` one space after the title.
 */
function pageFooter(t: string, oneSpace = false): boolean {
  let j = t.length - 1;
  while (j >= 0 && isPad(t.charCodeAt(j))) j--;
  if (j <= 8 || !DASHES.has(t.charCodeAt(j)) || !PAGE_FOOTER.test(t) || GROUPED.test(t)) return false;
  const gap = FOOTER_NUMBER.exec(t)![0];
  return oneSpace || gap.startsWith('  ') || gap.startsWith('\u3000') || gap.startsWith(' \u3000');
}
// a bare number alone on its line (a slide's page number, by where it stands)
const BARE_PAGE_NUMBER = /^[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000]*$/u;
// Words of a running header: three letters in a row
const WORDS = /[\p{L}]{3}/u;
// The first characters of such a line (a quick test before the pattern)
const PAGE_NUMBER_FIRST = new Set([...'-－―—‐ー–0123456789０１２３４５６７８９PpＰｐ'].map((c) => c.charCodeAt(0)));

/** The text without its page furniture, or null when it has none. */
export function unpage(text: string): TextMap | null {
  const anyFeed = text.includes('\f');
  if (!anyFeed && !mayHoldPageNumber(text)) return null;
  const lines = splitAt(text);
  const drop = new Uint8Array(lines.length);
  // (a running footer's page number goes; on the document's first line its words stay, the title; further down
  // they are furniture too)
  let first = 0;
  while (first < lines.length && isBlank(text, lines[first])) first++;
  let titleFooter = false;
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    if (isPageNumber(text, lines[i])) { drop[i] = 1; any = true; if (i === first && footerAt(text, lines[i]) >= 0) titleFooter = true; }
    // a form feed alone on its line: the break between two pages, no line of either
    else if (anyFeed && hasFeed(text, lines[i]) && isBlank(text, lines[i])) { drop[i] = 3; any = true; }
  }
  // (a footer whose number stands one space after its title, "架空機構 概算要求資料 - 1 -", where the same title closes
  // another page: alone, "補正予算 － 200 －" is a row of a table set apart by single spaces)
  const single = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    if (drop[i]) continue;
    const at = footerAt(text, lines[i], true);
    if (at < 0) continue;
    const key = text.slice(lines[i].start, lines[i].start + at).trim();
    const all = single.get(key) ?? [];
    all.push(i);
    single.set(key, all);
  }
  for (const all of single.values()) if (all.length >= 2) for (const i of all) { drop[i] = 1; titleFooter ||= i === first; any = true; }
  // (pages whose furniture repeats the document's first lines: a number alone right over the running header that opens the
  // next page, "48" / "第3章　…"; a title with its number set far right and no dashes, "広報架空　2025.10　　　　7", where the
  // title's first word is the document's first line's and closes two pages)
  if (!anyFeed && mayHoldBareNumber(text, lines)) {
    const head = new Set<string>();
    let headEnd = -1;
    for (let i = 0, n = 0; i < lines.length && n < 5; i++) {
      const t = text.slice(lines[i].start, lines[i].end).trim();
      headEnd = i;
      if (!t) continue;
      n++;
      if (t.length >= 4 && WORDS.test(t)) head.add(t);
    }
    const titleWord = firstWordOf(text.slice(lines[0]?.start ?? 0, lines[0]?.end ?? 0));
    const farRight: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      // (only short lines, and lines opening with the title's word, are sliced and tried)
      if (drop[i] || (lines[i].end - lines[i].start > 8 && !(titleWord && text.startsWith(titleWord, lines[i].start)))) continue;
      const t = text.slice(lines[i].start, lines[i].end);
      if (BARE_PAGE_NUMBER.test(t)) {
        let k = i + 1;
        while (k < lines.length && isBlank(text, lines[k])) k++;
        if (k < lines.length && k > headEnd && head.has(text.slice(lines[k].start, lines[k].end).trim())) { drop[i] = 1; any = true; }
      } else if (titleWord && FAR_RIGHT_NUMBER.test(t) && firstWordOf(t) === titleWord && !GROUPED.test(t) && !/[円億兆]/u.test(t)) farRight.push(i);
    }
    if (farRight.length >= 2) for (const i of farRight) { drop[i] = 1; titleFooter ||= i === first; any = true; }
  }
  // ("…" / "1" / "\f…", "…" / "2" / "\f…": a bare number closing each page, counting up, is the page's number)
  if (anyFeed) {
    const closing: { i: number; n: number }[] = [];
    const near = neighbours(text, lines, drop);
    for (let i = 1; i < lines.length; i++) {
      if (!hasFeed(text, lines[i])) continue;
      const j = near.before[i];
      const m = j >= 0 && !hasFeed(text, lines[j]) ? BARE_PAGE_NUMBER.exec(text.slice(lines[j].start, lines[j].end)) : null;
      if (m) closing.push({ i: j, n: Number(m[1].replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10))) });
    }
    if (closing.length >= 2 && closing.every((c, k) => k === 0 || c.n > closing[k - 1].n)) for (const c of closing) { drop[c.i] = 1; any = true; }
  }
  // a line that stands next to a page break (a form feed or a page number) at most page breaks (its digits aside) runs
  // along every page
  const sides = new Map<string, number[]>();
  let feeds = 0;
  let numbers = 0;
  const near = anyFeed || any ? neighbours(text, lines, drop) : null;
  for (let i = 0; near && i < lines.length; i++) {
    const feed = anyFeed && hasFeed(text, lines[i]);
    if (!feed && drop[i] !== 1) continue;
    if (feed) feeds++;
    else numbers++;
    for (const j of [near.before[i], near.after[i], !feed || isBlank(text, lines[i]) ? -1 : i]) {
      if (j < 0) continue;
      const key = text.slice(lines[j].start, lines[j].end).replace(/[\f\s\u3000]/gu, '').replace(/[0-9０-９]+/gu, '#');
      // (a header names the document or its part in words: a short cell such as 合計, or figures, beside page
      // breaks is none)
      if (key.length < 4 || key.length > 40 || !WORDS.test(key)) continue;
      const at = sides.get(key) ?? [];
      if (!at.includes(j)) at.push(j);
      sides.set(key, at);
    }
  }
  // (at most pages: a label a slide repeats may stand beside a page break or two by chance; a page break shows a form
  // feed, a page number or both)
  const breaks = Math.max(feeds, numbers);
  for (const at of sides.values()) {
    if (at.length < Math.max(2, breaks * 0.5)) continue;
    for (const j of at) drop[j] = 1;
    any = true;
  }
  const footer = titleFooter ? first : -1;
  if (!any && !anyFeed) return null;
  // the blank lines on either side of a page's furniture go with it, but for one where there were blanks on both
  // sides and either the text around keeps its lines apart by blank lines (cells one per line with a blank between
  // each) or one side has more of them than the other (a blank of the text's own beside the furniture's)
  for (let i = 0; i < lines.length; i++) {
    if (drop[i] !== 1 || i === footer) continue;
    let before = i - 1;
    while (before >= 0 && drop[before] !== 1 && isBlank(text, lines[before])) before--;
    let after = i + 1;
    let last = i; // the furniture's last line
    while (after < lines.length && (drop[after] === 1 || drop[after] === 3 || isBlank(text, lines[after]))) {
      if (drop[after] === 1 || drop[after] === 3) last = after;
      after++;
    }
    for (let k = before + 1; k < after; k++) if (!drop[k]) drop[k] = 2;
    const blanksBefore = i - 1 - before;
    const blanksAfter = after - 1 - last;
    if (blanksBefore > 0 && blanksAfter > 0 && (blanksBefore !== blanksAfter || spaced(text, lines, before, after))) {
      for (let k = before + 1; k < after; k++) if (drop[k] === 2) { drop[k] = 0; break; }
    }
    i = after - 1;
  }
  const out = new TextMapBuilder(text);
  for (let i = 0; i < lines.length; i++) {
    if (i === footer) {
      const { start, end } = lines[i];
      out.add(start, start + footerAt(text, lines[i], true, true));
      out.add(end, Math.min(end + 1, text.length));
      continue;
    }
    if (drop[i]) continue;
    const { start, end } = lines[i];
    // (each line with its break; a form feed in a line kept is left out of it)
    const to = Math.min(end + 1, text.length);
    let from = start;
    if (feeds > 0) {
      for (let p = from; p < to; p++) {
        if (text.charCodeAt(p) !== 0x0c) continue;
        out.add(from, p);
        from = p + 1;
      }
    }
    out.add(from, to);
  }
  return out.done();
}

interface Span { start: number; end: number }

/** Do blank lines stand between the lines on a side of a page break (two of the six lines up to `i`, or from `j`)? */
function spaced(text: string, lines: Span[], i: number, j: number): boolean {
  let before = 0;
  let after = 0;
  for (let k = i; k > i - 6 && k >= 0; k--) if (isBlank(text, lines[k])) before++;
  for (let k = j; k < j + 6 && k < lines.length; k++) if (isBlank(text, lines[k])) after++;
  return before >= 2 || after >= 2;
}

function splitAt(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const brk = text.indexOf('\n', start);
    if (brk < 0) { lines.push({ start, end: text.length }); return lines; }
    lines.push({ start, end: brk });
    start = brk + 1;
  }
}

/**
 * Does some line hold a page number alone (PAGE_NUMBER_LINE somewhere)? Only each line's ends are looked at, not its every
 * character: a page number is two to eight characters between the line's pads.
 */
function mayHoldPageNumber(text: string): boolean {
  // (a line break other than \n amid a line's text makes lines of its own that the pattern reads: the pattern then)
  if (text.includes('\u2028') || text.includes('\u2029') || midLineReturn(text)) return PAGE_NUMBER_LINE.test(text);
  const ends = lineEnds(text);
  let s = 0;
  for (let k = 0; k < ends.length; k++) {
    let a = s;
    let b = ends[k];
    s = b + 1;
    while (a < b && isPad(text.charCodeAt(a))) a++;
    while (b > a && isPad(text.charCodeAt(b - 1))) b--;
    if (b - a >= 2 && b - a <= 10 && PAGE_NUMBER_ALONE.test(text.slice(a, b))) return true;
    // (a number alone right over a line repeating one of the first lines, or the first line's number set far right: read by
    // the rules of furniture repeating the first lines)
    if (b - a >= 1 && b - a <= 3 && BARE_PAGE_NUMBER.test(text.slice(a, b)) && overHeadLine(text, ends, k)) return true;
    if (k === 0 && FAR_RIGHT_NUMBER.test(text.slice(a, b))) return true;
    if (b - a > 10 && b - a <= 90 && DASHES.has(text.charCodeAt(b - 1)) && pageFooter(text.slice(a, b), true)) return true;
  }
  return false;
}

/** Does the next line with words after line `k` (of those ending at `ends`) repeat one of the text's first five? */
function overHeadLine(text: string, ends: ArrayLike<number>, k: number): boolean {
  const lineAt = (n: number): string => text.slice(n > 0 ? ends[n - 1] + 1 : 0, ends[n]).trim();
  let n = k + 1;
  while (n < ends.length && n <= k + 3 && !lineAt(n)) n++;
  if (n >= ends.length || n > k + 3) return false;
  const next = lineAt(n);
  if (next.length < 4) return false;
  for (let h = 0, seen = 0; h < ends.length && h < k && seen < 5; h++) {
    const t = lineAt(h);
    if (!t) continue;
    seen++;
    if (t === next) return true;
  }
  return false;
}

/** The spaces PAGE_NUMBER_LINE allows around a page number. */
const isPad = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x3000;

/** Is some \r inside a line's text (a character other than the pads on either side of it, within its line)? */
function midLineReturn(text: string): boolean {
  for (let r = text.indexOf('\r'); r >= 0; r = text.indexOf('\r', r + 1)) {
    let q = r + 1;
    while (q < text.length && isPad(text.charCodeAt(q))) q++;
    if (q >= text.length || text.charCodeAt(q) === 0x0a) continue;
    let p = r - 1;
    while (p >= 0 && isPad(text.charCodeAt(p))) p--;
    if (p >= 0 && text.charCodeAt(p) !== 0x0a) return true;
  }
  return false;
}

function isPageNumber(text: string, l: Span): boolean {
  let k = l.start;
  while (k < l.end && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= l.end) return false;
  const t = text.slice(l.start, l.end).replace(/\f/g, '');
  return PAGE_NUMBER_FIRST.has(text.charCodeAt(k)) ? PAGE_NUMBER.test(t) : l.end - l.start <= 100 && pageFooter(t);
}

function isBlank(text: string, l: Span): boolean {
  return isBlankSpan(text, l.start, l.end);
}

function hasFeed(text: string, l: Span): boolean {
  for (let k = l.start; k < l.end; k++) if (text.charCodeAt(k) === 0x0c) return true;
  return false;
}

/**
 * For each line, the nearest line before it and after it that is neither dropped nor blank (-1: none), found in two
 * passes (walked from each line, a run of page numbers with nothing between was read again for each of them).
 */
function neighbours(text: string, lines: Span[], drop: Uint8Array): { before: Int32Array; after: Int32Array } {
  const n = lines.length;
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  const kept = (k: number): boolean => !drop[k] && !isBlank(text, lines[k]);
  for (let k = 0, last = -1; k < n; k++) { before[k] = last; if (kept(k)) last = k; }
  for (let k = n - 1, next = -1; k >= 0; k--) { after[k] = next; if (kept(k)) next = k; }
  return { before, after };
}
