// Opens a PDF for the page view with PDF.js in the renderer, under the app's strict CSP: the
// worker is a script of the app's origin, no eval (isEvalSupported: false), no network.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';

let port: Worker | null = null;

export async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  port ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  GlobalWorkerOptions.workerPort = port;
  return getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
  }).promise;
}

export const base64ToBytes = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
