import { checklistItem } from './checklist-storage';
import { dismissedItem } from './storage';
import { readChecklist, readDismissed, type Read } from './stored-items';

/**
 * "How long local data is kept": per-candidate dismissals and checklist
 * ticks older than the retention period are dropped. The allowlist is an explicit
 * user list and stays until the user removes it; seen-profile fingerprints are
 * pruned by the seen store itself (src/seen/seen-storage.ts).
 */
export async function pruneLocalData(retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  // Unreadable entries count as expired: pruning is also when they leave storage.
  const keep = <T extends { updatedAt: string }>({ value, dropped }: Read<Record<string, T>>) => {
    const entries = Object.entries(value);
    const kept = entries.filter(([, v]) => v.updatedAt >= cutoff);
    return { kept: Object.fromEntries(kept) as Record<string, T>, dropped: dropped + entries.length - kept.length };
  };
  const [dismissed, checklist] = await Promise.all([readDismissed(), readChecklist()]);
  const d = keep(dismissed);
  const c = keep(checklist);
  if (d.dropped) await dismissedItem.setValue(d.kept);
  if (c.dropped) await checklistItem.setValue(c.kept);
  return d.dropped + c.dropped;
}
