import { unzipSync } from 'fflate';
import type { DocumentFacts } from '../../core/document-facts';
import { claimedName } from './candidate-name';
import { cleanProperty, fail, isoDate, MAX_DOCX_XML_BYTES, type ResumeRead } from './read-result';

/**
 * DOCX (ECMA-376 WordprocessingML) read straight from its XML parts with
 * fflate's unzip. mammoth, the usual DOCX-to-text library, reads the body only:
 * it skips headers and footers — where résumés keep the e-mail and phone the
 * contact rules need — and does not expose docProps/core.xml (author, last
 * editor, dates), which the document rules read. The parts read here are few
 * and their text is in `<w:t>` runs, so a small reader does both in ~7 KB.
 */

/** Parts with the document's text, in reading order (headers, body, notes, footers), and its properties. */
const TEXT_PART = /^word\/(?:header\d*|document|footnotes|endnotes|footer\d*)\.xml$/;
const PROPS = new Set(['docProps/core.xml', 'docProps/app.xml']);
const partRank = (name: string) => (name.includes('header') ? 0 : name.endsWith('document.xml') ? 1 : name.includes('note') ? 2 : 3);

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/gi, (m, hexCode: string, dec: string, name: string) => {
    const cp = hexCode ? parseInt(hexCode, 16) : dec ? Number(dec) : -1;
    if (cp >= 0) return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    return ENTITY[name.toLowerCase()] ?? m;
  });
}

/**
 * The visible text of one WordprocessingML part. Text runs (`w:t`) only — deleted
 * text of tracked changes is `w:delText` and stays out; `mc:Fallback` repeats
 * the `mc:Choice` content (text boxes) for old readers, so it is dropped.
 */
export function wordText(xml: string): string {
  const body = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  let out = '';
  for (const m of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)\b[^>]*\/>|<\/w:p>/g)) {
    if (m[1] !== undefined) out += decodeXml(m[1]);
    else out += m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out;
}

/** One element's text in a properties part, whatever its namespace prefix. */
function field(xml: string, local: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>([^<]*)</(?:[\\w.-]+:)?${local}>`).exec(xml);
  return m ? cleanProperty(decodeXml(m[1]!)) : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Read a DOCX's text and properties. Never throws: a bad file is a `ResumeFailure`. */
export function readDocx(bytes: Uint8Array, fileName: string): ResumeRead {
  let parts: Record<string, Uint8Array>;
  let declared = 0;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (!TEXT_PART.test(f.name) && !PROPS.has(f.name)) return false;
        declared += f.originalSize;
        if (declared > MAX_DOCX_XML_BYTES) throw new Error('too large');
        return true;
      },
    });
  } catch (err) {
    return fail(declared > MAX_DOCX_XML_BYTES && (err as Error)?.message === 'too large' ? 'too-large' : 'damaged', 'docx');
  }
  // A zip without a Word body is another kind of package (a spreadsheet, an OpenDocument file, an archive).
  if (!parts['word/document.xml']) return fail('unsupported', null);
  try {
    const text = Object.keys(parts)
      .filter((n) => TEXT_PART.test(n))
      .sort((a, b) => partRank(a) - partRank(b) || a.localeCompare(b, 'en', { numeric: true }))
      .map((n) => wordText(utf8.decode(parts[n])).trim())
      .filter(Boolean)
      .join('\n')
      .replace(/[ \t]+\n/g, '\n');
    const core = parts['docProps/core.xml'] ? utf8.decode(parts['docProps/core.xml']) : '';
    const app = parts['docProps/app.xml'] ? utf8.decode(parts['docProps/app.xml']) : '';
    const facts: DocumentFacts = {
      format: 'docx',
      fileName,
      author: field(core, 'creator'),
      lastModifiedBy: field(core, 'lastModifiedBy'),
      creatorTool: field(app, 'Application'),
      producer: null,
      created: isoDate(field(core, 'created')),
      modified: isoDate(field(core, 'modified')),
      title: field(core, 'title'),
      claimedName: claimedName(text),
      pages: null,
    };
    return { ok: true, text, facts, noText: !/[\p{L}\p{N}]/u.test(text), pagesCut: false };
  } catch {
    return fail('damaged', 'docx');
  }
}
