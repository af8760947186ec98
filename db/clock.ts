// This process's clock: a node id of its own (not stored in the file, so two copies of one
// file never share a node) and a clock later than every event the database holds.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { nextHlc } from '../shared/hlc';
import { LIMITS } from '../shared/limits';

const NODE = randomBytes(8).toString('hex');

/** The latest clock comes from the index on `hlc` (schema 5): one lookup at any size of log. */
export function tick(db: Database.Database, now = Date.now()): string {
  const latest = db.prepare('SELECT max(hlc) AS h FROM events').get() as { h: string | null };
  return nextHlc(latest.h, now, NODE, LIMITS.clockSkewMs);
}
