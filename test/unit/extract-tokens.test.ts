// Stage 1, the amount tokenizer: amounts without 円, amounts broken over lines, signs and kanji,
// on examples invented for these tests.
import { describe, expect, it } from 'vitest';
import { scanAllAmounts, scanSplitAmount, scanUnitlessAmounts } from '../../shared/extract/amounts';
import { extract } from '../../shared/extract';
import { recByText } from '../helpers/extracted';

const texts = (line: string) => scanAllAmounts(line).map((t) => [t.text, t.yen]);
const rec = recByText;

describe('amounts without 円', () => {
  it('reads 億 and 兆 endings as yen, the change word left out of the text', () => {
    expect(texts('港湾整備に計2兆4120億を充て、前年より1,215億増えた')).toEqual([['2兆4120億', 2_412_000_000_000], ['1,215億', 121_500_000_000]]);
    expect(scanUnitlessAmounts('観光振興は58億増')[0]).toMatchObject({ text: '58億', suffix: 'increase' });
  });
  it('reads 億…万 without 円, but not a bare 万', () => {
    expect(texts('補助は3億6千万となり')).toEqual([['3億6千万', 360_000_000]]);
    expect(texts('来場者は8000万を見込む')).toEqual([]);
  });
  it('refuses counters after the unit and kanji words', () => {
    expect(texts('人口1億2千万人の国で')).toEqual([]);
    expect(texts('市場は3兆ドル規模')).toEqual([]);
    expect(texts('一億総参加の運動')).toEqual([]);
    expect(texts('総額は百二十億を超える')).toEqual([['百二十億', 12_000_000_000]]);
  });
  it('keeps amounts that have 円 as they were', () => {
    expect(texts('計4,310億円(3,980億)')).toEqual([['4,310億円', 431_000_000_000], ['3,980億', 398_000_000_000]]);
  });
});

describe('every numeral form', () => {
  it('reads ・ as a decimal point, in digits and in kanji', () => {
    expect(texts('燃料対策に4・2兆円')).toEqual([['4・2兆円', 4_200_000_000_000]]);
    expect(texts('総額は六千百二十五・八億円である')).toEqual([['六千百二十五・八億円', 612_580_000_000]]);
  });
  it('reads digit-by-digit kanji, mixed units and spaced units', () => {
    expect(texts('三兆五〇七億円')).toEqual([['三兆五〇七億円', 3_050_700_000_000]]);
    expect(texts('72億15百万円')).toEqual([['72億15百万円', 7_215_000_000]]);
    expect(texts('2兆4千億円')).toEqual([['2兆4千億円', 2_400_000_000_000]]);
    expect(texts('3,104,552 百 万 円')).toEqual([['3,104,552 百 万 円', 3_104_552_000_000]]);
    expect(texts('12億3,456万7千円')).toEqual([['12億3,456万7千円', 1_234_567_000]]);
  });
});

describe('amounts broken over two lines', () => {
  it('joins an open comma group or unit with the next line', () => {
    const s = scanSplitAmount('河川改修の事業費は2兆4,', '518億3,200万円(前年比3%増)');
    expect(s?.tok).toMatchObject({ text: '2兆4,', yen: 2_451_832_000_000 });
    expect(s?.nextLen).toBe('518億3,200万円'.length);
    expect(scanSplitAmount('総額 86 億', '円となった')?.tok).toMatchObject({ text: '86 億', yen: 8_600_000_000 });
  });
  it('does not join a page number or a finished amount with the next line', () => {
    expect(scanSplitAmount('第3章 12', '300万円の補助')).toBeNull();
    expect(scanSplitAmount('予算は15億円', '円')).toBeNull();
    expect(scanSplitAmount('予算は1,23', '45万円')).toBeNull(); // 1,2345 is no comma group
  });
  it('labels the amount on its first line and reads the second line on from the join', () => {
    const src = '令和9年度概算要求\n「林道整備」は事業費1兆3,\n204億円(同4%増)、「治山」は980億円。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.text, r.yen])).toEqual([[2, '1兆3,', 1_320_400_000_000], [3, '980億円', 98_000_000_000]]);
  });
});

