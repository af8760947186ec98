// `yosan extract` over many files on worker threads (one per core). Documents are handed out in order as they are
// read, at most WINDOW ahead of the output; nothing is written before every file was read (a bad file still fails
// the command before any output), then each file's lines go out as soon as all the files before it did. So the
// output is exactly the single-threaded one, and memory holds a bounded window of results.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageMap } from '../shared/pdf/pagemap';

export interface ExtractJob { index: number; file: string; text: string; map: PageMap | null }
export type ExtractReply = { index: number; jsonl: string } | { index: number; error: string };

/** Documents handed out ahead of the next one to write (their results wait in memory). */
export const WINDOW = 64;

/** The compiled worker beside the compiled CLI (dist/cli/), or null when running from the sources. */
export function extractWorkerFile(dir: string): string | null {
  const f = path.join(dir, 'extract-worker.cjs');
  return fs.existsSync(f) ? f : null;
}

/** How many worker threads to use for `count` files of `bytes` bytes in all (0: extract on this thread). */
export function extractThreads(count: number, bytes: number): number {
  // YOSAN_EXTRACT_THREADS=n sets the count (1: one thread), for measuring and testing either way
  const set = Number(process.env.YOSAN_EXTRACT_THREADS);
  if (Number.isInteger(set) && set >= 1) return set >= 2 ? Math.min(set, count) : 0;
  // starting a worker costs tens of milliseconds: a few short documents are read faster on one thread
  if (bytes < 2_000_000) return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const n = Math.min(cores, count, 8);
  return n >= 2 ? n : 0;
}

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queued: Omit<ExtractJob, 'index'>[] = [];
  private readonly done = new Map<number, string>();
  private added = 0; // jobs added
  private next = 0; // next job to hand out
  private written = 0; // next job to write
  private sealed = false; // every job added: writing may begin
  private failedAt: { index: number; message: string } | null = null;
  private settled = false;
  private answers = 0;
  private resolve!: () => void;
  private reject!: (e: Error) => void;
  private readonly finished = new Promise<void>((res, rej) => { this.resolve = res; this.reject = rej; });

  constructor(threads: number, workerFile: string, private readonly write: (jsonl: string) => void, private readonly window = WINDOW) {
    // (a rejection nobody awaits yet, when a worker fails while files are still being read, is no crash)
    this.finished.catch(() => {});
    for (let t = 0; t < threads; t++) {
      const w = new Worker(workerFile);
      w.on('message', (r: ExtractReply) => this.onReply(w, r));
      w.on('error', (e) => this.settle(e));
      w.on('exit', (code) => { if (code !== 0 && !this.settled) this.settle(new Error(`extract worker stopped (exit code ${code})`)); });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** How many documents the workers have answered for. */
  get answered(): number { return this.answers; }

  /** Queue the next document (in output order). */
  add(job: Omit<ExtractJob, 'index'>): void {
    this.queued.push(job);
    this.added++;
    this.handOut();
  }

  /** No more documents: write the results in order; resolves when all are written, rejects on a failure. */
  finish(): Promise<void> {
    this.sealed = true;
    this.flush();
    return this.finished;
  }

  /** Stop the workers (a file could not be read: nothing is written). */
  close(): void {
    this.settle(null, true);
  }

  private handOut(): void {
    while (this.idle.length && this.next < this.added && this.next < this.written + this.window) {
      const w = this.idle.pop()!;
      const index = this.next++;
      // the worker gets its own copy: this thread lets its one go
      const job = this.queued.shift()!;
      w.postMessage({ index, file: job.file, text: job.text, map: job.map } satisfies ExtractJob);
    }
  }

  private onReply(w: Worker, r: ExtractReply): void {
    if (this.settled) return;
    this.answers++;
    if ('error' in r) { if (!this.failedAt || r.index < this.failedAt.index) this.failedAt = { index: r.index, message: r.error }; }
    else this.done.set(r.index, r.jsonl);
    this.idle.push(w);
    this.flush();
  }

  /** Write what is ready (once sealed), then hand out what the window now lets out. */
  private flush(): void {
    if (this.settled) return;
    if (this.sealed) {
      for (;;) {
        // the documents before a failed one are written, as a single thread would have
        if (this.failedAt && this.written === this.failedAt.index) { this.settle(new Error(this.failedAt.message)); return; }
        const jsonl = this.done.get(this.written);
        if (jsonl === undefined) break;
        this.write(jsonl);
        this.done.delete(this.written++);
      }
      if (this.written === this.added) { this.settle(null); return; }
    }
    // (a full window waits for the writing: every worker may be idle here, so this is the only place that
    // starts them again)
    this.handOut();
  }

  private settle(err: Error | null, quiet = false): void {
    if (this.settled) return;
    this.settled = true;
    for (const w of this.workers) void w.terminate();
    if (quiet) return;
    if (err) this.reject(err); else this.resolve();
  }
}
