// Sign-off: impossible to fake, easy to check. Each tamper case is detected with the right state.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical';
import { exportDataset, verifyManifest } from '../../db/dataset-export';
import { importDocument } from '../../db/documents';
import { exportReviewFile } from '../../db/export-file';
import { sha256Hex } from '../../db/hash';
import { mergeFile } from '../../db/merge';
import { recordsOfDocument } from '../../db/projection';
import { setField, setStatus } from '../../db/review';
import { contentOf, listSignoffs, signDocument } from '../../db/signoff';
import { openStore } from '../../db/store';
import { Identity } from '../../electron/identity';
import { yosan } from '../helpers/cli';
import { seedPath, tmpDir } from '../helpers/tmp';

const dir = tmpDir();
const supervisor = new Identity(path.join(dir, 'supervisor'), () => '部長');
const analyst = new Identity(path.join(dir, 'analyst'), () => '花子');
const signed = path.join(dir, 'signed.yosan');
let docId = '';

/** A database with 004 imported and every record approved (one rejected). */
function reviewed(file: string) {
  const db = openStore(file);
  docId = importDocument(db, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'lead').document.id;
  recordsOfDocument(db, docId).forEach((r, i) => setStatus(db, '花子', r.id, i === 6 ? 'rejected' : 'approved'));
  return db;
}

beforeAll(() => {
  const db = reviewed(signed);
  signDocument(db, docId, supervisor.signer(), '公開可');
  db.close();
});

/** A copy of the signed file, edited by hand, then verified by `who`. */
function stateAfter(edit: (db: Database.Database) => void, who: Identity = supervisor) {
  const file = path.join(dir, `t${Math.random().toString(36).slice(2)}.yosan`);
  fs.copyFileSync(signed, file);
  const raw = new Database(file);
  edit(raw);
  raw.close();
  const db = new Database(file, { readonly: true });
  const [v] = listSignoffs(db, who, docId);
  db.close();
  return v;
}

const dropTrigger = (db: Database.Database, name: string) => db.exec(`DROP TRIGGER ${name}`);

