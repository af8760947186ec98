// One table, every way PDF and web text extraction flattens it: tabs, one space, runs of spaces, ideographic spaces,
// pipes; with column words spread out, years spaced out or written R7, a remarks column, the unit on the header's line,
// a header over two lines, full-width digits, numbered rows. Each form must read as the plain table does. (Examples
// invented.)
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';

const key = (r: ReturnType<typeof extract>[number]) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null, r.item].join('|');
const read = (t: string) => extract(t).map(key).sort();

const TABLES: Record<string, { text: string; records: number }> = {
  comparison: { records: 4, text: '令和9年度 一般会計当初予算の概要\n（単位：千円）\n区分\t令和9年度\t令和8年度\t増減\n議会費\t412,300\t405,100\t7,200\n総務費\t3,456,700\t3,500,100\t▲43,400\n民生費\t12,345,600\t11,980,000\t365,600\n合計\t16,214,600\t15,885,200\t329,400\n' },
  amountsWithYen: { records: 2, text: '令和9年度 水道事業会計予算の概要\n区分\t令和9年度\t令和8年度\t増減\n給水収益\t1,234,567円\t1,200,000円\t34,567円\n受託工事収益\t45,600円\t50,100円\t▲4,500円\n' },
  settlement: { records: 6, text: '令和8年度 一般会計歳出決算の状況\n（単位：千円）\n款\t予算現額\t支出済額\t執行率\n議会費\t412,300\t405,100\t98.3%\n総務費\t3,456,700\t3,300,100\t95.5%\n民生費\t12,345,600\t11,980,000\t97.0%\n' },
  stageColumns: { records: 2, text: '令和9年度 主要事業\n（単位：百万円）\n事業名\t令和9年度予算額\t令和8年度予算額\t対前年度増減額\n道路整備事業\t1,230\t1,100\t130\n河川改修事業\t560\t600\t△40\n' },
};

const isHeader = (l: string) => /^(?:区分|款|事業名)\t/u.test(l);
const isRow = (l: string) => /\t[0-9]/u.test(l) && !isHeader(l);
const numberRows = (mark: (k: number) => string) => (s: string) => { let k = 0; return s.split('\n').map((l) => (isRow(l) && !l.startsWith('合計') ? mark(++k) + l : l)).join('\n'); };

// forms a table's cells keep their meaning in
const FORMS: Record<string, (s: string) => string> = {
  spreadColumnWords: (s) => s.split('\n').map((l) => (isHeader(l) ? l.split('\t').map((c) => (['区分', '増減', '事業名'].includes(c) ? [...c].join('\u3000') : c)).join('\t') : l)).join('\n'),
  fullWidthDigits: (s) => s.replace(/[0-9,]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  unitHalfWidth: (s) => s.replace(/（単位：(.+?)）/u, '(単位:$1)'),
  unitBare: (s) => s.replace(/（単位：(.+?)）/u, '単位 $1'),
  unitSquare: (s) => s.replace(/（単位：(.+?)）/u, '[単位：$1]'),
  triangle: (s) => s.replace(/▲/gu, '△'),
  minus: (s) => s.replace(/[▲△]/gu, '-'),
  numbered: numberRows((k) => `${k} `),
  bracketNumbered: numberRows((k) => `(${k}) `),
  circled: numberRows((k) => '①②③④⑤'[k - 1]),
  eraLetter: (s) => s.replace(/令和(\d)年度(?=\t|\n|予算額)/gu, 'R$1'),
  western: (s) => s.replace(/\t令和(\d)年度/gu, (_, d: string) => `\t${2018 + Number(d)}年度`),
  yearSpacedOut: (s) => s.replace(/令和(\d)年度/gu, '令和 $1 年度'),
  headerOverTwoLines: (s) => s.split('\n').map((l) => {
    if (!isHeader(l)) return l;
    const c = l.split('\t');
    return `${c.map((x) => x.replace(/(年度)(.+)$/u, '$1')).join('\t')}\n${c.map((x) => x.match(/年度(.+)$/u)?.[1] ?? '').join('\t')}`;
  }).join('\n'),
  remarksColumn: (s) => s.split('\n').map((l) => (isRow(l) ? `${l}\t継続` : isHeader(l) ? `${l}\t備考` : l)).join('\n'),
  noCommas: (s) => s.replace(/([0-9]),(?=[0-9]{3})/gu, '$1'),
  crlf: (s) => s.replace(/\n/gu, '\r\n'),
  indentedRows: (s) => s.split('\n').map((l) => (isRow(l) ? `\u3000${l}` : l)).join('\n'),
  blankLineBetweenRows: (s) => s.replace(/\n(?=[^\n]*\t[0-9])/gu, '\n\n'),
  pageNumberInside: (s) => s.replace(/\n(?=民生費|河川改修|総務費|受託)/u, '\n- 12 -\n'),
};
// the ways the cells are set apart
const LAYOUTS: Record<string, (s: string) => string> = {
  tabs: (s) => s,
  oneSpace: (s) => s.replace(/\t/gu, ' '),
  twoSpaces: (s) => s.replace(/\t/gu, '  '),
  padded: (s) => s.split('\n').map((l) => l.split('\t').map((c, k, a) => (k < a.length - 1 ? c.padEnd(14, ' ') : c)).join('')).join('\n'),
  ideographicSpace: (s) => s.replace(/\t/gu, '\u3000'),
  pipes: (s) => s.split('\n').map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l)).join('\n'),
};
// (known gap: column words spread by ideographic spaces among cells set apart by ideographic spaces are no one word)
const KNOWN_GAPS = new Set(['amountsWithYen spreadColumnWords ideographicSpace']);

describe('one table in every flattened form', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: every form and layout reads as the plain table`, () => {
      const want = read(table.text);
      expect(want).toHaveLength(table.records);
      const differ: string[] = [];
      for (const [ln, layout] of Object.entries(LAYOUTS)) {
        for (const [fn, form] of Object.entries({ none: (s: string) => s, ...FORMS })) {
          const text = layout(form(table.text));
          if (fn !== 'none' && text === layout(table.text)) continue;
          if (KNOWN_GAPS.has(`${name} ${fn} ${ln}`)) continue;
          if (read(text).join('\n') !== want.join('\n')) differ.push(`${fn} × ${ln}`);
        }
      }
      expect(differ).toEqual([]);
    });
  }

  it('the unit closing a header row set apart by spaces is that row\'s unit; its words are the header', () => {
    const rs = extract('令和8年度 一般会計歳出決算の状況\n款  予算現額  支出済額  執行率  （単位：千円）\n議会費  412,300  405,100  98.3%\n');
    expect(rs.map((r) => [r.item, r.yen, r.stage])).toEqual([['議会費', 412_300_000, 'budget'], ['議会費', 405_100_000, 'settlement']]);
  });
});
