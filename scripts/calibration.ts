// Confidence calibration of the extractor against hand labels: how often records under 0.8 are exactly right (every
// scored field, as ../shared/gold/score.mjs counts it: previous, supplementary, fy, stage, flags) against records at or above it.
//   npx tsx scripts/calibration.ts DOCS_DIR GOLD_DIR        e.g. ../shared/real/docs ../shared/real/gold
import { extract } from '../shared/extract';
import { bandsOf, judged } from './gold-match';

const [docsDir, goldDir] = process.argv.slice(2);
if (!docsDir || !goldDir) { console.error('usage: calibration.ts DOCS_DIR GOLD_DIR'); process.exit(2); }
const { low, high } = bandsOf(judged(docsDir, goldDir, extract));
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
console.log('| confidence | records | exactly right | not a gold figure |');
console.log('|---|---|---|---|');
console.log(`| below 0.8 | ${low.n} | ${pct(low.right, low.n)} | ${pct(low.extra, low.n)} |`);
console.log(`| 0.8 or above | ${high.n} | ${pct(high.right, high.n)} | ${pct(high.extra, high.n)} |`);
