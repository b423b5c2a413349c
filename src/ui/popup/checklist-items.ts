/**
 * The verification checklist shown per candidate in the popup: the guidance's
 * recommended checks, each linked to the mitigation it comes from. Data, not UI.
 */
export interface ChecklistItem {
  id: string;
  /** i18n key of the check's wording. */
  labelKey: string;
  /** Mitigation / indicator ids in the catalogue it comes from. */
  indicators: readonly string[];
  /** Prompts adapted from a practitioner framework, shown under the check with its credit. */
  prompts?: 'seal-liveness';
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'live-video', labelKey: 'checklist.liveVideo', indicators: ['us22-mit-video-interview', 'us25u-mit-video-unobscured', 'de24-mit-in-person-or-video'] },
  // 2025–26: Canada (ca25-mit-live-interview-deepfake-test) asks for a deepfake test on the call;
  // SEAL's liveness prompts say how. The FBI's hand wave (us25u-mit-hand-wave) is one of them.
  {
    id: 'liveness-prompts',
    labelKey: 'checklist.livenessPrompts',
    indicators: ['ca25-mit-live-interview-deepfake-test', 'us25u-mit-hand-wave'],
    prompts: 'seal-liveness',
  },
  { id: 'id-matches-application', labelKey: 'checklist.idMatches', indicators: ['us22-mit-scrutinize-id', 'us25u-mit-id-doc-errors', 'jp24-mit-thorough-id'] },
  // 2026 multinational alert (us26-mit-strict-id-in-person) and Canada (ca25-mit-scrutinize-docs).
  { id: 'in-person-or-strict-id', labelKey: 'checklist.inPersonOrStrictId', indicators: ['us26-mit-strict-id-in-person', 'ca25-mit-scrutinize-docs'] },
  { id: 'location-questions', labelKey: 'checklist.locationQuestions', indicators: ['us25u-mit-window-location-check', 'us25j-mit-soft-questions'] },
  { id: 'history-verified-directly', labelKey: 'checklist.historyDirect', indicators: ['us22-mit-verify-history-independently', 'us25u-mit-verify-history-direct', 'ca25-mit-verify-credentials-references'] },
  { id: 'consistent-across-profiles', labelKey: 'checklist.consistency', indicators: ['us22-mit-consistency-check', 'us25u-mit-crossref-photo-contact'] },
  { id: 'websites-exist', labelKey: 'checklist.websites', indicators: ['us22-mit-verify-websites'] },
  { id: 'ship-to-id-address', labelKey: 'checklist.shipToId', indicators: ['us22-mit-ship-to-id-address'] },
  { id: 'bank-not-crypto', labelKey: 'checklist.bankDetails', indicators: ['us22-mit-no-crypto-verify-bank', 'de24-mit-not-crypto-only', 'ca25-mit-no-crypto'] },
  { id: 'stay-on-platform', labelKey: 'checklist.stayOnPlatform', indicators: ['us22-mit-stay-on-platform'] },
  { id: 'identity-throughout', labelKey: 'checklist.identityThroughout', indicators: ['us24-mit-identity-throughout', 'us25u-mit-capture-compare'] },
];
