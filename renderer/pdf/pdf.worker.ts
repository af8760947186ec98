// PDF.js's worker, bundled by Vite as a script of the app's own origin (the CSP allows no other).
import 'pdfjs-dist/build/pdf.worker.min.mjs';
