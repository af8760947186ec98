// Opens a Yosan database file: pragmas every connection needs, then migrations.
import type Database from 'better-sqlite3';
import { connect, useNativeBinding } from './connection';
import { APPLICATION_ID, migrate, SCHEMA_VERSION, SchemaError } from './migrations';
import { schemaProblem } from './exchange-file';
import { markProjectionCurrent, projectionCurrent, rebuildAllRecords } from './projection';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running ABI (Electron keeps its own build). */
  nativeBinding?: string;
}

export class StoreError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function openStore(file: string, opts: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    useNativeBinding(opts.nativeBinding);
    db = connect(file);
  } catch (e) {
    throw new StoreError('open_failed', `cannot open database ${file}: ${(e as Error).message}`);
  }
  try {
    // A schema from elsewhere must never run code here: no triggers/views of unknown origin
    // get to call functions with side effects.
    db.pragma('trusted_schema = OFF');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError('corrupt', `database ${file} is damaged (${String(check)})`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Migrations check the file is ours before anything is written to it; the schema must be
    // exactly ours, or a trigger planted in a file from elsewhere would run on our writes.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version <= SCHEMA_VERSION && db.pragma('application_id', { simple: true }) === APPLICATION_ID) {
      const problem = schemaProblem(db, version);
      if (problem) throw new StoreError('hostile', `${file} ${problem}: not opened`);
    }
    migrate(db);
    if (!projectionCurrent(db)) {
      // Records projected by an earlier version: derive them again from the log.
      db.transaction(() => {
        rebuildAllRecords(db);
        markProjectionCurrent(db);
      })();
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (e) {
    db.close();
    if (e instanceof SchemaError || e instanceof StoreError) throw e;
    const msg = (e as Error).message;
    if (/not a database|malformed|file is encrypted/i.test(msg)) {
      throw new StoreError('corrupt', `${file} is not a Yosan database or is damaged: ${msg}`);
    }
    throw e;
  }
}
