// Scores the extractor on the seed documents with the project's scorer (../shared/gold/score.mjs, beside the repo).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';

const repo = path.resolve(__dirname, '../..');
const goldDir = path.resolve(repo, '../shared/gold');
const seedsDir = path.join(repo, 'seeds');
const haveGold = fs.existsSync(path.join(goldDir, 'score.mjs'));

// Targets from issue #3.
const TARGET = { primary_f1: 0.98, exact_f1: 0.9, itemClose: 0.9 };

describe.skipIf(!haveGold)(`gold score on seeds (${haveGold ? goldDir : 'skipped: ../shared/gold not found beside the repo'})`, () => {
  const files = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];

  it('every record points at its exact span', () => {
    for (const f of files) {
      const src = fs.readFileSync(path.join(seedsDir, f), 'utf8');
      for (const r of extract(src)) {
        expect(src.slice(r.start, r.end)).toBe(r.text);
        for (const x of [r.previous, r.supplementary, r.change]) if (x) expect(src.slice(x.start, x.end)).toBe(x.text);
        expect(r.line).toBe(src.slice(0, r.start).split('\n').length);
      }
    }
  });

  it(`meets primary_f1 ≥ ${TARGET.primary_f1}, exact_f1 ≥ ${TARGET.exact_f1}, itemClose ≥ ${TARGET.itemClose}`, () => {
    const lines: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(path.join(seedsDir, f), 'utf8');
      for (const r of extract(src)) lines.push(JSON.stringify({ file: `seeds/${f}`, ...r }));
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-gold-'));
    const pred = path.join(tmp, 'out.jsonl');
    fs.writeFileSync(pred, lines.join('\n') + '\n');
    const out = execFileSync(process.execPath, [path.join(goldDir, 'score.mjs'), '--gold', goldDir, '--pred', pred, '--json'], { encoding: 'utf8' });
    fs.rmSync(tmp, { recursive: true, force: true });
    const json = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1));
    expect(json.primary_f1).toBeGreaterThanOrEqual(TARGET.primary_f1);
    expect(json.exact_f1).toBeGreaterThanOrEqual(TARGET.exact_f1);
    expect(json.of_matched.itemClose).toBeGreaterThanOrEqual(TARGET.itemClose);
  });
});
