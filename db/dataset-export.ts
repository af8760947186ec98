// Exporting a signed dataset (CSV with BOM for Excel, JSON, XLSX) with a manifest beside it,
// and verifying such an export later: the data file is read back into the signed content, so
// an edit to any signed field shows as an altered file.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/api';
import { canonicalJson } from '../shared/canonical';
import { parseCsv, toCsv } from '../shared/csv';
import { rowReaders, sheetRow } from '../shared/dataset-sheet';
import type { Locale } from '../shared/labels';
import type { RecordRow } from '../shared/records';
import { changedRecords, signedRecord, type SignedSource, type SignoffPayload, type SignoffView } from '../shared/signoff';
import { readWorkbook, writeWorkbook } from './dataset-workbook';
import { documentSummary } from './documents';
import { sha256Hex } from './hash';
import { readRegular } from './regular-file';
import { recordsOfDocument } from './projection';
import { listSignoffs, signatureProblem, type TrustList } from './signoff';

/** A manifest is small; a data file is bounded like a review file's largest document set. */
const MAX_MANIFEST = 1024 * 1024;
const MAX_DATA = 512 * 1024 * 1024;

export const DATASET_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

const COLUMNS = [
  'id', 'document', 'file', 'line', 'start', 'end', 'text', 'yen', 'unit', 'item', 'section', 'fy', 'stage', 'flags',
  'previous', 'supplementary', 'change', 'status', 'approved_by', 'approved_at',
] as const;
type Column = (typeof COLUMNS)[number];

export interface Manifest {
  format: 'yosan-dataset-manifest/1';
  data: { file: string; format: DatasetFormat; sha256: string; records: number };
  scope: SignoffPayload['scope'];
  contentHash: string;
  signer: { name: string; fingerprint: string };
  signedAt: string;
  signoff: { id: string; payload: string; signature: string };
}

function cells(r: RecordRow, file: string): Record<Column, string | number | null> {
  return {
    id: r.id, document: r.documentId, file, line: r.line, start: r.start, end: r.end, text: r.text, yen: r.yen, unit: r.unit,
    item: r.item, section: JSON.stringify(r.section), fy: r.fy, stage: r.stage, flags: r.flags.join(';'), previous: r.previous?.yen ?? null,
    supplementary: r.supplementary?.yen ?? null, change: r.change?.yen ?? null, status: r.status, approved_by: r.approvedBy,
    approved_at: r.approvedAt,
  };
}

/** A row of an export read back: the fields a sign-off covers, and the file it names. */
interface ReadRow {
  record: SignedSource;
  file: string | null;
}

/** Reads a row of an export back into what a sign-off covers. */
function signedFromRow(get: (c: Column) => string | number | null | undefined): ReadRow {
  const { str, int, fig } = rowReaders(get);
  let section: string[] = [];
  try {
    section = JSON.parse(str('section') ?? '[]');
  } catch {
    section = [str('section') ?? ''];
  }
  const record: SignedSource = {
    id: str('id') ?? '', documentId: str('document') ?? '', start: int('start') ?? -1, end: int('end') ?? -1, line: int('line') ?? -1,
    text: str('text') ?? '', yen: int('yen') ?? NaN, unit: str('unit') ?? '', item: str('item'), section, fy: int('fy'),
    stage: str('stage') as SignedSource['stage'], flags: (str('flags') ?? '').split(';').filter(Boolean) as SignedSource['flags'],
    previous: fig('previous'), supplementary: fig('supplementary'), change: fig('change'),
    status: str('status') as SignedSource['status'], approvedBy: str('approved_by'), approvedAt: str('approved_at'),
  };
  return { record, file: str('file') };
}

export async function exportDataset(
  db: Database.Database,
  documentId: string,
  format: DatasetFormat,
  out: string,
  trust: TrustList,
  lang: Locale = 'ja',
): Promise<{ path: string; manifest: string; records: number }> {
  const doc = documentSummary(db, documentId);
  const signoffs = listSignoffs(db, trust, documentId);
  const latest = signoffs.at(-1);
  if (!latest) throw new ApiError('not_signed', `${doc.fileName} has no sign-off to export`, { file: doc.fileName });
  if (latest.state !== 'valid' && latest.state !== 'untrusted') {
    throw new ApiError('not_signed', `the latest sign-off of ${doc.fileName} is ${latest.state}: ${latest.reason}`, { file: doc.fileName });
  }
  const row = db.prepare('SELECT id, document_id, payload, signature FROM signoffs WHERE id = ?').get(latest.id) as {
    id: string; payload: string; signature: string;
  };
  const records = recordsOfDocument(db, documentId);
  const p = JSON.parse(row.payload) as SignoffPayload;
  // The file as signed: a merge may since have named the document after an earlier import.
  const rows = records.map((r) => cells(r, p.scope.file));
  const target = path.resolve(out);
  if (format === 'csv') {
    const text = toCsv([[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))))]);
    fs.writeFileSync(target, '\uFEFF' + text, 'utf8'); // BOM: Excel then reads UTF-8 Japanese correctly
  } else if (format === 'json') {
    // Real arrays for the lists, so a program reading the JSON needs no second parser.
    const json = records.map((r, i) => ({ ...rows[i], section: r.section, flags: r.flags }));
    fs.writeFileSync(target, JSON.stringify({ records: json }, null, 2) + '\n', 'utf8');
  } else {
    const { title } = doc;
    const summary = { title, file: p.scope.file, signoff: latest, records };
    await writeWorkbook(target, records.map((r) => sheetRow(r, { title, file: p.scope.file }, lang)), summary, lang);
  }
  const manifest: Manifest = {
    format: 'yosan-dataset-manifest/1',
    data: { file: path.basename(target), format, sha256: sha256Hex(fs.readFileSync(target)), records: records.length },
    scope: p.scope,
    contentHash: p.contentHash,
    signer: { name: p.signer.name, fingerprint: p.signer.fingerprint },
    signedAt: p.signedAt,
    signoff: { id: row.id, payload: row.payload, signature: row.signature },
  };
  const manifestPath = `${target}.manifest.json`;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  return { path: target, manifest: manifestPath, records: records.length };
}

