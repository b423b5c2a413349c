import type { ProfileSnapshot } from '../core/snapshot';

/**
 * Merge a lower-trust source into a snapshot: a field is taken only where the
 * snapshot still has it unknown (`null`) or empty (`[]`), so the machine data
 * read first always wins over DOM text read later.
 */
export function fillUnknown(into: ProfileSnapshot, from: Partial<ProfileSnapshot>): void {
  const target = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    if (v == null || (Array.isArray(v) && v.length === 0)) continue;
    const cur = target[k];
    if (cur == null || (Array.isArray(cur) && cur.length === 0)) target[k] = v;
  }
}
