import { z } from 'zod/mini';
import { bandKeys, decodeSignature, encodeSignature, REUSE_THRESHOLD, similarity, type Signature } from './fingerprint';
import type { SeenMatch } from '../core/rule';
import { canonicalProfileUrl, PLATFORM_IDS, profileKey, type ProfileSnapshot } from '../core/snapshot';

/**
 * The local seen-profiles index: for each profile the recruiter
 * viewed, its platform, URL, when it was seen and the MinHash fingerprint of its
 * long-form text — never the text itself. Capped; least-recently-seen dropped.
 * The same format is used in extension storage and by `scan --seen <file>`.
 */
export const SEEN_FORMAT_VERSION = 1;
/** At least 20,000 profiles. */
export const SEEN_CAPACITY = 20_000;

export const seenEntrySchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  platform: z.enum(PLATFORM_IDS),
  seenAt: z.string().check(z.minLength(1), z.maxLength(40)),
  fp: z.string().check(z.length(172)),
  /** A résumé file the recruiter checked (key and url `resume:…`), rather than a profile page. */
  kind: z.optional(z.literal('resume')),
});
export type SeenEntry = z.infer<typeof seenEntrySchema>;

export const seenFileSchema = z.object({ format: z.literal('hire-signals-seen'), version: z.literal(SEEN_FORMAT_VERSION), entries: z.array(seenEntrySchema) });
export type SeenFile = z.infer<typeof seenFileSchema>;

export { longFormText, profileFingerprint } from './profile-fingerprint';

/** A profile as the index knows it: its stable key (`profileKey`), URL and platform. */
export interface SeenSubject {
  key: string;
  url: string;
  platform: ProfileSnapshot['platform'];
  kind?: 'resume';
}

interface Loaded {
  entry: SeenEntry;
  sig: Signature;
}

export class SeenIndex {
  private byKey = new Map<string, Loaded>();
  private bands = new Map<string, Set<string>>();

  constructor(entries: readonly SeenEntry[] = [], readonly capacity = SEEN_CAPACITY) {
    const sorted = [...entries].sort((a, b) => a.seenAt.localeCompare(b.seenAt));
    for (const e of sorted) {
      const sig = decodeSignature(e.fp);
      if (sig) this.insert(e, sig);
    }
    this.evict();
  }

  /** Tolerant load: anything that is not a valid index file gives an empty index and an error message. */
  static fromJSON(data: unknown, capacity = SEEN_CAPACITY): { index: SeenIndex; error: string | null } {
    const parsed = seenFileSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { index: new SeenIndex([], capacity), error: `not a seen-profiles index (${first ? `${first.path.join('.') || 'file'}: ${first.message}` : 'invalid'})` };
    }
    return { index: new SeenIndex(parsed.data.entries, capacity), error: null };
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Other profiles whose long-form text this signature reuses; never the profile itself. */
  lookup(sig: Signature, self: { key: string; url: string }, threshold = REUSE_THRESHOLD): SeenMatch[] {
    const selfUrl = canonicalProfileUrl(self.url);
    const candidates = new Set<string>();
    for (const k of bandKeys(sig)) for (const key of this.bands.get(k) ?? []) candidates.add(key);
    const out: SeenMatch[] = [];
    for (const key of candidates) {
      const other = this.byKey.get(key);
      if (!other || key === self.key || canonicalProfileUrl(other.entry.url) === selfUrl) continue;
      const sim = similarity(sig, other.sig);
      if (sim >= threshold) {
        const match: SeenMatch = { url: other.entry.url, platform: other.entry.platform, seenAt: other.entry.seenAt, similarity: sim };
        if (other.entry.kind) match.kind = other.entry.kind;
        out.push(match);
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, 5);
  }

  /** Remember (or refresh) a profile; the least recently seen are dropped beyond capacity. Returns the keys dropped. */
  record(p: Pick<ProfileSnapshot, 'platform' | 'accountId' | 'url'> | SeenSubject, sig: Signature, now: Date): string[] {
    const key = 'key' in p ? p.key : profileKey(p);
    this.remove(key);
    const entry: SeenEntry = { key, url: p.url, platform: p.platform, seenAt: now.toISOString(), fp: encodeSignature(sig) };
    if ('kind' in p && p.kind) entry.kind = p.kind;
    this.insert(entry, sig);
    return this.evict();
  }

  /** One input screened: what `sig` reuses from the others, then `subject` remembered with it. */
  screen(sig: Signature, subject: SeenSubject, now: Date): SeenMatch[] {
    const matches = this.lookup(sig, subject);
    this.record(subject, sig, now);
    return matches;
  }

  /** Drop entries older than the retention period; returns the keys dropped. */
  prune(retentionDays: number, now: Date): string[] {
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    const dropped: string[] = [];
    for (const [key, l] of this.byKey) {
      if (l.entry.seenAt < cutoff) {
        this.remove(key);
        dropped.push(key);
      }
    }
    return dropped;
  }

  /** Stored entries, least recently seen first. */
  entries(): SeenEntry[] {
    return [...this.byKey.values()].map((l) => l.entry);
  }

  clear(): void {
    this.byKey.clear();
    this.bands.clear();
  }

  toJSON(): SeenFile {
    return { format: 'hire-signals-seen', version: SEEN_FORMAT_VERSION, entries: this.entries() };
  }

  private insert(entry: SeenEntry, sig: Signature) {
    this.byKey.set(entry.key, { entry, sig });
    for (const k of bandKeys(sig)) {
      let set = this.bands.get(k);
      if (!set) this.bands.set(k, (set = new Set()));
      set.add(entry.key);
    }
  }

  private remove(key: string) {
    const l = this.byKey.get(key);
    if (!l) return;
    this.byKey.delete(key);
    for (const k of bandKeys(l.sig)) {
      const set = this.bands.get(k);
      set?.delete(key);
      if (set && set.size === 0) this.bands.delete(k);
    }
  }

  /** Map iteration order is insertion order = least recently seen first. */
  private evict(): string[] {
    const dropped: string[] = [];
    while (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next().value as string;
      this.remove(oldest);
      dropped.push(oldest);
    }
    return dropped;
  }
}
