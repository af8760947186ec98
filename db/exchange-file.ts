// Checks a .yosan file from elsewhere before anything of it is used: an SQLite file, intact,
// ours (application_id), of this schema version, with exactly our schema (no extra triggers
// or views that could run code). It is checked on a private copy, attached read-only.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../shared/api';
import { APPLICATION_ID, migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables SQLite itself may add (ANALYZE, AUTOINCREMENT): data only, never code. */
const SQLITE_OWN = new Set(['sqlite_stat1', 'sqlite_stat4', 'sqlite_sequence']);

export class RefusedFile extends ApiError {
  constructor(message: string) {
    super('refused_file', message);
  }
}

const expected = new Map<number, Map<string, string>>();
/** Our schema as a database at `version` has it: name -> type + SQL. */
function expectedSchema(version = SCHEMA_VERSION): Map<string, string> {
  let want = expected.get(version);
  if (!want) {
    const mem = new Database(':memory:');
    migrate(mem, MIGRATIONS.slice(0, version));
    want = schemaOf(mem, 'main');
    mem.close();
    expected.set(version, want);
  }
  return want;
}

/**
 * Refuses a database whose schema is not exactly ours at its version: an extra or altered
 * trigger or view would run on our writes. Used for merged files and for files opened as
 * the working database alike. Returns the reason, or null.
 */
export function schemaProblem(db: Database.Database, version: number): string | null {
  const want = expectedSchema(version);
  const have = schemaOf(db, 'main');
  for (const [objName, def] of have) {
    if (!want.has(objName)) return `carries an unexpected ${def.split(':')[0]} “${objName}”`;
    if (want.get(objName) !== def) return `has an altered ${def.split(':')[0]} “${objName}”`;
  }
  for (const objName of want.keys()) if (!have.has(objName)) return `lacks “${objName}”`;
  return null;
}

function schemaOf(db: Database.Database, schema: string): Map<string, string> {
  const rows = db.prepare(`SELECT type, name, sql FROM "${schema}".sqlite_schema`).all() as { type: string; name: string; sql: string | null }[];
  return new Map(rows.filter((r) => !SQLITE_OWN.has(r.name)).map((r) => [r.name, `${r.type}:${r.sql ?? ''}`]));
}

/**
 * A path to read `file` from without ever writing to it: the file itself when it is a plain
 * rollback-journal database with nothing beside it (an exported review file), else a private
 * copy — a WAL header or a journal beside the file would make SQLite write on open.
 */
export function privateCopy(file: string): { path: string; dispose: () => void } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new RefusedFile(`cannot read ${path.basename(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const header = Buffer.alloc(100);
    const n = fs.readSync(fd, header, 0, 100, 0);
    if (n < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
      throw new RefusedFile(`${path.basename(file)} is not a Yosan review file (not an SQLite database)`);
    }
    const plain = header[18] === 1 && header[19] === 1 && !['-wal', '-journal', '-shm'].some((x) => fs.existsSync(file + x));
    if (plain) return { path: path.resolve(file), dispose: () => {} };
  } finally {
    fs.closeSync(fd);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-merge-'));
  const copy = path.join(dir, 'incoming.yosan');
  fs.copyFileSync(file, copy);
  // A WAL-mode header would need a -shm beside a read-only file; the copy holds every
  // committed page (files are checkpointed on close), so mark it as a rollback-journal file.
  const fh = fs.openSync(copy, 'r+');
  fs.writeSync(fh, Buffer.from([1, 1]), 0, 2, 18);
  fs.closeSync(fh);
  return { path: copy, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Checks the private copy on a read-only connection of its own, then attaches it as
 * `incoming`. Once checked, its schema is exactly ours, so nothing in it can run: our
 * triggers fire only on writes, and nothing is ever written to `incoming`.
 */
export function attachChecked(db: Database.Database, copyPath: string, displayName: string): void {
  let check: Database.Database;
  try {
    check = new Database(copyPath, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new RefusedFile(`${displayName} cannot be opened: ${(e as Error).message}`);
  }
  try {
    check.pragma('trusted_schema = OFF');
    checkFile(check, displayName);
  } finally {
    check.close();
  }
  try {
    db.prepare('ATTACH DATABASE ? AS incoming').run(copyPath);
  } catch (e) {
    throw new RefusedFile(`${displayName} cannot be opened: ${(e as Error).message}`);
  }
}

export function detach(db: Database.Database): void {
  try {
    db.exec('DETACH DATABASE incoming');
  } catch {
    /* not attached */
  }
}

function checkFile(db: Database.Database, name: string): void {
  let integrity: string;
  try {
    // quick_check: every page and record well formed, in linear time (integrity_check also
    // cross-checks index contents, which the merge does not trust anyway: ids are re-hashed).
    integrity = String(db.pragma('quick_check', { simple: true }));
  } catch (e) {
    throw new RefusedFile(`${name} is damaged or not a database: ${(e as Error).message}`);
  }
  if (integrity !== 'ok') throw new RefusedFile(`${name} is damaged (integrity check: ${integrity.split('\n')[0]})`);
  const appId = db.pragma('application_id', { simple: true });
  if (appId !== APPLICATION_ID) throw new RefusedFile(`${name} belongs to another application (not a Yosan review file)`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new RefusedFile(`${name} was written by a newer Yosan Workbench (schema ${version}, this app ${SCHEMA_VERSION}): update to merge it`);
  }
  if (version < SCHEMA_VERSION) {
    throw new RefusedFile(`${name} has an older schema (${version}); ask the sender to open it once in this version and export again`);
  }
  const problem = schemaProblem(db, version);
  if (problem) throw new RefusedFile(`${name} ${problem}: refused`);
}

/** A review file from elsewhere, checked, on a read-only connection to a private copy (for verify). */
export function openChecked(file: string, displayName = path.basename(file)): { db: Database.Database; dispose: () => void } {
  const copy = privateCopy(file);
  try {
    const db = new Database(copy.path, { readonly: true, fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      checkFile(db, displayName);
    } catch (e) {
      db.close();
      throw e;
    }
    return { db, dispose: () => (db.close(), copy.dispose()) };
  } catch (e) {
    copy.dispose();
    throw e;
  }
}
