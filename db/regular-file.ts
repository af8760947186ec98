// Reading a file from elsewhere without trusting what it is: only a regular file (or a link to
// one) is opened, read-only and non-blocking, and checked again through its descriptor, so a
// pipe never blocks, a device is never read without end, a folder is named as one.
import fs from 'node:fs';
import { ApiError } from '../shared/api';
import { LIMITS } from '../shared/limits';
import { RefusedFile } from './refused';

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Opens `file` for reading if it is a regular file within the size limit; returns the descriptor and size. */
export function openRegular(file: string, name: string): { fd: number; size: number } | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new RefusedFile(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'unreadable', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  if (st.isSymbolicLink()) {
    try {
      st = fs.statSync(file);
    } catch {
      throw new RefusedFile(`${name} is a link to nothing readable: refused`, 'unreadable', { detail: 'link' });
    }
    if (!st.isFile()) throw new RefusedFile(`${name} is a link to ${kindOf(st)}, not a review file: refused`, 'special_file', { kind: kindOf(st) });
  } else if (!st.isFile()) throw new RefusedFile(`${name} is ${kindOf(st)}, not a review file: refused`, 'special_file', { kind: kindOf(st) });
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new RefusedFile(`cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'unreadable', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  const fst = fs.fstatSync(fd); // what was opened, whatever the name points at now
  if (!fst.isFile()) {
    fs.closeSync(fd);
    throw new RefusedFile(`${name} is ${kindOf(fst)}, not a review file: refused`, 'special_file', { kind: kindOf(fst) });
  }
  if (fst.size > LIMITS.fileBytes) {
    fs.closeSync(fd);
    throw new RefusedFile(`${name} is larger than ${LIMITS.fileBytes / 1024 ** 3} GB: refused`, 'too_big', { limit: `${LIMITS.fileBytes / 1024 ** 3} GB` });
  }
  return { fd, size: fst.size };
}

/**
 * Reads up to `max` bytes of a file from elsewhere (a manifest, an exported data file, a key),
 * refusing special files as review files are refused, and files larger than `max` unless `head`.
 */
export function readRegular(file: string, name: string, max: number, head = false): Buffer {
  const f = openRegular(file, name);
  if (!f) throw new RefusedFile(`cannot read ${name}: it does not exist`, 'missing');
  try {
    if (f.size > max && !head) throw new ApiError('too_large', `${name} is larger than ${Math.round(max / 1024 / 1024)} MB: refused`, { file: name, limit: `${Math.round(max / 1024 / 1024)} MB` });
    const buf = Buffer.alloc(Math.min(f.size, max));
    const n = fs.readSync(f.fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(f.fd);
  }
}
