// Each extracted record of a labelled set beside its hand label: matched as ../shared/gold/score.mjs matches (file, line,
// yen), and exactly right as it counts (previous, supplementary, year, stage and every flag). What the confidence's bands
// are measured by (calibration.ts, the gold-score test).
import fs from 'node:fs';
import path from 'node:path';
import type { Extracted } from '../shared/extract';

interface Gold { line: number; yen: number; role: string; of: number | null; fy: number | null; stage: string; flags?: string[] }
export interface Judged { record: Extracted; matched: boolean; right: boolean }
const flagKey = (f: readonly string[] = []): string => [...f].sort().join(',');

/** Every record `read` makes of each document of `docsDir` that `goldDir` labels, judged against its label. */
export function judged(docsDir: string, goldDir: string, read: (text: string) => Extracted[]): Judged[] {
  const out: Judged[] = [];
  for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith('.jsonl')).sort()) {
    const src = path.join(docsDir, f.replace(/\.jsonl$/, '.txt'));
    if (!fs.existsSync(src)) continue;
    const gold: Gold[] = fs.readFileSync(path.join(goldDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const used = new Set<number>();
    for (const r of read(fs.readFileSync(src, 'utf8'))) {
      const i = gold.findIndex((g, k) => !used.has(k) && g.role === 'primary' && g.line === r.line && g.yen === r.yen);
      if (i < 0) { out.push({ record: r, matched: false, right: false }); continue; }
      used.add(i);
      const g = gold[i];
      const prev = gold.find((x) => x.role === 'previous' && x.of === i)?.yen ?? null;
      const supp = gold.find((x) => x.role === 'supplementary' && x.of === i)?.yen ?? null;
      const right = (r.previous?.yen ?? null) === prev && (r.supplementary?.yen ?? null) === supp && (r.fy ?? null) === (g.fy ?? null) && r.stage === g.stage && flagKey(r.flags) === flagKey(g.flags);
      out.push({ record: r, matched: true, right });
    }
  }
  return out;
}

/** Records under 0.8 and at or above it: how many, how many exactly right, how many no gold figure at all. */
export function bandsOf(rows: Judged[], conf: (j: Judged) => number = (j) => j.record.confidence): { low: { n: number; right: number; extra: number }; high: { n: number; right: number; extra: number } } {
  const b = { low: { n: 0, right: 0, extra: 0 }, high: { n: 0, right: 0, extra: 0 } };
  for (const j of rows) {
    const band = conf(j) < 0.8 ? b.low : b.high;
    band.n++;
    if (j.right) band.right++;
    if (!j.matched) band.extra++;
  }
  return b;
}
