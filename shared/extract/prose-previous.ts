// Previous-year figures that prose states around the figure it compares with:
//   前年度の3,422億円とほぼ同額        → the previous year of the figure before it in the sentence
//   昨年度の113億円から増加し165億円に   → the previous year of the figure after it
//   土木費は820億円。前年度は800億円だった → the previous year of the figure before it, in the sentence before
//   R8：1,200百万円 → R9：1,500百万円    → the previous year of the figure after the arrow
// The line reader takes each as a figure of its own; this pass attaches them.
import { findYears } from '../era';
import { countWhile, maruPositions, trimmedEndLength, type Line } from './lines';
import type { Extracted } from './types';

// (or in a bracket after the word: "前年度（450億円）から")
// ("前年度の実質収支 29億円 と比べ": last year's figure of what the sentence before named)
// ("前年同期（令和6年度6月補正後）の予算額 X と比べ": the same time last year, its note in brackets)
const PREV_BEFORE = /(?:前年度|昨年度|前年同期|前年|昨年)(?:[(（][^()（）]{0,16}[)）])?(?:当初)?(?:予算)?(?:額)?(?:の([^\s\u3000、。,(（0-9０-９の]{2,10}))?の?[\s\u3000]*[(（]?[\s\u3000]*(?:約|およそ|概ね|おおむね)?[\s\u3000]*$/u;
/** "今年度当初の" right before the figure, in a text on next year's budget: the year before its target's. */
// (or with the figure in a bracket after it: "今年度当初予算（115兆円）を上回る", "今年度当初（5兆円）比で"; or the year in one
// after the word, "今年度（2024年度）当初予算の")
// ("本年度の補正後の見積もり八十兆七千億円から": what it is, named after the year)
const THIS_YEAR_BEFORE = /(?:今年度|本年度)(?:[(（][^()（）]{0,16}[)）])?(?:当初)?(?:予算)?(?:額)?(?:の[^\s\u3000、。,0-9０-９〇一二三四五六七八九十]{1,10}|の|[(（])[\s\u3000]*$/u;
/** "2021年度の" right before the figure: the year before its target's, stated by number. */
const YEAR_BEFORE = /(?:(?:令和|平成)\s?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2}|[0-9０-９]{1,2})\s?年度(?:当初)?(?:予算)?(?:額)?の?[\s\u3000]*$/u;
/** The subject of the sentence: "2022年度の環境保全経費は、". */
const SUBJECT = /([^\s\u3000、。,(（「」]{2,})は[、,]/gu;
/** A sentence opened by last year as its topic: "前年度は", "昨年度の予算額は". */
// (or its supplementary budget, "前年度の補正予算は": last year's of this year's supplementary figure, not of the one nearest)
const PREV_TOPIC = /^[\s\u3000]*(?:前年度|昨年度)(?:の)?(?:当初|補正)?(?:予算額?|決算額?)?[はが][、,]?[\s\u3000]*(?:約)?[\s\u3000]*$/u;
// (the next figure's own year label may stand after the arrow: "→ R9：")
const ARROW_BETWEEN = /^[\s\u3000)）]*[→⇒➡➔][\s\u3000]*(?:(?:令和|平成|[RHＲＨ令平])[\s\u3000]?[0-9０-９元]{1,2}|(?:19|20|１９|２０)[0-9０-９]{2})?[^、。,0-9０-９→⇒➡➔]{0,12}$/u;
const BARE_ARROW = /^[\s\u3000]*[→⇒➡➔][\s\u3000]*$/u;
const THIS_TOPIC = /^[\s\u3000]*(?:今年度|本年度)(?:の)?(?:当初)?(?:予算額?)?[はが][、,]?[\s\u3000]*(?:約)?[\s\u3000]*$/u;
// (and in an answer's polite forms: "前年度は二千三百十万円でございまして")
// (or given as a reason: "今年度の当初予算が648億円なので")
// ("前年度は98億円となっている", "…となっておりますが")
const STATED = /^[\s\u3000]*(?:だった|であった|でした|である|です|となってい(?:た|る|ます)|となっており|でございま|でありま|であり、|なので|ですので|だから)/u;
// (a line opening with "このほか" / "上記のほか", a note of a figure besides the one above)
// (or a note under it, "※令和7年度2月補正予算（10億円）と一体的に執行")
const IN_ADDITION = /^[\s\u3000]*(?:[※＊*][\s\u3000]*(?:(?:この|上記の|これらの)ほか[、,]?)?|(?:この|上記の|これらの)ほか[、,]?)[^。、]{0,24}$/u;
const OWN_PURPOSE = /(?:において|で)[^。、]{2,}に[\s\u3000]*(?:約[\s\u3000]*)?$/u;
const NOTE_NAMING = /([^\s\u3000、。()（）]{4,30})(?:について|に係る|の)(?:は)?[、,]?[\s\u3000]*このほか[^。]{0,30}補正[^。]{0,20}$/u;
// (a line of one bracketed figure, maybe "の内数" after it)
const BRACKETED_ALONE = /^[\s\u3000]*[(（][\s\u3000]*(?:(?:(?:令和|平成)[\s\u3000]?)?(?:[0-9０-９元]{1,2}|(?:19|20)[0-9]{2})[\s\u3000]?年度末?(?:見込み?)?[\s\u3000:：]*)?(?:約[\s\u3000]*)?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*(?:兆|億|百万|千万|万|千)?[0-9０-９,，.．]*(?:億|万|千)?円?(?:の内数)?[\s\u3000]*[)）][\s\u3000]*$/u;
const BROKEN_THEN_BRACKET = /^[\s\u3000]*[0-9０-９,，.．〇一二三四五六七八九十百千万億兆]*円[\s\u3000]*[(（][\s\u3000]*$/u;
const NEXT_YEAR = /来年度|新年度|翌年度/u;
/** Is `change` the difference of `now` over `before` (to a thousandth)? */
export const fitsChange = (now: number, before: number, change: number): boolean => Math.abs(now - before - change) <= Math.abs(now) * 1e-3;
// the characters before a figure its end-anchored patterns read (each matches a few words and the spaces after them)
const NEAR = 200;
const SPLIT_REST = /^[\s\u3000]*[0-9０-９,，.．〇一二三四五六七八九十百千万億兆]*円?/u;
// (or compared with by the figure right after: "前年度当初（53億円）を2.4％下回る52億円")
const TO_NEXT = /^[\s\u3000)）]*(?:から|より|を[^。、]{0,10}?(?:上回|下回)る[\s\u3000]*(?:約[\s\u3000]*)?[0-9０-９〇一二三四五六七八九十])/u;
const LOOSE_COMPARE = /^[\s\u3000)）]*を[^。、0-9０-９〇一二三四五六七八九十]{1,6}?(?:上回|下回)/u;
// ("前年度当初の78兆円を5兆円上回るものです": by a difference, with no figure after it; "…をわずかに下回った": by words)
const TO_PREVIOUS = /^[\s\u3000)）]*(?:と(?:ほぼ)?(?:同|比|ほぼ)|に対し|に比べ|比で|比[\s\u3000]*[+＋△▲]?[0-9０-９]|に比較|を[^。、0-9０-９〇一二三四五六七八九十]{0,6}?(?:上回|下回)|を[\s\u3000]*(?:約|およそ)?[0-9０-９,，.．〇一二三四五六七八九十百千万億兆]+円?(?:程度|ほど)?[\s\u3000]*(?:上回|下回)|から[\s\u3000]*(?:[0-9０-９,，.．〇一二三四五六七八九十百千万億兆]+円?(?:も|ほど|程度)?)?[^。、0-9０-９]{0,6}(?:増|減|膨ら|伸び|拡大|縮小|圧縮|削減|縮減|上積|積み増))/u;

