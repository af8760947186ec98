// Stage 3, roles outside tables: stacked figures, previous-year figures stated in prose, changes
// before or after their figure; on examples invented for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { recByText } from '../helpers/extracted';

const rec = recByText;

describe('stacked figures', () => {
  it('a bracketed figure on its own line is the previous year of the lone figure above; 【補正予算】 marks the supplementary one', () => {
    const src = [
      '平成31年度水産予算の重点事項', '(※)下段( )内は平成30年度当初予算額', '【補正予算】', '①', '漁港の機能強化', '310億円', '45億円', '(298億円)',
      '②', '漁業者の経営安定【新規】', '12億円', '③', '資源調査の充実', '28億円', '(26億円)', '',
    ].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.text, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([
      ['310億円', 29_800_000_000, 4_500_000_000], ['12億円', null, null], ['28億円', 2_600_000_000, null],
    ]);
    expect(rec(rs, '12億円').flags).toContain('new');
  });
  it('a lone figure under the next item\'s name, or over "2月補正 1.5億円", is no supplementary figure of the item above', () => {
    const src = ['架空県 令和10年度当初予算案の概要', '架空産品販路開拓', '462百万円', '前年度 518百万円', '架空水産業支援', '2億円', '2月補正 1.5億円', '前年度 1.2億円', ''].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen / 1e6, r.supplementary?.yen ?? null])).toEqual([['架空産品販路開拓', 462, null], ['架空水産業支援', 200, null], ['架空水産業支援', 150, null]]);
  });
});

describe('a labelled figure with its previous year on the line under it', () => {
  it('takes the bracketed figure right below', () => {
    const rs = extract('令和8年度 概算要求の概要\n  流域治水の推進\n  令和8年度要求額 6,120億円\n  (5,480億円)\n');
    expect(rs.map((r) => [r.text, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([['6,120億円', 'request', 2026, 548_000_000_000]]);
  });
});

describe('lists of new programmes', () => {
  it('a heading naming new programmes alone, "■主な新規事業（カッコ内は予算額）", opens the list; ▽ marks its items', () => {
    const src = '令和10年度 架空市予算案\n■主な新規事業（カッコ内は予算額）\n▽架空給食費の無償化（1億4200万円）\n▽架空案内システム導入（3800万円）\n　市長は「勝負の予算だ」と述べた。\n継続事業の道路補修は5億円。\n';
    expect(extract(src).map((r) => [r.yen / 1e4, r.flags.includes('new')])).toEqual([[14_200, true], [3_800, true], [50_000, false]]);
  });
  it('bulleted figures under "新規…次のとおり" are new, until the list ends', () => {
    const src = '2030年度予算案で新規に計上された事業は次のとおり。\n(農林水産省)\n・スマート漁業実証(3.2億円)\n・里山保全交付金(900万円)\n\n継続事業の森林整備は120億円。\n';
    const rs = extract(src);
    expect(rs.map((r) => [r.text, r.flags.includes('new')])).toEqual([['3.2億円', true], ['900万円', true], ['120億円', false]]);
  });
  it('a long list under "新規…次のとおり" is new to its end; a list after it under another heading is not', () => {
    const fresh = Array.from({ length: 400 }, (_, k) => `・新規事業その${k + 1}（${k + 1}億円）`);
    const kept = Array.from({ length: 50 }, (_, k) => `・継続事業その${k + 1}（${k + 1}億円）`);
    const src = ['令和10年度に新規に要求する事業は次のとおり。', ...fresh, '', '継続して要求する事業', ...kept, ''].join('\n');
    const rs = extract(src);
    expect(rs).toHaveLength(450);
    expect(rs.slice(0, 400).every((r) => r.flags.includes('new'))).toBe(true);
    expect(rs.slice(400).some((r) => r.flags.includes('new'))).toBe(false);
  });
});

describe('prose', () => {
  it('前年度の X とほぼ同額: X is the previous year of the figure before it', () => {
    const rs = extract('県は2029年度当初予算案を発表した。人件費は1,210億円で、前年度の1,205億円とほぼ同額。\n');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ yen: 121_000_000_000, fy: 2029, stage: 'budget' });
    expect(rs[0].previous?.yen).toBe(120_500_000_000);
  });
  it('昨年度の X から … Y: X is the previous year of the figure after it', () => {
    const rs = extract('令和11年度の概算要求で、文化財の防災対策は昨年度の42億円から増加し57億円となった。\n');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ yen: 5_700_000_000, stage: 'request', fy: 2029 });
    expect(rs[0].previous?.yen).toBe(4_200_000_000);
  });
  it('a comparison its change word closed ("…に比べ増加") makes no change of a figure after a new topic ("歳出は X")', () => {
    const rs = extract('令和9年度の県予算について\n歳入は1,200億円で、前年度の1,100億円に比べ増加　歳出は900億円、前年度は800億円でした\n');
    expect(rs.map((r) => [r.text, r.previous?.text ?? null, r.change?.text ?? null])).toEqual([['1,200億円', '1,100億円', null], ['900億円', '800億円', null]]);
    // ("前年度比の増加分 X": the amount of the increase is still a change)
    const inc = extract('令和9年度の市予算\n保育事業は1億2,345万円。前年度比の増加分2,475万円は施設整備によるものです。\n');
    expect(inc.map((r) => [r.text, r.change?.text ?? null])).toEqual([['1億2,345万円', '2,475万円']]);
  });
  it('a change stated before its figure is a change; a percentage increase before a figure is not', () => {
    const rs = extract('2030年度の離島関係予算は、前年度当初から4億円減の312億円。図書館予算は対前年度比6.5%増の28億円となった。\n');
    expect(rs.map((r) => [r.text, r.change?.yen ?? null])).toEqual([['312億円', -400_000_000], ['28億円', null]]);
  });
  it('an amount in parentheses after a percentage is the change', () => {
    const rs = extract('2031年度の一般会計は5,020億円で、前年度より2・1%(104億円)増加した。\n');
    expect(rs).toHaveLength(1);
    expect(rs[0].change?.yen).toBe(10_400_000_000);
  });
  it('上回る / 下回る after an amount make it a change', () => {
    const rs = extract('令和10年度の一般財源総額は61兆3,000億円で、前年度を0.2兆円上回る。\n');
    expect(rs).toHaveLength(1);
    expect(rs[0].change?.yen).toBe(200_000_000_000);
  });
  it('a balance and its parts are no budget', () => {
    const rs = extract('令和9年度末の基金保有額は2兆100億円となっている。このうち国庫補助分は1兆5,000億円(県分8,000億円、市町村分7,000億円)である。\n');
    expect(rs.map((r) => r.stage)).toEqual(['other', 'other', 'other', 'other']);
  });
  it('うち in prose is a part, not の内数', () => {
    const rs = extract('令和9年度の概算要求額は3兆円。うち研究関係予算が8,200億円(310億増)である。\n');
    expect(rec(rs, '8,200億円').flags).not.toContain('portion');
    expect(rec(rs, '8,200億円').change?.yen).toBe(31_000_000_000);
    expect(rec(rs, '8,200億円').stage).toBe('request');
  });
});

