// Events and documents from elsewhere are checked as strictly as the store checks its own
// writes. Each hostile file below is built as an attacker who knows the code would (ids
// re-hashed, the projection rebuilt) and is refused by merge, open and verify alike with its
// reason, while the open database stays byte-identical.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { recordId, sha256Hex } from '../../db/hash';
import { mergeFile } from '../../db/merge';
import { allRecords } from '../../db/projection';
import { addComment, setField, setStatus } from '../../db/review';
import { openStore } from '../../db/store';
import { formatHlc } from '../../shared/hlc';
import { LIMITS } from '../../shared/limits';
import type { RecordRow } from '../../shared/records';
import { expectRefusedEverywhere, forge, insertEvent, sha } from '../helpers/hostile';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const mine = path.join(dir, 'mine.yosan');
const good = path.join(dir, 'colleague.yosan');
const keep = path.join(dir, 'opened');
let recs: RecordRow[] = [];
let doc = '';

beforeAll(() => {
  const a = openStore(mine);
  doc = importDocument(a, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'me').document.id;
  setStatus(a, 'me', allRecords(a)[3].id, 'approved');
  a.close();
  const b = openStore(path.join(dir, 'b.yosan'));
  importDocument(b, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'them');
  recs = allRecords(b);
  setField(b, 'taro', recs[0].id, 'item', '別の名前');
  setStatus(b, 'taro', recs[1].id, 'approved');
  addComment(b, 'taro', recs[2].id, '確認済み');
  exportReviewFile(b, good);
  b.close();
});

let n = 0;
const variant = (edit: (db: Database.Database) => void, opts: { rehash: boolean; reproject?: boolean } = { rehash: true }) => forge(good, path.join(dir, `v${++n}.yosan`), edit, opts);
/** Ids re-hashed, but the projection left as it was (the values cannot even be projected). */
const RAW = { rehash: true, reproject: false };
const refused = (file: string, reason: RegExp) => expectRefusedEverywhere(mine, file, reason, keep);

/** The item of record 0 set again by 'mallory', after taro's change, with `to` and `hlc` as given. */
function setEvent(db: Database.Database, field: string, to: unknown, hlc = formatHlc({ ms: Date.now() - 1000, counter: 0, node: 'a'.repeat(16) })) {
  const head = db.prepare("SELECT id FROM events WHERE record_id = ? AND type = 'field.set'").pluck().get(recs[0].id) as string;
  return insertEvent(db, { hlc, actor: 'mallory', documentId: doc, recordId: recs[0].id, type: 'field.set', field, value: { to }, parents: [head] });
}

/** Rewrites the extraction event of a record nothing else refers to. */
function editExtraction(db: Database.Database, edit: (v: Record<string, unknown>) => void, i = 6) {
  const row = db.prepare("SELECT seq, value FROM events WHERE record_id = ? AND type = 'record.extracted'").get(recs[i].id) as { seq: number; value: string };
  const v = JSON.parse(row.value);
  edit(v);
  db.prepare('UPDATE events SET value = ? WHERE seq = ?').run(JSON.stringify(v), row.seq);
}

describe('clocks', () => {
  it('a clock in year 9999 is refused', () => {
    refused(variant((db) => setEvent(db, 'item', 'x', '9999-12-31T23:59:59.999Z-ffff-ffffffffffffffff')), /its clock 9999-12-31T23:59:59\.999Z is in the future/);
  });

  it('a clock an hour ahead of now is refused', () => {
    const hlc = formatHlc({ ms: Date.now() + 3600_000, counter: 0, node: 'b'.repeat(16) });
    refused(variant((db) => setEvent(db, 'item', 'x', hlc)), /is in the future/);
  });

  it('a change carrying the extractor’s fixed clock is refused', () => {
    refused(variant((db) => setEvent(db, 'item', 'x', '0000-00-00T00:00:00.000Z-0000-0000000000000000')), /only an extraction carries the extractor’s name and fixed clock/);
  });
});

