import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractPool } from '../../electron/extract-pool';
import { REPO } from '../helpers/tmp';

const echo = path.join(REPO, 'test/fixtures/extract/echo-worker.cjs');
const job = (k: number, text = `${k}\n`) => ({ file: `f${k}.txt`, text, map: null });
/** Let the workers' answers in until `n` are in. */
async function answered(pool: ExtractPool, n: number): Promise<void> {
  while (pool.answered < n) await new Promise((r) => setImmediate(r));
}

describe('the pool of extract workers', () => {
  it('goes on after its window filled up while the files were still being read', async () => {
    const out: string[] = [];
    const pool = new ExtractPool(2, echo, (s) => out.push(s), 2);
    for (let k = 0; k < 7; k++) pool.add(job(k));
    // both workers have answered and wait: nothing may be written before every file was read
    await answered(pool, 2);
    expect(out).toEqual([]);
    await pool.finish();
    expect(out.join('')).toBe('0\n1\n2\n3\n4\n5\n6\n');
  });

  it('writes the documents before a failed one, then fails with its message', async () => {
    const out: string[] = [];
    const pool = new ExtractPool(3, echo, (s) => out.push(s));
    for (let k = 0; k < 6; k++) pool.add(job(k, k === 4 ? 'fail' : `${k}\n`));
    await expect(pool.finish()).rejects.toThrow('cannot extract f4.txt');
    expect(out.join('')).toBe('0\n1\n2\n3\n');
  });

  it('writes nothing when closed (a file could not be read)', async () => {
    const out: string[] = [];
    const pool = new ExtractPool(2, echo, (s) => out.push(s));
    pool.add(job(0));
    await answered(pool, 1);
    pool.close();
    expect(out).toEqual([]);
  });
});
