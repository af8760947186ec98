// Figures nobody reviewed and checks on figures, on real SQLite files and invented documents:
// the hierarchy proposed at import, candidates added or dismissed as events (undo, history,
// merge), failed checks accepted with a reason, sign-off refused until all is decided and its
// totals counting each yen once; a forged candidate decision in a review file is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openStore } from '../../db/store';
import { importDocument } from '../../db/documents';
import { addCandidate, dismissCandidate, listCandidates } from '../../db/candidates';
import { acceptCheck, listChecks } from '../../db/checks';
import { recordsOfDocument } from '../../db/projection';
import { history, redo, setField, setStatus, undo } from '../../db/review';
import { signDocument, signoffPreview, listSignoffs } from '../../db/signoff';
import { exportReviewFile } from '../../db/export-file';
import { mergeFile } from '../../db/merge';
import { proposeHierarchy } from '../../shared/hierarchy';
import { extract } from '../../shared/extract';
import { Identity } from '../../electron/identity';
import { yosan } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp';
import { storedEventId, type StoredEvent } from '../../db/hash';
import { canonicalJson } from '../../shared/canonical';

const dir = tmpDir();
let n = 0;
// invented: 1,200 + 845 = 2,045, the 計 row says 2,054; 310億円増 is a figure no record takes
const TEXT = '令和9年度 港湾局予算\n(単位:億円)\n事項\t令和9年度\t令和8年度\n岸壁整備\t1,200\t1,150\n航路浚渫\t845\t820\n計\t2,054\t1,970\n\n前年度比較 84億円増\n\n物流対策費 310億円増\n';

function fresh(text = TEXT) {
  const file = path.join(dir, `c${n++}.yosan`);
  const db = openStore(file);
  const doc = importDocument(db, 'harbour.txt', Buffer.from(text), 'lead').document.id;
  const recs = () => recordsOfDocument(db, doc);
  return { db, file, doc, recs, total: recs().find((r) => r.text === '2,054')! };
}

describe('hierarchy proposed from the text', () => {
  it('a 計 row over the rows above it, a うち row under its figure, a headline over its items', () => {
    const table = '(単位:億円)\n事項\t本年度\n港湾\t500\nうち岸壁\t300\n空港\t200\n計\t700\n';
    const rs = extract(table);
    const p = proposeHierarchy(table, rs);
    const parentOf = (t: string) => { const i = rs.findIndex((r) => r.text === t); return p[i] === null ? null : rs[p[i]!].text; };
    expect([parentOf('500'), parentOf('300'), parentOf('200'), parentOf('700')]).toEqual(['700', '500', '700', null]);
    const prose = '令和9年度予算のポイント 1,000億円\n\n・港湾整備 600億円\n・空港整備 300億円\n';
    const rp = extract(prose);
    const pp = proposeHierarchy(prose, rp);
    expect(rp.map((r, i) => [r.text, pp[i] === null ? null : rp[pp[i]!].text])).toEqual([['1,000億円', null], ['600億円', '1,000億円'], ['300億円', '1,000億円']]);
  });

  it('is stored with the extraction and corrected as a field, with undo and history; a cycle is refused', () => {
    const { db, recs, total } = fresh();
    const [a, b] = recs().filter((r) => r.parent === total.id);
    expect([a.text, b.text]).toEqual(['1,200', '845']);
    setField(db, '花子', b.id, 'parent', null);
    expect(listChecks(db).find((c) => c.kind === 'sum')).toMatchObject({ actual: 120_000_000_000, related: [a.id] });
    expect(history(db, b.id).at(-1)).toMatchObject({ field: 'parent', from: total.id, to: null, actor: '花子' });
    expect(() => setField(db, '花子', total.id, 'parent', a.id)).toThrow(/part of its own part/);
    undo(db, '花子');
    expect(recs().find((r) => r.id === b.id)!.parent).toBe(total.id);
  });
});

