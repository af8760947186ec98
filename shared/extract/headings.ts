// Headings: lines without figures that open a block (its name names the figures under it) or, when numbered,
// a section. Candidates are decided lazily, when the next figure comes: most are overridden before any.
import { cleanItem } from './items';
import type { LineFacts } from './line-facts';
import { firstNonSpace, type Line } from './lines';
import { CONNECTIVE_END, polishItem } from './naming';

/** A numbered heading opens a section: "1.", "(2)", "③", "第3", "IV.". */
export const NUMBERED = /^[\s\u3000]*(?:\(?[0-9０-９]{1,2}[).．]|（[0-9０-９]）|[①-⑳]|第[0-9０-９一二三四五六七八九十]+|[IVXⅠ-Ⅻ]+[.．]|[Ⅰ-Ⅻ](?=[\s\u3000]))/u;
/** Can a match of NUMBERED open with character c? ( （ digits ①-⑳ 第 I V X Ⅰ-Ⅻ */
function numberedStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x28 || c === 0xff08 || (c >= 0x2460 && c <= 0x2473) ||
    c === 0x7b2c || c === 0x49 || c === 0x56 || c === 0x58 || (c >= 0x2160 && c <= 0x216b);
}
/** A number and a space before words, "3 予算現計" (not "3 億円"): a numbered heading too. */
export const NUMBERED_HEAD = /^[\s\u3000]*[0-9０-９]{1,2}[\s\u3000]+[^\s\u30000-9０-９億万千百円]/u;
/** A line opened by a heading number of either form. */
export const startsNumbered = (s: string): boolean => NUMBERED.test(s) || NUMBERED_HEAD.test(s);

/** Internals exposed for the equivalence tests of the fast paths (not part of the API). */
export const headingInternals = { numberedStart };

export class Headings {
  /** The name of the heading over the current block (null before the first). */
  name: string | null = null;
  /** The line of that heading (-1 before the first). */
  line = -1;
  private sectionPath: string[] = [];
  private heads: number[] = [];
  /** 1 at the candidate lines (by line). */
  private readonly headCand: Uint8Array;

  constructor(private readonly lines: readonly Line[], private readonly facts: LineFacts) {
    this.headCand = new Uint8Array(lines.length);
  }

  /** Line i, without figures and short, may be a heading. */
  candidate(i: number): void {
    this.heads.push(i);
    this.headCand[i] = 1;
  }

  /** The name of heading line k: its own text, joined to the heading line just above when that ends in a connective. */
  private nameOf(k: number, batchFrom: number): string {
    // the chain of headings on adjacent lines that ends at k, oldest first (iterative: chains may be long)
    const chain = [k];
    const owns: string[] = [];
    let above: string | null = null;
    for (let cur = k; ;) {
      // (a link whose own name ends in no connective, however long the name above it, starts the name anew: the
      // lines above it are not read. Every connective is at most 4 characters, so 4 of the link's own decide.)
      if (cur !== k) {
        const own = this.ownName(cur);
        owns.push(own);
        if (own.length >= 4 && !CONNECTIVE_END.test(own)) break;
      }
      const p = this.facts.prevNonEmpty(cur);
      if (p < 0 || p < cur - 2) break;
      if (p >= batchFrom) {
        if (this.headCand[p] === 1 && this.facts.heading(p)) { chain.push(p); cur = p; continue; }
      } else if (this.line === p) above = this.name;
      break;
    }
    let name = '';
    for (let n = chain.length - 1; n >= 0; n--) {
      const own = n > 0 ? owns[n - 1] : this.ownName(k);
      // (a heading broken over lines is short: longer runs are no single heading, and joining them would be quadratic)
      name = above !== null && above.length <= 120 && CONNECTIVE_END.test(above) ? `${above}${own}` : own;
      above = name;
    }
    return name;
  }

  /** The name heading line k gives of its own. */
  private ownName(k: number): string {
    return polishItem(cleanItem(this.lines[k].text, true));
  }

  /**
   * Apply the deferred heading candidates, in effect as if each had opened a block in order: only the last
   * heading (its name) and the last numbered heading (the section path) leave a trace. Returns the line of the
   * heading that opens a block, or -1.
   */
  flush(): number {
    const hs = this.heads;
    if (!hs.length) return -1;
    const from = hs[0];
    let last = -1;
    for (let n = hs.length - 1; n >= 0; n--) if (this.facts.heading(hs[n])) { last = hs[n]; break; }
    if (last >= 0) {
      let numbered = -1;
      for (let n = hs.length - 1; n >= 0 && hs[n] >= 0; n--) {
        const k = hs[n];
        if (k <= last && numberedStart(firstNonSpace(this.lines[k].text)) && NUMBERED.test(this.lines[k].text) && this.facts.heading(k)) { numbered = k; break; }
      }
      const name = this.nameOf(last, from);
      if (numbered >= 0) this.sectionPath = [numbered === last ? name : this.nameOf(numbered, from)];
      this.name = name;
      this.line = last;
    }
    this.heads = [];
    return last;
  }

  /** The headings above the current line, outermost first. */
  section(): string[] {
    const out = [...this.sectionPath];
    if (this.name && out[out.length - 1] !== this.name) out.push(this.name);
    return out;
  }
}
