/**
 * One named file out of a ZIP archive (some public corpora are committed
 * zipped). Reads the central directory (PKWARE APPNOTE 4.3.12–4.3.16), so
 * entries written with a trailing data descriptor are found too; stored and
 * deflated entries only, which is what dataset archives use.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function zipEntry(zip: Buffer, name: string): Buffer {
  let eocd = -1;
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a ZIP archive (no end of central directory)');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('ZIP central directory is damaged');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const skip = nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLen);
    names.push(entryName);
    if (entryName === name) {
      if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`ZIP entry ${name}: no local header`);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`ZIP entry ${name}: compression method ${method} is not supported`);
    }
    at += 46 + skip;
  }
  throw new Error(`ZIP has no entry ${name} (it has: ${names.slice(0, 5).join(', ')})`);
}
