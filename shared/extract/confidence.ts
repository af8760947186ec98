// Confidence: start high and subtract for each sign of doubt. Calibrated on the seed documents so that
// records under 0.8 are exactly right markedly less often than records at or above it.
import type { WarningCode } from './warnings';

export interface Doubts {
  warnings: Set<WarningCode>;
  /** where the stage came from */
  stageSource: 'explicit' | 'column' | 'block' | 'section' | 'document' | 'cue' | 'fallback' | 'frame' | 'previous-label' | 'multi-year';
  itemSource: 'same-line' | 'row' | 'after' | 'above' | 'block' | 'none';
  prose: boolean;
  bare: boolean;
  splitLayout: boolean;
  bracketGuess: boolean;
}

const PENALTY: Partial<Record<WarningCode, number>> = {
  ocr_hosei: 0.12, ocr_reiwa: 0.12, dot_as_comma: 0.3, irregular_grouping: 0.25, fractional_yen: 0.3,
  orphan_bracket: 0.12, range_bound: 0.1, unsafe_integer: 0.5, kanji_numeral: 0.03,
};

export function confidenceOf(d: Doubts): number {
  let c = 0.97;
  for (const w of d.warnings) c -= PENALTY[w] ?? 0;
  switch (d.stageSource) {
    case 'fallback': c -= 0.3; break;
    case 'cue': c -= 0.2; break;
    case 'frame': c -= 0.1; break;
    case 'previous-label': c -= 0.15; break;
    case 'multi-year': c -= 0.1; break;
    case 'document': c -= 0.02; break;
    default: break;
  }
  if (d.warnings.has('fy_missing')) c -= 0.15;
  if (d.warnings.has('stage_guessed') && d.stageSource !== 'fallback') c -= 0.2;
  if (d.itemSource === 'above') c -= 0.03;
  if (d.itemSource === 'none') c -= 0.1;
  else if (d.itemSource === 'block') c -= 0.08;
  if (d.prose) c -= 0.15;
  if (d.bare) c -= 0.02;
  if (d.splitLayout) c -= 0.03;
  if (d.bracketGuess) c -= 0.2;
  return Math.max(0.05, Math.min(1, Math.round(c * 100) / 100));
}