describe('candidates', () => {
  it('every yen figure is a record, an attached figure or a candidate; dismissing is an event with undo, redo and history', () => {
    const { db, doc } = fresh();
    const [c] = listCandidates(db, doc);
    expect(c).toMatchObject({ line: 10, text: '310億円', yen: 31_000_000_000, status: 'open', reason: null });
    expect(dismissCandidate(db, '花子', c.id, 'not_yen')).toMatchObject({ status: 'dismissed', reason: 'not_yen', by: '花子' });
    expect(() => dismissCandidate(db, '花子', c.id, '  ')).toThrow(/needs a reason/);
    expect(undo(db, '花子')).toMatchObject({ record: null, candidate: { id: c.id, status: 'open' } });
    expect(redo(db, '花子')!.candidate).toMatchObject({ status: 'dismissed', reason: 'not_yen' });
    expect(listCandidates(db, doc)[0].history.map((h) => [h.to, h.reason, !!h.undoOf, !!h.redoOf])).toEqual([
      ['dismissed', 'not_yen', false, false], ['open', null, true, false], ['dismissed', 'not_yen', false, true],
    ]);
  });

  it('adding one makes a record pre-filled from the tokenizer, the candidate then reads added', () => {
    const { db, doc, recs } = fresh();
    const [c] = listCandidates(db, doc);
    const r = addCandidate(db, '花子', c.id);
    expect(r).toMatchObject({ id: c.id, text: '310億円', yen: 31_000_000_000, item: '物流対策費', fy: 2027, stage: 'budget', origin: 'manual' });
    expect(listCandidates(db, doc)[0]).toMatchObject({ status: 'added' });
    expect(recs()).toHaveLength(4);
    expect(() => addCandidate(db, '花子', c.id)).toThrow(/already a record/);
  });

  it('a dismissal merges into a colleague’s file and survives a second merge; a forged one is refused', () => {
    const a = fresh();
    const [c] = listCandidates(a.db, a.doc);
    dismissCandidate(a.db, '花子', c.id, 'duplicate');
    const out = path.join(dir, `x${n++}.yosan`);
    exportReviewFile(a.db, out);
    const b = fresh();
    expect(mergeFile(b.db, out).events).toBe(1);
    expect(listCandidates(b.db, b.doc)[0]).toMatchObject({ status: 'dismissed', reason: 'duplicate', by: '花子' });
    expect(mergeFile(b.db, out).events).toBe(0);

    // the same decision pointed at another span than its id derives from
    const forged = path.join(dir, `f${n++}.yosan`);
    fs.copyFileSync(out, forged);
    const raw = new Database(forged);
    const trigger = raw.prepare("SELECT sql FROM sqlite_schema WHERE name = 'events_append_only_update'").pluck().get() as string;
    raw.exec('DROP TRIGGER events_append_only_update');
    const row = raw.prepare("SELECT * FROM events WHERE type = 'candidate.set'").get() as StoredEvent & { id: string };
    // re-hashed, so only the span gives it away
    const value = canonicalJson({ ...JSON.parse(row.value!), start: JSON.parse(row.value!).start + 1, text: '10億円' });
    raw.prepare('UPDATE events SET value = ?, id = ? WHERE id = ?').run(value, storedEventId({ ...row, value }), row.id);
    raw.exec(trigger);
    raw.close();
    const c2 = fresh();
    expect(() => mergeFile(c2.db, forged)).toThrow(/candidate r[0-9a-f]+ does not derive from its document and span/);
    expect(listCandidates(c2.db, c2.doc)[0].status).toBe('open');
  });
});