async function readBack(data: Buffer, format: DatasetFormat): Promise<ReadRow[]> {
  if (format === 'csv') {
    const [header, ...rows] = parseCsv(data.toString('utf8')).filter((r) => r.length > 1 || r[0] !== '');
    const at = new Map(header.map((h, i) => [h, i]));
    return rows.map((r) => signedFromRow((c) => r[at.get(c) ?? -1]));
  }
  if (format === 'json') {
    const parsed = JSON.parse(data.toString('utf8')) as { records: Record<Column, unknown>[] };
    // Lists are arrays since the export words its XLSX; earlier JSON exports held strings.
    const plain = (v: unknown) => (Array.isArray(v) ? null : (v as string | number | null));
    return parsed.records.map((r) => {
      const read = signedFromRow((c) => plain(r[c]));
      if (Array.isArray(r.section)) read.record.section = r.section.map(String);
      if (Array.isArray(r.flags)) read.record.flags = r.flags.map(String) as SignedSource['flags'];
      return read;
    });
  }
  return readWorkbook(data);
}

/** Verifies an exported dataset from its manifest; the data file is looked for beside it. */
export async function verifyManifest(manifestFile: string, trust: TrustList): Promise<SignoffView> {
  let m: Manifest;
  try {
    m = JSON.parse(readRegular(manifestFile, manifestFile, MAX_MANIFEST).toString('utf8')) as Manifest;
  } catch (e) {
    throw new ApiError('bad_manifest', `${manifestFile} is not a Yosan manifest: ${(e as Error).message}`);
  }
  if (m.format !== 'yosan-dataset-manifest/1' || !m.signoff?.payload) throw new ApiError('bad_manifest', `${manifestFile} is not a Yosan manifest`);
  const row = { id: m.signoff.id, document_id: m.scope?.document ?? '', payload: m.signoff.payload, signature: m.signoff.signature };
  const { problem, payload } = signatureProblem(row);
  const base = {
    id: row.id, documentId: row.document_id, file: payload?.scope.file ?? '', signedAt: payload?.signedAt ?? '', note: payload?.note ?? null,
    signer: { name: payload?.signer.name ?? '', fingerprint: payload?.signer.fingerprint ?? '' }, records: payload?.records.length ?? 0,
    contentHash: payload?.contentHash ?? '', changed: [] as string[],
  };
  if (problem || !payload) return { ...base, state: 'invalid', reason: problem };
  const dataFile = path.join(path.dirname(manifestFile), path.basename(String(m.data?.file)));
  let data: Buffer;
  let rows: ReadRow[];
  try {
    data = readRegular(dataFile, path.basename(dataFile), MAX_DATA);
    rows = await readBack(data, m.data.format);
  } catch (e) {
    return { ...base, state: 'invalid', reason: `the data file cannot be read: ${(e as Error).message}` };
  }
  const sorted = rows.map((r) => signedRecord(r.record, payload.v)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const now: [string, string][] = sorted.map((r) => [r.id, sha256Hex(canonicalJson(r))]);
  const changed = changedRecords(payload.records, now);
  if (changed.length || sha256Hex(canonicalJson(sorted)) !== payload.contentHash) {
    return { ...base, state: 'invalid', reason: `the data file differs from the signed content (${changed.length} record(s): the file was altered)`, changed };
  }
  const otherFile = rows.find((r) => r.file !== payload.scope.file);
  if (otherFile) return { ...base, state: 'invalid', reason: `the data file names another source file (${otherFile.file}) than the signed one (the file was altered)` };
  if (sha256Hex(data) !== m.data.sha256) {
    return { ...base, state: 'invalid', reason: 'the data file is not the one exported (its hash differs from the manifest’s: the file was altered)' };
  }
  if (!trust.isTrusted(payload.signer.fingerprint)) return { ...base, state: 'untrusted', reason: `signed by a key you do not trust (${payload.signer.name})` };
  return { ...base, state: 'valid', reason: null };
}
