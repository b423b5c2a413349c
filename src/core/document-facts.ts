/**
 * What a résumé file says about itself, beside its text: the document
 * properties a PDF (Info dictionary, XMP) or a DOCX (docProps/core.xml,
 * docProps/app.xml) carries. Every field is as the file states it, trimmed;
 * null when the file leaves it out. Dates are ISO 8601 strings.
 */
export interface DocumentFacts {
  format: 'pdf' | 'docx';
  /** The file's name as the user chose it (no path). */
  fileName: string;
  /** Author (PDF /Author, XMP dc:creator; DOCX dc:creator). */
  author: string | null;
  /** The last person to save it (DOCX cp:lastModifiedBy; PDF has no such field). */
  lastModifiedBy: string | null;
  /** The application that made the document (PDF /Creator, XMP xmp:CreatorTool; DOCX app.xml Application). */
  creatorTool: string | null;
  /** The program that wrote the PDF (PDF /Producer); null for DOCX. */
  producer: string | null;
  created: string | null;
  modified: string | null;
  title: string | null;
  /** The candidate's name as the document's text gives it (its first line that reads as a name), or null. */
  claimedName: string | null;
  pages: number | null;
}
