// The local clock can't be poisoned: whatever well-formed events with whatever clocks a
// colleague's files bring, merged in any order, a local edit made afterwards is the value the
// record shows, and later merges can at most put it in conflict, never make it disappear.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { allRecords, getRecord } from '../../db/projection';
import { setField } from '../../db/review';
import { openStore } from '../../db/store';
import { nextHlc, formatHlc } from '../../shared/hlc';
import { LIMITS } from '../../shared/limits';
import { forge, insertEvent } from '../helpers/hostile';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const base = path.join(dir, 'base.yosan');
let doc = '';
let record = '';
let created = '';

beforeAll(() => {
  const db = openStore(path.join(dir, 'work.yosan'));
  doc = importDocument(db, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'lead').document.id;
  record = allRecords(db)[0].id;
  created = db.prepare("SELECT id FROM events WHERE record_id = ? AND type = 'record.extracted'").pluck().get(record) as string;
  exportReviewFile(db, base);
  db.close();
});

const YEAR = 365 * 24 * 3600_000;
/** A colleague's change of the record's item: any clock from a year ago to twice the allowed skew ahead. */
const change = fc.record({
  aheadMs: fc.integer({ min: -YEAR, max: 2 * LIMITS.clockSkewMs }),
  counter: fc.integer({ min: 0, max: 0xffff }),
  node: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((b) => b.toString(16).padStart(16, '0')),
  item: fc.string({ minLength: 1, maxLength: 20 }),
  actor: fc.constantFrom('太郎', 'mallory', 'hanako'),
});
type Change = { aheadMs: number; counter: number; node: string; item: string; actor: string };

let n = 0;
/** A colleague's file: the base plus a chain of their changes (each saw the one before). */
function colleagueFile(changes: Change[], now: number): string {
  return forge(base, path.join(dir, `c${++n}.yosan`), (db) => {
    let parent = created;
    for (const c of changes) {
      parent = insertEvent(db, {
        hlc: formatHlc({ ms: now + c.aheadMs, counter: c.counter, node: c.node }), actor: c.actor, documentId: doc, recordId: record,
        type: 'field.set', field: 'item', value: { to: c.item }, parents: [parent],
      });
    }
  }, { reproject: true });
}

/** Merges, or expects the one refusal a well-formed file may meet: a clock too far ahead. */
function mergeOrRefused(db: ReturnType<typeof openStore>, file: string): void {
  try {
    mergeFile(db, file);
  } catch (e) {
    expect((e as Error).message).toMatch(/is in the future/);
  }
}

const holds = (db: ReturnType<typeof openStore>, value: string) => {
  const r = getRecord(db, record)!;
  return r.item === value || r.conflicts.some((c) => c.field === 'item' && c.sides.some((s) => s.value === value));
};

describe('merged clocks never hide a later local edit', () => {
  it('random well-formed events with random clocks, merged in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 3 }), (files, split) => {
        const now = Date.now();
        const paths = files.map((f) => colleagueFile(f, now));
        const db = openStore(path.join(dir, `local${++n}.yosan`));
        try {
          importDocument(db, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'me');
          const before = paths.slice(0, split), after = paths.slice(split);
          for (const p of before) mergeOrRefused(db, p);
          // The local edit after those merges is what the record shows, with no conflict.
          const local = setField(db, 'me', record, 'item', 'ローカルの修正');
          expect(local.item).toBe('ローカルの修正');
          expect(local.conflicts).toEqual([]);
          expect(local.updatedAt <= formatHlc({ ms: Date.now() + LIMITS.clockSkewMs, counter: 0xffff, node: 'f'.repeat(16) })).toBe(true);
          // Later merges (concurrent to it) can put it in conflict, never drop it.
          for (const p of after.reverse()) mergeOrRefused(db, p);
          expect(holds(db, 'ローカルの修正')).toBe(true);
          // And the next local edit wins again.
          expect(setField(db, 'me', record, 'item', '最後').item).toBe('最後');
        } finally {
          db.close();
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('a clock far ahead already in the database never carries the local clock past now + skew', () => {
    const now = Date.parse('2026-11-30T00:00:00.000Z');
    const next = nextHlc('9999-12-31T23:59:59.999Z-ffff-ffffffffffffffff', now, 'a'.repeat(16), LIMITS.clockSkewMs);
    expect(next).toBe(formatHlc({ ms: now + LIMITS.clockSkewMs, counter: 1, node: 'a'.repeat(16) }));
  });
});
