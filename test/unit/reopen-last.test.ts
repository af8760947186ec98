// The next start reopens the database the user worked on last (a window host started without a
// named database), so an opened file's approvals never seem lost behind the default database.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/bootstrap';
import { readRecent } from '../../electron/recent-files';
import { openStore } from '../../db/store';
import { tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const saved = { home: process.env.YOSAN_HOME, db: process.env.YOSAN_DB };
afterEach(() => {
  process.env.YOSAN_HOME = saved.home;
  if (saved.db === undefined) delete process.env.YOSAN_DB;
  else process.env.YOSAN_DB = saved.db;
});

describe('recent files and the last file', () => {
  it('a file opened once is what the next start opens, named as the user named it', () => {
    const home = path.join(dir, 'home');
    process.env.YOSAN_HOME = home;
    delete process.env.YOSAN_DB;
    const theirs = path.join(dir, 'colleague.yosan');
    openStore(theirs).close();

    const first = openWorkbench({ host: 'web', seed: false });
    expect(first.dbPath).toBe(path.join(home, 'workbench.yosan'));
    first.workbench.db.close();

    const opened = openWorkbench({ host: 'web', seed: false, dbPath: theirs, fromElsewhere: { name: '花子の確認.yosan' } });
    opened.workbench.db.close();
    expect(readRecent(home).map((r) => r.name)).toEqual(['花子の確認.yosan', 'workbench.yosan']);

    const next = openWorkbench({ host: 'web', seed: false });
    expect(next.dbPath).toBe(opened.dbPath);
    expect(next.workbench.handlers.getInfo({})).toMatchObject({ fileName: '花子の確認.yosan' });
    next.workbench.db.close();

    // Gone since: the default database again, not an error.
    fs.rmSync(opened.dbPath);
    const after = openWorkbench({ host: 'web', seed: false });
    expect(after.dbPath).toBe(path.join(home, 'workbench.yosan'));
    after.workbench.db.close();
  });
});
