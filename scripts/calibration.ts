// Confidence calibration of the extractor against hand labels: how often records under 0.8 are exactly
// right (every scored field: previous, supplementary, fy, stage, key flags) against records at or above it.
//   npx tsx scripts/calibration.ts DOCS_DIR GOLD_DIR        e.g. ../shared/real/docs ../shared/real/gold
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../shared/extract';

const [docsDir, goldDir] = process.argv.slice(2);
if (!docsDir || !goldDir) { console.error('usage: calibration.ts DOCS_DIR GOLD_DIR'); process.exit(2); }
const KEY = ['new', 'portion', 'approximate', 'fund', 'restated'];
const keyFlags = (f: string[] = []) => KEY.filter((k) => f.includes(k)).sort().join(',');

interface Gold { line: number; yen: number; role: string; of: number | null; fy: number | null; stage: string; flags?: string[] }
const bands = { low: { n: 0, right: 0, extra: 0 }, high: { n: 0, right: 0, extra: 0 } };
for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith('.jsonl'))) {
  const doc = f.replace(/\.jsonl$/, '.txt');
  const src = path.join(docsDir, doc);
  if (!fs.existsSync(src)) continue;
  const gold: Gold[] = fs.readFileSync(path.join(goldDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const prims = gold.map((g, i) => ({ g, i })).filter((x) => x.g.role === 'primary');
  const used = new Set<number>();
  for (const r of extract(fs.readFileSync(src, 'utf8'))) {
    const band = r.confidence < 0.8 ? bands.low : bands.high;
    band.n++;
    const m = prims.find((x) => !used.has(x.i) && x.g.line === r.line && x.g.yen === r.yen);
    if (!m) { band.extra++; continue; }
    used.add(m.i);
    const prev = gold.find((x) => x.role === 'previous' && x.of === m.i)?.yen ?? null;
    const supp = gold.find((x) => x.role === 'supplementary' && x.of === m.i)?.yen ?? null;
    const ok = (r.previous?.yen ?? null) === prev && (r.supplementary?.yen ?? null) === supp && (r.fy ?? null) === (m.g.fy ?? null) &&
      r.stage === m.g.stage && keyFlags(r.flags) === keyFlags(m.g.flags);
    if (ok) band.right++;
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
console.log('| confidence | records | exactly right | not a gold figure |');
console.log('|---|---|---|---|');
console.log(`| below 0.8 | ${bands.low.n} | ${pct(bands.low.right, bands.low.n)} | ${pct(bands.low.extra, bands.low.n)} |`);
console.log(`| 0.8 or above | ${bands.high.n} | ${pct(bands.high.right, bands.high.n)} | ${pct(bands.high.extra, bands.high.n)} |`);
