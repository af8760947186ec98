// Importing a document: decode, extract, and write document + extraction events + records in
// one transaction, so a failure or crash leaves the database as it was.
import type Database from 'better-sqlite3';
import { ApiError } from '../shared/api';
import { decodeDocument, DecodeError, documentTitle } from '../shared/decode';
import { EXTRACTION_HLC, EXTRACTOR_ACTOR, type EventInput } from '../shared/events';
import { extract } from '../shared/extract';
import type { DocumentSummary, DocumentText } from '../shared/records';
import { appendEvents } from './events';
import { recordId, sha256Hex } from './hash';
import { reprojectMany } from './projection';

interface DocumentDbRow {
  id: string;
  title: string;
  file_name: string;
  bytes: number;
  encoding: string;
  imported_at: string;
  imported_by: string;
  records: number;
  reviewed: number;
}

const SUMMARY_SQL = `
  SELECT d.id, d.title, d.file_name, d.bytes, d.encoding, d.imported_at, d.imported_by,
         count(r.id) AS records, count(CASE WHEN r.status != 'pending' THEN 1 END) AS reviewed
  FROM documents d LEFT JOIN records r ON r.document_id = d.id`;

const toSummary = (r: DocumentDbRow): DocumentSummary => ({
  id: r.id,
  title: r.title,
  fileName: r.file_name,
  bytes: r.bytes,
  encoding: r.encoding,
  importedAt: r.imported_at,
  importedBy: r.imported_by,
  records: r.records,
  reviewed: r.reviewed,
});

export function listDocuments(db: Database.Database): DocumentSummary[] {
  const rows = db.prepare(`${SUMMARY_SQL} GROUP BY d.id ORDER BY d.file_name, d.id`).all() as DocumentDbRow[];
  return rows.map(toSummary);
}

export function documentSummary(db: Database.Database, id: string): DocumentSummary {
  const row = db.prepare(`${SUMMARY_SQL} WHERE d.id = ? GROUP BY d.id`).get(id) as DocumentDbRow | undefined;
  if (!row) throw new ApiError('not_found', `no document ${id}`);
  return toSummary(row);
}

export function getDocument(db: Database.Database, id: string): DocumentText {
  const row = db.prepare('SELECT id, title, file_name, text FROM documents WHERE id = ?').get(id) as
    | { id: string; title: string; file_name: string; text: string }
    | undefined;
  if (!row) throw new ApiError('not_found', `no document ${id}`);
  return { id: row.id, title: row.title, fileName: row.file_name, text: row.text };
}

/** Decodes and checks a file before anything is written; throws ApiError with a clear reason. */
export function prepareImport(db: Database.Database, fileName: string, bytes: Uint8Array) {
  let decoded;
  try {
    decoded = decodeDocument(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new ApiError(e.code, `${fileName}: ${e.message}`, { file: fileName });
    throw e;
  }
  const id = sha256Hex(decoded.text);
  const existing = db.prepare('SELECT file_name FROM documents WHERE id = ?').get(id) as { file_name: string } | undefined;
  if (existing) {
    throw new ApiError('duplicate', `${fileName}: this document is already imported (as ${existing.file_name})`, {
      file: fileName, existing: existing.file_name,
    });
  }
  return { id, fileName, bytes: bytes.length, ...decoded };
}

export function importDocument(
  db: Database.Database,
  fileName: string,
  bytes: Uint8Array,
  importedBy: string,
  now = new Date(),
): { document: DocumentSummary; records: number } {
  const doc = prepareImport(db, fileName, bytes);
  const extracted = extract(doc.text); // pure and slowest: done before the write transaction
  const events: EventInput[] = extracted.map((x) => ({
    hlc: EXTRACTION_HLC,
    actor: EXTRACTOR_ACTOR,
    documentId: doc.id,
    recordId: recordId(doc.id, x.start, x.end),
    type: 'record.extracted',
    field: null,
    value: x,
    parents: [],
  }));
  db.transaction(() => {
    db.prepare(
      `INSERT INTO documents (id, title, file_name, bytes, encoding, text, imported_at, imported_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(doc.id, documentTitle(doc.text, fileName), fileName, doc.bytes, doc.encoding, doc.text, now.toISOString(), importedBy);
    appendEvents(db, events);
    reprojectMany(db, new Set(events.map((e) => e.recordId!)));
  })();
  return { document: documentSummary(db, doc.id), records: events.length };
}
