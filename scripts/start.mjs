#!/usr/bin/env node
// `npm start`: builds the app, then opens the Electron window where Electron's binary is
// present, or the browser host on 127.0.0.1 where it is not (with the reason, in one line).
// `npm run web` (or `npm start -- --web`) always takes the browser host.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceWeb = args.includes('--web');
const passArgs = args.filter((a) => a !== '--web');

function run(cmd, cmdArgs) {
  execFileSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}

/** The Electron binary's path, or the reason there is none. */
function findElectron() {
  let bin;
  try {
    bin = require('electron'); // the package exports the binary's path; it throws when the download was skipped
  } catch {
    return { reason: "Electron's binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD or no network)" };
  }
  if (typeof bin !== 'string' || !fs.existsSync(bin)) return { reason: "Electron's binary is not installed here" };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no graphical display (DISPLAY is not set)' };
  }
  return { bin };
}

/**
 * better-sqlite3 in node_modules is built for Node (tests use it). Electron needs a build for
 * its own ABI: kept apart under native/electron-<version>/ and passed as nativeBinding, so
 * `npm test` and `npm start` never break each other.
 */
function electronSqliteBinding() {
  const version = require('electron/package.json').version;
  const dir = path.join(root, 'native', `electron-${version}-${process.platform}-${process.arch}`);
  const target = path.join(dir, 'better_sqlite3.node');
  if (fs.existsSync(target)) return target;
  console.log(`Preparing SQLite for Electron ${version} (once)…`);
  const work = path.join(root, 'native', 'build-better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
  });
  const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const electronArgs = [`--runtime=electron`, `--target=${version}`, `--arch=${process.arch}`];
  try {
    execFileSync(bin('prebuild-install'), electronArgs, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' });
  } catch {
    execFileSync(bin('node-gyp'), ['rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], {
      cwd: work,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.rmSync(work, { recursive: true, force: true });
  return target;
}

run('npm', ['run', '-s', 'build']);

const electron = forceWeb ? { reason: 'browser host requested' } : findElectron();
let child;
if (electron.bin) {
  let binding;
  try {
    binding = electronSqliteBinding();
  } catch (e) {
    electron.reason = `SQLite could not be built for Electron (${e.message.split('\n')[0]})`;
  }
  if (binding) {
    child = spawn(electron.bin, ['.', ...passArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, YOSAN_NATIVE_BINDING: binding },
    });
  }
}
if (!child) {
  child = spawn(process.execPath, [path.join(root, 'dist', 'electron', 'web.cjs'), ...passArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, YOSAN_FALLBACK_REASON: `Opening in your browser instead of a window: ${electron.reason}.` },
  });
}
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
