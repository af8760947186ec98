// The extractor's fast paths (cheap pre-checks in front of regular expressions, hand-written scanners,
// per-document memos) must give exactly what the plain regular expressions give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findYears } from '../../shared/era';
import { extract, type Extracted } from '../../shared/extract';
import { cellRecordInternals } from '../../shared/extract/cellrecords';
import { LineFacts } from '../../shared/extract/line-facts';
import { LiveRecords, MaruCounts, Subjects, lastSubject } from '../../shared/extract/prose-previous';
import { parseHeader } from '../../shared/extract/tables';
import { cleanItem, clearItemMemo, itemInternals, lastClause } from '../../shared/extract/items';
import { fundHeadingAbove } from '../../shared/extract/figure-flags';
import { bareNumberIn, cellFinder, isBlank, splitCells, splitLines } from '../../shared/extract/lines';
import type { Rec } from '../../shared/extract/records';
import { RowRecords, nearAbs } from '../../shared/extract/row-records';

// strings from the characters the patterns care about
const ALPHABET = [...'年度次初正下算額求約大限ち計積規費模間目で×xり~〜～-－:：=＝、,（(【[［<＜)）】]］★☆※￥①㉑はにがをのもとるらてし他めつろか降以ほこなたきれ予補要決令和R2019 \u3000\t事業総合共含め0１比前望昨対|｜'];
const str = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((a) => a.join(''));

function lastClauseRef(s: string): string {
  s = s.slice(-200);
  let cut = Math.max(s.lastIndexOf('。'), 0);
  const re = /(?:は|ては|には|では|で|て|に|が|も|り|し|き|え|け|み|い|び|ぎ|れ|ため|おり|つつ|ると|年度|ながら|ところ|ほか|他|以降)[、,]/gu;
  for (const m of s.matchAll(re)) if (m.index! + m[0].length > cut) cut = m.index! + m[0].length;
  if (s.lastIndexOf('。') === cut && cut > 0) cut += 1;
  return s.slice(cut);
}

function stripTailRef(s: string, re: RegExp): string {
  if (s.length <= 48) return s.replace(re, '');
  return s.slice(0, s.length - 48) + s.slice(s.length - 48).replace(re, '');
}

