// Gates in front of anchored patterns (the first character a match can open with) and a prefix read by code unit
// must give exactly what the plain patterns give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellTableInternals } from '../../shared/extract/celltables';
import { contextInternals } from '../../shared/extract/context';
import { bracketOnly } from '../../shared/extract/line-facts';
import { HAS_CELL_SEP, HAS_HEADER_END, HAS_HI, HAS_LABEL, HAS_MARU, HAS_NEN, HAS_OKU_CHO, HAS_SAI, HAS_TAN, HAS_WA_COLON, HAS_YEN, charFacts, lineChars, splitLines } from '../../shared/extract/lines';
import { newListInternals } from '../../shared/extract/newlists';
import { extractorInternals } from '../../shared/extract/extractor';
import { NUMBERED, headingInternals } from '../../shared/extract/headings';
import { firstNonSpace } from '../../shared/extract/lines';
import { bulletNameAfter, clearNotANameMemo, namingInternals, notAName } from '../../shared/extract/naming';
import { isWeakItem } from '../../shared/extract/items';
import { lastNonSpace } from '../../shared/extract/lines';
import { changeWordAfter, closerAfter } from '../../shared/extract/role-cues';
import { closeKind } from '../../shared/extract/brackets';

const ALPHABET = ['---', '千円', '億円', '百万円', '％', '多い', 'ずつ', 'ふくら', '膨ら', '削られ', 'を削っ', '以上', 'の伸び', 'の増収', 'わけ', 'こと', '同', ' more than in FY', '、', '5%増', 'per ', 'p', '（1.2％）', 'った', 'α', 'を上限', ...'程規超弱強余前以台近足~〜～+＋/／×x1・•▶※-‐この同当該御ご指摘先上記述およそ概ねむほぼ最大合総小計は約■・の内数程度規模超弱強増減余り近く前後台加少額圧縮削縮上積み回下落込目ほど比べ較年対しから要求望 \u3000\t()（）】]］【[区分会計名事業款項科称費差引△▲:：◆◇■□●○◎・1１(（①第IVXⅠⅫ.．A'];
const str = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((a) => a.join(''));

