// A private copy of a file from elsewhere, made without trusting anything about it: only a
// regular file (or a link to one) is read, through a descriptor opened read-only and
// non-blocking, up to a size limit; a -wal or -journal beside it is copied too and folded into
// the copy, so every check sees what SQLite would show when the file itself is opened.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from './connection';
import { RefusedFile } from './refused';
import { openRegular } from './regular-file';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SIDECARS = ['-wal', '-journal'] as const;

export interface PrivateCopy {
  path: string;
  /** SHA-256 of the bytes copied (the file, then each sidecar named): what was checked. */
  fingerprint: string;
  dispose: () => void;
}

/** Reads at most `size` bytes from a descriptor into the hash and, when given, a new file. */
function copyFrom(fd: number, size: number, target: string | null, hash: Hash): void {
  const out = target === null ? null : fs.openSync(target, 'wx', 0o600);
  try {
    const buf = Buffer.alloc(1024 * 1024);
    for (let pos = 0; pos < size; ) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      if (out !== null) fs.writeSync(out, buf, 0, n);
      pos += n;
    }
  } finally {
    if (out !== null) fs.closeSync(out);
  }
}

/**
 * The fingerprint privateCopy would give the file now, read the same way (regular files only,
 * sidecars included): a confirm compares it with the one its preview checked.
 */
export function fileFingerprint(file: string, name: string): string {
  const hash = createHash('sha256');
  const main = openRegular(file, name);
  if (!main) throw new RefusedFile(`cannot read ${name}: it does not exist`, 'missing');
  try {
    copyFrom(main.fd, main.size, null, hash);
  } finally {
    fs.closeSync(main.fd);
  }
  for (const x of SIDECARS) {
    const side = openRegular(file + x, `${name}${x}`);
    if (!side) continue;
    hash.update(`\0${x}\0`);
    try {
      copyFrom(side.fd, side.size, null, hash);
    } finally {
      fs.closeSync(side.fd);
    }
  }
  return hash.digest('hex');
}

/** The file and its sidecars copied into a private folder, the sidecars folded in: a rollback-journal database. */
export function privateCopy(file: string, name: string): PrivateCopy {
  const main = openRegular(file, name);
  if (!main) throw new RefusedFile(`cannot read ${name}: it does not exist`, 'missing');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-incoming-'));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  const copy = path.join(dir, 'incoming.yosan');
  const hash = createHash('sha256');
  try {
    try {
      if (main.size === 0) throw new RefusedFile(`${name} is empty (not a Yosan review file)`, 'empty');
      const header = Buffer.alloc(100);
      const n = fs.readSync(main.fd, header, 0, 100, 0);
      if (n < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
        throw new RefusedFile(`${name} is not a Yosan review file (not an SQLite database)`, 'not_sqlite');
      }
      copyFrom(main.fd, main.size, copy, hash);
    } finally {
      fs.closeSync(main.fd);
    }
    let sidecar = false;
    for (const x of SIDECARS) {
      const side = openRegular(file + x, `${name}${x}`);
      if (!side) continue;
      hash.update(`\0${x}\0`);
      try {
        copyFrom(side.fd, side.size, copy + x, hash);
      } finally {
        fs.closeSync(side.fd);
      }
      sidecar = true;
    }
    const header = Buffer.alloc(20);
    const fd = fs.openSync(copy, 'r');
    fs.readSync(fd, header, 0, 20, 0);
    fs.closeSync(fd);
    if (sidecar || header[18] !== 1 || header[19] !== 1) fold(copy, name);
    return { path: copy, fingerprint: hash.digest('hex'), dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

/** Applies a WAL (checkpoint) or rolls back a hot journal in the private copy, and leaves it a rollback-journal file. */
function fold(copy: string, name: string): void {
  try {
    const db = connect(copy, { fileMustExist: true });
    try {
      db.pragma('trusted_schema = OFF');
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch (e) {
    throw new RefusedFile(`${name} is damaged or not a database: ${(e as Error).message}`, 'damaged');
  }
  for (const x of [...SIDECARS, '-shm']) fs.rmSync(copy + x, { force: true });
}