/** `dateFy`: the fiscal year of the text's date, if it has one (this year's figure is the one of that year). */
export function attachProsePrevious(recs: Extracted[], lines: Line[], dateFy: number | null = null): Extracted[] {
  const drop = new Set<number>();
  const live = new LiveRecords(recs, drop);
  const maru = new MaruCounts();
  const subjects = new Subjects();
  for (let k = 0; k < recs.length; k++) {
    const r = recs[k];
    // (a figure of no budget, an amount per head or a balance, is last year's of one of its kind only; a total over years of none)
    if (r.previous || r.flags.includes('multi_year')) continue;
    const kindOf = (t: Extracted): boolean => (t.stage === 'other') === (r.stage === 'other') && !t.flags.includes('multi_year');
    const l = lines[r.line - 1];
    const a = r.start - l.start;
    // "一般会計 4,128億円（…）" / "※このほか、令和7年度補正予算額 1,205億円": the supplementary budget passed beside the figure above
    // (not one naming a thing of its own the amount is for: "※このほか、…補正予算において監視拠点の整備に74億円を計上")
    const supp = r.stage === 'supplementary' && IN_ADDITION.test(l.text.slice(0, a)) && !OWN_PURPOSE.test(l.text.slice(0, a)) ? lastPrimaryAbove(recs, k, drop, lines) : undefined;
    if (supp) {
      supp.supplementary = { text: r.text, yen: r.yen, start: r.start, end: r.end };
      drop.add(k);
      continue;
    }
    // "…交付金 5,480億円の内数" / "（5,415億円の内数）": a bracketed figure alone on the line under a figure is its last year's
    const above = recs[k - 1];
    // ("（7年度末見込み　約9,920億円）": a year named in it is the year before the figure's)
    if (above && above.line === r.line - 1 && !drop.has(k - 1) && !above.previous && BRACKETED_ALONE.test(l.text) &&
      (/年度/u.test(l.text) ? r.fy !== null && above.fy === r.fy + 1 : above.stage !== 'other') &&
      /^[\s\u3000]*(?:の内数)?[\s\u3000]*$/u.test(lines[above.line - 1].text.slice(above.end - lines[above.line - 1].start))) {
      above.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
      drop.add(k);
      continue;
    }
    // "…作付拡大支援として １９７億" / "円（１５２億円）を要求": a figure broken over the line, last year's in a bracket after its rest
    if (above && above.line === r.line - 1 && !drop.has(k - 1) && !above.previous && above.stage !== 'other' && BROKEN_THEN_BRACKET.test(l.text.slice(0, a)) &&
      /^[\s\u3000]*[)）]/u.test(l.text.slice(r.end - l.start)) && above.end - lines[above.line - 1].start >= lines[above.line - 1].text.trimEnd().length) {
      above.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
      drop.add(k);
      continue;
    }
    // (the sentence before the figure, read back over NEAR characters at most: all the patterns but the subject's read no
    // further, and on a line of thousands of figures with no full stop the search back for one made the pass quadratic)
    const from = Math.max(maru.sentence(l, a).from, a - NEAR);
    let before = l.text.slice(from, a);
    // (a sentence wrapped right before the figure, "…前年度当初の" / "十八億五千万円と比べ": its words on the line above)
    const up = r.line >= 2 ? lines[r.line - 2] : undefined;
    const wrapped = a <= 2 && !!up && !/。[\s\u3000]*$/u.test(up.text) && !before.includes('。');
    if (wrapped) before = up!.text.slice(up!.text.lastIndexOf('。') + 1) + before;
    // "土木費は820億円。前年度は800億円だった。": last year's figure stated in the sentence after the figure
    // ("27年度予算案で9兆円とする。今年度当初は8兆7千億円だった。": this year's, stated after next year's figure)
    // ("…令和８年度二千八百四十万円、前年度は二千三百十万円でございまして": or opening the clause after the figure)
    // (the patterns below read the words right before the figure: on a line of thousands of figures, the whole sentence
    // before each made the pass quadratic)
    const near = before.length > NEAR ? before.slice(-NEAR) : before;
    const clause = near.slice(near.lastIndexOf('、') + 1);
    const prevTopic = PREV_TOPIC.test(clause);
    const thisYear = !prevTopic && THIS_TOPIC.test(clause);
    if ((thisYear || prevTopic) && STATED.test(l.text.slice(r.end - l.start, r.end - l.start + 8))) {
      // (supplementaryBefore passes over the dropped records itself)
      const t = prevTopic && clause.includes('補正') ? supplementaryBefore(recs, k, drop) : drop.has(k - 1) ? undefined : recs[k - 1];
      // (whatever its kind: "1人あたり約32万8千円です。前年度は約31万5千円でした")
      if (t && !t.previous && !t.flags.includes('multi_year') && t.line >= r.line - 1 && (!thisYear || (dateFy !== null && t.fy === dateFy + 1))) {
        t.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
        // (the difference said with it, "…なので、62億円も多い", is the target's change)
        if (r.change && !t.change) t.change = r.change;
        drop.add(k);
        continue;
      }
    }
    // "R8：1,200百万円 → R9：1,500百万円": last year's figure, an arrow, then this year's
    // ("部計 48.6億円 → 52.1億円（+3.5億円）": an arrow alone between two figures of the same label, last year's then this year's)
    const x = recs[k + 1];
    const between = x ? l.text.slice(r.end - l.start, x.start - l.start) : '';
    if (x && x.line === r.line && r.fy !== null && (x.fy === r.fy + 1 || (x.fy === r.fy && BARE_ARROW.test(between) && r.stage === x.stage)) && !x.previous && x.stage !== 'other' &&
      ARROW_BETWEEN.test(between)) {
      x.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
      drop.add(k);
      continue;
    }
    const pw = PREV_BEFORE.exec(near);
    const byWord = pw !== null;
    const thisYearBefore = !byWord && THIS_YEAR_BEFORE.test(near);
    // (the year is the one written before the figure, where the line above wrote it: "…7年度当初予算額" / "6,808億円に比べ")
    const ym = !byWord && !thisYearBefore ? YEAR_BEFORE.exec(near) : null;
    const yearFy = ym ? findYears(ym[0]).find((y) => y.fiscal && y.years.length === 1)?.years[0] ?? r.fy : null;
    const byYear = yearFy !== null;
    if (!byWord && !byYear && !thisYearBefore) continue;
    let after = l.text.slice(r.end - l.start, r.end - l.start + 16);
    // (a figure broken over the line, "今年度当初の二十八兆" / "九千百億円から": its words go on after its rest)
    if (r.end - l.start >= trimmedEndLength(l.text) && lines[r.line]) after = lines[r.line].text.replace(SPLIT_REST, '').slice(0, 16);
    const sameSentence = (x: Extracted): boolean => !maru.between(l, Math.min(x.end, r.end) - l.start, Math.max(x.start, r.start) - l.start);
    // the nearest record of the same sentence after (step 1) or before (step -1) this one: only its line's records are
    // looked at, past those dropped or given last year's figure already (for good: skipped by jumps, as a line of
    // thousands of figures, one sentence, was walked again for each)
    const nearest = (step: 1 | -1): Extracted | undefined => {
      for (let n = live.next(k + step, step); n >= 0 && n < recs.length && recs[n].line === r.line; n = live.next(n + step, step)) {
        const x = recs[n];
        if (!drop.has(n) && sameSentence(x) && !x.previous) return x;
      }
      // (the sentence began on the line above: its last figure there, with no full stop after it)
      if (step === -1 && wrapped && k > 0 && recs[k - 1].line === r.line - 1 && !drop.has(k - 1) && !recs[k - 1].previous &&
        !up!.text.slice(recs[k - 1].end - up!.start).includes('。') && !l.text.slice(0, a).includes('。')) return recs[k - 1];
      return undefined;
    };
    /** The nearest record of the same sentence before this one that `change` leads to from it. */
    const fittingBefore = (change: number): Extracted | undefined => {
      for (let n = live.next(k - 1, -1); n >= 0 && recs[n].line === r.line; n = live.next(n - 1, -1)) {
        const x = recs[n];
        if (!sameSentence(x)) return undefined;
        if (!drop.has(n) && !x.previous && fitsChange(x.yen, r.yen, change)) return x;
      }
      return undefined;
    };
    // (the same time last year exceeded by some words' measure, "前年同期の1,139億円を大きく上回った", is a figure of its own: a
    // request's last year is the budget it asks beside)
    if (pw && pw[0].startsWith('前年同期') && LOOSE_COMPARE.test(after)) continue;
    let target: Extracted | undefined;
    if (TO_NEXT.test(after)) target = nearest(1);
    // ("農林費は500億円で、前年度の480億円から増加した": with no figure after it, "から増加" compares with the one before)
    // ("総額は101兆円となり、100兆円を上回ったのは初めてで、今年度当初の95兆円から6兆円増えた": the figure the stated change
    // leads to from this one, where one before it in the sentence does, not merely the nearest)
    if (!target && TO_PREVIOUS.test(after)) target = (r.change ? fittingBefore(r.change.yen) : undefined) ?? nearest(-1);
    // ("■健康福祉省　34兆7,820億円" / "今年度当初の33兆9,106億円から8,714億円の増": the first sentence under a heading compares
    // with the heading's figure)
    if (!target && TO_PREVIOUS.test(after) && !maru.between(l, 0, a)) target = headingFigureAbove(recs, k, lines, drop);
    // ("一般会計の総額は346億円。前年度当初予算の334億円に比べ…": the figure the sentence right before ended on, nothing between)
    if (!target && byWord && TO_PREVIOUS.test(after) && k > 0 && !drop.has(k - 1) && !recs[k - 1].previous && recs[k - 1].line >= r.line - 1) {
      const x = recs[k - 1];
      const between = x.line === r.line ? l.text.slice(x.end - l.start, r.start - l.start) : lines[x.line - 1].text.slice(x.end - lines[x.line - 1].start) + l.text.slice(0, r.start - l.start);
      if ((between.match(/。/gu) ?? []).length === 1 && /^[\s\u3000]*(?:です|である|だ|でした)?[\s\u3000]*。/u.test(between)) target = x;
    }
    // "2022年度の環境保全経費は、2021年度の1兆6,040億円に対して…": the figure the sentence's subject named a few lines above
    // (the whole sentence: its subject may stand far back)
    if (!target && TO_PREVIOUS.test(after)) target = subjectFigure(recs, k, wrapped ? lastSubject(before) : subjects.before(l, a, maru), drop, live);
    // "実質収支は 25億円 の黒字です。" then "前年度の実質収支 29億円 と比べ": the figure the same word named just above
    if (!target && pw?.[1] && TO_PREVIOUS.test(after)) target = namedFigureAbove(recs, k, pw[1], lines, drop);
    // (a figure named last year's by its words, "前年度（99,843円）に比べ", is one of the target's kind whatever stage its words gave it)
    if (!target || (byYear ? !kindOf(target) : target.flags.includes('multi_year')) || (byYear && target.fy !== yearFy! + 1)) continue;
    // (this year's figure is last year's only of next year's: "来年度予算の国債費は X、今年度当初の Y から")
    // (its sentence may open on a line above: "来年度予算の全体像について…" / "…国債費は X、今年度当初の Y")
    const upTo = lines.slice(Math.max(0, r.line - 3), r.line - 1).map((x) => x.text).join('');
    // (a request is always for the year after this one: "概算要求は X、今年度当初の Y から")
    if (thisYearBefore && target.stage !== 'request' && !(r.fy !== null && target.fy === r.fy + 1) && !(dateFy !== null && target.fy === dateFy + 1) &&
      !NEXT_YEAR.test(upTo + l.text.slice(0, Math.max(target.start, r.start) - l.start))) continue;
    target.previous = { text: r.text, yen: r.yen, start: r.start, end: r.end };
    // (the change stated with it, "…に対して190億円の増加", is the target's)
    if (r.change && !target.change) target.change = r.change;
    drop.add(k);
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}

