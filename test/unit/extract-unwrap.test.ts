// Prose wrapped at a fixed width (a PDF or a printout turned to text): read as the same paragraphs unwrapped, with
// every line number and offset in the text as given. Examples invented for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { unwrap } from '../../shared/extract/unwrap';

const paragraph =
  '令和9年度の公共事業関係費は、前年度に比べて312億円増の5兆2,468億円を計上した。このうち、治水事業には前年度比4%増の8,912億円、' +
  '道路整備事業には2兆1,045億円、港湾整備事業には2,456億円を充てる。また、地域公共交通確保維持改善事業として新たに208億円を措置する。';
const second =
  '一方、災害復旧等事業費は、前年度の補正予算で措置した分を除き、前年度当初予算額と同額の681億円とした。空港整備事業は1,234億円である。';
const third =
  '以上のほか、東日本大震災からの復興・創生に係る経費として、復興庁の一括計上分を含めて別途2,345億円を計上しており、港湾の耐震化にはそのうち98億円を充てる。';
const prose = `令和9年度　国土交通省関係予算の概要\n\n${paragraph}\n${second}\n${third}\n\n・住宅対策　1,567億円\n・都市環境整備　823億円\n`;

/** Every line of more than `n` characters cut every `n` characters (a fixed-width wrap that knows no words). */
const wrapAt = (text: string, n: number): string =>
  text.split('\n').flatMap((l) => (l.length <= n ? [l] : Array.from({ length: Math.ceil(l.length / n) }, (_, k) => l.slice(k * n, k * n + n)))).join('\n');

/** Lines cut where they would pass `cols` display columns (a Japanese character takes two), as a PDF's lines are. */
const wrapCols = (text: string, cols: number): string =>
  text.split('\n').flatMap((l) => {
    const out: string[] = [];
    let cur = '';
    let w = 0;
    for (const ch of l) {
      const x = ch.charCodeAt(0) < 0x1100 ? 1 : 2;
      // (a PDF writer keeps 、 and 。 on the line they end, past the margin)
      if (w + x > cols && !'、。'.includes(ch)) { out.push(cur); cur = ''; w = 0; }
      cur += ch;
      w += x;
    }
    return [...out, cur];
  }).join('\n');

const fields = (rs: ReturnType<typeof extract>) => rs.map((r) => [r.yen, r.item, r.fy, r.stage, r.flags, r.previous?.yen ?? null, r.change?.yen ?? null]);

