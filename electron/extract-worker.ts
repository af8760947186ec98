// A worker thread of `yosan extract` over many files: it extracts the documents it is sent, one at a time,
// and answers with their JSON lines (or the message of what failed). Bundled beside the CLI (scripts/yosan.mjs).
import { parentPort } from 'node:worker_threads';
import { extractJsonl } from './extract-jsonl';
import type { ExtractJob, ExtractReply } from './extract-pool';

const port = parentPort!;
port.on('message', (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { index: job.index, jsonl: extractJsonl(job.file, job.text, job.map) };
  } catch (e) {
    reply = { index: job.index, error: (e as Error).message };
  }
  port.postMessage(reply);
});
