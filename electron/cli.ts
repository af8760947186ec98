// The terminal host: `npm run -s yosan -- <command>`. Output is the contract other tools rely
// on; bad input exits non-zero with a one-line message on stderr.
import fs from 'node:fs';
import { ApiError } from '../shared/api';
import { decodeDocument, DecodeError } from '../shared/decode';
import { extract } from '../shared/extract';
import { prepareImport, importDocument } from '../db/documents';
import { openStore, StoreError } from '../db/store';
import { SchemaError } from '../db/migrations';
import { defaultDbPath, userName } from './paths';
import { parseArgs, type ParsedArgs } from './cli-args';

const USAGE = `usage: yosan <command>
  extract --format jsonl FILE...     print every extracted amount as one JSON line
  import --db FILE DOC...            import documents (creates the database if missing)`;

class CliError extends Error {}

function readFileOrFail(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function cmdExtract(a: ParsedArgs): void {
  const format = a.options.format ?? 'jsonl';
  if (format !== 'jsonl') throw new CliError(`unknown format ${format} (only jsonl)`);
  if (!a.positional.length) throw new CliError('extract: give at least one FILE');
  // Decode everything first: a bad file fails the command before any output.
  const docs = a.positional.map((file) => {
    try {
      return { file, text: decodeDocument(readFileOrFail(file)).text };
    } catch (e) {
      if (e instanceof DecodeError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }
  });
  const out: string[] = [];
  for (const { file, text } of docs) {
    for (const r of extract(text)) {
      out.push(
        JSON.stringify({
          file, line: r.line, start: r.start, end: r.end, text: r.text, yen: r.yen, unit: r.unit,
          item: r.item, section: r.section, fy: r.fy, stage: r.stage, flags: r.flags,
          previous: r.previous, supplementary: r.supplementary, change: r.change,
          confidence: r.confidence, warnings: r.warnings,
        }),
      );
      if (out.length >= 2000) process.stdout.write(out.splice(0).join('\n') + '\n');
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}

function cmdImport(a: ParsedArgs): void {
  const dbPath = a.options.db ?? defaultDbPath();
  if (!a.positional.length) throw new CliError('import: give at least one DOC');
  const files = a.positional.map((file) => ({ file, bytes: readFileOrFail(file) }));
  const db = openStore(dbPath);
  try {
    // Check every document before importing any, so a bad one changes nothing.
    const seen = new Map<string, string>();
    for (const f of files) {
      const p = prepareImport(db, f.file, f.bytes);
      if (seen.has(p.id)) throw new CliError(`${f.file}: same document as ${seen.get(p.id)}`);
      seen.set(p.id, f.file);
    }
    const actor = a.options.as ?? userName();
    for (const f of files) {
      const r = importDocument(db, f.file, f.bytes, actor);
      console.log(`imported ${f.file}: ${r.records} records (document ${r.document.id.slice(0, 12)})`);
    }
  } finally {
    db.close();
  }
}

const COMMANDS: Record<string, (a: ParsedArgs) => void> = { extract: cmdExtract, import: cmdImport };

export function main(argv: string[]): number {
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
      parsed = parseArgs(rest, { values: ['format', 'db', 'as', 'out'] });
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    run(parsed);
    return 0;
  } catch (e) {
    if (e instanceof CliError || e instanceof ApiError || e instanceof StoreError || e instanceof SchemaError) {
      process.stderr.write(`yosan ${command}: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`yosan ${command}: ${(e as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
