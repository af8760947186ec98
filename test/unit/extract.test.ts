import { describe, expect, it } from 'vitest';
import { extract, WARNINGS, type Extracted } from '../../shared/extract';
import { recByText } from '../helpers/extracted';

const rec = recByText;
const spansOk = (src: string, rs: Extracted[]) => {
  for (const r of rs) {
    expect(src.slice(r.start, r.end)).toBe(r.text);
    for (const f of [r.previous, r.supplementary, r.change]) if (f) expect(src.slice(f.start, f.end)).toBe(f.text);
  }
};

describe('amount notation', () => {
  it('commas, spaces inside numbers, 兆億 combinations', () => {
    const src = '令和8年度予算案\n\n・海洋研究の推進 1 兆 2,034 億円 (9,870億円)\n・宇宙開発の推進 2兆15億円（1兆9,990億円）\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs).toHaveLength(2);
    expect(rec(rs, '1 兆 2,034 億円')).toMatchObject({ yen: 1_203_400_000_000, item: '海洋研究の推進', fy: 2026, stage: 'budget', unit: '億円' });
    expect(rec(rs, '1 兆 2,034 億円').previous).toMatchObject({ text: '9,870億円', yen: 987_000_000_000 });
    expect(rec(rs, '2兆15億円').previous?.yen).toBe(1_999_000_000_000);
  });
  it('full-width digits and punctuation', () => {
    const src = '令和７年度概算要求\n\n○次世代電池開発事業　１，２３４億円（１，１００億円）\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs[0]).toMatchObject({ text: '１，２３４億円', yen: 123_400_000_000, stage: 'request', fy: 2025, item: '次世代電池開発事業' });
    expect(rs[0].previous?.yen).toBe(110_000_000_000);
  });
  it('decimals are exact', () => {
    const rs = extract('令和8年度予算額\n\n・人材育成事業 10.2億円(0.3億円)\n・共同研究拠点 0.07億円(新規)\n');
    expect(rec(rs, '10.2億円').yen).toBe(1_020_000_000);
    expect(rec(rs, '10.2億円').previous?.yen).toBe(30_000_000);
    expect(rec(rs, '0.07億円')).toMatchObject({ yen: 7_000_000, flags: ['new'] });
  });
  it('every unit', () => {
    const src = '令和8年度予算\n・事業A 5円\n・事業B 12千円\n・事業C 30万円\n・事業D 45百万円\n・事業E 6千万円\n・事業F 7億円\n・事業G 8兆円\n';
    const rs = extract(src);
    expect(rs.map((r) => r.yen)).toEqual([5, 12_000, 300_000, 45_000_000, 60_000_000, 700_000_000, 8_000_000_000_000]);
    expect(rs.map((r) => r.unit)).toEqual(['円', '千円', '万円', '百万円', '千万円', '億円', '兆円']);
  });
  it('kanji numerals in a speech', () => {
    const src = '本年度の一般会計予算の総額は、十三兆六千九百十六億円となりました。前年度に比べて四千二百億円の増加であります。\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ text: '十三兆六千九百十六億円', yen: 13_691_600_000_000 });
    // kanji are no doubt in themselves: they lower the confidence a little but show no warning;
    // the year is what a reviewer must look at (the speech names none)
    expect(rs[0].warnings.map((w) => w.code)).not.toContain('kanji_numeral');
    expect(rs[0].warnings.map((w) => w.code)).toContain('fy_missing');
  });
  it('signs and changes are not primaries', () => {
    const src = '令和8年度予算額\n\n・科学技術振興費 1兆3,000億円 (+1,844億円)\n・エネルギー対策費 2,500億円 (△281億円)\n総額 3,000億円\n前年度比 120億円増\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs.map((r) => r.text)).toEqual(['1兆3,000億円', '2,500億円', '3,000億円']);
    expect(rec(rs, '1兆3,000億円').change?.yen).toBe(184_400_000_000);
    expect(rec(rs, '2,500億円').change?.yen).toBe(-28_100_000_000);
    expect(rec(rs, '1兆3,000億円').previous).toBeNull();
  });
});

