// The JSON lines `yosan extract` prints for one document: one per extracted amount, in order.
// Shared by the command and its worker threads, so both write the very same bytes.
import { extract } from '../shared/extract';
import { placeSpan, type PageMap } from '../shared/pdf/pagemap';

/** The document's lines, each ending in \n ('' when it holds no amount). */
export function extractJsonl(file: string, text: string, map: PageMap | null): string {
  let out = '';
  for (const r of extract(text)) {
    const at = map ? placeSpan(map, r.start, r.end) : null;
    out += JSON.stringify({
      file, line: r.line, start: r.start, end: r.end, text: r.text, yen: r.yen, unit: r.unit,
      item: r.item, section: r.section, fy: r.fy, stage: r.stage, flags: r.flags,
      previous: r.previous, supplementary: r.supplementary, change: r.change,
      confidence: r.confidence, warnings: r.warnings, page: at?.page ?? null, box: at?.box ?? null,
    }) + '\n';
  }
  return out;
}
