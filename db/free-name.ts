import fs from 'node:fs';
import path from 'node:path';

/** A path in `dir` for a file named like `name` (made safe), not yet taken: `x.yosan`, `x-2.yosan`, … */
export function freePathIn(dir: string, name: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.basename(name).replace(/[^\w.\-\u3000-\u9fff]/g, '_') || 'opened.yosan';
  let target = path.join(dir, base);
  for (let i = 2; fs.existsSync(target); i++) target = path.join(dir, base.replace(/(\.yosan)?$/, `-${i}$1`));
  return target;
}
