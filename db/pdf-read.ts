// Reads a PDF offered as a document with PDF.js (pdfjs-dist) under Node: each page's
// positioned text items, rebuilt into text by shared/pdf/layout.ts. Refuses, with a reason a
// user can act on, what holds no usable text. No database work here: importing is documents.ts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiError } from '../shared/api';
import { garbledShare, rebuildText, type PdfPageText } from '../shared/pdf/layout';
import type { PageMap } from '../shared/pdf/pagemap';

/** Most pages a PDF may have (the 32 MB size limit of every document applies too). */
export const MAX_PDF_PAGES = 2000;
/** Share of unreadable characters above which the text is taken as garbled. */
const GARBLED = 0.05;

export interface PdfText {
  text: string;
  map: PageMap;
}

/** True when the bytes are a PDF (its header may follow some junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// The legacy build is the one PDF.js supports under Node; loaded on first use only.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** PDF.js's own data (character maps for fonts that are not embedded, e.g. UniJIS-UCS2-H). */
function pdfjsDataDir(sub: string): string {
  const pkg = createRequire(import.meta.filename).resolve('pdfjs-dist/package.json');
  return path.join(path.dirname(pkg), sub) + path.sep;
}

// the UI words these codes itself (renderer/logic/errors.ts); the parameters name the user's file
const fail = (code: string, fileName: string, message: string, params: Record<string, string | number> = {}) =>
  new ApiError(code, `${fileName}: ${message}`, { file: fileName, ...params });

/** The pages' text items, top-left page coordinates turned into PDF points from the page's bottom. */
async function readPages(fileName: string, bytes: Uint8Array): Promise<PdfPageText[]> {
  const { getDocument, Util } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes), // PDF.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    stopAtErrors: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error).name;
    if (name === 'PasswordException') throw fail('pdf_encrypted', fileName, 'this PDF is encrypted (it needs a password to open); save an unprotected copy and import that');
    throw fail('pdf_damaged', fileName, `this PDF is damaged and cannot be read (${(e as Error).message})`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw fail('pdf_too_many_pages', fileName, `this PDF has ${doc.numPages} pages; at most ${MAX_PDF_PAGES} can be imported`, { pages: doc.numPages, limit: MAX_PDF_PAGES });
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        // Into the viewport: origin at the top-left of the page as shown (crop box, rotation).
        const m = Util.transform(viewport.transform, it.transform);
        const size = Math.hypot(m[2], m[3]);
        items.push({ str: it.str, x: m[4], baseline: viewport.height - m[5], width: it.width, size });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return pages;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw fail('pdf_damaged', fileName, `this PDF is damaged and cannot be read (${(e as Error).message})`);
  } finally {
    await doc.destroy();
  }
}

const pageList = (pages: number[]) => (pages.length > 8 ? `${pages.slice(0, 8).join(', ')}, …` : pages.join(', '));

/** The PDF's text and page map, or an ApiError naming why it cannot be imported. */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<PdfText> {
  const pages = await readPages(fileName, bytes);
  const { text, map, emptyPages } = rebuildText(pages);
  if (!text.trim()) {
    throw fail('pdf_no_text', fileName, `no text on these pages (${pageList(emptyPages)}): it is a scan or a picture; run OCR first`, { pages: pageList(emptyPages) });
  }
  if (garbledShare(text) > GARBLED) {
    throw fail('pdf_garbled', fileName, 'the text of this PDF cannot be read (its fonts carry no Unicode map, so it comes out garbled); run OCR on it or export it again from its source');
  }
  return { text, map };
}
