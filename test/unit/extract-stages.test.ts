// The stage modules the line reader is built from, each on its own, on examples invented for these tests:
// role cues, a figure's stage and year, its flags, its name, headings and the per-line facts.
import { describe, expect, it } from 'vitest';
import { scanAllAmounts, type AmountToken } from '../../shared/extract/amounts';
import { readLabel } from '../../shared/extract/context';
import { figureFlags } from '../../shared/extract/figure-flags';
import { stageAndYear, type Contexts, type FigureText } from '../../shared/extract/figure-context';
import { Headings } from '../../shared/extract/headings';
import { extract } from '../../shared/extract';
import { LineFacts } from '../../shared/extract/line-facts';
import { quotedCsvToTabs, splitCells, splitLines, unitOf } from '../../shared/extract/lines';
import { nameOnLine, notAName, polishItem, qualifyItem } from '../../shared/extract/naming';
import {
  aloneInBracket, changeLabelBefore, changeWordAfter, closerAfter, decreaseAfter, emptyLabel, onlyJunk,
} from '../../shared/extract/role-cues';
import { bareTokens } from '../../shared/extract/tables';
import type { Flag } from '../../shared/extract/types';
import type { WarningCode } from '../../shared/extract/warnings';

/** The one amount of `line` whose text is `text`. */
function tokOf(line: string, text: string): AmountToken {
  const t = scanAllAmounts(line).find((k) => k.text === text);
  if (!t) throw new Error(`no amount ${text} in ${line}`);
  return t;
}

describe('role cues', () => {
  it('a comparison before a figure makes it a change; a change written before its figure does not', () => {
    expect(changeLabelBefore('対前年度比 ', false)).toBe(true);
    expect(changeLabelBefore('前年度と比べて', true)).toBe(true);
    expect(changeLabelBefore('令和7年度予算額 ', false)).toBe(false);
    // "3億円増の" is the change; the figure after it is the amount itself
    expect(changeLabelBefore('前年度比 3億円増の', false)).toBe(false);
  });

  it('words after a figure make it a change, and a decrease is told apart from an increase', () => {
    expect(changeWordAfter('の増加となった', '前年度と比べ')).toBe(true);
    expect(changeWordAfter('の増加となった', '施設整備に')).toBe(false);
    expect(changeWordAfter('上回った', '')).toBe(true);
    expect(decreaseAfter('下回った')).toBe(true);
    expect(decreaseAfter('の減額')).toBe(true);
    expect(decreaseAfter('上回った')).toBe(false);
  });

  it('labels that hold nothing, and junk between two figures', () => {
    expect(emptyLabel(' ：')).toBe(true);
    expect(emptyLabel('補助金 ')).toBe(false);
    expect(onlyJunk(' (新規) ')).toBe(true);
    expect(onlyJunk('の内数 ')).toBe(true);
    expect(onlyJunk(' 及び港湾 ')).toBe(false);
  });

  it('finds the bracket closing right after a figure, past 程度 and spaces', () => {
    const t = '保守費(4億円程度) 計';
    const tok = tokOf(t, '4億円');
    expect(closerAfter(t, tok.end)).toBe(t.indexOf(')'));
    expect(closerAfter('保守費 4億円 計', tokOf('保守費 4億円 計', '4億円').end)).toBe(-1);
  });

  it('a figure alone in 【】 is told from one sharing its bracket', () => {
    const t = '港湾整備 80億円【12億円】 漁港整備 30億円';
    const toks = scanAllAmounts(t);
    expect(aloneInBracket(t, toks, 1, { kind: '【', pos: t.indexOf('【') })).toBe(true);
    const u = '港湾整備 80億円【12億円 及び 3億円】';
    const toks2 = scanAllAmounts(u);
    expect(aloneInBracket(u, toks2, 1, { kind: '【', pos: u.indexOf('【') })).toBe(false);
  });
});

describe("a figure's stage and fiscal year", () => {
  const frame = { date: null, eraHint: 'reiwa' as const, fy: 2026, stage: 'request' as const, plan: false };
  const none: Contexts = { block: null, section: null, doc: { main: null, suppFy: null, bracketSupp: false, prevBrackets: [], parenSupp: false, newMarks: [] }, frame: { ...frame, fy: null, stage: null } };
  const text = (before: string, over: Partial<FigureText> = {}): FigureText => ({
    before, after: '', afterFull: '', sentence: before, fullSentence: before, col: null, label: readLabel(before), ...over,
  });
  const decide = (x: FigureText, cx: Contexts, balance: () => { fy: number | null; fund: boolean } | null = () => null) => {
    const flags = new Set<Flag>();
    const warn = new Set<WarningCode>();
    return { ...stageAndYear(x, cx, balance, flags, warn), flags: [...flags], warn: [...warn] };
  };

  it('its own label decides first', () => {
    const r = decide(text('令和7年度概算要求額 '), { ...none, block: { stage: 'budget', fy: 2024 } });
    expect([r.stage, r.fy, r.source]).toEqual(['request', 2025, 'explicit']);
  });

  it('without a label: the block, then the section, then the document, then the frame', () => {
    expect(decide(text('防災対策 '), { ...none, block: { stage: 'budget', fy: 2024 }, section: { stage: 'settlement', fy: 2022 } }))
      .toMatchObject({ stage: 'budget', fy: 2024, source: 'block' });
    expect(decide(text('防災対策 '), { ...none, section: { stage: 'settlement', fy: 2022 } })).toMatchObject({ stage: 'settlement', fy: 2022, source: 'section' });
    expect(decide(text('防災対策 '), { ...none, doc: { main: { stage: 'budget', fy: 2023 }, suppFy: null, bracketSupp: false, prevBrackets: [], parenSupp: false, newMarks: [] } }))
      .toMatchObject({ stage: 'budget', fy: 2023, source: 'document' });
    expect(decide(text('防災対策 '), { ...none, frame })).toMatchObject({ stage: 'request', fy: 2026, source: 'frame' });
  });

  it('with no context at all it guesses the budget and says so', () => {
    expect(decide(text('防災対策 '), none)).toMatchObject({ stage: 'budget', fy: null, source: 'fallback', warn: ['stage_guessed'] });
  });

  it('a total over several years is no one year\'s figure', () => {
    expect(decide(text('令和2,3,4年度の合計 '), { ...none, frame })).toMatchObject({ stage: 'other', fy: null, flags: ['multi_year'] });
  });

  it('a part of a balance is a balance of the same year and fund; the balance is asked for only when no rule before decides', () => {
    let asked = 0;
    const balance = () => { asked++; return { fy: 2021, fund: true }; };
    expect(decide(text('このうち都道府県分 '), { ...none, frame }, balance)).toMatchObject({ stage: 'other', fy: 2021, source: 'cue', flags: ['fund'] });
    expect(asked).toBe(1);
    decide(text('令和7年度予算額 '), { ...none, frame }, balance);
    expect(asked).toBe(1);
  });

  it('a previous-year label alone: last year\'s budget', () => {
    expect(decide(text('', { previousLabel: true, label: readLabel('前年度予算額') }), { ...none, doc: { main: { stage: 'request', fy: 2026 }, suppFy: null, bracketSupp: false, prevBrackets: [], parenSupp: false, newMarks: [] } }))
      .toMatchObject({ stage: 'budget', fy: 2025, source: 'previous-label' });
  });
});