describe('tables', () => {
  it('bare numbers under (単位：億円), tab-separated, with previous and change columns', () => {
    const src = '(単位：億円)\n\n\t令和7年度 予算額\t令和8年度 要求額\t比較増△減額\n一般会計\t1,200\t1,350\t150\nうち、研究開発費\t800\t790\t△10\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ text: '1,350', yen: 135_000_000_000, item: '一般会計', fy: 2026, stage: 'request', unit: '億円' });
    expect(rs[0].flags).toContain('unit_from_header');
    expect(rs[0].previous?.yen).toBe(120_000_000_000);
    expect(rs[0].change?.yen).toBe(15_000_000_000);
    expect(rs[1]).toMatchObject({ item: '研究開発費', yen: 79_000_000_000 });
    expect(rs[1].flags).toEqual(['unit_from_header']); // a breakdown (うち) is no portion: only の内数 is
    expect(rs[1].change?.yen).toBe(-1_000_000_000);
  });
  it('事項別表 in 千円 with a unit row', () => {
    const src = '事項\t前年度予算額\t令和7年度予算額\t比較増△減額\n\t千円\t千円\t千円\n科学技術振興費\t1,580,722,000\t1,562,712,000\t△18,010,000\n';
    const rs = extract(src);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ text: '1,562,712,000', yen: 1_562_712_000_000, item: '科学技術振興費', fy: 2025, stage: 'budget' });
    expect(rs[0].previous?.yen).toBe(1_580_722_000_000);
    expect(rs[0].change?.yen).toBe(-18_010_000_000);
  });
  it('cells put on separate lines by the PDF extraction', () => {
    const src = '令和7年度予算額\n(単位：千円)\n国立大学法人運営費交付金\n1,580,722,000 (\n\n1,562,712,000 )\n';
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ text: '1,580,722,000', yen: 1_580_722_000_000, item: '国立大学法人運営費交付金' });
    expect(rs[0].previous?.yen).toBe(1_562_712_000_000);
  });
  it('explicit units in a table with year columns', () => {
    const src = '\t令和8年度 概算要求額\t令和7年度 当初予算額\n特別会計\t1,525 億円\t1,454 億円\n';
    const rs = extract(src);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ yen: 152_500_000_000, fy: 2026, stage: 'request', item: '特別会計' });
    expect(rs[0].previous?.yen).toBe(145_400_000_000);
  });
});

describe('pairing', () => {
  it('(新規), の内数, 再掲, previous year on the next line', () => {
    const src = [
      '令和8年度概算要求', '',
      '- 新興感染症研究 42億円 (新規)',
      '- 海外留学支援制度 95億円の内数(88億円の内数)',
      '- 若手研究者支援【再掲】 12億円(11億円)',
      '', '量子技術の推進', '', '令和8年度要求・要望額 210億円', ' (前年度予算額 180億円)',
    ].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rec(rs, '42億円').flags).toEqual(['new']);
    expect(rec(rs, '95億円')).toMatchObject({ flags: ['portion'], item: '海外留学支援制度' });
    expect(rec(rs, '95億円').previous?.yen).toBe(8_800_000_000);
    expect(rec(rs, '12億円')).toMatchObject({ flags: ['restated'], item: '若手研究者支援' });
    expect(rec(rs, '210億円')).toMatchObject({ item: '量子技術の推進', stage: 'request', fy: 2026 });
    expect(rec(rs, '210億円').previous?.yen).toBe(18_000_000_000);
    expect(rs).toHaveLength(4);
  });
  it('supplementary figures in 【】 / [] or written out', () => {
    const src = [
      '令和7年度補正予算および令和8年度予算のポイント', '',
      '・防災研究の推進 30億円(28億円)【15億円】',
      '・海洋観測 12億円 (12億円) [4億円]',
      '◆ 人材育成事業 500百万円(480百万円) 令和7年度補正予算額 120百万円',
    ].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs).toHaveLength(3);
    expect(rec(rs, '30億円')).toMatchObject({ fy: 2026, stage: 'budget' });
    expect(rec(rs, '30億円').supplementary?.yen).toBe(1_500_000_000);
    expect(rec(rs, '12億円').supplementary?.yen).toBe(400_000_000);
    expect(rec(rs, '500百万円').supplementary?.yen).toBe(120_000_000);
  });
  it('a figure and its partner split over lines by the layout', () => {
    const src = ['地域研究拠点の形成', '', '令和8年度予算額 (前年度予算額', '', '64億円', '', '60億円)', '', '※運営費交付金中の推計額含む', '', '令和7年度補下予算額', '', '9億円'].join('\n');
    const rs = extract(src);
    spansOk(src, rs);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ text: '64億円', item: '地域研究拠点の形成', fy: 2026, stage: 'budget' });
    expect(rs[0].previous?.yen).toBe(6_000_000_000);
    expect(rs[0].supplementary?.yen).toBe(900_000_000);
    expect(rs[0].warnings.map((w) => w.code)).toContain('ocr_hosei');
    expect(rs[0].confidence).toBeLessThan(0.97);
  });
});