describe('checks and sign-off', () => {
  const supervisor = new Identity(path.join(dir, 'supervisor'), () => '部長');

  it('a failed check is accepted with a reason at its figures; a change to them reopens it', () => {
    const { db, total } = fresh();
    const sum = () => listChecks(db).find((c) => c.kind === 'sum')!;
    expect(sum()).toMatchObject({ status: 'fail', record: total.id, expected: 205_400_000_000, actual: 204_500_000_000, tolerance: 150_000_000 });
    expect(listChecks(db).find((c) => c.kind === 'change')).toMatchObject({ status: 'pass' });
    expect(() => acceptCheck(db, '花子', total.id, 'change', 'x')).toThrow(/has not failed/);
    acceptCheck(db, '花子', total.id, 'sum', '計は原資料の誤植');
    expect(sum()).toMatchObject({ status: 'accepted', reason: '計は原資料の誤植', by: '花子' });
    expect(history(db, total.id).at(-1)).toMatchObject({ field: 'check.sum', reason: '計は原資料の誤植' });
    setField(db, '花子', total.id, 'yen', 205_300_000_000);
    expect(sum().status).toBe('fail');
    setField(db, '花子', total.id, 'yen', 204_500_000_000);
    expect(sum().status).toBe('pass');
  });

  it('sign-off is refused while a candidate is open or a check failed; then signed, its totals count each yen once', () => {
    const { db, doc, recs, total } = fresh();
    for (const r of recs()) setStatus(db, '花子', r.id, 'approved');
    expect(() => signDocument(db, doc, supervisor.signer(), null)).toThrow(/1 figure\(s\) nobody reviewed.*1 failed check\(s\) neither fixed nor accepted/);
    dismissCandidate(db, '花子', listCandidates(db, doc)[0].id, 'duplicate');
    expect(signoffPreview(db, doc).blockers).toEqual(['1 failed check(s) neither fixed nor accepted']);
    acceptCheck(db, '花子', total.id, 'sum', '計は原資料の誤植');
    const { summary, blockers } = signoffPreview(db, doc);
    expect(blockers).toEqual([]);
    // 2,054 once: its parts 1,200 and 845 are in it
    expect(summary).toMatchObject({ totalsByStage: { budget: 205_400_000_000 }, parts: 2, accepted: [{ record: total.id, kind: 'sum', reason: '計は原資料の誤植', by: '花子' }] });
    const v = signDocument(db, doc, supervisor.signer(), null);
    expect(v.state).toBe('valid');
    // the summary is signed: moving a part to the top level makes the sign-off stale, naming it
    const part = recs().find((r) => r.parent === total.id)!;
    setField(db, '花子', part.id, 'parent', null);
    expect(listSignoffs(db, supervisor, doc)[0]).toMatchObject({ state: 'stale', changed: [part.id] });
  });
});

describe('CLI: check, candidates, review add / dismiss / accept-check', () => {
  it('prints the JSONL the issue gives and exits 1 while a check fails', () => {
    const home = path.join(dir, `home${n++}`);
    const db = path.join(dir, `cli${n++}.yosan`);
    const doc = path.join(dir, 'harbour.txt');
    fs.writeFileSync(doc, TEXT);
    expect(yosan(['import', '--db', db, doc], { YOSAN_HOME: home }).code).toBe(0);
    const cand = yosan(['candidates', '--db', db, '--format', 'jsonl'], { YOSAN_HOME: home });
    const c = JSON.parse(cand.stdout.trim());
    expect(Object.keys(c)).toEqual(['id', 'document', 'line', 'start', 'end', 'text', 'yen', 'status', 'reason']);
    expect(c).toMatchObject({ line: 10, text: '310億円', yen: 31_000_000_000, status: 'open', reason: null });
    const check = yosan(['check', '--db', db, '--format', 'jsonl'], { YOSAN_HOME: home });
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const sum = lines.find((l) => l.kind === 'sum');
    expect(Object.keys(sum)).toEqual(['kind', 'status', 'record', 'expected', 'actual', 'related']);
    expect(sum).toMatchObject({ status: 'fail', expected: 205_400_000_000, actual: 204_500_000_000 });

    const dismiss = yosan(['review', '--db', db, '--as', '花子', 'dismiss', c.id], { YOSAN_HOME: home });
    expect(dismiss.code).toBe(1);
    expect(dismiss.stderr).toMatch(/--reason/);
    expect(yosan(['review', '--db', db, '--as', '花子', 'dismiss', c.id, '--reason', 'ページ番号'], { YOSAN_HOME: home }).stdout.trim()).toBe(`${c.id} dismissed`);
    const acc = yosan(['review', '--db', db, '--as', '花子', 'accept-check', sum.record, 'sum', '--reason', '計は原資料の誤植'], { YOSAN_HOME: home });
    expect(acc.code, acc.stderr).toBe(0);
    const after = yosan(['check', '--db', db, '--format', 'jsonl'], { YOSAN_HOME: home });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('"status":"accepted"');
    expect(JSON.parse(yosan(['candidates', '--db', db], { YOSAN_HOME: home }).stdout)).toMatchObject({ status: 'dismissed', reason: 'ページ番号' });
    const bad = yosan(['review', '--db', db, '--as', '花子', 'accept-check', sum.record, 'total', '--reason', 'x'], { YOSAN_HOME: home });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/kind/);
  });
});
