// What the browser host pushes (GET /api/events with the token, Server-Sent Events read by the
// renderer's own reader), and error codes across the worker boundary: the real host as a
// process, its real worker and SQLite file, the CLI as a second writer of the same file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEvent, ChangedDocument, TaskStatus } from '../../shared/api';
import { readEvents } from '../../renderer/api-client';
import { errorText } from '../../renderer/logic/errors';
import { yosan } from '../helpers/cli';
import { callApi, hostFetch, startHost, waitForSeeding, type RunningHost } from '../helpers/host';
import { REPO, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const DOC = '004_8439e93dcf65bf03.txt';
const WAIT = { timeout: 60_000, interval: 50 };

/** Opens the host's event stream and collects what it pushes until closed. */
async function listen(host: RunningHost) {
  const ac = new AbortController();
  const events: ApiEvent[] = [];
  const res = await hostFetch(`${host.origin}/api/events`, { headers: { 'X-Yosan-Token': host.token }, signal: ac.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  void readEvents(res.body!, (e) => events.push(e as ApiEvent)).catch(() => {});
  const tasks = () => events.filter((e): e is Extract<ApiEvent, { type: 'task' }> => e.type === 'task').map((e) => e.task);
  const changed = () => events.filter((e): e is Extract<ApiEvent, { type: 'changed' }> => e.type === 'changed').flatMap((e) => e.documents);
  return { events, tasks, changed, close: () => ac.abort() };
}

async function upload(host: RunningHost, file: string, name = path.basename(file)) {
  const res = await hostFetch(`${host.origin}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'X-Yosan-Token': host.token, 'Content-Type': 'application/octet-stream' },
    body: fs.readFileSync(file),
  });
  return ((await res.json()) as { result: { handle: string } }).result.handle;
}

describe('pushed updates from the browser host', () => {
  let host: RunningHost;
  const home = path.join(dir, 'home');
  const db = path.join(home, 'workbench.yosan');
  beforeAll(async () => {
    host = await startHost(home);
    await waitForSeeding(host);
  }, 120_000);
  afterAll(() => host?.stop());

  it('refuses the stream without the token', async () => {
    const res = await hostFetch(`${host.origin}/api/events`);
    expect(res.status).toBe(401);
  });

  it('a review made through the CLI on the same file is pushed, naming its document and record', async () => {
    const stream = await listen(host);
    try {
      await vi.waitFor(() => expect(stream.tasks()).toHaveLength(1), WAIT); // the task now, first
      const docs = (await callApi(host, 'listDocuments')).body.result as { id: string; fileName: string }[];
      const doc = docs.find((d) => d.fileName === DOC)!;
      const records = (await callApi(host, 'listRecords', { documentId: doc.id })).body.result as { id: string; status: string }[];
      const target = records.find((r) => r.status === 'pending')!;
      const r = yosan(['review', '--db', db, '--as', '次郎', 'approve', target.id], { YOSAN_HOME: home });
      expect(r.code, r.stderr).toBe(0);
      await vi.waitFor(() => expect(stream.changed()).toContainEqual<ChangedDocument>({ id: doc.id, records: [target.id] }), WAIT);
      // and what the push names is what the store now holds, row by row
      const rows = (await callApi(host, 'listRecords', { documentId: doc.id, ids: [target.id] })).body.result as { id: string; status: string; lastActor: string }[];
      expect(rows).toMatchObject([{ id: target.id, status: 'approved', lastActor: '次郎' }]);
    } finally {
      stream.close();
    }
  }, 120_000);

  it('review counts are worked out in the background: the list gives them once counted, and a dismissal pushes the new count', async () => {
    const stream = await listen(host);
    try {
      const SEED = '000_3f8ad0e81d82774d.txt';
      type Listed = { id: string; fileName: string; openCandidates?: number };
      const seedDoc = async () => ((await callApi(host, 'listDocuments')).body.result as Listed[]).find((d) => d.fileName === SEED)!;
      await vi.waitFor(async () => expect((await seedDoc()).openCandidates).toBe(1), WAIT);
      const doc = await seedDoc();
      const cands = yosan(['candidates', '--db', db, '--format', 'jsonl'], { YOSAN_HOME: home }).stdout.trim().split('\n')
        .map((l) => JSON.parse(l) as { id: string; document: string; status: string })
        .filter((c) => c.document === doc.id && c.status === 'open');
      expect(cands).toHaveLength(1);
      const r = yosan(['review', '--db', db, '--as', '次郎', 'dismiss', cands[0].id, '--reason', 'duplicate'], { YOSAN_HOME: home });
      expect(r.code, r.stderr).toBe(0);
      const counts = () => stream.events.filter((e): e is Extract<ApiEvent, { type: 'counts' }> => e.type === 'counts').flatMap((e) => e.documents);
      await vi.waitFor(() => expect(counts()).toContainEqual(expect.objectContaining({ id: doc.id, openCandidates: 0 })), WAIT);
      expect((await seedDoc()).openCandidates).toBe(0);
    } finally {
      stream.close();
    }
  }, 120_000);

  it('a second client’s write reaches the first one’s stream', async () => {
    const stream = await listen(host);
    try {
      const docs = (await callApi(host, 'listDocuments')).body.result as { id: string }[];
      const records = (await callApi(host, 'listRecords', { documentId: docs[0].id })).body.result as { id: string; status: string }[];
      const target = records.find((x) => x.status === 'pending')!;
      expect((await callApi(host, 'setProfile', { name: '三郎' })).body.ok).toBe(true);
      expect((await callApi(host, 'setStatus', { recordId: target.id, status: 'rejected' })).body.ok).toBe(true);
      await vi.waitFor(() => expect(stream.changed()).toContainEqual({ id: docs[0].id, records: [target.id] }), WAIT);
    } finally {
      stream.close();
    }
  }, 120_000);

  it('a merge pushes its progress as it runs, then what it changed', async () => {
    const theirs = path.join(dir, 'theirs.yosan');
    const env = { YOSAN_HOME: path.join(dir, 'colleague-home') };
    expect(yosan(['import', '--db', theirs, path.join(REPO, 'seeds', DOC)], env).code).toBe(0);
    const rows = yosan(['records', '--db', theirs], env).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; document: string });
    expect(yosan(['review', '--db', theirs, '--as', '太郎', 'set', rows[0].id, 'item', '仮の事業'], env).code).toBe(0);
    const stream = await listen(host);
    try {
      const r = await callApi(host, 'mergeApply', { handle: await upload(host, theirs) });
      expect(r.body.ok, JSON.stringify(r.body.error)).toBe(true);
      await vi.waitFor(() => expect(stream.tasks().at(-1)).toMatchObject({ running: false }), WAIT);
      const merging = stream.tasks().filter((t: TaskStatus) => t.running);
      expect(merging.length).toBeGreaterThan(0);
      expect(merging.every((t) => t.kind?.startsWith('merging') && t.detail === 'theirs.yosan')).toBe(true);
      await vi.waitFor(() => expect(stream.changed().find((c) => c.id === rows[0].document)?.records).toContain(rows[0].id), WAIT);
    } finally {
      stream.close();
    }
  }, 180_000);
});

describe('error codes across the worker boundary', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost(path.join(dir, 'home-open'));
    await waitForSeeding(host);
  }, 120_000);
  afterAll(() => host?.stop());

  it('a damaged file offered to Open comes back with its refusal reason, worded in both languages (never internal)', async () => {
    const bad = path.join(dir, 'damaged.yosan');
    fs.writeFileSync(bad, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 0x5a)]));
    const r = await callApi(host, 'openReviewFile', { handle: await upload(host, bad, '壊れた.yosan') });
    expect(r.status).toBe(400);
    const error = r.body.error as { code: string; message: string; params: Record<string, string> };
    expect(error).toMatchObject({ code: 'refused_file', params: { reason: 'damaged', file: '壊れた.yosan' } });
    expect(errorText('ja', error)).toBe('「壊れた.yosan」を受け付けませんでした。開いているデータベースは変わっていません。理由: ファイルが壊れています。');
    expect(errorText('en', error)).toBe('壊れた.yosan was refused; the open database is unchanged. Reason: the file is damaged.');
    // the same file offered to Merge says the same
    const merged = await callApi(host, 'mergePreview', { handle: await upload(host, bad, '壊れた.yosan') });
    expect(merged.body.error).toMatchObject({ code: 'refused_file', params: { reason: 'damaged', file: '壊れた.yosan' } });
  }, 120_000);

  it('a newer schema offered to Open keeps its parameters', async () => {
    const newer = path.join(dir, 'newer.yosan');
    const made = yosan(['import', '--db', newer, path.join(REPO, 'seeds', DOC)], { YOSAN_HOME: path.join(dir, 'newer-home') });
    expect(made.code).toBe(0);
    const { default: Database } = await import('better-sqlite3');
    const raw = new Database(newer);
    raw.pragma(`user_version = ${(raw.pragma('user_version', { simple: true }) as number) + 1}`);
    raw.close();
    const r = await callApi(host, 'openReviewFile', { handle: await upload(host, newer) });
    const error = r.body.error as { code: string; message: string; params: Record<string, string | number> };
    expect(error).toMatchObject({ code: 'refused_file', params: { reason: 'newer_schema', file: 'newer.yosan' } });
    expect(errorText('ja', error)).toMatch(/新しい版の予算ワークベンチで書かれています/u);
  }, 120_000);
});

describe('a first start that fails carries its code', () => {
  it('seeding refused by a file that is not text: the task says why, as a code', async () => {
    const seeds = path.join(dir, 'bad-seeds');
    fs.mkdirSync(seeds, { recursive: true });
    fs.copyFileSync(path.join(REPO, 'seeds', DOC), path.join(seeds, 'a.txt'));
    fs.writeFileSync(path.join(seeds, 'b.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 0]));
    const host = await startHost(path.join(dir, 'home-seeds'), { YOSAN_SEEDS: seeds });
    try {
      const stream = await listen(host);
      await vi.waitFor(() => expect(stream.tasks().at(-1)).toMatchObject({ running: false, kind: 'seeding', error: { code: 'binary' } }), WAIT);
      stream.close();
      const task = (await callApi(host, 'getTask')).body.result as TaskStatus;
      expect(task.error).toMatchObject({ code: 'binary', params: { file: 'b.txt' } });
      expect(errorText('ja', task.error!)).toBe('「b.txt」はテキストではありません(バイナリファイル)。');
    } finally {
      await host.stop();
    }
  }, 120_000);
});