describe("a figure's flags", () => {
  const flagsOf = (line: string, amount: string, over: { rowItem?: string } = {}): Flag[] => {
    const tok = tokOf(line, amount);
    const before = line.slice(0, tok.signStart);
    const flags = new Set<Flag>();
    figureFlags(flags, { line, tok, before, after: line.slice(tok.end), sentence: before, rowItem: over.rowItem ?? null, hasMaru: line.includes('。'), hasMatterRequest: line.includes('事項要求') }, () => '');
    return [...flags].sort();
  };

  it('reads 約, (新規), の内数, 再掲, 基金 and +事項要求 around the figure; a breakdown (うち) is no portion', () => {
    expect(flagsOf('観測網の更新 約40億円', '40億円')).toEqual(['approximate']);
    expect(flagsOf('観測網の更新 40億円(新規)', '40億円')).toEqual(['new']);
    expect(flagsOf('観測網の更新 40億円の内数', '40億円')).toEqual(['portion']);
    expect(flagsOf('うち、観測網の更新 40億円', '40億円')).toEqual([]);
    expect(flagsOf('観測網の更新【再掲】 40億円', '40億円')).toEqual(['restated']);
    expect(flagsOf('防災基金への積増し 40億円', '40億円')).toEqual(['fund']);
    expect(flagsOf('観測網の更新 40億円+事項要求', '40億円')).toEqual(['matter_request']);
    expect(flagsOf('観測網の更新 40億円', '40億円')).toEqual([]);
  });

  it('a row named for a fund flags its figure', () => {
    expect(flagsOf('40億円', '40億円', { rowItem: '地域振興ファンド' })).toEqual(['fund']);
  });
});

describe("a figure's name on its own line", () => {
  const nameOf = (line: string, amount: string) => {
    const tok = tokOf(line, amount);
    const before = line.slice(0, tok.signStart);
    return nameOnLine({ before, after: line.slice(tok.end), fullSentence: before, line, tok });
  };

  it('the words before the figure, without bullets and labels', () => {
    expect(nameOf('・海洋観測網の整備 12億円', '12億円')).toEqual({ item: '海洋観測網の整備', source: 'same-line' });
  });

  it('a name after the figure when the words before only count it', () => {
    expect(nameOf('総額 300億円の観光振興基金を創設', '300億円')).toEqual({ item: '観光振興基金', source: 'after' });
  });

  it('the topic of the clause: "…の規模は、X円"', () => {
    expect(nameOf('森林整備事業の規模は、120億円となる', '120億円')?.item).toBe('森林整備事業');
  });

  it('nothing when nothing on the line names the figure', () => {
    expect(nameOf('120億円', '120億円')).toBeNull();
  });

  it('polishes generic endings and tells words that name nothing', () => {
    expect(polishItem('研究拠点の概要')).toBe('研究拠点');
    expect(polishItem('新たな交付金を創設')).toBe('新たな交付金');
    expect(notAName('新たに整備された')).toBe(true);
    expect(notAName('海洋観測網の整備')).toBe(false);
  });

  it('a bare programme phase takes the acronym of the programme heading above', () => {
    const lines = splitLines('次世代農業技術開発プログラム(NGAT)\n事業の概要\n第2期(令和7年度から)\n');
    const facts = new LineFacts(lines);
    expect(qualifyItem('第2期(令和7年度から)', 2, lines, (k) => facts.nameLike(k))).toBe('NGAT第2期');
  });
});

describe('headings', () => {
  it('the last heading names the block; the last numbered one opens the section', () => {
    const lines = splitLines('1. 生活環境の保全\n\n大気汚染の常時監視\n');
    const h = new Headings(lines, new LineFacts(lines));
    h.candidate(0);
    h.candidate(2);
    expect(h.flush()).toBe(2);
    expect(h.name).toBe('大気汚染の常時監視');
    expect(h.section()).toEqual(['生活環境の保全', '大気汚染の常時監視']);
    // nothing pending: nothing changes
    expect(h.flush()).toBe(-1);
    expect(h.name).toBe('大気汚染の常時監視');
  });

  it('a heading ending in a connective goes on on the next line', () => {
    const lines = splitLines('地域の安全確保に向けた\n防災拠点の整備\n');
    const h = new Headings(lines, new LineFacts(lines));
    h.candidate(0);
    h.candidate(1);
    h.flush();
    expect(h.name).toBe('地域の安全確保に向けた防災拠点の整備');
  });
});

describe('per-line facts', () => {
  it('joins wrapped prose and reads the head of the next line', () => {
    const lines = splitLines('本年度は地域の防災力を高めるため、避難施設の整備と備蓄の拡充に\n42億円を計上した。次の段落\n');
    const f = new LineFacts(lines);
    expect(f.wrappedPrefix(1)).toBe(lines[0].text);
    expect(f.nextLineHead(0)).toBe('42億円を計上した');
    expect(f.textFacts(lines[1].text)).toEqual({ prose: false, endsMaru: false, hasMaru: true, hasMatterRequest: false, initialAndSupp: false });
    expect(f.textFacts('当初予算と補正予算の計 X円（880億円）＋事項要求')).toMatchObject({ hasMatterRequest: true, initialAndSupp: true });
    expect(f.prevNonEmpty(1)).toBe(0);
    expect(f.prevNonEmpty(0)).toBe(-1);
  });
});

describe('bare numbers under a header unit', () => {
  it('reads each number cell in its column\'s unit, a sign as negative', () => {
    const t = '道路維持\t1,200\t△300';
    const toks = bareTokens(t, splitCells(t), null, unitOf('千円'));
    expect(toks.map((k) => [k.text, k.yen, k.unit])).toEqual([['1,200', 1_200_000, '千円'], ['300', -300_000, '千円']]);
  });
});

describe('quoted CSV rows read as tab rows', () => {
  it('only a line of quoted fields changes, one character for one', () => {
    const csv = '"款","本年度","比較"\n"1 町税","2,452,300","-66,200"\n彼は"はい","いいえ"と答えた\n';
    const out = quotedCsvToTabs(csv);
    expect(out).toBe(' 款 \t 本年度 \t 比較 \n 1 町税 \t 2,452,300 \t -66,200 \n彼は"はい","いいえ"と答えた\n');
    expect(out.length).toBe(csv.length);
  });
  it('a record with empty bare fields and a cell of several lines inside its quotes is one record', () => {
    const csv = '"款","本年度","前年度","説明"\n"2 衛生費","98,400","91,000","健診事業\n予防接種 4,200千円"\n"合計",,"98,400","91,000",\n';
    expect(quotedCsvToTabs(csv)).toBe(' 款 \t 本年度 \t 前年度 \t 説明 \n 2 衛生費 \t 98,400 \t 91,000 \t 健診事業\n予防接種 4,200千円 \n 合計 \t\t 98,400 \t 91,000 \t\n');
  });
  it('reads such a table: each row\'s figures in the header unit, a figure in a cell\'s second line in its own', async () => {
    const { extract } = await import('../../shared/extract');
    const csv = '"令和9年度 歳出予算",,,\n,,,"（単位：千円）"\n"款","本年度","前年度","説明"\n"2 衛生費","98,400","91,000","健診事業\n予防接種 4,200千円"\n"3 土木費","120,000","131,500","道路修繕"\n"合計",,"218,400","222,500",\n';
    expect(extract(csv).map((r) => [r.line, r.yen, r.previous?.yen ?? null])).toEqual([
      [4, 98_400_000, 91_000_000], [5, 4_200_000, null], [6, 120_000_000, 131_500_000], [7, 218_400_000, 222_500_000],
    ]);
  });
  it('a record of two quoted fields, "単位","千円", is a row of its own: the unit of the table under it', async () => {
    const { extract } = await import('../../shared/extract');
    const csv = '"単位","千円"\nコード,事業名,予算額,前年度予算額,区分\n0104,図書購入事業,"12,300","11,800",継続\n0207,"公園管理事業（東地区）","8,450","8,900",継続\n';
    expect(quotedCsvToTabs(csv).split('\n')[0]).toBe(' 単位 \t 千円 ');
    expect(extract(csv).map((r) => [r.line, r.yen, r.previous?.yen ?? null, r.item])).toEqual([
      [3, 12_300_000, 11_800_000, '図書購入事業'], [4, 8_450_000, 8_900_000, '公園管理事業（東地区）'],
    ]);
    // a line quoting two words stays prose
    expect(quotedCsvToTabs('彼は"はい","いいえ"と答えた\n"款","本年度","比較"\n"1 町税","2,452,300","-66,200"\n').split('\n')[0]).toBe('彼は"はい","いいえ"と答えた');
  });
});

