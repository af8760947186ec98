// Bundles the hosts for Node/Electron: main and preload for the Electron window, web for the
// browser host, and the store's worker. better-sqlite3 stays external (native), electron is
// provided at run time. The worker is built first and its SHA-256 compiled into the hosts that
// start it, which refuse a worker file that is not the one they were built with.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3'],
  define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/electron',
  logLevel: 'warning',
};

// No source map comment in the worker: its bytes are exactly what is hashed and run.
await build({ ...common, entryPoints: { 'db-worker': 'electron/db-worker.ts' }, sourcemap: false });
const workerSha256 = createHash('sha256').update(fs.readFileSync('dist/electron/db-worker.cjs')).digest('hex');
await build({
  ...common,
  entryPoints: { main: 'electron/main.ts', web: 'electron/web.ts' },
  sourcemap: true,
  define: { ...common.define, __YOSAN_WORKER_SHA256__: JSON.stringify(workerSha256) },
});
// A sandboxed preload may only require 'electron': one self-contained file.
await build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, sourcemap: false });
