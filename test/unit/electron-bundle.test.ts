// The Electron bundles keep the security boundary: the sandboxed preload may load nothing but
// 'electron', and the main process never loads the database driver (the store has its thread).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/tmp';

const requires = (file: string) => [...fs.readFileSync(path.join(REPO, 'dist', 'electron', file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: REPO, stdio: 'pipe' });
});

describe('Electron bundles', () => {
  it('the preload requires only electron (a sandboxed preload can load nothing else)', () => {
    expect([...new Set(requires('preload.cjs'))]).toEqual(['electron']);
  });

  it('the window is created isolated and sandboxed, without Node', () => {
    const main = fs.readFileSync(path.join(REPO, 'dist', 'electron', 'main.cjs'), 'utf8');
    expect(main).toMatch(/contextIsolation: true/);
    expect(main).toMatch(/sandbox: true/);
    expect(main).toMatch(/nodeIntegration: false/);
    expect(requires('main.cjs')).not.toContain('better-sqlite3');
    expect(requires('db-worker.cjs')).toContain('better-sqlite3');
  });
});
