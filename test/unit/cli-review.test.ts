import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yosan } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const db = path.join(dir, 'review.yosan');

const records = () =>
  yosan(['records', '--db', db, '--format', 'jsonl'])
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('scriptable review', () => {
  it('drives review from the command line and prints the projection', () => {
    expect(yosan(['import', '--db', db, 'seeds/004_8439e93dcf65bf03.txt']).code).toBe(0);
    const [first, second, third] = records();
    expect(first).toMatchObject({ status: 'pending', comments: [], conflicts: [], lastActor: null });
    expect(first.document).toMatch(/^[0-9a-f]{64}$/);

    expect(yosan(['review', '--db', db, '--as', 'hanako', 'approve', first.id])).toMatchObject({ code: 0 });
    expect(yosan(['review', '--db', db, '--as', 'taro', 'set', second.id, 'yen', '2,566億円', '--reason', 'OCR']).code).toBe(0);
    expect(yosan(['review', '--db', db, '--as', 'taro', 'reject', third.id]).code).toBe(0);
    expect(yosan(['review', '--db', db, '--as', 'taro', 'comment', third.id, '重複']).code).toBe(0);
    expect(yosan(['review', '--db', db, '--as', 'taro', 'undo']).stdout).toMatch(/pending/); // the rejection

    const after = new Map(records().map((r) => [r.id, r]));
    expect(after.get(first.id)).toMatchObject({ status: 'approved', lastActor: 'hanako' });
    expect(after.get(second.id)).toMatchObject({ yen: 256_600_000_000, lastActor: 'taro' });
    expect(after.get(third.id).status).toBe('pending');
    expect(after.get(third.id).comments).toMatchObject([{ actor: 'taro', text: '重複', resolved: false }]);
  });

  it('exits non-zero with one line for an unknown record, field or unreadable value', () => {
    const [rec] = records();
    const cases = [
      [['review', '--db', db, '--as', 'x', 'approve', 'r' + '0'.repeat(23)], /no record/],
      [['review', '--db', db, '--as', 'x', 'set', rec.id, 'colour', 'red'], /must be one of/],
      [['review', '--db', db, '--as', 'x', 'set', rec.id, 'yen', '12億円abc'], /yen:/],
      [['review', '--db', db, '--as', 'x', 'dance'], /unknown review action/],
      [['review', '--db', path.join(dir, 'missing.yosan'), '--as', 'x', 'undo'], /no database/],
      // A name the app would refuse is refused here too: others' checkers would refuse its events.
      [['review', '--db', db, '--as', 'extractor', 'approve', rec.id], /choose another name/],
      [['review', '--db', db, '--as', 'あ'.repeat(81), 'approve', rec.id], /name: must have at most 80 characters/],
    ] as const;
    for (const [args, msg] of cases) {
      const r = yosan([...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
