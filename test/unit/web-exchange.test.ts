// Exchange through the browser host, as the page does it: upload a colleague's file, preview,
// merge, resolve the conflict, export and download; open a file; refuse a hostile one.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { callApi, startHost, waitForSeeding, type RunningHost } from '../helpers/host';
import { tmpDir } from '../helpers/tmp';

const dir = tmpDir();
let host: RunningHost;
const colleague = path.join(dir, 'colleague.yosan');
let recordId = '';

async function upload(file: string, name = path.basename(file)) {
  const res = await fetch(`${host.origin}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'X-Yosan-Token': host.token, 'Content-Type': 'application/octet-stream' },
    body: fs.readFileSync(file),
  });
  return (await res.json()) as { ok: boolean; result: { handle: string; name: string } };
}

beforeAll(async () => {
  host = await startHost(path.join(dir, 'home'));
  await waitForSeeding(host);
  await callApi(host, 'setProfile', { name: '花子' });
  // A colleague imported one of the same documents and corrected an amount.
  expect(yosan(['import', '--db', colleague, 'seeds/004_8439e93dcf65bf03.txt']).code).toBe(0);
  const rec = JSON.parse(yosan(['records', '--db', colleague]).stdout.split('\n')[0]);
  recordId = rec.id;
  expect(yosan(['review', '--db', colleague, '--as', '太郎', 'set', recordId, 'yen', '5,001億円']).code).toBe(0);
});
afterAll(() => host?.stop());

describe('exchange in the browser host', () => {
  it('previews, merges and shows a concurrent edit as a conflict to resolve', async () => {
    // Meanwhile 花子 set the same field differently.
    expect((await callApi(host, 'setField', { recordId, field: 'yen', input: '5,002億円' })).body.ok).toBe(true);
    const { result: picked } = await upload(colleague);
    const preview = await callApi(host, 'mergePreview', { handle: picked.handle });
    expect(preview.body.result).toEqual({ documents: 0, events: 1, records: 1, conflicts: 1, signoffs: 0 });
    const docs = await callApi(host, 'listDocuments');
    const doc = docs.body.result.find((d: { fileName: string }) => d.fileName === '004_8439e93dcf65bf03.txt');
    const before = (await callApi(host, 'listRecords', { documentId: doc.id })).body.result.find((r: { id: string }) => r.id === recordId);
    expect(before.conflicts).toEqual([]); // a preview changes nothing

    expect((await callApi(host, 'mergeApply', { handle: picked.handle })).body.result).toEqual(preview.body.result);
    const merged = (await callApi(host, 'listRecords', { documentId: doc.id })).body.result.find((r: { id: string }) => r.id === recordId);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0].sides.map((s: { actor: string; value: number }) => [s.actor, s.value]).sort()).toEqual([
      ['太郎', 500_100_000_000],
      ['花子', 500_200_000_000],
    ]);
    const taro = merged.conflicts[0].sides.find((s: { actor: string }) => s.actor === '太郎');
    const resolved = await callApi(host, 'resolveConflict', { recordId, field: 'yen', eventId: taro.eventId });
    expect(resolved.body.result).toMatchObject({ yen: 500_100_000_000, conflicts: [] });
    // Merging the same file again changes nothing.
    expect((await callApi(host, 'mergeApply', { handle: picked.handle })).body.result).toEqual({ documents: 0, events: 0, records: 0, conflicts: 0, signoffs: 0 });
  });

  it('exports a snapshot as a one-time download that the colleague can merge back', async () => {
    const exported = await callApi(host, 'exportReviewFile');
    expect(exported.body.ok).toBe(true);
    expect(exported.body.result.files).toHaveLength(1);
    const url = `${host.origin}/api/download/${exported.body.result.files[0].download}`;
    expect((await fetch(url)).status).toBe(401); // the token is needed
    const res = await fetch(url, { headers: { 'X-Yosan-Token': host.token } });
    expect(res.status).toBe(200);
    const file = path.join(dir, 'from-host.yosan');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    expect((await fetch(url, { headers: { 'X-Yosan-Token': host.token } })).status).toBe(404);
    const back = yosan(['merge', '--db', colleague, file]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ documents: 4 });
    const rec = yosan(['records', '--db', colleague]).stdout.split('\n').map((l) => l && JSON.parse(l)).find((r) => r && r.id === recordId);
    expect(rec).toMatchObject({ yen: 500_100_000_000, conflicts: [] });
  });

  it('refuses a file that is not a review file, and keeps working', async () => {
    const bogus = path.join(dir, 'bogus.yosan');
    fs.writeFileSync(bogus, 'not a database at all');
    const { result } = await upload(bogus);
    const r = await callApi(host, 'mergeApply', { handle: result.handle });
    expect(r.body.error).toMatchObject({ code: 'refused_file' });
    expect(r.body.error!.message).toMatch(/not a Yosan review file/);
    expect((await callApi(host, 'listDocuments')).body.result).toHaveLength(5);
  });

  it('opens another review file and switches to it', async () => {
    const { result } = await upload(colleague, 'team.yosan');
    const info = await callApi(host, 'openReviewFile', { handle: result.handle });
    expect(info.body.result.dbPath).toMatch(/opened[/\\]team\.yosan$/);
    expect((await callApi(host, 'listDocuments')).body.result).toHaveLength(5);
    const bad = path.join(dir, 'bad.yosan');
    fs.writeFileSync(bad, 'SQLite format 3\0' + 'x'.repeat(200));
    const refused = await callApi(host, 'openReviewFile', { handle: (await upload(bad)).result.handle });
    expect(refused.body.ok).toBe(false);
    // The reason names the user's file, never the upload's temporary name.
    expect(refused.body.error).toMatchObject({ code: 'refused_file', message: expect.stringMatching(/^bad\.yosan is damaged/) });
    expect(refused.body.error?.message).not.toMatch(/\.upload|yosan-web-/);
    const empty = path.join(dir, 'empty.yosan');
    fs.writeFileSync(empty, '');
    const emptyRefused = await callApi(host, 'openReviewFile', { handle: (await upload(empty)).result.handle });
    expect(emptyRefused.body.error).toMatchObject({ code: 'refused_file', message: 'empty.yosan is empty (not a Yosan review file)' });
    expect((await callApi(host, 'getInfo')).body.result.dbPath).toBe(info.body.result.dbPath); // still open
  });

  it("shows a supervisor's key file before trusting it, and refuses a file that is not a key", async () => {
    const keyFile = path.join(dir, 'boss.yosankey');
    expect(yosan(['keys', 'export', '--out', keyFile], { YOSAN_HOME: path.join(dir, 'boss'), YOSAN_DB: path.join(dir, 'boss.yosan') }).code).toBe(0);
    const boss = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
    const { result } = await upload(keyFile);
    const preview = await callApi(host, 'keyPreview', { handle: result.handle });
    expect(preview.body.result.fingerprint).toBe(boss.fingerprint);
    expect((await callApi(host, 'listTrusted')).body.result.map((k: { fingerprint: string }) => k.fingerprint)).not.toContain(boss.fingerprint);
    await callApi(host, 'trustKey', { handle: result.handle });
    expect((await callApi(host, 'listTrusted')).body.result.map((k: { fingerprint: string }) => k.fingerprint)).toContain(boss.fingerprint);
    const notKey = await upload(colleague);
    expect((await callApi(host, 'keyPreview', { handle: notKey.result.handle })).body.error).toMatchObject({ code: 'bad_key' });
  });
});
