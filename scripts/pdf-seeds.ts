// The "done when" measurement of PDF import (issue 14): records the seed PDFs give against
// those their text gives, matched by yen and item, each with a page and box; and the import
// time of a long PDF. `npx tsx scripts/pdf-seeds.ts [LONG.pdf]` (SEED_PDFS=DIR: other seed PDFs) (the PDFs are made by
// test/fixtures/pdf/make.sh; a long one by scripts/make-long-pdf.sh).
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../shared/extract';
import { placeSpan } from '../shared/pdf/pagemap';
import { readPdf } from '../db/pdf-read';
import { matchRecords } from '../test/helpers/pdf-match';

const root = path.resolve(import.meta.dirname, '..');
let textTotal = 0;
let matchedTotal = 0;
for (const name of fs.readdirSync(path.join(root, 'seeds')).filter((n) => n.endsWith('.txt')).sort()) {
  const text = fs.readFileSync(path.join(root, 'seeds', name), 'utf8');
  const pdfFile = path.resolve(root, process.env.SEED_PDFS ?? 'test/fixtures/pdf/seeds', name.replace(/\.txt$/, '.pdf'));
  const pdf = await readPdf(name, fs.readFileSync(pdfFile));
  const fromText = extract(text);
  const fromPdf = extract(pdf.text);
  const placed = fromPdf.filter((r) => placeSpan(pdf.map, r.start, r.end) !== null).length;
  const { matched, missing } = matchRecords(fromText, fromPdf);
  textTotal += fromText.length;
  matchedTotal += matched;
  console.log(`${name}: text ${fromText.length}, pdf ${fromPdf.length} (${placed} placed), matched ${matched} (${((100 * matched) / Math.max(1, fromText.length)).toFixed(1)}%)`);
  for (const m of missing.slice(0, Number(process.env.SHOW ?? 0))) console.log(`   missing ${m.text} ${m.yen} ${m.item}`);
}
console.log(`all seeds: ${matchedTotal} of ${textTotal} (${((100 * matchedTotal) / textTotal).toFixed(1)}%)`);
const long = process.argv[2];
if (long) {
  const t0 = performance.now();
  const pdf = await readPdf(long, fs.readFileSync(long));
  const records = extract(pdf.text);
  console.log(`${long}: ${pdf.map.pages.length} pages, ${records.length} records, read and extracted in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
