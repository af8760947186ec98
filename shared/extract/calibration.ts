// The confidence shown: how likely a record is exactly right (its previous, supplementary, year, stage and flags), from
// what the record itself shows. The readers' own score of their doubts (confidence.ts) is one input; what they found and
// how is the rest. A logistic model, its weights fitted by scripts/fit-confidence.ts on the hand-labelled sets the project
// may read (../shared/real, the seeds, test/fixtures/invented): rerun it when the readers change, and paste its table here.
import type { Extracted } from './types';

export const CALIBRATION_FEATURES = ['score', 'scoreBelow08', 'settlement', 'supplementary', 'noYear', 'previous', 'supplementaryFigure', 'change', 'yenInText',
  'fund', 'portion', 'unitFromHeader', 'approximate', 'new', 'multiYear', 'stageGuessed', 'itemMissing'] as const;
export type CalibrationFeature = (typeof CALIBRATION_FEATURES)[number];

/** The weights (scripts/fit-confidence.ts prints this table), and the bias. */
export const CALIBRATION: Record<CalibrationFeature, number> & { bias: number } = {
  score: 1.184, scoreBelow08: -0.723, settlement: -0.677, supplementary: 0.088, noYear: -0.441, previous: 0.972, supplementaryFigure: 0.981, change: 1.045,
  yenInText: -0.155, fund: -0.487, portion: -0.97, unitFromHeader: -0.16, approximate: -0.556, new: 1.193, multiYear: 0.878, stageGuessed: -0.893, itemMissing: 0.069,
  bias: 0.595,
};

/** The record's features, each 0 or 1 but its readers' score (0..1) and how far that falls short of 0.8. */
export function calibrationFeatures(r: Extracted): Record<CalibrationFeature, number> {
  const flag = (f: string): number => (r.flags.includes(f as never) ? 1 : 0);
  const warned = (c: string): number => (r.warnings.some((w) => w.code === c) ? 1 : 0);
  return {
    score: r.confidence, scoreBelow08: Math.max(0, 0.8 - r.confidence),
    settlement: r.stage === 'settlement' ? 1 : 0, supplementary: r.stage === 'supplementary' ? 1 : 0, noYear: r.fy === null ? 1 : 0,
    previous: r.previous ? 1 : 0, supplementaryFigure: r.supplementary ? 1 : 0, change: r.change ? 1 : 0, yenInText: r.text.includes('円') ? 1 : 0,
    fund: flag('fund'), portion: flag('portion'), unitFromHeader: flag('unit_from_header'), approximate: flag('approximate'), new: flag('new'), multiYear: flag('multi_year'),
    stageGuessed: warned('stage_guessed'), itemMissing: warned('item_missing'),
  };
}

/** The chance, by the model, that a record with these features is exactly right (two decimals). */
export function calibratedConfidence(x: Record<CalibrationFeature, number>, w: Record<CalibrationFeature, number> & { bias: number } = CALIBRATION): number {
  let z = w.bias;
  for (const f of CALIBRATION_FEATURES) z += w[f] * x[f];
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

/** The records with their confidence calibrated. */
export function calibrated(recs: Extracted[]): Extracted[] {
  return recs.map((r) => ({ ...r, confidence: calibratedConfidence(calibrationFeatures(r)) }));
}
