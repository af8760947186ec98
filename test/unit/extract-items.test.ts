// Item names in layouts where the name is not right before the amount. Invented examples, one per rule.
import { describe, expect, it } from 'vitest';
import { extract, type Extracted } from '../../shared/extract';
import { recByText } from '../helpers/extracted';

const rec = recByText;

describe('item names from context', () => {
  it('names listed on the label line above two figures, by position', () => {
    const src = '令和8年度予算額 海洋観測網整備事業 極域研究推進事業\n\n2,000億円(前年度予算額 1,900億円) 45億円(前年度予算額 40億円)\n';
    const rs = extract(src);
    expect(rec(rs, '2,000億円').item).toBe('海洋観測網整備事業');
    expect(rec(rs, '45億円').item).toBe('極域研究推進事業');
    expect(rec(rs, '45億円').previous?.yen).toBe(4_000_000_000);
  });

  it('a qualifier inside the bracket (…と共に合計) is no name: the name before the bracket', () => {
    const src = '令和8年度予算額\n\n・防災研究基金の拡充（国土交通省と共に合計1,200億円を計上）【300億円】\n';
    const rs = extract(src);
    expect(rec(rs, '1,200億円').item).toBe('防災研究基金の拡充');
  });

  it('a qualifier before the amount (…含め) defers to the same figure on a row above', () => {
    const src = '(単位：億円)\n\t令和8年度要求額\n農林水産省関連合計\t1兆 2,300 億円\n\n特別会計含め 1兆2,300億円\n';
    const rs = extract(src);
    expect(rs[rs.length - 1].item).toBe('農林水産省関連合計');
  });

  it('lines ending in a verb (…を支援) are no headings: the programme above is the name', () => {
    const src = [
      '● 地域連携プラットフォーム形成事業', '', '320百万円(前年度予算額:300百万円)', '',
      '- *参加機関の旅費や会議開催経費等を支援',
      '- *支援額については、1拠点あたり2千万円を上限に、事業の規模等を踏まえて決定',
    ].join('\n');
    const rs = extract(src);
    expect(rec(rs, '2千万円').item).toBe('地域連携プラットフォーム形成事業');
  });

  it('a bare phase (第2期 …) takes the acronym of the programme heading above', () => {
    const src = [
      '量子技術イノベーション拠点（QIH）の概要', '', '<各期の課題数・予算額>', '',
      '第2期（令和3年度から令和7年度まで5年間）', '', '- 課題数：8', '- 予算額：120億円',
    ].join('\n');
    const rs = extract(src);
    expect(rec(rs, '120億円').item).toBe('QIH第2期');
  });

  it('"Programme(ACRONYM) による…支援" names the programme', () => {
    const src = '令和8年度予算額\n\n※この他、次世代人材育成プログラム(NEXT) による経済的 支援を令和7年度補正予算で120億円措置\n';
    const rs = extract(src);
    expect(rec(rs, '120億円').item).toBe('次世代人材育成プログラム(NEXT)');
  });

  it('a quoted programme right after the amount, across a wrapped line', () => {
    const src = '・ 2023 年度補正予算において新たに造成された 800 億円規模の基\n金による「地方大学研究力強化事業（ＲＵＲＡ）」では、2024 年に採択を行った。\n';
    const rs = extract(src);
    expect(rec(rs, '800 億円').item).toBe('地方大学研究力強化事業（ＲＵＲＡ）');
  });

  it('the topic of a wrapped sentence (…については) when the amount follows a qualifier', () => {
    const src = '・ 第７期計画では、５年間の目標を掲げており、このうち政府の科学技術関係予算については 2025 年度政府\n予算を含めれば約 45 兆円に達しているところである。\n';
    const rs = extract(src);
    expect(rec(rs, '45 兆円').item).toBe('政府の科学技術関係予算');
  });

  it('a figure repeated on the next line names the same thing', () => {
    const src = '- 世界最高水準の研究大学を形成するため、8兆円規模の研究大学ファンドを創設。\n※4,000億円の政府出資金を措置することで基盤を強化し、8兆円規模においても運用益を確保。\n';
    const rs = extract(src);
    expect(rec(rs, '8兆円', 0).item).toBe('研究大学ファンド');
    expect(rec(rs, '8兆円', 1).item).toBe('研究大学ファンド');
  });

  it('after an enumeration (…や、) the name follows the amount', () => {
    const rs = extract('具体的には、量子コンピュータ開発の加速や、5兆円規模の科学技術ファンドの創設などに取り組んだ。\n');
    expect(rec(rs, '5兆円').item).toBe('科学技術ファンド');
  });

  it('"X に総額 Y円規模": the name is the target before the amount', () => {
    const rs = extract('・ 2023 年度には半導体分野に総額２兆円規模の大型\n支援を行った。\n');
    expect(rec(rs, '２兆円').item).toBe('半導体分野');
  });

  it('below a slide section label (事業内容), the page figure names the amount, not the previous section', () => {
    const src = [
      '●若手研究者支援プログラム', '', '令和８年度要求額　（前年度予算額', '　４５億円　　　　４０億円）', '',
      '背景・課題', '・研究者の処遇改善が課題', '事業内容', '・*研究費の一部を支援', '・*支援額は、1人あたり年間500万円を上限とする',
    ].join('\n');
    const rs = extract(src);
    expect(rec(rs, '４５億円').item).toBe('若手研究者支援プログラム');
    expect(rec(rs, '500万円').item).toBe('若手研究者支援プログラム');
  });

  it('the topic of the clause (…は、 / …については、) names the amount after it', () => {
    const src = '本年度の一般会計予算の総額は、十三兆六千九百十六億円となりました。\n文教及び科学振興費については、5兆5,906億円となっている。\n地方交付税交付金等は、18兆8,728億円であり、一般財源総額を確保した。\n';
    const rs = extract(src);
    expect(rec(rs, '十三兆六千九百十六億円').item).toBe('一般会計予算');
    expect(rec(rs, '5兆5,906億円').item).toBe('文教及び科学振興費');
    expect(rec(rs, '18兆8,728億円').item).toBe('地方交付税交付金等');
  });

  it('prose listing several figures: no leading 、 in the names', () => {
    const src = '令和7年度予算では、社会保障関係費は38兆2,778億円、防衛関係費は8兆6,691億円を計上した。\n';
    const rs = extract(src);
    expect(rec(rs, '38兆2,778億円').item).toBe('社会保障関係費');
    expect(rec(rs, '8兆6,691億円').item).toBe('防衛関係費');
  });

  it('事項別表 in 千円: (項) markers dropped, 事業費 kept as part of a name', () => {
    const src = '(単位：千円)\n事項\t前年度予算額\t令和7年度予算額\t比較増△減額\n(項)科学技術振興費\t1,234,567\t1,300,000\t65,433\n(項)文化財保存事業費\t98,765\t97,000\t△1,765\n';
    const rs = extract(src);
    expect(rec(rs, '1,300,000')).toMatchObject({ item: '科学技術振興費', yen: 1_300_000_000, fy: 2025 });
    expect(rec(rs, '97,000')).toMatchObject({ item: '文化財保存事業費', yen: 97_000_000 });
    expect(rec(rs, '97,000').change?.yen).toBe(-1_765_000);
  });
});

