// Importing several documents through the browser host, as the page does it: each file uploaded
// for a handle, then one importFiles call; refusals come back per file with their codes.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, hostFetch, startHost, waitForSeeding, type RunningHost } from '../helpers/host';
import { tmpDir } from '../helpers/tmp';

const dir = tmpDir();
let host: RunningHost;

async function upload(name: string, body: Uint8Array<ArrayBuffer>): Promise<string> {
  const res = await hostFetch(`${host.origin}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'X-Yosan-Token': host.token, 'Content-Type': 'application/octet-stream' },
    body,
  });
  const wire = (await res.json()) as { ok: boolean; result: { handle: string } };
  expect(wire.ok).toBe(true);
  return wire.result.handle;
}

// Invented documents.
const doc = (i: number) => Buffer.from(`第${i}号 観測機器整備費の概要\n令和7年度予算額 ${40 + i}億円（前年度 ${30 + i}億円）\n`, 'utf8');

beforeAll(async () => {
  host = await startHost(path.join(dir, 'home'));
  await waitForSeeding(host);
}, 60_000);
afterAll(() => host?.stop());

describe('importing several documents through the browser host', () => {
  it('imports the uploads in one call and names each refused file with its code', async () => {
    const handles = [
      await upload('観測-1.txt', doc(1)),
      await upload('broken.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      await upload('観測-2.txt', doc(2)),
      await upload('again.txt', doc(1)),
    ];
    const { status, body } = await callApi(host, 'importFiles', { handles });
    expect(status).toBe(200);
    expect(body.result.cancelled).toBe(false);
    expect(body.result.imported.map((d: { fileName: string }) => d.fileName)).toEqual(['観測-1.txt', '観測-2.txt']);
    expect(body.result.refused.map((r: { file: string; code: string }) => [r.file, r.code])).toEqual([
      ['broken.txt', 'binary'],
      ['again.txt', 'duplicate'],
    ]);
    expect(body.result.refused[1].params).toMatchObject({ file: 'again.txt', existing: '観測-1.txt' });
    const docs = (await callApi(host, 'listDocuments')).body.result as { fileName: string; records: number }[];
    expect(docs.filter((d) => d.fileName.startsWith('観測-')).map((d) => d.records)).toEqual([1, 1]);
    // the task is over: nothing to cancel
    expect((await callApi(host, 'cancelTask')).body.result).toEqual({ cancelling: false });
    expect((await callApi(host, 'getTask')).body.result.running).toBe(false);
  });

  it('refuses a handle it did not give, and a list that is not one, changing nothing', async () => {
    const before = (await callApi(host, 'listDocuments')).body.result.length;
    const unknown = await callApi(host, 'importFiles', { handles: ['A'.repeat(24)] });
    expect(unknown.body.error?.code).toBe('not_found');
    const bad = await callApi(host, 'importFiles', { handles: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('bad_argument');
    expect((await callApi(host, 'listDocuments')).body.result.length).toBe(before);
  });

  it('has no dialog: the page uploads the files instead', async () => {
    expect((await callApi(host, 'pickFiles', { folder: true })).body.result).toBeNull();
  });
});
