// The terminal host: `npm run -s yosan -- <command>`. Output is the contract other tools rely
// on; bad input exits non-zero with a one-line message on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, dispatch, type ApiMethod } from '../shared/api';
import { Workbench, fixedProfile } from '../db/service';
import { allRecords, pendingRecordIds } from '../db/projection';
import { exportReviewFile } from '../db/export-file';
import { mergeFile } from '../db/merge';
import { DATASET_FORMATS, exportDataset, verifyManifest, type DatasetFormat } from '../db/dataset-export';
import { openChecked } from '../db/exchange-file';
import { readRegular } from '../db/regular-file';
import { listSignoffs, signDocument } from '../db/signoff';
import { listChecks } from '../db/checks';
import { listCandidates } from '../db/candidates';
import type { SignoffView } from '../shared/signoff';
import { Identity, showFingerprint } from './identity';
import { homeProfile, APP_VERSION } from './bootstrap';
import { extractJsonl } from './extract-jsonl';
import { ExtractPool, extractThreads, extractWorkerFile } from './extract-pool';
import { prepareImport, importSource, readDocumentFile } from '../db/documents';
import { openStore, StoreError } from '../db/store';
import { SchemaError } from '../db/migrations';
import { appHome, defaultDbPath, osLocale } from './paths';
import { parseArgs, type ParsedArgs } from './cli-args';
import { ValidationError } from '../shared/validate';

const USAGE = `usage: yosan <command> (yosan <command> --help for one command)
  extract --format jsonl FILE...     print every extracted amount as one JSON line (text or PDF;
                                     a PDF's lines carry page and box)
  import --db FILE DOC...            import text or PDF documents (creates the database if missing)
  review --db FILE --as NAME ACTION  set RECORD FIELD VALUE [--reason TEXT] | approve RECORD... |
                                     reject RECORD... | reset RECORD... | comment RECORD TEXT | undo | redo
                                     (approve/reject/reset: ids, - for ids on stdin, or
                                      --document SHA256_OR_ID --all-pending)
                                     add CANDIDATE | dismiss CANDIDATE --reason TEXT |
                                     accept-check RECORD KIND --reason TEXT
  records --db FILE --format jsonl   print every projected record as one JSON line
  check --db FILE [--document ID] --format jsonl   every check on the figures; exit 1 when one fails
  candidates --db FILE [--document ID] --format jsonl   figures nobody reviewed, with their decisions
  export --db FILE --out OUT.yosan   write a consistent snapshot to exchange
  merge --db FILE OTHER.yosan [--dry-run]  merge a colleague's review file; prints a JSON summary
  keys show | export --out FILE | trust FILE   your signing key; trust a supervisor's public key
  signoff --db FILE --document SHA256_OR_ID [--note TEXT] [--as NAME]   sign a fully reviewed document
  export --db FILE --document SHA256_OR_ID --format csv|json|xlsx [--lang ja|en] --out FILE
                                     signed dataset + manifest (XLSX headers in --lang, default ja)
  verify FILE                        check every sign-off in a .yosan file or an export manifest`;

