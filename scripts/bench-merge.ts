// Benchmark of merging two review files of 100,000 records and 1,000,000 events each, half of
// the events shared, against the floor: a plain INSERT OR IGNORE copy of the same event rows
// between the same files, measured in the same run.
//   npx tsx scripts/bench-merge.ts [records]
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTRACTION_HLC, type EventInput } from '../shared/events';
import { recordId, sha256Hex, storedEvent, storedEventId } from '../db/hash';
import { mergeFile } from '../db/merge';
import { rebuildAllRecords } from '../db/projection';
import { openStore } from '../db/store';

export interface MergeFigures {
  records: number;
  eventsPerFile: number;
  generateSeconds: number;
  floorSeconds: number;
  mergeSeconds: number;
  ratio: number;
  summary: unknown;
}

const EVENTS_PER_RECORD = 10; // one extraction + nine review events

/** Writes a file holding `shared` records common to both sides and `own` records of its own. */
function generate(file: string, side: string, records: number): void {
  const db = openStore(file);
  // Every record's span holds its text: shared records first, then a's own, then b's own.
  const text = '予算額 '.repeat(Math.ceil(records * 1.5) + 1);
  const docId = sha256Hex(text);
  const insertEvent = db.prepare(
    'INSERT INTO events (id, hlc, actor, document_id, record_id, type, field, value, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const add = (e: EventInput) => {
    const s = storedEvent(e);
    const id = storedEventId(s);
    insertEvent.run(id, s.hlc, s.actor, s.document_id, s.record_id, s.type, s.field, s.value, s.parents);
    return id;
  };
  db.transaction(() => {
    db.prepare(
      "INSERT INTO documents (id, title, file_name, bytes, encoding, text, imported_at, imported_by) VALUES (?, 'bench', 'bench.txt', ?, 'UTF-8', ?, '2026-01-01T00:00:00.000Z', 'bench')",
    ).run(docId, text.length * 3, text);
    for (let i = 0; i < records; i++) {
      const shared = i < records / 2;
      const n = (shared || side === 'a' ? i : i + records / 2) * 4;
      const rid = recordId(docId, n, n + 4);
      const created = add({
        hlc: EXTRACTION_HLC, actor: 'extractor', documentId: docId, recordId: rid, type: 'record.extracted', field: null, parents: [],
        value: { line: 1, start: n, end: n + 4, text: '予算額 ', yen: 100_000_000 + n, unit: '億円', item: `事業${n}`, section: [], fy: 2025,
          stage: 'budget', flags: [], previous: null, supplementary: null, change: null, confidence: 0.9, warnings: [] },
      });
      let parent = created;
      const actor = shared ? 'hanako' : side === 'a' ? 'taro' : 'jiro';
      for (let k = 1; k < EVENTS_PER_RECORD; k++) {
        const ms = Date.UTC(2026, 0, 1) + n * 3 + k;
        const hlc = `${new Date(ms).toISOString()}-0000-${shared ? '00000000000000aa' : side === 'a' ? '00000000000000bb' : '00000000000000cc'}`;
        parent = add({ hlc, actor, documentId: docId, recordId: rid, type: 'field.set', field: 'item', value: { to: `事業${n}-${k}` }, parents: [parent] });
      }
    }
    rebuildAllRecords(db);
  })();
  db.pragma('journal_mode = DELETE'); // as an exported review file is
  db.close();
}

export function benchMerge(records = 100_000, keep = false): MergeFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-bench-merge-'));
  if (keep) console.log(dir);
  try {
    const t0 = performance.now();
    const a = path.join(dir, 'a.yosan');
    const b = path.join(dir, 'b.yosan');
    generate(a, 'a', records);
    generate(b, 'b', records);
    const generateSeconds = (performance.now() - t0) / 1000;

    // Floor: the same event rows copied between the same files, nothing else.
    const floorFile = path.join(dir, 'floor.yosan');
    fs.copyFileSync(a, floorFile);
    const floorDb = new Database(floorFile);
    const t1 = performance.now();
    floorDb.prepare('ATTACH DATABASE ? AS other').run(b);
    floorDb.exec(
      'INSERT OR IGNORE INTO main.events (id, hlc, actor, document_id, record_id, type, field, value, parents) SELECT id, hlc, actor, document_id, record_id, type, field, value, parents FROM other.events',
    );
    const floorSeconds = (performance.now() - t1) / 1000;
    floorDb.close();

    const mergeTarget = path.join(dir, 'merged.yosan');
    fs.copyFileSync(a, mergeTarget);
    const db = openStore(mergeTarget);
    const t2 = performance.now();
    const timings: Record<string, number> = {};
    const summary = mergeFile(db, b, { timings });
    if (process.env.YOSAN_BENCH_PHASES) console.log(timings);
    const mergeSeconds = (performance.now() - t2) / 1000;
    db.close();
    return { records, eventsPerFile: records * EVENTS_PER_RECORD, generateSeconds, floorSeconds, mergeSeconds, ratio: mergeSeconds / floorSeconds, summary };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = benchMerge(Number(process.argv[2] ?? 100_000), process.argv[3] === '--keep');
  console.log(
    `merge: ${f.records} records, ${f.eventsPerFile} events per file (half shared): ${f.mergeSeconds.toFixed(2)} s; ` +
      `floor (INSERT OR IGNORE copy) ${f.floorSeconds.toFixed(2)} s; ratio ${f.ratio.toFixed(2)}× (target ≤ 3×) ${JSON.stringify(f.summary)}`,
  );
}
