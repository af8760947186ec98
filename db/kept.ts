// What is worked out from a document's records is kept between calls until the document
// changes: each result is kept with the document's latest event (the log only grows, so a new
// event is a new sequence number) and SQLite's data_version (which moves when another
// connection, another process, commits). Nothing is kept inside a transaction, which could
// still roll back. So a write costs the same however many other documents the file holds.
import type Database from 'better-sqlite3';

/** The version of each document now (read once per document per call). */
export function documentVersions(db: Database.Database): (documentId: string) => string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const latest = db.prepare('SELECT seq FROM events WHERE document_id = ? ORDER BY seq DESC LIMIT 1').pluck(); // the index's last entry
  const versions = new Map<string, string>();
  return (doc) => {
    let v = versions.get(doc);
    if (v === undefined) versions.set(doc, (v = `${String(latest.get(doc))}:${dataVersion}`));
    return v;
  };
}

/** Results kept per database and key (a document, a sign-off), each with the version it was worked out at. */
export class Kept<T> {
  private readonly byDb = new WeakMap<Database.Database, Map<string, { version: string; value: T }>>();

  /** The kept result at this version, or undefined (nothing is worked out). */
  peek(db: Database.Database, key: string, version: string): T | undefined {
    const hit = this.byDb.get(db)?.get(key);
    return hit && hit.version === version ? hit.value : undefined;
  }

  get(db: Database.Database, key: string, version: string, compute: () => T): T {
    let m = this.byDb.get(db);
    if (!m) this.byDb.set(db, (m = new Map()));
    const hit = m.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = compute();
    if (!db.inTransaction) m.set(key, { version, value });
    return value;
  }
}