describe('identity', () => {
  it('keeps the private key readable by the user only, outside any database file', () => {
    supervisor.load();
    const key = path.join(dir, 'supervisor', 'identity', 'ed25519.pem');
    expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    const db = new Database(signed, { readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM signoffs').all());
    db.close();
    expect(dump).not.toContain('PRIVATE KEY');
    expect(fs.readFileSync(signed).includes(Buffer.from(fs.readFileSync(key, 'utf8').split('\n')[1]))).toBe(false);
  });
});

describe('canonical hashing', () => {
  it('is stable across key order and number formatting (fixed vectors)', () => {
    const a = canonicalJson({ b: 1, a: [1, '円', null, true, 0.1 + 0.2, 1e21, -0] });
    expect(a).toBe('{"a":[1,"円",null,true,0.30000000000000004,1e+21,0],"b":1}');
    expect(sha256Hex(a)).toBe('09ed7b221d913c5cfb97d0a4a86d101f0f1497fa600010762a0cf0a83a5f280d');
    expect(canonicalJson({ z: { y: 2, x: [3, { b: 0, a: 'α' }] } })).toBe(canonicalJson({ z: { x: [3, { a: 'α', b: 0 }], y: 2 } }));
  });

  it('gives a record set the same content hash whatever the order it is read in', () => {
    const db = new Database(signed, { readonly: true });
    const rows = recordsOfDocument(db, docId);
    db.close();
    expect(contentOf([...rows].reverse()).contentHash).toBe(contentOf(rows).contentHash);
  });
});

describe('signing', () => {
  it('is refused, with the reason, while a record is pending, in conflict or its approval is void', () => {
    const db = openStore(path.join(dir, 'unready.yosan'));
    docId = importDocument(db, '004.txt', fs.readFileSync(seedPath('004_8439e93dcf65bf03.txt')), 'lead').document.id;
    const rows = recordsOfDocument(db, docId);
    expect(() => signDocument(db, docId, supervisor.signer(), null)).toThrow(/7 record\(s\) still pending review/);
    rows.forEach((r) => setStatus(db, '花子', r.id, 'approved'));
    setField(db, '太郎', rows[0].id, 'item', '別名');
    expect(() => signDocument(db, docId, supervisor.signer(), null)).toThrow(/1 record\(s\) whose approval is void/);
    db.close();
  });

  it('is valid as signed, and stays valid after merging into a colleague’s file that trusts the signer', () => {
    expect(stateAfter(() => {})).toMatchObject({ state: 'valid', note: '公開可', signer: { name: '部長' }, records: 7 });
    const other = openStore(path.join(dir, 'colleague.yosan'));
    expect(mergeFile(other, signed)).toMatchObject({ documents: 1, signoffs: 1 });
    expect(listSignoffs(other, analyst, docId)[0]).toMatchObject({ state: 'untrusted' });
    analyst.trust(JSON.stringify(supervisor.publicKeyFile()));
    expect(listSignoffs(other, analyst, docId)[0]).toMatchObject({ state: 'valid' });
    other.close();
  });
});

describe('tampering is detected', () => {
  it('a later correction makes the sign-off stale, naming the record', () => {
    const file = path.join(dir, 'corrected.yosan');
    fs.copyFileSync(signed, file);
    const db = openStore(file);
    const r = recordsOfDocument(db, docId)[2];
    setField(db, '太郎', r.id, 'yen', 1);
    expect(listSignoffs(db, supervisor, docId)[0]).toMatchObject({ state: 'stale', changed: [r.id] });
    db.close();
  });

  it("one record's amount changed in the SQLite file by hand (projection or event): invalid", () => {
    const projection = stateAfter((db) => db.exec(`UPDATE records SET data = json_set(data, '$.yen', 1) WHERE rowid = 1`));
    expect(projection).toMatchObject({ state: 'invalid' });
    expect(projection.reason).toMatch(/do not match its event log/);
    const event = stateAfter((db) => {
      dropTrigger(db, 'events_append_only_update');
      db.exec(`UPDATE events SET value = json_set(value, '$.yen', 1) WHERE type = 'record.extracted' AND seq = 1`);
    });
    expect(event.state).toBe('invalid');
  });

  it('the signature changed: invalid', () => {
    const v = stateAfter((db) => {
      dropTrigger(db, 'signoffs_append_only_update');
      db.exec(`UPDATE signoffs SET signature = '${Buffer.alloc(64, 7).toString('base64')}'`);
    });
    expect(v).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/signature does not verify/) });
  });

  it('the public key swapped for another: invalid', () => {
    const v = stateAfter((db) => {
      const row = db.prepare('SELECT id, payload FROM signoffs').get() as { id: string; payload: string };
      const p = JSON.parse(row.payload);
      p.signer.publicKey = analyst.load().publicKey;
      p.signer.fingerprint = analyst.fingerprint;
      const text = canonicalJson(p);
      dropTrigger(db, 'signoffs_append_only_update');
      db.prepare('UPDATE signoffs SET payload = ?, id = ? WHERE id = ?').run(text, sha256Hex(text), row.id);
    }, analyst);
    expect(v).toMatchObject({ state: 'invalid', reason: expect.stringMatching(/signature does not verify/) });
  });

  it('a good signature by a key the user does not trust: untrusted', () => {
    const stranger = new Identity(path.join(dir, 'stranger'), () => '他人');
    expect(stateAfter(() => {}, stranger)).toMatchObject({ state: 'untrusted' });
  });

  it('the exported CSV, JSON or XLSX edited: invalid; untouched: valid', async () => {
    const db = openStore(signed);
    for (const format of ['csv', 'json', 'xlsx'] as const) {
      const out = path.join(dir, `dataset.${format}`);
      const r = await exportDataset(db, docId, format, out, supervisor);
      expect((await verifyManifest(r.manifest, supervisor)).state).toBe('valid');
    }
    const csv = fs.readFileSync(path.join(dir, 'dataset.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM for Excel
    fs.writeFileSync(path.join(dir, 'dataset.csv'), csv.replace('大学ファンド', '大学ファンド2'));
    expect(await verifyManifest(path.join(dir, 'dataset.csv.manifest.json'), supervisor)).toMatchObject({ state: 'invalid' });
    const json = fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'dataset.json'), json.replace('"approved"', '"rejected"'));
    expect((await verifyManifest(path.join(dir, 'dataset.json.manifest.json'), supervisor)).state).toBe('invalid');
    db.close();
  });
});

describe('yosan verify', () => {
  it('prints one line per sign-off and exits 0 only when every one is valid', () => {
    const home = path.join(dir, 'supervisor');
    const ok = yosan(['verify', signed], { YOSAN_HOME: home });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^valid 004\.txt signed by 部長/);
    const stranger = yosan(['verify', signed], { YOSAN_HOME: path.join(dir, 'nobody') });
    expect(stranger.code).toBe(1);
    expect(stranger.stdout).toMatch(/^untrusted /);
    const edited = path.join(dir, 'edited.yosan');
    fs.copyFileSync(signed, edited);
    const db = openStore(edited);
    setField(db, '太郎', recordsOfDocument(db, docId)[0].id, 'item', '変更');
    exportReviewFile(db, path.join(dir, 'edited-export.yosan'));
    db.close();
    const stale = yosan(['verify', path.join(dir, 'edited-export.yosan')], { YOSAN_HOME: home });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^stale .*1 record\(s\) changed since signing/);
  });
});