function closerAfterRef(t: string, end: number): number {
  const m = /^(?:[\s\u3000]|の内数|程度|規模|超|弱|増|減)*/u.exec(t.slice(end, end + 12));
  const p = end + (m ? m[0].length : 0);
  return closeKind(t[p] ?? '') ? p : -1;
}
function changeWordAfterRef(after: string, sinceLast: string): boolean {
  const c = after.charCodeAt(0);
  return /^(?:(?:台|程度|規模|超|弱|強|余り?|近く|前後|以上)の(?:増加|減少|増額|減額)|(?:以上|超|程度|近く|余り?)?の(?:増額|減額|増収|減収|伸び))(?!要求|要望)/u.test(after) ||
    (/^[\s\u3000]?の?(?:増加|減少|増額|減額|増収|減収|圧縮|削減|縮減|上積み|積み増し|増え|減っ|減り|[増減](?:と|、|。|$|[\s\u3000(（]))/u.test(after) && /比べ|比較|前年|対前|対し|から|より/u.test(sinceLast)) || /^[\s\u3000]?(?:程度|ほど|近く|余り?|強|弱)?[\s\u3000]?(?:上回|下回|落ち込|目減り)/u.test(after) ||
    /^[\s\u3000]?(?:ほど|程度|くらい|ぐらい|余り?|近く|前後|以上)?(?:ずつ)?も?(?:増え|減っ|減り|増加し|減少し|ふくら|膨ら|削られ|削減され|減らされ)/u.test(after) ||
    /^も?(?:多い|少ない|多く|少なく)(?:こと|わけ|の[でだ]|です|。|、|なっ|なり)/u.test(after) ||
    /^[\s\u3000]?(?:ほど|程度)?の[増減](?:です|でした|でございます|である|となり|となる|となった|となります|に(?:とどま|留ま|なっ|なり|なる)|。|、)/u.test(after) ||
    /^[\s\u3000]*(?:[(（][^()（）]{0,12}[)）])?[\s\u3000]*それぞれ(?:増加|減少|増額|減額|増え|減っ|減り|[増減](?:と|、|。|$))/u.test(after) ||
    /^(?:多い|少ない)[\s\u3000、,]*(?:約)?[\s\u3000]*(?:$|[0-9０-９〇一二三四五六七八九十百千])/u.test(after) ||
    (/^[\s\u3000]*[、,，][\s\u3000]*$/u.test(sinceLast) && /^・[\s\u3000]?[0-9０-９.．]+[\s\u3000]?[%％][\s\u3000]?[増減]/u.test(after)) ||
    ((c === 0x28 || c === 0xff08 || c === 0x4f59 || c === 0x8d85) && ((/^(?:余り?|超)?[(（][^()（）]{0,12}[%％][)）](?:の)?(?:増加|減少|増額|減額|上回|下回|[増減](?:と|、|。|$|った|って|[\s\u3000]))/u.test(after) &&
      (/比|から|前年|対し|を$/u.test(sinceLast) || /(?:^|[、,\s\u3000])同[\s\u3000]*$/u.test(sinceLast))) || /^[(（][\s\u3000]*[0-9０-９.．]+[\s\u3000]?[%％][\s\u3000]*[)）]の(?:増|減)(?!額要求)/u.test(after))) ||
    /^[\s\u3000]?(?:余り?|程度|近く|ほど)?を(?:削っ|削り|削減|圧縮|減額|カット)/u.test(after) ||
    /^[\s\u3000]+(?:more|less|higher|lower|above|below)[\s\u3000]+(?:than[\s\u3000]+)?(?:in[\s\u3000]+)?(?:FY|fiscal|last|the[\s\u3000]+previous|a[\s\u3000]+year)/iu.test(after);
}
const NAME_HEADING = /^[\s\u3000]*(?:区\s*分|会計名|事業名|款|項\s*目|科\s*目|名\s*称|事\s*項|費\s*目)[\s\u3000]*$/u;
const CHANGE_LABEL_LINE = /^[\s\u3000]*[(（【]?[\s\u3000]*(?:対前年度?)?[\s\u3000]*(?:比較)?[\s\u3000]*(?:増[\s\u3000]*[△▲]?[\s\u3000]*減|差[\s\u3000]*引)[\s\u3000]*額?[\s\u3000]*[)）】]?[\s\u3000:：]*$/u;
const PREV_LABEL_LINE = /^[\s\u3000]*[(（]\s*前年度?予算額?\s*[)）]?\s*$/u;
const MD_RULE = /^[\s\u3000]*[|｜]?[\s\u3000]*(?::?-{3,}:?|:-{2,}|-{2,}:)[\s\u3000]*(?:[|｜][\s\u3000]*(?::?-{3,}:?|:-{2,}|-{2,}:)?[\s\u3000]*)*$/u;
const TOTAL_LINE_HEAD = /^[\s\u3000■□◆◇○●・]*(合[\s\u3000]*計|総[\s\u3000]*計|小[\s\u3000]*計|総[\s\u3000]*額|計)[\s\u3000:：]*(?:(?:は|で|が)[、,]?[\s\u3000]*)?(?:約[\s\u3000]*)?$/u;
const NAMED_AGAIN = /(?:この|その|同|当該|(?:御|ご)指摘の|先(?:ほど|程)の|上記の|前述の)[\s\u3000]*$/u;
const APPROX_BEFORE = /(?:約|およそ|概ね|おおむね|ほぼ|最大約)\s?$/u;
const QUALIFIER = /(?:と共に|とともに|と合わせて?|を?含めて?|を?含めれば|を?含む)[\s\u3000]*(?:合計|総額|計)?[\s\u3000]*$|^(?:合わせて|あわせて|併せて|全体で|総額で|合計で|おおむね|概ね|およそ|最大で?|少なくとも|多い|少ない|上回る|下回る|新た|新たに|新しく|別途|更に|さらに)$|(?:^|[\s\u3000])?(?:それぞれ|各々|おのおの)$/u;
const VERB_TAIL = /(?:された|される|された|した|する|している|させる)$/u;
const COMPARISON = /(?:(?:対)?(?:前年度?|昨年度?|今年度|当初)(?:当初)?(?:予算額?)?(?:比|から|に比べ)|前年同期比|同)[^、。]{0,14}?(?:増|減|倍)(?:の|と|で|となる|となり(?:ます)?|となった)?[\s\u3000]*$|過去最(?:大|高|低)(?:の|と|で)?[\s\u3000]*$|(?:前年度?|昨年度?)(?:と|並みの)?同(?:額|程度|水準)(?:の|と|で)?[\s\u3000]*$|^(?:対)?(?:前年度?|昨年度?)(?:当初)?(?:予算額?)?(?:に比べ(?:て)?|と比べ(?:て)?|比で?|比較で)[、,]?[\s\u3000]*$/u;
const UNIT_ONLY = /^[\s\u3000(（]*(?:千万円|百万円|千円|万円|億円|兆円)[\s\u3000)）]*$/u;
const UNITS_ROW = /^[\s\u3000]*(?:(?:[(（]\s*(?:千万円|百万円|千円|万円|億円|兆円|円|[％%])\s*[)）]|(?:千万円|百万円|千円|万円|億円|兆円|円|[％%]))[\s\u3000]*){2,}$/u;
const APPROX_AFTER = /^\s?(?:程度|規模|超|弱|強|余り|余|前後|以上|台|を超え|近く|足らず|ほど|くらい|ぐらい|ちょっと|に届かな|を切る|を切り|[~〜～]\s?(?:$|(?=[0-9０-９一二三四五六七八九十]))|[+＋]\s?(?:α|a|アルファ)(?![A-Za-z]))/u;
const PER_UNIT_AFTER = /^\s?(?:程度)?\s?(?:per\s(?!cent)|[/／](?![\s\u3000]+[^\s\u3000]{2}|[\s\u3000]*(?:前年|昨年|令和|平成|[RHＲＨ][0-9０-９]|当初|補正|要求|予算|決算))|×|x\s?[0-9]|を上限|を基準)/u;
const NEW_LIST_BULLET = /^[\s\u3000]*(?:[・•◆◇○●◎■□▶▷➢※\-‐]|[(（][^)）]{1,12}[)）][\s\u3000]*$)/u;
const BRACKET_ONLY = /^[\s\u3000]*[【\[［][^】\]］]*[】\]］][\s\u3000]*$/u;
const BULLET_NAME_AFTER = /^[\s\u3000]*[◆◇■□●○◎]\s*([^\s\u3000\[［【(（。、]{2,40})/u;

// words that end the matches of the end-anchored patterns of notAName
const WORDS = ['と共に', 'とともに', '合わせて', '含め', 'を含めて', '含めれば', '含む', '合計', '総額', 'おおむね', '最大で', '少なくとも', '上回る', 'それぞれ', '各々', 'おのおの',
  'された', 'される', 'した', 'する', 'している', 'させる', '前年度比', '対前年度', '当初予算', 'から', 'に比べて', '同', '増', '減', 'の', 'となり', 'となります', 'となった',
  '過去最大', '過去最低', '同額', '同程度', '同水準', '比較で', '、', ' ', '\u3000', '事業', 'A'];
const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((a) => a.join(''));

/** Each gated test of a text against the plain pattern it stands for. */
function sameAsPlain(s: string): void {
  expect(bulletNameAfter(s)?.[1] ?? null).toBe(BULLET_NAME_AFTER.exec(s)?.[1] ?? null);
  expect(cellTableInternals.nameHeading(s)).toBe(NAME_HEADING.test(s));
  expect(extractorInternals.changeLabelLine(s)).toBe(CHANGE_LABEL_LINE.test(s));
  expect(extractorInternals.prevLabelLine(s)).toBe(PREV_LABEL_LINE.test(s));
  expect(extractorInternals.mdRule(s)).toBe(MD_RULE.test(s));
  expect(extractorInternals.totalLineHead(s)?.[1] ?? null).toBe(TOTAL_LINE_HEAD.exec(s)?.[1] ?? null);
  expect(extractorInternals.namedAgain(s)).toBe(NAMED_AGAIN.test(s));
  expect(contextInternals.approxBefore(s)).toBe(APPROX_BEFORE.test(s));
  expect(cellTableInternals.unitOnly(s)).toBe(UNIT_ONLY.test(s));
  expect(cellTableInternals.unitsRow(s)).toBe(s.includes('円') && UNITS_ROW.test(s));
  expect(contextInternals.approxAfter(s)).toBe(APPROX_AFTER.test(s));
  expect(contextInternals.perUnitAfter(s)).toBe(PER_UNIT_AFTER.test(s));
  expect(newListInternals.bullet(s)).toBe(NEW_LIST_BULLET.test(s));
  expect(bracketOnly(s)).toBe(BRACKET_ONLY.test(s));
  if (NUMBERED.test(s)) expect(headingInternals.numberedStart(firstNonSpace(s))).toBe(true);
}

describe('gated patterns equal the plain ones', () => {
  it('charFacts: each bit says the line holds one of its characters', () => {
    const bits: [number, string][] = [[HAS_YEN, '円'], [HAS_OKU_CHO, '億兆'], [HAS_TAN, '単'], [HAS_CELL_SEP, '\t,|｜'], [HAS_WA_COLON, 'は：:'], [HAS_LABEL, '年補要決予'],
      [HAS_SAI, '再'], [HAS_HI, '比'], [HAS_NEN, '年'], [HAS_MARU, '。'], [HAS_HEADER_END, '額計比較減考率後度求定算']];
    fc.assert(fc.property(fc.array(fc.constantFrom(...'円億兆単\t,|｜は：:年補要決予再比。額計較減考率後度求定算あ漢 1'), { maxLength: 12 }).map((a) => a.join('')), (s) => {
      const f = charFacts(s);
      for (const [bit, chars] of bits) expect((f & bit) !== 0).toBe([...chars].some((c) => s.includes(c)));
    }), { numRuns: 2000 });
    // (read off the whole text, lines ending in \n or \r\n)
    fc.assert(fc.property(fc.array(fc.constantFrom('円', '比\r', '', '\r', '年度 額', 'は：', '\t,'), { maxLength: 8 }), (ls) => {
      const text = ls.join('\n');
      const lines = splitLines(text);
      expect([...lineChars(lines, text)]).toEqual(lines.map((l) => charFacts(l.text)));
    }), { numRuns: 500 });
  });

  it('notAName and the comparison before a figure', () => {
    fc.assert(fc.property(words, (s) => {
      clearNotANameMemo();
      expect(notAName(s)).toBe(isWeakItem(s) || QUALIFIER.test(s) || VERB_TAIL.test(s) || COMPARISON.test(s));
      if (COMPARISON.test(s)) expect(namingInternals.mayEndComparison(lastNonSpace(s))).toBe(true);
    }), { numRuns: 4000 });
    for (const s of ['特別会計含め', '前年度比2%増の ', '過去最高と', '前年度と同額で', '前年度に比べて、', 'それぞれ', '下回る']) {
      clearNotANameMemo();
      expect(notAName(s)).toBe(true);
    }
  });

  it('closerAfter, changeWordAfter, bulletNameAfter, line gates', () => {
    fc.assert(fc.property(str(30), str(12), fc.nat(32), (s, b, e) => {
      const end = Math.min(e, s.length);
      expect(closerAfter(s, end)).toBe(closerAfterRef(s, end));
      expect(changeWordAfter(s, b)).toBe(changeWordAfterRef(s, b));
      sameAsPlain(s);
    }), { numRuns: 4000 });
    for (const s of [' （千円）', '億円', '（千円）　（千円） ％', '千円 円', ' 程度の', '規模', '~', '＋α', '/人', ' ×3', 'を上限', '・事業', '（所管）', '【新規】', '［ ］', '御指摘の ', 'この', '当該　', '最大約 ', 'おおむね', '約  ', '　■合　計　', '・総額は約 ', '計', ' |---|:---:|', '---', ' ｜ --- ｜ --- ', ' 区 分 ', '　事業名', '(対前年度比較増△減額)', '【差引】', '（前年度予算額）', ' ◆事業A', '①事業', 'Ⅻ 事業', '第3', '（1）', '(2)']) {
      sameAsPlain(s);
    }
    expect(closerAfter('の内数）', 0)).toBe(3);
    expect(closerAfter('程度 規模)', 0)).toBe(5);
    expect(changeWordAfter('　上回る', '')).toBe(true);
  });
});
