// The confidence shown (shared/extract/calibration.ts): a logistic model over what a record shows, the readers' own score
// of their doubts one input; on records invented for these tests.
import { describe, expect, it } from 'vitest';
import { extract, extractUncalibrated } from '../../shared/extract';
import { CALIBRATION_FEATURES, calibratedConfidence, calibrationFeatures, type CalibrationFeature } from '../../shared/extract/calibration';

const none = (): Record<CalibrationFeature, number> => Object.fromEntries(CALIBRATION_FEATURES.map((k) => [k, 0])) as Record<CalibrationFeature, number>;

describe('the calibrated confidence', () => {
  it('rises with the readers\' score and stays within 0..1', () => {
    const at = (score: number) => calibratedConfidence({ ...none(), score, scoreBelow08: Math.max(0, 0.8 - score) });
    const seq = [0, 0.2, 0.4, 0.6, 0.8, 1].map(at);
    expect(seq).toEqual([...seq].sort((a, b) => a - b));
    expect(seq.every((c) => c >= 0 && c <= 1)).toBe(true);
  });
  it('falls where the stage was guessed or no year was found, and rises where a previous year\'s figure and a change were read', () => {
    const base = { ...none(), score: 0.9 };
    expect(calibratedConfidence({ ...base, stageGuessed: 1 })).toBeLessThan(calibratedConfidence(base));
    expect(calibratedConfidence({ ...base, noYear: 1 })).toBeLessThan(calibratedConfidence(base));
    expect(calibratedConfidence({ ...base, previous: 1, change: 1 })).toBeGreaterThan(calibratedConfidence(base));
  });
  it('is what extract gives, over the records extractUncalibrated scores', () => {
    const src = '令和8年度 架空市当初予算\n道路整備事業 12億3,000万円（前年度 11億円）\nどこかで3億円\n';
    const raw = extractUncalibrated(src);
    expect(extract(src).map((r) => r.confidence)).toEqual(raw.map((r) => calibratedConfidence(calibrationFeatures(r))));
    expect(extract(src).map((r) => ({ ...r, confidence: 0 }))).toEqual(raw.map((r) => ({ ...r, confidence: 0 })));
  });
});
