// Checks on figures that were read right and may still be wrong: a total its parts don't add up
// to, a change that is not the difference it states, a previous-year figure that last year's
// document contradicts, one item with two figures. Pure functions; the model is XBRL's
// calculation check: a parent equals the sum of its children within the rounding of the display
// unit (表示単位未満四捨五入: each rounded figure may be off by half a unit).

export const CHECK_KINDS = ['sum', 'change', 'previous_year', 'repeat'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** What a check needs of a record. */
export interface CheckRecord {
  id: string;
  documentId: string;
  text: string;
  unit: string;
  yen: number;
  item: string | null;
  fy: number | null;
  stage: string;
  flags: string[];
  previous: { text: string; yen: number } | null;
  change: { text: string; yen: number } | null;
  /** The record this one is a part of (a table's 計 row, a heading figure above a うち breakdown). */
  parent: string | null;
  /** Set on a child of a partial breakdown (うち, a headline's items): the parts must not exceed the parent. */
  partial?: boolean;
}

export interface CheckResult {
  kind: CheckKind;
  status: 'pass' | 'fail';
  record: string;
  expected: number;
  actual: number;
  /** The other records the check compared with (the children of a sum, last year's record, the repeat). */
  related: string[];
  /** How far apart the two figures may be and still agree (the display rounding). */
  tolerance: number;
  /** A sum over a partial breakdown (うち): the parts may fall short of the whole, not exceed it. */
  partial?: boolean;
  /** previous_year: the document of last year's record. */
  relatedDocument?: string;
}

const UNIT_YEN: Record<string, number> = { '兆': 1e12, '億': 1e8, '千万': 1e7, '百万': 1e6, '万': 1e4, '千': 1e3, '百': 1e2 };

/**
 * The display unit of a figure as written: the smallest unit it names, divided by its decimals.
 * `1兆2,345億円` → 1e8; `185億3,328万7千円` → 1e3; `0.25億円` → 1e6; `52,941` in a 千円 table → 1e3.
 */
export function displayUnit(text: string, unit: string): number {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  let smallest = 1;
  const word = /(兆|億|千万|百万|万|千|百)(?=[0-9,.\s]*(?:円|$)|[0-9])/gu;
  let m: RegExpExecArray | null;
  let found = false;
  while ((m = word.exec(t))) { const v = UNIT_YEN[m[1]]; if (!found || v < smallest) smallest = v; found = true; }
  if (!found) {
    // a bare number in a table: the header's unit
    const u = unit.normalize('NFKC').replace(/円$/u, '');
    smallest = UNIT_YEN[u] ?? 1;
  }
  // trailing digits after the last unit word count in that unit ("1兆2,345億" ends in 億; "123,456" in the header unit)
  const dec = /[.．]([0-9]+)\D*$/u.exec(t);
  if (dec) smallest = smallest / 10 ** dec[1].length;
  return Math.max(1, smallest);
}

const half = (r: { text: string; unit: string }): number => displayUnit(r.text, r.unit) / 2;

/** Normalized item name for matching across documents: width, spaces, brackets and bullets folded. */
export function normalizeItem(item: string | null): string {
  if (!item) return '';
  return item.normalize('NFKC').replace(/^[\s・\-◆◇○●◎★☆•■□※➢]+/u, '').replace(/[\s()（）「」『』【】[\]]/gu, '');
}

/** sum: each parent against its children. */
export function sumChecks(records: CheckRecord[]): CheckResult[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const children = new Map<string, CheckRecord[]>();
  for (const r of records) if (r.parent && byId.has(r.parent)) {
    if (!children.has(r.parent)) children.set(r.parent, []);
    children.get(r.parent)!.push(r);
  }
  const out: CheckResult[] = [];
  for (const [pid, kids] of children) {
    const p = byId.get(pid)!;
    const actual = kids.reduce((a, k) => a + k.yen, 0);
    const tolerance = half(p) + kids.reduce((a, k) => a + half(k), 0);
    const partial = kids.some((k) => k.partial);
    const ok = partial ? actual - p.yen <= tolerance : Math.abs(p.yen - actual) <= tolerance;
    out.push({ kind: 'sum', status: ok ? 'pass' : 'fail', record: pid, expected: p.yen, actual, related: kids.map((k) => k.id), tolerance, ...(partial ? { partial } : {}) });
  }
  return out;
}

/** change: a stated change equals the figure minus its previous-year figure. */
export function changeChecks(records: CheckRecord[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const r of records) {
    if (!r.change || !r.previous) continue;
    const actual = r.yen - r.previous.yen;
    const tolerance = half(r) + half({ text: r.previous.text, unit: r.unit }) + half({ text: r.change.text, unit: r.unit });
    out.push({ kind: 'change', status: Math.abs(r.change.yen - actual) <= tolerance ? 'pass' : 'fail', record: r.id, expected: r.change.yen, actual, related: [], tolerance });
  }
  return out;
}

/**
 * previous_year: a record's previous-year figure against the same programme in last year's document
 * of the same stage (`lastYear`: records of other documents; matched by normalized item name).
 */
/** Other documents' records by stage, year and normalized item: what previous-year checks look up. */
export type LastYearIndex = Map<string, CheckRecord[]>;

export function lastYearIndex(lastYear: readonly CheckRecord[]): LastYearIndex {
  const index: LastYearIndex = new Map();
  for (const r of lastYear) {
    const name = normalizeItem(r.item);
    if (!name) continue;
    const k = `${r.stage}\u0000${r.fy}\u0000${name}`;
    if (!index.has(k)) index.set(k, []);
    index.get(k)!.push(r);
  }
  return index;
}

/**
 * previous year: a record's previous-year figure against the same item in last year's document of
 * the same stage. `lastYear` is the other documents' records, or an index of them built once for
 * many documents (a document's own records never count as last year's).
 */
export function previousYearChecks(records: CheckRecord[], lastYear: readonly CheckRecord[] | LastYearIndex): CheckResult[] {
  const index = lastYear instanceof Map ? lastYear : lastYearIndex(lastYear);
  const out: CheckResult[] = [];
  for (const r of records) {
    if (!r.previous || r.fy === null || !normalizeItem(r.item)) continue;
    // last year's figure of the same stage; a request compares with last year's budget
    const stages = r.stage === 'request' ? ['budget', 'request'] : [r.stage];
    let match: CheckRecord | undefined;
    for (const st of stages) {
      const hits = index.get(`${st}\u0000${r.fy - 1}\u0000${normalizeItem(r.item)}`)?.filter((h) => h.documentId !== r.documentId);
      if (hits?.length === 1) { match = hits[0]; break; }
    }
    if (!match) continue;
    const tolerance = half({ text: r.previous.text, unit: r.unit }) + half(match);
    out.push({ kind: 'previous_year', status: Math.abs(r.previous.yen - match.yen) <= tolerance ? 'pass' : 'fail', record: r.id, expected: r.previous.yen, actual: match.yen, related: [match.id], relatedDocument: match.documentId, tolerance });
  }
  return out;
}

/** repeat: one item with two different figures in one document (same stage and year), unless marked 再掲. */
export function repeatChecks(records: CheckRecord[]): CheckResult[] {
  const groups = new Map<string, CheckRecord[]>();
  for (const r of records) {
    const name = normalizeItem(r.item);
    if (!name || r.stage === 'other') continue;
    const k = `${r.documentId}\u0000${r.stage}\u0000${r.fy}\u0000${name}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  const out: CheckResult[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const first = g[0];
    for (const r of g.slice(1)) {
      if (r.flags.includes('restated') || first.flags.includes('restated') || r.parent === first.id || first.parent === r.id) continue;
      const tolerance = half(r) + half(first);
      const same = Math.abs(r.yen - first.yen) <= tolerance;
      out.push({ kind: 'repeat', status: same ? 'pass' : 'fail', record: r.id, expected: first.yen, actual: r.yen, related: [first.id], tolerance });
    }
  }
  return out;
}

/** Every check on a document's records; `lastYear` holds the records of other documents to compare with. */
export function runChecks(records: CheckRecord[], lastYear: readonly CheckRecord[] | LastYearIndex = []): CheckResult[] {
  return [...sumChecks(records), ...changeChecks(records), ...previousYearChecks(records, lastYear), ...repeatChecks(records)];
}
