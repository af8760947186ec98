// A private copy of a file from elsewhere, made without trusting anything about it: only a
// regular file (or a link to one) is read, through a descriptor opened read-only and
// non-blocking, up to a size limit; a -wal or -journal beside it is copied too and folded into
// the copy, so every check sees what SQLite would show when the file itself is opened.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIMITS } from '../shared/limits';
import { connect } from './connection';
import { RefusedFile } from './refused';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const SIDECARS = ['-wal', '-journal'] as const;

export interface PrivateCopy {
  path: string;
  dispose: () => void;
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Opens `file` for reading if it is a regular file within the size limit; returns the descriptor and size. */
function openRegular(file: string, name: string): { fd: number; size: number } | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new RefusedFile(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (st.isSymbolicLink()) {
    try {
      st = fs.statSync(file);
    } catch {
      throw new RefusedFile(`${name} is a link to nothing readable: refused`);
    }
    if (!st.isFile()) throw new RefusedFile(`${name} is a link to ${kindOf(st)}, not a review file: refused`);
  } else if (!st.isFile()) throw new RefusedFile(`${name} is ${kindOf(st)}, not a review file: refused`);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new RefusedFile(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const fst = fs.fstatSync(fd); // what was opened, whatever the name points at now
  if (!fst.isFile()) {
    fs.closeSync(fd);
    throw new RefusedFile(`${name} is ${kindOf(fst)}, not a review file: refused`);
  }
  if (fst.size > LIMITS.fileBytes) {
    fs.closeSync(fd);
    throw new RefusedFile(`${name} is larger than ${LIMITS.fileBytes / 1024 ** 3} GB: refused`);
  }
  return { fd, size: fst.size };
}

/**
 * Reads up to `max` bytes of a file from elsewhere (a manifest, an exported data file, a key),
 * refusing special files as review files are refused, and files larger than `max` unless `head`.
 */
export function readRegular(file: string, name: string, max: number, head = false): Buffer {
  const f = openRegular(file, name);
  if (!f) throw new RefusedFile(`cannot read ${name}: it does not exist`);
  try {
    if (f.size > max && !head) throw new RefusedFile(`${name} is larger than ${Math.round(max / 1024 / 1024)} MB: refused`);
    const buf = Buffer.alloc(Math.min(f.size, max));
    const n = fs.readSync(f.fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(f.fd);
  }
}

/** Copies at most `size` bytes from a descriptor to a new file. */
function copyFrom(fd: number, size: number, target: string): void {
  const out = fs.openSync(target, 'wx', 0o600);
  try {
    const buf = Buffer.alloc(1024 * 1024);
    for (let pos = 0; pos < size; ) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n === 0) break;
      fs.writeSync(out, buf, 0, n);
      pos += n;
    }
  } finally {
    fs.closeSync(out);
  }
}

/** The file and its sidecars copied into a private folder, the sidecars folded in: a rollback-journal database. */
export function privateCopy(file: string, name: string): PrivateCopy {
  const main = openRegular(file, name);
  if (!main) throw new RefusedFile(`cannot read ${name}: it does not exist`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosan-incoming-'));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  const copy = path.join(dir, 'incoming.yosan');
  try {
    try {
      if (main.size === 0) throw new RefusedFile(`${name} is empty (not a Yosan review file)`);
      const header = Buffer.alloc(100);
      const n = fs.readSync(main.fd, header, 0, 100, 0);
      if (n < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
        throw new RefusedFile(`${name} is not a Yosan review file (not an SQLite database)`);
      }
      copyFrom(main.fd, main.size, copy);
    } finally {
      fs.closeSync(main.fd);
    }
    let sidecar = false;
    for (const x of SIDECARS) {
      const side = openRegular(file + x, `${name}${x}`);
      if (!side) continue;
      try {
        copyFrom(side.fd, side.size, copy + x);
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
    return { path: copy, dispose };
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
    throw new RefusedFile(`${name} is damaged or not a database: ${(e as Error).message}`);
  }
  for (const x of [...SIDECARS, '-shm']) fs.rmSync(copy + x, { force: true });
}
