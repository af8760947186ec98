// Scores the extractor with the project's scorer (../shared/gold/score.mjs, beside the repo) on the seed
// documents, on the real-text development set (../shared/real), each against its targets, and on the project's own
// invented documents in other layouts (test/fixtures/invented) against a floor.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { bandsOf, judged } from '../../scripts/gold-match';

const repo = path.resolve(__dirname, '../..');
const goldDir = path.resolve(repo, '../shared/gold');
const scorer = path.join(goldDir, 'score.mjs');
const haveScorer = fs.existsSync(scorer);

interface Score { primary_f1: number; exact_f1: number; of_matched: Record<string, number> }

/** A document written another way: its text, and the line of the original each of its lines stands for. */
type Rewrite = (src: string) => { text: string; line: (n: number) => number };

/** Extract every .txt of `docsDir` (rewritten, if asked), score against `gold`, return the scorer's JSON. */
function score(docsDir: string, gold: string, rewrite?: Rewrite): Score {
  const lines: string[] = [];
  for (const f of fs.readdirSync(docsDir).filter((x) => x.endsWith('.txt')).sort()) {
    const src = fs.readFileSync(path.join(docsDir, f), 'utf8');
    const w = rewrite ? rewrite(src) : { text: src, line: (n: number) => n };
    for (const r of extract(w.text)) lines.push(JSON.stringify({ file: f, ...r, line: w.line(r.line) }));
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-gold-'));
  const pred = path.join(tmp, 'out.jsonl');
  fs.writeFileSync(pred, lines.join('\n') + '\n');
  const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
  fs.rmSync(tmp, { recursive: true, force: true });
  return JSON.parse(out.slice(0, out.lastIndexOf('}') + 1)) as Score;
}

/**
 * Prose lines cut every `n` characters, mid-word and mid-number, as some PDF converters wrap them (lines with table
 * gaps, tabs or pipes stay whole).
 */
function proseWrapped(n: number): Rewrite {
  return (src) => {
    const from: number[] = [];
    const out: string[] = [];
    src.split('\n').forEach((l, k) => {
      const parts = l.length <= n || /\t|\u3000\u3000| {2}|[|｜]/.test(l.trim()) ? [l] : Array.from({ length: Math.ceil(l.length / n) }, (_, j) => l.slice(j * n, j * n + n));
      for (const p of parts) { out.push(p); from.push(k + 1); }
    });
    return { text: out.join('\n'), line: (m) => from[m - 1] };
  };
}

/** A page's end after every `n` lines, as a PDF converter writes it: a blank, `- k -`, a form feed and a running header. */
function paged(n: number): Rewrite {
  return (src) => {
    const from: number[] = [];
    const out: string[] = [];
    src.split('\n').forEach((l, k) => {
      const page = (k + 1) % n === 0 ? ['', `- ${(k + 1) / n} -`, '\f令和X年度　予算の説明', ''] : [];
      for (const p of [l, ...page]) { out.push(p); from.push(k + 1); }
    });
    return { text: out.join('\n'), line: (m) => from[m - 1] };
  };
}

function spansExact(docsDir: string): void {
  for (const f of fs.readdirSync(docsDir).filter((x) => x.endsWith('.txt'))) {
    const src = fs.readFileSync(path.join(docsDir, f), 'utf8');
    for (const r of extract(src)) {
      expect(src.slice(r.start, r.end)).toBe(r.text);
      for (const x of [r.previous, r.supplementary, r.change]) if (x) expect(src.slice(x.start, x.end)).toBe(x.text);
      expect(r.line).toBe(src.slice(0, r.start).split('\n').length);
    }
  }
}

// Targets: seeds from issue #3 (kept by #9), the real set from issue #9.
const SEEDS = { primary_f1: 0.98, exact_f1: 0.9, itemClose: 0.9 };
const REAL = { primary_f1: 0.92, exact_f1: 0.7 };

describe.skipIf(!haveScorer)(`gold score on seeds (${haveScorer ? goldDir : 'skipped: ../shared/gold not found beside the repo'})`, () => {
  const seedsDir = path.join(repo, 'seeds');
  it('every record points at its exact span', () => spansExact(seedsDir));
  it(`meets primary_f1 ≥ ${SEEDS.primary_f1}, exact_f1 ≥ ${SEEDS.exact_f1}, itemClose ≥ ${SEEDS.itemClose}`, () => {
    const s = score(seedsDir, goldDir);
    expect(s.primary_f1).toBeGreaterThanOrEqual(SEEDS.primary_f1);
    expect(s.exact_f1).toBeGreaterThanOrEqual(SEEDS.exact_f1);
    expect(s.of_matched.itemClose).toBeGreaterThanOrEqual(SEEDS.itemClose);
  });
  // (measured 0.997 / 0.924 as written, with prose lines cut every 40 characters and with page ends every 30 lines;
  // 0.973 / 0.786 and 0.994 / 0.907 before wrapped lines were joined and page furniture left out)
  it('scores the same with its prose wrapped at 40 characters, or cut into pages of 30 lines', () => {
    const s = score(seedsDir, goldDir);
    for (const w of [proseWrapped(40), paged(30)]) {
      const t = score(seedsDir, goldDir, w);
      expect(t.primary_f1).toBeCloseTo(s.primary_f1, 2);
      expect(t.exact_f1).toBeCloseTo(s.exact_f1, 2);
    }
  });
});

const realDir = path.resolve(repo, '../shared/real');
const haveReal = haveScorer && fs.existsSync(path.join(realDir, 'gold'));
describe.skipIf(!haveReal)(`gold score on real third-party texts (${haveReal ? realDir : 'skipped: ../shared/real not found beside the repo'})`, () => {
  const docsDir = path.join(realDir, 'docs');
  it('every record points at its exact span', () => spansExact(docsDir));
  it(`meets primary_f1 ≥ ${REAL.primary_f1}, exact_f1 ≥ ${REAL.exact_f1}`, () => {
    const s = score(docsDir, path.join(realDir, 'gold'));
    expect(s.primary_f1).toBeGreaterThanOrEqual(REAL.primary_f1);
    expect(s.exact_f1).toBeGreaterThanOrEqual(REAL.exact_f1);
  });
  // Confidence ranks the records: a record at 0.8 or above is exactly right far more often than one below (measured:
  // 91.5% against 70.8%).
  it('ranks its records by confidence: at 0.8 or above exactly right at least 90% of the time, 15 points more often than below', () => {
    const { low, high } = bandsOf(judged(docsDir, path.join(realDir, 'gold'), extract));
    expect(high.right / high.n).toBeGreaterThanOrEqual(0.9);
    expect(high.right / high.n - low.right / low.n).toBeGreaterThanOrEqual(0.15);
  });
  // The same texts as other converters write them: in full-width digits, and with a blank line after every line (a web
  // page or PDF turned to text). Their figures are the same, so is their score.
  it('scores the same written in full-width digits, or with a blank line after every line', () => {
    const gold = path.join(realDir, 'gold');
    const s = score(docsDir, gold);
    const fullWidth: Rewrite = (src) => ({ text: src.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), line: (n) => n });
    const doubled: Rewrite = (src) => ({ text: src.split('\n').join('\n\n'), line: (n) => (n + 1) / 2 });
    for (const w of [fullWidth, doubled]) {
      const t = score(docsDir, gold, w);
      expect(t.primary_f1).toBeCloseTo(s.primary_f1, 2);
      expect(t.exact_f1).toBeCloseTo(s.exact_f1, 2);
    }
  });
  // Prose cut every 40 characters loses a little where a cut runs through a table glued onto one line (measured
  // 0.950 / 0.821 against 0.959 / 0.838 as written; 0.857 / 0.699 before wrapped lines were joined); page ends every
  // 30 lines lose a little where a text has too few pages to show its running header (0.955 / 0.826; 0.883 / 0.640
  // before page furniture was left out).
  it('scores within 0.02 of itself with its prose wrapped at 40 characters, or cut into pages of 30 lines', () => {
    const gold = path.join(realDir, 'gold');
    const s = score(docsDir, gold);
    for (const w of [proseWrapped(40), paged(30)]) {
      const t = score(docsDir, gold, w);
      expect(t.primary_f1).toBeGreaterThanOrEqual(s.primary_f1 - 0.02);
      expect(t.exact_f1).toBeGreaterThanOrEqual(s.exact_f1 - 0.02);
    }
  });
});