describe('prose wrapped at a fixed width', () => {
  it('a paragraph cut every 30 characters, mid-word and mid-number, reads as the paragraph on one line', () => {
    const one = extract(prose);
    expect(one.length).toBe(11);
    const wrapped = wrapAt(prose, 30);
    expect(wrapped).toContain('5\n兆2,468億円'); // (the cut runs through a figure)
    expect(fields(extract(wrapped))).toEqual(fields(one));
  });

  it('lines a PDF cut at a width in columns, half-width digits among them, read as unwrapped', () => {
    const wrapped = wrapCols(prose, 70);
    expect(unwrap(wrapped)).not.toBeNull();
    expect(fields(extract(wrapped))).toEqual(fields(extract(prose)));
    expect(fields(extract(wrapped.replace(/\n/g, '\r\n')))).toEqual(fields(extract(prose)));
  });

  it('every record stands on its line in the text as given; a figure broken at the margin is the part on its first line', () => {
    const wrapped = wrapAt(prose, 30);
    const lines = wrapped.split('\n');
    const rs = extract(wrapped);
    for (const r of rs) {
      expect(wrapped.slice(r.start, r.end)).toBe(r.text);
      expect(lines[r.line - 1]).toContain(r.text);
      for (const f of [r.previous, r.change]) if (f) expect(wrapped.slice(f.start, f.end)).toBe(f.text);
    }
    const broken = rs.find((r) => r.yen === 5_246_800_000_000)!;
    expect(broken.text).toBe('5');
    expect(lines[broken.line - 1].endsWith('増の5')).toBe(true);
    expect(broken.change?.yen).toBe(31_200_000_000);
  });

  it('a wrapped text with a blank line after every line reads as the text unwrapped', () => {
    const wrapped = wrapAt(prose, 30);
    const doubled = wrapped.split('\n').join('\n\n');
    expect(fields(extract(doubled))).toEqual(fields(extract(prose)));
    for (const r of extract(doubled)) expect(doubled.split('\n')[r.line - 1]).toContain(r.text);
  });

  it('a line starting with a comma a PDF moved down joins the line above', () => {
    const text = [
      '令和9年度予算の主な事業は次のとおり。',
      '河川改修事業は前年度比3%増の123億円',
      '、砂防事業は同2%増の45億円である。',
    ].join('\n');
    // (a text too short to show a margin: nothing is joined)
    expect(unwrap(text)).toBeNull();
    const wrapped = wrapAt(`${paragraph}${second}\n${text}`, 30);
    expect(unwrap(wrapped)!.text).toContain('\n河川改修事業は前年度比3%増の123億円、砂防事業は同2%増の45億円である。');
    expect(extract(wrapped).find((r) => r.yen === 4_500_000_000)?.item).toBe('砂防事業');
  });

  it('table rows, list items and a column of labels padded to their values are never joined', () => {
    const table = [
      '令和9年度　事業別予算（単位：千円）',
      '事業名　　　　　　　　　　　本年度　　　　前年度',
      '河川維持管理事業　　　　　　123,456　　　120,000',
      '道路橋りょう補修事業　　　　234,567　　　230,000',
      '公園施設長寿命化事業　　　　 45,678　　　 44,000',
      '下水道管渠更新事業　　　　　567,890　　　560,000',
      '消防施設整備事業　　　　　　 78,901　　　 80,000',
    ].join('\n');
    expect(unwrap(table)).toBeNull();
    const labels = ['事業名：　地域医療確保事業', '当初予算額：　1,234千円', '前年度予算額：　1,100千円', '増減額：　　　　134千円',
      '事業名：　救急医療体制整備', '当初予算額：　2,345千円', '前年度予算額：　2,400千円', '増減額：　　　△55千円'].join('\n');
    expect(unwrap(labels)).toBeNull();
    // list items under a wrapped paragraph start lines of their own
    const listed = wrapAt(`${paragraph}\n・住宅対策事業に1,567億円\n・都市環境整備事業に823億円\n・${second}`, 30);
    const u = unwrap(listed)!;
    expect(u.text).toContain('\n・住宅対策事業に1,567億円\n・都市環境整備事業に823億円\n・');
  });

  it('a news column wrapped at 18 characters is joined too; a short clause line leads into the figure under it', () => {
    const article = '　県土整備部は3日、2027年度予算の概算要求をまとめた。要求総額は1,820億円で、前年度当初比で4.2％増えた。' +
      '橋りょうの長寿命化には前年度当初比1.2倍の96億円を充てる。老朽化した排水機場の更新では新たに約14億円を求めた。' +
      '部は27年度から4年間で総額600億円規模を投じる方針を示している。';
    const text = `南海日報　2026年9月4日\n\n県土整備部　概算要求1,820億円\n\n${article}\n`;
    const wrapped = wrapAt(text, 18);
    expect(unwrap(wrapped)!.text).toContain('要求総額は1,820億円で、前年度当初比で4.2％増えた。');
    const rs = extract(wrapped);
    expect(rs.map((r) => [r.yen, r.item, r.fy, r.stage])).toEqual([
      [182_000_000_000, '県土整備部', 2027, 'request'], [182_000_000_000, '要求総額', 2027, 'request'], [9_600_000_000, '橋りょうの長寿命化', 2027, 'request'],
      [1_400_000_000, '老朽化した排水機場の更新', 2027, 'request'], [60_000_000_000, expect.any(String), null, 'other'],
    ]);
    // (the writer broke the line before the figure, at no margin: the clause above still names the span of years)
    const broken = extract('県土整備部　2027年度概算要求\n\n　部は27年度から4年間で総額\n600億円規模を投じる方針を示している。\n');
    expect(broken.map((r) => [r.yen, r.fy, r.stage, r.flags])).toEqual([[60_000_000_000, null, 'other', ['approximate', 'multi_year']]]);
  });
});

