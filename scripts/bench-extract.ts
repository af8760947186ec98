// Benchmark of the amount extractor against one pass of a single simple amount regex.
//   npx tsx scripts/bench-extract.ts [targetMB]
// Documents are generated one by one from the seeds (numbers shifted, units swapped, full-width digits),
// so memory stays flat in the corpus size.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../shared/extract';

export interface BenchFigures {
  documents: number;
  megabytes: number;
  records: number;
  regexMatches: number;
  extractSeconds: number;
  regexSeconds: number;
  extractMBps: number;
  regexMBps: number;
  ratio: number;
  peakRssMB: number;
  peakHeapMB: number;
}

/** The baseline: one pass of one simple amount regex. */
export const SIMPLE = /[0-9,]+(?:億|百万|千|万)?円/g;

function shiftDigits(s: string, k: number): string {
  return s.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10));
}
function swapUnits(s: string): string {
  return s.replace(/億円/g, '\u0000').replace(/百万円/g, '億円').replace(/\u0000/g, '百万円');
}
function fullWidth(s: string): string {
  return s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** The n-th generated document: a seed with a variation. */
function varied(seeds: string[], n: number): string {
  let doc = seeds[n % seeds.length];
  const v = Math.floor(n / seeds.length) % 4;
  if (v === 1) doc = shiftDigits(doc, 1 + (n % 8));
  else if (v === 2) doc = swapUnits(shiftDigits(doc, 3));
  else if (v === 3) doc = fullWidth(doc);
  return doc;
}

/** Digits of amounts only (before a unit), so years and dates stay valid. */
function shiftFigures(s: string, k: number): string {
  return s.replace(/[0-9][0-9,]*(?=\s*(?:兆|億|百万|千|万|円))/g, (m) => shiftDigits(m, k));
}

/**
 * `count` distinct documents a merge accepts: amounts shifted, some in full-width digits, a
 * filing number appended (so none repeats another's text).
 */
export function variedDocuments(seeds: string[], count: number): string[] {
  return Array.from({ length: count }, (_, n) => {
    let doc = shiftFigures(seeds[n % seeds.length], n % 10);
    if (Math.floor(n / seeds.length) % 3 === 2) doc = fullWidth(doc);
    return `${doc}\n（整理番号 ${n + 1}）\n`;
  });
}

export function* documents(seeds: string[], targetBytes: number): Generator<string> {
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const doc = varied(seeds, n);
    bytes += Buffer.byteLength(doc, 'utf8');
    yield doc;
  }
}

/** The seed documents the corpus is made from. */
export function readSeeds(): string[] {
  const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');
  return fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
}

export async function benchExtract(targetMB = 50): Promise<BenchFigures> {
  const seeds = readSeeds();
  // warm up both paths
  for (const s of seeds) { extract(s); for (const _ of s.matchAll(SIMPLE)) void _; }
  let docs = 0, bytes = 0, records = 0, matches = 0, tExtract = 0, tRegex = 0, peakRss = 0, peakHeap = 0;
  for (const doc of documents(seeds, targetMB * 1024 * 1024)) {
    const b = Buffer.byteLength(doc, 'utf8');
    let t = performance.now();
    records += extract(doc).length;
    tExtract += performance.now() - t;
    t = performance.now();
    let m = 0;
    for (const _ of doc.matchAll(SIMPLE)) m++;
    tRegex += performance.now() - t;
    matches += m;
    docs++;
    bytes += b;
    if (docs % 25 === 0) {
      const mu = process.memoryUsage();
      peakRss = Math.max(peakRss, mu.rss);
      peakHeap = Math.max(peakHeap, mu.heapUsed);
    }
  }
  const mu = process.memoryUsage();
  peakRss = Math.max(peakRss, mu.rss);
  peakHeap = Math.max(peakHeap, mu.heapUsed);
  const mb = bytes / 1024 / 1024;
  const extractMBps = mb / (tExtract / 1000);
  const regexMBps = mb / (tRegex / 1000);
  return {
    documents: docs, megabytes: mb, records, regexMatches: matches, extractSeconds: tExtract / 1000, regexSeconds: tRegex / 1000,
    extractMBps, regexMBps, ratio: regexMBps / extractMBps, peakRssMB: peakRss / 1024 / 1024, peakHeapMB: peakHeap / 1024 / 1024,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mb = Number(process.argv[2] ?? 50);
  benchExtract(mb).then((f) => {
    console.log(`corpus: ${f.documents} documents, ${f.megabytes.toFixed(1)} MB (UTF-8), ${f.records} records, ${f.regexMatches} regex matches`);
    console.log(`extract: ${f.extractMBps.toFixed(2)} MB/s (${f.extractSeconds.toFixed(2)} s)`);
    console.log(`regex:   ${f.regexMBps.toFixed(2)} MB/s (${f.regexSeconds.toFixed(2)} s)`);
    console.log(`ratio regex/extract: ${f.ratio.toFixed(2)}x (target <= 20x)`);
    console.log(`peak RSS ${f.peakRssMB.toFixed(0)} MB, peak heap ${f.peakHeapMB.toFixed(0)} MB`);
  });
}
