// Opens the workbench for a host: the database file (created on first start), the service,
// and the first-start import of the sample documents (run in the background, with progress).
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../shared/api';
import { seedFiles } from '../db/seeds';
import { Workbench, type ProfileStore } from '../db/service';
import { openStore } from '../db/store';
import { checkedForOpen } from '../db/exchange-file';
import { appHome, defaultDbPath, osLocale, seedsDir } from './paths';
import { Identity } from './identity';
import { lastOpened, rememberOpened } from './recent-files';

export const APP_VERSION = '0.1.0';

export interface BootOptions {
  host: AppInfo['host'];
  dbPath?: string;
  nativeBinding?: string;
  /** Import the sample documents into a new database (false for the CLI's explicit commands). */
  seed?: boolean;
  profile?: ProfileStore;
  /**
   * The database is a file from elsewhere (File ▸ Open, a double-clicked file): it is checked
   * in full first, and a read-only one is opened as a checked copy in the app-data folder.
   */
  fromElsewhere?: { name: string; copy?: boolean; copyOf?: string | null };
}

/** The profile of the user's app-data folder. */
export const homeProfile = (): ProfileStore => fileProfile(path.join(appHome(), 'profile.json'));

/** The reviewer's name, in the user's app-data folder (not in the exchanged database). */
export function fileProfile(file: string): ProfileStore {
  return {
    get() {
      try {
        const v = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown };
        return typeof v.name === 'string' && v.name ? v.name : null;
      } catch {
        return null;
      }
    },
    set(name) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ name }, null, 2));
      fs.renameSync(tmp, file); // atomic: a crash leaves the old profile or the new one
    },
  };
}

export function openWorkbench(opts: BootOptions): { workbench: Workbench; seeding: Promise<void>; dbPath: string } {
  // A window host started without a named database reopens the one the user worked on last.
  const last = !opts.dbPath && !process.env.YOSAN_DB && opts.host !== 'cli' ? lastOpened(appHome()) : null;
  const dbPath = opts.fromElsewhere && opts.dbPath
    ? checkedForOpen(opts.dbPath, opts.fromElsewhere.name, path.join(appHome(), 'opened'), opts.fromElsewhere.copy)
    : (opts.dbPath ?? last?.path ?? defaultDbPath());
  // A copy made now names the user's file; a recent file that is a copy says so again.
  const copyOf = opts.fromElsewhere && opts.dbPath && dbPath !== path.resolve(opts.dbPath) ? opts.fromElsewhere.name : (opts.fromElsewhere?.copyOf ?? last?.copyOf ?? null);
  const fileName = opts.fromElsewhere?.name ?? last?.name ?? path.basename(dbPath);
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = openStore(dbPath, { nativeBinding: opts.nativeBinding });
  const profile = opts.profile ?? homeProfile();
  const workbench = new Workbench(db, {
    host: opts.host,
    version: APP_VERSION,
    dbPath,
    fileName,
    copyOf,
    osLocale: osLocale(),
    profile,
    identity: new Identity(appHome(), () => profile.get()),
    // a window's host counts candidates and checks in the background (electron/db-worker.ts)
    countsInBackground: opts.host !== 'cli',
  });
  const seeding =
    opts.seed !== false && workbench.needsSeeding() ? workbench.seed(seedFiles(seedsDir())) : Promise.resolve();
  seeding.catch(() => {}); // pushed as the task's error (with its code); the host keeps serving
  if (opts.host !== 'cli') rememberOpened(appHome(), { path: path.resolve(dbPath), name: fileName, copyOf });
  return { workbench, seeding, dbPath };
}