describe('square brackets after a figure', () => {
  it('an earlier year named inside ［ ］ is the previous year, and a signed figure beside it the change', () => {
    const rs = extract('◆ 河川監視カメラ増設　R9要求額 4.6億円［R8当初 3.9億円、＋0.7億円］');
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[460000000, 2027, 'request', 390000000, 70000000]]);
  });
  it('an unlabelled figure in 【 】 after a pair stays the supplementary one', () => {
    const rs = extract('・農道整備 120億円（110億円）【30億円】');
    expect(rs.map((r) => [r.yen, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([[12000000000, 11000000000, 3000000000]]);
  });
});

describe('roles in the wording of reports and tables', () => {
  it('a multiple of last year before the figure leaves it the figure; "から膨らむ" makes the figure before it last year\'s', () => {
    const rs = extract('令和9年度予算の概算要求\n　港湾の耐震化には、前年度当初比1.4倍の632億円を充てる。国債費は28兆1500億円と、8年度当初の26兆9800億円から大きく膨らむ。');
    expect(rs.map((r) => [r.yen, r.item, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([
      [63_200_000_000, '港湾の耐震化', 'request', 2027, null], [28_150_000_000_000, '国債費', 'request', 2027, 26_980_000_000_000],
    ]);
  });
  it('"それぞれ増加" after two figures makes each a change; a label padded to its value still names a change', () => {
    const rs = extract('令和6年度決算の概要\n　決算規模は、歳入総額 31,400,215,000円、歳出総額 30,188,904,000円であり、前年度に比べ、歳入は 812,300,000円（2.7%）、歳出は 645,120,000円（2.2%）それぞれ増加した。');
    expect(rs.map((r) => r.yen)).toEqual([31_400_215_000, 30_188_904_000]);
    const padded = extract('令和8年度　一般会計予算の説明\n（項）河川防災費\n　　本年度予算額　　　　　　　　　５，８４６，２００千円\n　　比較増減　　　　　　　　　　　　　△　　２７４，５５０千円\n');
    expect(padded.map((r) => [r.yen, r.change?.yen ?? null])).toEqual([[5_846_200_000, -274_550_000]]);
  });
  it('last year\'s labelled figure on the line above this year\'s is its previous year', () => {
    const rs = extract([
      '令和8年度　一般会計予算の説明', '（項）河川防災費',
      '　　前年度予算額　　　　　　　　　６，１２０，７５０千円', '　　本年度予算額　　　　　　　　　５，８４６，２００千円', '　　比較増減　　　　　　　　　　△２７４，５５０千円',
      '', '（項）砂防施設整備費', '　　前年度予算額　　　　　　　　　１，２００，０００千円', '　　本年度予算額　　　　　　　　　１，３５０，５００千円', '',
    ].join('\n'));
    expect(rs.map((r) => [r.yen, r.item, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [5_846_200_000, '河川防災費', 2026, 6_120_750_000, -274_550_000], [1_350_500_000, '砂防施設整備費', 2026, 1_200_000_000, null],
    ]);
  });
});

describe('a change said as such', () => {
  it('"X円の増です" after the figure it changes is a change, whatever it is compared with', () => {
    const rs = extract('令和10年度当初予算案について\n　県債は六百二十億円で、去年より三十億円ほど減らしております。職員給与費は千九百億円で、約五十億円の増です。');
    expect(rs.map((r) => r.yen)).toEqual([62_000_000_000, 190_000_000_000]);
  });
});

describe('last year\'s figure in an answer', () => {
  it('"前年度は X でございまして" after this year\'s figure, and a sentence wrapped before last year\'s, give the previous year', () => {
    const rs = extract([
      '東谷市議会　予算特別委員会会議録', '令和10年3月9日',
      '◎保育課長（山田一郎君）　一時預かり事業費は、令和10年度三千百二十万円、前年度は二千九百八十万円でございまして、百四十万円の増額となっております。',
      '◎財政課長（川村誠君）　令和10年度当初予算では財政調整基金から十二億円を繰り入れる計画でございまして、前年度当初の',
      '十四億円と比べ二億円の減でございます。', '',
    ].join('\n'));
    expect(rs.map((r) => [r.yen, r.previous?.yen ?? null])).toEqual([[31_200_000, 29_800_000], [1_200_000_000, 1_400_000_000]]);
  });
  it('"前年度の補正予算は X だった" is last year\'s figure of the supplementary figure before it, though the figure just before was taken as another\'s', () => {
    const rs = extract('令和9年度の町予算について\n令和9年度補正予算は50億円。当初予算は120億円、前年度は100億円だった。前年度の補正予算は40億円だった。\n');
    expect(rs.map((r) => [r.yen, r.stage, r.previous?.yen ?? null])).toEqual([
      [5_000_000_000, 'supplementary', 4_000_000_000], [12_000_000_000, 'budget', 10_000_000_000],
    ]);
  });
});

describe('a slide\'s arrow', () => {
  it('"48.6億円 → 52.1億円" with no years: the figure before the arrow is last year\'s', () => {
    const rs = extract('東垣県 観光部\n令和9年度当初予算のポイント\n• 部計　38.2億円 → 41.5億円（+3.3億円、+8.6%）\n▶ 海外プロモーション　9.3億円→11.0億円 (+1.7億円)\n');
    expect(rs.map((r) => [r.yen, r.fy, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [4_150_000_000, 2027, 3_820_000_000, 330_000_000], [1_100_000_000, 2027, 930_000_000, 170_000_000],
    ]);
  });
});

describe('plain words of change and of approximation', () => {
  it('"8億円ほど増えて" is a change; ほど, くらい, ちょっと after a figure make it approximate', () => {
    const rs = extract('令和11年度（今年度）の町予算\n昨年度の一般会計は約92億円でした。これが今年度は約99億円。1年で7億円ほど増えています。\n町税は17億ちょっと、交付税は40億円くらいです。\n');
    expect(rs.map((r) => [r.yen, r.flags.includes('approximate')])).toEqual([
      [9_200_000_000, true], [9_900_000_000, true], [1_700_000_000, true], [4_000_000_000, true],
    ]);
  });
});

describe('comparisons in prose and notes under a figure', () => {
  const read = (src: string) => extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null, r.supplementary?.yen ?? null]);
  it('"今年度の X から、来年度案では Y へと、Z の増": last year\'s figure, this one and the change', () => {
    expect(read('令和9年2月\n港湾整備費は、今年度の1,800億円から、来年度案では2,050億円へと、250億円の増にとどまる。\n')).toEqual([[205_000_000_000, 180_000_000_000, 25_000_000_000, null]]);
  });
  it('"今年度当初の" a figure broken over the line, "から … も増え"', () => {
    expect(read('令和9年2月\n来年度の公債費は14兆500億円、今年度当初の13兆\n2,000億円から8,500億円も増えている。\n')).toEqual([[14_050_000_000_000, 13_200_000_000_000, 850_000_000_000, null]]);
  });
  it('a bracketed figure alone on the line under a figure is its last year\'s', () => {
    expect(read('令和9年度予算案\n・道路の老朽化対策 地方道整備交付金 2,140億円の内数\n　（2,090億円の内数）\n')).toEqual([[214_000_000_000, 209_000_000_000, null, null]]);
  });
  it('"※このほか、… 補正予算額" and "※…補正予算（X）と一体的に執行" under a figure are its supplementary figure', () => {
    expect(read('令和9年度予算案\n一般会計 2,310億円（前年度予算額 2,250億円）\n※このほか、令和8年度補正予算額 480億円\n')).toEqual([[231_000_000_000, 225_000_000_000, null, 48_000_000_000]]);
    expect(read('令和9年度予算案\n◆港湾物流拠点整備事業　　12億4,000万円（10億円）\n　　※令和8年度2月補正予算（3億円）と一体的に執行\n')).toEqual([[1_240_000_000, 1_000_000_000, null, 300_000_000]]);
  });
  it('a comparison that a new topic ends: "…前年度比2.1%の増、投資的経費は" / "X億円" is that topic\'s figure', () => {
    expect(extract('令和9年度予算\n　義務的経費は3,120億円で前年度比2.1%の増、投資的経費は\n845億円（前年度比31億円増）となった。\n').map((r) => [r.yen, r.item, r.change?.yen ?? null])).toEqual([
      [312_000_000_000, '義務的経費', null], [84_500_000_000, '投資的経費', 3_100_000_000],
    ]);
  });
  it('"1世帯100万円" is an amount per household, of the text\'s year; "（…の内数）" under a figure makes it a portion', () => {
    expect(extract('令和9年度当初予算\n移住支援金として1世帯100万円を支給する。\n').map((r) => [r.stage, r.fy])).toEqual([['other', 2027]]);
    expect(extract('令和9年度予算\n◆林業DX推進　　　　6,200万円\n　　（林業担い手育成事業の内数）\n').map((r) => r.flags)).toEqual([['portion']]);
  });
});

describe('last year named by its number in a bracket', () => {
  it('"32億円（7年度末見込み 31億円）" on the line or on the line under it', () => {
    const read = (src: string) => extract(src).map((r) => [r.yen, r.previous?.yen ?? null]);
    expect(read('令和８年度 予算の概要\n　組合債残高は８年度末 ３２億円（７年度末見込み ３１億円）\n')).toEqual([[3_200_000_000, 3_100_000_000]]);
    expect(read('令和８年度 予算の概要\n・令和８年度末県債残高　約９，８５０億円\n　　（７年度末見込み　約９，９２０億円）\n')).toEqual([[985_000_000_000, 992_000_000_000]]);
    // (a year two before is no last year's)
    expect(read('令和８年度 予算の概要\n　事業費は８年度 ３２億円（６年度 ３１億円）\n').length).toBe(2);
  });
});

describe('changes in a newspaper\'s narrow column', () => {
  const read = (src: string) => extract(src).map((r) => [r.yen, r.fy, r.change?.yen ?? null]);
  it('"同3億1千万円" / "（1.0％）減": the change goes on over the line; 同 stands for the comparison', () => {
    expect(read('北浜新報　2027年2月16日\n県北３町の来年度予算案\n■川辺町\n　一般会計は212億9千万円で、同2億4千万円\n（1.1％）減。\n')).toEqual([[21_290_000_000, 2027, -240_000_000]]);
  });
  it('"今年度当初を12億円余り（2.6％）上回った" and "査定で18億円余りを削った"', () => {
    expect(read('北浜新報　2027年2月16日\n県北３町の来年度予算案\n　一般会計の合計は480億円で、今年度当初を12億円余り（2.6％）上回った。\n')).toEqual([[48_000_000_000, 2027, 1_200_000_000]]);
    expect(read('北浜新報　2027年2月16日\n県北３町の来年度予算案\n　各課の要求総額は251億円に上ったが、査定で18億円余りを削った。\n')).toEqual([[25_100_000_000, 2027, -1_800_000_000]]);
  });
  it('"今年度より2億円少ない" compares with this year: the figure is next year\'s', () => {
    expect(read('北浜新報　2027年2月16日\n県北３町の来年度予算案\n　一般会計は212億円。基金の取り崩しは、今年度より2億円少ない7億5千万円に抑えた。\n').at(-1)).toEqual([750_000_000, 2027, -200_000_000]);
  });
});

describe('a minister\'s answer on next year\'s budget', () => {
  it('"今年度の X に比べ Y の増" on the line under next year\'s figure; "の増収", "以上の伸び" are changes', () => {
    const src = ['令和九年二月　予算委員会', '○大臣　お答えいたします。令和九年度の児童手当の国庫負担は', '一兆一千二百億円でございまして、今年度の',
      '九千五百億円に比べ千七百億円の増となっております。', '○委員　来年度の税収は六十兆円、二年間で五兆円以上の伸びを見込み、二兆円の増収とされていますが。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([
      [1_120_000_000_000, 950_000_000_000, 170_000_000_000], [60_000_000_000_000, null, 5_000_000_000_000],
    ]);
  });
});

describe('a councillor\'s blog on next year\'s request', () => {
  it('"今年度の当初予算が X なので、Y も多い", "40億くらい削られる", "10億前後ずつ増えて", "100億以上ふくらんだ"', () => {
    const src = ['2026年11月20日', '来年度の予算要求がまとまりました。', '一般会計の要求総額は約820億円。今年度の当初予算が760億円なので、', '60億円も多いことになります。最終的には▲30億くらい削られるのでは。',
      '扶助費は約280億。これは毎年10億前後ずつ増えています。5年で90億以上ふくらんだ計算です。', ''].join('\n');
    // (no change is a figure of its own)
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[82_000_000_000, 76_000_000_000, 6_000_000_000], [28_000_000_000, null, 9_000_000_000]]);
  });
});

describe('a heading\'s figure and the sentence under it', () => {
  it('"■保健省　4兆7,820億円" / "今年度当初の4兆5,106億円から2,714億円の増。"', () => {
    const src = ['2026年8月28日', '来年度予算の概算要求がまとまった。', '', '■保健省　4兆7,820億円', '今年度当初の4兆5,106億円から2,714億円の増。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[4_782_000_000_000, 4_510_600_000_000, 271_400_000_000]]);
  });
});

describe('this year\'s figure in a bracket after its label, in a text on next year\'s request', () => {
  it('"今年度当初（5兆円）比で1兆円、20％の増" under a heading\'s figure: last year\'s figure and the change', () => {
    const src = ['2026年8月29日', '来年度予算の概算要求がまとまった。', '', '■国土省　6兆3,240億円', '今年度当初（5兆1,360億円）比で1兆1,880億円、23％の増。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[6_324_000_000_000, 5_136_000_000_000, 1_188_000_000_000]]);
  });
});

describe('a spoken comparison over two sentences', () => {
  it('reads "前年度の当初予算ではX円でありましたから、Y円ほどの増額" as the previous year and the change of the figure before', () => {
    const src = ['令和9年度予算案について', '　子育て支援の経費として約820億円が計上されております。前年度の当初予算では760億円でありましたから、60億円ほどの増額となります。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.previous?.yen ?? null, r.change?.yen ?? null])).toEqual([[82_000_000_000, 76_000_000_000, 6_000_000_000]]);
  });
});

describe('a record of fields: last year\'s line under the figure and its parts', () => {
  it('"前年度（R5決算）：" is the previous year of the figure above its うち lines; each part is of the figure\'s year', () => {
    const src = '令和7年度 事務事業評価\n事業名：見守り事業\n事業費（R6決算）：12,345千円\n　うち国・県支出金：3,200千円\n　うち一般財源：9,145千円\n前年度（R5決算）：11,902千円\n';
    expect(extract(src).map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([
      [12_345_000, 2024, 'settlement', 11_902_000], [3_200_000, 2024, 'settlement', null], [9_145_000, 2024, 'settlement', null],
    ]);
  });
});

describe('a slide\'s "before → after" one part a line', () => {
  it('"57億円" / "→" / "49億円" under a balance\'s name: the balance after, the one before last year\'s, the fund\'s', () => {
    const rs = extract('令和8年度当初予算のポイント\n財政調整基金残高（年度末見込）\n57億円\n→\n49億円\n');
    expect(rs.map((r) => [r.line, r.yen, r.stage, r.flags, r.previous?.yen ?? null])).toEqual([[5, 4_900_000_000, 'other', ['fund'], 5_700_000_000]]);
  });
  it('under a programme\'s name the figure after the arrow is this year\'s budget', () => {
    const rs = extract('令和8年度当初予算のポイント\n子育て支援の充実\n12億円\n→\n15億円\n');
    expect(rs.map((r) => [r.line, r.yen, r.stage, r.previous?.yen ?? null])).toEqual([[5, 1_500_000_000, 'budget', 1_200_000_000]]);
  });
});

describe('two years side by side on a row, each after its year', () => {
  it('"歳入総額　R5:　8,412,356　R6:　8,736,902": the later year\'s figure, the year before\'s its previous, the row\'s name without the year', () => {
    const src = [
      '財政状況資料集　令和６年度決算', '（単位：千円）', '歳入総額                 R5:   8,412,356    R6:   8,736,902',
      '単年度収支               R5:    △12,408    R6:      28,812', '財政調整基金             R5:   1,050,455    R6:   1,105,455', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.item, r.yen, r.fy, r.previous?.yen ?? null, r.flags.includes('fund')])).toEqual([
      ['歳入総額', 8_736_902_000, 2024, 8_412_356_000, false], ['単年度収支', 28_812_000, 2024, -12_408_000, false], ['財政調整基金', 1_105_455_000, 2024, 1_050_455_000, true],
    ]);
  });
});

describe('a review\'s reductions', () => {
  it('a 縮減額 column is the change of the row\'s budget; "縮減額の合計は▲…" in prose too', () => {
    const table = '令和8年度 公開レビューの結果\n（金額の単位：千円）\nNo.\t事業名\t令和8年度予算額\t判定\t縮減額\n1\t敬老祝金支給事業\t24,300\t縮減\t▲9,720\n';
    expect(extract(table).map((r) => [r.yen, r.change?.yen ?? null])).toEqual([[24_300_000, -9_720_000]]);
    const prose = '令和8年度 公開レビュー\n対象事業の当初予算額は合計2億539万5千円で、縮減額の合計は▲5,266万5千円です。\n';
    expect(extract(prose).map((r) => [r.yen, r.change?.yen ?? null])).toEqual([[205_395_000, -52_665_000]]);
  });
});

describe('a budget line raised or cut in a supplementary budget\'s speech', () => {
  it('"経費を1億7,956万円増額いたしました" is the supplementary figure; "限度額を2,770万円増額" a change of the limit', () => {
    const src = '令和７年度　補正予算　提案理由説明\n　補正の規模は、歳入歳出それぞれ12億円を追加するものであります。\n　保育所への運営費補助として、一億二千四百万円を計上いたしました。\n　返礼品に要する経費を1億7,956万円増額いたしました。\n';
    const rs = extract(src);
    expect(rs.filter((r) => r.line === 4).map((r) => [r.yen, r.stage])).toEqual([[179_560_000, 'supplementary']]);
    expect(rs.find((r) => r.line === 3)?.change ?? null).toBeNull();
    const limit = extract('令和７年度　補正予算（第２号）\n第3表　地方債補正\n道路整備事業\t限度額 148,600千円\n道路整備事業は、舗装補修工事の追加に伴い、限度額を2,770万円増額するものです。\n');
    expect(limit.some((r) => r.yen === 27_700_000)).toBe(false);
  });
});

describe('a stacked list whose legend says 〔 〕 hold the supplementary budget', () => {
  it('"〔 〕書きは令和８年度" / "補正予算額である。": the 〔N〕 line under a figure and its (previous) line is its supplementary', () => {
    const src = ['令和９年度森林関係予算案の主要事項', '', '（注）上段は令和９年度予算案額、下段（ ）書きは令和８年度当初予算額、〔 〕書きは令和８年度',
      '　　　補正予算額である。', '', '１ 森林整備事業 ……………………… ３，４２０百万円', '　　　　　　　　　　　　　　　　　（３，３８０百万円）',
      '　　　　　　　　　　　　　　　　　〔１，２００百万円〕', '２ 林道整備事業 ……………………… ８１０百万円', '　　　　　　　　　　　　　　　　　（７９５百万円）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([
      [6, 3_420_000_000, 2027, 'budget', 3_380_000_000, 1_200_000_000], [9, 810_000_000, 2027, 'budget', 795_000_000, null],
    ]);
  });
});

describe('last year\'s figure of the same stage, named by its year', () => {
  it('"（R7補正 46.5億円）" after a 令和8年度 supplementary figure, and "（参考）令和７年度第１次補正予算額 …" under one, are last year\'s', () => {
    const src = ['2026年度（令和８年度）', '農村振興庁 第１次補正予算の概要', '', '補正予算額', '1,204.5億円', '（参考）令和７年度第１次補正予算額 987.0億円', '',
      '◆ため池防災対策事業', '82.35億円（R7補正 46.5億円）', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([
      [5, 120_450_000_000, 2026, 'supplementary', 98_700_000_000], [9, 8_235_000_000, 2026, 'supplementary', 4_650_000_000],
    ]);
  });
  it('a reference that names something of its own is no previous figure', () => {
    const src = '令和８年度補正予算の概要\n○予備費の追加　　３，０００億円\n　（参考）令和７年度当初予算の一般予備費は５，０００億円。\n';
    expect(extract(src).map((r) => [r.line, r.previous])).toEqual([[2, null], [3, null]]);
  });
});

describe('a box of this year\'s budget and last year\'s supplementary budget', () => {
  it('"│ 令和６年度補正予算額　８４億円 │" under "│ 令和７年度予算額　３１２億円 │" is that budget\'s supplementary', () => {
    const src = ['令和７年度 港湾庁予算のポイント', '┌────────────────────────┐', '│ 令和７年度予算額　　３１２億円（対前年度 ＋１２億円） │',
      '│ 令和６年度補正予算額　８４億円                         │', '└────────────────────────┘', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.supplementary?.yen ?? null])).toEqual([[3, 31_200_000_000, 'budget', 8_400_000_000]]);
  });
});

describe('a rate of change, then the figure', () => {
  it('"今年度比▲3.2％の4720億円": the figure after the rate is the figure itself', () => {
    const src = '各府省庁の概算要求が出そろった。\n　一方、架空庁は今年度比▲3.2％の4720億円と、唯一の減額要求となった。\n';
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.change])).toEqual([[2, 4720, null]]);
  });
});

