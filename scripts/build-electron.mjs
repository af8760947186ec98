// Bundles the hosts for Node/Electron: main and preload for the Electron window, web for the
// browser host. better-sqlite3 stays external (native), electron is provided at run time.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // pdfjs-dist is loaded with import() at run time: its Node build finds its worker and data beside itself.
  external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
  define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/electron',
  logLevel: 'warning',
  sourcemap: true,
};

await build({ ...common, entryPoints: { main: 'electron/main.ts', web: 'electron/web.ts', 'db-worker': 'electron/db-worker.ts' } });
// A sandboxed preload may only require 'electron': one self-contained file.
await build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, sourcemap: false });
