// Matches the records a PDF gives with those its text gives: by yen and item (whitespace
// aside), each record of one side used once.
import type { Extracted } from '../../shared/extract/types';

const key = (r: Pick<Extracted, 'yen' | 'item'>) => `${r.yen}|${(r.item ?? '').replace(/\s+/g, '')}`;

export function matchRecords(fromText: Extracted[], fromPdf: Extracted[]): { matched: number; missing: Extracted[] } {
  const pool = new Map<string, number>();
  for (const r of fromPdf) pool.set(key(r), (pool.get(key(r)) ?? 0) + 1);
  const missing: Extracted[] = [];
  let matched = 0;
  for (const r of fromText) {
    const n = pool.get(key(r)) ?? 0;
    if (n > 0) {
      pool.set(key(r), n - 1);
      matched++;
    } else missing.push(r);
  }
  return { matched, missing };
}
