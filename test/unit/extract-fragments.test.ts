// The extractor on fragments of the documents the project holds: each line alone and each run of three lines, taken from
// the seeds and the invented documents. Rules that look at the line before or after a line, or at the text's first lines,
// meet every edge of a text this way (a numbered heading on line 1 once threw). Every fragment reads without an error and
// every record points at its exact span in the fragment.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';

const repo = path.resolve(__dirname, '../..');
const texts = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

function readsWhole(fragment: string): void {
  for (const r of extract(fragment)) {
    expect(fragment.slice(r.start, r.end)).toBe(r.text);
    for (const x of [r.previous, r.supplementary, r.change]) if (x) expect(fragment.slice(x.start, x.end)).toBe(x.text);
  }
}

describe('fragments of the seeds and the invented documents', () => {
  const docs = [...texts(path.join(repo, 'seeds')), ...texts(path.join(repo, 'test', 'fixtures', 'invented', 'docs'))];
  it('each line alone reads without an error, its records on their spans', () => {
    let n = 0;
    for (const doc of docs) for (const line of doc.split('\n')) { readsWhole(line); n++; }
    expect(n).toBeGreaterThan(20_000);
  });
  it('each run of three lines, stepping by two, reads without an error, its records on their spans', () => {
    for (const doc of docs) {
      const lines = doc.split('\n');
      for (let k = 0; k + 3 <= lines.length; k += 2) readsWhole(lines.slice(k, k + 3).join('\n'));
    }
  });
});
