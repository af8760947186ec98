// The user's Ed25519 identity and trust list, kept in the app-data folder — never inside a
// .yosan file, so a file cannot vouch for itself. The private key is readable by the user only.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/api';
import { fingerprintOf, type Signer } from '../db/signoff';
import type { IdentityStore } from '../db/service';

export interface TrustedKey {
  fingerprint: string;
  name: string;
  publicKey: string;
  addedAt: string;
}

/** The exported public key file: small, human-checkable JSON. */
export interface PublicKeyFile {
  format: 'yosan-public-key/1';
  name: string;
  fingerprint: string;
  publicKey: string; // SPKI DER, base64
}

/** Reads a public key file, checking the key is Ed25519 and its fingerprint is its own. */
export function readPublicKeyFile(fileText: string): { fingerprint: string; name: string; publicKey: string } {
  let f: Partial<PublicKeyFile>;
  try {
    f = JSON.parse(fileText) as Partial<PublicKeyFile>;
  } catch {
    throw new ApiError('bad_key', 'not a Yosan public key file');
  }
  if (f.format !== 'yosan-public-key/1' || typeof f.publicKey !== 'string') throw new ApiError('bad_key', 'not a Yosan public key file');
  try {
    const k = createPublicKey({ key: Buffer.from(f.publicKey, 'base64'), format: 'der', type: 'spki' });
    if (k.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
  } catch {
    throw new ApiError('bad_key', 'the file does not hold an Ed25519 public key');
  }
  const fingerprint = fingerprintOf(f.publicKey);
  if (f.fingerprint && f.fingerprint !== fingerprint) throw new ApiError('bad_key', 'the fingerprint in the file does not match its key');
  return { fingerprint, name: String(f.name ?? '').slice(0, 80), publicKey: f.publicKey };
}

/** Groups a fingerprint for reading aloud and comparing by eye: 16 groups of 4. */
export const showFingerprint = (fp: string) => fp.match(/.{1,4}/g)!.join(' ');

function writePrivate(file: string, data: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export class Identity implements IdentityStore {
  private readonly keyFile: string;
  private readonly trustFile: string;
  private privateKey: KeyObject | null = null;
  publicKey = '';
  fingerprint = '';

  constructor(
    home: string,
    private readonly name: () => string | null,
  ) {
    this.keyFile = path.join(home, 'identity', 'ed25519.pem');
    this.trustFile = path.join(home, 'trust.json');
  }

  /** Loads the key pair, creating it on first use. */
  load(): this {
    if (this.privateKey) return this;
    let pem: string;
    if (fs.existsSync(this.keyFile)) pem = fs.readFileSync(this.keyFile, 'utf8');
    else {
      const { privateKey } = generateKeyPairSync('ed25519');
      pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      writePrivate(this.keyFile, pem);
    }
    this.privateKey = createPrivateKey(pem);
    this.publicKey = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
    this.fingerprint = fingerprintOf(this.publicKey);
    return this;
  }

  info(): { fingerprint: string } {
    return { fingerprint: this.load().fingerprint };
  }

  signer(): Signer {
    this.load();
    const name = this.name();
    if (!name) throw new ApiError('no_profile', 'give the name you review under first');
    const key = this.privateKey!;
    return { fingerprint: this.fingerprint, name, publicKey: this.publicKey, sign: (m) => sign(null, Buffer.from(m), key).toString('base64') };
  }

  publicKeyFile(): PublicKeyFile {
    this.load();
    return { format: 'yosan-public-key/1', name: this.name() ?? '', fingerprint: this.fingerprint, publicKey: this.publicKey };
  }

  trusted(): TrustedKey[] {
    try {
      const list = JSON.parse(fs.readFileSync(this.trustFile, 'utf8')) as TrustedKey[];
      return Array.isArray(list) ? list.filter((k) => k && fingerprintOf(k.publicKey) === k.fingerprint) : [];
    } catch {
      return [];
    }
  }

  isTrusted(fingerprint: string): boolean {
    this.load();
    return fingerprint === this.fingerprint || this.trusted().some((k) => k.fingerprint === fingerprint);
  }

  /** Adds a colleague's public key file to the trust list; returns the key as stored. */
  trust(fileText: string): TrustedKey {
    const k = readPublicKeyFile(fileText);
    const entry: TrustedKey = { ...k, addedAt: new Date().toISOString() };
    const fingerprint = k.fingerprint;
    const list = this.trusted().filter((k) => k.fingerprint !== fingerprint);
    writePrivate(this.trustFile, JSON.stringify([...list, entry], null, 2));
    return entry;
  }

  untrust(fingerprint: string): void {
    writePrivate(this.trustFile, JSON.stringify(this.trusted().filter((k) => k.fingerprint !== fingerprint), null, 2));
  }
}
