// Cheap pre-checks (a character or word every match must hold) in front of the extractor's regular
// expressions must change no answer: each guarded function equals its plain-regex version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextInternals, fundCue, multiYearCue, otherCue, readLabel, stageWord } from '../../shared/extract/context';
import { cleanItem, clearItemMemo, isWeakItem, itemInternals, nameLike } from '../../shared/extract/items';
import { cellUnit, unitOf } from '../../shared/extract/lines';

const ALPHABET = ['月額', 'per ', 'Fund', 'Funds', 'p', 'last year', 'year', '前の年', 'の', ...'年度補正下要求望決算予額前昨比較増減差対よりか間で計合総投資市場調達寄附付生産売上高目標事業規模費ファンドわせ／累積×上限最大あたり当単価基金国庫債務負担行為複数にわたって円千百万億兆単位0１2.,、。：:（(）)「」『』・－-~〜 \u3000\tうち内を支援実施するしたはじめについてのまた令和R元1年度第二次当初をにがでともへや総額約その他執行査済未納欠損調２'];
const str = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((a) => a.join(''));

const WEAK = /^(?:総額|合計|計|約|予算|予算額|事業費|支出|計上|措置|継続分|うち|内|内数|国費|総事業費|規模|以降|国庫債務負担行為(?:等)?|基金(?:措置|造成)?(?:[(（][^)）]*[)）])?|(?:政府|当初|補正)?予算案|予算現額|補正予算|当初予算|年間|最終(?:予算)?|補正[前後]|現計|決算額?|概算要求額?|要求(?:・要望)?額|事項要求|参考|前倒し|引き続き|重点的|集中的|(?:本|今|当|前)年度(?:予算額?)?|(?:令和|平成)[0-9０-９元]{1,2}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?)$/u;
function isWeakItemRef(s: string): boolean {
  const t = s.replace(/[\s\u3000]/gu, '');
  return t.length < 2 || WEAK.test(t) || /^(?:を|[にがはでとのへもや](?![\u3041-\u309f])|に(?:かか|おけ|おい|つい|よる|より|係る|関す|て|は)|と(?:して|とも|なる|する|の)|で(?:は|も|ある|き|の)|への|の(?:うち|ため|ほか|もと|よう)|が(?:ある|あり|でき|な|、)|は(?:ない|、)|も(?:ある|の[のでは])|や)/u.test(t) || /^[0-9０-９.,、\s~〜]+$/u.test(t) || !/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z]{2}/u.test(t);
}
function stageWordRef(s: string): string | null {
  if (/補正|補下/u.test(s) && !(/補正[後前]/u.test(s) && !/補正(?![後前])/u.test(s))) return 'supplementary';
  if (/補正後|補正前/u.test(s)) return 'budget';
  if (/概算要求|要求・要望|要求要望|要望額|要求額|要求(?!.*予算額)/u.test(s)) return 'request';
  if (/決算|支出済額|収入済額|収納済額|調定額|不納欠損額|収入未済額|不用額|翌年度(?:へ|に)?の?繰り?越し?額|執行額|執行済額|実績額/u.test(s)) return 'settlement';
  if (/当初予算|予算額|予算現額|予算案|査定額?$|査定額|歳出予算|年度\s?(?:の)?(?:政府)?予算|予算(?:で|は|に|において|により|を|が|として|措置|計上)/u.test(s)) return 'budget';
  return null;
}
const MULTI_YEAR_BEFORE = contextInternals.MULTI_YEAR_BEFORE;
// (the plain patterns otherCue guards with a word each must hold: the guards may change no answer)
const otherCueRef = (c: string, a: string) => contextInternals.PER_UNIT_AFTER.test(a) || contextInternals.PER_UNIT_BEFORE.test(c) || contextInternals.OTHER_WORDS.test(c) || contextInternals.OTHER_AFTER.test(a);
const UNITS = ['円', '千円', '万円', '百万円', '千万円', '億円', '兆円'];
const TRAIL_PARTICLE = /(?:において|については|におきましては|につきましては|におきまして|につきまして|には|では|として|による|により|は|が|に|で|を|の|(?<!ど)も|(?<!さ)と|まで|から|より)$/u;

describe('guarded patterns equal the plain ones', () => {
  it('stage words, cues, weak items, units', () => {
    fc.assert(fc.property(str(40), str(20), (s, a) => {
      expect(isWeakItem(s)).toBe(isWeakItemRef(s));
      expect(stageWord(s)).toBe(stageWordRef(s));
      expect(readLabel(s).previous).toBe(/前年度|前年(?!比)|昨年度|前の年|(?:^|[^A-Za-z])(?:last|previous) year(?![A-Za-z])/iu.test(s));
      expect(fundCue(s)).toBe(/基金|ファンド|Fund(?![a-z])/u.test(s));
      expect(multiYearCue(s)).toBe(MULTI_YEAR_BEFORE.test(s));
      expect(otherCue(s, a)).toBe(otherCueRef(s, a));
      const k = s.replace(/[\s\u3000]/gu, '');
      expect(unitOf(s)?.unit ?? null).toBe(UNITS.includes(k) ? k : null);
      const c = s.replace(/[\s\u3000()（）[\]［］]/gu, '').replace(/^単位[:：]?/u, '');
      expect(cellUnit(s)?.unit ?? null).toBe(UNITS.includes(c) ? c : null);
      expect(itemInternals.stripParticle(s)).toBe(s.replace(TRAIL_PARTICLE, ''));
    }), { numRuns: 4000 });
    for (const s of ['総額', '基金(補正)', '１２３', '〜~', 'をA事業', '年間', '令和6年度補正予算額', '前年比', '3か年で総額', '(単位：千円)', '百万円']) {
      expect(isWeakItem(s)).toBe(isWeakItemRef(s));
      expect(stageWord(s)).toBe(stageWordRef(s));
      expect(multiYearCue(s)).toBe(MULTI_YEAR_BEFORE.test(s));
    }
    expect(cellUnit('(単位：千円)')?.unit).toBe('千円');
    expect(unitOf(' 百万円 ')?.unit).toBe('百万円');
  });

  it('cleanItem and nameLike: deterministic, and leading connectives are still cut', () => {
    fc.assert(fc.property(str(50), (s) => {
      clearItemMemo();
      const a = [cleanItem(s), cleanItem(s, true), nameLike(s)];
      clearItemMemo();
      expect([cleanItem(s), cleanItem(s, true), nameLike(s)]).toEqual(a);
    }), { numRuns: 2000 });
    expect(cleanItem('また、研究開発事業')).toBe('研究開発事業');
    expect(cleanItem('歳出のうち、科学技術振興費')).toBe('科学技術振興費');
    expect(cleanItem('「大学ファンド」')).toBe('大学ファンド');
    expect(cleanItem('（研究開発事業）')).toBe('研究開発事業');
    expect(cleanItem('研究開発事業において')).toBe('研究開発事業');
  });
});