describe('signs and approximations', () => {
  it('reads ▲ and + with a space before the number', () => {
    const rs = extract('令和9年度予算\n・道路維持 410億円(前年度比▲ 12億円)\n・橋梁補修 96億円(同 + 4億円)\n');
    expect(rec(rs, '410億円').change?.yen).toBe(-1_200_000_000);
    expect(rec(rs, '96億円').change?.yen).toBe(400_000_000);
  });
  it('reads マイナス and written-out decreases as negative', () => {
    expect(texts('前年比マイナス 420億円')).toEqual([['420億円', -42_000_000_000]]);
    const rs = extract('令和9年度の税収見込みは61兆円で、前年度から1兆2千億円落ち込む。\n');
    expect(rs).toHaveLength(1);
    expect(rs[0].change?.yen).toBe(-1_200_000_000_000);
  });
  it('reads a rule\'s ─ or a dash ― for the minus of a column of changes, not the last of a leader\'s run', () => {
    expect(texts('文教費   5兆3600億円  ─700億円')).toEqual([['5兆3600億円', 5_360_000_000_000], ['700億円', -70_000_000_000]]);
    expect(texts('恩給費      3900億円  ―500億円')).toEqual([['3900億円', 390_000_000_000], ['500億円', -50_000_000_000]]);
    expect(texts('総額────100億円')).toEqual([['100億円', 10_000_000_000]]);
    const rs = extract('  国債費     23兆4500億円 +1800億円\n  文教費   5兆3600億円  ─700億円\n');
    expect(rs.map((r) => [r.yen / 1e8, (r.change?.yen ?? 0) / 1e8])).toEqual([[234_500, 1_800], [53_600, -700]]);
  });
  it('reads 余 after 億 as an approximate amount', () => {
    const rs = extract('令和8年度末の基金残高は1兆2004億余円となっている。\n');
    expect(rs[0]).toMatchObject({ text: '1兆2004億余円', yen: 1_200_400_000_000, stage: 'other', fy: 2026 });
    expect(rs[0].flags).toContain('approximate');
  });
});

describe('kanji numerals broken over a line, and a round unit alone in a sentence', () => {
  it('"十五億" / "円を" is one amount; "最大で百万円を" is one million yen, a header\'s "（百万円）" no amount', () => {
    expect(scanSplitAmount('中小企業の賃上げ支援に十五億', '円を計上しています。')?.tok.yen).toBe(1_500_000_000);
    expect(texts('一社あたり最大で百万円を補助します。上限は千万円です。')).toEqual([['百万円', 1_000_000], ['千万円', 10_000_000]]);
    expect(texts('（単位：百万円）')).toEqual([]);
    expect(texts('歳出　百万円')).toEqual([]);
  });
});

describe('numbers as an OCR reads them', () => {
  it('an l or I for a one inside a number, and a space inside a comma group, are read through', () => {
    const rs = extract('北川村　令和10年度当初予算の概要\n　一般会計　予算額　 5,l20,000 千円\n　特別会計 合計   2,3 06,150 千円\n　国保 6,9I0 千円、Illinois 2 件\n');
    expect(rs.map((r) => [r.text, r.yen])).toEqual([['5,l20,000 千円', 5_120_000_000], ['2,3 06,150 千円', 2_306_150_000], ['6,9I0 千円', 6_910_000]]);
    // (two numbers a space apart, each whole, stay two)
    expect(texts('1,234 5,678千円')).toEqual([['5,678千円', 5_678_000]]);
  });
});

describe('amounts a list aligned on its units leaves gaps in', () => {
  it('"２億　　５００万円": an empty place between 億 and the next group is one amount; "6,999億  0円" stays two cells', () => {
    expect(texts('繰越金　　　２億　　５００万円')).toEqual([['２億　　５００万円', 205_000_000]]);
    expect(texts('繰越金 4億  30万円')).toEqual([['4億  30万円', 400_300_000]]);
    expect(texts('総額 6999億  0円')).toEqual([['6999億', 699_900_000_000], ['0円', 0]]);
  });
  it('"約2.5億分が" is an amount; "1億分の1" is a fraction', () => {
    expect(scanUnitlessAmounts('申請額が予算を上回り、約2.5億分が不採択となった').map((t) => t.yen)).toEqual([250_000_000]);
    expect(scanUnitlessAmounts('1億分の1の確率').length).toBe(0);
  });
});

describe('kanji numerals broken mid-number over a line', () => {
  it('"一兆二千三百" / "四十五億円", "八千二" / "百万円", "四十" / "五億円" are one amount each; "第二" / "百億円" is not', () => {
    expect(scanSplitAmount('　一般会計の予算規模は、一兆二千三百', '四十五億円となり、前年度を上回りました。')?.tok.yen).toBe(1_234_500_000_000);
    expect(scanSplitAmount('　補助金は八千二', '百万円です。')?.tok.yen).toBe(82_000_000);
    expect(scanSplitAmount('　地域交通の確保には四十', '五億円を計上しました。')?.tok.yen).toBe(4_500_000_000);
    expect(scanSplitAmount('　第二', '百億円')).toBeNull();
    expect(extract('令和六年度\n　地域交通の確保には四十\n五億円を計上しました。\n').map((r) => [r.line, r.text, r.yen])).toEqual([[2, '四十', 4_500_000_000]]);
  });
});
