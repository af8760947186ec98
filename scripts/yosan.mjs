// `npm run -s yosan -- …`: runs the command line from its compiled bundle (dist/cli/yosan.cjs),
// so a call starts in a fraction of a second instead of compiling TypeScript each time (tsx).
// The bundle is rebuilt first whenever a source file is newer than it (a fresh clone, an edit).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'yosan.cjs');
// the worker threads of `extract` over many files run their own small bundle beside it
const workerBundle = path.join(root, 'dist', 'cli', 'extract-worker.cjs');

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of ['electron', 'db', 'shared']) walk(path.join(root, d));
  // this script's build options and the installed packages count too
  return Math.max(newest, fs.statSync(path.join(root, 'package-lock.json')).mtimeMs, fs.statSync(import.meta.filename).mtimeMs);
}

const built = fs.existsSync(bundle) && fs.existsSync(workerBundle) ? Math.min(fs.statSync(bundle).mtimeMs, fs.statSync(workerBundle).mtimeMs) : 0;
if (built < newestSource()) {
  const { build } = await import('esbuild');
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  // Written beside and renamed: two calls building at once never run half a file (the worker first: the CLI's
  // bundle being fresh means both are).
  for (const [entry, out] of [['extract-worker.ts', workerBundle], ['cli.ts', bundle]]) {
    const tmp = `${out}.${process.pid}.tmp`;
    await build({
      entryPoints: [path.join(root, 'electron', entry)],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // exceljs is loaded only by an XLSX export or verify, from node_modules like better-sqlite3;
      // pdfjs-dist too (its build needs its own files beside it: bundled, it finds no worker or polyfills).
      external: ['electron', 'better-sqlite3', 'exceljs', 'pdfjs-dist'],
      define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
      logLevel: 'warning',
    });
    fs.renameSync(tmp, out);
  }
}
await import(pathToFileURL(bundle).href);
