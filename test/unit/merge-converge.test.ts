// Property: reviews by three actors on copies of one database, exchanged and merged in any
// order and grouping, converge to the same records; and no actor's last value is lost
// silently: it is current, one side of a conflict, or knowingly superseded by someone who saw it.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { allRecords } from '../../db/projection';
import * as review from '../../db/review';
import { openStore } from '../../db/store';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const base = path.join(dir, 'base.yosan');
const ACTORS = ['hanako', 'taro', 'jiro'] as const;
let recordIds: string[] = [];

beforeAll(() => {
  const db = openStore(base);
  importDocument(db, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'lead');
  recordIds = allRecords(db).slice(0, 3).map((r) => r.id);
  db.close();
});

const actor = fc.integer({ min: 0, max: 2 });
const rec = fc.integer({ min: 0, max: 1 });
const command = fc.oneof(
  fc.record({ kind: fc.constant('yen' as const), actor, rec, value: fc.constantFrom(100_000_000, 200_000_000, 300_000_000) }),
  fc.record({ kind: fc.constant('item' as const), actor, rec, value: fc.constantFrom('甲', '乙') }),
  fc.record({ kind: fc.constant('stage' as const), actor, rec, value: fc.constantFrom('budget', 'request') }),
  fc.record({ kind: fc.constant('status' as const), actor, rec, value: fc.constantFrom('approved', 'rejected', 'pending') }),
  fc.record({ kind: fc.constant('comment' as const), actor, rec, value: fc.constantFrom('確認', '要修正') }),
  fc.record({ kind: fc.constant('undo' as const), actor, rec, value: fc.constant(0) }),
  fc.record({ kind: fc.constant('sync' as const), actor, rec: actor, value: fc.constant(0) }), // rec: from whom
);

let run = 0;
export let casesRun = 0;
let conflictsSeen = 0;
let syncsSeen = 0;

describe('merging converges', () => {
  it('in any order and grouping, losing nothing silently', () => {
    fc.assert(
      fc.property(
        fc.array(command, { minLength: 1, maxLength: 25 }),
        fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
        fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
        (commands, order1, order2) => {
          casesRun++;
          const runDir = path.join(dir, `run${run++}`);
          fs.mkdirSync(runDir);
          const files = ACTORS.map((a) => path.join(runDir, `${a}.yosan`));
          files.forEach((f) => fs.copyFileSync(base, f));
          const dbs = files.map((f) => openStore(f));
          const last = new Map<string, string>(); // actor|record|field -> event id of their last set
          const lastSet = (a: number, db: ReturnType<typeof openStore>, recordId: string, field: string) => {
            const row = db
              .prepare("SELECT id FROM events WHERE actor = ? AND record_id = ? AND field = ? ORDER BY hlc DESC, id DESC LIMIT 1")
              .get(ACTORS[a], recordId, field) as { id: string } | undefined;
            if (row) last.set(`${ACTORS[a]}|${recordId}|${field}`, row.id);
          };
          for (const c of commands) {
            const db = dbs[c.actor];
            const id = recordIds[c.rec % recordIds.length];
            const who = ACTORS[c.actor];
            if (c.kind === 'sync') {
              if (c.rec === c.actor) continue;
              syncsSeen++;
              const out = path.join(runDir, `x.yosan`);
              exportReviewFile(dbs[c.rec], out);
              mergeFile(db, out);
            } else if (c.kind === 'comment') review.addComment(db, who, id, String(c.value));
            else if (c.kind === 'undo') {
              const r = review.undo(db, who);
              if (r?.record) lastSet(c.actor, db, r.record.id, r.entry.field!);
            } else {
              const field = c.kind === 'status' ? 'status' : c.kind;
              review.setField(db, who, id, field, c.value);
              lastSet(c.actor, db, id, field);
            }
          }
          const exports = files.map((f, i) => {
            const out = path.join(runDir, `final-${i}.yosan`);
            exportReviewFile(dbs[i], out);
            dbs[i].close();
            return out;
          });

          // Order 1: into a copy of the first, merge the other two one by one.
          const r1 = path.join(runDir, 'r1.yosan');
          fs.copyFileSync(exports[order1[0]], r1);
          const d1 = openStore(r1);
          mergeFile(d1, exports[order1[1]]);
          mergeFile(d1, exports[order1[2]]);
          // Order 2, grouped the other way: (b ∪ c) first, then that into a.
          const bc = path.join(runDir, 'bc.yosan');
          fs.copyFileSync(exports[order2[1]], bc);
          const dbc = openStore(bc);
          mergeFile(dbc, exports[order2[2]]);
          dbc.close();
          const r2 = path.join(runDir, 'r2.yosan');
          fs.copyFileSync(exports[order2[0]], r2);
          const d2 = openStore(r2);
          mergeFile(d2, bc);

          const a = allRecords(d1);
          conflictsSeen += a.filter((r) => r.conflicts.length).length;
          expect(allRecords(d2)).toEqual(a);
          // Merging the same file again changes nothing.
          expect(mergeFile(d2, exports[0])).toEqual({ documents: 0, events: 0, records: 0, conflicts: 0, signoffs: 0 });
          expect(allRecords(d2)).toEqual(a);

          // Nothing lost silently.
          const parents = new Set(
            (d1.prepare('SELECT parents FROM events').all() as { parents: string }[]).flatMap((r) => JSON.parse(r.parents) as string[]),
          );
          const byId = new Map(a.map((r) => [r.id, r]));
          for (const [key, eventId] of last) {
            const [, recordId, field] = key.split('|');
            const r = byId.get(recordId)!;
            const inConflict = r.conflicts.some((c) => c.field === field && c.sides.some((s) => s.eventId === eventId));
            const superseded = parents.has(eventId);
            const value = (d1.prepare('SELECT value FROM events WHERE id = ?').get(eventId) as { value: string }).value;
            const current = field === 'status' ? r.status : (r as unknown as Record<string, unknown>)[field];
            const to = JSON.parse(value).to;
            // A voided approval is shown too: the record says whose change voided it.
            const isCurrent = JSON.stringify(to) === JSON.stringify(current) || (field === 'status' && to === 'approved' && !!r.approvalVoid);
            expect(isCurrent || inConflict || superseded, `${key} lost`).toBe(true);
          }
          d1.close();
          d2.close();
          fs.rmSync(runDir, { recursive: true, force: true });
        },
      ),
      { numRuns: 100, seed: 20261122 },
    );
    expect(casesRun).toBe(100);
    // The generated histories do exercise concurrency: conflicts arise, and exchanges mid-way.
    expect(conflictsSeen).toBeGreaterThan(20);
    expect(syncsSeen).toBeGreaterThan(10);
    console.log(`convergence: ${casesRun} cases, ${conflictsSeen} records in conflict, ${syncsSeen} mid-way exchanges`);
  }, 300_000); // every merge checks its file in full: generous on a shared 2-core machine
});
