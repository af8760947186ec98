// The one checker for a .yosan file from elsewhere, used by merge, open and verify alike. It
// works on a private copy (db/incoming-copy.ts: regular files only, read-only, bounded, the WAL
// folded in) and checks it in full before anything of it is used: an SQLite file, intact, ours
// (application_id), of this schema version, with exactly our schema (no extra triggers or
// views that could run code), then every row (db/incoming-content.ts).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { connect } from './connection';
import { freePathIn } from './free-name';
import { checkContent } from './incoming-content';
import { privateCopy, type PrivateCopy } from './incoming-copy';
import { APPLICATION_ID, migrate, MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { markProjectionCurrent, projectionCurrent, rebuildAllRecords } from './projection';
import { RefusedFile } from './refused';

export { RefusedFile };

/** Tables SQLite itself may add (ANALYZE, AUTOINCREMENT): data only, never code. */
const SQLITE_OWN = new Set(['sqlite_stat1', 'sqlite_stat4', 'sqlite_sequence']);

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

function checkStructure(db: Database.Database, name: string): void {
  let integrity: string;
  try {
    // quick_check: every page and record well formed, in linear time (integrity_check also
    // cross-checks index contents, which nothing here trusts anyway: every row is re-checked).
    integrity = String(db.pragma('quick_check', { simple: true }));
  } catch (e) {
    throw new RefusedFile(`${name} is damaged or not a database: ${(e as Error).message}`, 'damaged');
  }
  if (integrity !== 'ok') throw new RefusedFile(`${name} is damaged (integrity check: ${integrity.split('\n')[0]})`, 'damaged');
  const appId = db.pragma('application_id', { simple: true });
  if (appId !== APPLICATION_ID) throw new RefusedFile(`${name} belongs to another application (not a Yosan review file)`, 'other_app');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new RefusedFile(`${name} was written by a newer Yosan Workbench (schema ${version}, this app ${SCHEMA_VERSION}): update to use it`, 'newer_schema', { version, ours: SCHEMA_VERSION });
  }
  if (version < SCHEMA_VERSION) {
    throw new RefusedFile(`${name} has an older schema (${version}); ask the sender to open it once in this version and export again`, 'older_schema', { version });
  }
  const problem = schemaProblem(db, version);
  if (problem) throw new RefusedFile(`${name} ${problem}: refused`, 'schema_object', { detail: problem });
}

/**
 * A private copy of `file`, checked in full. A copy whose record projection was written by an
 * earlier version is re-projected from its (checked) event log, so what is shown and verified
 * is what this version derives from the events.
 */
export function checkedCopy(file: string, name = path.basename(file), now = Date.now()): PrivateCopy {
  const copy = privateCopy(file, name);
  try {
    let current: boolean;
    let db: Database.Database;
    try {
      db = connect(copy.path, { readonly: true, fileMustExist: true });
    } catch (e) {
      throw new RefusedFile(`${name} cannot be opened: ${(e as Error).message}`, 'damaged');
    }
    try {
      db.pragma('trusted_schema = OFF');
      checkStructure(db, name);
      current = projectionCurrent(db);
      try {
        checkContent(db, name, { now, checkProjection: current });
      } catch (e) {
        if (e instanceof RefusedFile) throw e;
        throw new RefusedFile(`${name} is damaged: ${(e as Error).message}`, 'damaged');
      }
    } finally {
      db.close();
    }
    if (!current) {
      const w = connect(copy.path, { fileMustExist: true });
      try {
        w.transaction(() => {
          rebuildAllRecords(w);
          markProjectionCurrent(w);
        })();
      } finally {
        w.close();
      }
    }
    return copy;
  } catch (e) {
    copy.dispose();
    throw e;
  }
}

/** Attaches a checked copy as `incoming`: its schema is exactly ours and nothing is written to it. */
export function attachChecked(db: Database.Database, copyPath: string, displayName: string): void {
  try {
    db.prepare('ATTACH DATABASE ? AS incoming').run(copyPath);
  } catch (e) {
    throw new RefusedFile(`${displayName} cannot be opened: ${(e as Error).message}`, 'damaged');
  }
}

export function detach(db: Database.Database): void {
  try {
    db.exec('DETACH DATABASE incoming');
  } catch {
    /* not attached */
  }
}

/** Whether SQLite may write `file` and its journal beside it; read-only by its mode bits too (root may write anything). */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    return (fs.statSync(file).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/** A review file from elsewhere, checked, on a read-only connection to a private copy (for verify). */
export function openChecked(file: string, displayName = path.basename(file)): { db: Database.Database; dispose: () => void } {
  const copy = checkedCopy(file, displayName);
  try {
    const db = connect(copy.path, { readonly: true, fileMustExist: true });
    return { db, dispose: () => (db.close(), copy.dispose()) };
  } catch (e) {
    copy.dispose();
    throw new RefusedFile(`${displayName} cannot be opened: ${(e as Error).message}`, 'damaged');
  }
}

/**
 * Where to open a file from elsewhere as the working database, once it is checked in full:
 * the file itself when it can be written, else (read-only, or `alwaysCopy`) the checked copy
 * kept in `keepDir` under the file's name.
 */
export function checkedForOpen(file: string, name: string, keepDir: string, alwaysCopy = false): string {
  const copy = checkedCopy(file, name);
  try {
    if (!alwaysCopy && writable(file)) return path.resolve(file);
    const target = freePathIn(keepDir, name);
    fs.copyFileSync(copy.path, target);
    fs.chmodSync(target, 0o600);
    return target;
  } finally {
    copy.dispose();
  }
}
