import { z } from 'zod/mini';
import { checklistItem, type ChecklistTicks } from './checklist-storage';
import { allowlistItem, dismissedItem, type AllowlistEntry } from './storage';

/**
 * Every per-candidate item in local storage is read through its schema here,
 * by every reader (background, popup, options): an entry that does not fit is
 * dropped and the rest kept, so one corrupt candidate entry can neither stop
 * scanning nor break a page. What was dropped is counted, so the popup and
 * the options page can say that something could not be read
 * (`loadSettings().notice`, src/settings/storage.ts). The next write of the
 * item stores the cleaned value.
 */

/** How many entries of each item were unreadable and left out (the whole item counts once when it is not a map). */
export interface DroppedCounts {
  allowlist: number;
  dismissed: number;
  checklist: number;
}

export interface Read<T> {
  value: T;
  dropped: number;
}

const isoDate = z.string().check(z.maxLength(64));
const candidateKey = z.string().check(z.minLength(1), z.maxLength(4096));

export const allowlistEntrySchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  name: z.nullable(z.string().check(z.maxLength(500))),
  platform: z.string().check(z.maxLength(100)),
  addedAt: isoDate,
});

export const dismissedEntrySchema = z.object({
  ruleIds: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  updatedAt: isoDate,
});
export type DismissedEntry = z.infer<typeof dismissedEntrySchema>;

export const checklistEntrySchema = z.object({
  ticks: z.record(z.string().check(z.maxLength(200)), z.boolean()),
  updatedAt: isoDate,
});

/** A map of candidate key → entry, each entry checked on its own. Never throws. */
export function parseCandidateMap<T>(raw: unknown, entry: z.ZodMiniType<T>): Read<Record<string, T>> {
  if (raw == null) return { value: {}, dropped: 0 };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: {}, dropped: 1 };
  const kept: Array<[string, T]> = [];
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = entry.safeParse(value);
    if (candidateKey.safeParse(key).success && parsed.success) kept.push([key, parsed.data]);
    else dropped++;
  }
  // fromEntries defines own properties: a stored "__proto__" key stays a plain key.
  return { value: Object.fromEntries(kept), dropped };
}

export const parseAllowlist = (raw: unknown) => parseCandidateMap(raw, allowlistEntrySchema) as Read<Record<string, AllowlistEntry>>;
export const parseDismissed = (raw: unknown) => parseCandidateMap(raw, dismissedEntrySchema);
export const parseChecklist = (raw: unknown) => parseCandidateMap(raw, checklistEntrySchema) as Read<ChecklistTicks>;

/** Reads an item; a storage that throws counts as an unreadable item. */
async function read<T>(item: { getValue(): Promise<unknown> }, parse: (raw: unknown) => Read<T>): Promise<Read<T>> {
  try {
    return parse(await item.getValue());
  } catch {
    return parse('unreadable');
  }
}

export const readAllowlist = () => read(allowlistItem, parseAllowlist);
export const readDismissed = () => read(dismissedItem, parseDismissed);
export const readChecklist = () => read(checklistItem, parseChecklist);

/** How much of the per-candidate data is unreadable right now (0 everywhere when all is well). */
export async function droppedCounts(): Promise<DroppedCounts> {
  const [a, d, c] = await Promise.all([readAllowlist(), readDismissed(), readChecklist()]);
  return { allowlist: a.dropped, dismissed: d.dropped, checklist: c.dropped };
}
