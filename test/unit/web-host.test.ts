import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startHost, waitForSeeding, type RunningHost } from '../helpers/host';
import { tmpDir } from '../helpers/tmp';

let host: RunningHost;
beforeAll(async () => {
  host = await startHost(tmpDir());
  await waitForSeeding(host);
});
afterAll(() => host?.stop());

/** A raw request, to send headers fetch() would not let us forge. */
function raw(path: string, headers: Record<string, string>, method = 'GET', body = '') {
  const { port } = new URL(host.origin);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (d) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('browser host', () => {
  it('imports the five sample documents on first start', async () => {
    const { body } = await callApi(host, 'listDocuments');
    expect(body.ok).toBe(true);
    expect(body.result.map((d: { fileName: string }) => d.fileName)).toEqual([
      '000_3f8ad0e81d82774d.txt',
      '001_24b64a88380a38ac.txt',
      '002_486e34976f171ce8.txt',
      '003_57911e9c0807c863.txt',
      '004_8439e93dcf65bf03.txt',
    ]);
    expect(body.result.every((d: { records: number }) => d.records > 0)).toBe(true);
  });

  it('answers API calls only with the launch token', async () => {
    expect((await callApi(host, 'listDocuments', {}, { 'X-Yosan-Token': 'guess' })).status).toBe(401);
    expect((await callApi(host, 'listDocuments', {}, { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const r = await raw('/', { Host: 'attacker.example:80' });
    expect(r.status).toBe(421);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const { port } = new URL(host.origin);
    expect((await raw('/../package.json', { Host: `127.0.0.1:${port}` })).status).toBe(404);
    expect((await raw('/%2e%2e/%2e%2e/package.json', { Host: `127.0.0.1:${port}` })).status).toBe(404);
  });

  it('imports a document sent by the UI and refuses a binary one with a clear message', async () => {
    const doc = Buffer.from('令和7年度予算額\n・新しい研究事業 12億円(10億円)\n', 'utf8').toString('base64');
    const ok = await callApi(host, 'importDocument', { fileName: 'new.txt', dataBase64: doc });
    expect(ok.body.ok).toBe(true);
    expect(ok.body.result.records).toBe(1);
    const bad = await callApi(host, 'importDocument', {
      fileName: 'x.bin',
      dataBase64: Buffer.from([0, 1, 2, 3, 0, 0]).toString('base64'),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({ code: 'binary', message: 'x.bin: this is a binary file, not a text document', params: { file: 'x.bin' } });
  });
});
