// A year a line break cut after its era and number (a minutes viewer breaking its lines at linked words): read whole,
// every record keeping its line and offsets in the text as given. Examples invented for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract';
import { joinSplitYears } from '../../shared/extract/split-years';

describe('a year cut by a line break', () => {
  it('"「昭和三十六" / "年度予算の説明」": the document\'s year, read whole; the figures keep their lines', () => {
    const src = ['○政府委員　ただいまの説明を補足いたしまして、「昭和三十六', '年度予算の説明」に基づき申し上げます。', '租税収入の見込み額が一兆七千二百九十七億円、前年度当初予算に比べまして三千九百三十億の増。', ''].join('\n');
    const rs = extract(src);
    expect(rs.map((r) => [r.line, r.text, r.fy, r.stage, (r.change?.yen ?? 0) / 1e8])).toEqual([[3, '一兆七千二百九十七億円', 1961, 'budget', 3_930]]);
    expect(src.slice(rs[0].start, rs[0].end)).toBe('一兆七千二百九十七億円');
    // (without the break, the same)
    expect(extract(src.replace('三十六\n', '三十六')).map((r) => r.fy)).toEqual([1961]);
  });
  it('moves the rest up to its head, mid-line; nothing else moves, and a text without one is left alone', () => {
    const m = joinSplitYears('工事は令和9\n年度に予定しており、\n総額は3億円。\n');
    expect(m?.text).toBe('工事は令和9年度\nに予定しており、\n総額は3億円。\n');
    // (an era alone, a number without its era, a word naming the year by this one: no cut year of this kind)
    for (const t of ['なお、令和\n6年度の決算では\n', '合計 2,345\n年度末の残高\n', '今\n年度当初の予算\n', '令和9年度\n予算\n']) expect(joinSplitYears(t)).toBeNull();
  });
});
