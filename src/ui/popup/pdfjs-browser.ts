/// <reference types="vite/client" />
import { getDocument, GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfJs } from '../../engine/files/pdf';

/**
 * pdf.js for extension pages, loaded only when a PDF is dropped (this module is
 * imported dynamically). Its worker is a file of the extension itself, emitted
 * by the build and loaded from the extension's own origin — no remote code, as
 * Manifest V3's content security policy requires; pdf.js is told not to use
 * `eval` (isEvalSupported: false in src/engine/files/pdf.ts).
 */
GlobalWorkerOptions.workerSrc = workerUrl;

/** One worker for the page's lifetime: the next file does not start (and parse) the 1.2 MB worker again. */
let worker: PDFWorker | null = null;

export const pdfjs: PdfJs = {
  getDocument: (src) => getDocument({ ...src, worker: (worker ??= new PDFWorker()) }) as unknown as ReturnType<PdfJs['getDocument']>,
};
