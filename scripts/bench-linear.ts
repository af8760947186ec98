// Is the extractor linear in the text, whatever its shape? Each shape is a document of n units and of 4n (a unit is a
// line or a few, written for this benchmark), timed best of three; a linear reader takes about 4× as long for the second,
// a quadratic one about 16×. The baseline is the simple amount regex over the same two documents.
//   npx tsx scripts/bench-linear.ts [n]
import { pathToFileURL } from 'node:url';
import { extract } from '../shared/extract';
import { SIMPLE } from './bench-extract';

/** One unit of each shape, numbered k (so no two lines are the same). */
export const SHAPES: Record<string, (k: number) => string> = {
  'tab rows, no figures': (k) => `PM${k}\t研究課題その${k}\t東浜大学`,
  'pipe rows, no figures': (k) => `| 項目${k} | 内容${k} | 担当課 |`,
  'CSV rows, no figures': (k) => `"${k}","事業${k}","福祉課","継続"`,
  'one cell a line, no figures': (k) => `事業${k}\n福祉課\n継続`,
  'numbered headings': (k) => `（${k}）地域交通の確保に関する事業`,
  'bullets': (k) => `・地域交通の確保${k}（新規）`,
  'years alone': (k) => `令和${(k % 9) + 1}年度`,
  'stage words in cells': () => '当初予算\t補正予算\t決算見込',
  'spaced header words': (k) => `区 分 ${k}　　予 算 額　　前 年 度`,
  'brackets alone': (k) => `（${k}）`,
  'bulleted figures': (k) => `・事業${k} ${k}億円（${k + 1}億円）`,
  'tab rows of figures': (k) => `事業${k}\t1,${String(k % 1000).padStart(3, '0')}\t1,100`,
  'one cell a line, figures': (k) => `事業${k}\n${k},000\n${k + 1},000`,
  'figures with units, one a line': (k) => `事業${k}\n${k},000 千円\n${k + 1},000 千円`,
  'numbered figures (lines of one length)': (k) => `(${k}) 地域交通の確保 ${k},000千円`,
  'stacked pairs': (k) => `事業${k}\n${k}億円\n(${k + 1}億円)`,
  'last year labelled': (k) => `前年度 ${k},000千円`,
  'label and figure': (k) => `令和9年度予算額 ${k},000千円`,
  'arrows': (k) => `事業${k} ${k}億円 → ${k + 1}億円`,
  'prose': (k) => `本事業は、前年度に比べ${k}億円増の${k + 5}億円となった。`,
  'minutes in kanji': () => '○委員（山田君）　事業費は三億二千万円、前年度は二億九千万円でございます。',
  'a row glued on one line': (k) => `事業${k} 1,200 1,100 100 事業${k}b 2,200 2,100 100`,
  'page numbers': (k) => `- ${k} -`,
  'CSV rows of figures': (k) => `"${k}","事業${k}","${k},000","${k + 1},000"`,
  'Markdown rows': (k) => `| 事業${k} | ${k},000 | ${k + 1},000 |`,
  'label lines over figures': (k) => `予算額\n${(k % 999) + 1},000千円\n前年度予算額\n${(k % 999) + 1},500千円`,
  'lines of one length, 前年度の…に比べ': (k) => `事業${String(k).padStart(5, '0')}の経費は、前年度の${(k % 9000) + 1000}億円に比べ増加しており`,
  'lines of one length, R5：… R6：…': (k) => `歳入${String(k).padStart(5, '0')} R5：${(k % 9000) + 1000}千円 R6：${(k % 9000) + 1001}千円 の見込みで`,
  'tab rows, a name quoted over two lines': (k) => `"事業${k}
（第${k}工区）"	${k},000	${k + 1},000`,
  'a header one cell a line over tab rows': (k) => `区分
予算額（千円）
前年度（千円）
事業${k}	${k},000	${k + 1},000`,
  'numbers alone over a running header': (k) => `・事業${k}　${k}億円
${k % 999}
令和9年度 予算の概要`,
  'OCR O for 0': (k) => `事業${k}　${k}O億円（前年度 ${k},OOO万円）`,
  // (figures that add up, this year's, last year's and the change: read by their arithmetic, one a line and on one line)
  'rows adding up, one cell a line': (k) => `区分 令和9年度 令和8年度 増減
項目${k}
${2000 + k},000
${1000 + k},000
1,000,000`,
  'a pipe table one cell a line': (k) => `|
令和8年度 |
令和9年度 |
項目${k}(1) |
${1000 + k},000 |
${2000 + k},000 |`,
  'rows adding up, on one line': (k) => `区分 令和9年度 令和8年度 増減 構成比
項目${k} ${2000 + k},000 - ${2000 + k},000 1.0 ${1000 + k},000 0.9 1,000,000 2.0`,
  // (cells no reader knows, "1,219(1,100)" in a pipe row: each figure a record of the figures no reader claimed)
  'figures no reader claimed': (k) => `苗木${k} | ${(k % 900) + 100},${String(k % 1000).padStart(3, '0')}(1,100) |`,
};

const HEAD = '令和9年度 予算の概要\n（単位：千円）\n区分\t令和9年度予算額\t令和8年度予算額\n';
const document = (unit: (k: number) => string, n: number): string =>
  HEAD + Array.from({ length: n }, (_, k) => unit(k + 1)).join('\n') + '\n合計\t1,200\t1,100\n';

function best(f: () => void): number {
  let t = Infinity;
  for (let r = 0; r < 3; r++) {
    const s = performance.now();
    f();
    t = Math.min(t, performance.now() - s);
  }
  return t;
}

export interface LinearFigure { shape: string; small: number; large: number; growth: number; regexGrowth: number }

export function benchLinear(n = 2000): LinearFigure[] {
  return Object.entries(SHAPES).map(([shape, unit]) => {
    const a = document(unit, n);
    const b = document(unit, 4 * n);
    extract(a); // (warm)
    const small = best(() => extract(a));
    const large = best(() => extract(b));
    const ra = best(() => { for (const _ of a.matchAll(SIMPLE)) void _; });
    const rb = best(() => { for (const _ of b.matchAll(SIMPLE)) void _; });
    return { shape, small, large, growth: large / small, regexGrowth: rb / Math.max(ra, 1e-3) };
  });
}

export function printLinear(fs: LinearFigure[], n: number): void {
  console.log(`linear: each shape at ${n} and ${4 * n} units; a linear reader grows about 4×, a quadratic one about 16×`);
  for (const f of fs) {
    const mark = f.growth > 8 ? '  ← not linear' : '';
    console.log(`  ${f.shape.padEnd(40)} ${f.small.toFixed(0).padStart(6)} ms → ${f.large.toFixed(0).padStart(6)} ms  ${f.growth.toFixed(1).padStart(5)}× (regex ${f.regexGrowth.toFixed(1)}×)${mark}`);
  }
  const worst = fs.reduce((w, f) => (f.growth > w.growth ? f : w));
  console.log(`linear: worst growth ${worst.growth.toFixed(1)}× (${worst.shape}); target: every shape under 8×`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 2000);
  printLinear(benchLinear(n), n);
}