// Floors under the scores the invented set had (0.975 / 0.799 with its first 52 documents; 0.978 / 0.851 with the 36 of
// sets t, u and v added; 0.978 / 0.844 with the 36 of sets w, x and y added; 0.983 / 0.850 with set z; 0.979 / 0.823 with the 56 of
// sets a to g, whose writers labelled balances, mid-year figures and 補正 tables each their own way; 0.977 / 0.816 with the 96
// of sets h to ss, whose writers called 不用額 a change and a 補正 column beside 当初 its supplementary; 0.971 / 0.800 with the 56
// of sets tt to zz, zz never read and scoring 0.763 / 0.398; 0.968 / 0.807 with the 56 of sets aa to gg, cc and dd never read
// and scoring 0.894 / 0.720 and 0.904 / 0.713; 0.971 / 0.808 with the 24 of sets hh, jj and kk, whose writers made 不用額 a
// change and a fund's flows in a settlement's text settlements; 0.970 / 0.809 with the 40 of sets ii, ll, mm, nn and oo, the
// first four never read; 0.969 / 0.807 with the 48 of sets ab to ag, ad, af and ag never read; 0.967 / 0.803 with the 32 of
// sets ah to ak, ai never read; 0.966 / 0.803 with the 32 of sets al to ao, al never read and scoring 0.850 / 0.706; 0.968 /
// 0.805 with the 24 of sets ap to ar, ar never read; 0.966 / 0.801 with the 24 of sets as to au, as never read and scoring
// 0.861 / 0.627; 0.964 / 0.791 with the 24 of sets av to ax, read only briefly; 0.964 / 0.791 with the 16 of sets ay and az,
// 0.955 / 0.784 and 0.940 / 0.556 as written; 0.964 / 0.790 with the 16 of sets ba and bc, ba never read, 0.964 / 0.826 and
// 0.869 / 0.466 as written; 0.964 / 0.791 with the 16 of sets bd and be, 0.867 / 0.548 and 0.913 / 0.665 as written by the
// extractor before that stop; 0.964 / 0.792 with the 16 of sets bf and bg, bg never read, 0.879 / 0.733 and 0.956 / 0.643 as
// written; 0.965 / 0.792 with the 16 of sets bh and bi, 0.978 / 0.647 and 0.910 / 0.701 as written; 0.961 / 0.786 with the
// 120 of sets bj to bx, bu to bx never read and scoring 0.931 / 0.714 together): a change reading these layouts worse fails
// here.
const INVENTED = { primary_f1: 0.955, exact_f1: 0.78 };
const inventedDir = path.join(repo, 'test', 'fixtures', 'invented');
describe.skipIf(!haveScorer)('gold score on invented documents in other layouts (test/fixtures/invented)', () => {
  it('every record points at its exact span', () => spansExact(path.join(inventedDir, 'docs')));
  it(`stays at primary_f1 ≥ ${INVENTED.primary_f1}, exact_f1 ≥ ${INVENTED.exact_f1}`, () => {
    const s = score(path.join(inventedDir, 'docs'), path.join(inventedDir, 'gold'));
    expect(s.primary_f1).toBeGreaterThanOrEqual(INVENTED.primary_f1);
    expect(s.exact_f1).toBeGreaterThanOrEqual(INVENTED.exact_f1);
  });
});