/** \`yosan COMMAND --help\`: what one command takes. */
const HELP: Record<string, string> = {
  extract: `usage: yosan extract --format jsonl FILE...
  Prints one JSON object per amount found in each FILE (UTF-8, UTF-16, Shift_JIS or EUC-JP text):
  file, line, start, end, text, yen, unit, item, section, fy, stage, flags, previous,
  supplementary, change, confidence, warnings. A file that cannot be read fails the command
  before any output.`,
  import: `usage: yosan import --db FILE DOC... [--as NAME]
  Imports each DOC into the database FILE (created when missing) and extracts its amounts.
  A document already imported, empty, binary or undecodable is refused with its reason.`,
  review: `usage: yosan review --db FILE --as NAME ACTION
  set RECORD FIELD VALUE [--reason TEXT]   FIELD: item, yen, previous, supplementary, fy, stage, flags
  approve RECORD... | reject RECORD... | reset RECORD...   [--reason TEXT]
  approve - | reject - | reset -            record ids read from stdin (whitespace-separated)
  approve --document SHA256_OR_ID --all-pending   every record of the document still pending
  comment RECORD TEXT | undo | redo
  add CANDIDATE                            add a candidate (a figure nobody reviewed) as a record
  dismiss CANDIDATE --reason TEXT          dismiss it: page_number, not_yen, duplicate or your words
  accept-check RECORD KIND --reason TEXT   accept a failed check (KIND: sum, change, previous_year, repeat)
  A batch is one transaction: an unknown id or a refused change changes nothing.
  Prints "RECORD STATUS" per record changed.`,
  check: `usage: yosan check --db FILE [--document SHA256_OR_ID] [--format jsonl]
  Runs every check on the figures (sum, change, previous_year, repeat) and prints one JSON line
  per check: {"kind","status":"pass"|"fail"|"accepted","record","expected","actual","related"}.
  Exits 1 when any check fails (neither fixed nor accepted).`,
  candidates: `usage: yosan candidates --db FILE [--document SHA256_OR_ID] [--format jsonl]
  Prints every figure nobody reviewed (neither a record nor attached to one) as one JSON line:
  {"id","document","line","start","end","text","yen","status":"open"|"added"|"dismissed","reason"}.`,
  records: `usage: yosan records --db FILE [--format jsonl]
  Prints every projected record as one JSON line (id, document, file, status, the extracted
  fields, comments, conflicts, lastActor).`,
  export: `usage: yosan export --db FILE --out OUT.yosan
       yosan export --db FILE --document SHA256_OR_ID --format csv|json|xlsx [--lang ja|en] --out FILE
  The first writes a consistent snapshot of the database to exchange. The second writes a
  signed document's records with a manifest beside it (FILE.manifest.json); XLSX has worded
  headers in --lang (default ja) and a sign-off sheet.`,
  merge: `usage: yosan merge --db FILE OTHER.yosan [--dry-run]
  Checks OTHER.yosan in full, then merges it; prints one JSON line
  {"documents":…,"events":…,"records":…,"conflicts":…,"signoffs":…}. --dry-run changes nothing.`,
  keys: `usage: yosan keys show | keys export --out FILE | keys trust FILE
  Your signing key's fingerprint and the keys you trust; export your public key; trust a
  supervisor's public key file (compare its fingerprint with the one they give you).`,
  signoff: `usage: yosan signoff --db FILE --document SHA256_OR_ID [--note TEXT] [--as NAME]
  Signs a document whose records are all approved or rejected, with your key in the app-data
  folder (YOSAN_HOME). --as NAME signs under that name instead of the profile's.`,
  verify: `usage: yosan verify FILE
  Checks every sign-off in a .yosan file, or an export's manifest and the data file beside it.
  One line per sign-off with its state; exits 0 only when every one is valid.`,
};

class CliError extends Error {}

