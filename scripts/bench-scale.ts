// `npm run bench -- scale`: a year of documents. Builds 1,500 documents from the seeds (figures
// shifted as bench-extract varies them), imports them into a fresh database, and reports, as
// ratios measured in this one run:
//   - import time / extraction time of the same files (target ≤ 3);
//   - median review write (the store method a key press calls, then the reads the UI makes
//     after it: progress and sign-off states) at 1,500 documents / at 5 (target ≤ 1.5), and
//     at 1M events / at 5;
//   - browser host start (to its printed URL) and first document list at 1,500 / at 5;
//   - merge preview / full merge of a colleague's file, and confirm after a preview / full merge;
//   - heap after collection while importing (flat), peak RSS.
//   npx tsx scripts/bench-scale.ts [documents]
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import type Database from 'better-sqlite3';
import { decodeDocument } from '../shared/decode';
import { extract } from '../shared/extract';
import { importBatch } from '../db/import-batch';
import { recordId, sha256Hex, storedEvent, storedEventId } from '../db/hash';
import { reprojectMany } from '../db/projection';
import { fingerprintOf, type Signer } from '../db/signoff';
import { openStore } from '../db/store';
import { fixedProfile, Workbench } from '../db/service';
import { exportReviewFile } from '../db/export-file';
import { variedDocuments } from './bench-extract';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heapMB = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

export interface ScaleFigures {
  documents: number;
  records: number;
  corpusMB: number;
  extractSeconds: number;
  importSeconds: number;
  importRatio: number;
  writeMs: { at5: number; atScale: number; at1M: number };
  writeRatio: number;
  write1MRatio: number;
  events1M: number;
  hostStartSeconds: { at5: number; atScale: number };
  listSeconds: { at5: number; atScale: number };
  merge: { previewSeconds: number; confirmSeconds: number; fullSeconds: number; previewRatio: number; confirmRatio: number; summary: unknown };
  heapMB: number[];
  peakRssMB: number;
}

/**
 * THE IMPORT under measurement: every generated file into the database, one call per file,
 * through the function the store uses today. Swap in a batch import here.
 */
// The import a user's folder import takes: in batches (db/import-batch.ts).
async function importCorpus(db: Database.Database, files: { name: string; bytes: Uint8Array }[], each: (done: number) => void = () => {}): Promise<void> {
  await importBatch(db, files.map((f) => ({ name: f.name, read: () => f.bytes })), { importedBy: 'bench', progress: (done) => each(done) });
}

/** A signer made on the spot (the host keeps its key in the app-data folder). */
function benchSigner(name: string): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  return { fingerprint: fingerprintOf(pub), name, publicKey: pub, sign: (m) => sign(null, Buffer.from(m), privateKey).toString('base64') };
}

function workbench(db: Database.Database, file: string, signer: Signer): Workbench {
  return new Workbench(db, {
    host: 'cli', version: 'bench', dbPath: file, osLocale: 'en', profile: fixedProfile('hanako'),
    identity: {
      isTrusted: () => true, signer: () => signer, info: () => ({ fingerprint: signer.fingerprint }), trusted: () => [],
      trust: () => { throw new Error('no'); }, untrust: () => {}, publicKeyFile: () => ({}),
    },
  });
}

const ids = (db: Database.Database, sql: string, ...args: unknown[]) => db.prepare(sql).pluck().all(...args) as string[];

/** Approves every record of the first `n` documents and signs them (what a supervisor has done over the year). */
function signDocuments(wb: Workbench, n: number): void {
  const docs = ids(wb.db, 'SELECT id FROM documents ORDER BY file_name LIMIT ?', n);
  for (const d of docs) {
    wb.db.transaction(() => {
      for (const r of ids(wb.db, "SELECT id FROM records WHERE document_id = ? AND status = 'pending'", d)) wb.handlers.setStatus({ recordId: r, status: 'approved' });
    })();
    // what sign-off asks first, as a reviewer does it: the figures nobody reviewed decided, failed checks accepted
    for (const c of wb.handlers.listCandidates({ documentId: d }) as { id: string; status: string }[]) if (c.status === 'open') wb.handlers.dismissCandidate({ candidateId: c.id, reason: 'duplicate' });
    for (const c of wb.handlers.listChecks({ documentId: d }) as { record: string; kind: 'sum'; status: string }[]) if (c.status === 'fail') wb.handlers.acceptCheck({ recordId: c.record, kind: c.kind, reason: 'bench' });
    wb.handlers.signDocument({ documentId: d });
  }
}

