import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { openStore } from '../../db/store';
import { fixedProfile, Workbench, type StoreHandlers } from '../../db/service';
import { rebuildAllRecords, recordsOfDocument } from '../../db/projection';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const seedBytes = fs.readFileSync(seedPath('001_24b64a88380a38ac.txt')).toString('base64');
let n = 0;

/** A workbench on a fresh database file with one seed imported, reviewing as `name`. */
async function bench(name = 'hanako', file = path.join(dir, `r${n++}.yosan`)) {
  const wb = new Workbench(openStore(file), { host: 'cli', version: 't', dbPath: file, osLocale: 'ja', profile: fixedProfile(name) });
  const h = wb.handlers as unknown as { [K in keyof StoreHandlers]: (a: never) => any };
  const docs = await h.listDocuments({} as never);
  const doc = docs.length ? docs[0] : (await h.importDocument({ fileName: '001.txt', dataBase64: seedBytes } as never)).document;
  const records = await h.listRecords({ documentId: doc.id } as never);
  const kaken = records.find((r: { text: string; item: string | null }) => r.text === '2,379億円')!;
  return { wb, h, file, doc, records, kaken, close: () => wb.db.close() };
}

const codeOf = async (fn: () => unknown) => {
  try {
    await fn();
    return null;
  } catch (e) {
    return e instanceof ApiError ? e.code : String(e);
  }
};

