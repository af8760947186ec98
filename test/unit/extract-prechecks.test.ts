// The table finder's per-line prechecks (which lines a reader is not asked about) must skip only
// lines the reader would have found nothing on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInternals, evaluateBody, scanAllAmounts } from '../../shared/extract/amounts';
import { cellTableInternals, findCellTables } from '../../shared/extract/celltables';
import { HAS_YEN, isPipeRow, isSpaceCode, lineChars, splitLines, trimmedLength } from '../../shared/extract/lines';
import { toHalfWidth } from '../../shared/extract/numerals';
import { alignedSpans } from '../../shared/extract/header-grid';
import { bracketInternals, closeKind } from '../../shared/extract/brackets';
import { clauseBefore } from '../../shared/extract/relative-years';
import { SUPP_LABEL, legendInternals, suppLabels } from '../../shared/extract/document';
import { frameInternals } from '../../shared/extract/docframe';
import { findYears, yearInternals } from '../../shared/era';
import { stackedInternals } from '../../shared/extract/stacked';
import { cleanItem, clearItemMemo, isWeakItem, itemInternals, nameLike } from '../../shared/extract/items';
import { contextInternals, isStageLabelLine } from '../../shared/extract/context';
import { polishItem } from '../../shared/extract/naming';
import { flagNewLists } from '../../shared/extract/newlists';
import type { Extracted } from '../../shared/extract/types';

// invented lines of the kinds a flattened table is made of, and of the prose around it
const LINES = [
  '', ' ', '\u3000', '令和9年度', '概算要求額', '令和8年度 当初予算額', '比較増減', '補正後', '(単位：億円)', '計',
  '一般会計', '特別会計', 'うち、研究開発の推進', '4,286 億円', '3,495億円', '△12億円', '1,336 億円', '98円',
  '科学技術の振興に必要な経費として、前年度より多くを見込んでいる。', '予算額は 1,200億円 となった。', '1,200', '(注) 計数は四捨五入',
  // a header, a row: pieces that make tables more often than single lines do
  '令和9年度 概算要求額\n令和8年度 当初予算額', '一般会計\n4,286 億円\n3,495億円', 'うち、研究開発\n1,336 億円\n1,090 億円',
  '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000要求額',
];
const doc = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 24 }).map((ls) => splitLines(ls.join('\n')));
const ctx = { frameFy: 2027, frameStage: null };

