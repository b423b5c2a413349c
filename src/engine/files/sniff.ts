/** What a file is, from its first bytes (never its name: downloads are renamed, extensions lie). */
export type FileFormat = 'pdf' | 'zip' | 'legacy-doc' | 'unknown';

/** Whether `bytes` hold the signature `sig` at offset `at`. */
export const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** `%PDF-`: the specification lets a header start within the first 1024 bytes (ISO 32000-1 § 7.5.2, implementation note). */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** A zip local file header (`PK\x03\x04`): DOCX is a zip package (ECMA-376 Part 2). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: the Word 97–2003 `.doc` format. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'legacy-doc';
  const head = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= head; i++) if (bytes[i] === 0x25 && startsWith(bytes, PDF, i)) return 'pdf';
  return 'unknown';
}
