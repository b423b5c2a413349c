import { storage } from '#imports';
import { parseChecklist } from './stored-items';

/** Ticks of the verification checklist, per candidate (`profileKey`). Local only. */
export type ChecklistTicks = Record<string, { ticks: Record<string, boolean>; updatedAt: string }>;

export const checklistItem = storage.defineItem<ChecklistTicks>('local:checklist', { fallback: {} });

export async function setTick(profileKey: string, itemId: string, done: boolean, now = new Date()): Promise<void> {
  const all = parseChecklist(await checklistItem.getValue()).value;
  const current = all[profileKey]?.ticks ?? {};
  await checklistItem.setValue({ ...all, [profileKey]: { ticks: { ...current, [itemId]: done }, updatedAt: now.toISOString() } });
}
