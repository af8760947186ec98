// Writes a consistent snapshot of the open database to a review file, also while edits go on
// (VACUUM INTO reads one transaction's view), then moves it into place atomically.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/api';

export function exportReviewFile(db: Database.Database, out: string): { path: string; bytes: number } {
  const target = path.resolve(out);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  fs.rmSync(tmp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    // A single self-contained file: no -wal/-shm needed beside it.
    const snap = new Database(tmp);
    snap.pragma('journal_mode = DELETE');
    snap.close();
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new ApiError('export_failed', `cannot write ${target}: ${(e as Error).message}`);
  }
  return { path: target, bytes: fs.statSync(target).size };
}