describe('an amount a supplementary budget takes away', () => {
  it('"…関連経費1,300万円を減額する" in a 補正 digest is a figure of its own, negative; a cut at assessment stays a change', () => {
    const src = '【架空町】6月補正予算案\n　一方、中止となった記念行事の関連経費1,300万円を減額する。\n';
    expect(extract(src).map((r) => [r.line, r.yen])).toEqual([[2, -13_000_000]]);
    const cut = '令和9年度予算案の概要\n　道路整備費は要求額40億円に対し、査定で5億円を減額した。\n';
    expect(extract(cut).map((r) => [r.yen / 1e8, r.change ? r.change.yen / 1e8 : null])).toEqual([[40, -5]]);
  });
});

describe('a section scaling the budget down to a household\'s', () => {
  it('"■町の予算を家計に例えると" makes the figures under it no budget, of the year, until the next heading', () => {
    const src = ['架空町　令和８年度当初予算のあらまし', '', '■一般会計', '　一般会計の予算総額は　４８億２，０００万円　です。', '',
      '■町の予算を家計に例えると', '　給料（町税）　　　　　　８万２千円', '　ローンの返済（公債費）　２万６千円', '',
      '■主な事業', '　町道改良事業　　　　　　１億２，０００万円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [4_820_000_000, 'budget', 2026], [82_000, 'other', 2026], [26_000, 'other', 2026], [120_000_000, 'budget', 2026],
    ]);
  });
});

