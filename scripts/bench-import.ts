// Benchmark of importing a folder of documents against extracting the same documents.
//   npx tsx scripts/bench-import.ts [documents] [--per-document]
// The folder is generated from the seeds (scripts/bench-corpus.ts). Extraction alone (read,
// decode, extract each file) is the baseline, measured in the same run; `--per-document` also
// times the one-document-per-call import (db/documents.ts importSource, as before batches) on a
// second database. Imported 100 files per importBatch call, interleaved with the baseline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../shared/extract';
import { decodeTextFile, importSource } from '../db/documents';
import { importBatch } from '../db/import-batch';
import { openStore } from '../db/store';
import { writeCorpus } from './bench-corpus';

export interface ImportFigures {
  documents: number;
  megabytes: number;
  records: number;
  extractSeconds: number;
  importSeconds: number;
  ratio: number;
  /** The per-document import (one importSource call each), when asked for. */
  perDocumentSeconds: number | null;
  peakRssMB: number;
}

export async function benchImport(n = 1500, opts: { perDocument?: boolean; chunk?: number } = {}): Promise<ImportFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-bench-import-'));
  try {
    const { files, bytes } = writeCorpus(path.join(dir, 'docs'), n);
    let peakRss = 0;
    const sample = () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
    const db = openStore(path.join(dir, 'batch.yosan'));
    const old = opts.perDocument ? openStore(path.join(dir, 'per-document.yosan')) : null;
    // The three are interleaved chunk by chunk, so that a machine shared with other jobs loads
    // them alike; each database grows to the full corpus as in one import.
    const chunk = opts.chunk ?? 100;
    let extractMs = 0, importMs = 0, perDocumentMs = 0, extracted = 0, records = 0;
    for (let at = 0; at < files.length; at += chunk) {
      const part = files.slice(at, at + chunk);
      // Baseline: read, decode and extract every file, writing nothing.
      let t = performance.now();
      for (const f of part) extracted += extract(decodeTextFile(path.basename(f), fs.readFileSync(f)).text).length;
      extractMs += performance.now() - t;

      t = performance.now();
      const r = await importBatch(db, part.map((f) => ({ name: path.basename(f), read: () => fs.readFileSync(f) })), { importedBy: 'bench' });
      importMs += performance.now() - t;
      if (r.refused.length || r.imported.length !== part.length) throw new Error(`bench import refused ${r.refused.length}: ${JSON.stringify(r.refused.slice(0, 3))}`);
      records += r.imported.reduce((s, d) => s + d.records, 0);

      if (old) {
        t = performance.now();
        for (const f of part) importSource(old, decodeTextFile(path.basename(f), fs.readFileSync(f)), 'bench');
        perDocumentMs += performance.now() - t;
      }
      sample();
    }
    db.close();
    old?.close();
    if (records !== extracted) throw new Error(`imported ${records} records, extraction gives ${extracted}`);
    const extractSeconds = extractMs / 1000;
    const importSeconds = importMs / 1000;
    return {
      documents: n, megabytes: bytes / 1024 / 1024, records, extractSeconds, importSeconds,
      ratio: importSeconds / extractSeconds, perDocumentSeconds: old ? perDocumentMs / 1000 : null, peakRssMB: peakRss / 1024 / 1024,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function importLine(f: ImportFigures): string {
  return (
    `import: ${f.documents} documents, ${f.megabytes.toFixed(1)} MB, ${f.records} records: ${f.importSeconds.toFixed(1)} s; ` +
    `extraction alone ${f.extractSeconds.toFixed(1)} s; ratio ${f.ratio.toFixed(2)}× (target ≤ 3×)` +
    (f.perDocumentSeconds === null ? '' : `; one document per call ${f.perDocumentSeconds.toFixed(1)} s (${(f.perDocumentSeconds / f.extractSeconds).toFixed(2)}×)`) +
    `; peak RSS ${f.peakRssMB.toFixed(0)} MB`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1500);
  benchImport(n, { perDocument: process.argv.includes('--per-document') }).then((f) => console.log(importLine(f)));
}
