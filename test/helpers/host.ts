import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO } from './tmp';

export interface RunningHost {
  url: string; // with #token=…
  origin: string;
  token: string;
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts the browser host as a real process on a temporary database and waits for its URL. */
export function startHost(home: string, env: Record<string, string> = {}): Promise<RunningHost> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/web.ts'], {
    cwd: REPO,
    env: { ...process.env, YOSAN_HOME: home, YOSAN_DB: path.join(home, 'workbench.yosan'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 30_000);
    proc.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${out}`)));
    proc.stdout!.on('data', () => {
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], origin: m[1], token: m[2], proc, output: () => out, stop });
      }
    });
  });
}

/**
 * fetch() to the host, sent again once when it went out on a kept-alive connection the host had
 * already closed: a test that ran the CLI with spawnSync blocked the event loop past the idle
 * timeout, so the client had not yet seen the close (browsers retry such a request themselves).
 */
export async function hostFetch(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if ((e as { cause?: { code?: string } }).cause?.code !== 'UND_ERR_SOCKET') throw e;
    return fetch(url, init);
  }
}

/** Calls the API as the renderer does. */
export async function callApi(host: RunningHost, method: string, args: unknown = {}, headers: Record<string, string> = {}) {
  const res = await hostFetch(`${host.origin}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Yosan-Token': host.token, ...headers },
    body: JSON.stringify({ method, args }),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: any; error?: { code: string; message: string } } };
}

export async function waitForSeeding(host: RunningHost): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const { body } = await callApi(host, 'getTask');
    if (body.ok && !body.result.running) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('seeding did not finish');
}
