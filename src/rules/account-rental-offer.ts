import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';
import { PAY_NEAR, around } from '../matching/cue-context';

/**
 * The account holder is not the worker: Canada's 2025 advisory describes paying people abroad
 * ("proxies") to lend their personal data or their job-platform accounts (ca25-tc-paid-proxies),
 * and the May 2024 DOJ case a marketplace that sold or rented identities and ready-made
 * freelance and payment accounts (us24m-tc-account-rental-market; the seized site itself is
 * matched by seized-domain-link). A page or a message shows the offer: to pay for the use of
 * someone's account or identity, to have accounts created for someone else, or to buy
 * ready-made ("verified", "aged") accounts. Asking a colleague to lend an account for a
 * collaboration is account-sharing-pitch.
 */
const PLATFORM = String.raw`(?:upwork|fiverr|freelancer|linkedin|toptal|github|indeed|wellfound|payoneer|paypal|wise|stripe|bank|freelance|freelancing|job[- ]site|platform)`;

/** Named marketplaces and payment services only: "open an account for me" on a generic site is ordinary. */
const NAMED = String.raw`(?:upwork|fiverr|freelancer(?:\.com)?|toptal|linkedin|indeed|wellfound|payoneer|paypal|wise|stripe)`;

/** Someone else using the account: "use it for work", "share your account with us". */
const USE_NEAR = /\b(?:use|using|share|sharing|rent|lend|borrow|work on it|work with it|give me|login|log in|access|cooperat\w*|collaborat\w*|partner\w*)\b/i;

const NAMED_RE = new RegExp(String.raw`\b${NAMED}\b`, 'i');

