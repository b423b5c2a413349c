import { z } from 'zod';
export type { SourceRef } from '../core/report';

/** Where a red flag can be observed (shared/advisories.md §0). */
export const WHERE_SEEN = ['profile', 'resume/text', 'interview', 'onboarding/payment', 'network/IT', 'n/a'] as const;
export type WhereSeen = (typeof WHERE_SEEN)[number];

export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /**
   * What a finding shows instead of the full title: agency, kind and year ("FBI PSA 2024"),
   * unique across the catalogue; the full title stays in the link's hover text and the options.
   */
  shortLabel: z.string().min(1).max(28),
  agencies: z.array(z.string().min(1)).min(1),
  /** ISO date, or null when the digest could not retrieve it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Official URL when known; otherwise the best copy that was read. */
  url: z.string().url(),
  kind: z.string().min(1),
  /** V / P / S — see shared/advisories.md §0. */
  basis: z.string().min(1),
});
export type GuidanceDocument = z.infer<typeof documentSchema>;

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  documentId: z.string(),
  section: z.string().min(1),
  /** Our own words; never a copied sentence. */
  summary: z.string().min(1),
  whereSeen: z.array(z.enum(WHERE_SEEN)).min(1),
  kind: z.enum(['red-flag', 'tradecraft', 'mitigation', 'context']),
  basis: z.string().min(1),
  /**
   * The digest's `[R]` mark (rows added 2026-12-02): a recruiter can see it on a profile or in
   * pasted text; `partly` / `weak` when only part of it shows that way or the visible part is weak.
   */
  recruiterVisible: z.enum(['yes', 'partly', 'weak']).optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
