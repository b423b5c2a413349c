import { z } from 'zod/mini';
import { CORNERS } from './panel-corner';
import { LEVELS, SOURCE_BASES, type Report } from './report';
import { SEVERITIES } from './rule';
import { PAGE_STATES, PLATFORM_IDS } from './snapshot';
import { profileSnapshotSchema } from './snapshot-schema';

/**
 * Every message between the extension's contexts, one zod schema each, with
 * its TypeScript type inferred from it. The background parses everything it
 * receives with these: a content script reads hostile pages, so its messages
 * are input like any other.
 *
 *   content ─► background   hs:scan (the page as read, once per page state), hs:clear, hs:mark
 *   background ─► content   hs:panel (what the panel draws, pushed after a re-evaluation)
 *   popup, options ─► bg    hs:get-tab, hs:recheck, hs:count-seen, hs:forget-seen, hs:resume-seen
 *   background ─► popup     hs:tab-report (the tab's report changed)
 *
 * The content scripts import this module for its types only (`import type`):
 * zod stays out of their bundle (tests/unit/content/content-boundary.test.ts).
 */

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const url = z.string().check(z.maxLength(4096));
const platform = z.enum(PLATFORM_IDS);
const state = z.enum(PAGE_STATES);
const tabId = z.int().check(z.gte(0));

// ── The page a content script read ────────────────────────────────────────

const pageHeader = { url, platform, state };

/** A page as read by a content script, its snapshot checked: what the background keeps per tab. */
const pageSchema = z.object({ ...pageHeader, snapshot: z.nullable(profileSnapshotSchema) });
export type PagePayload = z.infer<typeof pageSchema>;

/**
 * The page as it arrives. A snapshot that fails the schema means "no profile
 * here", not a refused message: the tab still gets its (empty) report, and
 * the popup says the page is not a profile. A snapshot is read only on a
 * profile page.
 */
const pageAsSent = z.pipe(
  z.object({ ...pageHeader, snapshot: z.optional(z.unknown()) }),
  z.transform((p): PagePayload => {
    const header = { url: p.url, platform: p.platform, state: p.state };
    if (p.state !== 'profile' || p.snapshot == null) return { ...header, snapshot: null };
    const checked = profileSnapshotSchema.safeParse(p.snapshot);
    if (checked.success) return { ...header, snapshot: checked.data };
    console.warn('[hire-signals] snapshot rejected', checked.error.issues.slice(0, 3));
    return { ...header, state: 'not-a-profile', snapshot: null };
  }),
);

// ── What the background concluded ─────────────────────────────────────────

const sourceRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  shortLabel: z.optional(z.string()),
  section: z.string(),
  url: z.string(),
  indicatorId: z.string(),
  basis: z.enum(SOURCE_BASES),
  date: z.nullable(z.string()),
});
const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  weight: z.number(),
  title: z.string(),
  why: z.string(),
  evidence: z.array(z.string()),
  sources: z.array(sourceRefSchema),
  nextStep: z.string(),
  custom: z.optional(z.boolean()),
});
/** The engine's report (src/core/report.ts), as it travels. */
const reportSchema: z.ZodMiniType<Report> = z.object({
  findings: z.array(findingSchema),
  score: z.number(),
  level: z.enum(LEVELS),
  allowlisted: z.boolean(),
  dismissed: z.array(z.string()),
});

/** What the background keeps per tab and the popup shows. */
export const tabReportSchema = z.object({
  url,
  platform: z.nullable(platform),
  state,
  /** Candidate identity for allowlist/checklist keys; null off-profile. */
  profile: z.nullable(z.object({ key: z.string(), name: z.nullable(z.string()), url: z.string() })),
  report: z.nullable(reportSchema),
  /** The panel is switched off for this site (the popup offers the switch). */
  siteDisabled: z.boolean(),
  scannedAt: z.string(),
});
export type TabReport = z.infer<typeof tabReportSchema>;

/**
 * What the panel draws for one page state: the answer to `hs:scan`, and the
 * content of every `hs:panel` push after a re-evaluation.
 */
export const panelUpdateSchema = z.object({
  /** The page state this evaluates (the content script's id, echoed): an update for an older state is dropped. */
  stateId: text(100),
  /** Orders the updates of one page state: the page draws only one newer than what it shows. */
  revision: z.number(),
  tab: tabReportSchema,
  /** Show the panel (a profile was found, the panel and the site are switched on). */
  showPanel: z.boolean(),
  startCollapsed: z.boolean(),
  /** Where the panel sits on this site, as the recruiter last moved it (src/core/panel-corner.ts). */
  corner: z.enum(CORNERS),
});
export type PanelUpdate = z.infer<typeof panelUpdateSchema>;

// ── content → background ──────────────────────────────────────────────────

/** The page as read, once per page state (a late section can make a new state of the same URL). */
export const scanMessageSchema = z.object({ type: z.literal('hs:scan'), stateId: text(100), page: pageAsSent });
/** The page left the profile (SPA navigation): forget what was kept for the tab. */
export const clearMessageSchema = z.object({ type: z.literal('hs:clear') });

/** A change the panel asks for; the background writes it (the content scripts carry no storage code). */
export const markChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dismiss'), key: text(4096), ruleId: text(200) }),
  z.object({ kind: z.literal('restore-dismissed'), key: text(4096) }),
  z.object({ kind: z.literal('allowlist'), key: text(4096), url: text(4096), name: z.nullable(z.string().check(z.maxLength(500))), platform }),
  z.object({ kind: z.literal('unallowlist'), key: text(4096) }),
  z.object({ kind: z.literal('hide-on-site'), platform }),
]);
export type MarkChange = z.infer<typeof markChangeSchema>;
export const markMessageSchema = z.object({ type: z.literal('hs:mark'), change: markChangeSchema });