describe('a label ending the line above', () => {
  it('"…概算要求額は" / "480億円（前年度予算額 …）": the label names the figure that opens the next line', async () => {
    const { extract } = await import('../../shared/extract');
    const rs = extract('令和10年度 概算要求の概要\n　地域の交通を守るため、令和10年度概算要求額は\n480億円（前年度予算額 412.5億円）を計上する。\n');
    expect(rs.map((r) => [r.yen, r.fy, r.stage, r.previous?.yen ?? null])).toEqual([[48_000_000_000, 2028, 'request', 41_250_000_000]]);
  });
});

describe('settlement words and the year of a bracket', () => {
  it('"翌年度への繰越額" is this year\'s settlement; a bracket naming a stage alone is of the year of the figure before it', () => {
    const src = '令和６年度　文化白書\n　令和５年度の決算額は９０８億円（予算現額９６０億円）であり、翌年度への繰越額は３２億円、不用額は２０億円となっている。\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [90_800_000_000, 'settlement', 2023], [96_000_000_000, 'budget', 2023], [3_200_000_000, 'settlement', 2023], [2_000_000_000, 'settlement', 2023],
    ]);
  });
});

describe('what a year carries over', () => {
  it('"次年度へ繰り越す財源" in a dated text is this year\'s', () => {
    const src = '令和7年9月\n令和6年度決算の概要\n　形式収支は113億円となり、これから次年度へ繰り越す財源68億円を差し引いた実質収支は45億円となった。\n';
    expect(extract(src).map((r) => [r.yen, r.fy])).toEqual([[11_300_000_000, 2024], [6_800_000_000, 2024], [4_500_000_000, 2024]]);
  });
});

describe('an audit report\'s finding', () => {
  it('reads its figures as costs and grants found, of the year its record names', () => {
    const src = ['第4章　個別の検査結果', '不　当　事　項', '（21）農道整備事業で補助対象外の費用を含めていたもの', '補助事業者　青原町', '年度　令和5年度',
      '事業費　96,400,000円', '上記に対する国庫補助金交付額　48,200,000円', '不当と認める国庫補助金交付額　3,150,000円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[96_400_000, 'other', 2023], [48_200_000, 'other', 2023], [3_150_000, 'other', 2023]]);
  });
});

describe('a supplementary budget that takes money away', () => {
  it('reads "歳入歳出からそれぞれX円を減額し" as the supplementary budget\'s own figure, negative, and the new total as the budget', () => {
    const src = ['■令和8年度一般会計補正予算（第4号）', '　歳入歳出からそれぞれ3,120万円を減額し、総額を84億2,300万円とするものです。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[-31_200_000, 'supplementary', 2026], [8_423_000_000, 'budget', 2026]]);
  });
});

describe('an amount per unit', () => {
  it('reads "1台当たり約X円" and "1回X円" as amounts per unit, no budget', () => {
    const src = ['令和8年度　教育予算の概要', '・端末更新　1,850台を更新します（1台当たり約6万2千円）。', '・市民プール　利用料（1回300円）を無料化します。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[62_000, 'other'], [300, 'other']]);
  });
});

describe('a commitment\'s limit under its period', () => {
  it('reads "限度額 X" under a name with its period of years as a total over them', () => {
    const src = ['令和8年度予算の説明', '３．債務負担行為', '　　図書館改修事業（令和８年度～令和９年度）', '　　　　限度額　240,000千円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([[240_000_000, 'other', null, true]]);
  });
});

describe('a statement of a year\'s results', () => {
  it('reads a 損益計算書\'s figures, its title spread out, as the settlement', () => {
    const src = ['北浜町水道事業会計', '　　　比 較 損 益 計 算 書', '（単位：円）', '科　　目          令和６年度         令和５年度          増 減 額',
      '１ 営業収益     1,517,051,350     1,529,777,800       △12,726,450', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.previous?.yen ?? null])).toEqual([[1_517_051_350, 'settlement', 2024, 1_529_777_800]]);
  });
});

describe('a note naming the stage of each year', () => {
  it('maps the years it names, ranges and eras carried, to their stages; a note of one year, or no note, gives none', async () => {
    const { yearStages } = await import('../../shared/extract/stage-legend');
    expect([...yearStages('※R3～R5は決算額、R6は決算見込額、R7は当初予算額です。')!]).toEqual([
      [2021, 'settlement'], [2022, 'settlement'], [2023, 'settlement'], [2024, 'settlement'], [2025, 'budget'],
    ]);
    expect([...yearStages('注）令和元年度は決算、2020年度は予算')!]).toEqual([[2019, 'settlement'], [2020, 'budget']]);
    expect(yearStages('※R7は当初予算額です。')).toBeNull();
    expect(yearStages('R3～R5は決算額、R7は当初予算額')).toBeNull();
  });
});

describe('a numbered heading naming a stage alone', () => {
  it('"２　主な査定内容" after a table of requests opens a section of the budget, in the document\'s year', () => {
    const src = [
      '令和８年度当初予算　査定の状況', '（単位：千円）', '部局名\t要求額\t前年度', '総務部\t128,450\t124,880', '',
      '２　主な査定内容', '　道路の維持修繕は見直しを行い、', '4億6,500万円とした。', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[128_450_000, 'request', 2026], [465_000_000, 'budget', 2026]]);
  });
});

describe('a balance named right before its figure', () => {
  it('"基金の補正後残高は 214億円" is a balance (other), not the budget its label names', () => {
    const src = '令和７年度 ６月補正予算の概要\n３ 今後の見通し\n　財政調整基金の６月補正後残高は 214億7,300万円 となる。\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[21_473_000_000, 'other', 2025]]);
  });
});

describe('sentences going on about the figure before', () => {
  it('"このうち…" and "また、…" lines after a supplementary budget\'s figure, its sentence ending a line on, are that budget\'s', () => {
    const src = [
      'ちいき放送　夕方ニュース　放送内容書き起こし', '放送日：2025年12月12日（金）', '', 'アナウンサー：',
      '　県は、総額三百二十億円の一般会計補正予算案を', 'まとめ、きょう県議会に提出しました。',
      '　このうち、中小企業への支援金には八十六億円を充てます。', '　また、公共事業に、百九十五億円余りを', '計上しました。', '',
      'アナウンサー：', '　市は、来年度予算の要求総額が千百四十億円余りとなり、過去最大となったと発表しました。', '',
      'アナウンサー：', '　県は、来年度の当初予算案に港湾の関連事業費として45億円を盛り込む方針です。', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [32_000_000_000, 'supplementary', 2025], [8_600_000_000, 'supplementary', 2025], [19_500_000_000, 'supplementary', 2025],
      [114_000_000_000, 'request', 2026], [4_500_000_000, 'budget', 2026],
    ]);
  });
});

