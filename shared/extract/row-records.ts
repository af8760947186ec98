// The records a table row has made so far, asked for by each of its change and last-year columns: the decided budget
// (the last budget of the row) and the record whose change a figure is (its figure less last year's equal to it). Each
// record is looked at once as the row's records grow, and a record given last year's figure later is told of it, so a
// row under thousands of columns is read in time linear in them (asked afresh for each column, it was quadratic).
import type { Rec } from './records';

/** |a| and |b| equal within a yen, or within a billionth of b (the figures' units are whole yen). */
export const nearAbs = (a: number, b: number): boolean => Math.abs(Math.abs(a) - Math.abs(b)) <= Math.max(1, Math.abs(b) * 1e-9);

// Differences near each other fall in the same bucket or the next: by the yen below 1e9 (the tolerance is one yen there),
// by the thousand below 1e12 (a billionth is under a thousand yen); larger ones are looked through.
const SMALL = 1e9;
const MID = 1e12;

export class RowRecords {
  private seen: number;
  private lastBudget: Rec | undefined;
  /** Records with last year's figure, by their difference's bucket: their places in `recs`, in order. */
  private readonly small = new Map<number, number[]>();
  private readonly mid = new Map<number, number[]>();
  private readonly huge: number[] = [];
  private readonly placed = new Set<Rec>();
  /** Each of the row's records' place in `recs`. */
  private readonly at = new Map<Rec, number>();

  constructor(private readonly recs: Rec[], from: number, private readonly line: number) {
    this.seen = from;
  }

  /** Take in the records made since the last question. */
  private catchUp(): void {
    for (; this.seen < this.recs.length; this.seen++) {
      const r = this.recs[this.seen];
      if (r.lineIdx !== this.line) continue;
      this.at.set(r, this.seen);
      if (r.out.stage === 'budget') this.lastBudget = r;
      if (r.out.previous) this.place(this.seen);
    }
  }

  private place(n: number): void {
    const r = this.recs[n];
    if (r.lineIdx !== this.line || this.placed.has(r) || !r.out.previous) return;
    this.placed.add(r);
    const d = Math.abs(r.out.yen - r.out.previous.yen);
    if (d >= MID) { insertSorted(this.huge, n); return; }
    const [map, key] = d < SMALL ? [this.small, Math.round(d)] : [this.mid, Math.floor(d / 1000)];
    const list = map.get(key);
    if (list) insertSorted(list, n);
    else map.set(key, [n]);
  }

  /** Record `r` of the row was just given last year's figure. */
  gavePrevious(r: Rec): void {
    this.catchUp();
    const n = this.at.get(r);
    if (n !== undefined) this.place(n);
  }

  /** The last budget the row has made (undefined: none). */
  decided(): Rec | undefined {
    this.catchUp();
    return this.lastBudget;
  }

  /**
   * The first record of the row, but `primary`, with last year's figure and no change yet, whose figure less last year's is
   * `yen` (within nearAbs): the record a change column's figure belongs to.
   */
  ofPrevious(primary: Rec | null, yen: number): Rec | undefined {
    this.catchUp();
    let best = -1;
    // (a list in order: the first that fits is its best; one given a change is out for good and leaves it)
    const consider = (list: number[] | undefined): void => {
      if (!list) return;
      let k = 0;
      while (k < list.length && this.recs[list[k]].out.change) k++;
      if (k) list.splice(0, k);
      for (const n of list) {
        if (best >= 0 && n >= best) return;
        const r = this.recs[n];
        if (r !== primary && !r.out.change && nearAbs(r.out.yen - r.out.previous!.yen, yen)) { best = n; return; }
      }
    };
    const b = Math.abs(yen);
    if (b < MID) {
      const s = Math.round(b);
      consider(this.small.get(s - 1));
      consider(this.small.get(s));
      consider(this.small.get(s + 1));
      const m = Math.floor(b / 1000);
      consider(this.mid.get(m - 1));
      consider(this.mid.get(m));
      consider(this.mid.get(m + 1));
    } else {
      for (const list of this.mid.values()) consider(list);
    }
    consider(this.huge);
    return best >= 0 ? this.recs[best] : undefined;
  }
}

/** Put `n` into `list`, kept in order (most come at its end). */
function insertSorted(list: number[], n: number): void {
  let k = list.length;
  while (k > 0 && list[k - 1] > n) k--;
  list.splice(k, 0, n);
}
