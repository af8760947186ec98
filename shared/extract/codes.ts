// Sets of characters tested by code unit.

/** A set of UTF-16 code units, held as a bitmap (a lookup by index, where a Set<number> hashes every key). */
export class CodeSet {
  private readonly bits = new Uint32Array(0x800);
  constructor(units: Iterable<number>) { for (const c of units) this.bits[c >>> 5] |= 1 << (c & 31); }
  /** Is code unit c in the set? (false for -1 and NaN, as the code of no character) */
  has(c: number): boolean {
    return c >= 0 && c <= 0xffff && (this.bits[c >>> 5] & (1 << (c & 31))) !== 0;
  }
}

/** The UTF-16 code units of `chars`, to test with charCodeAt (s[i] of a non-Latin string makes a string each time). */
export const codes = (chars: string): CodeSet => new CodeSet([...chars].map((c) => c.charCodeAt(0)));
