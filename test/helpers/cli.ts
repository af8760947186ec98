import { spawnSync } from 'node:child_process';
import { REPO } from './tmp';

/** Runs the CLI as users do (a separate process), returning its exit code and output. */
export function yosan(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
