// Opens the workbench for a host: the database file (created on first start), the service,
// and the first-start import of the sample documents (run in the background, with progress).
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../shared/api';
import { seedFiles } from '../db/seeds';
import { Workbench } from '../db/service';
import { openStore } from '../db/store';
import { defaultDbPath, osLocale, seedsDir, userName } from './paths';

export const APP_VERSION = '0.1.0';

export interface BootOptions {
  host: AppInfo['host'];
  dbPath?: string;
  nativeBinding?: string;
  /** Import the sample documents into a new database (false for the CLI's explicit commands). */
  seed?: boolean;
}

export function openWorkbench(opts: BootOptions): { workbench: Workbench; seeding: Promise<void>; dbPath: string } {
  const dbPath = opts.dbPath ?? defaultDbPath();
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const db = openStore(dbPath, { nativeBinding: opts.nativeBinding });
  const workbench = new Workbench(db, {
    host: opts.host,
    version: APP_VERSION,
    dbPath,
    osLocale: osLocale(),
    actor: userName(),
  });
  const seeding =
    opts.seed !== false && workbench.needsSeeding() ? workbench.seed(seedFiles(seedsDir())) : Promise.resolve();
  seeding.catch(() => {}); // reported through getTask; the host keeps serving
  return { workbench, seeding, dbPath };
}