export const contentMessageSchema = z.discriminatedUnion('type', [scanMessageSchema, clearMessageSchema, markMessageSchema]);
/** What a content script sends (its input type: the page before the background checks it). */
export type ContentMessage = z.input<typeof contentMessageSchema>;
export type ScanMessage = z.infer<typeof scanMessageSchema>;

// ── background → content ──────────────────────────────────────────────────

/** A re-evaluation of the tab's kept page (settings, policy, dismissals or allowlist changed; the popup asked). */
export const panelPushSchema = z.object({ type: z.literal('hs:panel'), update: panelUpdateSchema });
export type PanelPush = z.infer<typeof panelPushSchema>;

// ── extension pages → content ─────────────────────────────────────────────

/**
 * What the in-page panel shows, asked by the extension itself (tabs.sendMessage):
 * its shadow root is closed and its host bears no attribute, so this is how the
 * extension's own pages and tests read it. `selectors` name elements inside the
 * panel to describe (text, attributes, position); `markup` asks for its markup.
 */
export const panelProbeSchema = z.object({
  type: z.literal('hs:panel-probe'),
  selectors: z.optional(z.array(text(300)).check(z.maxLength(30))),
  markup: z.optional(z.boolean()),
  /** An element inside the panel to scroll into view (inside the panel's own scroll box) before measuring. */
  reveal: z.optional(text(300)),
});
export type PanelProbe = z.infer<typeof panelProbeSchema>;

// ── popup, options → background ───────────────────────────────────────────

/** The tab's report as kept; answered with a `TabReport` or null. */
export const getTabMessageSchema = z.object({ type: z.literal('hs:get-tab'), tabId });
/** "Check again": re-evaluate the tab's kept page now (the page is not read again); answered like hs:get-tab. */
export const recheckMessageSchema = z.object({ type: z.literal('hs:recheck'), tabId });
/** How many profiles the seen-profiles index holds; answered with a number. */
export const countSeenMessageSchema = z.object({ type: z.literal('hs:count-seen') });
/** Empty the seen-profiles index (the background owns it). */
export const forgetSeenMessageSchema = z.object({ type: z.literal('hs:forget-seen') });

/**
 * "Check this page": the background reads the tab once with a content-side script (the
 * site's reader, else the generic candidate reader) and evaluates it; answered with a
 * `PageActionAnswer`, the report then arrives like any tab's (hs:tab-report).
 */
export const checkPageMessageSchema = z.object({ type: z.literal('hs:check-page'), tabId });
/** "Copy page outline": the page's structure without its text (src/sites/page-outline.ts); answered with a `PageActionAnswer`. */
export const outlinePageMessageSchema = z.object({ type: z.literal('hs:outline-page'), tabId });
/** What a page action answers: done (with the outline, for hs:outline-page), or why not, as a string key. */
export type PageActionAnswer = { ok: true; outline?: string } | { ok: false; reason: 'no-permission' | 'cannot-read' | 'not-read' };

/**
 * A résumé file the popup or options page read: the background fingerprints its text
 * for the seen index (never keeping the text) and answers with the `SeenMatch[]` of
 * other résumés and profiles it reuses; then it remembers this one under `name`.
 */
export const resumeSeenMessageSchema = z.object({
  type: z.literal('hs:resume-seen'),
  name: z.nullable(text(200)),
  fileName: text(300),
  text: z.string().check(z.maxLength(200_000)),
});
export type ResumeSeenMessage = z.infer<typeof resumeSeenMessageSchema>;

export const extensionPageMessageSchema = z.discriminatedUnion('type', [
  getTabMessageSchema,
  recheckMessageSchema,
  countSeenMessageSchema,
  forgetSeenMessageSchema,
  checkPageMessageSchema,
  outlinePageMessageSchema,
  resumeSeenMessageSchema,
]);
/** What the popup and the options page send. */
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

// ── background → popup ────────────────────────────────────────────────────

/** A tab's kept report changed (null: the tab has none now). */
export const tabReportNoticeSchema = z.object({ type: z.literal('hs:tab-report'), tabId, tab: z.nullable(tabReportSchema) });
export type TabReportNotice = z.infer<typeof tabReportNoticeSchema>;

// ── What the background keeps per tab in storage.session (src/background/kept-tabs.ts) ──
// Stored values are read back through these like any message: a value another
// build (or a corruption) left behind must not reach the engine or the popup.

const seenMatchSchema = z.object({ url, platform, seenAt: z.string(), similarity: z.number() });

/** A tab's kept page: the page state, its content script's id and the seen-profiles answer. */
export const keptPageSchema = z.object({
  stateId: text(100),
  page: pageSchema,
  seen: z.nullable(z.object({ key: z.string(), matches: z.array(seenMatchSchema) })),
});

/** A stored or received tab report, or null when it does not fit the schema (the popup then shows "no report"). */
export function parseTabReport(raw: unknown): TabReport | null {
  const parsed = tabReportSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
// ── background → selection window (through storage.session) ──────────────

/** `storage.session` key under which the selection menu leaves the selected text for its window. */
export const SELECTION_CHECK_KEY = 'selectionCheck';
/** Text selected on a page and sent with "Check with Hire Signals" (src/background/selection-menu.ts). */
export const selectionCheckSchema = z.object({
  text: z.string().check(z.maxLength(200_000)),
  pageUrl: z.nullable(url),
  at: z.string().check(z.maxLength(40)),
});
export type SelectionCheck = z.infer<typeof selectionCheckSchema>;