const BARE_NUM_REF = /^[\s\u3000(（[［]*(?:約[\s\u3000]?)?([△▲▼+＋\-−－]?)\s?([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?)(?:※[0-9０-９]?)?[\s\u3000]*([)）\]］(（]?)[\s\u3000]*$/u;

describe('fast paths equal the plain patterns', () => {
  it('lastClause (hand scanner) = the regex version', () => {
    fc.assert(fc.property(str(60), (s) => { expect(lastClause(s)).toBe(lastClauseRef(s)); }), { numRuns: 3000 });
    for (const s of ['研究開発については、', 'ため、事業A', 'ながら、B', 'ところ、C。D', '以降、E', '。', 'X。']) expect(lastClause(s)).toBe(lastClauseRef(s));
  });

  it('the last-character gates before end-anchored label patterns change nothing', () => {
    const { stripTail, TRAIL_LABEL, TRAIL_JUNK, TRAIL_PARTICLE, stripParticle, trimEndPunct } = itemInternals;
    fc.assert(fc.property(str(70), (s) => {
      expect(stripTail(s, TRAIL_LABEL)).toBe(stripTailRef(s, TRAIL_LABEL));
      expect(stripTail(s, TRAIL_JUNK)).toBe(stripTailRef(s, TRAIL_JUNK));
      expect(stripParticle(s)).toBe(s.replace(TRAIL_PARTICLE, ''));
      expect(trimEndPunct(s)).toBe(s.replace(/[\s\u3000、,:：]+$/u, ''));
    }), { numRuns: 3000 });
  });

  it('isBlank and the bare-number pre-check agree with their regular expressions', () => {
    const nums = fc.array(fc.constantFrom(...' \u3000\t(（[［△▲+-0123９,，.．)）]］x円※約'), { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(fc.property(nums, (s) => {
      expect(isBlank(s)).toBe(/^[\s\u3000]*$/u.test(s));
      expect(bareNumberIn(s) !== null).toBe(BARE_NUM_REF.test(s));
    }), { numRuns: 3000 });
  });

  it('cellFinder finds the cell cells.findIndex finds, the cells in order or not', () => {
    const span = fc.tuple(fc.nat(30), fc.nat(4)).map(([s, w]) => ({ start: s, end: s + w, text: '' }));
    const ref = (cells: { start: number; end: number }[], s: number, e: number) => cells.findIndex((c) => s >= c.start && e <= c.end);
    let apart = 0;
    fc.assert(fc.property(fc.oneof(str(30).map(splitCells), fc.array(span, { maxLength: 8 })), fc.nat(32), fc.nat(3), (cells, s, w) => {
      const f = cellFinder(cells);
      if (f.apart && cells.length > 1) apart++;
      expect(f.find(s, s + w)).toBe(ref(cells, s, s + w));
    }), { numRuns: 5000 });
    // (both ways were tried: cells apart, found by halving, and cells overlapping)
    expect(apart).toBeGreaterThan(200);
    expect(cellFinder([{ start: 0, end: 0, text: '' }, { start: 0, end: 0, text: '' }, { start: 0, end: 5, text: 'a' }, { start: 6, end: 9, text: 'b' }]).find(1, 3)).toBe(2);
  });

  it('the memo of a line\'s period of years answers as findYears does, asked of texts in any order', () => {
    const words = fc.array(fc.constantFrom('令和9年度', '平成３０年度', '11年度', '令和', '9', '年度', 'から', 'まで', '～', '事業', '\t', '1,000', ' '), { maxLength: 8 }).map((a) => a.join(''));
    let ranges = 0;
    fc.assert(fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(5), { maxLength: 12 }), (texts, asks) => {
      const facts = new LineFacts([]);
      for (const k of asks) {
        const t = texts[k % texts.length];
        const plain = t.includes('年') && findYears(t).some((y) => y.range);
        if (plain) ranges++;
        expect(facts.yearRange(t)).toBe(plain);
        // (another fact of the text asked between: the memo is the text's)
        expect(facts.textFacts(t).hasMaru).toBe(false);
        expect(facts.yearRange(t)).toBe(plain);
      }
    }), { numRuns: 3000 });
    expect(ranges).toBeGreaterThan(100);
  });

  it('the memo of the fund heading above a line answers as fundHeadingAbove does, lines asked in any order', () => {
    const line = fc.array(fc.constantFrom('1　', '■', '財政調整基金', '基金', 'の推移', '繰入金', '（単位：千円）', '1,000', '\t', '　', '事業'), { maxLength: 5 }).map((a) => a.join(''));
    let funds = 0;
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), fc.array(fc.nat(40), { maxLength: 30 }), (texts, asks) => {
      const lines = splitLines(texts.join('\n'));
      const facts = new LineFacts(lines);
      for (const a of asks) {
        const k = a % lines.length;
        const plain = fundHeadingAbove(lines, k);
        if (plain) funds++;
        expect(facts.fundHeading(k)).toBe(plain);
        expect(facts.fundHeading(k)).toBe(plain);
      }
    }), { numRuns: 2000 });
    expect(funds).toBeGreaterThan(100);
  });

  it('what a row\'s line says, worked out once, answers for each figure as its text before and after does', () => {
    const { rowFactsOf } = cellRecordInternals;
    const line = fc.array(fc.constantFrom('基金', '再掲', '～', '〜', 'から', 'か', 'ら', '基', '金', '1,000', ' ', '　', '事業'), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(fc.property(line, fc.nat(40), fc.nat(40), (t, x, y) => {
      const [a, b] = [Math.min(x, y, t.length), Math.min(Math.max(x, y), t.length)];
      const row = rowFactsOf(t);
      const head = t.slice(0, a);
      const rest = t.slice(b);
      expect(row.fundAt >= b).toBe(rest.includes('基金'));
      expect(row.restatedAt >= b).toBe(rest.includes('再掲'));
      expect(row.spanWordEnd <= a).toBe(head.includes('～') || head.includes('〜') || head.includes('から'));
    }), { numRuns: 5000 });
  });

  it('the records still to take last year\'s figure, found by jumps, are those a step at a time finds', () => {
    const rec = (line: number) => ({ line, previous: null }) as unknown as Extracted;
    const op = fc.tuple(fc.constantFrom('drop', 'previous', 'next'), fc.nat(30), fc.constantFrom(1 as const, -1 as const));
    let jumped = 0;
    fc.assert(fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }), fc.boolean(), fc.array(op, { maxLength: 60 }), (steps, sorted, ops) => {
      let line = 1;
      const recs = steps.map((d) => rec(sorted ? (line += d) : 1 + d));
      const inOrder = recs.every((x, n) => n === 0 || recs[n - 1].line <= x.line);
      const drop = new Set<number>();
      const live = new LiveRecords(recs, drop);
      const done = (n: number) => drop.has(n) || !!recs[n].previous;
      for (const [what, at, step] of ops) {
        const n = at % (recs.length + 1) - (step === -1 ? 1 : 0);
        if (what === 'drop' && n >= 0 && n < recs.length) drop.add(n);
        else if (what === 'previous' && n >= 0 && n < recs.length) (recs[n] as { previous: unknown }).previous = { text: '1円' };
        else if (what === 'next') {
          let j = n;
          while (j >= 0 && j < recs.length && done(j)) j += step;
          const got = live.next(n, step);
          expect(got).toBe(inOrder ? j : n);
          if (inOrder && j !== n) jumped++;
        }
      }
    }), { numRuns: 3000 });
    expect(jumped).toBeGreaterThan(300);
  });

  it('the subject of a sentence up to a figure, its subjects found once per sentence, is the one its text up to the figure names', () => {
    const text = fc.array(fc.constantFrom('経費', '事業', 'は', '、', ',', '。', '年度の', '2022', ' ', '費用', 'はは'), { maxLength: 16 }).map((a) => a.join(''));
    let named = 0;
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(2), fc.nat(60)), { maxLength: 12 }), (texts, asks) => {
      const lines = texts.map((t, k) => ({ no: k + 1, start: 0, text: t }));
      const subjects = new Subjects();
      const maru = new MaruCounts();
      for (const [which, at] of asks) {
        const l = lines[which % lines.length];
        const a = at % (l.text.length + 1);
        const plain = lastSubject(l.text.slice(l.text.lastIndexOf('。', a - 1) + 1, a));
        if (plain) named++;
        expect(subjects.before(l as never, a, maru)).toBe(plain);
      }
    }), { numRuns: 5000 });
    expect(named).toBeGreaterThan(200);
  });

  it('a balance\'s word between two offsets, and the full stop before one, found from their places as the text\'s own search finds them', () => {
    const text = fc.array(fc.constantFrom('残高', '基金', '保有額', '積立額', '積立', '。', '残', 'は', '120億円', ' '), { maxLength: 14 }).map((a) => a.join(''));
    let found = 0;
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(2), fc.nat(40), fc.nat(40)), { maxLength: 10 }), (texts, asks) => {
      const facts = new LineFacts([]);
      for (const [which, x, y] of asks) {
        const t = texts[which % texts.length];
        const plain = /残高|保有額|積立額|基金/u.test(t.slice(x, y));
        if (plain) found++;
        expect(facts.balanceWordIn(t, x, y)).toBe(plain);
        expect(facts.lastMaruAt(t, x)).toBe(t.lastIndexOf('。', x));
      }
    }), { numRuns: 3000 });
    expect(found).toBeGreaterThan(300);
  });

  it('cleanItem memo: the same answer cold and warm', () => {
    const inputs = ['- ◆ 研究開発マネジメント人材に関する体制整備事業 ', '令和7年度予算額 国立大学法人運営費交付金', '(項)科学技術振興費', '宇宙戦略基金の拡充(総務省'];
    const cold = inputs.map((s) => { clearItemMemo(); return [cleanItem(s), cleanItem(s, true)]; });
    const warm = inputs.map((s) => [cleanItem(s), cleanItem(s, true)]);
    expect(warm).toEqual(cold);
  });

  it('no state leaks from one document into the next', () => {
    const a = '令和8年度予算額\n\n・海洋研究の推進 1,234億円 (1,200億円)\n・宇宙開発の推進 2兆15億円（1兆9,990億円）\n';
    const b = '(単位：千円)\n事項\t前年度予算額\t令和7年度予算額\n(項)科学技術振興費\t1,234,567\t1,300,000\n';
    const first = JSON.stringify(extract(a));
    extract(b);
    expect(JSON.stringify(extract(a))).toBe(first);
  });

  it('long runs of heading-like lines and of figures stay linear (no deep recursion)', () => {
    const headings = Array.from({ length: 20000 }, (_, k) => `研究開発${k % 10}の推進の`).join('\n') + '\n100億円\n';
    const t0 = performance.now();
    const rs = extract(headings);
    expect(rs).toHaveLength(1);
    const figures = '事業A ' + Array.from({ length: 5000 }, () => '5億円').join(' ') + '\n';
    expect(extract(figures).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(20000);
  });

  it('a table under a long tab table without figures is read by its own header', () => {
    // (the rows of the table above are not merged into one header on and on: its cells grew with every row, quadratic
    // in the rows; `npm run bench -- linear` times it)
    const rows = Array.from({ length: 2000 }, (_, k) => `PM${k + 1}\t量子計算の研究その${k + 1}\t東浜大学`);
    const src = ['\t研究開発課題\t実施機関', ...rows, '', '（単位：百万円）', '事業名\t令和9年度予算額\t令和8年度予算額', '量子研究の推進\t1,200\t1,100', ''].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.text, r.fy, r.previous?.text ?? null])).toEqual([['1,200', 2027, '1,100']]);
  });

  it('a long run of label lines over figures gives each figure the previous-year figure of its own pair', () => {
    // (each primary's attached figures are found in one pass over the table's figures, not by a search of all of them)
    const pairs = Array.from({ length: 1500 }, (_, k) => `予算額\n${k + 1},000千円\n前年度予算額\n${k + 1},500千円`);
    const rs = extract(['（単位：千円）', ...pairs, ''].join('\n'));
    expect(rs).toHaveLength(1500);
    expect(rs.every((r, k) => r.text === `${k + 1},000千円` && r.previous?.text === `${k + 1},500千円` && r.line === 4 * k + 3)).toBe(true);
  });

  it('a page glued into one line without full stops still reads last year\'s figure stated before a figure', () => {
    // (the sentence before each figure is read back over a bounded stretch, not to the line's start)
    const glued = Array.from({ length: 3000 }, (_, k) => `事業${k + 1}　${k + 1}億円`).join('　');
    const rs = extract(`${glued}　総額は1,200億円で、前年度の1,100億円に比べ増加\n`);
    expect(rs).toHaveLength(3001);
    expect(rs.slice(0, 3000).every((r, k) => r.text === `${k + 1}億円` && r.item === `事業${k + 1}` && !r.previous)).toBe(true);
    expect([rs[3000].text, rs[3000].item, rs[3000].previous?.text]).toEqual(['1,200億円', '総額', '1,100億円']);
  });

  it('a row of thousands of cells under a header of as many years gives each figure its column\'s year', () => {
    // (each figure's cell is found by halving among the row's cells, not by a search of them all)
    const n = 3000;
    const years = Array.from({ length: n }, (_, k) => `令和${(k % 9) + 1}年度`).join('\t');
    const figures = Array.from({ length: n }, (_, k) => `${k + 1}`).join('\t');
    const rs = extract(`（単位：千円）\n区分\t${years}\n事業\t${figures}\n`);
    expect(rs).toHaveLength(n);
    expect(rs.every((r, k) => r.text === `${k + 1}` && r.item === '事業' && r.fy === 2019 + (k % 9) && r.yen === (k + 1) * 1000)).toBe(true);
  });

  it('a wide pipe row over a row of bracketed figures gives each figure the one in the cell under it as last year\'s', () => {
    // (the row above is split, and its figures placed in its cells, once for the line, not once for each figure under it)
    const n = 3000;
    const row = Array.from({ length: n }, (_, k) => `${k + 1}`).join(' | ');
    const under = Array.from({ length: n }, (_, k) => `（${k + 5001}）`).join(' | ');
    const rs = extract(`（単位：千円）\n区分\t令和9年度予算額\n| 事業 | ${row} |\n| 前年 | ${under} |\n`);
    expect(rs).toHaveLength(n);
    expect(rs.every((r, k) => r.text === `${k + 1}` && r.item === '事業' && r.line === 3 && r.previous?.text === `${k + 5001}`)).toBe(true);
  });

  it('a wide row naming a period of years makes each of its figures a total over them; naming one year, that year\'s', () => {
    // (whether the line names a period is worked out once for the line, not once for each of its figures)
    const cells = Array.from({ length: 3000 }, (_, k) => `${k + 1}`).join('\t');
    const period = extract(`（単位：千円）\n区分\t予算額\n事業（令和9年度から令和11年度まで）\t${cells}\n`);
    expect(period).toHaveLength(3000);
    expect(period.every((r, k) => r.text === `${k + 1}` && r.stage === 'other' && r.fy === null && r.flags.includes('multi_year'))).toBe(true);
    const year = extract(`（単位：千円）\n区分\t予算額\n事業（令和9年度）\t${cells}\n`);
    expect(year).toHaveLength(3000);
    expect(year.every((r, k) => r.text === `${k + 1}` && r.stage === 'budget' && r.fy === 2027 && !r.flags.includes('multi_year'))).toBe(true);
  });

  it('a header of thousands of columns gives each the role a header of four gives it', () => {
    // (what the whole header holds is worked out once, not once for each of its figure columns)
    const roles = (words: string[], n: number) => parseHeader(splitCells(['区分', ...Array.from({ length: n }, (_, k) => words[k % words.length])].join('\t')))!.slice(1).map((c) => [c.role, c.stage, c.fy, !!c.own]);
    const cases = [['令和9年度予算額', '令和9年度補正予算額'], ['補正前', '補正額', '補正後', '補正額'], ['令和9年度予算額', '令和8年度決算額']];
    for (const words of cases) {
      const twice = roles(words, 2 * words.length);
      const many = roles(words, 3000);
      // (after the first columns of their kinds, each is read as the second of its kind is)
      expect(many.slice(0, words.length)).toEqual(roles(words, words.length));
      expect(many.slice(words.length).every((r, k) => JSON.stringify(r) === JSON.stringify(twice[words.length + (k % words.length)]))).toBe(true);
    }
    expect(roles(cases[0], 4).map((r) => r[0])).toEqual(['primary', 'supplementary', 'text', 'supplementary']);
    expect(roles(cases[1], 4).map((r) => r[0])).toEqual(['primary', 'primary', 'text', 'primary']);
  });

  it('every figure of a wide row under a heading naming a fund is the fund\'s; under a transfer\'s heading, none is', () => {
    // (the heading above is looked for once for the line, not once for each of its figures: the long header between is read once)
    const n = 1500;
    const header = Array.from({ length: n }, () => '予算額\t前年度予算額').join('\t');
    const row = Array.from({ length: n }, (_, k) => `${k + 2}\t${k + 1}`).join('\t');
    const fund = extract(`1　財政調整基金の推移\n（単位：千円）\n区分\t${header}\n積立\t${row}\n`);
    expect(fund).toHaveLength(n);
    expect(fund.every((r, k) => r.text === `${k + 2}` && r.line === 4 && r.flags.includes('fund'))).toBe(true);
    const transfer = extract(`1　基金繰入金の推移\n（単位：千円）\n区分\t${header}\n積立\t${row}\n`);
    expect(transfer).toHaveLength(n);
    expect(transfer.some((r) => r.flags.includes('fund'))).toBe(false);
  });

  it('a line of thousands of figures each after its year keeps them apart; a line of two such figures pairs them', () => {
    // (a line of more than two figures is passed over before the year patterns read the text before its first figure)
    const glued = Array.from({ length: 3000 }, (_, k) => `R${(k % 9) + 1}：${k + 1}億円`).join(' ');
    const rs = extract(`${glued}\n歳入総額　R5:　8,412,356円　R6:　8,736,902円\n`);
    expect(rs).toHaveLength(3000);
    expect(rs.slice(0, 2990).every((r, k) => r.line === 1 && r.text === `${k + 1}億円` && r.fy === 2019 + (k % 9) && !r.previous)).toBe(true);
    expect([rs[2999].line, rs[2999].text, rs[2999].item, rs[2999].fy, rs[2999].previous?.text]).toEqual([2, '8,736,902円', '歳入総額', 2024, '8,412,356円']);
  });

  it('a table of thousands of rows glued on one line reads no row\'s number before its name as a figure', () => {
    // (whether a number kept so far holds a comma is kept as they are read, not searched for at each short number)
    const n = 3000;
    const rows = Array.from({ length: n }, (_, k) => `${(k % 9) + 1} 事業費${k + 1} ${k + 200} ${k + 100}`).join(' ');
    const rs = extract(`平成29年度 決算の概要 会計別 (単位:千円) 平成29年度 平成28年度 決算額 決算額 ${rows}\n`);
    expect(rs).toHaveLength(2 * n);
    expect(rs.every((r, j) => r.text === `${(j >> 1) + (j % 2 ? 100 : 200)}` && r.stage === 'settlement' && r.fy === 2017)).toBe(true);
    expect(rs.slice(2).every((r, j) => r.item === `事業費${(j >> 1) + 2}`)).toBe(true);
  });

  it('rows glued on lines of 900 rows each: a remark after the last figure flags its row only; 新規 on the line, every row', () => {
    // (what a row's whole line says is worked out once per line; the text before each figure is read over a bounded stretch)
    const n = 900;
    const rows = (name: string) => Array.from({ length: n }, (_, k) => `${name}${k + 1} ${k + 1},500 ${k + 1},000 500`).join(' ');
    const head = '主要事業要求状況 事業名 要求額 前年度 増減（単位：千円） ';
    const src = `${head}${rows('事業')} 基金\n${head}${rows('施策')} 再掲\n${head}${rows('拡充')}　新規\n`;
    const rs = extract(src);
    expect(rs).toHaveLength(3 * n);
    const flagged = (line: number, flag: string) => rs.filter((r) => r.line === line && r.flags.includes(flag as never)).map((r) => r.item);
    expect(flagged(1, 'fund')).toEqual([`事業${n}`]);
    expect(flagged(2, 'restated')).toEqual([`施策${n}`]);
    expect(flagged(3, 'new')).toHaveLength(n);
    expect(rs.every((r) => r.previous?.yen === r.yen - 500_000 && r.change?.yen === 500_000)).toBe(true);
  });

  it('a paragraph wrapped at one width, each line comparing with last year\'s figure, pairs its figures two by two', () => {
    // (the records already paired are jumped over, not walked again for each figure of the one long sentence)
    const n = 2000;
    const lines = Array.from({ length: n }, (_, k) => `事業${String(k + 1).padStart(5, '0')}の経費は、前年度の${1001 + k}億円に比べ増加しており`);
    const rs = extract(['令和9年度 予算の概要', ...lines, ''].join('\n'));
    expect(rs).toHaveLength(n / 2);
    expect(rs.every((r, j) => r.text === `${1001 + 2 * j}億円` && r.previous?.text === `${1002 + 2 * j}億円` && r.line === 2 + 2 * j)).toBe(true);
  });

  it('thousands of parts of a fund\'s balance in one sentence are each a balance of the fund', () => {
    // (the balance's word before the chain's first figure is looked up among the line's words, found once, not searched for again)
    const parts = Array.from({ length: 3000 }, (_, k) => `${k + 1}億円、`).join('');
    const rs = extract(`財政調整基金の残高は120億円、このうち取崩し分は${parts}\n`);
    expect(rs).toHaveLength(3001);
    expect(rs.every((r) => r.stage === 'other' && r.fy === null && r.flags.includes('fund'))).toBe(true);
  });
});