/** Median of `n` key presses: a status write as the UI makes it, then the UI's follow-up reads. */
async function medianWriteMs(wb: Workbench, n = 60): Promise<number> {
  const doc = ids(wb.db, 'SELECT id FROM documents ORDER BY file_name DESC LIMIT 1')[0];
  const recs = ids(wb.db, 'SELECT id FROM records WHERE document_id = ? ORDER BY start LIMIT 20', doc);
  const times: number[] = [];
  const parts: [number[], number[], number[], number[]] = [[], [], [], []];
  for (let i = 0; i < n; i++) {
    const id = recs[i % recs.length];
    const status = Math.floor(i / recs.length) % 2 === 0 ? 'approved' : 'pending';
    const t = performance.now();
    await wb.handlers.setStatus({ recordId: id, status });
    const t1 = performance.now();
    await wb.handlers.getProgress({});
    const t2 = performance.now();
    await wb.handlers.listSignoffs({ documentId: doc });
    const t3 = performance.now();
    // what the page asks after a pushed change of its open document: the row, its candidates and checks
    await wb.handlers.listRecords({ documentId: doc, ids: [id] });
    await wb.handlers.listCandidates({ documentId: doc });
    await wb.handlers.listChecks({ documentId: doc });
    const t4 = performance.now();
    times.push(t4 - t);
    parts[0].push(t1 - t);
    parts[1].push(t2 - t1);
    parts[2].push(t3 - t2);
    parts[3].push(t4 - t3);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  lastParts = parts.map(median);
  return median(times);
}

/** Medians of the last medianWriteMs's parts: the write, getProgress, listSignoffs, the row with its candidates and checks (ms). */
let lastParts: number[] = [];
const partsText = () => `(write ${lastParts[0].toFixed(2)}, progress ${lastParts[1].toFixed(2)}, sign-offs ${lastParts[2].toFixed(2)}, row, candidates and checks ${lastParts[3].toFixed(2)} ms)`;

/** Adds field changes in bulk (each on the record's latest change) until the log holds `target` events. */
function growEvents(db: Database.Database, target: number): number {
  const have = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  const records = db.prepare('SELECT id, document_id FROM records ORDER BY id').all() as { id: string; document_id: string }[];
  const perRecord = Math.ceil((target - have) / records.length);
  const insert = db.prepare('INSERT INTO events (id, hlc, actor, document_id, record_id, type, field, value, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const heads = db.prepare("SELECT id FROM events WHERE record_id = ? AND type IN ('record.extracted', 'record.added')").pluck();
  let ms = Date.UTC(2026, 0, 1);
  db.transaction(() => {
    for (const r of records) {
      let parent = heads.get(r.id) as string;
      for (let k = 0; k < perRecord; k++) {
        const s = storedEvent({
          hlc: `${new Date(ms++).toISOString()}-0000-00000000000000bb`, actor: 'taro', documentId: r.document_id, recordId: r.id,
          type: 'field.set', field: 'confidence', value: { to: 0.5 + (k % 5) / 10 }, parents: [parent],
        });
        parent = storedEventId(s);
        insert.run(parent, s.hlc, s.actor, s.document_id, s.record_id, s.type, s.field, s.value, s.parents);
      }
    }
    reprojectMany(db, new Set(records.map((r) => r.id)));
  })();
  return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
}

/** Seconds from starting the browser host on `file` to its printed URL, and to the answer of its first listDocuments. */
function hostStart(file: string, home: string): Promise<{ start: number; list: number; documents: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/web.ts'], {
      cwd: REPO, env: { ...process.env, YOSAN_HOME: home, YOSAN_DB: file }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let done = false;
    proc.stderr.on('data', (d) => (out += d));
    proc.once('exit', (code) => !done && reject(new Error(`host exited with ${code}: ${out}`)));
    proc.stdout.on('data', async (d) => {
      out += d;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/);
      if (!m || done) return;
      done = true;
      const start = (performance.now() - t) / 1000;
      try {
        const t2 = performance.now();
        const res = await fetch(`${m[1]}/api/call`, {
          method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Yosan-Token': m[2] },
          body: JSON.stringify({ method: 'listDocuments', args: {} }),
        });
        const body = (await res.json()) as { result: unknown[] };
        const list = (performance.now() - t2) / 1000;
        proc.once('exit', () => resolve({ start, list, documents: body.result.length }));
        proc.kill('SIGTERM');
      } catch (e) {
        proc.kill('SIGTERM');
        reject(e);
      }
    });
  });
}