describe('table prechecks skip only lines their reader finds nothing on', () => {
  it('unitCellRows is null wherever unitRowsReach rules it out', () => {
    const { unitRowsReach, linesHolding, unitCellRows } = cellTableInternals;
    let found = 0;
    fc.assert(fc.property(doc, (lines) => {
      const reach = unitRowsReach(lines, linesHolding(lineChars(lines), HAS_YEN));
      for (let i = 0; i < lines.length; i++) {
        const got = unitCellRows(lines, i, ctx, scanAllAmounts, { firstRows: new Map(), runFrom: -1, runTo: -1 });
        if (!reach[i]) expect(got).toBeNull();
        else if (got) found++;
      }
    }), { numRuns: 4000 });
    // the documents hold such tables: the check above is not vacuous
    expect(found).toBeGreaterThan(20);
    const table = splitLines('令和9年度 概算要求額\n令和8年度 当初予算額\n一般会計\n4,286 億円\n3,495億円\n');
    expect(unitRowsReach(table, linesHolding(lineChars(table), HAS_YEN))[0]).toBe(1);
    expect(unitCellRows(table, 0, ctx, scanAllAmounts, { firstRows: new Map(), runFrom: -1, runTo: -1 })?.figures).toHaveLength(2);
  });

  it('unitCellRows answers the same with the memo the lines above left as with none (a header run is read once)', () => {
    const { unitCellRows } = cellTableInternals;
    const fresh = () => ({ firstRows: new Map<number, number>(), runFrom: -1, runTo: -1 });
    let runs = 0;
    fc.assert(fc.property(doc, (lines) => {
      const memo = fresh();
      for (let i = 0; i < lines.length; i++) {
        const shared = unitCellRows(lines, i, ctx, scanAllAmounts, memo);
        if (i > memo.runFrom && i < memo.runTo) runs++;
        expect(JSON.stringify(shared)).toBe(JSON.stringify(unitCellRows(lines, i, ctx, scanAllAmounts, fresh())));
      }
    }), { numRuns: 2000 });
    // (lines inside a run read from a line above were asked: the memo was used)
    expect(runs).toBeGreaterThan(20);
  });

  it('rows of amounts under a header read the same whatever lines stand before the header', () => {
    const block = ['補正額 補正後', '一般会計 12億3,400万円 8,410億2,000万円', '', '企業会計 312億5,000万円'];
    const noise = fc.array(fc.constantFrom(
      '', '\u3000', '予算額は 1,200億円 となった。', '合計 | 説明', '計 (注)', '区分 予算額', '98円', '1,200',
      '科学技術の振興に必要な経費として、前年度より多くを見込んでいる。前年度より多くを見込んでいる。', '\t合計\t', 'a,b,c',
    ), { maxLength: 12 });
    const read = (before: string[]) => findCellTables(splitLines([...before, ...block].join('\n')), ctx).figures
      .filter((f) => f.lineIdx >= before.length).map((f) => ({ ...f, lineIdx: f.lineIdx - before.length }));
    const alone = read([]);
    expect(alone.map((f) => [f.lineIdx, f.yen, f.stage])).toEqual([[1, 1_234_000_000, 'supplementary'], [1, 841_020_000_000, 'budget'], [3, 31_250_000_000, 'budget']]);
    fc.assert(fc.property(noise, (before) => { expect(read(before)).toEqual(alone); }), { numRuns: 1500 });
  });

  it('lineCell and label/value pairs: the first-character gate agrees with their patterns', () => {
    const { lineCell, mayBeCell, NUM_CELL, PLACEHOLDER, VALUE_WITH_UNIT } = cellTableInternals;
    const cells = fc.array(fc.constantFrom(...' \u3000\t\u00a0\u2003\ufeff0１9,，.．%％△▲▼－-−マイナス皆増減―ー…‐*＊x円計千百万億'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(cells, (s) => {
      expect(lineCell(s) !== null).toBe(NUM_CELL.test(s) || PLACEHOLDER.test(s));
      if (VALUE_WITH_UNIT.test(s)) expect(mayBeCell(s)).toBe(true);
    }), { numRuns: 5000 });
    expect(mayBeCell(' 164百万円')).toBe(true);
    for (const s of [' 1,234', '\u3000△ 5', 'マイナス3', '皆増', ' ― ', '＊', '12.5％', 'x1', '']) expect(lineCell(s) !== null).toBe(NUM_CELL.test(s) || PLACEHOLDER.test(s));
  });

  it('clauseBefore (two searches in a window) = walking back a character at a time', () => {
    // (past a line break only where the whole line above is long prose going on and the words after the break name no year)
    const ref = (text: string, at: number): string => {
      let from = at;
      for (;;) {
        while (from > 0 && from > at - 80 && !'。\n'.includes(text[from - 1])) from--;
        if (from <= 0 || from <= at - 80 || text[from - 1] !== '\n') return text.slice(from, at);
        const above = text.slice(text.lastIndexOf('\n', from - 2) + 1, from - 1);
        const own = text.slice(from, at);
        if (above.length < 24 || /[。.：:）)]\s*$|\t/u.test(above) || /来年度|次年度|今年度|当年度|昨年度/u.test(own) || findYears(own).some((y) => y.fiscal)) return own;
        from--;
      }
    };
    const text = fc.array(fc.constantFrom('今年度', '来年度の', '。', '\n', '当初予算では', 'あ', '1億円', '\u3000', '図書館の改修費として', '除雪対策の事業費',
      '令和7年度', '\t', '.', 'あいうえおかきくけこさしすせそたちつてと'), { minLength: 20, maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.nat(), (t, k) => {
      const at = t.length ? k % (t.length + 1) : 0;
      expect(clauseBefore(t, at)).toBe(ref(t, at));
    }), { numRuns: 4000 });
  });

  it('suppLabels (tried only before each 補正 and 補下) = the whole-text scan', () => {
    const whole = new RegExp(SUPP_LABEL.source, 'gu');
    const text = fc.array(fc.constantFrom('令和', '今和', '平成', 'R', 'H', '6', '１２', '元', '2024', '19', ' ', '\u3000', '年度', '6年度', '年度補正', '年度第2次補正', '第2次', '第三次', '補正', '補下', '補', '予算', '度', '年', '0', '。'), { minLength: 5, maxLength: 40 }).map((a) => a.join(''));
    const seen = { n: 0 };
    fc.assert(fc.property(text, (t) => {
      const want = [...t.matchAll(whole)].map((m) => [m.index, m[0], m[1]]);
      seen.n += want.length;
      expect(suppLabels(t).map((m) => [m.index, m[0], m[1]])).toEqual(want);
    }), { numRuns: 5000 });
    expect(seen.n).toBeGreaterThan(500);
    expect(suppLabels('令和 12 年度 第2次 補正と2024年度補下、R5年度補正').map((m) => m[0])).toEqual(['令和 12 年度 第2次 補正', '2024年度補下', 'R5年度補正']);
  });

  it('soleChar (a scan that stops at a second character) = the text with its spaces taken out, when that is one character or none', () => {
    const { soleChar } = stackedInternals;
    const text = fc.array(fc.constantFrom(...' \u3000\t\u00a0\u2003()（）億円1', '𠮷'), { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.nat(8), fc.nat(8), (s, x, y) => {
      const [from, to] = x <= y ? [x, y] : [y, x];
      const packed = s.slice(from, to).replace(/[\s\u3000]/gu, '');
      expect(soleChar(s, from, Math.min(to, s.length))).toBe(packed.length <= 1 ? packed : null);
    }), { numRuns: 4000 });
  });

  it('a legend found from its last word (a lookbehind at each 補正 / 補下 / 前年) = the pattern run over the whole text', () => {
    const { endsAtSome, endsAtSupp, PAREN_SUPP_BEFORE, PREV_BEFORE, SUPP_BEFORE } = legendInternals;
    // the legend patterns as they were, run over the whole text
    const parenSupp = /[(（][\s\u3000]*[)）][\s\u3000]*(?:内)?[\s\u3000]*(?:は|:|：)[^。、\n]{0,16}(?:補正|補下)/u;
    const prev = /([<＜〈\[［【〔])[\s\u3000]*([>＞〉\]］】〕])[\s\u3000]*(?:内|書き?)?[\s\u3000]*(?:は|:|：)[^。、\n]{0,12}前年/u;
    const supp = /[【\[［〔]\s*[】\]］〕]\s*(?:内|書き?)?\s*(?:は|:|：)[^。\n]{0,24}(?:\n[\s\u3000]*)?(補正|補下)/u;
    const text = fc.array(fc.constantFrom('(', ')', '（', '）', '【', '】', '[', ']', '［', '］', '＜', '＞', '〈', '〉', '<', '>', ' ', '\u3000', '\n', '内', 'は', ':', '：',
      '。', '、', '令和8年度', '補正', '補下', '補', '前年', '前年度予算額', '予算額', 'あいうえおかきくけこ', '（　）は', '【】は', '＜ ＞内：', '[ ]', '〔', '〕', '書き', '〔 〕書きは'), { maxLength: 30 }).map((a) => a.join(''));
    const seen = { paren: 0, prev: 0, supp: 0 };
    fc.assert(fc.property(text, (t) => {
      expect(endsAtSupp(t, PAREN_SUPP_BEFORE)).toBe(parenSupp.test(t));
      expect(endsAtSome(t, '前年', PREV_BEFORE)).toBe(prev.test(t));
      expect(endsAtSupp(t, SUPP_BEFORE)).toBe(supp.test(t));
      if (parenSupp.test(t)) seen.paren++;
      if (prev.test(t)) seen.prev++;
      if (supp.test(t)) seen.supp++;
    }), { numRuns: 20000 });
    expect(Math.min(seen.paren, seen.prev, seen.supp)).toBeGreaterThan(20);
    expect(endsAtSupp('※（　）内は令和8年度補正予算額', PAREN_SUPP_BEFORE)).toBe(true);
    expect(endsAtSome('＜　＞\n 内：前年度予算額', '前年', PREV_BEFORE)).toBe(true);
  });

  it('era marks and Western years counted with indexOf = counted with the patterns', () => {
    const { countOf, letterMarks, westernYears } = frameInternals;
    const text = fc.array(fc.constantFrom('令和', '令', '和', '平成', '昭和', 'R', 'H', 'aR', 'XH', 'Ｒ', '1', '9', '2', '0', '19', '20', '2024', '１９', '２０２４', '９', ' ', '\u3000', '\t', '年', '年度', 'あ'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      const marks = [...t.matchAll(/令和|平成|昭和|(?<![A-Za-z])[RH](?=[0-9０-９])/gu)].map((m) => m[0]);
      expect(countOf(t, '令和') + letterMarks(t, 'R')).toBe(marks.filter((m) => m === '令和' || m === 'R').length);
      expect(countOf(t, '平成') + letterMarks(t, 'H')).toBe(marks.filter((m) => m === '平成' || m === 'H').length);
      expect(countOf(t, '昭和')).toBe(marks.filter((m) => m === '昭和').length);
      // (full-width digits count as their half-width forms)
      expect(westernYears(t)).toBe((t.match(/(?:[1１][9９]|[2２][0０])[0-9０-９]{2}\s?年/gu) ?? []).length);
    }), { numRuns: 10000 });
    expect(westernYears('2024年 1999 年 2020\u3000年度 20245年 1800年')).toBe(3);
  });

  it("findYears' one pass over a line (factsOf) = the tests it stands for", () => {
    const { eraOf, factsOf, NEN, NENDO, ERA_MARK, COMPACT, CENTURY, PAREN, DIGIT_NENDO } = yearInternals;
    // every mark ERA_RE and COMPACT_RE capture, as the tables by half-width mark had them
    const base: Record<string, number> = { '令和': 2018, '今和': 2018, '平成': 1988, '昭和': 1925, R: 2018, H: 1988, S: 1925, '令': 2018, '平': 1988 };
    const name: Record<string, string> = { '令和': 'reiwa', '今和': 'reiwa', '平成': 'heisei', '昭和': 'showa', R: 'reiwa', H: 'heisei', S: 'showa', '令': 'reiwa', '平': 'heisei' };
    for (const mark of ['令和', '今和', '平成', '昭和', 'R', 'H', 'S', 'Ｒ', 'Ｈ', 'Ｓ', '令', '平']) expect(eraOf(mark)).toEqual({ base: base[toHalfWidth(mark)], era: name[toHalfWidth(mark)] });
    const text = fc.array(fc.constantFrom(...'年度令今平昭和成元RHSＲＨＳrh12９０１２09５(（)あ '), { maxLength: 16 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      const f = factsOf(t);
      expect((f & NEN) !== 0).toBe(t.includes('年'));
      expect((f & NENDO) !== 0).toBe(t.includes('年度'));
      expect((f & ERA_MARK) !== 0).toBe(/令和|今和|平成|昭和|[RHSＲＨＳ][0-9０-９元]/u.test(t));
      expect((f & COMPACT) !== 0).toBe(/[RHＲＨ令平][0-9０-９]/u.test(t));
      expect((f & CENTURY) !== 0).toBe(/(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}/u.test(t));
      expect((f & PAREN) !== 0).toBe(t.includes('(') || t.includes('（'));
      expect((f & DIGIT_NENDO) !== 0).toBe(/[0-9０-９]\s?年度/u.test(t));
    }), { numRuns: 10000 });
  });

  it('walks over a line = the patterns they stand for: headerQuick, alignedSpans, isPipeRow, splitLines', () => {
    const { headerQuick } = cellTableInternals;
    const quick = /[額計比較減考率後度求定算]\s*[)）]?[\s\u3000|｜]+\S/u;
    const line = fc.array(fc.constantFrom(...'額計度算あ1 \u3000\t\u00a0\u2003)）(|｜\r', '𠮷'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(line, (t) => {
      expect(headerQuick(t)).toBe(quick.test(t));
      expect(alignedSpans(t)).toEqual([...t.matchAll(/\S+(?:[ \u3000]\S+)*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
      expect(isPipeRow(t)).toBe(!t.includes('\t') && (/\|.*\|/su.test(t) || /｜.*｜/su.test(t) || (t.includes('|') && t.includes('｜'))));
    }), { numRuns: 10000 });
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (ls) => {
      const text = ls.join('\n');
      let start = 0;
      expect(splitLines(text)).toEqual(text.split('\n').map((t, k) => { const l = { no: k + 1, start, text: t.endsWith('\r') ? t.slice(0, -1) : t }; start += t.length + 1; return l; }));
    }), { numRuns: 3000 });
    expect(headerQuick('区分　予算額　決算額')).toBe(true);
    expect(headerQuick('（比較） | 備考')).toBe(true);
  });

  it('bracket kinds by code unit = by character', () => {
    const { OPEN, CLOSE, openKindOf, closeKindOf } = bracketInternals;
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect(openKindOf(code)).toBe(Object.hasOwn(OPEN, c) ? OPEN[c] : undefined);
      expect(closeKindOf(code)).toBe(Object.hasOwn(CLOSE, c) ? CLOSE[c] : undefined);
      if (Object.hasOwn(CLOSE, c)) expect(closeKind(c)).toBe(CLOSE[c]);
    }
  });

  it('new-programme lists read back from each record line = read forward from each introduction', () => {
    const INTRO = /新規(?:に|の|事業|施策|要求|予算)[^。]*(?:次の|以下の|とおり|例)/u;
    const BULLET = /^[\s\u3000]*(?:[・•◆◇○●◎■□▶▷➢※\-‐]|[(（][^)）]{1,12}[)）][\s\u3000]*$)/u;
    // the lines flagged as the lists' were found before: forward from every introduction
    const forward = (lines: { text: string }[]): Set<number> => {
      const inList = new Set<number>();
      for (let i = 0; i < lines.length; i++) {
        if (!INTRO.test(lines[i].text)) continue;
        for (let k = i + 1; k < lines.length; k++) {
          const t = lines[k].text;
          if (!t.trim()) { if (k > i + 1) break; continue; }
          if (!BULLET.test(t)) break;
          inList.add(k + 1);
        }
      }
      return inList;
    };
    const doc = fc.array(fc.constantFrom('新規事業は次のとおり', '・新規要求の例', '・道路改良 5億円', '（文部科学省）', '', '\u3000', '本文の段落。', '新規に計上した。'), { minLength: 1, maxLength: 12 });
    let flagged = 0;
    fc.assert(fc.property(doc, fc.array(fc.nat(13), { maxLength: 8 }), (texts, at) => {
      const lines = splitLines(texts.join('\n'));
      const recs = at.map((n) => ({ line: n, flags: [] as string[] }) as unknown as Extracted);
      const want = forward(lines);
      flagNewLists(recs, lines);
      for (const r of recs) { expect(r.flags.includes('new')).toBe(want.has(r.line)); if (want.has(r.line)) flagged++; }
    }), { numRuns: 5000 });
    expect(flagged).toBeGreaterThan(100);
  });

  it('isSpaceCode = \\s, for every code unit', () => {
    for (let code = 0; code < 0x10000; code++) expect(isSpaceCode(code)).toBe(/^\s$/.test(String.fromCharCode(code)));
    expect(isSpaceCode(NaN)).toBe(false);
    const text = fc.array(fc.constantFrom(...' \u3000\t\n\u00a0\ufeff\u2003あa1'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { expect(trimmedLength(t)).toBe(t.trim().length); }), { numRuns: 3000 });
  });

  it('toHalfWidth (runs copied whole) = character by character', () => {
    const ref = (s: string): string => [...s].map((c) => { const k = c.charCodeAt(0); return k >= 0xff01 && k <= 0xff5e ? String.fromCharCode(k - 0xfee0) : k === 0x3000 ? ' ' : c; }).join('');
    const text = fc.array(fc.constantFrom(...'１２Ａｚ！～\uff5f\uff00 \u3000a1年', '𠮷'), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => { expect(toHalfWidth(t)).toBe(ref(t)); }), { numRuns: 5000 });
  });

  it('a vague figure told by the characters around it = by the patterns', () => {
    const { isVague } = amountInternals;
    const VAGUE_BEFORE = new Set(['数', '何', '幾']);
    const line = fc.array(fc.constantFrom(...'数何幾単位 \u3000\t1億円あ'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(line, fc.nat(12), fc.nat(12), (t, x, y) => {
      const tok = { signStart: Math.min(x, y), end: Math.max(x, y) } as Parameters<typeof isVague>[1];
      expect(isVague(t, tok)).toBe(VAGUE_BEFORE.has(t[tok.signStart - 1]) || /^[\s\u3000]*単位/u.test(t.slice(tok.end, tok.end + 4)));
    }), { numRuns: 10000 });
  });

  it('irregular comma groups told as the digits are read = told from the groups', () => {
    const groups = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(groups, fc.boolean(), fc.constantFrom('億', '万', '', '千'), (gs, frac, unit) => {
      const body = gs.map((n) => '7'.repeat(n)).join(',') + (frac ? '.5' : '') + unit;
      const odd = gs.length > 1 && (gs[0] > 3 || gs.slice(1).some((g) => g !== 3));
      expect(evaluateBody(body)?.warnings.includes('irregular_grouping')).toBe(odd);
    }), { numRuns: 3000 });
  });

  it('sign characters by code unit = by character', () => {
    const { signOf, isHyphenCode } = amountInternals;
    const minus = new Set(['△', '▲', '▼', '-', '−', '－', '‐', 'ー', 'Δ', '─', '―']);
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect(signOf(code)).toBe(minus.has(c) ? -1 : c === '+' || c === '＋' ? 1 : 0);
      expect(isHyphenCode(code)).toBe(['-', '−', '－', '‐', 'ー', '─', '―'].includes(c));
    }
    expect(scanAllAmounts('△ 5億円、－５億円、- 5億円、ケーキ ー5円、＋3億円、ケーキー5円').map((t) => t.yen)).toEqual([-5e8, -5e8, 5e8, -5, 3e8, 5]);
  });
});