describe('what was spent in a month', () => {
  it('"10月の支出額は約52億円で、主なものは…" is spending done, a settlement\'s figure; a utility\'s 資本的支出額 stays a budget word', () => {
    const src = '令和8年度 予算執行状況（10月末）\n（３）当月の主な支出　10月の支出額は約52億4,000万円で、主なものは、生活保護費の支払\n約5億8千万円などである。\n';
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[5_240_000_000, 'settlement'], [580_000_000, 'settlement']]);
    const utility = '令和8年度 水道事業会計予算\n資本的収入額が資本的支出額に対し不足する額1,139,800千円は、当年度分損益勘定留保資金等で補塡する。\n';
    expect(extract(utility).map((r) => [r.yen, r.stage])).toEqual([[1_139_800_000, 'budget']]);
  });
});

describe('a numbered heading on a year\'s outlook', () => {
  it('"（２）令和９年度の収支見通し" after a section on a settlement opens projections of that year', () => {
    const src = [
      '令和９年度予算編成方針', ' （１）令和７年度決算の状況', '   令和７年度一般会計決算は、歳入総額８１２億４，３７０万円となった。',
      ' （２）令和９年度の収支見通し', '   歳入では、市税収入は３１２億４，０００万円を見込む。', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[81_243_700_000, 'settlement', 2025], [31_240_000_000, 'other', 2027]]);
  });
});

describe('a narrow column wrapping a sentence before a year and a stage', () => {
  it('"…なお、令和" / "6年度決算ベースでの…" opens no section of that settlement: the next answer\'s figure stays the budget\'s', () => {
    const src = [
      '令和8年度当初予算のあらまし', '問 バス路線の見直しは。', '答 便数は現行どおりとする。なお、令和', '6年度決算ベースでの利用者1人当',
      'たりの町負担額は約1,850円である。', '', 'ふるさと納税', '問 寄附金収入の見込みは。', '答 寄附金は5億円を見込む。', '',
    ].join('\n');
    expect(extract(src).filter((r) => r.line === 9).map((r) => [r.yen, r.stage, r.fy])).toEqual([[500_000_000, 'budget', 2026]]);
  });
});

describe('the balance of a year\'s accounts', () => {
  it('"歳入歳出差引残額 6,574,903円" is the settlement\'s, whatever the page is titled', () => {
    const src = '令和６年度　国民健康保険特別会計　歳入歳出予算\n歳入歳出差引残額\t6,574,903円\n\t上記の額は、翌年度へ繰り越す。\n';
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[6_574_903, 'settlement']]);
  });
});

describe('a limit changed by a supplementary budget', () => {
  it('"変更前 限度額 | 変更後 限度額" of 地方債補正 are the budget\'s limits, not supplementary amounts', () => {
    const src = '令和７年度　北浦沢町一般会計補正予算（第２号）\n第3表　地方債補正\n（単位：千円）\n起債の目的\t変更前\t\t変更後\n\t限度額\t起債の方法\t限度額\n道路整備事業\t148,600\t普通貸借\t176,300\n';
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[148_600_000, 'budget'], [176_300_000, 'budget']]);
  });
});

describe('a header of years and stages one space apart', () => {
  it('"部局名 令和８年度 当初予算額 令和７年度 当初予算額 増減額" governs the section by its first year: the list after it is of that year', () => {
    const src = [
      '令和８年度当初予算案の概要', '２ 部局別の予算額', '（単位：百万円）', '部局名 令和８年度 当初予算額 令和７年度 当初予算額 増減額',
      '総務部 104,615 101,930 2,685', '', '３ 主な新規事業', '◆ 子ども医療費助成の拡充', '　　18.6億円（新規）', '',
    ].join('\n');
    expect(extract(src).filter((r) => r.line === 9).map((r) => [r.yen, r.stage, r.fy])).toEqual([[1_860_000_000, 'budget', 2026]]);
  });
});

describe('a commitment whose period a cell broke over two lines', () => {
  it('"…委託料\\t令和8年度から" over "令和10年度まで\\t42,390千円": a limit over the years of the period', () => {
    const src = '令和７年度　一般会計補正予算（第２号）\n第2表　債務負担行為補正\n事項\t期間\t限度額\n学校給食配送業務委託料\t令和8年度から\n令和10年度まで\t42,390千円\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.flags])).toEqual([[42_390_000, 'other', null, ['multi_year']]]);
  });
});

describe('a period of years in a row of cells', () => {
  it('in a note cell beside another amount with its unit, it is that amount\'s; in a cell of its own, the row\'s limit', () => {
    const src = ['令和10年度 架空市 主要事業（単位：千円）', '事業名\t本年度\t前年度\t説明',
      '庁舎改修事業\t1,548,300\t612,000\t外壁改修（ほか債務負担行為 令和10〜11年度 限度額2,730,000千円）',
      '事項\t期間\t限度額', '給食配送業務委託\t令和10年度から令和12年度まで\t42,390', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1000, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [1_548_300, 'budget', 2028, false], [2_730_000, 'other', null, true], [42_390, 'other', null, true],
    ]);
  });
});

describe('the funding of the figure just named', () => {
  it('"財源につきましては、国の交付金が4,650万円、県の…補助金が1,550万円…" in minutes on a supplementary budget are of the 当初 figure\'s stage', () => {
    const src = [
      '令和7年度一般会計補正予算（第3号）審議　会議録', '○町長　子育て応援給付事業につきましては、本年度当初予算に1億2,400万円を計上しております。',
      '　財源につきましては、国の交付金が4,650万円、県の子育て家庭応援補助金が1,550万円、残る6,200万円を一般財源で賄います。',
      '○町長　補正予算は総額2億円を見込んでおります。', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [124_000_000, 'budget', 2025], [46_500_000, 'budget', 2025], [15_500_000, 'budget', 2025], [62_000_000, 'budget', 2025], [200_000_000, 'supplementary', 2025],
    ]);
  });
});

describe('a heading set between rules', () => {
  it('opens a new part: the supplementary budget a "■" heading named above is no stage of the figures under it', () => {
    const src = [
      '町議会だより', '2025年5月1日発行', '━━━━━━━━━━', '　令和７年度当初予算を可決', '━━━━━━━━━━', '',
      '■令和７年度　予算の規模', '　一般会計　　　４８億３,５００万円', '',
      '■令和６年度補正予算', '　一般会計補正予算（第８号）は、歳入歳出それぞれ７,６５０万円を減額しました。', '',
      '━━━━━━━━━━', '　委員会での主な質疑', '━━━━━━━━━━', '',
      '◇学校給食費の無償化', '問　財源は。', '答　事業費は３,８７４万円で、町の一般財源を充てる。', '',
    ].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy])).toEqual([
      [8, 4_835_000_000, 'budget', 2025], [11, -76_500_000, 'supplementary', 2024], [19, 38_740_000, 'budget', 2025],
    ]);
  });
});

