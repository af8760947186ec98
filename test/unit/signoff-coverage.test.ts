// A sign-off covers everything shown beside its badge: each record's full content (unit,
// section, change, line, who approved it and when) and the document's text; an export's
// manifest binds its data file. An edit to any of these is not valid.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical';
import { parseCsv, toCsv } from '../../shared/csv';
import { exportDataset, verifyManifest } from '../../db/dataset-export';
import { importDocument } from '../../db/documents';
import { sha256Hex } from '../../db/hash';
import { recordsOfDocument } from '../../db/projection';
import { setStatus } from '../../db/review';
import { contentOf, listSignoffs, signDocument } from '../../db/signoff';
import { openStore } from '../../db/store';
import { Identity } from '../../electron/identity';
import { forge } from '../helpers/hostile';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const supervisor = new Identity(path.join(dir, 'supervisor'), () => '部長');
const signed = path.join(dir, 'signed.yosan');
let docId = '';

beforeAll(() => {
  const db = openStore(signed);
  docId = importDocument(db, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'lead').document.id;
  for (const r of recordsOfDocument(db, docId)) setStatus(db, '花子', r.id, 'approved');
  signDocument(db, docId, supervisor.signer(), null);
  db.close();
});

let n = 0;
/** The sign-off's state in a copy of the signed file edited by hand (ids re-hashed, projection rebuilt). */
function stateAfter(edit: (db: Database.Database) => void) {
  const file = forge(signed, path.join(dir, `e${++n}.yosan`), edit, { rehash: true });
  const db = new Database(file, { readonly: true });
  const [v] = listSignoffs(db, supervisor, docId);
  db.close();
  return v;
}

describe('every field shown beside the badge is signed', () => {
  it('the untouched file is valid (control)', () => expect(stateAfter(() => {}).state).toBe('valid'));

  it('all approvals re-attributed to someone else: not valid, every record named', () => {
    const v = stateAfter((db) => db.exec("UPDATE events SET actor = 'mallory' WHERE type = 'field.set'"));
    expect(v.state).toBe('stale');
    expect(v.changed).toHaveLength(7);
  });

  it('the approvals’ times changed: not valid', () => {
    const v = stateAfter((db) => db.exec("UPDATE events SET hlc = '2020-01-01T00:00:00.000Z' || substr(hlc, 25) WHERE type = 'field.set'"));
    expect(v.state).toBe('stale');
  });

  for (const [field, value] of [['unit', '千円'], ['section', ['偽の見出し']], ['change', { text: '', yen: 1, start: -1, end: -1 }], ['line', 999]] as const) {
    it(`a record’s ${field} changed in its extraction: not valid`, () => {
      const v = stateAfter((db) => {
        const row = db.prepare("SELECT seq, value FROM events WHERE type = 'record.extracted' ORDER BY seq LIMIT 1").get() as { seq: number; value: string };
        db.prepare('UPDATE events SET value = ? WHERE seq = ?').run(canonicalJson({ ...JSON.parse(row.value), [field]: value }), row.seq);
      });
      expect(v.state).not.toBe('valid');
      expect(v.changed).toHaveLength(1);
    });
  }

  it('the document’s text edited in place, its id kept: invalid', () => {
    const v = stateAfter((db) => db.exec("UPDATE documents SET text = replace(text, '億円', '兆円')"));
    expect(v).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/document’s text does not match the signed hash/) });
  });

  it('a version 1 sign-off (records’ approved content and status) still verifies as it did', () => {
    const file = path.join(dir, 'v1.yosan');
    fs.copyFileSync(signed, file);
    const db = openStore(file);
    const p = { ...JSON.parse(db.prepare('SELECT payload FROM signoffs').pluck().get() as string), v: 1, signedAt: '2026-01-01T00:00:00.000Z' };
    Object.assign(p, contentOf(recordsOfDocument(db, docId), 1));
    const text = canonicalJson(p);
    db.prepare('INSERT INTO signoffs (id, document_id, payload, signature) VALUES (?, ?, ?, ?)').run(sha256Hex(text), docId, text, supervisor.signer().sign(text));
    expect(listSignoffs(db, supervisor, docId).map((s) => s.state)).toEqual(['valid', 'valid']);
    db.close();
  });
});

describe('an export’s data file is bound to its manifest', () => {
  let csv = '';
  let manifest = '';
  beforeAll(async () => {
    const db = openStore(signed);
    const r = await exportDataset(db, docId, 'csv', path.join(dir, 'dataset.csv'), supervisor);
    db.close();
    csv = fs.readFileSync(r.path, 'utf8');
    manifest = r.manifest;
  });

  /** The CSV with one column of every row rewritten. */
  async function stateWith(column: string, to: (v: string) => string) {
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    const i = header.indexOf(column);
    fs.writeFileSync(path.join(dir, 'dataset.csv'), '\uFEFF' + toCsv([header, ...rows.map((r) => r.map((v, j) => (j === i ? to(v) : v)))]));
    return verifyManifest(manifest, supervisor);
  }

  it('untouched: valid (control)', async () => expect((await stateWith('id', (v) => v)).state).toBe('valid'));
  it('approved_by edited: invalid', async () => expect((await stateWith('approved_by', () => 'mallory')).state).toBe('invalid'));
  it('line edited: invalid', async () => expect((await stateWith('line', (v) => String(Number(v) + 1))).state).toBe('invalid'));
  it('file edited: invalid', async () => {
    expect(await stateWith('file', () => 'other.txt')).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/names another source file/) });
  });
  it('a byte outside the signed fields changed: invalid (the manifest’s hash)', async () => {
    fs.writeFileSync(path.join(dir, 'dataset.csv'), csv + '\r\n');
    expect(await verifyManifest(manifest, supervisor)).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/its hash differs from the manifest’s/) });
  });
});
