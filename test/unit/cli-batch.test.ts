// Batch review from the command line: a document's pending records at once, ids from stdin,
// one transaction (a refused id changes nothing), and --help for every command.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const db = path.join(dir, 'batch.yosan');
const DOC = 'seeds/004_8439e93dcf65bf03.txt';

const records = () =>
  yosan(['records', '--db', db])
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; status: string; lastActor: string | null });

describe('batch review', { timeout: 120_000 }, () => {
  it('approves ids from stdin, refuses a batch with an unknown id whole, then approves every pending record of a document', () => {
    expect(yosan(['import', '--db', db, DOC]).code).toBe(0);
    const all = records();
    expect(all.length).toBeGreaterThan(3);
    const [a, b, c] = all;

    const fromStdin = yosan(['review', '--db', db, '--as', '花子', 'reject', '-'], {}, `${a.id}\n${b.id}\n`);
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout.trim().split('\n')).toEqual([`${a.id} rejected`, `${b.id} rejected`]);

    const refused = yosan(['review', '--db', db, '--as', '花子', 'approve', c.id, 'r' + '0'.repeat(23)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no record/);
    expect(records().find((r) => r.id === c.id)!.status).toBe('pending'); // the first id of the batch too

    const pending = all.length - 2;
    const bulk = yosan(['review', '--db', db, '--as', '花子', 'approve', '--document', '004_8439e93dcf65bf03.txt', '--all-pending']);
    expect(bulk.code, bulk.stderr).toBe(0);
    expect(bulk.stdout.trim().split('\n')).toHaveLength(pending);
    const after = records();
    expect(after.filter((r) => r.status === 'approved')).toHaveLength(pending);
    expect(after.filter((r) => r.status === 'rejected').map((r) => r.id).sort()).toEqual([a.id, b.id].sort());

    expect(yosan(['review', '--db', db, '--as', '花子', 'approve', '--document', '004_8439e93dcf65bf03.txt', '--all-pending']).stdout.trim()).toBe('nothing to approve');
  });

  it('--all-pending without --document is refused with its reason', () => {
    const r = yosan(['review', '--db', db, '--as', '花子', 'approve', '--all-pending']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--document SHA256_OR_ID and --all-pending go together/);
  });
});

describe('--help', () => {
  for (const command of ['extract', 'import', 'review', 'records', 'export', 'merge', 'keys', 'signoff', 'verify']) {
    it(`yosan ${command} --help says what it takes`, () => {
      const r = yosan([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: yosan ${command}`));
    });
  }
  it('signoff --help documents --as', () => expect(yosan(['signoff', '--help']).stdout).toMatch(/--as NAME/));
});