describe('review: every change is an event, records are its projection', () => {
  it('approves, corrects and rejects, each recorded with its author', async () => {
    const { h, kaken, records, close } = await bench();
    const approved = await h.setStatus({ recordId: kaken.id, status: 'approved' } as never);
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy).toBe('hanako');
    const other = records[0];
    const fixed = await h.setField({ recordId: other.id, field: 'yen', input: '2566億円', reason: 'typo in PDF' } as never);
    expect(fixed.yen).toBe(256_600_000_000);
    expect(fixed.edited).toEqual(['yen']);
    const history = await h.getHistory({ recordId: other.id } as never);
    expect(history.at(-1)).toMatchObject({ actor: 'hanako', field: 'yen', from: other.yen, to: 256_600_000_000, reason: 'typo in PDF' });
    expect((await h.setStatus({ recordId: records[1].id, status: 'rejected' } as never)).status).toBe('rejected');
    expect(await h.getProgress({} as never)).toEqual({ reviewed: 2, total: records.length }); // a correction alone is not a review
    close();
  });

  it('refuses unreadable amounts with a message and changes nothing', async () => {
    const { h, wb, kaken, close } = await bench();
    const before = wb.db.prepare('SELECT count(*) AS n FROM events').get();
    for (const input of ['12億円abc', '1..5億', '', '億円']) {
      expect(await codeOf(() => h.setField({ recordId: kaken.id, field: 'yen', input } as never))).toBe('bad_value');
    }
    expect(await codeOf(() => h.setField({ recordId: kaken.id, field: 'stage', input: 'guess' } as never))).toBe('bad_value');
    expect(await codeOf(() => h.setStatus({ recordId: 'r' + '0'.repeat(23), status: 'approved' } as never))).toBe('not_found');
    expect(wb.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual(before);
    close();
  });

  it('sends an approved record back to review when it changes later, and says why', async () => {
    const { h, kaken, close } = await bench();
    await h.setStatus({ recordId: kaken.id, status: 'approved' } as never);
    const changed = await h.setField({ recordId: kaken.id, field: 'item', input: '科研費' } as never);
    expect(changed.status).toBe('pending');
    expect(changed.approvalVoid).toMatchObject({ approvedBy: 'hanako', field: 'item', actor: 'hanako' });
    // Putting the value back restores the content the approval covered: approved again.
    const back = await h.setField({ recordId: kaken.id, field: 'item', input: kaken.item } as never);
    expect(back.status).toBe('approved');
    close();
  });

  it('undoes and redoes with new events, also after the database is reopened', async () => {
    const first = await bench('taro');
    const { h, kaken, file } = first;
    await h.setField({ recordId: kaken.id, field: 'fy', input: 'R6' } as never);
    await h.setStatus({ recordId: kaken.id, status: 'rejected' } as never);
    first.close();

    const again = await bench('taro', file);
    const undone = await again.h.undo({} as never);
    expect(undone.entry).toMatchObject({ field: 'status', to: 'rejected' });
    expect(undone.record.status).toBe('pending');
    const undone2 = await again.h.undo({} as never);
    expect(undone2.record.fy).toBe(kaken.fy);
    const redone = await again.h.redo({} as never);
    expect(redone.record.fy).toBe(2024);
    const events = again.wb.db.prepare('SELECT count(*) AS n FROM events WHERE actor = ?').get('taro') as { n: number };
    expect(events.n).toBe(5); // two changes, two undos, one redo: nothing deleted
    expect(await again.h.redo({} as never)).toMatchObject({ record: { status: 'rejected' } });
    expect(await again.h.redo({} as never)).toBeNull();
    again.close();
  });

  it("undoes only the reviewer's own changes", async () => {
    const a = await bench('hanako');
    await a.h.setStatus({ recordId: a.kaken.id, status: 'approved' } as never);
    a.close();
    const b = await bench('taro', a.file);
    expect(await b.h.undo({} as never)).toBeNull();
    b.close();
  });

  it('keeps comment threads and resolves them', async () => {
    const { h, kaken, close } = await bench();
    const r1 = await h.addComment({ recordId: kaken.id, text: '前年度額を確認' } as never);
    const c = r1.comments[0];
    expect(c).toMatchObject({ actor: 'hanako', text: '前年度額を確認', resolved: false });
    const r2 = await h.resolveComment({ recordId: kaken.id, commentId: c.id } as never);
    expect(r2.comments[0]).toMatchObject({ resolved: true, resolvedBy: 'hanako' });
    close();
  });

  it('adds a record the extractor missed from a selection of the source', async () => {
    const { h, doc, close } = await bench();
    const text = (await h.getDocument({ id: doc.id } as never)).text as string;
    const start = text.indexOf('総額250億円') + 2;
    // The extractor found this one already: adding the same span is refused.
    expect(await codeOf(() => h.addRecord({ documentId: doc.id, start, end: start + 5, amount: '250億円', stage: 'budget' } as never))).toBe('duplicate');
    const r = await h.addRecord({ documentId: doc.id, start, end: start + 3, amount: '250億', item: '試し', fy: '2025', stage: 'budget' } as never);
    expect(r).toMatchObject({ origin: 'manual', text: '250', yen: 25_000_000_000, item: '試し', fy: 2025, lastActor: 'hanako' });
    close();
  });

  it('projects the same records when rebuilt from the log alone', async () => {
    const { h, wb, doc, kaken, records, close } = await bench();
    await h.setStatus({ recordId: kaken.id, status: 'approved' } as never);
    await h.setField({ recordId: records[3].id, field: 'flags', input: 'new, portion' } as never);
    await h.addComment({ recordId: records[4].id, text: 'x' } as never);
    const before = recordsOfDocument(wb.db, doc.id);
    rebuildAllRecords(wb.db);
    expect(recordsOfDocument(wb.db, doc.id)).toEqual(before);
    close();
  });

  it('asks for a reviewer name before any change', async () => {
    const file = path.join(dir, 'anon.yosan');
    const wb = new Workbench(openStore(file), { host: 'cli', version: 't', dbPath: file, osLocale: 'ja', profile: fixedProfile(null) });
    expect(await codeOf(() => wb.handlers.undo({}))).toBe('no_profile');
    expect(await wb.handlers.setProfile({ name: '  佐藤  花子 ' })).toEqual({ name: '佐藤 花子' });
    expect(await wb.handlers.undo({})).toBeNull();
    wb.db.close();
  });
});