describe('last year\'s figure named in a text of no year', () => {
  it('"（前年度：… 124,600千円）" with no year anywhere has no fiscal year, not the year before year 0', () => {
    const rs = extract('学校給食費負担軽減事業\n　第3子以降の給食費を無償化（前年度：第3子以降半額 124,600千円）\n');
    expect(rs.map((r) => [r.yen, r.stage, r.fy])).toEqual([[124_600_000, 'budget', null]]);
  });
});

describe('a commitment\'s limit on the first line of its period', () => {
  it('"…事業　令和６年度から　412,500千円" over "令和７年度まで": a limit over the years of the period', () => {
    const src = '第２表　債務負担行為\n  市庁舎空調設備更新事業            令和６年度から            412,500千円\n                                    令和７年度まで\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy, r.flags])).toEqual([[412_500_000, 'other', null, ['multi_year']]]);
  });
});

describe('figures that are no budget of a year, named so before them', () => {
  it('a target amount, a cap after a colon, a balance after "は、", a year-end balance "も今年度末見込みで", a projected shortfall', () => {
    const one = (line: string) => extract(`令和8年度予算の概要\n${line}\n`).map((r) => r.stage);
    expect(one('　寄附目標額15億円の達成に向け、取り組みます。')).toEqual(['other']);
    expect(one('　・補助上限：200万円（補助率1/2）')).toEqual(['other']);
    expect(one('　※補正後の財政調整基金の残高は、約61億円となる見込みです。')).toEqual(['other']);
    expect(one('　市債残高も今年度末見込みで832億円となります。')).toEqual(['other']);
    expect(one('（３）令和8年度の財源不足見込額21億円については、事業の見直しで対応する。')).toEqual(['other']);
    // (a plan's table row of the shortfall the plan covers is that year's budget figure)
    expect(one('６　財源不足額　　　　　　 2兆1,376億円（同▲7,131億円）')).toEqual(['budget']);
  });
});

describe('an average per place and an estimate', () => {
  it('"一か所当たり平均で約十二億円" is an amount per unit; "…五百億円程度の上積みが必要と試算" an estimate: no budget', () => {
    const one = (line: string) => extract(`令和8年度予算\n${line}\n`).map((r) => r.stage);
    expect(one('　架け替えには一か所当たり平均で約十二億円を要しているところでございます。')).toEqual(['other']);
    expect(one('　道路分野につきましては、年平均でおよそ五百億円程度の上積みが必要と試算しているところでございます。')).toEqual(['other']);
  });
});

describe('a balance at the end of a year named relative to a dated text', () => {
  it('"今年度末" in a text dated in November 2025 about next year\'s budget is fiscal 2025\'s end', () => {
    const src = '【予算】来年度の要求額\n2025年11月28日\n　来年度予算編成に向けた要求状況の報告がありました。\n　財政調整基金の残高は、今年度末で約38億円の見込み。\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[3_800_000_000, 'other', 2025]]);
  });
});

describe('a web page\'s trail of links above its headline', () => {
  it('"ホーム ＞ 政治 ＞ 予算・税制" names no stage: the headline\'s 概算要求 is what the page is about', () => {
    const src = ['みなと新聞デジタル', 'ホーム ＞ 政治 ＞ 予算・税制', '会員限定記事', '', '架空省、概算要求1兆2000億円　過去最大', '2025年8月26日 5時00分', '',
      '■主な要求項目', '（カッコ内は今年度当初予算額）', '・河川維持事業　524億円（506億円）', '・点検デジタル化事業　36億円（新規）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.previous?.yen ?? null])).toEqual([
      [1_200_000_000_000, 'request', null], [52_400_000_000, 'request', 50_600_000_000], [3_600_000_000, 'request', null],
    ]);
  });
});

describe('a dated request naming no year', () => {
  it('is for the year after the one it is made in: a 概算要求 of August 2025 is fiscal 2026\'s', () => {
    expect(extract('架空省、概算要求1兆2000億円　過去最大\n2025年8月26日\n\n・河川維持事業　524億円\n').map((r) => [r.yen, r.stage, r.fy])).toEqual([
      [1_200_000_000_000, 'request', 2026], [52_400_000_000, 'request', 2026],
    ]);
  });
});

describe('a blog page\'s line of its date and tags', () => {
  it('"2025年3月8日 ／ カテゴリ：村議会 ／ タグ：予算, 決算, 財政" is no row of columns: its 決算 names no stage of the page\'s figures', () => {
    const src = '# 来年度予算案を読み解く（架空村 令和7年度一般会計）\n\n2025年3月8日 ／ カテゴリ：村議会 ／ タグ：予算, 決算, 財政\n\n## 総額は38億6,400万円、過去最大\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[3_864_000_000, 'budget', 2025]]);
  });
});

describe('a list of topics at the top of a press conference', () => {
  it('"1　令和7年度当初予算案について" over "2　令和6年度2月補正予算案について" is an agenda: its 補正 names no section of what follows', () => {
    const src = ['知事定例記者会見（令和7年2月13日）', '発表事項', '　1　令和7年度当初予算案について', '　2　令和6年度2月補正予算案について', '',
      '（知事）', '　まず、令和7年度当初予算案ですが、一般会計の総額は7,842億円となりました。', '　特別会計を合わせた全会計の総額では、1兆2,406億円です。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage, r.fy])).toEqual([[784_200_000_000, 'budget', 2025], [1_240_600_000_000, 'budget', 2025]]);
  });
});

describe('what a text with no title word is mostly about', () => {
  it('"7年度予算", "新年度予算" count as budget words: a newsletter naming 決算 as often as 当初予算 is about the budget', async () => {
    const { readFrame } = await import('../../shared/extract/docframe');
    const { splitLines } = await import('../../shared/extract/lines');
    const src = ['架空市議会議員', 'やまだ太郎の市政レポート', 'vol.23　2025年 春号', '', '3月議会で新年度予算が成立', '　7年度予算では、決算で不用額が多かった事業を見直しました。',
      '　決算の数字と当初予算を比べる視点で、7年度予算を読み解きます。決算は秋に出ます。', ''].join('\n');
    expect(readFrame(src, splitLines(src)).stage).toBe('budget');
  });
});

describe('a news script\'s approximate figures', () => {
  it('"九億円あまり" is approximate; "総事業費は、およそ百六十億円" a project\'s whole cost, no budget of the year', () => {
    const rs = extract('令和8年度予算\n　体育館にエアコンを設置する費用として、九億円あまりを盛り込みました。\n　総事業費は、およそ百六十億円と見込まれています。\n');
    expect(rs.map((r) => [r.yen, r.stage, r.flags])).toEqual([[900_000_000, 'budget', ['approximate']], [16_000_000_000, 'other', ['approximate', 'multi_year']]]);
  });
});

describe('an English page\'s settlement', () => {
  it('"FY2024 settlement (actual expenditure): ¥112.6 billion" is that year\'s settlement', () => {
    expect(extract('FY2026 Budget Summary\nFor reference, FY2024 settlement (actual expenditure): ¥112.6 billion\n').map((r) => [r.yen, r.stage, r.fy])).toEqual([[112_600_000_000, 'settlement', 2024]]);
  });
});

describe('an amount per meal and a target', () => {
  it('"１食当たり小学生２８０円" is an amount per unit, a word between; "寄附額二十億円を目標に" a target; "５億円を計上" stays a budget', () => {
    const one = (line: string) => extract(`令和7年度予算\n${line}\n`).map((r) => r.stage);
    expect(one('答　小学生の給食は、１食当たり小学生２８０円を全額町が負担する。')).toEqual(['other']);
    // (and the figure listed after it: "、中学生３２０円")
    expect(one('答　対象で、１食当たり小学生２８０円、中学生３２０円の給食費を全額町が負担する。')).toEqual(['other', 'other']);
    expect(one('　返礼品の充実を図り、寄附額二十億円を目標に取り組んでまいります。')).toEqual(['other']);
    expect(one('　道路整備に５億円を計上しました。')).toEqual(['budget']);
  });
});

describe('an amount per day', () => {
  it('"利用料 1日2,500円" is an amount per unit; a date before a figure ("4月1日、5億円") is not', () => {
    const one = (line: string) => extract(`令和7年度予算\n${line}\n`).map((r) => r.stage);
    expect(one('一時預かり事業　利用料 1日2,500円')).toEqual(['other']);
    expect(one('　4月1日、5億円を措置した。')).toEqual(['budget']);
  });
});

describe('a project\'s whole cost after its period', () => {
  it('"25～27年度の3カ年で、総事業費は約24億円" is a total over the years, of no one year', () => {
    const rs = extract('2025年2月20日\n架空町の予算案\n　耐震改修は25～27年度の3カ年で、総事業費は約24億円。\n');
    expect(rs.map((r) => [r.yen, r.stage, r.fy, r.flags])).toEqual([[2_400_000_000, 'other', null, ['approximate', 'multi_year']]]);
  });
});

describe('a supplementary budget\'s amount over the line naming the budget after it', () => {
  it('"一般会計　31億2,400万円" over "補正後の予算額は…": the amount stays the supplementary budget\'s', () => {
    const src = ['令和8年度9月補正予算案の概要', '', '1　補正予算の規模', '　一般会計　31億2,400万円', '　　補正後の予算額は5,204億1,300万円となります。', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy])).toEqual([[4, 3_124_000_000, 'supplementary', 2026], [5, 520_413_000_000, 'budget', 2026]]);
  });
});

