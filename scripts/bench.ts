// `npm run bench [extract|cli|linear|merge|import|scale]`: throughput figures, each as a ratio to a baseline measured in the same run.
// A script, not a test: numbers depend on the machine; the ratios are what to compare.
import { benchCli } from './bench-cli';
import { benchExtract } from './bench-extract';
import { benchMerge } from './bench-merge';
import { benchImport, importLine } from './bench-import';
import { benchLinear, printLinear } from './bench-linear';
import { benchScale, printScale } from './bench-scale';

const only = process.argv[2];

if (!only || only === 'extract') {
  const e = await benchExtract();
  console.log(
    `extract: ${e.megabytes.toFixed(1)} MB in ${e.documents} documents, ${e.records} records: ${e.extractMBps.toFixed(1)} MB/s; ` +
      `one simple amount regex pass ${e.regexMBps.toFixed(1)} MB/s; ratio ${e.ratio.toFixed(1)}× (target ≤ 20×); ` +
      `peak RSS ${e.peakRssMB.toFixed(0)} MB, heap ${e.peakHeapMB.toFixed(0)} MB`,
  );
}
if (!only || only === 'cli') {
  const c = benchCli();
  console.log(
    `cli: compiled CLI \`extract\` over ${c.files} files (${c.megabytes.toFixed(1)} MB, ${c.records} records), process start included: ` +
      `${c.cliSeconds[0].toFixed(2)} s (runs ${c.cliSeconds.map((s) => s.toFixed(2)).join(' / ')}); ` +
      `a Node process making one pass of the simple amount regex over the same files ${c.regexSeconds[0].toFixed(2)} s ` +
      `(runs ${c.regexSeconds.map((s) => s.toFixed(2)).join(' / ')}); ratio ${c.ratio.toFixed(1)}× (target ≤ 5×)`,
  );
}
if (!only || only === 'linear') printLinear(benchLinear(Number(process.argv[3] ?? 2000)), Number(process.argv[3] ?? 2000));
if (only === 'scale') printScale(await benchScale(Number(process.argv[3] ?? 1_500)));
if (!only || only === 'merge') {
  const m = benchMerge(Number(process.env.YOSAN_BENCH_RECORDS ?? 100_000));
  console.log(
    `merge: two files of ${m.records} records and ${m.eventsPerFile} events each (half shared): ${m.mergeSeconds.toFixed(2)} s; ` +
      `floor (plain INSERT OR IGNORE copy of the same event rows) ${m.floorSeconds.toFixed(2)} s; ratio ${m.ratio.toFixed(2)}× (target ≤ 3×); ` +
      `${JSON.stringify(m.summary)}`,
  );
}
if (!only || only === 'import') {
  // YOSAN_BENCH_PER_DOCUMENT=1 also times the one-document-per-call import (minutes at 1,500)
  const f = await benchImport(Number(process.env.YOSAN_BENCH_DOCUMENTS ?? 1500), { perDocument: process.env.YOSAN_BENCH_PER_DOCUMENT === '1' });
  console.log(importLine(f));
}
