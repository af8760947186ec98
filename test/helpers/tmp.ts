import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temporary folder, removed after the file's tests. */
export function tmpDir(prefix = 'yosan-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const SEEDS = path.join(REPO, 'seeds');
export const seedPath = (name: string) => path.join(SEEDS, name);
