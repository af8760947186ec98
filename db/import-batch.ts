// Importing many documents (a folder, several picked files): each file is read and extracted on
// its own, then documents are written many to a transaction with statements prepared once, and
// their records projected straight from the extraction events just written (a new document's
// records have no other events). A refused file is reported with its code and does not stop
// the rest. A cancel stops between documents: what was read and extracted so far is written (each
// document whole, with all its records, in one transaction) and nothing after it is read.
import type Database from 'better-sqlite3';
import { ApiError, MAX_DOCUMENT_BYTES, type BatchImportResult } from '../shared/api';
import { documentTitle } from '../shared/decode';
import { compareEvents, type EventRow } from '../shared/events';
import { extract } from '../shared/extract';
import type { Extracted } from '../shared/extract/types';
import { extractionEvents, readDocumentFile, type DocumentSource } from './documents';
import { sha256Hex, storedEvent, storedEventId } from './hash';
import { project } from './projection';

/** One file offered for import: its name as the user knows it, and a way to read its bytes. */
export interface ImportFile {
  name: string;
  /** Throws an ApiError (e.g. too_large, refused_file) when the file cannot be offered. */
  read(): Uint8Array | Promise<Uint8Array>;
}

/** A file not imported, and why: the code and parameters the UI words (renderer/logic/errors.ts). */
export type ImportRefusal = BatchImportResult['refused'][number];
export type ImportedDocument = BatchImportResult['imported'][number];

export interface BatchImportOptions {
  importedBy: string;
  now?: Date;
  /** Asked between documents; true stops the import (the documents read until then are written, whole). */
  cancelled?: () => boolean;
  /** After each file (imported or refused); `file` is the next one's name, or null at the end. */
  progress?: (done: number, total: number, file: string | null) => void;
  /** Write when this many documents, or this many bytes of text, are waiting. */
  batchDocuments?: number;
  batchBytes?: number;
  /** Lets other work run between documents (the store's worker answers calls, a cancel arrives). */
  pause?: () => Promise<void>;
}

interface Prepared {
  source: DocumentSource;
  id: string;
  extracted: Extracted[];
}

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

function refusalOf(file: string, e: unknown): ImportRefusal {
  if (e instanceof ApiError) return { file, code: e.code, message: e.message, ...(e.params ? { params: { file, ...e.params } } : { params: { file } }) };
  throw e; // not a refusal: a fault of ours, reported as such by the caller
}

function statements(db: Database.Database) {
  return {
    existing: db.prepare('SELECT file_name FROM documents WHERE id = ?'),
    document: db.prepare(
      `INSERT INTO documents (id, title, file_name, bytes, encoding, text, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    pdf: db.prepare('INSERT INTO document_pdfs (document_id, sha256, pdf, page_map) VALUES (?, ?, ?, ?)'),
    event: db.prepare(
      `INSERT OR IGNORE INTO events (id, hlc, actor, document_id, record_id, type, field, value, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    record: db.prepare(
      `INSERT INTO records (id, document_id, start, "end", status, stage, fy, confidence, data, updated_at, last_actor)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

/**
 * Imports `files` in order. Refusals (duplicate, empty, binary, undecodable, too large, a PDF
 * that cannot be read) are collected per file; an error that is not a refusal stops the import
 * and is thrown (the batches written before it stay, each whole).
 */
export async function importBatch(db: Database.Database, files: readonly ImportFile[], opts: BatchImportOptions): Promise<BatchImportResult> {
  const now = (opts.now ?? new Date()).toISOString();
  const maxDocs = opts.batchDocuments ?? 200;
  const maxBytes = opts.batchBytes ?? 16 * 1024 * 1024;
  const pause = opts.pause ?? nextTurn;
  const st = statements(db);
  const result: BatchImportResult = { imported: [], refused: [], cancelled: false };
  let pending: Prepared[] = [];
  let pendingBytes = 0;
  /** Ids of documents waiting to be written, with their file: a folder may hold one text twice. */
  const waiting = new Map<string, string>();

  const write = db.transaction((batch: Prepared[]) => {
    for (const p of batch) result.imported.push(writeDocument(st, p, now, opts.importedBy));
  });
  const flush = () => {
    if (!pending.length) return;
    write(pending);
    pending = [];
    pendingBytes = 0;
    waiting.clear();
  };

  for (let i = 0; i < files.length; i++) {
    if (opts.cancelled?.()) {
      result.cancelled = true;
      break;
    }
    const f = files[i];
    try {
      const bytes = await f.read();
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        const limit = `${Math.round(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB`;
        throw new ApiError('too_large', `${f.name} is larger than ${limit}: refused`, { file: f.name, limit });
      }
      const source = await readDocumentFile(f.name, bytes);
      const id = sha256Hex(source.text);
      const existing = (st.existing.get(id) as { file_name: string } | undefined)?.file_name ?? waiting.get(id);
      if (existing !== undefined) {
        throw new ApiError('duplicate', `${f.name}: this document is already imported (as ${existing})`, { file: f.name, existing });
      }
      pending.push({ source, id, extracted: extract(source.text) });
      waiting.set(id, f.name);
      pendingBytes += source.text.length;
    } catch (e) {
      result.refused.push(refusalOf(f.name, e));
    }
    if (pending.length >= maxDocs || pendingBytes >= maxBytes) flush();
    opts.progress?.(i + 1, files.length, files[i + 1]?.name ?? null);
    await pause();
  }
  flush(); // also after a cancel: the documents already extracted are kept, whole

  return result;
}

function writeDocument(st: ReturnType<typeof statements>, p: Prepared, now: string, importedBy: string): ImportedDocument {
  const { source, id } = p;
  const title = documentTitle(source.text, source.fileName);
  st.document.run(id, title, source.fileName, source.bytes, source.encoding, source.text, now, importedBy);
  if (source.pdf) st.pdf.run(id, sha256Hex(source.pdf.data), Buffer.from(source.pdf.data), JSON.stringify(source.pdf.map));
  // A record's events here are its extraction(s) alone: project them as they are written.
  const byRecord = new Map<string, EventRow[]>();
  for (const e of extractionEvents(id, source.text, p.extracted)) {
    const s = storedEvent(e);
    const eventId = storedEventId(s);
    if (!st.event.run(eventId, s.hlc, s.actor, s.document_id, s.record_id, s.type, s.field, s.value, s.parents).changes) continue;
    // projected from the value as stored (canonical JSON), as a later re-projection reads it
    const row: EventRow = { ...e, value: JSON.parse(s.value!), id: eventId };
    const group = byRecord.get(e.recordId!);
    if (group) group.push(row);
    else byRecord.set(e.recordId!, [row]);
  }
  for (const events of byRecord.values()) {
    const r = project(events.length > 1 ? events.sort(compareEvents) : events);
    if (r) st.record.run(r.id, r.documentId, r.start, r.end, r.status, r.stage, r.fy, r.confidence, JSON.stringify(r), r.updatedAt, r.lastActor);
  }
  return { id, fileName: source.fileName, title, records: byRecord.size };
}
