import { readDocx } from './docx';
import { readPdf, type PdfJs } from './pdf';
import { fail, MAX_RESUME_BYTES, READ_TIMEOUT_MS, type ResumeRead } from './read-result';
import { sniffFormat } from './sniff';

export interface ReadResumeOptions {
  /**
   * Loads pdf.js on demand, only when the file is a PDF: an extension page
   * passes the browser build with its worker from the extension's own files,
   * the CLI and tests the node (legacy) build.
   */
  loadPdfjs: () => Promise<PdfJs>;
  timeoutMs?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A résumé file's text and document properties, by its content (PDF or DOCX),
 * never by its name. Never throws: an empty, oversized, unknown, damaged or
 * encrypted file comes back as a `ResumeFailure` with its reason.
 */
export async function readResumeFile(bytes: Uint8Array, fileName: string, opts: ReadResumeOptions): Promise<ResumeRead> {
  try {
    if (bytes.length === 0) return fail('empty');
    if (bytes.length > MAX_RESUME_BYTES) return fail('too-large');
    const name = fileName.split(/[\\/]/).pop()!.slice(0, 200);
    switch (sniffFormat(bytes)) {
      case 'pdf': {
        const pdfjs = await opts.loadPdfjs();
        return await withTimeout(readPdf(bytes, name, pdfjs), opts.timeoutMs ?? READ_TIMEOUT_MS, fail('damaged', 'pdf'));
      }
      case 'zip':
        return readDocx(bytes, name);
      case 'legacy-doc':
        return fail('legacy-doc');
      default:
        return fail('unsupported');
    }
  } catch (err) {
    // A library that fails to load or a bug here must not take the popup or the CLI down with it.
    console.warn('[hire-signals] could not read the file', err);
    return fail('damaged');
  }
}