const CUES = defineCues([
  {
    // "someone in the US to open an Upwork account for me", "verify a Payoneer account for us".
    pattern: new RegExp(String.raw`\b(?:open|create|register|set up|setup|make|verify)\s+(?:an?\s+|the\s+|new\s+|one\s+)*${NAMED}\s+(?:account|profile)s?\s+for\s+(?:me|us)\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "help create new accounts on job sites", "register several accounts on Upwork".
    pattern: new RegExp(
      String.raw`\b(?:create|open|register|set up|make)\s+(?:new\s+|multiple\s+|several\s+|a few\s+|more\s+|\d+\s+)*accounts\s+(?:on|at|in|with)\s+(?:\w+\s+)?(?:${NAMED}|job (?:sites|platforms|boards)|freelanc\w+ (?:sites|platforms))\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "help me create accounts on Upwork", "can you help us open a few freelancer accounts".
    pattern: new RegExp(
      String.raw`\b(?:help|assist)\w*\s+(?:me|us)\s+(?:to\s+)?(?:create|open|set up|setup|register|make|verify)\s+(?:\w+\s+){0,3}?(?:${PLATFORM}\s+)?(?:accounts|profiles)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "I will create the Upwork account in your name", "we open the account with your details".
    pattern: new RegExp(
      String.raw`\b(?:create|open|register|set up|verify)\w*\s+(?:the\s+|an?\s+|new\s+)*(?:${PLATFORM}\s+)?(?:account|profile)s?\s+(?:in|under|with|using)\s+your\s+(?:name|id|identity|details|documents?|passport)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "we pay you $300 a month to use your account", "earn monthly by lending your profile".
    pattern: new RegExp(
      String.raw`\b(?:pay|paying|earn|get paid|receive)\b[^.!?;\n]{0,40}?\b(?:for|to|by|just for)\s+(?:(?:letting us|allowing us to)\s+)?(?:use|using|lend|lending|rent|renting|share|sharing)\s+(?:out\s+)?your\s+(?:\w+\s+)?(?:account|profile|identity|id|name|personal (?:data|details|information))\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "buy verified Upwork accounts", "selling aged freelancer profiles", "rent a KYC-verified Payoneer account".
    pattern: new RegExp(
      String.raw`\b(?:buy|buying|sell|selling|rent|renting|purchase|order)\s+(?:an?\s+|the\s+|our\s+)?(?:\d+\s+)?(?:verified|aged|old|ready[- ]made|kyc(?:'?d|[- ]verified)?|us|usa|u\.s\.)\s+(?:\w+\s+){0,2}?(?:accounts|account|profiles|profile|identities|ids)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "looking for someone to rent their Upwork account", "I want to buy your Fiverr profile".
    pattern: new RegExp(
      String.raw`\b(?:rent|renting|buy|buying|borrow|borrowing|purchase|hire|hiring)\s+(?:their|your|someone(?: else)?'?s|his|her|an?|the)\s+(?:\w+\s+)?${NAMED}\s+(?:accounts?|profiles?)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // The short way personas write it: "I want to buy upwork account", "need freelancer.com account, will pay",
    // "Buying LinkedIn accounts with 500+ connections", "Who can sell me his Upwork profile?".
    pattern: new RegExp(
      String.raw`\b(?<verb>buy|buying|bought|purchase|purchasing|rent|renting|lease|leasing|sell|selling|need|needs|needed|want|wants|looking for|searching for|seeking)\s+(?:(?!my\b|our\b|own\b)[\w'$]+\s+){0,4}?${NAMED}\s+(?:seller\s+|freelancer\s+|client\s+|business\s+|verified\s+)?(?:accounts?|profiles?)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    // Buying, renting or selling an account is the offer itself; needing or wanting one only with money offered for it.
    accept: (m) => /\b(?:buy|bought|purchas|rent|leas|sell)/i.test(m[0]) || PAY_NEAR.test(around(m)),
  },
  {
    // "hi, do you have an upwork account? i want to use it for work, you get 30% every month",
    // "u have upwork acc? i want rent it, pay 300$" (shorthand written out by chat-shorthand.ts),
    // "we are looking for account holders in USA … we pay $300/month".
    pattern: new RegExp(
      String.raw`\b(?:do you have|you have|you got|have you got|anyone (?:have|has|with)|who (?:has|have))\s+(?:an?\s+|old\s+|verified\s+)*${NAMED}\s+(?:accounts?|profiles?)\b|\b(?:${NAMED}\s+)?account\s+(?:holders?|owners?)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    accept: (m) => PAY_NEAR.test(around(m)) && (USE_NEAR.test(around(m)) || NAMED_RE.test(around(m))),
  },
  {
    // "Anyone have verified Payoneer? want buy": a verified or aged account, with the buying said after it.
    pattern: new RegExp(String.raw`\b(?:verified|aged|kyc(?:'?d)?)\s+${NAMED}\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    negatable: true,
    // The writer's own ("my verified Payoneer") is not for sale.
    accept: (m) => /\b(?:buy|buying|rent|renting|purchase|sell|selling)\b/i.test(around(m, 20, 60)) && !/\b(?:my|our)\s+$/i.test((m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 12), m.index)),
  },
  {
    // "i want to buy verified payoneer", "rent linkedin long term": the account is implied.
    // Buying the platform's own products ("connects", Premium, ads, stock) is ordinary.
    pattern: new RegExp(
      String.raw`\b(?:buy|buying|purchase|purchasing|rent|renting|sell|selling)\s+(?:(?:an?|the|old|aged|verified|kyc|us|usa|uk|ready)\s+)*${NAMED}\b(?!\.com\b|\s+(?:premium|subscriptions?|ads?|credits?|connects|shares?|stocks?|learning|sales navigator|recruiter|gift cards?|plus|pro|business|sdk|api))`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
  },
  {
    // "create upwork account using their ID and pass verification", "register on Upwork with your name".
    pattern: new RegExp(
      String.raw`\b(?:create|open|register|make|set up|setup|verify)\w*\s+(?:(?:an?|the|new|my|our|\d+)\s+)*(?:(?:on|at)\s+)?(?:${PLATFORM}\s+)?(?:(?:accounts?|profiles?)\s+)?(?:(?:on|at)\s+${PLATFORM}\s+)?(?:using|with|by|under|in)\s+(?:their|your|his|her)\s+(?:own\s+|real\s+)?(?:names?|ids?|identity|identities|documents?|docs|details|info|information|data|passports?|ssn)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
  },
  {
    // "I need someone to do ID verification for my account … I pay 50usd", "pass identity verification on my behalf".
    pattern: /\b(?:id|identity|kyc|face|selfie|video|document|account)\s+(?:verification|check)s?\s+(?:for|of|on|in)\s+(?:my|our)\s+(?:\w+\s+)?(?:accounts?|profiles?|behalf)\b|\b(?:pass|do|complete|handle|take|help with)\s+(?:the\s+|my\s+|our\s+|an?\s+)?(?:id|identity|kyc|face|selfie|video)\s+(?:verification|check)s?\s+(?:on my behalf|for me|for us|instead of me|in my place)\b/gi,
    unless: PRODUCT_CONTEXT,
    accept: (m) => PAY_NEAR.test(around(m)) || /\bbehalf|instead of me|in my place/i.test(m[0]),
  },
  {
    // "verify my freelancer account with his documents", "verify our accounts using your ID".
    pattern: new RegExp(
      String.raw`\bverify\w*\s+(?:my|our|the)\s+(?:${PLATFORM}\s+)?accounts?\s+(?:with|using|by)\s+(?:his|her|your|their)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
  },
  {
    // The marketplace of the May 2024 case, by its name; its domain is seized-domain-link's (one fact, one signal).
    pattern: /\bup\s?work\s?sell\b(?!\.[a-z])/gi,
  },
]);

export default defineRule({
  id: 'account-rental-offer',
  topic: 'messages',
  indicators: ['ca25-tc-paid-proxies', 'us24m-tc-account-rental-market'],
  severity: 'high',
  weight: 6,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Offers to rent, buy or have someone create accounts in another person’s name',
    why:
      'Canada’s 2025 advisory describes paying people abroad to lend their identity or job-platform accounts, and a 2024 U.S. case shut down a marketplace that sold or rented identities and ready-made freelance and payment accounts. When the account holder is not the person doing the work, the profile’s history and checks say nothing about the worker; the account holder may be an unwitting victim.',
    nextStep:
      'Do not lend, rent or create accounts for anyone; confirm on a live video call, with ID, that the person who will do the work is the verified account holder.',
    evidence: {
      wording: 'Account wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