export async function benchScale(count = 1_500, events = 1_000_000): Promise<ScaleFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-bench-scale-'));
  const log = (s: string) => process.env.YOSAN_BENCH_QUIET ? undefined : console.error(`  [scale] ${s}`);
  try {
    const seedsDir = path.join(REPO, 'seeds');
    const seedNames = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
    const seeds = seedNames.map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));
    const files = variedDocuments(seeds, count).map((text, i) => ({ name: `doc-${String(i).padStart(4, '0')}.txt`, bytes: Buffer.from(text, 'utf8') }));
    const corpusMB = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;
    const signer = benchSigner('hanako');

    // Extraction of the same files: the baseline of import.
    for (const s of seeds) extract(s);
    let t = performance.now();
    let records = 0;
    for (const f of files) records += extract(decodeDocument(f.bytes).text).length;
    const extractSeconds = (performance.now() - t) / 1000;
    log(`extracted ${files.length} documents (${corpusMB.toFixed(1)} MB, ${records} records) in ${extractSeconds.toFixed(1)} s`);

    // Five documents: the seeds.
    const smallFile = path.join(dir, 'small.yosan');
    const small = openStore(smallFile);
    await importCorpus(small, seedNames.map((n, i) => ({ name: n, bytes: Buffer.from(seeds[i], 'utf8') })));
    const smallWb = workbench(small, smallFile, signer);
    signDocuments(smallWb, 1);
    await medianWriteMs(smallWb, 10); // warm-up
    const at5 = await medianWriteMs(smallWb);
    small.close();
    log(`median write at 5 documents: ${at5.toFixed(2)} ms ${partsText()}`);

    // A year of documents.
    const bigFile = path.join(dir, 'year.yosan');
    const big = openStore(bigFile);
    const heap: number[] = [heapMB()];
    let sampling = 0; // time spent collecting garbage to sample the heap: not import time
    t = performance.now();
    await importCorpus(big, files, (done) => {
      sampleRss();
      if (done % 500 === 0) {
        const t0 = performance.now();
        heap.push(heapMB());
        sampling += performance.now() - t0;
        log(`imported ${done} in ${((performance.now() - t - sampling) / 1000).toFixed(1)} s, heap ${heap.at(-1)!.toFixed(0)} MB`);
      }
    });
    const importSeconds = (performance.now() - t - sampling) / 1000;
    const bigWb = workbench(big, bigFile, signer);
    signDocuments(bigWb, Math.round(count / 50)); // 30 of 1,500 signed
    // The colleague's file: this database, then their reviews of 10 documents.
    const before = path.join(dir, 'before.yosan');
    exportReviewFile(big, before);
    const colleague = path.join(dir, 'colleague.yosan');
    {
      const theirs = openStore(before);
      const wb = new Workbench(theirs, { host: 'cli', version: 'bench', dbPath: before, osLocale: 'en', profile: fixedProfile('jiro') });
      const docs = ids(theirs, 'SELECT id FROM documents ORDER BY file_name DESC LIMIT 10');
      theirs.transaction(() => {
        for (const d of docs) for (const r of ids(theirs, 'SELECT id FROM records WHERE document_id = ?', d)) wb.handlers.setStatus({ recordId: r, status: 'rejected' });
      })();
      exportReviewFile(theirs, colleague);
      theirs.close();
    }
    await medianWriteMs(bigWb, 10);
    const atScale = await medianWriteMs(bigWb);
    sampleRss();
    log(`median write at ${count} documents: ${atScale.toFixed(2)} ms ${partsText()}`);
    big.close();

    // Host start and first document list, at 5 and at 1,500 documents.
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(home, 'profile.json'), JSON.stringify({ name: 'hanako' }));
    await hostStart(smallFile, home); // warm-up (tsx's cache)
    const h5 = await hostStart(smallFile, home);
    const hBig = await hostStart(bigFile, home);
    log(`host start ${h5.start.toFixed(2)} s / ${hBig.start.toFixed(2)} s; list ${h5.list.toFixed(3)} s / ${hBig.list.toFixed(3)} s (${hBig.documents} documents)`);

    // Merge: preview then confirm, against a full merge of the same file into the same state.
    const mergeA = path.join(dir, 'merge-a.yosan');
    const mergeB = path.join(dir, 'merge-b.yosan');
    fs.copyFileSync(bigFile, mergeA);
    fs.copyFileSync(bigFile, mergeB);
    let db = openStore(mergeB);
    t = performance.now();
    workbench(db, mergeB, signer).mergeFile(colleague, { dryRun: false, name: 'colleague.yosan' });
    const fullSeconds = (performance.now() - t) / 1000;
    db.close();
    db = openStore(mergeA);
    const wbA = workbench(db, mergeA, signer);
    t = performance.now();
    const summary = wbA.mergeFile(colleague, { dryRun: true, name: 'colleague.yosan' });
    const previewSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    wbA.mergeFile(colleague, { dryRun: false, name: 'colleague.yosan' });
    const confirmSeconds = (performance.now() - t) / 1000;
    db.close();
    sampleRss();
    log(`merge preview ${previewSeconds.toFixed(2)} s, confirm ${confirmSeconds.toFixed(2)} s, full ${fullSeconds.toFixed(2)} s ${JSON.stringify(summary)}`);

    // A million events.
    db = openStore(bigFile);
    t = performance.now();
    const events1M = growEvents(db, events);
    log(`grew the log to ${events1M} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    db.close();
    db = openStore(bigFile);
    const wb1M = workbench(db, bigFile, signer);
    await medianWriteMs(wb1M, 10);
    const at1M = await medianWriteMs(wb1M);
    db.close();
    sampleRss();
    log(`median write at ${events1M} events: ${at1M.toFixed(2)} ms ${partsText()}`);

    return {
      documents: count, records, corpusMB, extractSeconds, importSeconds, importRatio: importSeconds / extractSeconds,
      writeMs: { at5, atScale, at1M }, writeRatio: atScale / at5, write1MRatio: at1M / at5, events1M,
      hostStartSeconds: { at5: h5.start, atScale: hBig.start }, listSeconds: { at5: h5.list, atScale: hBig.list },
      merge: { previewSeconds, confirmSeconds, fullSeconds, previewRatio: previewSeconds / fullSeconds, confirmRatio: confirmSeconds / fullSeconds, summary },
      heapMB: heap, peakRssMB: peakRss / 1024 / 1024,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printScale(f: ScaleFigures): void {
  const r = (x: number) => `${x.toFixed(2)}×`;
  console.log(`scale: ${f.documents} documents, ${f.records} records, ${f.corpusMB.toFixed(1)} MB`);
  console.log(`  import ${f.importSeconds.toFixed(1)} s / extraction ${f.extractSeconds.toFixed(1)} s = ${r(f.importRatio)} (target ≤ 3×)`);
  console.log(`  review write (setStatus, then getProgress, listSignoffs, the row, listCandidates, listChecks), median: ${f.writeMs.atScale.toFixed(2)} ms at ${f.documents} documents / ${f.writeMs.at5.toFixed(2)} ms at 5 = ${r(f.writeRatio)} (target ≤ 1.5×)`);
  console.log(`  review write at ${f.events1M} events: ${f.writeMs.at1M.toFixed(2)} ms = ${r(f.write1MRatio)} of at 5`);
  console.log(`  host start to URL: ${f.hostStartSeconds.atScale.toFixed(2)} s at ${f.documents} / ${f.hostStartSeconds.at5.toFixed(2)} s at 5 = ${r(f.hostStartSeconds.atScale / f.hostStartSeconds.at5)}`);
  console.log(`  first document list: ${(f.listSeconds.atScale * 1000).toFixed(1)} ms at ${f.documents} / ${(f.listSeconds.at5 * 1000).toFixed(1)} ms at 5 = ${r(f.listSeconds.atScale / f.listSeconds.at5)}`);
  console.log(`  merge of a colleague's file: preview ${f.merge.previewSeconds.toFixed(2)} s, confirm ${f.merge.confirmSeconds.toFixed(2)} s, full merge ${f.merge.fullSeconds.toFixed(2)} s: preview / merge = ${r(f.merge.previewRatio)}, confirm / merge = ${r(f.merge.confirmRatio)} ${JSON.stringify(f.merge.summary)}`);
  console.log(`  heap after collection while importing (0, 500, 1000, 1500 documents): ${f.heapMB.map((h) => h.toFixed(0)).join(', ')} MB; peak RSS ${f.peakRssMB.toFixed(0)} MB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchScale(Number(process.argv[2] ?? 1_500), Number(process.argv[3] ?? 1_000_000)).then(printScale);
}
