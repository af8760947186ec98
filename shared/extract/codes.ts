// Sets of characters tested by code unit.

/** The UTF-16 code units of `chars`, to test with charCodeAt (s[i] of a non-Latin string makes a string each time). */
export const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
