// The extractor's output contract. Field meanings follow ../shared/gold/SPEC.md.

export const STAGES = ['request', 'budget', 'supplementary', 'settlement', 'other'] as const;
export type Stage = (typeof STAGES)[number];

export const FLAGS = [
  'new', 'portion', 'restated', 'approximate', 'fund', 'matter_request', 'multi_year', 'unit_from_header',
] as const;
export type Flag = (typeof FLAGS)[number];

/** A secondary figure (previous year, supplementary, change) with its own span in the text. */
export interface Figure {
  text: string;
  yen: number;
  start: number;
  end: number;
}

/** A hint for the reviewer: `code` is stable (the UI translates it), `message` is English. */
export interface ExtractWarning {
  code: string;
  message: string;
}

/** One primary amount found in a document. Offsets are UTF-16 string offsets into the text. */
export interface Extracted {
  line: number; // 1-based, counted on \n
  start: number;
  end: number;
  text: string; // === sourceText.slice(start, end)
  yen: number; // integer yen
  unit: string; // the unit as written or taken from a header, e.g. 億円, 千円, 百万円
  item: string | null;
  section: string[]; // headings above, outermost first
  fy: number | null; // Western fiscal year
  stage: Stage;
  flags: Flag[];
  previous: Figure | null;
  supplementary: Figure | null;
  change: Figure | null;
  confidence: number; // 0..1
  warnings: ExtractWarning[];
}
