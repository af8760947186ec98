// Benchmark of importing a folder of documents against extracting the same documents.
//   npx tsx scripts/bench-import.ts [documents] [--per-document]
// The folder is generated from the seeds (scripts/bench-corpus.ts). Extraction alone (read,
// decode, extract each file) is the baseline, measured in the same run; `--per-document` also
// times the one-document-per-call import (db/documents.ts importSource) on a second database.
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

export async function benchImport(n = 1500, opts: { perDocument?: boolean } = {}): Promise<ImportFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-bench-import-'));
  try {
    const { files, bytes } = writeCorpus(path.join(dir, 'docs'), n);
    let peakRss = 0;
    const sample = () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));

    // Baseline: read, decode and extract every file, writing nothing.
    let t = performance.now();
    let extracted = 0;
    for (const f of files) {
      extracted += extract(decodeTextFile(path.basename(f), fs.readFileSync(f)).text).length;
    }
    const extractSeconds = (performance.now() - t) / 1000;
    sample();

    const db = openStore(path.join(dir, 'batch.yosan'));
    t = performance.now();
    const r = await importBatch(
      db,
      files.map((f) => ({ name: path.basename(f), read: () => fs.readFileSync(f) })),
      { importedBy: 'bench', progress: (done) => void (done % 100 === 0 && sample()) },
    );
    const importSeconds = (performance.now() - t) / 1000;
    db.close();
    sample();
    if (r.refused.length || r.imported.length !== n) throw new Error(`bench import refused ${r.refused.length}: ${JSON.stringify(r.refused.slice(0, 3))}`);
    const records = r.imported.reduce((s, d) => s + d.records, 0);

    let perDocumentSeconds: number | null = null;
    if (opts.perDocument) {
      const old = openStore(path.join(dir, 'per-document.yosan'));
      t = performance.now();
      for (const f of files) importSource(old, decodeTextFile(path.basename(f), fs.readFileSync(f)), 'bench');
      perDocumentSeconds = (performance.now() - t) / 1000;
      old.close();
      sample();
    }
    if (records !== extracted) throw new Error(`imported ${records} records, extraction gives ${extracted}`);
    return {
      documents: n, megabytes: bytes / 1024 / 1024, records, extractSeconds, importSeconds,
      ratio: importSeconds / extractSeconds, perDocumentSeconds, peakRssMB: peakRss / 1024 / 1024,
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
