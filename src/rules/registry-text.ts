import accountSharingPitch from './account-sharing-pitch';
import altPaymentRequest from './alt-payment-request';
import changingContacts from './changing-contacts';
import type { RuleDefinition } from './define-rule';
import drugTestInPersonWorry from './drug-test-in-person-worry';
import equipmentOtherAddress from './equipment-other-address';
import executiveColdOutreach from './executive-cold-outreach';
import lookalikeEmployerDomain from './lookalike-employer-domain';
import noBusinessHours from './no-business-hours';
import offPlatformRequest from './off-platform-request';
import payBeforeMilestones from './pay-before-milestones';
import payoutOtherAccount from './payout-other-account';
import referMoreWorkers from './refer-more-workers';
import sanctionedEntityName from './sanctioned-entity-name';
import seizedDomainLink from './seized-domain-link';
import videoAvoidance from './video-avoidance';

/** Rules that read free text (profile long-form text or a pasted lookup). */
export const TEXT_RULES: readonly RuleDefinition[] = [
  seizedDomainLink,
  sanctionedEntityName,
  lookalikeEmployerDomain,
  altPaymentRequest,
  payoutOtherAccount,
  offPlatformRequest,
  videoAvoidance,
  equipmentOtherAddress,
  accountSharingPitch,
  payBeforeMilestones,
  drugTestInPersonWorry,
  noBusinessHours,
  changingContacts,
  referMoreWorkers,
  executiveColdOutreach,
];
