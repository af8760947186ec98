// A file from elsewhere can't change what it doesn't own: every bad file is refused with a
// clear message, and the open database's bytes and content stay as they were.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { SCHEMA_VERSION } from '../../db/migrations';
import { allRecords } from '../../db/projection';
import { setField } from '../../db/review';
import { openStore } from '../../db/store';
import { expectRefusedEverywhere, forge } from '../helpers/hostile';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const mine = path.join(dir, 'mine.yosan');
const good = path.join(dir, 'colleague.yosan');

beforeAll(() => {
  const a = openStore(mine);
  importDocument(a, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'me');
  a.close();
  const b = openStore(path.join(dir, 'b.yosan'));
  importDocument(b, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'them');
  importDocument(b, '002.txt', fs.readFileSync(seedPath('002_486e34976f171ce8.txt')), 'them');
  const rec = allRecords(b)[0];
  setField(b, 'taro', rec.id, 'item', '別の名前');
  exportReviewFile(b, good);
  b.close();
});

const keep = path.join(dir, 'opened');
/** A variant of the colleague's file, edited by hand with a raw connection. */
const variant = (name: string, edit: (db: Database.Database) => void, opts?: { rehash?: boolean; schema?: boolean }) => forge(good, path.join(dir, name), edit, opts);
const expectRefused = (file: string, reason: RegExp) => expectRefusedEverywhere(mine, file, reason, keep);

describe('merge, open and verify refuse bad files and leave the open database untouched', () => {
  it('accepts the good file (control)', () => {
    const copy = path.join(dir, 'mine-copy.yosan');
    fs.copyFileSync(mine, copy);
    const db = openStore(copy);
    expect(mergeFile(db, good)).toMatchObject({ documents: 1, events: 12 });
    db.close();
  });

  it('not an SQLite file', () => {
    const f = path.join(dir, 'notes.yosan');
    fs.writeFileSync(f, '令和7年度予算 '.repeat(100));
    expectRefused(f, /not a Yosan review file \(not an SQLite database\)/);
  });

  it('a truncated file', () => {
    const f = path.join(dir, 'truncated.yosan');
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefused(f, /damaged|not a database|malformed/);
  });

  it('a corrupt file (integrity check)', () => {
    const f = path.join(dir, 'corrupt.yosan');
    const bytes = Buffer.from(fs.readFileSync(good));
    // Damage the b-tree page headers of every page after the first: cell counts, pointers.
    for (let p = 4096; p < bytes.length; p += 4096) bytes.fill(0x5a, p + 1, p + 12);
    fs.writeFileSync(f, bytes);
    expectRefused(f, /damaged|malformed/);
  });

  it("another application's SQLite file", () => {
    const f = path.join(dir, 'other-app.yosan');
    const db = new Database(f);
    db.exec('CREATE TABLE events (id TEXT)');
    db.close();
    expectRefused(f, /another application/);
  });

  it('a newer schema version', () => {
    expectRefused(variant('newer.yosan', (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)), /newer Yosan Workbench/);
  });

  it('extra triggers or views in its schema', () => {
    expectRefused(
      variant('trigger.yosan', (db) => db.exec("CREATE TRIGGER sneaky AFTER INSERT ON documents BEGIN SELECT 1; END"), { schema: true }),
      /unexpected trigger “sneaky”/,
    );
    expectRefused(variant('view.yosan', (db) => db.exec('CREATE VIEW v AS SELECT * FROM events'), { schema: true }), /unexpected view “v”/);
    expectRefused(
      variant('altered.yosan', (db) => {
        db.exec('DROP TRIGGER events_append_only_delete');
        db.exec("CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN SELECT 'x'; END");
      }, { schema: true }),
      /altered trigger “events_append_only_delete”/,
    );
  });

  it('events that reference missing documents', () => {
    const f = variant(
      'orphan.yosan',
      (db) => db.exec(`UPDATE events SET document_id = '${'f'.repeat(64)}' WHERE seq = (SELECT max(seq) FROM events)`),
      { rehash: true },
    );
    expectRefused(f, /refers to a document the file does not hold/);
  });

  it('an event whose content was altered (its id no longer matches), naming the row', () => {
    let id = '';
    const f = variant('forged.yosan', (db) => {
      const row = db.prepare("SELECT id FROM events WHERE type = 'field.set'").get() as { id: string };
      id = row.id;
      db.prepare(`UPDATE events SET value = '{"to":"偽の名前"}' WHERE id = ?`).run(id);
    });
    expectRefused(f, new RegExp(`event ${id.slice(0, 12)}… is refused: its id does not match its content`));
  });

  it('a duplicate id with different content than ours', () => {
    const f = variant('clash.yosan', (db) => {
      db.exec("UPDATE events SET actor = 'mallory' WHERE seq = 1");
    });
    expectRefused(f, /is refused: its id does not match its content/);
  });

  it('a document whose text does not match its id', () => {
    const f = variant('doc.yosan', (db) => {
      db.exec("UPDATE documents SET text = text || '改' WHERE file_name = '002.txt'");
    });
    expectRefused(f, /does not match its text/);
  });
});
