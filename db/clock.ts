// This database's clock: a node id of its own and the latest clock it has seen.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { nextHlc } from '../shared/hlc';

export function nodeId(db: Database.Database): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'node_id'").get() as { value: string } | undefined;
  if (row) return row.value;
  const id = randomBytes(8).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('node_id', ?)").run(id);
  return id;
}

/** A clock later than every event this file holds (its own and merged ones). */
export function tick(db: Database.Database, now = Date.now()): string {
  const latest = db.prepare('SELECT max(hlc) AS h FROM events').get() as { h: string | null };
  return nextHlc(latest.h, now, nodeId(db));
}
