// Looking up extracted records in tests.
import { expect } from 'vitest';
import type { Extracted } from '../../shared/extract';

/** The record whose text is `text` (the n-th of them); fails naming the texts there are. */
export function recByText(rs: Extracted[], text: string, nth = 0): Extracted {
  const found = rs.filter((x) => x.text === text);
  if (!found[nth]) throw new Error(`no record "${text}" in ${JSON.stringify(rs.map((x) => x.text))}`);
  return found[nth];
}

/** Every record and attached figure points at its exact span of the source. */
export function spansOk(src: string, rs: Extracted[]): void {
  for (const r of rs) {
    expect(src.slice(r.start, r.end)).toBe(r.text);
    for (const f of [r.previous, r.supplementary, r.change]) if (f) expect(src.slice(f.start, f.end)).toBe(f.text);
  }
}
