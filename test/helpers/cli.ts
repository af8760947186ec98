import { spawnSync } from 'node:child_process';
import { REPO } from './tmp';

/** Runs the CLI as users do (a separate process, the compiled bundle), returning its exit code and output. */
export function yosan(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, ['scripts/yosan.mjs', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
