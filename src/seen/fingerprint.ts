/**
 * Text fingerprints for template reuse (guidance `us22-rf-template-reuse`,
 * `us22-mit-flag-templates`, `us25j-mit-crosscheck-hr`).
 *
 * Method: MinHash over word 3-shingles of normalised text.
 * - Normalisation folds case and accents, replaces every number with `#`, drops
 *   punctuation and the candidate's own name tokens — so swapped names and changed
 *   figures do not hide a reused template.
 * - Shingles are taken within sentences and the *set* of shingles is compared, so
 *   reordering sentences changes nothing; light paraphrase changes only the few
 *   shingles around the edited words.
 * - 64 MinHash values estimate the Jaccard similarity of two shingle sets
 *   (standard error ≈ 1/√64 ≈ 0.06). Texts shorter than MIN_WORDS are not
 *   fingerprinted: short blurbs made of stock phrases ("passionate full-stack
 *   developer") would otherwise match each other.
 * - Threshold: estimated Jaccard ≥ REUSE_THRESHOLD. Unrelated texts of the same
 *   trade measure ≈ 0.00–0.10; a copy with a swapped name and figures ≈ 0.8–1.0;
 *   a lightly paraphrased copy ≈ 0.4–0.7 (tests on both sides of the threshold).
 */

export const SHINGLE_WORDS = 3;
export const NUM_HASHES = 64;
export const MIN_WORDS = 40;
export const REUSE_THRESHOLD = 0.35;
/** LSH banding for fast lookup: 32 bands of 2 rows → candidates down to J ≈ 0.15. */
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;

// Very common function words carry no template signal but inflate shared shingles.
const STOPWORDS = new Set(
  'a an the and or of to in on for with at by from as is are was were be been being i me my we our you your it its this that these those am will can'.split(' '),
);

export function normaliseForFingerprint(text: string, ownNames: readonly string[] = []): string[][] {
  const drop = new Set(
    ownNames
      .flatMap((n) => n.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length > 1),
  );
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[.!?;:\n•·|]+/)
    .map((sentence) =>
      sentence
        .replace(/\d+(?:[.,]\d+)*/g, ' # ')
        .split(/[^\p{L}\p{N}#+]+/u)
        .filter((w) => w && !STOPWORDS.has(w) && !drop.has(w)),
    )
    .filter((words) => words.length > 0);
}

/** 32-bit FNV-1a. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed, seeded hash family h_i(x) = (a_i * x + b_i) mod 2^32, a_i odd.
const A = new Uint32Array(NUM_HASHES);
const B = new Uint32Array(NUM_HASHES);
{
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  for (let i = 0; i < NUM_HASHES; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

export function shingles(sentences: string[][]): Set<number> {
  const out = new Set<number>();
  for (const words of sentences) {
    if (words.length < SHINGLE_WORDS) {
      out.add(fnv1a(words.join(' ')));
      continue;
    }
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return out;
}

/**
 * The MinHash signature of a text, or null when it is too short to say anything.
 * Each minimum is kept to its top 16 bits (b-bit MinHash): a chance equality adds
 * 1/65536 to the estimate, and a stored profile costs 128 bytes instead of 256.
 */
export function fingerprint(text: string, ownNames: readonly string[] = []): Signature | null {
  const sentences = normaliseForFingerprint(text.slice(0, 50_000), ownNames);
  const wordCount = sentences.reduce((n, s) => n + s.length, 0);
  if (wordCount < MIN_WORDS) return null;
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const x of shingles(sentences)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = (Math.imul(A[i]!, x) + B[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  const out = new Uint16Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) out[i] = sig[i]! >>> 16;
  return out;
}

export type Signature = Uint16Array;

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** Band keys for LSH: equal keys make two signatures candidates. */
export function bandKeys(sig: Signature): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let k = `${b}:`;
    for (let r = 0; r < ROWS; r++) k += sig[b * ROWS + r]!.toString(36) + '.';
    keys.push(k);
  }
  return keys;
}

export function encodeSignature(sig: Signature): string {
  let bin = '';
  const bytes = new Uint8Array(sig.buffer, sig.byteOffset, sig.byteLength);
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function decodeSignature(s: string): Signature | null {
  try {
    const bin = atob(s);
    if (bin.length !== NUM_HASHES * 2) return null;
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Uint16Array(bytes.buffer);
  } catch {
    return null;
  }
}