function readFileOrFail(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function cmdExtract(a: ParsedArgs): Promise<void> {
  const format = a.options.format ?? 'jsonl';
  if (format !== 'jsonl') throw new CliError(`unknown format ${format} (only jsonl)`);
  if (!a.positional.length) throw new CliError('extract: give at least one FILE');
  const write = (jsonl: string): void => { if (jsonl) process.stdout.write(jsonl); };
  const threads = extractThreads(a.positional.length, a.positional.reduce((n, f) => n + sizeOf(f), 0));
  const workerFile = threads ? extractWorkerFile(import.meta.dirname) : null;
  // Read everything first: a bad file fails the command before any output (on worker threads, the documents
  // read so far are extracted meanwhile; their lines wait).
  const pool = workerFile ? new ExtractPool(threads, workerFile, write) : null;
  const docs = [];
  try {
    for (const file of a.positional) {
      const source = await readDocumentFile(file, readFileOrFail(file));
      if (pool) {
        pool.add({ file, text: source.text, map: source.pdf?.map ?? null });
        // let the workers' answers in (reading a text file resolves at once: the loop would not yield)
        await new Promise((r) => setImmediate(r));
      } else docs.push({ file, source });
    }
  } catch (e) {
    pool?.close();
    throw e;
  }
  if (pool) return pool.finish();
  for (const { file, source } of docs) write(extractJsonl(file, source.text, source.pdf?.map ?? null));
}

/** A file's size in bytes, 0 when it cannot be read (reading it then says why). */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

async function cmdImport(a: ParsedArgs): Promise<void> {
  const dbPath = a.options.db ?? defaultDbPath();
  if (!a.positional.length) throw new CliError('import: give at least one DOC');
  // Read every document before the database is opened: a bad one changes nothing.
  const files = [];
  for (const file of a.positional) files.push({ file, source: await readDocumentFile(path.basename(file), readFileOrFail(file)) });
  const db = openStore(dbPath);
  try {
    const seen = new Map<string, string>();
    for (const f of files) {
      const id = prepareImport(db, f.source);
      if (seen.has(id)) throw new CliError(`${f.file}: same document as ${seen.get(id)}`);
      seen.set(id, f.file);
    }
    const actor = profileFor(a).get() ?? 'local';
    for (const f of files) {
      const r = importSource(db, f.source, actor);
      console.log(`imported ${f.file}: ${r.records} records (document ${r.document.id.slice(0, 12)})`);
    }
  } finally {
    db.close();
  }
}

/** Who the command acts as: --as NAME, else the profile of the app-data folder. */
const profileFor = (a: ParsedArgs) => (a.options.as ? fixedProfile(a.options.as) : homeProfile());

/** Opens an existing database for the review commands (never creates one by accident). */
function openExisting(a: ParsedArgs): Workbench {
  const dbPath = a.options.db ?? defaultDbPath();
  if (!fs.existsSync(dbPath)) throw new CliError(`no database at ${dbPath}`);
  return new Workbench(openStore(dbPath), { host: 'cli', version: APP_VERSION, dbPath, osLocale: osLocale(), profile: profileFor(a) });
}

const REVIEW_ACTIONS: Record<string, { args: number; call: (p: string[], a: ParsedArgs) => [ApiMethod, object] }> = {
  set: { args: 3, call: ([recordId, field, input], a) => ['setField', { recordId, field, input, reason: a.options.reason }] },
  approve: { args: 1, call: ([recordId], a) => ['setStatus', { recordId, status: 'approved', reason: a.options.reason }] },
  reject: { args: 1, call: ([recordId], a) => ['setStatus', { recordId, status: 'rejected', reason: a.options.reason }] },
  reset: { args: 1, call: ([recordId], a) => ['setStatus', { recordId, status: 'pending', reason: a.options.reason }] },
  comment: { args: 2, call: ([recordId, text]) => ['addComment', { recordId, text }] },
  undo: { args: 0, call: () => ['undo', {}] },
  add: { args: 1, call: ([candidateId]) => ['addCandidate', { candidateId }] },
  dismiss: { args: 1, call: ([candidateId], a) => ['dismissCandidate', { candidateId, reason: a.options.reason ?? '' }] },
  'accept-check': { args: 2, call: ([recordId, kind], a) => ['acceptCheck', { recordId, kind, reason: a.options.reason ?? '' }] },
  redo: { args: 0, call: () => ['redo', {}] },
};

const STATUS_ACTIONS = new Set(['approve', 'reject', 'reset']);

/** Record ids for a status action: given, read from stdin (-), or a document's pending ones. */
function batchIds(wb: Workbench, a: ParsedArgs, params: string[]): string[] {
  if (a.flags.has('all-pending') || a.options.document) {
    if (!a.flags.has('all-pending') || !a.options.document || params.length) {
      throw new CliError('review: --document SHA256_OR_ID and --all-pending go together, without record ids');
    }
    const doc = findDocument(wb, a.options.document);
    return pendingRecordIds(wb.db, doc);
  }
  if (params.length === 1 && params[0] === '-') return fs.readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
  return params;
}

async function cmdReview(a: ParsedArgs): Promise<void> {
  const [action, ...params] = a.positional;
  const spec = REVIEW_ACTIONS[action ?? ''];
  if (!spec) throw new CliError(`unknown review action ${action ?? '(none)'}: one of ${Object.keys(REVIEW_ACTIONS).join(', ')}`);
  const batch = STATUS_ACTIONS.has(action) && (params.length !== 1 || params[0] === '-' || a.flags.has('all-pending') || !!a.options.document);
  if (!batch && params.length !== spec.args) throw new CliError(`review ${action} takes ${spec.args} argument(s)`);
  if (!a.options.as) throw new CliError('review: say who you are with --as NAME');
  const wb = openExisting(a);
  try {
    if (batch) {
      const ids = batchIds(wb, a, params);
      if (!ids.length && !a.flags.has('all-pending')) throw new CliError(`review ${action}: give record ids, - for stdin, or --document ID --all-pending`);
      await dispatch(wb.handlers, 'setProfile', { name: a.options.as });
      const out: string[] = [];
      // One transaction: a refused id part-way changes nothing.
      wb.db.exec('BEGIN IMMEDIATE');
      try {
        for (const id of ids) {
          const [method, args] = spec.call([id], a);
          const rec = (await dispatch(wb.handlers, method, args)) as { id: string; status: string };
          out.push(`${rec.id} ${rec.status}`);
        }
        wb.db.exec('COMMIT');
      } catch (e) {
        wb.db.exec('ROLLBACK');
        throw e;
      }
      if (out.length) process.stdout.write(out.join('\n') + '\n');
      else console.log(`nothing to ${action}`);
      return;
    }
    await dispatch(wb.handlers, 'setProfile', { name: a.options.as }); // checked as the app checks a name
    const [method, args] = spec.call(params, a);
    if ((action === 'dismiss' || action === 'accept-check') && !a.options.reason?.trim()) throw new CliError(`review ${action}: give --reason TEXT`);
    const result = (await dispatch(wb.handlers, method, args)) as { id?: string; status?: string; record?: { id: string; status: string } | null; candidate?: { id: string; status: string } } | null;
    const rec = result && 'record' in result ? (result.record ?? result.candidate ?? null) : result;
    console.log(rec ? `${rec.id} ${rec.status}` : `nothing to ${action}`);
  } finally {
    wb.db.close();
  }
}

function cmdRecords(a: ParsedArgs): void {
  if ((a.options.format ?? 'jsonl') !== 'jsonl') throw new CliError(`unknown format ${a.options.format} (only jsonl)`);
  const wb = openExisting(a);
  try {
    const files = new Map(
      (wb.db.prepare('SELECT id, file_name FROM documents').all() as { id: string; file_name: string }[]).map((d) => [d.id, d.file_name]),
    );
    const out: string[] = [];
    for (const r of allRecords(wb.db)) {
      out.push(
        JSON.stringify({
          id: r.id, document: r.documentId, file: files.get(r.documentId), status: r.status,
          line: r.line, start: r.start, end: r.end, text: r.text, yen: r.yen, unit: r.unit, item: r.item,
          section: r.section, fy: r.fy, stage: r.stage, flags: r.flags, previous: r.previous,
          supplementary: r.supplementary, change: r.change, confidence: r.confidence, warnings: r.warnings,
          comments: r.comments, conflicts: r.conflicts.map((c) => c.field), lastActor: r.lastActor,
          approvalVoid: r.approvalVoid, origin: r.origin,
        }),
      );
      if (out.length >= 2000) process.stdout.write(out.splice(0).join('\n') + '\n');
    }
    if (out.length) process.stdout.write(out.join('\n') + '\n');
  } finally {
    wb.db.close();
  }
}

function jsonlFormat(a: ParsedArgs): void {
  if ((a.options.format ?? 'jsonl') !== 'jsonl') throw new CliError(`unknown format ${a.options.format} (only jsonl)`);
}

function cmdCheck(a: ParsedArgs): void {
  jsonlFormat(a);
  const wb = openExisting(a);
  try {
    const checks = listChecks(wb.db, a.options.document ? findDocument(wb, a.options.document) : undefined);
    const out = checks.map((c) => JSON.stringify({ kind: c.kind, status: c.status, record: c.record, expected: c.expected, actual: c.actual, related: c.related }));
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    if (checks.some((c) => c.status === 'fail')) process.exitCode = 1;
  } finally {
    wb.db.close();
  }
}

function cmdCandidates(a: ParsedArgs): void {
  jsonlFormat(a);
  const wb = openExisting(a);
  try {
    const docs = a.options.document ? [findDocument(wb, a.options.document)] : (wb.db.prepare('SELECT id FROM documents ORDER BY file_name, id').pluck().all() as string[]);
    const out: string[] = [];
    for (const d of docs) {
      for (const c of listCandidates(wb.db, d)) {
        out.push(JSON.stringify({ id: c.id, document: c.documentId, line: c.line, start: c.start, end: c.end, text: c.text, yen: c.yen, status: c.status, reason: c.reason }));
      }
    }
    if (out.length) process.stdout.write(out.join('\n') + '\n');
  } finally {
    wb.db.close();
  }
}

async function cmdExport(a: ParsedArgs): Promise<void> {
  if (!a.options.out) throw new CliError('export: give --out FILE');
  const wb = openExisting(a);
  try {
    if (a.options.document) {
      const format = a.options.format ?? 'csv';
      if (!(DATASET_FORMATS as readonly string[]).includes(format)) throw new CliError(`unknown format ${format} (csv, json or xlsx)`);
      const lang = a.options.lang ?? 'ja';
      if (lang !== 'ja' && lang !== 'en') throw new CliError(`unknown language ${lang} (ja or en)`);
      const r = await exportDataset(wb.db, findDocument(wb, a.options.document), format as DatasetFormat, a.options.out, identity(a), lang);
      console.log(`exported ${r.records} records to ${r.path}; manifest ${r.manifest}`);
    } else {
      const r = exportReviewFile(wb.db, a.options.out);
      console.log(`exported ${r.path} (${r.bytes} bytes)`);
    }
  } finally {
    wb.db.close();
  }
}

function identity(a: ParsedArgs): Identity {
  const profile = profileFor(a);
  return new Identity(appHome(), () => profile.get());
}

/** A document by its sha256, a unique prefix of it, or its file name. */
function findDocument(wb: Workbench, ref: string): string {
  const docs = wb.db.prepare('SELECT id, file_name FROM documents').all() as { id: string; file_name: string }[];
  const hits = docs.filter((d) => d.id === ref || (ref.length >= 6 && d.id.startsWith(ref)) || d.file_name === ref || path.basename(d.file_name) === ref);
  if (hits.length !== 1) throw new CliError(hits.length ? `${ref} names ${hits.length} documents` : `no document ${ref}`);
  return hits[0].id;
}

function cmdKeys(a: ParsedArgs): void {
  const [action, file] = a.positional;
  const id = identity(a).load();
  if (action === 'show') {
    console.log(`fingerprint ${showFingerprint(id.fingerprint)}`);
    for (const k of id.trusted()) console.log(`trusted ${showFingerprint(k.fingerprint)} ${k.name}`);
  } else if (action === 'export') {
    if (!a.options.out) throw new CliError('keys export: give --out FILE');
    fs.writeFileSync(a.options.out, JSON.stringify(id.publicKeyFile(), null, 2) + '\n');
    console.log(`wrote ${a.options.out} (fingerprint ${showFingerprint(id.fingerprint)})`);
  } else if (action === 'trust') {
    if (!file) throw new CliError('keys trust: give the public key FILE');
    const k = id.trust(readFileOrFail(file).toString('utf8'));
    console.log(`trusted ${k.name || '(no name)'}: fingerprint ${showFingerprint(k.fingerprint)}`);
  } else throw new CliError('keys: show, export --out FILE or trust FILE');
}

function cmdSignoff(a: ParsedArgs): void {
  if (!a.options.document) throw new CliError('signoff: give --document SHA256_OR_ID');
  const wb = openExisting(a);
  try {
    const v = signDocument(wb.db, findDocument(wb, a.options.document), identity(a).signer(), a.options.note ?? null);
    console.log(`signed ${v.file}: ${v.records} records, content ${v.contentHash.slice(0, 16)}…, sign-off ${v.id.slice(0, 12)}`);
  } finally {
    wb.db.close();
  }
}

function signoffLine(v: SignoffView): string {
  const who = `${v.signer.name || '?'} (${v.signer.fingerprint.slice(0, 16)})`;
  return `${v.state} ${v.file || v.documentId.slice(0, 12)} signed by ${who} at ${v.signedAt}${v.reason ? `: ${v.reason}` : ''}`;
}

async function cmdVerify(a: ParsedArgs): Promise<void> {
  if (a.positional.length !== 1) throw new CliError('verify: give one .yosan file or manifest');
  const file = a.positional[0];
  const head = readRegular(file, file, 16, true).toString('latin1');
  let views: SignoffView[];
  if (head === 'SQLite format 3\0') {
    const opened = openChecked(file);
    try {
      views = listSignoffs(opened.db, identity(a));
    } finally {
      opened.dispose();
    }
  } else views = [await verifyManifest(file, identity(a))];
  if (!views.length) throw new CliError(`${file} holds no sign-off`);
  for (const v of views) console.log(signoffLine(v));
  if (views.some((v) => v.state !== 'valid')) process.exitCode = 1;
}

function cmdMerge(a: ParsedArgs): void {
  if (a.positional.length !== 1) throw new CliError('merge: give one review file to merge');
  const wb = openExisting(a);
  try {
    const summary = mergeFile(wb.db, a.positional[0], { dryRun: a.flags.has('dry-run') });
    console.log(JSON.stringify(summary));
  } finally {
    wb.db.close();
  }
}

const COMMANDS: Record<string, (a: ParsedArgs) => void | Promise<void>> = {
  keys: cmdKeys,
  signoff: cmdSignoff,
  verify: cmdVerify,
  export: cmdExport,
  merge: cmdMerge,
  extract: cmdExtract,
  import: cmdImport,
  review: cmdReview,
  records: cmdRecords,
  check: cmdCheck,
  candidates: cmdCandidates,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new CliError(`unknown command ${command}\n${USAGE}`);
    let parsed: ParsedArgs;
    try {
      parsed = parseArgs(rest, { values: ['format', 'db', 'as', 'out', 'reason', 'document', 'note', 'lang'], flags: ['dry-run', 'all-pending', 'help'] });
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    if (parsed.flags.has('help') || rest[0] === '-h') {
      console.log(HELP[command] ?? USAGE);
      return 0;
    }
    await run(parsed);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    // Every failure is one line: the message a user can act on.
    const known = e instanceof CliError || e instanceof ApiError || e instanceof StoreError || e instanceof SchemaError || e instanceof ValidationError;
    const msg = (e as Error).message.split('\n')[0];
    process.stderr.write(`yosan ${command}: ${known ? msg : `unexpected error: ${msg}`}\n`);
    return 1;
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
