// Importing a document: read (text, or a PDF's text and page map), extract, and write document + extraction events + records in
// one transaction, so a failure or crash leaves the database as it was.
import type Database from 'better-sqlite3';
import { ApiError, type ImportResult } from '../shared/api';
import { decodeDocument, DecodeError, documentTitle } from '../shared/decode';
import { EXTRACTION_HLC, EXTRACTOR_ACTOR, type EventInput } from '../shared/events';
import { extract, type Extracted } from '../shared/extract';
import { proposeHierarchy } from '../shared/hierarchy';
import type { DocumentSummary, DocumentText, RecordRow } from '../shared/records';
import { placeSpan, type PageMap } from '../shared/pdf/pagemap';
import { isPdf, readPdf } from './pdf-read';
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

// Counts from document_progress (kept by triggers on records), so the list costs no record scan.
const SUMMARY_SQL = `
  SELECT d.id, d.title, d.file_name, d.bytes, d.encoding, d.imported_at, d.imported_by,
         coalesce(p.records, 0) AS records, coalesce(p.reviewed, 0) AS reviewed
  FROM documents d LEFT JOIN document_progress p ON p.document_id = d.id`;

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
  const rows = db.prepare(`${SUMMARY_SQL} ORDER BY d.file_name, d.id`).all() as DocumentDbRow[];
  return rows.map(toSummary);
}

/** Every document's id, in id order. */
export function documentIds(db: Database.Database): string[] {
  return db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
}

export function documentSummary(db: Database.Database, id: string): DocumentSummary {
  const row = db.prepare(`${SUMMARY_SQL} WHERE d.id = ?`).get(id) as DocumentDbRow | undefined;
  if (!row) throw new ApiError('not_found', `no document ${id}`);
  return toSummary(row);
}

export function getDocument(db: Database.Database, id: string): DocumentText {
  const row = db.prepare('SELECT id, title, file_name, text FROM documents WHERE id = ?').get(id) as
    | { id: string; title: string; file_name: string; text: string }
    | undefined;
  if (!row) throw new ApiError('not_found', `no document ${id}`);
  const map = pageMapOf(db, id);
  return { id: row.id, title: row.title, fileName: row.file_name, text: row.text, pdf: map ? { pages: map.pages } : null };
}

/** The page map of a document read from a PDF, or null for a text document. */
export function pageMapOf(db: Database.Database, documentId: string): PageMap | null {
  const row = db.prepare('SELECT page_map FROM document_pdfs WHERE document_id = ?').get(documentId) as { page_map: string } | undefined;
  return row ? (JSON.parse(row.page_map) as PageMap) : null;
}

/** The PDF a document was read from (for the page view), or a not_found error. */
export function documentPdf(db: Database.Database, documentId: string): Buffer {
  const row = db.prepare('SELECT pdf FROM document_pdfs WHERE document_id = ?').get(documentId) as { pdf: Buffer } | undefined;
  if (!row) throw new ApiError('not_found', `document ${documentId} was not read from a PDF`);
  return row.pdf;
}

/** A document's records, each with its page and box when the document is a PDF. */
export function placedRecords(db: Database.Database, documentId: string, rows: RecordRow[]): RecordRow[] {
  const map = pageMapOf(db, documentId);
  return rows.map((r) => {
    const at = map && r.start >= 0 ? placeSpan(map, r.start, r.end) : null;
    return { ...r, page: at?.page ?? null, box: at?.box ?? null };
  });
}

/** A document as read from its file, before anything is written. */
export interface DocumentSource {
  fileName: string;
  bytes: number;
  encoding: string;
  text: string;
  /** The PDF it was read from: its bytes and where each run of the text sits. */
  pdf: { data: Uint8Array; map: PageMap } | null;
}

/** Reads a text file offered as a document; throws ApiError with a clear reason. */
export function decodeTextFile(fileName: string, bytes: Uint8Array): DocumentSource {
  try {
    const { text, encoding } = decodeDocument(bytes);
    return { fileName, bytes: bytes.length, encoding, text, pdf: null };
  } catch (e) {
    if (e instanceof DecodeError) throw new ApiError(e.code, `${fileName}: ${e.message}`, { file: fileName });
    throw e;
  }
}

/** Reads any file offered as a document: a PDF (async: PDF.js) or text. */
export async function readDocumentFile(fileName: string, bytes: Uint8Array): Promise<DocumentSource> {
  if (!isPdf(bytes)) return decodeTextFile(fileName, bytes);
  const { text, map } = await readPdf(fileName, bytes);
  return { fileName, bytes: bytes.length, encoding: 'PDF', text, pdf: { data: bytes, map } };
}

/** Checks a read document is new before anything is written; returns its id (the hash of its text). */
export function prepareImport(db: Database.Database, source: DocumentSource): string {
  const id = sha256Hex(source.text);
  const existing = db.prepare('SELECT file_name FROM documents WHERE id = ?').get(id) as { file_name: string } | undefined;
  if (existing) {
    throw new ApiError('duplicate', `${source.fileName}: this document is already imported (as ${existing.file_name})`, {
      file: source.fileName, existing: existing.file_name,
    });
  }
  return id;
}

/** Imports a text file (sync). PDFs go through readDocumentFile and importSource. */
export function importDocument(
  db: Database.Database,
  fileName: string,
  bytes: Uint8Array,
  importedBy: string,
  now = new Date(),
): ImportResult {
  if (isPdf(bytes)) throw new ApiError('bad_argument', `${fileName}: a PDF is read with readDocumentFile first`);
  return importSource(db, decodeTextFile(fileName, bytes), importedBy, now);
}

/**
 * The extraction events of a document: one per extracted figure, with the parent the hierarchy
 * proposes where there is one (a figure without one is extracted as before). Pure.
 */
export function extractionEvents(documentId: string, text: string, extracted: Extracted[]): EventInput[] {
  const parents = proposeHierarchy(text, extracted);
  const idOf = (x: Extracted) => recordId(documentId, x.start, x.end);
  return extracted.map((x, i) => ({
    hlc: EXTRACTION_HLC,
    actor: EXTRACTOR_ACTOR,
    documentId,
    recordId: idOf(x),
    type: 'record.extracted',
    field: null,
    value: parents[i] === null ? x : { ...x, parent: idOf(extracted[parents[i]!]) },
    parents: [],
  }));
}

export function importSource(db: Database.Database, source: DocumentSource, importedBy: string, now = new Date()): ImportResult {
  const id = prepareImport(db, source);
  const events = extractionEvents(id, source.text, extract(source.text)); // pure and slowest: done before the write transaction
  db.transaction(() => {
    db.prepare(
      `INSERT INTO documents (id, title, file_name, bytes, encoding, text, imported_at, imported_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, documentTitle(source.text, source.fileName), source.fileName, source.bytes, source.encoding, source.text, now.toISOString(), importedBy);
    if (source.pdf) {
      db.prepare('INSERT INTO document_pdfs (document_id, sha256, pdf, page_map) VALUES (?, ?, ?, ?)').run(
        id, sha256Hex(source.pdf.data), Buffer.from(source.pdf.data), JSON.stringify(source.pdf.map),
      );
    }
    appendEvents(db, events);
    reprojectMany(db, new Set(events.map((e) => e.recordId!)));
  })();
  return { document: documentSummary(db, id), records: events.length };
}
