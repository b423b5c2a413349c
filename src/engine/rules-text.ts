import accountSharingPitch from '../rules/account-sharing-pitch';
import altPaymentRequest from '../rules/alt-payment-request';
import changingContacts from '../rules/changing-contacts';
import type { RuleDefinition } from '../core/rule';
import drugTestInPersonWorry from '../rules/drug-test-in-person-worry';
import equipmentOtherAddress from '../rules/equipment-other-address';
import executiveColdOutreach from '../rules/executive-cold-outreach';
import lookalikeEmployerDomain from '../rules/lookalike-employer-domain';
import noBusinessHours from '../rules/no-business-hours';
import offPlatformRequest from '../rules/off-platform-request';
import payBeforeMilestones from '../rules/pay-before-milestones';
import payoutOtherAccount from '../rules/payout-other-account';
import referMoreWorkers from '../rules/refer-more-workers';
import sanctionedEntityName from '../rules/sanctioned-entity-name';
import seizedDomainLink from '../rules/seized-domain-link';
import videoAvoidance from '../rules/video-avoidance';

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
