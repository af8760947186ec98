// Stage 4, document context: the date, the era of bare years, the fiscal year and stage a document
// is about; on examples invented for these tests.
import { afterEach, describe, expect, it } from 'vitest';
import { findYears, setEraHint } from '../../shared/era';
import { findDate, readFrame } from '../../shared/extract/docframe';
import { splitLines } from '../../shared/extract/lines';
import { extract } from '../../shared/extract';

const frame = (t: string) => readFrame(t, splitLines(t));
afterEach(() => setEraHint(null));

describe('years', () => {
  it('reads bare two-digit years by the era hint', () => {
    setEraHint('heisei');
    expect(findYears('29年度予算額と28 年度予算額')[0].years).toEqual([2017]);
    expect(findYears('29年度予算額と28 年度予算額')[1].years).toEqual([2016]);
    setEraHint('western');
    expect(findYears('27年度当初予算案')[0].years).toEqual([2027]);
    setEraHint(null);
    expect(findYears('27年度当初予算案')).toEqual([]);
  });
  it('reads the compact year of slides before a stage word (R9要求額, H30決算), and no other R-number', () => {
    expect(findYears('R9要求額 3.4億円 R8当初 2.9億円 H30決算').map((y) => [y.years[0], y.fiscal])).toEqual([[2027, true], [2026, true], [2018, true]]);
    expect(findYears('R9 型番 ABR12予算 PR5要求')).toEqual([]);
  });
  it('a compact year label before a figure gives its year and stays out of its item', () => {
    const rs = extract('◆ 避難所環境整備　R9要求額 1.2億円（前年度 1.0億円）');
    expect(rs.map((r) => [r.item, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([['避難所環境整備', 2027, 'request', 100000000]]);
  });
  it('reads a year written both ways, and no range at a trailing dash', () => {
    expect(findYears('2019(令和元)年度 決算')[0]).toMatchObject({ years: [2019], fiscal: true });
    expect(findYears('平成30(2018)年度')[0].years).toEqual([2018]);
    expect(findYears('市の予算-令和9年度-')[0]).toMatchObject({ years: [2027], range: false });
    expect(findYears('令和7年度～令和9年度')[0].range).toBe(true);
  });
});

describe('the document frame', () => {
  it('dates: a dateline, an era month', () => {
    expect(findDate('更新 2027年1月15日 県議会だより')).toEqual({ year: 2027, month: 1 });
    expect(findDate('令和元年10月 財政課')).toEqual({ year: 2019, month: 10 });
  });
  it('a dated news article about next year: its 予算案 year, bare years in Western reading', () => {
    const t = '2028年12月20日\n政府は、29年度当初予算案を決定した。水産庁の予算は今年度比2%増の1,840億円。今年度当初は1,804億円だった。\n';
    expect(frame(t)).toMatchObject({ eraHint: 'western', fy: 2029, stage: 'budget' });
    const rs = extract(t);
    expect(rs.find((r) => r.text === '1,840億円')).toMatchObject({ fy: 2029, stage: 'budget' });
  });
  it('a request summary without a year in its title takes the year its text names most', () => {
    const t = '畜産関係概算要求のポイント\n\n令和10年度の概算要求額は2,410億円で、令和9年度当初予算から120億円の増。\n';
    expect(frame(t)).toMatchObject({ stage: 'request', fy: 2028 });
    expect(extract(t)[0]).toMatchObject({ yen: 241_000_000_000, stage: 'request', fy: 2028 });
  });
  it('a year the text compares with points at the year after it', () => {
    const t = '交付税の総額\n一般財源は平成 31 年度を 0.3 兆円上回る。\n①総額 18兆2,100億円(㉛18兆500億円)\n';
    expect(frame(t).fy).toBe(2020);
  });
  it('a text that names no era reads 10年度 and later as 平成', () => {
    const t = '款別の状況\n\n24年度 23年度\n';
    expect(frame(t).eraHint).toBe('unmarked');
    expect(findYears('24年度')[0].years).toEqual([2012]);
    expect(findYears('5年度')[0].years).toEqual([2023]);
  });
});

describe('item names of numbered lists', () => {
  it('a list number before a name is no part of it; その他 is an item of its own', () => {
    const rs = extract(['令和8年度 補正予算の概要', '１　除雪対策事業　２億４，０００万円', '2 その他 5,300万円'].join('\n'));
    expect(rs.map((r) => r.item)).toEqual(['除雪対策事業', 'その他']);
  });
});

describe('years relative to a dated text', () => {
  it('今年度, 来年度 and 昨年度 in a dated article are fiscal years counted from its date', () => {
    const text = ['2026年11月20日', '町は今年度の補正予算案で、除雪対策に約2億円を計上する。',
      '来年度の当初予算では、図書館の改修費として6億円を見込む。', '昨年度決算では、町税収入が95億円余りとなった。'].join('\n');
    expect(extract(text).map((r) => [r.yen, r.fy, r.stage])).toEqual([
      [200000000, 2026, 'supplementary'], [600000000, 2027, 'budget'], [9500000000, 2025, 'settlement'],
    ]);
  });
  it('a relative year the figure is compared with is not its year; an undated text is left alone', () => {
    const dated = '2027年1月10日\n令和9年度予算案の事業費は、今年度当初予算の微増となる48億円。';
    expect(extract(dated).map((r) => r.fy)).toEqual([2027]);
    const undated = '来年度の当初予算では、図書館の改修費として6億円を見込む。';
    expect(extract(undated).map((r) => r.fy)).toEqual([null]);
  });
});

describe('warnings', () => {
  it('a year from a one-year title is no warning; a stage guessed from the whole text is', () => {
    const titled = extract('令和9年度予算の概要\n\n・港湾整備 2,410億円\n・空港整備 980億円\n');
    expect(titled.flatMap((r) => r.warnings)).toEqual([]);
    const untitled = extract('港湾と空港の話\n\n令和9年度の予算案では港湾整備に2,410億円を計上した。\n');
    expect(untitled[0].warnings.map((w) => w.code)).not.toContain('prose');
  });
});

describe('the stage and year a text reports', () => {
  it('a dated text announcing 来年度の当初予算案 is about next year, however often it names this year', () => {
    const rs = extract('西山県知事 定例記者会見（令和10年2月9日）\n　本日、来年度の当初予算案を発表いたします。総額は八千四百億円です。\n　今年度の補正と合わせると、今年度当初を上回る規模です。防災には百二十億円を充てます。今年度は九十億円でしたので、大幅な増です。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([[840_000_000_000, 2028, 'budget', null], [12_000_000_000, 2028, 'budget', 9_000_000_000]]);
  });
  it('a dated script on the 概算要求 for 来年度, comparing it with 今年度 time and again, is about next year', () => {
    const src = ['【放送原稿】2030年8月30日　夕方ニュース', '項目：来年度予算　概算要求', '　国の来年度予算に向けた各省の概算要求が締め切られました。',
      '　要求総額は130兆円余りとなり、今年度の当初予算を大きく上回りました。', '　架空省は今年度より約1兆円多い9兆2千億円を要求しました。',
      '　架空庁は今年度より2千億円少ない3兆1千億円を要求しています。', ''].join('\n');
    expect(frame(src).fy).toBe(2031);
    expect(extract(src).map((r) => [r.yen / 1e8, r.fy, r.stage])).toEqual([[1_300_000, 2031, 'request'], [92_000, 2031, 'request'], [31_000, 2031, 'request']]);
  });
  it('a dated article on this year\'s supplementary budget that names next year\'s plans "今年度当初比" is about this year', () => {
    const src = ['架空市、物価高対策の補正予算案を発表', '2030年11月13日 架空新聞', '　架空市は13日、今年度一般会計補正予算案を発表した。総額は14億円。',
      '　住民税非課税世帯への給付に9億6,000万円を計上した。', '　市長は「来年度当初予算でも対策を続ける」と述べた。',
      '　市は10月、来年度予算の編成方針で、各部局の要求上限を今年度当初比で5％減とした。来年度予算の要求総額は今年度より少ない見通しだ。', ''].join('\n');
    expect(frame(src).fy).toBe(2030);
  });
  it('a project\'s whole cost, 総事業費 or 全体事業費, is a total over the years it takes', () => {
    const rs = extract('令和10年度予算の概要\n　うち学校改築工事　　450,000千円（全体事業費 １８億６千万円）\n　新庁舎整備は総事業費約42億円を見込む。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.flags])).toEqual([
      [450_000_000, 2028, 'budget', []], [1_860_000_000, null, 'other', ['multi_year']], [4_200_000_000, null, 'other', ['approximate', 'multi_year']],
    ]);
  });
});

describe('a dated article on this year\'s supplementary budget', () => {
  it('今年度…補正予算案 in the opening makes this year the text\'s, though it names next year too', () => {
    const rs = extract('北峰県、第２次補正予算案　\n2027年11月5日　北峰新聞\n\n　北峰県は5日、今年度一般会計第２次補正予算案を発表した。総額は９８億円。補正後の一般会計総額は６，１２０億円となる。\n　県は来年度当初予算にも関連経費を計上する方針。増えた分はおよそ３億円。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage])).toEqual([[9_800_000_000, 2027, 'supplementary'], [612_000_000_000, 2027, 'budget']]);
  });
});

describe('a stage named in passing', () => {
  it('a notice naming a supplementary budget once, about this year\'s grant, is no supplementary text', () => {
    const rs = extract('令和10年度運営費交付金の額の確定について（通知）\n令和10年4月1日\n\n１．運営費交付金の額\n　　金　８，２０８，４１５，０００円\n\n２．その他\n　令和９年度補正予算により措置された施設整備費は、繰り越して執行する。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage])).toEqual([[8_208_415_000, 2028, 'budget']]);
  });
});

describe('last year and the new year named by their numbers or by the date', () => {
  it('"［　］内は令和8年度当初予算額" in a 令和9年度 text: the square brackets hold last year\'s figures', () => {
    const rs = extract('令和9年度　北川市教育委員会　予算の概要\n\n※金額は令和9年度当初予算額、［　］内は令和8年度当初予算額\n\n　○ 端末更新事業　　　　　　　　312,800千円［86,300千円］\n');
    expect(rs.map((r) => [r.yen, r.previous?.yen ?? null, r.supplementary?.yen ?? null])).toEqual([[312_800_000, 86_300_000, null]]);
  });
  it('"新年度当初予算案" in a text dated in February is the year about to begin', () => {
    const rs = extract('南北日報　2028年2月20日 朝刊\n\n５県の新年度当初予算案　出そろう\n\n　５県の新年度当初予算案が出そろった。最も規模が大きいのは山吹県の１兆２１４億円。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage])).toEqual([[1_021_400_000_000, 2028, 'budget']]);
  });
});

describe('a sentence about a year is no heading', () => {
  it('"・7年度は申請額が予算を上回り、…" under a 令和8年度 title leaves the figures after it in 2026', () => {
    const src = ['令和８年度　補助金一覧', '３．設備投資補助金', '　・予算額：3億5,000万円（2億8,000万円）', '　・７年度は申請額が予算を大きく上回り、約1.5億分が不採択となったため増額', '',
      '４．デジタル化補助金', '　・予算額　8,500万円', ''].join('\n');
    expect(extract(src).filter((r) => r.text.endsWith('万円')).map((r) => [r.yen, r.fy])).toEqual([[350_000_000, 2026], [85_000_000, 2026]]);
  });
});

describe('a header one heading a line is no section', () => {
  it('"2025年度" / "予算額" / "2024年度" / "予算額" over a table leaves the notes after it in 2025', () => {
    const src = ['2025年度　北浜市水道事業会計予算の概要', '4　資本的収入及び支出', '（単位：千円）', '区分', '2025年度', '予算額', '2024年度', '予算額', '比較',
      '資本的収入', '602,300', '555,020', '47,280', '※不足する額1,398,230千円は、損益勘定留保資金で補てんします。', ''].join('\n');
    expect(extract(src).filter((r) => r.text.endsWith('千円')).map((r) => [r.yen, r.fy])).toEqual([[1_398_230_000, 2025]]);
  });
});

describe('the lead sentence of a joined paragraph names the document\'s year and stage', () => {
  it('a long first paragraph ("…来年度（2027年度）予算の概算要求を提出した。一般会計の…") gives a heading\'s figure its stage', () => {
    const lead = '各府省庁は29日までに、来年度（2027年度）予算の概算要求を財政当局に提出した。一般会計の要求総額は過去最大を更新する見通しだ。今年度当初予算を大きく上回るが、例年どおり年末の編成過程で絞り込みが行われる見込み。';
    const src = ['2026年8月29日', lead, '', '■保健省　4兆7,820億円', '', '※今年度当初予算と今年度補正予算、前年度当初予算の額は各府省の当初予算の公表資料による。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[4_782_000_000_000, 'request', 2027]]);
  });
});

describe('a council session as the date of its minutes', () => {
  it('reads "令和７年第３回…定例会" as September of that year, so 昨年度 in a speech is the fiscal year before', () => {
    const src = ['令和７年第３回みどり野市議会定例会会議録（第２号）', '○３番（山田花子君）　昨年度の一般会計決算では、実質収支が８億円の黒字となりました。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.fy, r.stage])).toEqual([[800_000_000, 2024, 'settlement']]);
  });
});

describe('a table\'s header among the first lines', () => {
  it('is no title: "構成市町村\\t人口\\t実績割…" makes no settlement of a budget\'s table', () => {
    const src = ['令和８年度　広域組合　負担金算定表', '１　運営費負担金\t\t\t\t(単位：千円)', '構成市町村\t均等割\t実績割\t負担金額\t前年度', '東浜市\t12,248\t180,727\t344,135\t338,960', ''].join('\n');
    expect(extract(src).filter((r) => r.yen === 344_135_000).map((r) => [r.stage, r.fy])).toEqual([['budget', 2026]]);
  });
});

describe('a local body\'s financial statements', () => {
  it('"…の財務書類のあらまし" reports a year\'s actuals: its cost statement\'s figures are settlement figures', () => {
    const src = ['令和６年度 白浜市の財務書類（一般会計等）のあらまし', '', '２ 行政コスト計算書', '（単位：百万円）', '科目\t令和５年度\t令和６年度', '経常費用\t47,130\t48,215', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[48_215_000_000, 'settlement', 2024]]);
  });
});

describe('a date with its Western year in brackets', () => {
  it('"令和7年（2025年）8月1日発行": a text dated August 2025, its 補正予算 of fiscal 2025', () => {
    const src = ['   架空市議会だより                                            令和7年（2025年）8月1日発行', '', '  ■補正予算', '  一般会計補正予算（第2号）', '    補正額              3億4,560万円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[345_600_000, 'supplementary', 2025]]);
  });
});

describe('a title with a department set far right on its line', () => {
  it('names the year the text is about, over last year\'s named twice in its notes', () => {
    const title = '令和８年度当初予算　主な事業の一覧' + ' '.repeat(52) + '建設部';
    const src = [title, '', '                                        （単位：千円）', ' 事　業　名                予算額     前年度', ' 道路維持補修事業           120,000    112,500', '',
      '注）前年度欄は令和７年度当初予算額。令和７年度の補正予算で前倒しした事業を含む。', ''].join('\n');
    expect(frame(src).fy).toBe(2026);
  });
});

describe('a legend of brackets under the title', () => {
  it('"（ ）内は令和６年度当初予算額" under "令和７年度 主要施策の概要": no title, the figures are 令和７年度\'s', () => {
    const src = ['令和７年度 主要施策の概要', '            （ ）内は令和６年度当初予算額。', '', '   ２  架空クラブ運営事業', '       事 業 費          184,320 千円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e3, r.fy, r.stage])).toEqual([[184_320, 2025, 'budget']]);
  });
});

describe('a settlement\'s figure after a sentence naming the relative year of that settlement', () => {
  it('"…昨年度の一般会計の決算を報告しました。…実質収支は12億円余り" in a text dated December 2025: the figure is of 2024', () => {
    const src = ['2025年12月26日 架空ラジオニュース', '架空市は、昨年度の一般会計の決算を市議会に報告しました。実質収支は12億円余りの黒字で、15年連続の黒字となりました。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[12, 'settlement', 2024]]);
  });
});

describe('a reference line under a supplementary budget\'s title', () => {
  it('"（参考）令和７年度当初予算額 …" under "…補正予算（第１号）の概要" names no main stage: the items are the supplementary budget\'s', () => {
    const src = ['令和７年度 架空省補正予算（第１号）の概要', '令和７年１２月', '補正予算額（一般会計） １兆８，７４２億円', '（参考）令和７年度当初予算額 33兆9,120億円 → 補正後予算額 35兆7,862億円', '',
      '・ 架空医療機関支援 2,510億円', ''].join('\n');
    expect(extract(src).filter((r) => r.line === 6).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[2_510, 'supplementary', 2025]]);
  });
});

describe('a title on the use of a reserve', () => {
  it('"令和7年度一般予備費の使用について" under a trail of links naming 予算・決算: the figures are that year\'s budget', () => {
    const src = ['ホーム ＞ 予算・決算 ＞ 予算 ＞ 予備費の使用', ' ', '令和7年度一般予備費の使用について', ' ', '令和7年9月12日', '架空省', '', '1．使用総額', '　386億4,200万円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.stage, r.fy])).toEqual([[3_864_200, 'budget', 2025]]);
  });
});

describe('a page on a supplementary budget that names it only in passing words', () => {
  it('"減額補正", "の補正", "11月補正後" make a page of bullet figures a supplementary budget\'s', () => {
    const src = ['一般会計（単位：百万円）', '- 感染症対策 4,210百万円', '- 給与改定 ‐120百万円', '- 人事委員会勧告に基づく減額補正', '- 債務負担行為の補正', '11月補正後予算額 512,300百万円'].join('\n');
    expect(extract(src).slice(0, 2).map((r) => [r.yen / 1e6, r.stage])).toEqual([[4210, 'supplementary'], [-120, 'supplementary']]);
  });
  it('"補正額", "補正前の額" under a budget bill\'s figures name columns, not the page\'s stage', () => {
    const src = ['議案第1号 令和8年度架空市一般会計予算', '歳入歳出それぞれ 312億4,000万円', '議案第2号 令和8年度架空市下水道事業会計予算', '歳入歳出それぞれ 41億2,000万円',
      '議案第9号 令和7年度架空市一般会計補正予算（第5号）', '補正額 2億1,000万円', '補正前の額 330億円', '補正後の額 332億1,000万円'].join('\n');
    expect(extract(src).slice(0, 2).map((r) => r.stage)).toEqual(['budget', 'budget']);
  });
});

describe('a settlement reported without its year', () => {
  it('minutes dated in April on a settlement naming no year give its figures no year (a settlement is of a year gone by)', () => {
    const src = ['2027-04-08 第210回国会 架空委員会 第3号', '一般会計につきましては、歳出予算現額二兆四千億円余に対して、支出済歳出額は二兆三千五百億円余、翌年度繰越額は百二十億円余、不用額は三百八十億円余で決算をいたしました。'].join('\n');
    expect(extract(src).map((r) => r.fy)).toEqual([null, null, null, null]);
  });
  it('a dated text on a budget still takes the date\'s year', () => {
    const src = ['2027-04-08 架空市議会 本会議', '今年度の一般会計予算は三百億円であります。'].join('\n');
    expect(extract(src).map((r) => [r.fy, r.stage])).toEqual([[2027, 'budget']]);
  });
  it('a page titled 執行状況 reports what was spent: its unnamed figures are a settlement\'s', () => {
    const src = ['令和6年度 一般会計・特別会計執行状況', '一般会計は790億1,000万円、特別会計は412億円となりました。'].join('\n');
    expect(extract(src).map((r) => [r.stage, r.fy])).toEqual([['settlement', 2024], ['settlement', 2024]]);
  });
});

describe('an audit\'s annual report of findings', () => {
  it('"令和9年次の検査の結果については…" opens a report of findings: its amounts are no budget (other)', () => {
    const src = ['令和9年次の検査の結果については、第2章以降に記載したとおりである。', '検査の結果、次のものがある。', '不当と認める事項の指摘金額は97億6375万円である。'].join('\n');
    expect(extract(src).map((r) => r.stage)).toEqual(['other']);
  });
});
