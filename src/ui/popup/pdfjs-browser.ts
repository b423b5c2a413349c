/// <reference types="vite/client" />
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
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

export const pdfjs: PdfJs = { getDocument: getDocument as unknown as PdfJs['getDocument'] };