describe('a table row\'s records, indexed (row-records.ts)', () => {
  // records as a row makes them: on the row's line or another, a budget or not, last year's figure given at once, later
  // or never, a change given later; each question asked of the index and of a plain scan of the row's records
  type Op = { kind: 'add'; line: 0 | 1; yen: number; prev: number | null; budget: boolean } | { kind: 'prev'; at: number; yen: number } |
    { kind: 'change'; at: number } | { kind: 'ask'; yen: number; primary: number };
  // (small differences, those about 1e9 and 1e11 where the buckets change, and huge ones)
  const yen = fc.oneof(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 999_998_000, max: 1_000_002_000 }),
    fc.integer({ min: 0, max: 3000 }).map((k) => 100_000_000_000 + k * 97), fc.integer({ min: 0, max: 4 }).map((k) => k * 999_999_999_999));
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), line: fc.constantFrom(0 as const, 1 as const), yen, prev: fc.option(yen), budget: fc.boolean() }),
    fc.record({ kind: fc.constant('prev' as const), at: fc.nat(40), yen }),
    fc.record({ kind: fc.constant('change' as const), at: fc.nat(40) }),
    fc.record({ kind: fc.constant('ask' as const), yen, primary: fc.nat(40) }),
  );
  const rec = (line: number, y: number, prev: number | null, budget: boolean): Rec => ({
    lineIdx: line, out: { yen: y, stage: budget ? 'budget' : 'request', previous: prev === null ? null : { yen: prev }, change: null },
  }) as unknown as Rec;
  it('decided() and ofPrevious() equal a plain scan of the row\'s records', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), fc.nat(3), (ops, before) => {
      const recs: Rec[] = Array.from({ length: before }, () => rec(1, 5, 4, true));
      const from = recs.length;
      const index = new RowRecords(recs, from, 1);
      for (const o of ops) {
        if (o.kind === 'add') recs.push(rec(o.line, o.yen, o.prev, o.budget));
        else if (o.kind === 'prev') { const r = recs[from + o.at]; if (r && !r.out.previous) { r.out.previous = { yen: o.yen } as never; index.gavePrevious(r); } }
        else if (o.kind === 'change') { const r = recs[from + o.at]; if (r) r.out.change = { yen: 1 } as never; }
        else {
          const primary = recs[from + o.primary] ?? null;
          const plainOf = recs.slice(from).find((r) => r !== primary && r.lineIdx === 1 && r.out.previous && !r.out.change && nearAbs(r.out.yen - r.out.previous.yen, o.yen));
          expect(index.ofPrevious(primary, o.yen)).toBe(plainOf);
          expect(index.decided()).toBe(recs.slice(from).findLast((r) => r.lineIdx === 1 && r.out.stage === 'budget'));
        }
      }
    }), { numRuns: 3000 });
  });

  it('a row under a thousand places\' "地区k R9 | 地区k R8 | 増減" columns gives each place its last year and its change', () => {
    const n = 3000;
    const head = ['事項', ...Array.from({ length: n }, (_, k) => [`地区${Math.floor(k / 3)} R9`, `地区${Math.floor(k / 3)} R8`, '増減'][k % 3])].join('\t');
    const row = ['架空事業', ...Array.from({ length: n }, (_, k) => String([2000 + 7 * Math.floor(k / 3), 1000 + 3 * Math.floor(k / 3), 1000 + 4 * Math.floor(k / 3)][k % 3]))].join('\t');
    const rs = extract(`令和9年度 予算（単位：千円）\n${head}\n${row}\n`);
    expect(rs).toHaveLength(n / 3);
    expect(rs.every((r, g) => r.previous?.yen === (1000 + 3 * g) * 1000 && r.change?.yen === (1000 + 4 * g) * 1000)).toBe(true);
  });
});
