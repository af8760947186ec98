// Numbered schema migrations. The file's `user_version` is the number of migrations applied;
// `application_id` marks the file as ours. A file from a newer version is refused, never
// migrated down (a newer app may have written data this one would misread).
//
// Each migration is frozen: its SQL (and any code it runs) is what it was at its version and
// never calls today's code, so an old file is upgraded the same way by every later version
// (test/unit/migrations-upgrade.test.ts opens a file of every earlier version). Derived data is
// not a migration's job: the record projection is re-derived from the log by the projection
// version in `meta` (db/projection.ts) after the migrations ran. Append a new migration at the
// end; never edit one that shipped.
import type Database from 'better-sqlite3';

/** 'YSNW' — tells our files apart from any other application's SQLite file. */
export const APPLICATION_ID = 0x5953_4e57;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work that needs code, run inside the same transaction after `sql`. */
  after?: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents and the append-only event log',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,            -- sha256 of the text (UTF-8): one document everywhere
        title TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,         -- local arrival order only; ids identify events
        id TEXT NOT NULL UNIQUE,         -- sha256 of the event's canonical content
        hlc TEXT NOT NULL,
        actor TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        record_id TEXT,
        type TEXT NOT NULL,
        field TEXT,
        value TEXT,                      -- JSON
        parents TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX events_record ON events(record_id, hlc);
      CREATE INDEX events_document ON events(document_id);
      CREATE INDEX events_actor ON events(actor, hlc);
      CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER documents_text_immutable BEFORE UPDATE OF text, id ON documents
        BEGIN SELECT RAISE(ABORT, 'document text is never edited'); END;
    `,
  },
  {
    version: 2,
    name: 'record projection for the grid',
    sql: `
      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        status TEXT NOT NULL,
        stage TEXT NOT NULL,
        fy INTEGER,
        confidence REAL NOT NULL,
        data TEXT NOT NULL,              -- the projected record as JSON
        updated_at TEXT NOT NULL,
        last_actor TEXT
      ) STRICT;
      CREATE INDEX records_document ON records(document_id, start);
      CREATE INDEX records_status ON records(document_id, status);
      DELETE FROM meta WHERE key = 'projection';
    `,
    // Left empty: the file has no projection version in `meta` yet, so the store projects
    // every record from the log when it opens the file (with the projection of its day).
  },
  {
    version: 3,
    name: 'sign-offs',
    sql: `
      CREATE TABLE signoffs (
        id TEXT PRIMARY KEY,             -- sha256 of payload
        document_id TEXT NOT NULL REFERENCES documents(id),
        payload TEXT NOT NULL,           -- canonical JSON: scope, content hashes, signer, time, note
        signature TEXT NOT NULL          -- Ed25519 over payload, base64
      ) STRICT;
      CREATE INDEX signoffs_document ON signoffs(document_id);
      CREATE TRIGGER signoffs_append_only_update BEFORE UPDATE ON signoffs
        BEGIN SELECT RAISE(ABORT, 'sign-offs are never edited'); END;
    `,
  },
  {
    version: 4,
    name: 'the PDF a document was read from',
    sql: `
      CREATE TABLE document_pdfs (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        sha256 TEXT NOT NULL,            -- of the PDF's bytes
        pdf BLOB NOT NULL,
        page_map TEXT NOT NULL           -- JSON (shared/pdf/pagemap.ts): where each run of the text sits
      ) STRICT;
      CREATE TRIGGER document_pdfs_immutable BEFORE UPDATE ON document_pdfs
        BEGIN SELECT RAISE(ABORT, 'a document''s PDF is never edited'); END;
    `,
  },
  {
    version: 5,
    name: 'writes that cost the same at any size: the clock by index, progress kept by triggers',
    // No OR IGNORE in the triggers: the statement that fires them (an upsert) would override it.
    sql: `
      CREATE INDEX events_hlc ON events(hlc);
      -- The document list reads this index alone: in the table, the columns after the text are
      -- reached only through the text's overflow pages (the whole corpus).
      CREATE INDEX documents_list ON documents(file_name, id, title, bytes, encoding, imported_at, imported_by);
      CREATE TABLE document_progress (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        records INTEGER NOT NULL,        -- records of the document
        reviewed INTEGER NOT NULL        -- of those, approved or rejected
      ) STRICT;
      INSERT INTO document_progress (document_id, records, reviewed)
        SELECT document_id, count(*), count(CASE WHEN status != 'pending' THEN 1 END) FROM records GROUP BY document_id;
      CREATE TRIGGER records_progress_insert AFTER INSERT ON records BEGIN
        INSERT INTO document_progress (document_id, records, reviewed) SELECT NEW.document_id, 0, 0
          WHERE NOT EXISTS (SELECT 1 FROM document_progress WHERE document_id = NEW.document_id);
        UPDATE document_progress SET records = records + 1, reviewed = reviewed + (NEW.status != 'pending')
          WHERE document_id = NEW.document_id;
      END;
      CREATE TRIGGER records_progress_update AFTER UPDATE OF status, document_id ON records BEGIN
        UPDATE document_progress SET records = records - 1, reviewed = reviewed - (OLD.status != 'pending')
          WHERE document_id = OLD.document_id;
        INSERT INTO document_progress (document_id, records, reviewed) SELECT NEW.document_id, 0, 0
          WHERE NOT EXISTS (SELECT 1 FROM document_progress WHERE document_id = NEW.document_id);
        UPDATE document_progress SET records = records + 1, reviewed = reviewed + (NEW.status != 'pending')
          WHERE document_id = NEW.document_id;
      END;
      CREATE TRIGGER records_progress_delete AFTER DELETE ON records BEGIN
        UPDATE document_progress SET records = records - 1, reviewed = reviewed - (OLD.status != 'pending')
          WHERE document_id = OLD.document_id;
      END;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaError extends Error {
  constructor(
    public readonly code: 'not_yosan' | 'future_schema',
    message: string,
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}

/** Checks the file is ours (or empty) and applies what is missing, each step in one transaction. */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || tables.n > 0)) {
    throw new SchemaError('not_yosan', 'not a Yosan Workbench database (another application’s file)');
  }
  if (version > migrations.length) {
    throw new SchemaError(
      'future_schema',
      `this database has schema version ${version}, newer than this app’s ${migrations.length}: update Yosan Workbench to open it`,
    );
  }
  for (const m of migrations.slice(version)) {
    db.transaction(() => {
      db.exec(m.sql);
      m.after?.(db);
      db.pragma(`user_version = ${m.version}`);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
  return migrations.length;
}
