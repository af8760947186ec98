// The sample documents shipped in seeds/: the embedded default of a first start.
import fs from 'node:fs';
import path from 'node:path';
import type { SeedFile } from './service';

export function seedFiles(dir: string): SeedFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, read: () => fs.readFileSync(path.join(dir, name)) }));
}