describe('other layouts', () => {
  it('a supplementary-budget overview table with a 金額 column and numbered rows (１．…)', () => {
    const src = '令和５年度補正予算（第１号）の概要\n（単位：億円）\n事項\t金額\n１．物価高から国民生活を守る\t27,363\n２．持続的賃上げの実現\t13,303\n合計\t40,666\n';
    const rs = extract(src);
    expect(rs).toHaveLength(3);
    expect(rs[0]).toMatchObject({ item: '物価高から国民生活を守る', yen: 2_736_300_000_000, stage: 'supplementary', fy: 2023, unit: '億円' });
    expect(rs[1].item).toBe('持続的賃上げの実現');
  });

  it('a title naming both a supplementary and a main budget keeps the main budget', () => {
    const rs = extract('令和6年度補正予算および令和7年度予算のポイント\n\n・研究基盤の強化 120億円（100億円）\n');
    expect(rs[0]).toMatchObject({ stage: 'budget', fy: 2025, item: '研究基盤の強化' });
  });

  it('magazine prose: connectives (また、) and "Xのうち、" are no part of the name; の規模 is dropped', () => {
    const src = '令和6年度予算は、一般会計の規模は112兆5,717億円となった。歳出のうち、国債費は27兆90億円である。\nまた、科学技術振興費は1兆3,159億円となっている。\n';
    const rs = extract(src);
    expect(rec(rs, '112兆5,717億円').item).toBe('一般会計');
    expect(rec(rs, '27兆90億円').item).toBe('国債費');
    expect(rec(rs, '1兆3,159億円').item).toBe('科学技術振興費');
  });

  it('a Heisei-era speech in kanji numerals', () => {
    const src = '平成三十年度予算の編成について\n\n一般会計の規模は九十七兆七千百二十八億円、このうち一般歳出は五十八兆八千九百五十八億円であります。\n社会保障関係費については、三十二兆九千七百三十二億円を計上しております。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.item, r.fy, r.stage])).toEqual([
      ['一般会計', 2018, 'budget'], ['一般歳出', 2018, 'budget'], ['社会保障関係費', 2018, 'budget'],
    ]);
  });
});