// words and characters of item names and of the labels and marks around them
const ITEM_WORDS = [
  '令和', '今和', '平成', 'R', 'H', '6', '１２', '元', '2024', '年', '年度', '第2次', '当初', '補正', '補下', '予算', '予算額', '概算要求', '要求・要望額',
  '決算額', '前年度', '前年度比', '総額', '約', '最大', 'うち', '累計', '新規', '予算規模', '年間', '事業費', '国費', '金額', '合計', '計', 'までの計',
  '~', '〜', '3年目', '5か年で', '1件あたり', '1.5-', '歳入', '歳出', '現計', '会計', '要求', '研究開発', '振興', '推進', '事業', '省', '機構', '庁',
  'の', 'は', 'が', 'で', 'も', 'と', 'を', 'において', 'については', 'ども', 'さと', '、', ',', ':', '：', '=', '×', '|', '+', '(', ')', '（', '）', '【',
  '】', '[', ']', '［', '］', '<', '＜', '一部', '新規', ' ', '\u3000', '\u3000\u3000', '\t', '①', '★', '※', '再掲', '(項)', '（同2.1%増）、', 'また、', '歳出のうち、', 'のうち',
  'このうち', '内 ', '及び', '・', '-', '◆ ', '1. ', '(2)', '⑴', 'Ⅱ.', 'Q.', '強、', '程度、', '構想を支援 ', 'する ', 'については', 'に関しては', 'はじめ', '政府予算', '/',
  '円', '億円', '期間', '単位：', '担当', '文部科学省', '内閣府', '背景', '事業概要', 'こども', 'する', 'を支援', 'された', 'A', 'ー', '々', '𠮷', 'ｶﾅ', 'Ｂ',
  'のポイント', 'の概要', '(案)', '（参考）', '新たに', '別途、', 'さらに', '(3件)', '（10年間程度）', 'を措置', 'を新規要求', 'ト', '額', 'X Y Z',
  '**', '<u>', '</u>', '<b>', '「', '『', '」', '【東京】', '第4条 ', '○委員（山田太郎君）　', '○財務大臣　', '事業名　', '文部科学省の令和9年度', '内閣府の2023年度', '   ',
];
const itemText = fc.array(fc.constantFrom(...ITEM_WORDS), { maxLength: 16 }).map((a) => a.join(''));