describe('values are checked against their type’s schema', () => {
  it('flags as a string', () => refused(variant((db) => setEvent(db, 'flags', 'new')), /value\.to: not a valid flags/));
  it('an item as an object', () => refused(variant((db) => setEvent(db, 'item', { name: 'x' })), /value\.to: not a valid item/));
  it('an unknown stage', () => refused(variant((db) => setEvent(db, 'stage', 'final')), /value\.to: not a valid stage/));
  it('an unknown field', () => refused(variant((db) => setEvent(db, 'owner', 'x')), /unknown field owner/));
  it('an approval without the hash of what it approved', () => refused(variant((db) => setEvent(db, 'status', 'approved')), /an approval without the hash/));
  it('an unknown event type', () =>
    refused(
      variant((db) => insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 1, counter: 0, node: 'c'.repeat(16) }), actor: 'm', documentId: doc, recordId: recs[0].id, type: 'record.deleted' as never, field: null, value: null, parents: [] })),
      /unknown event type record\.deleted/,
    ));
  it('confidence as text in an extraction', () => refused(variant((db) => editExtraction(db, (v) => (v.confidence = 'high')), RAW), /value\.confidence: expected a number/));
  it('a section nested 1,000 deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = [deep];
    refused(variant((db) => editExtraction(db, (v) => (v.section = deep)), RAW), /its value nests deeper than 6 levels/);
  });
  it('a section nested 100,000 deep (larger than a value may be)', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    refused(
      variant((db) => {
        editExtraction(db, (v) => (v.section = '§'));
        db.prepare("UPDATE events SET value = replace(value, '\"§\"', ?) WHERE record_id = ? AND type = 'record.extracted'").run(text, recs[6].id);
      }, RAW),
      /its value is larger than 64 KB/,
    );
  });
  it('a comment longer than the API allows', () =>
    refused(
      variant((db) => insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 1, counter: 0, node: 'c'.repeat(16) }), actor: 'm', documentId: doc, recordId: recs[0].id, type: 'comment.added', field: null, value: { text: 'あ'.repeat(4001) }, parents: [] })),
      /value\.text: must have at most 4000 characters/,
    ));
});

describe('records and documents are re-derived', () => {
  it('a record whose text is not the document’s text at its span', () =>
    refused(variant((db) => editExtraction(db, (v) => (v.text = '9,999億円'))), /text is not the document’s text at its span/));

  it('a record whose line is not its span’s line', () => refused(variant((db) => editExtraction(db, (v) => (v.line = Number(v.line) + 1))), /line is not its span’s line/));

  it('a record whose id does not derive from its document and span', () =>
    refused(variant((db) => db.prepare('UPDATE events SET record_id = ? WHERE record_id = ?').run('r' + 'e'.repeat(23), recs[6].id)), /does not derive from its document and span/));

  it('a second extraction of a record, yen ×10, in the same file', () =>
    refused(
      variant((db) => {
        const row = db.prepare("SELECT value FROM events WHERE record_id = ? AND type = 'record.extracted'").get(recs[1].id) as { value: string };
        const v = JSON.parse(row.value);
        insertEvent(db, { hlc: '0000-00-00T00:00:00.000Z-0000-0000000000000000', actor: 'extractor', documentId: doc, recordId: recs[1].id, type: 'record.extracted', field: null, value: { ...v, yen: v.yen * 10 }, parents: [] });
      }),
      /created twice \(a second extraction\)/,
    ));

  it('a different extraction of a record this database holds (approved here), yen ×10: merge refuses it', () => {
    const approved = recs[3].id;
    const file = variant((db) => {
      const row = db.prepare("SELECT seq, value FROM events WHERE record_id = ? AND type = 'record.extracted'").get(approved) as { seq: number; value: string };
      const v = JSON.parse(row.value);
      db.prepare('UPDATE events SET value = ? WHERE seq = ?').run(JSON.stringify({ ...v, yen: v.yen * 10 }), row.seq);
    });
    const before = sha(mine);
    const db = openStore(mine);
    const yen = allRecords(db).find((r) => r.id === approved)!.yen;
    expect(() => mergeFile(db, file)).toThrow(/record .* is created twice \(a second extraction of a record this database holds\)/);
    expect(allRecords(db).find((r) => r.id === approved)).toMatchObject({ yen, status: 'approved' });
    db.close();
    expect(sha(mine)).toBe(before);
  });

  it('an event for a record the file never creates (dangling)', () =>
    refused(
      variant((db) => insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 1, counter: 0, node: 'c'.repeat(16) }), actor: 'm', documentId: doc, recordId: recordId(doc, 1, 2), type: 'comment.added', field: null, value: { text: 'x' }, parents: [] })),
      /was never created \(dangling\)/,
    ));

  it('a change whose parent the file does not hold (dangling)', () =>
    refused(
      variant((db) => insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 1, counter: 0, node: 'c'.repeat(16) }), actor: 'm', documentId: doc, recordId: recs[0].id, type: 'field.set', field: 'item', value: { to: 'x' }, parents: ['d'.repeat(64)] })),
      /lists a parent the file does not hold \(dangling\)/,
    ));

  it('a stored record that is not what its event log gives', () =>
    refused(variant((db) => db.prepare("UPDATE records SET data = replace(data, '\"status\":\"approved\"', '\"status\":\"rejected\"') WHERE id = ?").run(recs[1].id), { rehash: false }), /does not match its event log/));

  it('a document larger than the import limit', () => {
    const text = '予'.repeat(LIMITS.documentChars + 1);
    refused(
      variant((db) =>
        db.prepare("INSERT INTO documents (id, title, file_name, bytes, encoding, text, imported_at, imported_by) VALUES (?, 'big', 'big.txt', ?, 'utf-8', ?, '2026-01-01T00:00:00.000Z', 'x')")
          .run(sha256Hex(text), text.length, text)),
      /is larger than 32 MB \(the import limit\)/,
    );
  });
});

