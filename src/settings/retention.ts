import { checklistItem } from './checklist-storage';
import { dismissedItem } from './storage';

/**
 * "How long local data is kept": per-candidate dismissals and checklist
 * ticks older than the retention period are dropped. The allowlist is an explicit
 * user list and stays until the user removes it; seen-profile fingerprints are
 * pruned by the seen store itself (src/seen/seen-storage.ts).
 */
export async function pruneLocalData(retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const keep = <T extends { updatedAt?: unknown }>(record: Record<string, T> | null | undefined) => {
    const entries = Object.entries(record && typeof record === 'object' ? record : {});
    const kept = entries.filter(([, v]) => typeof v?.updatedAt === 'string' && v.updatedAt >= cutoff);
    return { kept: Object.fromEntries(kept) as Record<string, T>, dropped: entries.length - kept.length };
  };
  const [dismissed, checklist] = await Promise.all([dismissedItem.getValue(), checklistItem.getValue()]);
  const d = keep(dismissed);
  const c = keep(checklist);
  if (d.dropped) await dismissedItem.setValue(d.kept);
  if (c.dropped) await checklistItem.setValue(c.kept);
  return d.dropped + c.dropped;
}