/**
 * The records that may still take last year's figure: neither dropped nor given one (both for good), found past the others
 * by jumps that shorten as they are taken. A jump never crosses a change of line where the records' lines are out of
 * order (then each is stepped over one by one, as before).
 */
export class LiveRecords {
  // (from n, the index to go on from: every record between is done with; n itself where not known)
  private readonly back: Int32Array;
  private readonly fwd: Int32Array;
  private readonly inOrder: boolean;
  constructor(private readonly recs: Extracted[], private readonly drop: Set<number>) {
    this.back = Int32Array.from(recs, (_, n) => n);
    this.fwd = Int32Array.from(recs, (_, n) => n);
    this.inOrder = recs.every((x, n) => n === 0 || recs[n - 1].line <= x.line);
  }
  private done(n: number): boolean {
    return this.drop.has(n) || !!this.recs[n].previous;
  }
  /** The first record from `n` on in the direction `step` that is not done with (past the ends: -1 or recs.length). */
  next(n: number, step: 1 | -1): number {
    if (!this.inOrder) return n;
    const jump = step === 1 ? this.fwd : this.back;
    let j = n;
    while (j >= 0 && j < this.recs.length && this.done(j)) j = jump[j] !== j ? jump[j] : j + step;
    // (each record passed jumps straight to j from now on)
    for (let m = n; m !== j && m >= 0 && m < this.recs.length;) {
      const on = jump[m] !== m ? jump[m] : m + step;
      jump[m] = j;
      m = on;
    }
    return j;
  }
}