describe('names in spoken answers', () => {
  it('a speaker named by office, a filler and a comma after the target are no part of the name', () => {
    const rs = extract('東山県知事 定例記者会見（令和10年2月12日）\n知事　本日、来年度の当初予算案を発表します。\n知事　商店街の再生支援に、えー、八億\n円を計上しました。\n');
    expect(rs.map((r) => [r.yen, r.item, r.fy])).toEqual([[800_000_000, '商店街の再生支援', 2028]]);
  });
});

describe('a list whose legend says ▽ marks new programmes', () => {
  it('"（カッコ内は前年度当初、▽は新規）": a ▽ item is new, and the mark is no part of its name', () => {
    const src = ['令和８年度　架空市当初予算案', '◆主な事業（カッコ内は前年度当初、▽は新規）', '▽新図書館整備　12億4000万円', '・市民プール改修　3億円（2億5000万円）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.item, r.flags.includes('new')])).toEqual([[3, '新図書館整備', true], [4, '市民プール改修', false]]);
  });
});

describe('a record\'s 事業名 over a table with no row names', () => {
  it('"事業名" over its value, then "決算額（円） / 前年度決算額（円）" and figures one a line: the programme names the figures', () => {
    const src = ['令和５年度　主要な施策の成果説明書', '架空町', '事業名', '架空バス運賃助成事業', '担当課', '企画課', '決算額（円）', '前年度決算額（円）', '4,215,330', '3,877,410', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.item, r.previous?.yen ?? null])).toEqual([[4_215_330, '架空バス運賃助成事業', 3_877_410]]);
  });
});

describe('a name closing on what it is a part of', () => {
  it('"架空観測船の運航（架空機構運営費交付金の内数）" as a row\'s name: the figure is a portion, the name kept whole', () => {
    const src = ['令和８年度 概算要求', '（単位：百万円）', '事項\t令和７年度予算額\t令和８年度要求額', '架空観測船の運航（架空機構運営費交付金の内数）\t18,460\t19,902', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.item, r.flags.includes('portion')])).toEqual([[19_902, '架空観測船の運航（架空機構運営費交付金の内数）', true]]);
  });
});

describe('a clause a change word closes', () => {
  it('"歳入は1,200億円で増加、歳出は900億円": the second figure is 歳出\'s; "5％増、" closes its clause too', () => {
    const names = (src: string) => extract(src).map((r) => [r.yen / 1e8, r.item]);
    expect(names('令和8年度の架空町の歳入は1,200億円で増加、歳出は900億円となった。')).toEqual([[1200, '架空町の歳入'], [900, '歳出']]);
    expect(names('令和8年度の架空町の歳入は1,200億円で前年度比5％増、歳出は900億円となった。')).toEqual([[1200, '架空町の歳入'], [900, '歳出']]);
    expect(names('令和8年度の架空町の歳入は1,200億円で減少、歳出は900億円となった。')).toEqual([[1200, '架空町の歳入'], [900, '歳出']]);
  });
});

describe('a web page\'s trail of links and sub-bullets', () => {
  it('"ホーム ＞ 予算・決算 ＞ 令和10年度予算（案）" opens no settlement section; "－ " before a sub-item comes off its name', () => {
    const src = ['ホーム ＞ 政策 ＞ 予算・決算 ＞ 令和10年度予算（案）', '令和10年度 架空庁関係予算（案）のポイント', '',
      '■ 1. 地方誘客の促進', '【予算案額　96億円（83億円）】', '　・ 架空観光資源磨き上げ事業　42億円（38億円）', '　　－ 架空街並み活用モデル事業（新規）　5億円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.item, r.stage])).toEqual([[96, '予算案額', 'budget'], [42, '架空観光資源磨き上げ事業', 'budget'], [5, '架空街並み活用モデル事業', 'budget']]);
  });
});
