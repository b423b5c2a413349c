import { siteIdsWith } from '../core/site-list';
import type { RuleInput } from '../core/rule';
import { defineRule } from '../core/rule';
import { type Cue, PRODUCT_CONTEXT, defineCues, findCues, matchableText } from '../matching/text-scan';

/**
 * Asking to move the conversation or the contract away from the site where the
 * client found the worker: us22-rf-move-off-platform, us22-mit-stay-on-platform,
 * us22-tc-go-off-site (UN Panel: contact moved "off-site" once a client is found),
 * jp24-rf-off-platform-deal (contracting outside the platform to save fees), and
 * kr22-rf-bypass-agent-after-trust (dealing directly without the account lender).
 * Merely naming a messenger is not enough: which app people use varies by region,
 * and region is never a signal (shared/advisories.md §4 item 4).
 */
const MESSENGER = String.raw`(?:telegram|whatsapp|signal|skype|discord|wechat|viber|kakao(?:talk)?|line app)`;
const SITE = String.raw`(?:upwork|fiverr|freelancer(?:\.com)?|toptal|guru|peopleperhour|(?:the|this)\s+(?:platform|site|marketplace|website))`;

const MOVE_TO_MESSENGER: Cue = {
  // "let's continue this conversation on Telegram", "can we move the chat to WhatsApp?"
  pattern: new RegExp(
    String.raw`\b(?:move|continue|switch|take|shift|transfer|bring)(?:ing)?\s+(?:\w+\s+){0,3}?(?:conversation|chat|discussion|communication|talk|contact|messages|this|it)s?\s+(?:to|on|over to|onto|via|over|in)\s+${MESSENGER}\b`,
    'gi',
  ),
  unless: PRODUCT_CONTEXT,
  negatable: true,
};
const LETS_TALK_ON_MESSENGER: Cue = {
  // "Let's talk on Telegram", "can we chat via WhatsApp instead".
  pattern: new RegExp(
    String.raw`\b(?:let's|let us|can we|could we|shall we|we can|we could|better to|prefer to)\s+(?:talk|chat|discuss|connect|communicate|continue|speak|keep in touch)\s+(?:\w+\s+){0,2}?(?:on|via|over|through|in|using)\s+${MESSENGER}\b`,
    'gi',
  ),
  unless: PRODUCT_CONTEXT,
  negatable: true,
};
const OUTSIDE_SITE: Cue = {
  // "we can work outside Upwork", "pay me off the platform", "to avoid Upwork fees".
  pattern: new RegExp(String.raw`\b(?:off|outside(?: of)?|bypass(?:ing)?|around)\s+${SITE}`, 'gi'),
  unless: PRODUCT_CONTEXT,
  negatable: true,
  accept: (_m, statement) => PROPOSAL.test(statement),
};
const AVOID_FEES: Cue = {
  pattern: new RegExp(String.raw`\b(?:avoid|save|skip|no more|without)\s+(?:the\s+|paying\s+)?(?:upwork|fiverr|freelancer|platform|site|service|marketplace)?\s*(?:fees?|commissions?|cut)\b`, 'gi'),
  unless: PRODUCT_CONTEXT,
  negatable: true,
  accept: (_m, statement) => PROPOSAL.test(statement),
};
const DIRECTLY: Cue = {
  // "contract with me directly", "we can work directly without him" (kr22 bypass).
  pattern: /\b(?:contract|work|deal|pay|hire|continue|communicate)\s+(?:with\s+)?(?:me|us)\s+directly\b|\bdirectly\s+without\s+(?:him|her|them|the\s+(?:account\s+(?:owner|holder)|agent|agency|middleman|platform))\b/gi,
  unless: PRODUCT_CONTEXT,
  negatable: true,
};
const ADD_ME_ON_MESSENGER: Cue = {
  // On a freelance-marketplace profile, inviting clients to a messenger is itself a move off the site.
  pattern: new RegExp(String.raw`\b(?:add|contact|message|text|ping|dm|reach|find)\s+me\s+(?:on|via|at|through)\s+${MESSENGER}\b`, 'gi'),
  unless: PRODUCT_CONTEXT,
  negatable: true,
};

/** Proposal framing: the writer suggests doing something with the reader. */
const PROPOSAL = /\b(?:let's|let us|can we|could we|shall we|we can|we could|i can|i could|would you|do you want|prefer|want to|happy to|better|cheaper|contract|pay|fees?|commission|deal|work together|continue|directly)\b/i;

/** Sites whose terms forbid taking clients off-site: a messenger invitation there is the indicator. */
const MARKETPLACES: ReadonlySet<string> = new Set(siteIdsWith('freelance-marketplace'));

const BASE_CUES = defineCues([MOVE_TO_MESSENGER, LETS_TALK_ON_MESSENGER, OUTSIDE_SITE, AVOID_FEES, DIRECTLY]);
const MARKETPLACE_CUES = defineCues([...BASE_CUES, ADD_ME_ON_MESSENGER]);

function cuesFor(input: RuleInput): readonly Cue[] {
  return input.profile && MARKETPLACES.has(input.profile.platform) ? MARKETPLACE_CUES : BASE_CUES;
}

export default defineRule({
  id: 'off-platform-request',
  topic: 'messages',
  indicators: ['us22-rf-move-off-platform', 'jp24-rf-off-platform-deal', 'us22-tc-go-off-site', 'us22-mit-stay-on-platform', 'kr22-rf-bypass-agent-after-trust'],
  severity: 'medium',
  weight: 4,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Wants to move the conversation or contract off the platform',
    why:
      'Guidance from the U.S., Japan and South Korea notes that scheme accounts move contact off the freelance site once a client is found, propose contracts outside the platform, or later deal directly without the person who lent the account. Leaving the site also removes its identity checks and payment protection.',
    nextStep:
      'Keep communication, contract and payment on the platform where you found the candidate until identity is verified by a live video call.',
    evidence: {
      wording: 'Off-platform wording: “{quote}”',
    },
  },
  check(input, say) {
    const quotes = findCues(matchableText(input.text), cuesFor(input));
    return quotes.length ? quotes.map((quote) => say('wording', { quote })) : null;
  },
});