/** A line's full stops, where they stand (found once per line). */
export class MaruCounts {
  private line: Line | null = null;
  private at: number[] = [];
  /** How many of the line's full stops stand before offset p (clamped to the line). */
  private before(l: Line, p: number): number {
    if (this.line !== l) { this.line = l; this.at = maruPositions(l.text); }
    const q = Math.max(0, Math.min(p, l.text.length));
    return countWhile(this.at.length, (j) => this.at[j] < q);
  }
  /** Does the line's text hold a full stop between the two offsets? */
  between(l: Line, from: number, to: number): boolean {
    return this.before(l, to) > this.before(l, from);
  }
  /** The sentence offset `a` stands in: after the last full stop before it, up to the first at or after it (or the line's end). */
  sentence(l: Line, a: number): { from: number; to: number } {
    const c = this.before(l, a);
    return { from: c > 0 ? this.at[c - 1] + 1 : 0, to: c < this.at.length ? this.at[c] : l.text.length };
  }
}

/** The subject a text names last ("2022年度の環境保全経費は、": 環境保全経費), or null. */
export function lastSubject(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(SUBJECT)) last = m[1];
  return last === null ? null : subjectName(last);
}

/** A subject's name without the year before it ("2022年度の環境保全経費": 環境保全経費). */
const subjectName = (s: string): string => s.replace(/^.*年度の?/u, '');

