// The store's worker thread as the hosts use it (electron/worker-client.ts, the real worker and
// SQLite file): calls by name, errors with their codes, fatal ones included, and pushes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { startStoreThread } from '../../electron/worker-client';
import { openStore } from '../../db/store';
import { REPO, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const home = path.join(dir, 'home');
process.env.YOSAN_HOME = home; // the worker inherits it: profile and keys stay in the test's folder

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { code?: string }) => e.code);

describe('the store thread', () => {
  it('a database it cannot open fails the start with the store’s code, not "internal"', async () => {
    const newer = path.join(dir, 'newer.yosan');
    openStore(newer).close();
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    expect(await codeOf(startStoreThread({ host: 'web', dbPath: newer, seed: false }))).toBe('future_schema');
    const bogus = path.join(dir, 'bogus.yosan');
    fs.writeFileSync(bogus, 'SQLite format 3\0' + 'x'.repeat(500));
    expect(await codeOf(startStoreThread({ host: 'web', dbPath: bogus, seed: false }))).toMatch(/^(corrupt|open_failed)$/);
    // the same file as a file from elsewhere (File ▸ Open): its refusal reason crosses too
    const refused = await startStoreThread({ host: 'web', dbPath: bogus, seed: false, fromElsewhere: { name: 'theirs.yosan' } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'refused_file', params: { reason: 'damaged' } });
  }, 120_000);

  it('answers by method name, refuses with codes, pushes what a write changed, and refuses calls once closed', async () => {
    const file = path.join(dir, 'store.yosan');
    const store = await startStoreThread({ host: 'web', dbPath: file, seed: false });
    const events: ApiEvent[] = [];
    store.onEvent((e) => events.push(e));
    try {
      const imported = await store.call('importPath', { path: path.join(REPO, 'seeds', '001_24b64a88380a38ac.txt'), name: '予算.txt' });
      expect(imported.document.fileName).toBe('予算.txt');
      await vi.waitFor(() => expect(events).toContainEqual({ type: 'changed', documents: [{ id: imported.document.id, records: expect.any(Array) }] }), { timeout: 30_000 });
      expect(await codeOf(store.call('importPath', { path: path.join(REPO, 'seeds', '001_24b64a88380a38ac.txt'), name: 'again.txt' }))).toBe('duplicate');
      expect(await codeOf(store.call('getDocument', { id: 'f'.repeat(64) }))).toBe('not_found');
      expect(await codeOf(store.call('mergePath', { path: path.join(dir, 'missing.yosan'), name: 'missing.yosan', dryRun: true }))).toBe('refused_file');
      // A merge preview runs the merge in a transaction and rolls it back: it pushes progress,
      // never a change, and what is written after it is pushed as ever.
      const theirs = path.join(dir, 'theirs.yosan');
      const other = await startStoreThread({ host: 'web', dbPath: theirs, seed: false });
      const theirDoc = await other.call('importPath', { path: path.join(REPO, 'seeds', '004_8439e93dcf65bf03.txt'), name: 'b.txt' });
      await other.close();
      events.length = 0;
      expect(await store.call('mergePath', { path: theirs, name: 'theirs.yosan', dryRun: true })).toMatchObject({ documents: 1 });
      expect(events.some((e) => e.type === 'task' && e.task.running && e.task.kind?.startsWith('merge-preview'))).toBe(true);
      expect(events.filter((e) => e.type === 'changed')).toEqual([]);
      await store.call('setProfile', { name: '花子' });
      const [row] = await store.call('listRecords', { documentId: imported.document.id });
      await store.call('setStatus', { recordId: row.id, status: 'approved' });
      await vi.waitFor(() => expect(events).toContainEqual({ type: 'changed', documents: [{ id: imported.document.id, records: [row.id] }] }), { timeout: 30_000 });
      await store.call('mergePath', { path: theirs, name: 'theirs.yosan', dryRun: false });
      await vi.waitFor(() => expect(events.filter((e) => e.type === 'changed').flatMap((e) => e.documents).map((d) => d.id)).toContain(theirDoc.document.id), { timeout: 30_000 });
    } finally {
      await store.close();
    }
    expect(await codeOf(store.call('listDocuments', {}))).toBe('store_closed');
  }, 120_000);
});
