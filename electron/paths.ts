// Where the app keeps its files. YOSAN_HOME overrides the app-data folder (keys, trust list,
// default database) for the app, the browser host and the CLI alike; YOSAN_DB the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Yosan Workbench';

export function appHome(env = process.env): string {
  if (env.YOSAN_HOME) return path.resolve(env.YOSAN_HOME);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export function defaultDbPath(env = process.env): string {
  return env.YOSAN_DB ? path.resolve(env.YOSAN_DB) : path.join(appHome(env), 'workbench.yosan');
}

/** The sample documents: beside the app when packaged, in the repository when run from source. */
export function seedsDir(env = process.env): string {
  if (env.YOSAN_SEEDS) return path.resolve(env.YOSAN_SEEDS);
  const candidates = [
    (process as { resourcesPath?: string }).resourcesPath && path.join((process as { resourcesPath?: string }).resourcesPath!, 'seeds'),
    path.resolve(import.meta.dirname, '..', 'seeds'),
    path.resolve(import.meta.dirname, '..', '..', 'seeds'),
  ].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[candidates.length - 1];
}

/** The renderer build served by the hosts. */
export function rendererDir(): string {
  const candidates = [
    path.resolve(import.meta.dirname, '..', 'dist', 'renderer'),
    path.resolve(import.meta.dirname, '..', 'renderer'),
  ];
  return candidates.find((p) => fs.existsSync(path.join(p, 'index.html'))) ?? candidates[0];
}

export function osLocale(env = process.env): string {
  const fromEnv = env.YOSAN_LOCALE ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
  if (fromEnv && fromEnv !== 'C' && fromEnv !== 'POSIX') return fromEnv.split(/[._@]/)[0].replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale || 'en';
}