describe('a project\'s estimated whole cost and a loss', () => {
  it('"概算事業費は約２３０億円", "経済損失は約360億円" and "約６億円の財源を捻出" are no budget of the year', () => {
    const src = ['令和８年度 施政方針', '　新庁舎の基本設計費として４，８００万円を計上いたしました。概算事業費は約２３０億円と見込んでおります。',
      '　当市の推計では、沿岸の漁業への経済損失は約360億円に上ります。', '　事務事業の見直しにより、約６億円の財源を捻出しました。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage])).toEqual([[48, 'budget'], [23_000, 'other'], [36_000, 'other'], [600, 'other']]);
  });
});

describe('a note of last year\'s supplementary budget under a figure, its previous and rate', () => {
  it('"※このほか、令和８年度補正予算額 ３８５億円を措置済み" past "（前年度予算額…）" and "対前年度比…" is the figure\'s supplementary', () => {
    const src = ['令和９年度 架空庁 概算要求の概要', '概算要求額', '１,４３６億円＋事項要求', '（前年度予算額 １,２１８億円）', '対前年度比 １１７.９％',
      '※このほか、令和８年度補正予算額 ３８５億円を措置済み', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.previous ? r.previous.yen / 1e8 : null, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[1_436, 'request', 1_218, 385]]);
  });

  it('but not past a sentence between: the note is of the whole text', () => {
    const src = ['令和９年度 架空庁 概算要求の概要', '○ 架空特別会計', '令和９年度要求額 ２，３１０億円', '（前年度予算額 ２，２８７億円）',
      'このほか、架空事業について事項要求を行う。', '※ 令和７年度補正予算額 １，９５６億円（架空庁関係）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[2_310, null], [1_956, null]]);
  });
});

describe('a note of a supplementary budget naming what it is for', () => {
  it('"※このほか、…補正予算において監視拠点の整備に74億円を計上" is a figure of its own, not the one above\'s supplementary', () => {
    const src = ['令和９年度 架空庁関係予算', '３．架空海域の監視強化', '１０１億円（９９億円）', '※このほか、令和８年度補正予算において監視拠点の整備に７４億円を計上。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy, r.supplementary ? r.supplementary.yen / 1e8 : null])).toEqual([[101, 'budget', 2027, null], [74, 'supplementary', 2026, null]]);
  });
});

describe('a figure broken over the line, last year\'s in a bracket after its rest', () => {
  it('"…支援として １９７億" / "円（１５２億円）を要求": 152億円 is 197億円\'s previous year', () => {
    const src = ['令和９年度 架空省 概算要求の概要', '２ 架空支援', '・架空作物の作付拡大支援として １９７億', '円（１５２億円）を要求', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[197, 'request', 152]]);
  });
});

describe('caps and grants per child, and the new amount set in place of the old', () => {
  it('"上限を従来の30億円から50億円に引き上げ" and "第２子以降は２０万円から３０万円に増額" are no budget', () => {
    const src = ['架空県 令和８年度当初予算案', '　立地補助金は、1社当たりの上限を従来の30億円から50億円に引き上げる。',
      '　出産祝い金は、第１子１０万円を据え置く一方、第２子以降は２０万円から３０万円に増額する。', '　子育て支援事業に１２億円を計上した。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.stage])).toEqual([[300_000, 'other'], [500_000, 'other'], [10, 'other'], [20, 'other'], [30, 'other'], [120_000, 'budget']]);
  });
});

describe('a balance in a clause of its own', () => {
  it('"…歳出決算総額は1,805億円で、差引額は37億円となっている": the balance is a figure of its own, no change of the spending', () => {
    const src = ['令和５年度　架空市決算審査意見書', '　特別会計の歳入決算総額は1,842億円、歳出決算総額は1,805億円で、差引額は37億円となっている。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.change?.yen ?? null, r.stage])).toEqual([[1_842, null, 'settlement'], [1_805, null, 'settlement'], [37, null, 'settlement']]);
  });
});

describe('a ditto mark in the bracket after a figure', () => {
  it('"人件費は 98億円（同 97億円）" after "扶助費が 182億円（前年度 176億円）": 同 is last year again', () => {
    const src = ['令和６年度 架空市決算の概要', '扶助費が 182億円（前年度 176億円）と増加したほか、人件費は 98億円（同 97億円）、公債費は 52億円（同 54億円）となりました。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[182, 176], [98, 97], [52, 54]]);
  });

  it('a 同 bracket with no last year\'s bracket before it is left as it was read', () => {
    const src = ['令和６年度 架空市決算の概要', '人件費は 98億円（同 97億円）となりました。', ''].join('\n');
    expect(extract(src).some((r) => r.previous !== null)).toBe(false);
  });
});

describe('a rate more or less before the figure', () => {
  it('"前の年度より2割ほど多い50億円前後": the figure itself, not a change', () => {
    const src = ['2025年12月5日 架空放送ニュース', 'また、架空市の寄付額は今年度、前の年度より2割ほど多い50億円前後となる見込みです。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.change?.yen ?? null])).toEqual([[50, null]]);
  });
});

describe('so much or more, said as an increase', () => {
  it('"三億六千万円以上の増ということで" is a change, no figure of its own', () => {
    const src = ['令和７年２月　架空県議会　予算特別委員会', '○架空委員　同じ事業の今年度の予算額が 11億2,300万円となっていますが、三億六千万円以上の増ということでよろしいですね。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.change ? r.change.yen / 1e4 : null])).toEqual([[112_300, 36_000]]);
  });
});

describe('last year\'s figure written bare under this year\'s', () => {
  it('"本年度予算額 / 52,384,716千円" over "前年度予算額 / 49,870,205", and on one line each: last year\'s in this year\'s unit', () => {
    const src = ['令和８年度 予算の説明（架空庁）', '本年度予算額', '52,384,716千円', '前年度予算額', '49,870,205', '', '（項）架空庁共通費', '本年度予算額 2,846,512千円', '前年度予算額 2,901,330', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.previous ? r.previous.yen / 1e3 : null])).toEqual([[52_384_716, 49_870_205], [2_846_512, 2_901_330]]);
  });
});

describe('this year\'s figure named by what it is, before next year\'s comparison', () => {
  it('"来年度の税収は八十三兆七千二百億円と…、本年度の補正後の見積もり八十兆七千億円から三兆二百億円の増": last year\'s figure', () => {
    const src = ['令和７年１２月　架空委員会', '○国務大臣 来年度の税収は八十三兆七千二百億円と見込んでおりまして、本年度の補正後の見積もり八十兆七千億円から三兆二百億円の増となっております。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.previous ? r.previous.yen / 1e8 : null, r.change ? r.change.yen / 1e8 : null])).toEqual([[837_200, 807_000, 30_200]]);
  });
});

describe('a portion named in a bracket the line\'s end broke', () => {
  it('"繰入額6,512.4億円（同特別会計の歳出予算の" / "内数）を含む。": the figure is a portion', () => {
    const src = '（注１）架空対策費には、架空特別会計への繰入額6,512.4億円（同特別会計の歳出予算の\n　　　　内数）を含む。\n（注２）計数は四捨五入による。\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.flags.includes('portion')])).toEqual([[6512.4, true]]);
  });
});

describe('last year\'s figure compared by a difference, or stated as the clause after', () => {
  it('"これは前年度当初のYを…上回るもの" and "X億円、前年度はY億円となっている": Y is X\'s last year', () => {
    const one = extract('令和10年度予算では、架空税収を83兆7,200億円と見込んでおり、これは前年度当初の78兆4,400億円を5兆2,800億円上回るものです。');
    expect(one.map((r) => [r.yen / 1e8, (r.previous?.yen ?? 0) / 1e8, (r.change?.yen ?? 0) / 1e8])).toEqual([[837_200, 784_400, 52_800]]);
    const words = extract('令和10年度の架空税収は83兆円と見積もられ、前年度の80兆円を大きく上回った。');
    expect(words.map((r) => [r.yen / 1e12, (r.previous?.yen ?? 0) / 1e12])).toEqual([[83, 80]]);
    // (the same time last year so exceeded is a figure of its own)
    expect(extract('令和10年度の要求総額は1,182億円となり、前年同期の1,139億円を大きく上回った。').length).toBe(2);
    const two = extract('令和10年度の架空交付金は123億円、前年度は98億円となっている。');
    expect(two.map((r) => [r.yen / 1e8, (r.previous?.yen ?? 0) / 1e8])).toEqual([[123, 98]]);
  });
});

describe('last year\'s figure under its year written at the end of the line above', () => {
  it('"…は6,904億円＋事項要求で、7年度当初予算額" / "6,808億円に比べ95億円の増": 6,808億円 is last year\'s', () => {
    const src = '令和8年度当初予算 要求状況\n  8年度当初予算の要求総額（一般会計）は6,904億円＋事項要求で、7年度当初予算額\n6,808億円に比べ96億円（1.4％）の増となった。\n';
    expect(extract(src).map((r) => [r.yen / 1e8, (r.previous?.yen ?? 0) / 1e8])).toEqual([[6_904, 6_808]]);
  });
});

describe('a supplementary budget that adds or takes away so much', () => {
  it('"一般会計は38億6,450万円の減額補正となり": the figure is the supplementary budget\'s own, negative, no change of another', () => {
    const rs = extract('令和9年度２月補正予算案の概要\n一般会計は38億6,450万円の減額補正となり、補正後の予算額は5,873億7,350万円となります。\n');
    expect(rs.map((r) => [r.yen / 1e4, r.item, r.stage, r.change?.yen ?? null])).toContainEqual([-386_450, '一般会計', 'supplementary', null]);
  });
});

describe('this year\'s budget as the base of next year\'s figure', () => {
  it('"今年度（2026年度）当初予算の95兆円から6兆円増えた": the year in brackets after 今年度 keeps it this year\'s, the base of the request', () => {
    const rs = extract('財務省は架空の日、2027年度予算の概算要求を締め切った。\n要求総額は101兆6,000億円となり、今年度（2026年度）当初予算の95兆8,000億円から5兆8,000億円増えた。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, (r.previous?.yen ?? 0) / 1e8, (r.change?.yen ?? 0) / 1e8])).toEqual([[1_016_000, 'request', 2027, 958_000, 58_000]]);
  });
  it('the base goes to the figure the stated change leads to from it, not to one named in passing between', () => {
    const rs = extract('2027年度予算の概算要求の総額は101兆6,000億円で、100兆円を上回ったのは初めて。今年度当初予算の95兆8,000億円から5兆8,000億円増えた。\n');
    // (the sentence with the base is the one after: a figure of the sentence before is not its target)
    expect(rs.find((r) => r.yen === 95_800_000_000_000)).toBeDefined();
    const one = extract('2027年度予算の概算要求の総額は101兆6,000億円となり、100兆円を上回ったのは初めてで、今年度当初予算の95兆8,000億円から5兆8,000億円増えた。\n');
    expect(one.map((r) => [r.yen / 1e8, (r.previous?.yen ?? 0) / 1e8])).toEqual([[1_016_000, 958_000], [1_000_000, 0]]);
  });
  it('a ministry\'s request, "今年度当初予算の…から…増加": a request is for the year after this one, its base this year\'s', () => {
    const rs = extract('2027年度予算の概算要求\n厚生労働省は33兆1,200億円で、今年度当初予算の32兆4,000億円から7,200億円増加。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, (r.previous?.yen ?? 0) / 1e8, (r.change?.yen ?? 0) / 1e8])).toEqual([[331_200, 'request', 324_000, 7_200]]);
  });
});

describe('a year\'s budget in brackets under a request', () => {
  it('"〔前年度比100.2%（令和8年度当初予算額7,216億円）〕" under the request: last year\'s, and the request is for the year after', () => {
    const rs = extract('各部局からの要求総額（一般会計）7,232億円\n〔対前年度当初予算比100.2%（令和8年度当初予算額7,216億円）〕\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, (r.previous?.yen ?? 0) / 1e8])).toEqual([[7_232, 'request', 2027, 7_216]]);
  });
  it('a request naming its own year the same as the budget\'s in brackets keeps both (a 査定 sheet: asked and granted)', () => {
    const rs = extract('令和9年度要求額 1,200億円\n（令和9年度当初予算額 1,150億円）\n');
    expect(rs.map((r) => [r.yen / 1e8, r.fy, r.previous?.yen ?? null])).toEqual([[1_200, 2027, null], [1_150, 2027, null]]);
  });
});

describe('a total over the initial and the supplementary budget, its parts in brackets set apart by a point', () => {
  it('"75億円（当初70億円・補正5億円）": the total over both, its supplementary part; the initial part a figure of its own', () => {
    const rs = extract('令和9年度予算案と令和8年度補正予算案を閣議決定した。\n資源調査の充実に75億円（当初70億円・補正5億円）を計上した。\n');
    expect(rs.map((r) => [r.yen / 1e8, r.stage, r.fy, r.flags.includes('multi_year'), (r.supplementary?.yen ?? 0) / 1e8])).toEqual([
      [75, 'other', null, true, 5], [70, 'budget', 2027, false, 0],
    ]);
  });
});

describe('an increase said as such with its rate or as a state', () => {
  it('"約8億8900万円の増(+3.5%)となっています", "約8億円の増となっています": changes, no figures of their own; "の皆増" is a new figure', () => {
    expect(extract('民生費は全体で約8億円の増となっています。')).toEqual([]);
    const rs = extract('【民生費】 架空給付金事業経費が約5億8200万円の増、架空施設整備補助事業費が約2億1100万円の皆増となるなど、全体で、約8億8900万円の増(+3.5%)となっています。');
    expect(rs.map((r) => [r.yen / 1e4, r.flags.includes('new')])).toEqual([[21100, true]]);
  });
});

describe('amounts a supplementary budget says it cuts', () => {
  it('"県債で1億円、繰入金で2億円をそれぞれ減額" are negative; those it "増額"s stay positive', () => {
    const src = ['令和9年度架空県一般会計補正予算（第3号）の提案理由', '歳入の主なものとして、県税で3億円を増額する一方で、県債で1億円、繰入金で2億円をそれぞれ減額しています。'].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage])).toEqual([[3, 'supplementary'], [-1, 'supplementary'], [-2, 'supplementary']]);
  });
  it('a cut named on another line makes no figure negative', () => {
    const src = ['令和9年度架空市補正予算（第2号）', '○道路修繕事業 1億2,400万円', '事業者の計画変更に伴い保育所整備補助を減額する。'].join('\n');
    expect(extract(src).map((r) => r.yen / 1e4)).toEqual([12400]);
  });
});
