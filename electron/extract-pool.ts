// `yosan extract` over many files on worker threads (one per core): the documents are handed out in order, a
// few ahead of the output, and each file's lines are written as soon as all the files before it are, so the
// output is exactly the single-threaded one and memory holds only a bounded window of results.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageMap } from '../shared/pdf/pagemap';

export interface ExtractJob { index: number; file: string; text: string; map: PageMap | null }
export type ExtractReply = { index: number; jsonl: string } | { index: number; error: string };

/** The compiled worker beside the compiled CLI (dist/cli/), or null when running from the sources. */
export function extractWorkerFile(dir: string): string | null {
  const f = path.join(dir, 'extract-worker.cjs');
  return fs.existsSync(f) ? f : null;
}

/** How many worker threads to use for `count` documents of `chars` characters in all (0: extract on this thread). */
export function extractThreads(count: number, chars: number): number {
  // YOSAN_EXTRACT_THREADS=n sets the count (1: one thread), for measuring and testing either way
  const set = Number(process.env.YOSAN_EXTRACT_THREADS);
  if (Number.isInteger(set) && set >= 1) return set >= 2 ? Math.min(set, count) : 0;
  // starting a worker costs tens of milliseconds: a few short documents are read faster on one thread
  if (chars < 1_000_000) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const n = Math.min(cores, count, 8);
  return n >= 2 ? n : 0;
}

/**
 * Extract `jobs` on `threads` workers running `workerFile`; `write` gets each document's lines in the order of
 * `jobs`. A failure rejects with the worker's message after the documents before it were written.
 */
export function extractParallel(jobs: Omit<ExtractJob, 'index'>[], threads: number, workerFile: string, write: (jsonl: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const done = new Map<number, string>();
    const window = threads * 3; // documents handed out ahead of the next one to write
    let next = 0; // next job to hand out
    let written = 0; // next job to write
    let failed = false;
    const finish = (err: Error | null): void => {
      if (failed) return;
      if (err) failed = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err); else resolve();
    };
    const give = (w: Worker): void => {
      if (next >= jobs.length || next >= written + window) { idle.push(w); return; }
      const index = next++;
      const job = jobs[index];
      w.postMessage({ index, file: job.file, text: job.text, map: job.map } satisfies ExtractJob);
      jobs[index] = { file: job.file, text: '', map: null }; // the worker has its copy: let this one go
    };
    const idle: Worker[] = [];
    let failedAt: { index: number; message: string } | null = null;
    const onReply = (w: Worker, r: ExtractReply): void => {
      if (failed) return;
      if ('error' in r) { if (!failedAt || r.index < failedAt.index) failedAt = { index: r.index, message: r.error }; }
      else done.set(r.index, r.jsonl);
      for (;;) {
        // the documents before a failed one are written, as a single thread would have
        if (failedAt && written === failedAt.index) { finish(new Error(failedAt.message)); return; }
        const jsonl = done.get(written);
        if (jsonl === undefined) break;
        write(jsonl);
        done.delete(written++);
      }
      if (written === jobs.length) { finish(null); return; }
      give(w);
      while (idle.length && next < jobs.length && next < written + window) give(idle.pop()!);
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(workerFile);
      w.on('message', (r: ExtractReply) => onReply(w, r));
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => { if (code !== 0 && !failed && written < jobs.length) finish(new Error(`extract worker stopped (exit code ${code})`)); });
      workers.push(w);
      give(w);
    }
  });
}
