import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PdfJs } from '../../../../src/engine/files/pdf';

export const RESUMES = resolve(import.meta.dirname, '../../../fixtures/resumes');
export const resumeBytes = (name: string) => new Uint8Array(readFileSync(join(RESUMES, name)));
/** Node runs pdf.js's legacy build, as the CLI does (the browser build needs newer JavaScript than node 20 has). */
export const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;