describe('a finding\'s record of fields whose year field names two years', () => {
  it('"年度　令和３、４両年度": the record\'s figures are totals over both years', () => {
    const src = ['補助事業　　　　空き家改修促進', '年度　　　　　　令和３、４両年度', '事業費　　　　　41,620,000円', '上記に対する国庫補助金交付額　　20,810,000円', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [3, 41_620_000, 'other', null, true], [4, 20_810_000, 'other', null, true],
    ]);
  });
});

describe('labels that name a supplementary budget without being one', () => {
  it('a budget the supplementary is added into, a later clause\'s settlement word, funds carried over from last year', () => {
    expect(readLabel('当初予算額に補正予算及び前年度からの繰越しを加えた最終予算額は').stage).toBe('budget');
    expect(readLabel('予算現額には前年度からの繰越額及び補正予算額が含まれており、翌年度への繰越額は').stage).toBe('settlement');
    expect(readLabel('前年度からの繰越金は').previous).toBe(false);
    expect(readLabel('令和８年度補正予算額は').stage).toBe('supplementary');
    expect(readLabel('前年度予算額は').previous).toBe(true);
  });
  it('"当初予算額300億円に補正予算を加えた最終予算額は342億円": two budgets, neither a supplementary of the other', () => {
    const src = '令和7年度決算の概要\n　当初予算額300億円に補正予算及び前年度からの繰越しを加えた最終予算額は342億円で、執行率は95.1％でした。\n';
    expect(extract(src).map((r) => [r.yen, r.stage, r.supplementary])).toEqual([[30_000_000_000, 'budget', null], [34_200_000_000, 'budget', null]]);
  });
});

describe('a year ending a wrapped line, its particle opening the next', () => {
  it('"…平成28年度" / "の215億円から、…令和5年度" / "には388億円": each figure is of the year before its particle', () => {
    const src = ['　林業関係予算は着実に拡充されてきた。当初予算ベースでみると、平成28年度', 'の215億円から、令和2年度には301億円、令和5年度',
      'には388億円と増加を続け、令和7年度は402億円となっている。', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.fy])).toEqual([[2, 215, 2016], [2, 301, 2020], [3, 388, 2023], [3, 402, 2025]]);
  });
});

describe('a relative year in a dated text wrapped at its margin', () => {
  it('"…今年度の一般会計当初予" / "算は、前年度比２．８％増の６，４１２億円": this year\'s budget, compared with the year before', () => {
    const src = ['令和７年９月定例会　架空県議会会議録', '令和７年９月１８日（木曜日）', '　まず、来年度当初予算の編成方針についてであります。今年度の一般会計当初予',
      '算は、前年度比２．８％増の６，４１２億円と、過去最大の規模となりました。', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.fy])).toEqual([[4, 6412, 2025]]);
  });
  it('"当年度分消費税…調整額" names an item: its year is the document\'s, not the date\'s', () => {
    const src = ['令和8年度　架空市水道事業会計予算', '令和8年2月10日', '　資本的収入額が資本的支出額に対し不足する額 1,226,500千円は、当年度分消費税及び地方消費税',
      '資本的収支調整額 98,240千円で補てんします。', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.fy])).toEqual([[3, 2026], [4, 2026]]);
  });
});

describe('figures of no budget in a committee\'s questions', () => {
  it('an average a year, an amount a year per person, a levy collected and a private estimate are no budget', () => {
    const src = ['令和７年度予算委員会', '○委員　五兆円という額は、単純に割り戻しても年平均で七千億円余りになります。',
      '○委員　月三百円と申しましても、年額にすれば三千六百円になります。', '○参考人　令和九年度には総額四千億円を集める予定でございます。',
      '○大臣　二〇三〇年に八兆円規模まで拡大するとの民間の試算もございます。', ''].join('\n');
    expect(extract(src).filter((r) => r.yen !== 5e12).map((r) => [r.line, r.stage])).toEqual([[2, 'other'], [3, 'other'], [3, 'other'], [4, 'other'], [5, 'other']]);
  });
});

describe('an amount per head in a table under a caption naming its year', () => {
  it('"▼令和7年度当初予算　教育費の比較" over a column of 一人当たり教育費 in a text about the settlement before: of the caption\'s year', () => {
    const src = ['令和6年度決算の審査を終えて', '2025.10.14　カテゴリー：議会報告', '9月議会では令和6年度決算を審査しました。令和6年度決算の歳出総額は512億円でした。', '',
      '▼令和7年度当初予算　教育費の比較', '市名\t一般会計（百万円）\t一人当たり教育費（円）', '甲市\t52,310\t51,680', '乙市\t44,870\t66,701', ''].join('\n');
    expect(extract(src).filter((r) => r.stage === 'other').map((r) => [r.line, r.yen, r.fy])).toEqual([[7, 51_680, 2025], [8, 66_701, 2025]]);
  });
});

describe('a total over years named before another figure of the sentence', () => {
  it('"23〜27年度の5年間で総額43兆円程度とする計画の4年目にあたり、…に1兆2千億円": only the first is a total over years', () => {
    const src = '　各府省庁による2026年度予算の概算要求が29日、出そろった。\n　国防省は9兆1200億円を要求した。23〜27年度の5年間で総額43兆円程度とする整備計画の4年目にあたり、装備の取得などに1兆2千億円を計上した。\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([
      [91_200, 'request', 2026, false], [430_000, 'other', null, true], [12_000, 'request', 2026, false],
    ]);
  });
});