describe('context', () => {
  it('fiscal years and stages from labels in prose', () => {
    const src = '- 拠点形成のため、2021年度当初予算で3億円、2021年度補正予算で20億円、令和4年度補正予算で25億円を計上。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.yen, r.fy, r.stage])).toEqual([
      [300_000_000, 2021, 'budget'], [2_000_000_000, 2021, 'supplementary'], [2_500_000_000, 2022, 'supplementary'],
    ]);
  });
  it('multi-year totals, targets, unit prices and approximations are "other"', () => {
    const src = [
      '令和8年度概算要求', '',
      '・核融合炉の開発支援：5年で3,200億円（R8年度640億円）',
      '・国内の宇宙産業の市場規模を8兆円規模に拡大',
      '・支援額：1拠点あたり上限2千万円',
      '・研究費:0.5~1.2億円程度/課題',
    ].join('\n');
    const rs = extract(src);
    expect(rec(rs, '3,200億円')).toMatchObject({ stage: 'other', fy: null, item: '核融合炉の開発支援' });
    expect(rec(rs, '3,200億円').flags).toContain('multi_year');
    expect(rec(rs, '640億円')).toMatchObject({ stage: 'request', fy: 2026, item: '核融合炉の開発支援' });
    expect(rec(rs, '8兆円')).toMatchObject({ stage: 'other', flags: ['approximate'] });
    expect(rec(rs, '2千万円')).toMatchObject({ stage: 'other', fy: null, yen: 20_000_000 });
    expect(rec(rs, '1.2億円')).toMatchObject({ stage: 'other', flags: ['approximate'], yen: 120_000_000 });
  });
  it('era forms: 平成, 元年, R-numbers, kanji, OCR 今和', () => {
    const src = [
      '- H30年度補正予算で800億円、R元年度補正予算で90億円を計上して基金を造成。',
      '今和九年度予算額 44億円',
      '令和元年度予算額 5億円',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => r.fy)).toEqual([2018, 2019, 2027, 2019]);
    expect(rs[0].flags).toEqual(['fund']);
    expect(rs[2].warnings.map((w) => w.code)).toContain('ocr_reiwa');
  });
  it('document-level year from the title', () => {
    const src = '令和9年度 文部科学省予算のポイント\n\n(1) 基礎研究の強化\n\n・科研費 2,400億円(2,380億円)\n';
    const rs = extract(src);
    expect(rs[0]).toMatchObject({ fy: 2027, stage: 'budget', item: '科研費' });
    expect(rs[0].section.length).toBeGreaterThan(0);
  });
  it('item names broken over lines are joined', () => {
    const src = '生成AIモデルの信頼性確保に向けた\n\n研究開発拠点形成\n\n令和8年度予算額 (前年度予算額\n\n9億円 8億円)\n';
    const rs = extract(src);
    expect(rs).toHaveLength(1);
    expect(rs[0].item).toBe('生成AIモデルの信頼性確保に向けた研究開発拠点形成');
    expect(rs[0].previous?.yen).toBe(800_000_000);
  });
  it('magazine prose: subject before the amount, approximations, private figures', () => {
    const src = '・ 2025 年度の民間企業の研究開発投資額は 22.5 兆円となる見通しであり、\n政府は総額約 3 兆円規模の大学ファンドを活用する。\n';
    const rs = extract(src);
    expect(rec(rs, '22.5 兆円')).toMatchObject({ stage: 'other', fy: 2025, item: '民間企業の研究開発投資額' });
    expect(rec(rs, '3 兆円')).toMatchObject({ stage: 'other', item: '大学ファンド' });
    expect(rec(rs, '3 兆円').flags).toEqual(['approximate', 'fund']);
  });
});

describe('robustness', () => {
  it('warnings carry English messages from one list', () => {
    const rs = extract('令和7年度補正予算額 17.031百万円\n');
    const w = rs[0].warnings.find((x) => x.code === 'dot_as_comma');
    expect(w?.message).toBe(WARNINGS.dot_as_comma);
    expect(rs[0].yen).toBe(17_031_000);
    expect(rs[0].confidence).toBeLessThan(0.8);
  });
  it('is deterministic and ignores non-yen numbers', () => {
    const src = '累積1000M米ドル (約1380億円)\n研究者 1,000万人\n2050年までに\n(単位：千円)\n';
    expect(extract(src)).toEqual(extract(src));
    const rs = extract(src);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ yen: 138_000_000_000, flags: ['approximate'], stage: 'other' });
  });
  it('confidence stays in [0,1]', () => {
    const rs = extract('予算は約100兆円\n・事業 5億円 (4億円) 3億円\n61億円】\n');
    for (const r of rs) { expect(r.confidence).toBeGreaterThanOrEqual(0); expect(r.confidence).toBeLessThanOrEqual(1); }
  });
  it('handles CRLF and empty input', () => {
    expect(extract('')).toEqual([]);
    const src = '令和8年度予算額\r\n・事業A 5億円\r\n';
    const rs = extract(src);
    expect(rs[0].line).toBe(2);
    expect(src.slice(rs[0].start, rs[0].end)).toBe('5億円');
  });
  it('is linear: long pathological lines finish fast', () => {
    const src = '1,'.repeat(50_000) + '円\n' + '億'.repeat(50_000) + '円\n' + '(【['.repeat(20_000) + '5億円\n';
    const t = performance.now();
    extract(src);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
