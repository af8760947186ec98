import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildText, garbledShare, type PdfPageText } from '../../shared/pdf/layout';
import { pageMapProblem, placeSpan } from '../../shared/pdf/pagemap';
import { readPdf } from '../../db/pdf-read';
import { REPO } from '../helpers/tmp';

const FIXTURES = path.join(REPO, 'test/fixtures/pdf');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

/** An item of `str` at x on a baseline, 10pt: Japanese characters 10pt wide, others 5.5pt. */
const widthOf = (str: string, size: number) => [...str].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : 0.55 * size), 0);
const item = (str: string, x: number, baseline: number, size = 10) => ({ str, x, baseline, width: widthOf(str, size), size });
const page = (...items: ReturnType<typeof item>[]): PdfPageText => ({ width: 600, height: 800, items });

describe('rebuilding lines and cells from positioned items', () => {
  it('groups items by baseline, top line first, each line left to right', () => {
    const { text } = rebuildText([page(item('二行目', 50, 700), item('一行目の', 50, 720), item('続き', 90, 720.5))]);
    expect(text).toBe('一行目の続き\n二行目');
  });

  it('separates cells at wide gaps with a tab, keeps touching items together', () => {
    const { text } = rebuildText([page(item('事業費', 50, 700), item('1,250', 200, 700), item('億円', 227.5, 700))]);
    expect(text).toBe('事業費\t1,250億円');
  });

  it('makes a narrow gap a cell break where figures line up in a column over several rows', () => {
    const rows = ['甲事業', '乙事業', '丙事業'].flatMap((name, i) => [item(name, 50, 700 - 20 * i), item(String(100 + i), 86, 700 - 20 * i)]);
    expect(rebuildText([page(...rows)]).text).toBe('甲事業\t100\n乙事業\t101\n丙事業\t102');
    // The same narrow gap on one line alone is no column: a Japanese word gap, no space.
    expect(rebuildText([page(item('甲事業', 50, 700), item('100', 86, 700))]).text).toBe('甲事業100');
  });

  it('drops the spacing PDF writers put between Japanese and Latin text, keeps spaces between Latin words', () => {
    const { text } = rebuildText([page(item('令和 8 年度', 50, 700), item('New', 50, 680), item('Deal', 69.5, 680))]);
    expect(text).toBe('令和8年度\nNew Deal');
  });

  it('leaves a blank line where the page leaves one, and lists pages without text', () => {
    const r = rebuildText([page(item('上', 50, 700), item('下', 50, 640)), page()]);
    expect(r.text).toBe('上\n\n下');
    expect(r.emptyPages).toEqual([2]);
  });

  it('maps every kept character to its page and box (top-left origin, y down)', () => {
    const r = rebuildText([page(item('前文', 50, 700)), page(item('予算額1,250億円', 100, 500))]);
    const start = r.text.indexOf('1,250億円');
    const at = placeSpan(r.map, start, start + '1,250億円'.length);
    expect(at?.page).toBe(2);
    expect(at?.box[0]).toBeCloseTo(130);
    expect(at?.box[2]).toBeCloseTo(177.5);
    expect(at!.box[1]).toBeLessThan(800 - 500);
    expect(at!.box[3]).toBeGreaterThan(800 - 500);
    expect(placeSpan(r.map, 2, 3)).toBeNull(); // the newline the rebuild put in
    expect(pageMapProblem(r.map, r.text.length)).toBeNull();
    expect(pageMapProblem(r.map, 3)).toMatch(/outside the text/);
    expect(pageMapProblem({ pages: [], spans: [] }, 3)).toBe('no pages');
  });

  it('places Latin characters narrower than Japanese ones and drops the spacing between them', () => {
    // As PDF.js gives it: one item, spaces where the writer set Latin apart from Japanese.
    const str = '令和 8 年度に 64 億円を要求';
    const r = rebuildText([page({ str, x: 100, baseline: 700, width: widthOf(str, 10) + 2 * 2.5, size: 10 })]);
    expect(r.text).toBe('令和8年度に64億円を要求');
    const start = r.text.indexOf('64億円');
    const at = placeSpan(r.map, start, start + 4)!;
    // Before it 令和␣8␣年度に␣: 55.5pt of glyphs and three spaces of about 7pt, so 76pt in
    // (equal shares for every character would put it at 68pt); 64␣億円 is 5.5 + 5.5 + 7 + 20 wide.
    expect(at.box[0]).toBeGreaterThan(173);
    expect(at.box[0]).toBeLessThan(180);
    expect(at.box[2] - at.box[0]).toBeGreaterThan(36);
    expect(at.box[2] - at.box[0]).toBeLessThan(40);
  });

  it('counts control and private-use characters as garbled', () => {
    expect(garbledShare('予算 1,250億円')).toBe(0);
    expect(garbledShare('\u0001\u0002\u0003予')).toBe(0.75);
  });
});

describe('reading the fixture PDFs (made by test/fixtures/pdf/make.sh)', () => {
  it('rebuilds the unruled 事項別表 as tab-separated rows', async () => {
    const { text } = await readPdf('jikoubetsu.pdf', fixture('jikoubetsu.pdf'));
    const lines = text.split('\n');
    expect(lines).toContain('事項\t令和7年度予算額\t令和8年度予定額\t比較増△減額');
    expect(lines).toContain('地域交流拠点整備費\t1,250,000\t1,380,500\t130,500');
    expect(lines).toContain('河川水位監視装置更新費\t67,890\t70,010\t2,120');
  });

  it('rebuilds prose and a ruled table over two pages, each figure at its place on its page', async () => {
    const { text, map } = await readPdf('budget-note.pdf', fixture('budget-note.pdf'));
    expect(map.pages).toHaveLength(2);
    expect(text).toContain('路線維持対策として325億円（前年度298億円）を要求する。');
    expect(text).toContain('森林再生推進事業\t412\t455');
    const at = (s: string) => placeSpan(map, text.indexOf(s), text.indexOf(s) + s.length)!;
    const first = at('325億円');
    const second = at('64億円');
    expect(first.page).toBe(1);
    expect(second.page).toBe(2);
    // Where poppler (a reader of its own) finds them on the page, within a point or two.
    expect(first.box[0]).toBeGreaterThan(56);
    expect(first.box[2]).toBeLessThan(560);
    expect(first.box[3] - first.box[1]).toBeCloseTo(11, 0);
    const row412 = at('412');
    const row96 = at('96\t');
    expect(row412.box[0]).toBeCloseTo(row96.box[0], 0); // one column
    expect(row96.box[1]).toBeGreaterThan(row412.box[3] - 1); // the next row, below
  });
});