describe('a request with last year\'s budget in a bracket after it', () => {
  it('"…八百六十億円を要求（前年度予算額七百九十億円）": the figure is requested, not budgeted', () => {
    const src = '令和９年度概算要求の概要\n（１）情報システムの共通化\n　移行を完了させるため、八百六十億円を要求（前年度予算額七百九十億円）。\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.previous ? r.previous.yen / 1e8 : null])).toEqual([[860, 'request', 790]]);
  });
});

describe('a settlement card\'s standard figures of local finance', () => {
  it('"基準財政収入額 (千円) : 1,287,441" and "標準財政規模" are no budget, of the card\'s year', () => {
    const src = ['令和４年度 決算状況（決算カード）', '【財政指標等】', '基準財政収入額 (千円)        :    1,187,441', '標準財政規模 (千円)          :    4,901,662', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.stage, r.fy])).toEqual([[3, 'other', 2022], [4, 'other', 2022]]);
  });
});

describe('a figure named again by the words after it', () => {
  it('"十兆円という額は" after "七年間で十兆円超の公的支援" is that total over years again', () => {
    const src = '令和７年度予算委員会\n ＡＩ分野につきましては、令和十二年度までの七年間で十兆円超の公的支援を行います。\n○委員 十兆円という額は、大きな額です。\n';
    expect(extract(src).map((r) => [r.line, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([[2, 'other', null, true], [3, 'other', null, true]]);
  });
});

describe('a shortfall a dated text names for a year', () => {
  it('"来年度の収支不足額は１３８億円" in a text of September 2025: no budget, of 2026', () => {
    const src = '令和７年９月定例会　架空県議会会議録\n令和７年９月１８日（木曜日）\n　財政課の試算では、来年度の収支不足額は１３８億円に上ります。\n';
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[138, 'other', 2026]]);
  });
});

describe('a sentence whose topic is a year\'s budget', () => {
  it('"また、令和6年度補正予算においては、…の建造等に" / "96億円が措置された": of that supplementary budget', () => {
    const src = ['令和7年度 海洋白書', '　令和7年度予算は768億円となっている。', '　また、令和6年度補正予算においては、老朽化した調査船の代替建造等に', '96億円が措置された。', ''].join('\n');
    expect(extract(src).map((r) => [r.line, r.yen / 1e8, r.stage, r.fy])).toEqual([[2, 768, 'budget', 2025], [4, 96, 'supplementary', 2024]]);
  });
});

describe('figures of a sentence two sentences after the one naming their budget', () => {
  it('"…当初予算は523億円。…約44万円です。近隣の甲市（448億円）、乙市（579億円）も…": the neighbours\' figures are the same budget', () => {
    const src = ['2025.10.14　カテゴリー：議会報告', '9月議会では令和6年度決算の審査に参加しました。令和6年度決算の歳出は512億円でした。', '',
      '本市の令和7年度一般会計当初予算は523億円。市民一人当たりに直すと約44万円です。近隣の甲市（448億円）、乙市（579億円）も同じくらいです。', ''].join('\n');
    expect(extract(src).filter((r) => r.line === 4 && r.yen >= 1e10).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[523, 'budget', 2025], [448, 'budget', 2025], [579, 'budget', 2025]]);
  });
});

describe('English words after a figure naming its budget', () => {
  it('"¥35.0 billion in the FY2025 supplementary budget": that supplementary budget\'s figure, of 2025', () => {
    const src = 'FY2026 Budget Summary\nThe city allocated ¥35.0 billion in the FY2025 supplementary budget for disaster recovery.\nThe FY2026 initial budget totals ¥512.3 billion.\n';
    expect(extract(src).map((r) => [r.yen / 1e9, r.stage, r.fy])).toEqual([[35, 'supplementary', 2025], [512.3, 'budget', 2026]]);
  });
});

describe('a sentence opened by one year\'s settlement', () => {
  it('gives a later figure naming only its stage that year, not the year the text is about; a year compared with gives none', () => {
    const src = ['令和９年度当初予算の編成について', '',
      '　令和七年度決算では、歳入総額は五千二百億円、歳出総額は五千百億円、実質収支は三十億円でした。',
      '　今回の予算案は、令和８年度比で3.1パーセント増の5400億円を計上した。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[5_200, 'settlement', 2025], [5_100, 'settlement', 2025], [30, 'settlement', 2025], [5_400, 'budget', 2027]]);
  });
});

describe('a tagged title naming last year\'s supplementary budget', () => {
  it('"【参考】令和７年度補正予算（架空庁関係）" makes the bullets under it that budget\'s figures', () => {
    const src = ['令和８年度 架空庁 概算要求の概要', '令和８年度要求額 １，２００億円', '', '【参考】令和７年度補正予算（架空庁関係）', '補正予算額 ６８０億円',
      '・架空ごみ対策 ５２億円', '・架空観測体制の強化 ４１０億円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[1_200, 'request', 2026], [680, 'supplementary', 2025], [52, 'supplementary', 2025], [410, 'supplementary', 2025]]);
  });
});

describe('a sentence naming its stage, after one naming that stage\'s year', () => {
  it('"24年度一般会計決算の確定値も公表した。歳入は…、実質収支は41億円" gives every figure 2024', () => {
    const src = ['2026年2月13日', '架空県、26年度当初予算案は7412億円', '　県は12日、26年度当初予算案を発表した。', '　県は同日、24年度一般会計決算の確定値も公表した。歳入は7318億円、歳出は7166億円で、翌年度に繰り越す財源を除いた実質収支は41億円の黒字だった。', ''].join('\n');
    expect(extract(src).filter((r) => r.stage === 'settlement').map((r) => [r.yen / 1e8, r.fy])).toEqual([[7_318, 2024], [7_166, 2024], [41, 2024]]);
  });
});

describe('the budget after last year\'s supplementary budgets, in a text about next year', () => {
  it('"7年度は…補正予算で…追加されていて、補正後の予算は618億円（7年度当初：597億5,000万円）" is of 2025, the bracket no previous', () => {
    const src = ['2026.03.02 架空市の8年度予算案を読む', '　8年度の一般会計は610億円です。',
      '　7年度は6月と12月の補正予算で合計20億5,000万円が追加されていて、補正後の予算は618億円になっています（7年度当初：597億5,000万円）。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e6, r.stage, r.fy, r.previous ? r.previous.yen / 1e6 : null])).toEqual([
      [61_000, 'budget', 2026, null], [2_050, 'supplementary', 2025, null], [61_800, 'budget', 2025, null], [59_750, 'budget', 2025, null],
    ]);
  });

  it('"8,600万円（7年度は実証運行で3,400万円）" in an 8年度 text: the bracket is last year\'s', () => {
    const src = ['架空市 8年度予算案の注目事業', '・架空交通の本格運行：8,600万円（7年度は実証運行で3,400万円）', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.fy, r.previous ? r.previous.yen / 1e4 : null])).toEqual([[8_600, 2026, 3_400]]);
  });
});