describe('item names: the hand-written paths = the plain patterns', () => {
  it('TRAIL_LABEL tried only from the run of its characters the text ends with = tried everywhere', () => {
    const { stripTail, TRAIL_LABEL, canEndLabel } = itemInternals;
    // (behind the last-character gate, as before: that gate lets no text ending in 元 through, "R元")
    const ref = (s: string): string => !canEndLabel(s) ? s : s.length <= 48 ? s.replace(TRAIL_LABEL, '') : s.slice(0, s.length - 48) + s.slice(s.length - 48).replace(TRAIL_LABEL, '');
    let cut = 0;
    fc.assert(fc.property(itemText, (s) => {
      const got = stripTail(s, TRAIL_LABEL);
      expect(got).toBe(ref(s));
      if (got !== s) cut++;
    }), { numRuns: 6000 });
    expect(cut).toBeGreaterThan(1000);
  });

  it('cleanItem settles its steps as repeated full rounds would', () => {
    const { settle, HEADING_STEPS, ITEM_STEPS } = itemInternals;
    const rounds = (s: string, steps: readonly ((s: string) => string)[]): string => {
      for (let k = 0; k < 12; k++) {
        const before = s;
        for (const f of steps) s = f(s);
        if (s === before) break;
      }
      return s;
    };
    fc.assert(fc.property(itemText, (s) => {
      for (const steps of [HEADING_STEPS, ITEM_STEPS]) {
        expect(settle(s, steps)).toBe(rounds(s, steps));
        // (what the shortcut rests on: a step leaves the text as it was, or shortens it)
        for (const f of steps) { const t = f(s); expect(t === s || t.length < s.length).toBe(true); }
      }
    }), { numRuns: 4000 });
  });

  it("mayStep shut says no step of cleanItem would change the text; settle with it = without", () => {
    const { settle, HEADING_STEPS, ITEM_STEPS, mayStep } = itemInternals;
    // (a name with what may stand before and after it, where a shut gate is common, and texts of any words)
    const lead = fc.constantFrom('', '', '', 'また、', 'さらに、', 'なお、', '加えて、', '一方、', '特に、', '歳出のうち、', '歳入のうち', '構想を支援 ', '事業を実施する ',
      'した ', '※', '(項)', '（同2.1%増）、', '令和6年度', 'R6', '2024年度の', '1. ', '(2) ', '○', '◆ ', 'うち', '内 ', '及び', '強、', '程度、', ' ', '\u3000',
      '「', 'Ⅱ.', '⑴', '①', '】', '、', '計', 'このうち', 'Q. ', '12 ', 'H30');
    const name = fc.constantFrom('研究開発', '科学技術振興費', '大学ファンド', 'GX推進', 'こども家庭庁', '宇宙航空研究開発機構', '地域交通確保事業', '文化財保存事業費',
      '防災・減災', 'スタートアップ支援', '東京大学Kavli IPMU', 'ふるさと納税', '子ども', '国立大学法人', '統計研究所');
    const trail = fc.constantFrom('', '', '', '（令和10年度概算要求）', '(令和6年度予算)', ' 宇宙航空研究開発機構', ' 統計研究所', ' 政府予算', ' 当初予算', '予算', '概算要求', 'は',
      'の', 'については', '、', ' ', '\u3000', '【新規】', '（再掲）', '①', '★', '計', '総額', '約', ':', 'は米国財団から', 'を推進', '3年間', '）', '」');
    const named = fc.tuple(lead, lead, name, trail, trail).map((p) => p.join(''));
    let shut = 0;
    fc.assert(fc.property(fc.oneof(named, itemText), (s) => {
      for (const [steps, heading] of [[HEADING_STEPS, true], [ITEM_STEPS, false]] as const) {
        if (!mayStep(s, heading)) { shut++; for (const f of steps) expect(f(s)).toBe(s); }
        expect(settle(s, steps, (x) => mayStep(x, heading))).toBe(settle(s, steps));
      }
    }), { numRuns: 20000 });
    expect(shut).toBeGreaterThan(3000);
  });

  it('isWeakItem by code unit, its spaces taken out by a walk = with the patterns', () => {
    const { withoutSpaces, WEAK, PARTICLE_PHRASE, TWO_LETTERS } = itemInternals;
    const ref = (s: string): boolean => {
      const t = s.replace(/[\s\u3000]/gu, '');
      return t.length < 2 || WEAK.test(t) || (/^[をにがはでとのへもや]/u.test(t) && (/^を|^[^][^\u3041-\u309f]/.test(t) || PARTICLE_PHRASE.test(t))) ||
        /^[0-9０-９.,、\s~〜]+$/u.test(t) || !TWO_LETTERS.test(t);
    };
    const chars = fc.array(fc.constantFrom(...'総合計約予事支うを内にがはでとのへもやかおり漢字カナAb0１.,、~〜 　\t\ufeff\u00a0𠮷ｶ①'), { maxLength: 8 }).map((a) => a.join(''));
    const words = fc.array(fc.constantFrom('総額', '合計', '計', '予算額', '事業費', 'うち', '内数', '基金(一部)', '補正予算', '当初予算', '事項要求', 'にかかる', 'として', 'の推進',
      'がん対策', 'ものづくり', 'にぎわい', 'を', '研究開発', ' ', '\u3000', '\t', '1,234', '〜', 'A', '々'), { maxLength: 5 }).map((a) => a.join(''));
    let weak = 0;
    fc.assert(fc.property(fc.oneof(chars, words, itemText), (s) => {
      expect(withoutSpaces(s)).toBe(s.replace(/[\s\u3000]/gu, ''));
      const got = isWeakItem(s);
      expect(got).toBe(ref(s));
      if (got) weak++;
    }), { numRuns: 10000 });
    expect(weak).toBeGreaterThan(1000);
  });

  it('TRAIL_JUNK tried only when the last character and a word say a match may end the text = tried always', () => {
    const { stripTail, TRAIL_JUNK } = itemInternals;
    const ref = (s: string): string => s.length <= 48 ? s.replace(TRAIL_JUNK, '') : s.slice(0, s.length - 48) + s.slice(s.length - 48).replace(TRAIL_JUNK, '');
    fc.assert(fc.property(itemText, (s) => { expect(stripTail(s, TRAIL_JUNK)).toBe(ref(s)); }), { numRuns: 6000 });
    for (const s of ['事業（再掲）', '事業【新規】', '事業［一部再掲］ ', '事業(再掲', '事業】', '事業①']) expect(stripTail(s, TRAIL_JUNK)).toBe(ref(s));
  });

  it('letters told by code unit = by \\p{Script=…}', () => {
    const { kanjiKana, twoLetters, TWO_LETTERS, twoKanjiKana, TWO_CJK } = itemInternals;
    const one = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]$/u;
    for (let c = 0; c < 0x10000; c++) {
      const k = kanjiKana(c);
      if (k >= 0) expect(k === 1).toBe(one.test(String.fromCharCode(c)));
    }
    const chars = fc.array(fc.constantFrom(...'漢字かなカナAbz09０Ｚ 　、。「」・ー々〆ヶゝ𠮷ｶﾅ①\ud842'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(chars, (t) => {
      expect(twoLetters(t)).toBe(TWO_LETTERS.test(t));
      expect(twoKanjiKana(t)).toBe(TWO_CJK.test(t));
    }), { numRuns: 6000 });
  });

  it('nameLike with its gates = with the plain patterns', () => {
    const { noteAfterBullet, SLIDE_SECTION_FIRST, SLIDE_SECTION_START } = itemInternals;
    const ref = (line: string): boolean => {
      if (line.length > 120) return false;
      const t = (line.includes('*') || line.includes('<') ? line.replace(/\*\*|<\/?u>|<[^>]{0,40}>/gu, '') : line).trim();
      if (!t || t.length > 60) return false;
      if (/[。、,]$/u.test(t) || /^※/u.test(t) || /^[~〜～:：『]/u.test(t)) return false;
      if (/^[-‐–—・•◆◇➢➤▶▷►○●◎■□*＊\s　]+[※:：『]/u.test(t) || /(?:を支援|する|した|している|される|された|できる|がある|である)$/u.test(t)) return false;
      if (/[0-9０-９]\s?(?:億|百万|千万|万|千|兆)?\s?円/u.test(t) || /期間|時点|現在/u.test(t)) return false;
      if (/\S[\s\u3000]{2,}[△▲▼\-－]?[0-9０-９][0-9０-９,，.．]*(?:[\s\u3000]{2,}|[\s\u3000]*$)/u.test(t) || /単[\s\u3000]?位[\s\u3000]?[:：]/u.test(t)) return false;
      if (/^[*＊(（]?\s*(?:担当|扫当)/u.test(t)) return false;
      if (isStageLabelLine(t)) return false;
      const c = cleanItem(t, true);
      if (isWeakItem(c) || /^(?:文部科学省|経済産業省|内閣府|総務省|財務省|厚生労働省|農林水産省|国土交通省|環境省|防衛省|デジタル庁|復興庁|外務省|法務省|警察庁)$/u.test(c)) return false;
      if (!/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}][^]*?[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(c)) return false;
      return !SLIDE_SECTION_START.test(c);
    };
    let yes = 0;
    fc.assert(fc.property(itemText, (s) => {
      const got = nameLike(s);
      expect(got).toBe(ref(s));
      if (got) yes++;
      expect(noteAfterBullet(s)).toBe(/^[-‐–—・•◆◇➢➤▶▷►○●◎■□*＊\s　]+[※:：『]/u.test(s));
      if (SLIDE_SECTION_START.test(s)) expect(SLIDE_SECTION_FIRST.has(s.charCodeAt(0))).toBe(true);
    }), { numRuns: 6000 });
    expect(yes).toBeGreaterThan(500);
    for (const s of ['背景・課題', '事業の目的', 'これまでの成果', '件数', '資金の流れ', '施策の目的', '制度の枠組み', '交付先', '支援対象', '現状', '概要', '目的', '成果']) {
      expect(SLIDE_SECTION_START.test(s)).toBe(true);
      expect(SLIDE_SECTION_FIRST.has(s.charCodeAt(0))).toBe(true);
    }
  });

  it('polishItem by code unit = by character', () => {
    const ref = (s: string): string => {
      if (new Set('ト要像始設げ模額').has(s[s.length - 1])) s = s.replace(/の(?:ポイント|概要|全体像|開始|創設|立ち上げ|規模|総額)$/u, '');
      if (s.includes('を')) s = s.replace(/を(?:措置|計上|造成|実施|創設|確保|要求|新規要求)(?:[(（][^)）]*[)）])?$/u, '');
      let l = s[s.length - 1];
      if (l === ')' || l === '）') s = s.replace(/[(（]\s*(?:案|参考)\s*[)）]$/u, '');
      if (s[0] === '(' || s[0] === '（') s = s.replace(/^[(（]\s*参考\s*[)）]\s*/u, '');
      if (s[0] === '/' || s[0] === '／' || s[0] === '|') s = s.replace(/^[/／|][\s\u3000]*/u, '');
      if (s[0] === '新' || s[0] === '別' || s[0] === '更' || s[0] === 'さ') s = s.replace(/^(?:新たに|新しく|別途|更に|さらに)[、,]?[\s\u3000]*(?=\S{2})/u, '');
      l = s[s.length - 1];
      if (l === ')' || l === '）') s = s.replace(/[(（][0-9０-９]+\s*(?:機関|件|拠点|人|箇所|か所|年|年間)(?:程度)?[)）]$/u, '');
      if (new Set('〉>＞)）】］]').has(s[s.length - 1])) s = s.replace(/[\s\u3000]*[〈<＜(（【［\[](?:補正|当初)[〉>＞)）】］\]]$/u, '');
      if (s.includes('の')) { const t = s.replace(/^(?:(?:一般|特別|企業)会計の|(?:(?:令和|平成)[\s\u3000]?)?[0-9０-９元]{1,2}[\s\u3000]?年度の)+/u, ''); if (t.length >= 2) s = t; }
      if (s.includes('」')) { const q = /^「([^「」]{2,30})」(?:が|の)?(?:事業費|国費|予算額?|経費)$/u.exec(s); if (q) s = q[1]; }
      return s.trim();
    };
    fc.assert(fc.property(itemText, (s) => { expect(polishItem(s)).toBe(ref(s)); }), { numRuns: 6000 });
  });

  it('letter-spaced labels: every match of the pattern is where the scan finds two single spaces a character apart', () => {
    const { spacedThree, LETTER_SPACED } = contextInternals;
    const spaced = fc.array(fc.tuple(fc.constantFrom(...'翌年度繰越額はカナかA1'), fc.constantFrom('', ' ', '\u3000', '  ', '\t')), { maxLength: 8 }).map((a) => a.flat().join(''));
    let found = 0;
    fc.assert(fc.property(spaced, (s) => { if (LETTER_SPACED.test(s)) { found++; expect(spacedThree(s)).toBe(true); } }), { numRuns: 6000 });
    expect(found).toBeGreaterThan(100);
  });

  it('a year range is read only where a dash or から follows the mention, as in every match of RANGE_AFTER', () => {
    const { rangeMarkAfter, RANGE_AFTER } = yearInternals;
    const after = fc.array(fc.constantFrom(' ', '度', '~', '〜', '～', '-', '－', '‐', 'から', 'か', '令和', 'R', '9', '十', '補正', '年度'), { maxLength: 6 }).map((a) => a.join(''));
    let ranges = 0;
    fc.assert(fc.property(after, (s) => { if (RANGE_AFTER.test(s.slice(0, 8))) { ranges++; expect(rangeMarkAfter(s, 0)).toBe(true); } }), { numRuns: 5000 });
    expect(ranges).toBeGreaterThan(300);
  });

  it('isStageLabelLine, with lines of more than two characters no replace takes away ruled out first = without', () => {
    const ref = (s: string): boolean => {
      if (s.length > 80 || !/予算|要求|要望|決算|補正|補下|前年|年度/u.test(s)) return false;
      const t = s.replace(/[\s\u3000]/gu, '');
      if (t.length === 0 || t.length > 40) return false;
      const rest = t.replace(/(令和|今和|平成|R|H)?[0-9０-９元]+年度/gu, '').replace(/第[0-9０-９一二三]次/gu, '')
        .replace(/前年度|前年|当初|補正|補下|予算額|予算|要求・要望額|要求額|概算要求額|概算要求|要望額|決算額|比較|増減|額|計上/gu, '')
        .replace(/[()（）:：\[\]【】、,・\-]/gu, '').replace(/文部科学省|経済産業省|内閣府|[^\s]{1,8}省$/u, '');
      return rest.length <= 2;
    };
    let yes = 0;
    fc.assert(fc.property(itemText, (s) => { const got = isStageLabelLine(s); expect(got).toBe(ref(s)); if (got) yes++; }), { numRuns: 8000 });
    expect(yes).toBeGreaterThan(100);
    for (const s of ['令和6年度 文部科学省予算額', '令和6年度 環境省予算', '（内閣府）令和6年度補正予算額', '令和6年度予算 ポイント']) expect(isStageLabelLine(s)).toBe(ref(s));
  });

  it('cleanItem skipping the tests of marks and words a text does not hold = running them', () => {
    const { PRE_MARKS } = itemInternals;
    fc.assert(fc.property(itemText, (s) => {
      clearItemMemo();
      const got = [cleanItem(s), cleanItem(s, true)];
      // (the plain run: every text taken as holding the marks)
      Object.defineProperty(PRE_MARKS, 'test', { value: () => true, configurable: true });
      try {
        clearItemMemo();
        expect(got).toEqual([cleanItem(s), cleanItem(s, true)]);
      } finally {
        delete (PRE_MARKS as { test?: unknown }).test;
      }
    }), { numRuns: 5000 });
    expect(PRE_MARKS.test('研究開発')).toBe(false);
  });
});

