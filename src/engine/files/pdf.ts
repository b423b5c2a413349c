import type { DocumentFacts } from '../../core/document-facts';
import { claimedName } from './candidate-name';
import { cleanProperty, fail, MAX_RESUME_PAGES, pdfDate, isoDate, type ResumeRead } from './read-result';

/**
 * The part of pdf.js (`pdfjs-dist`) this reader uses. The caller loads it —
 * the modern build with its worker in an extension page, the legacy build in
 * node — so the engine itself knows no browser and loads nothing eagerly.
 */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
    enableXfa?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: ReadonlyArray<{ str?: string; hasEOL?: boolean }> }> }>;
  destroy(): Promise<void>;
}

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** Document properties: the Info dictionary first, XMP where the dictionary leaves a field out (PDF 2.0 writers keep only XMP). */
function factsOf(info: Record<string, unknown>, xmp: { get(name: string): unknown } | null, fileName: string, pages: number, text: string): DocumentFacts {
  const x = (name: string) => {
    try {
      return cleanProperty(first(xmp?.get(name)));
    } catch {
      return null;
    }
  };
  return {
    format: 'pdf',
    fileName,
    author: cleanProperty(info.Author) ?? x('dc:creator'),
    lastModifiedBy: null,
    creatorTool: cleanProperty(info.Creator) ?? x('xmp:creatortool'),
    producer: cleanProperty(info.Producer) ?? x('pdf:producer'),
    created: pdfDate(cleanProperty(info.CreationDate)) ?? isoDate(x('xmp:createdate')),
    modified: pdfDate(cleanProperty(info.ModDate)) ?? isoDate(x('xmp:modifydate')),
    title: cleanProperty(info.Title) ?? x('dc:title'),
    claimedName: claimedName(text),
    pages,
  };
}

/** Text of one page, with its line ends (pdf.js marks them with `hasEOL`). */
function pageText(items: ReadonlyArray<{ str?: string; hasEOL?: boolean }>): string {
  let out = '';
  for (const it of items) {
    if (typeof it.str === 'string') out += it.str;
    if (it.hasEOL) out += '\n';
  }
  return out;
}

/** pdf.js names its failures; anything else it throws on a file is damage too. */
function problemOf(err: unknown): 'encrypted' | 'damaged' {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'PasswordException' ? 'encrypted' : 'damaged';
}

/** Read a PDF's text and properties with pdf.js. Never throws: a bad file is a `ResumeFailure`. */
export async function readPdf(bytes: Uint8Array, fileName: string, pdfjs: PdfJs): Promise<ResumeRead> {
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    // pdf.js hands the buffer to its worker (detaching it): give it a copy so the caller keeps its bytes.
    task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, enableXfa: false, verbosity: 0 });
    const doc = await task.promise;
    const pages = Math.min(doc.numPages, MAX_RESUME_PAGES);
    const texts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      texts.push(pageText((await page.getTextContent()).items));
    }
    const text = texts.join('\n').replace(/[ \t]+\n/g, '\n').trim();
    let meta: Awaited<ReturnType<PdfDocument['getMetadata']>> = { info: {}, metadata: null };
    try {
      meta = await doc.getMetadata();
    } catch {
      // Broken metadata loses the properties, not the text.
    }
    return {
      ok: true,
      text,
      facts: factsOf(meta.info as Record<string, unknown>, meta.metadata, fileName, doc.numPages, text),
      noText: !/[\p{L}\p{N}]/u.test(text),
      pagesCut: doc.numPages > MAX_RESUME_PAGES,
    };
  } catch (err) {
    return fail(problemOf(err), 'pdf');
  } finally {
    void task?.destroy().catch(() => {});
  }
}
