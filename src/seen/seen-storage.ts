import { storage } from '#imports';
import type { SeenMatch } from '../core/rule';
import { decodeSignature } from './fingerprint';
import type { PlatformId } from '../core/snapshot';
import { SeenIndex, seenEntrySchema, type SeenEntry } from './seen-index';

/**
 * The seen-profiles index in extension storage, owned by the background.
 * Entries are spread over SHARDS storage keys by a hash of the profile key, so
 * recording one profile rewrites one shard (≈ 1/16 of the index), not all of it.
 */
export const SHARDS = 16;
const shardKey = (i: number) => `local:seen:${i}` as const;

/** Whether a `browser.storage.local` key (without the `local:` prefix) is one of the index shards. */
export const isSeenShardKey = (key: string) => /^seen:\d+$/.test(key);

export function shardOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
  return h % SHARDS;
}

/** A profile's long-form-text fingerprint for the seen-profiles index: never the text. */
export interface SeenQuery {
  key: string;
  url: string;
  platform: PlatformId;
  /** Encoded MinHash signature (src/seen/fingerprint.ts). */
  fp: string;
  /** A résumé file rather than a profile page (src/seen/resume-fingerprint.ts). */
  kind?: 'resume';
}

export class SeenStore {
  private index: SeenIndex | null = null;
  private loading: Promise<SeenIndex> | null = null;

  private load(): Promise<SeenIndex> {
    return (this.loading ??= (async () => {
      const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => storage.getItem<unknown[]>(shardKey(i))));
      const entries: SeenEntry[] = [];
      // Corrupt entries are skipped one by one; the rest of the index survives.
      for (const shard of shards) for (const e of Array.isArray(shard) ? shard : []) {
        const parsed = seenEntrySchema.safeParse(e);
        if (parsed.success) entries.push(parsed.data);
      }
      return (this.index = new SeenIndex(entries));
    })());
  }

  private async save(idx: SeenIndex, keys: string[]): Promise<void> {
    const dirty = new Set(keys.map(shardOf));
    const all = idx.entries();
    await Promise.all([...dirty].map((i) => storage.setItem(shardKey(i), all.filter((e) => shardOf(e.key) === i))));
  }

  /** Look the profile up, then remember it (unless `record` is false). Never matches itself. */
  async lookupAndRecord(req: SeenQuery, opts: { record: boolean; retentionDays: number; now?: Date }): Promise<SeenMatch[]> {
    const sig = decodeSignature(req.fp);
    if (!sig) return [];
    const idx = await this.load();
    const now = opts.now ?? new Date();
    const pruned = idx.prune(opts.retentionDays, now);
    const matches = idx.lookup(sig, { key: req.key, url: req.url });
    if (opts.record) {
      const dropped = idx.record({ key: req.key, url: req.url, platform: req.platform, ...(req.kind ? { kind: req.kind } : {}) }, sig, now);
      await this.save(idx, [req.key, ...dropped, ...pruned]);
    } else if (pruned.length) {
      await this.save(idx, pruned);
    }
    return matches;
  }

  /** Drop the in-memory copy (storage changed elsewhere, e.g. "forget all" in the options page). */
  invalidate(): void {
    this.index = null;
    this.loading = null;
  }

  async forgetAll(): Promise<void> {
    this.invalidate();
    await Promise.all(Array.from({ length: SHARDS }, (_, i) => storage.removeItem(shardKey(i))));
  }

  async size(): Promise<number> {
    return (await this.load()).size;
  }
}
