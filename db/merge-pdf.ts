// The PDFs documents were read from travel with review files. Kept apart from merge.ts so the
// document and event union stays as it was: this copies `document_pdfs` rows the open
// database lacks, each checked (its bytes hash to its sha256, its page map fits its text).
import type Database from 'better-sqlite3';
import { pageMapProblem } from '../shared/pdf/pagemap';
import { RefusedFile } from './exchange-file';
import { sha256Hex } from './hash';

interface PdfRow {
  document_id: string;
  sha256: string;
  pdf: Buffer;
  page_map: string;
}

/** Copies the incoming file's document PDFs that are new here; returns how many. */
export function mergeDocumentPdfs(db: Database.Database, name: string): number {
  const rows = db
    .prepare(
      `SELECT o.document_id, o.sha256, o.pdf, o.page_map FROM incoming.document_pdfs o
       WHERE NOT EXISTS (SELECT 1 FROM main.document_pdfs m WHERE m.document_id = o.document_id)`,
    )
    .all() as PdfRow[]; // read whole: the connection cannot write while a query is open
  const textOf = db.prepare('SELECT text FROM main.documents WHERE id = ?').pluck();
  const insert = db.prepare('INSERT INTO main.document_pdfs (document_id, sha256, pdf, page_map) VALUES (?, ?, ?, ?)');
  let n = 0;
  for (const r of rows) {
    // Documents were merged (and checked) first, so the text is ours to measure against.
    checkPdfRow(r, textOf.get(r.document_id) as string | undefined, name);
    insert.run(r.document_id, r.sha256, r.pdf, r.page_map);
    n++;
  }
  return n;
}

/** Checks, without writing, the incoming PDFs new here against the text their document will have (a preview). */
export function checkIncomingPdfs(db: Database.Database, name: string): void {
  const rows = db
    .prepare(
      `SELECT o.document_id, o.sha256, o.pdf, o.page_map FROM incoming.document_pdfs o
       WHERE NOT EXISTS (SELECT 1 FROM main.document_pdfs m WHERE m.document_id = o.document_id)`,
    )
    .iterate() as IterableIterator<PdfRow>;
  // A document held here keeps its text (the merge refuses another text under its id).
  const textOf = db.prepare('SELECT coalesce((SELECT text FROM main.documents WHERE id = ?1), (SELECT text FROM incoming.documents WHERE id = ?1))').pluck();
  for (const r of rows) checkPdfRow(r, textOf.get(r.document_id) as string | null ?? undefined, name);
}

function checkPdfRow(r: PdfRow, text: string | undefined, name: string): void {
  {
    const short = String(r.document_id).slice(0, 12);
    if (text === undefined) throw new RefusedFile(`${name}: a PDF refers to document ${short}… the file does not hold`, 'pdf_orphan', { document: short });
    if (!Buffer.isBuffer(r.pdf) || sha256Hex(r.pdf) !== r.sha256) throw new RefusedFile(`${name}: the PDF of document ${short}… was altered (damaged or forged)`, 'pdf_altered', { document: short });
    let map: unknown;
    try {
      map = JSON.parse(r.page_map);
    } catch {
      map = null;
    }
    const problem = pageMapProblem(map, text.length);
    if (problem) throw new RefusedFile(`${name}: the page map of document ${short}… is refused: ${problem}`, 'pdf_map', { document: short, detail: problem });
  }
}
