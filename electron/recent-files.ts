// The databases a user opened, most recent first, kept in the app-data folder: the next start
// reopens the last one (approvals are never "lost" behind the default database), and the File
// menu lists them. A copy the app made of a file it could not write names the user's file.
import fs from 'node:fs';
import path from 'node:path';

export interface RecentFile {
  /** The database the app works on. */
  path: string;
  /** What the user calls it: the file they opened (a copy keeps their file's name). */
  name: string;
  /** When the app works on its own copy: the user's file name (that file itself is unchanged). */
  copyOf: string | null;
}

const MAX = 8;
const fileOf = (home: string) => path.join(home, 'recent.json');

export function readRecent(home: string): RecentFile[] {
  try {
    const v = JSON.parse(fs.readFileSync(fileOf(home), 'utf8')) as unknown;
    if (!Array.isArray(v)) return [];
    return v
      .filter((r): r is RecentFile => !!r && typeof r.path === 'string' && typeof r.name === 'string')
      .map((r) => ({ path: r.path, name: r.name, copyOf: typeof r.copyOf === 'string' ? r.copyOf : null }))
      .slice(0, MAX);
  } catch {
    return [];
  }
}

export function rememberOpened(home: string, entry: RecentFile): void {
  const list = [entry, ...readRecent(home).filter((r) => r.path !== entry.path)].slice(0, MAX);
  fs.mkdirSync(home, { recursive: true });
  const tmp = `${fileOf(home)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(list, null, 2) + '\n');
  fs.renameSync(tmp, fileOf(home)); // atomic: a crash leaves the old list or the new one
}

/** The last database opened, when it still exists. */
export function lastOpened(home: string): RecentFile | null {
  const last = readRecent(home)[0];
  return last && fs.existsSync(last.path) ? last : null;
}
