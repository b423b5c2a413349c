import { contentMessageSchema, extensionPageMessageSchema } from '../core/messages';
import type { SeenStore } from '../seen/seen-storage';
import { applyMark } from './apply-mark';
import { resumeSeen, type ResumeSeenDeps } from './resume-seen';
import type { ScanService } from './scan-service';
import type { PageActions } from './check-page';

/** The parts of `runtime.MessageSender` the router reads. */
export interface Sender {
  tab?: { id?: number };
  url?: string;
}

export interface MessageRouterDeps {
  scans: ScanService;
  seen: Pick<SeenStore, 'size' | 'forgetAll'>;
  /** The extension's own origin with a trailing slash (`runtime.getURL('/')`): its pages may ask for tab reports and clear the index. */
  extensionOrigin: string;
  /** "Check this page" and "Copy page outline" (./check-page.ts). */
  pageActions?: PageActions;
  /** Résumé files checked in the popup or options join the seen index; without it they match nothing. */
  resumes?: ResumeSeenDeps;
}

/**
 * The background's `runtime.onMessage` listener. Every message is parsed
 * with its schema (src/core/messages.ts) before anything acts on it, and each
 * kind is taken only from the context that sends it: page messages from a
 * content script in a tab, the rest from the extension's own pages.
 * Returns the answer's promise, or undefined for a message it does not take.
 */
export function createMessageRouter(deps: MessageRouterDeps) {
  const { scans, seen } = deps;
  return (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (sender.url?.startsWith(deps.extensionOrigin)) {
      const parsed = extensionPageMessageSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      const msg = parsed.data;
      switch (msg.type) {
        case 'hs:get-tab':
          return scans.tabReport(msg.tabId);
        case 'hs:recheck':
          return scans.recheck(msg.tabId);
        case 'hs:count-seen':
          return seen.size();
        case 'hs:forget-seen':
          return seen.forgetAll();
        case 'hs:check-page':
          return deps.pageActions?.checkPage(msg.tabId);
        case 'hs:outline-page':
          return deps.pageActions?.outlinePage(msg.tabId);
        case 'hs:resume-seen':
          return deps.resumes ? resumeSeen(msg, deps.resumes) : Promise.resolve([]);
      }
    }
    const tabId = sender.tab?.id;
    if (tabId == null || tabId < 0) return undefined;
    const parsed = contentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    switch (msg.type) {
      case 'hs:scan':
        return scans.scan(tabId, msg).catch((err) => {
          console.warn('[hire-signals] scan failed', err);
          return null;
        });
      case 'hs:clear':
        return scans.forget(tabId);
      case 'hs:mark':
        return applyMark(msg.change).catch((err) => console.warn('[hire-signals] could not save', err));
    }
  };
}
