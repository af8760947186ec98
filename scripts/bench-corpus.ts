// A corpus of distinct documents made from the seeds (figures shifted, units swapped, full-width
// digits, and a closing line numbering each), written as files one by one: what `npm run bench
// -- import` imports. Numbers only: the seeds' wording is shipped with the project.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shiftDigits = (s: string, k: number) => s.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10));
const swapUnits = (s: string) => s.replace(/億円/g, '\u0000').replace(/百万円/g, '億円').replace(/\u0000/g, '百万円');
const fullWidth = (s: string) => s.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export function seedTexts(): string[] {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** The n-th document: a seed with a variation; the closing line makes every one distinct. */
export function corpusDocument(seeds: string[], n: number): string {
  let doc = seeds[n % seeds.length];
  const v = Math.floor(n / seeds.length) % 4;
  if (v === 1) doc = shiftDigits(doc, 1 + (n % 9));
  else if (v === 2) doc = swapUnits(shiftDigits(doc, 3));
  else if (v === 3) doc = fullWidth(doc);
  return `${doc}\n（整理番号 ${n + 1}）\n`;
}

/** Writes `n` documents into `dir` (doc-0001.txt …); returns their paths and total bytes. */
export function writeCorpus(dir: string, n: number): { files: string[]; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  const seeds = seedTexts();
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `doc-${String(i + 1).padStart(4, '0')}.txt`);
    const data = Buffer.from(corpusDocument(seeds, i), 'utf8');
    fs.writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  }
  return { files, bytes };
}