describe('a year broken over the line\'s end in wrapped prose', () => {
  it('"…、令和元年度当初" / "予算では 334億円", "…。令和" / "6年度当初予算は 412億円": each figure of the year the line above began', () => {
    const src = ['第2章 架空交通予算の推移', '平成30年度当初予算では 327億円、令和元年度当初', '予算では 334億円と緩やかに増加してきた。支援の重点を移している。令和',
      '6年度当初予算は 412億円となった。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.fy, r.stage])).toEqual([[327, 2018, 'budget'], [334, 2019, 'budget'], [412, 2024, 'budget']]);
  });
});

describe('a budget scaled down, under a heading of its own line', () => {
  it('"区の予算を家計にたとえると" after a blank line: its figures are no budget, up to a short line after the next blank one', () => {
    const src = ['令和７年度 架空区の予算', '一般会計 1,480億円', '', '区の予算を家計にたとえると', '1年間の収入を600万円とした場合', '給料（特別区税など）', '159万円',
      '', '今年度の主な取組', '・架空遊歩道の再整備 … 9億6,500万円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.stage])).toEqual([[14_800_000, 'budget'], [600, 'other'], [159, 'other'], [96_500, 'budget']]);
  });

  it('"区民1人あたりの使いみち" over a list: amounts per head, up to a line of words alone', () => {
    const src = ['令和７年度 架空区の予算', '区民1人あたりの使いみち', '（一般会計歳出を区民数で割ったもの）', '福祉費 24万8,860円', '教育費 8万2,490円',
      '今年度の主な事業', '架空バス運行事業 1,850万円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[248_860, 'other'], [82_490, 'other'], [18_500_000, 'budget']]);
  });
});

describe('a balance named as a topic of a spoken answer', () => {
  it('"県債残高につきましては、令和七年度末で一兆二千三百八十億円と見込んで" is a balance, no budget', () => {
    const src = ['令和７年２月　架空県議会　予算特別委員会', '　県債残高につきましては、令和七年度末で一兆二千三百八十億円と見込んでおります。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e8, r.stage, r.fy])).toEqual([[12_380, 'other', 2025]]);
  });
});

describe('figures of the economy in a budget policy text', () => {
  it('名目ＧＤＰ, a target set (…とする目標), a package\'s scale (…兆円規模の先行投資支援, …規模の加速化プラン) are no budget', () => {
    const src = ['令和７年１２月 令和８年度予算編成の基本方針（架空）', '我が国経済は、名目ＧＤＰが６００兆円の大台に迫り、', '・ 最低賃金について、全国加重平均１，５００円とする目標の実現に向け、',
      '・ 架空債を活用した２０兆円規模の先行投資支援を通じ、', '・ 架空戦略に基づく３．６兆円規模の加速化プランを着実に実施する。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen, r.stage])).toEqual([[600e12, 'other'], [1_500, 'other'], [20e12, 'other'], [3.6e12, 'other']]);
  });
});

describe('a bill\'s number opening its section', () => {
  it('"議案第20号　令和7年度…補正予算（第7号）" after a budget bill: the figures under it, past a blank line, are that supplementary budget\'s', () => {
    const src = ['本会議速報　令和8年第1回定例会', '■ 予算議案', '議案第1号　令和8年度架空市一般会計予算', '　歳入歳出予算の総額を歳入歳出それぞれ612億円と定めるもの',
      '議案第20号　令和7年度架空市一般会計補正予算（第7号）', '　内容は道路修繕として3億4,500万円を追加するもの。', '', '　また、給食費支援として1億1,800万円を計上するもの。', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1e4, r.fy, r.stage])).toEqual([[6_120_000, 2026, 'budget'], [34_500, 2025, 'supplementary'], [11_800, 2025, 'supplementary']]);
  });
});

describe('a total whose span of years the words after it name', () => {
  it('"総額8億1,540万円、令和9年度から11年度までの3か年の継続費として設定" and "総額8億6,430万円を、10年度から12年度までの3か年で執行" are totals over years', () => {
    const src = '令和10年度 架空市予算説明資料\n　架空緑地整備事業は、総額8億1,540万円、令和9年度から11年度までの3か年の継続費として設定しています。\n　架空プール改築事業は、総額8億6,430万円を、10年度から12年度までの3か年で執行します。\n';
    expect(extract(src).map((r) => [r.yen / 1e4, r.stage, r.fy, r.flags.includes('multi_year')])).toEqual([[81_540, 'other', null, true], [86_430, 'other', null, true]]);
  });
});

describe('what a request was assessed at, in a text about requests', () => {
  it('"査定額 356,000千円（要求額 512,000千円）" under a 知事査定 title: the assessed figure is the budget', () => {
    const src = ['令和10年度 概算要求・知事査定の結果', '各部局からの要求額を精査しました。要求総額は前年度を上回りました。',
      '　・架空拠点整備事業（新規）　査定額 356,000千円（要求額 512,000千円）', '　・架空観光事業　要求額 184,300千円 → 査定額 120,000千円', ''].join('\n');
    expect(extract(src).map((r) => [r.yen / 1000, r.stage])).toEqual([[356_000, 'budget'], [512_000, 'request'], [184_300, 'request'], [120_000, 'budget']]);
  });
});

describe('a trend of balances listed in a sentence', () => {
  it('"基金残高の過去3年間の推移 令和5年度…、令和6年度…": balances, each of its year, whatever the document reports', () => {
    const rs = extract('令和7年度決算の概要\n基金残高の過去3年間の推移 令和5年度23億8,700万円、令和6年度21億7,300万円、令和7年度22億3,300万円\n');
    expect(rs.map((r) => [r.yen / 1e4, r.fy, r.stage])).toEqual([[238_700, 2023, 'other'], [217_300, 2024, 'other'], [223_300, 2025, 'other']]);
  });
});

describe('a row of a year\'s figures in running text', () => {
  it('"平成24年度 ①約2,937億円 ②約3,302億円": every figure of the line is the year\'s it opens with, none of a range above', () => {
    const rs = extract('平成二十四年度から平成三十年度までの各年度における①当初予算額、②補正後の予算額をお示しすると、次のとおりである。\n 平成二十四年度 ①約二千九百三十七億円 ②約三千三百二億円\n 平成二十五年度 ①約三千一億円 ②約三千七十五億円\n');
    expect(rs.map((r) => [r.line, r.yen / 1e8, r.fy])).toEqual([[2, 2_937, 2012], [2, 3_302, 2012], [3, 3_001, 2013], [3, 3_075, 2013]]);
  });
  it('not where the year is a label of words ("25年度当初の…"): a total over five years stays one', () => {
    const rs = extract('2026年度概算要求\n　25年度当初の8兆6870億円から2780億円の増額。防衛力整備計画に基づく5年間の総額43兆円の\n');
    expect(rs.find((r) => r.yen === 43e12)).toMatchObject({ fy: null, stage: 'other' });
  });
});

describe('a settlement\'s words in prose', () => {
  it('支出済歳出額 and 支出済み歳出額 name what was spent, a settlement\'s figure, beside the budget it was spent against', () => {
    const rs = extract('架空事業費補助金でございますが、予算現額三百十一億円に対しまして、支出済歳出額が二百八十四億円でございます。歳出予算現額一兆二千億円余に対し、支出済み歳出額は一兆千五百億円余であります。');
    expect(rs.map((r) => [r.yen / 1e8, r.stage])).toEqual([[311, 'budget'], [284, 'settlement'], [12000, 'budget'], [11500, 'settlement']]);
  });
});