describe('counts are bounded', () => {
  it(`more than ${LIMITS.commentsPerRecord} comments on one record`, () => {
    refused(
      variant((db) => {
        for (let i = 0; i <= LIMITS.commentsPerRecord; i++) {
          insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 10_000, counter: i, node: 'c'.repeat(16) }), actor: 'm', documentId: doc, recordId: recs[2].id, type: 'comment.added', field: null, value: { text: `c${i}` }, parents: [] });
        }
      }),
      new RegExp(`more than ${LIMITS.commentsPerRecord} comments`),
    );
  });

  /** A file whose record 2 carries `count` comments of its own (`tag` keeps two files' comments apart). */
  const commented = (count: number, tag: string) =>
    variant((db) => {
      for (let i = 0; i < count; i++) {
        insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 10_000, counter: i, node: tag.repeat(16) }), actor: 'm', documentId: doc, recordId: recs[2].id, type: 'comment.added', field: null, value: { text: `${tag}${i}` }, parents: [] });
      }
    });

  it('files within the bound cannot add up past it, and local comments stop at it too', () => {
    const copy = path.join(dir, 'mine-bounds.yosan');
    fs.copyFileSync(mine, copy);
    const first = commented(LIMITS.commentsPerRecord - 1, 'a'); // the colleague's own comment makes it the bound
    const second = commented(2, 'b');
    let db = openStore(copy);
    mergeFile(db, first);
    expect(allRecords(db).find((r) => r.id === recs[2].id)!.comments).toHaveLength(LIMITS.commentsPerRecord);
    db.close();
    const before = sha(copy);
    db = openStore(copy);
    expect(() => mergeFile(db, second)).toThrow(new RegExp(`record ${recs[2].id} would have more than ${LIMITS.commentsPerRecord} comments`));
    expect(() => addComment(db, 'me', recs[2].id, 'もう一件')).toThrow(new RegExp(`has reached ${LIMITS.commentsPerRecord} comments`));
    db.close();
    expect(sha(copy)).toBe(before);
  });

  it(`more than ${LIMITS.eventsPerRecord} events on one record`, () => {
    refused(
      variant((db) => {
        let parent = db.prepare("SELECT id FROM events WHERE record_id = ? AND type = 'field.set'").pluck().get(recs[0].id) as string;
        for (let i = 0; i <= LIMITS.eventsPerRecord; i++) {
          parent = insertEvent(db, { hlc: formatHlc({ ms: Date.now() - 100_000 + i, counter: 0, node: 'c'.repeat(16) }), actor: 'm', documentId: doc, recordId: recs[0].id, type: 'field.set', field: 'item', value: { to: `v${i}` }, parents: [parent] });
        }
      }, RAW),
      new RegExp(`more than ${LIMITS.eventsPerRecord} events`),
    );
  }, 120_000);
});