/**
 * lastSubject of a line's sentence up to an offset, its subjects found once per sentence (a sentence of thousands of figures
 * was read again for each). A subject holds no full stop, so the sentence's are its line's up to its full stop; those ending by
 * the offset are the text's up to it too, and no other of the text's starts before the first that ends past it.
 */
export class Subjects {
  private line: Line | null = null;
  private from = -1;
  private found: { start: number; end: number; name: string }[] = [];
  before(l: Line, a: number, maru: MaruCounts): string | null {
    const { from, to } = maru.sentence(l, a);
    if (l !== this.line || from !== this.from) {
      this.line = l;
      this.from = from;
      this.found = [...l.text.slice(from, to).matchAll(SUBJECT)].map((m) => ({ start: from + m.index!, end: from + m.index! + m[0].length, name: m[1] }));
    }
    // (the last ending by a, and the one after it)
    const lo = countWhile(this.found.length, (m) => this.found[m].end <= a);
    const past = this.found[lo];
    // (the text up to a, from where the first subject past it starts, may hold one more of its own)
    const tail = past && past.start < a ? lastSubject(l.text.slice(past.start, a)) : null;
    if (tail !== null) return tail;
    return lo > 0 ? subjectName(this.found[lo - 1].name) : null;
  }
}

/** The nearest supplementary figure before record `k`, on its line or the one above. */
function supplementaryBefore(recs: Extracted[], k: number, drop: Set<number>): Extracted | undefined {
  const r = recs[k];
  for (let n = k - 1; n >= 0 && recs[n].line >= r.line - 1; n--) if (!drop.has(n) && recs[n].stage === 'supplementary') return recs[n];
  return undefined;
}

