// Fits the confidence calibration (shared/extract/calibration.ts): a logistic model of whether a record is exactly right
// (previous, supplementary, year, stage and flags, as ../shared/gold/score.mjs counts it), on the hand-labelled sets the
// project may read, weighted so that each counts: ../shared/real (real layouts) ×20, the seeds ×5, the invented documents ×1.
// Prints the weights as the table calibration.ts holds, and each set's records under and over 0.8 before and after.
//   npx tsx scripts/fit-confidence.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractUncalibrated } from '../shared/extract';
import { judged } from './gold-match';
import { CALIBRATION, CALIBRATION_FEATURES, calibratedConfidence, calibrationFeatures, type CalibrationFeature } from '../shared/extract/calibration';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETS = [
  { name: 'real', docs: path.join(root, '../shared/real/docs'), gold: path.join(root, '../shared/real/gold'), weight: 20 },
  { name: 'seeds', docs: path.join(root, 'seeds'), gold: path.join(root, '../shared/gold'), weight: 5 },
  { name: 'invented', docs: path.join(root, 'test/fixtures/invented/docs'), gold: path.join(root, 'test/fixtures/invented/gold'), weight: 1 },
];
/** The ridge on the weights (not the bias): small sets' quirks are no rule. */
const LAMBDA = 3;

interface Row { set: string; x: number[]; right: boolean; score: number; weight: number }

function rowsOf(set: (typeof SETS)[number]): Row[] {
  if (!fs.existsSync(set.gold)) return [];
  return judged(set.docs, set.gold, extractUncalibrated).map(({ record, right }) => {
    const feats = calibrationFeatures(record);
    return { set: set.name, x: CALIBRATION_FEATURES.map((k) => feats[k]), right, score: record.confidence, weight: set.weight };
  });
}

/** Solve a·x = b (a small dense system, Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let j = r + 1; j < n; j++) s -= m[r][j] * x[j];
    x[r] = s / m[r][r];
  }
  return x;
}

/** Weighted logistic regression by Newton's method; the last weight is the bias (no ridge on it). */
function fit(rows: Row[]): number[] {
  const d = CALIBRATION_FEATURES.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const row of rows) {
      const x = [...row.x, 1];
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k], 0)));
      const e = row.weight * (p - (row.right ? 1 : 0));
      const c = row.weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i] += e * x[i];
        for (let j = 0; j < d; j++) h[i][j] += c * x[i] * x[j];
      }
    }
    for (let i = 0; i < d - 1; i++) { g[i] += LAMBDA * w[i]; h[i][i] += LAMBDA; }
    const step = solve(h, g);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
function bands(rows: Row[], conf: (r: Row) => number): string {
  const lo = rows.filter((r) => conf(r) < 0.8);
  const hi = rows.filter((r) => conf(r) >= 0.8);
  const right = (rs: Row[]): string => pct(rs.filter((r) => r.right).length, rs.length);
  return `below 0.8: ${lo.length} (${right(lo)} right); 0.8 or above: ${hi.length} (${right(hi)} right)`;
}

const rows = SETS.flatMap(rowsOf);
const w = fit(rows);
const table = Object.fromEntries([...CALIBRATION_FEATURES.map((k, i) => [k, Math.round(w[i] * 1000) / 1000]), ['bias', Math.round(w[w.length - 1] * 1000) / 1000]]) as Record<CalibrationFeature, number> & { bias: number };
const confOf = (t: typeof table) => (r: Row): number => calibratedConfidence(Object.fromEntries(CALIBRATION_FEATURES.map((k, i) => [k, r.x[i]])) as Record<CalibrationFeature, number>, t);
for (const s of SETS) {
  const rs = rows.filter((r) => r.set === s.name);
  if (!rs.length) { console.log(`${s.name}: not found`); continue; }
  console.log(`${s.name}: ${rs.length} records`);
  console.log(`  readers' score:      ${bands(rs, (r) => r.score)}`);
  console.log(`  calibration in use:  ${bands(rs, confOf(CALIBRATION))}`);
  console.log(`  calibration fitted:  ${bands(rs, confOf(table))}`);
}
console.log('\nexport const CALIBRATION: Record<CalibrationFeature, number> & { bias: number } = {');
console.log('  ' + Object.entries(table).map(([k, v]) => `${k}: ${v}`).join(', ') + ',');
console.log('};');
