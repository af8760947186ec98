import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { openStore } from '../../db/store';
import { importDocument } from '../../db/documents';
import { recordsOfDocument } from '../../db/projection';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
let n = 0;
const fresh = () => path.join(dir, `db${n++}.yosan`);
const errorOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e as Error & { code?: string };
  }
};

describe('opening and migrating a database', () => {
  it('creates a new file at the latest schema, marked as ours, in WAL mode', () => {
    const file = fresh();
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates a previous-version database and projects the records its events already held', () => {
    // As the first release left a file: documents and the event log, no projection yet.
    const file = fresh();
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    const bytes = fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt'));
    const current = openStore(fresh());
    const { document } = importDocument(current, 'doc.txt', bytes, 't');
    const doc = current.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
    const events = current.prepare('SELECT id, hlc, actor, document_id, record_id, type, field, value, parents FROM events').all();
    const expected = recordsOfDocument(current, document.id);
    current.close();
    old.prepare('INSERT INTO documents VALUES (@id, @title, @file_name, @bytes, @encoding, @text, @imported_at, @imported_by)').run(doc);
    const insert = old.prepare('INSERT INTO events (id, hlc, actor, document_id, record_id, type, field, value, parents) VALUES (@id, @hlc, @actor, @document_id, @record_id, @type, @field, @value, @parents)');
    for (const e of events) insert.run(e);
    old.close();

    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(recordsOfDocument(db, document.id)).toEqual(expected);
    expect(expected.length).toBe(7);
    db.close();
  });

  it('refuses a database from a newer schema version and leaves it as it was', () => {
    const file = fresh();
    openStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    const e = errorOf(() => openStore(file));
    expect(e?.message).toMatch(/newer than this app/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses another application's SQLite file and a file that is not a database", () => {
    const other = fresh();
    const db = new Database(other);
    db.exec('CREATE TABLE notes (x TEXT)');
    db.close();
    expect(errorOf(() => openStore(other))?.message).toMatch(/not a Yosan Workbench database/);

    const text = fresh();
    fs.writeFileSync(text, 'this is plain text, not SQLite '.repeat(200));
    const before = fs.readFileSync(text);
    expect(errorOf(() => openStore(text))?.message).toMatch(/not a Yosan database or is damaged/);
    expect(fs.readFileSync(text).equals(before)).toBe(true);
  });

  it('refuses to open a file whose schema carries a planted trigger, and leaves it as it was', () => {
    const file = fresh();
    openStore(file).close();
    const raw = new Database(file);
    raw.exec('CREATE TRIGGER wipe AFTER INSERT ON events BEGIN DELETE FROM documents; END');
    raw.close();
    const before = fs.readFileSync(file);
    expect(errorOf(() => openStore(file))?.message).toMatch(/unexpected trigger “wipe”: not opened/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps the event log append-only and document text immutable', () => {
    const db = openStore(fresh());
    const { document } = importDocument(db, 'doc.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 't');
    expect(errorOf(() => db.exec('DELETE FROM events'))?.message).toMatch(/append-only/);
    expect(errorOf(() => db.exec("UPDATE events SET actor = 'x'"))?.message).toMatch(/append-only/);
    expect(errorOf(() => db.prepare("UPDATE documents SET text = 'x' WHERE id = ?").run(document.id))?.message).toMatch(
      /never edited/,
    );
    db.close();
  });
});