/** The nearest figure of another stage on the two lines above record `k` (four past its previous-year and rate lines), with no
 * supplementary figure yet. */
function lastPrimaryAbove(recs: Extracted[], k: number, drop: Set<number>, lines: Line[]): Extracted | undefined {
  const r = recs[k];
  for (let n = k - 1; n >= 0 && recs[n].line >= r.line - 4; n--) {
    const x = recs[n];
    if (drop.has(n) || x.line === r.line) continue;
    // (past lines of last year's figure and a rate between, "（前年度予算額 1,218億円）" / "対前年度比 117.9％", no others)
    if (x.line < r.line - 2 && !lines.slice(x.line, r.line - 1).every((l) => FIGURE_ASIDE.test(l.text))) return undefined;
    return x.stage !== 'supplementary' && x.stage !== 'other' && !x.supplementary ? x : undefined;
  }
  return undefined;
}
const FIGURE_ASIDE = /^[\s\u3000]*(?:[(（]|対?前年度?比)/u;

/**
 * "（注２）北辰研究所については、このほか令和7年度補正予算において1,850百万円を計上": a note under a table naming one of its rows
 * gives that row its supplementary figure. Run on all the records (a table's rows among them), in text order.
 */
export function attachNotedSupplementary(recs: Extracted[], lines: Line[]): Extracted[] {
  const drop = new Set<number>();
  for (let k = 0; k < recs.length; k++) {
    const r = recs[k];
    if (r.stage !== 'supplementary' || r.previous) continue;
    const l = lines[r.line - 1];
    if (!l.text.includes('このほか')) continue;
    const noted = NOTE_NAMING.exec(l.text.slice(0, r.start - l.start));
    const x = noted ? namedAbove(recs, k, noted[1], drop) : undefined;
    if (!x) continue;
    x.supplementary = { text: r.text, yen: r.yen, start: r.start, end: r.end };
    drop.add(k);
  }
  return drop.size ? recs.filter((_, k) => !drop.has(k)) : recs;
}

/** The nearest figure within 30 lines above record `k` whose name ends with `name`, with no supplementary figure yet. */
function namedAbove(recs: Extracted[], k: number, name: string, drop: Set<number>): Extracted | undefined {
  const r = recs[k];
  for (let n = k - 1; n >= 0 && recs[n].line >= r.line - 30; n--) {
    const x = recs[n];
    if (!drop.has(n) && x.item && x.item.endsWith(name) && x.stage !== 'supplementary' && x.stage !== 'other') return x.supplementary ? undefined : x;
  }
  return undefined;
}

/** The last figure of the line above record `k`, when that line is a heading ("■健康福祉省　34兆7,820億円") with no last year's figure. */
function headingFigureAbove(recs: Extracted[], k: number, lines: Line[], drop: Set<number>): Extracted | undefined {
  const r = recs[k];
  const x = recs[k - 1];
  if (!x || drop.has(k - 1) || x.line !== r.line - 1 || x.previous || x.stage === 'other') return undefined;
  const up = lines[x.line - 1].text;
  return HEADING_MARK.test(up) && !up.includes('。') && /^[\s\u3000]*(?:[+＋][\s\u3000]*事項要求)?[\s\u3000]*$/u.test(up.slice(x.end - lines[x.line - 1].start)) ? x : undefined;
}
const HEADING_MARK = /^[\s\u3000]*[■◆●□◇▼▽【]/u;

/** The record, on this line or the two above, whose own sentence names `noun` right before it ("実質収支は 25億円"). */
function namedFigureAbove(recs: Extracted[], k: number, noun: string, lines: Line[], drop: Set<number>): Extracted | undefined {
  const r = recs[k];
  for (let n = k - 1; n >= 0 && recs[n].line >= r.line - 2; n--) {
    const x = recs[n];
    if (drop.has(n) || x.previous) continue;
    const l = lines[x.line - 1];
    const head = l.text.slice(0, x.start - l.start);
    const clause = head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('、')) + 1);
    if (clause.replace(/[\s\u3000]+$/u, '').replace(/[はが]$/u, '').endsWith(noun)) return x;
    return undefined;
  }
  return undefined;
}

/** The record, a few lines above, whose name is the subject of the sentence a figure stands in. */
function subjectFigure(recs: Extracted[], k: number, subject: string | null, drop: Set<number>, live: LiveRecords): Extracted | undefined {
  if (!subject) return undefined;
  const r = recs[k];
  // (past the records done with, as in nearest)
  for (let n = live.next(k - 1, -1); n >= 0 && recs[n].line >= r.line - 4; n = live.next(n - 1, -1)) if (!drop.has(n) && (recs[n].item === subject || (subject.length >= 3 && !!recs[n].item?.includes(subject))) && !recs[n].previous && n !== k) return recs[n];
  return undefined;
}
