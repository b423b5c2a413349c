import { defineRule } from '../core/rule';
import { PRODUCT_CONTEXT, defineCues, cueEvidence } from '../matching/text-scan';
import { PAY_NEAR, around } from '../matching/cue-context';

/**
 * Work equipment or documents to be sent somewhere other than the worker's own
 * (ID) address: us22-rf-ship-elsewhere (and mitigation us22-mit-ship-to-id-address),
 * uskr23-rf-freight-forwarder-address (a freight-forwarding address, or one changed
 * at hiring), de24-rf-changing-delivery-address, and helpers paid to receive and keep
 * work laptops running (us24d-tc-laptop-hosts). "Ship" alone means nothing — every
 * developer ships features — so a cue needs the item *and* the address.
 */
const ITEM = String.raw`(?:laptop|computer|equipment|device|macbook|hardware|package|parcel|documents?|pc|monitor|yubikey|phone|it kit|work kit)`;
const OTHER_PLACE = String.raw`(?:different|another|other|alternate|alternative|second|new|forwarding|friend's|friends'|relative's|cousin's|brother's|sister's|uncle's|partner's|colleague's|agent's|office)`;

/** Someone else's place: "my friend house", "my cousin's flat", "not my home". */
const SOMEONE_ELSES = /\b(?:friend|friends|cousin|brother|sister|uncle|aunt|relative|colleague|agent|partner|relatives?)(?:'s|s')?\s+(?:house|home|place|address|flat|apartment|office)\b|\bnot (?:my|our) (?:home|house|address)\b/i;
const ITEM_ONLY = new RegExp(String.raw`\b${ITEM}\b`, 'i');
const ITEM_OR_ADDRESS = new RegExp(String.raw`\b${ITEM}\b|\baddress\b`, 'i');

const CUES = defineCues([
  {
    // "please ship the laptop to my friend's address", "send the equipment to a different address".
    pattern: new RegExp(
      String.raw`\b(?:ship|send|deliver|mail|post|forward|courier)\w*\s+(?:\w+\s+){0,3}?${ITEM}\b[^.!?;\n]{0,50}?\b(?:to|at)\s+(?:a\s+|an\s+|my\s+|the\s+|this\s+)?${OTHER_PLACE}\s+(?:\w+\s+){0,1}?(?:address|location|place|house|home|apartment)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
    negatable: true,
  },
  {
    // "I can't receive packages at my home address", "unable to receive the laptop at the address on my ID".
    pattern: new RegExp(
      String.raw`\b(?:can't|cannot|can not|unable to|not able to|won't be able to)\s+(?:\w+\s+){0,2}?receive\b[^.!?;\n]{0,50}?\b(?:address|home|house|id)\b`,
      'gi',
    ),
    unless: PRODUCT_CONTEXT,
  },
  {
    // "the delivery address is different from the one on my ID".
    pattern: /\baddress\b[^.!?;\n]{0,40}?\b(?:is different|differs|is not the same|isn't the same|doesn't match|does not match)\b[^.!?;\n]{0,30}?\b(?:id|license|licence|passport|documents?)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
  {
    // A freight forwarder / reshipping service for the work laptop (uskr23).
    pattern: /\b(?:freight|package|parcel|mail)[- ]?forward(?:er|ers|ing)\b|\bre-?ship(?:ping|ped|s)?\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (_m, statement) => ITEM_OR_ADDRESS.test(statement),
  },
  {
    // Laptop hosts: "Need someone in USA to receive laptop and keep it on, $200 per month" (us24d-tc-laptop-hosts).
    pattern: new RegExp(String.raw`\b(?:receive|host|keep|hold|store|plug in|set up|setup)\w*\s+(?:(?:a|an|the|my|our|company|work|\d+|few|some)\s+){0,3}(?:laptops?|computers?|pcs?|macbooks?|devices?)\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (m) => PAY_NEAR.test(around(m)) && /\b(?:someone|somebody|anyone|person|people|you|partners?)\b/i.test(around(m)),
  },
  {
    // Laptop hosts keep the machine on for the worker abroad: "we ship the laptop to your house, you just keep it
    // online with teamviewer and get 300$" (us24d-tc-laptop-hosts). Keeping a laptop on is ordinary without the pay.
    pattern: /\bkeep\w*\s+(?:it|them|the\s+(?:laptop|computer|pc|macbook|device)s?)\s+(?:on|online|running|turned on|switched on|connected|plugged in)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (m) => ITEM_ONLY.test(around(m)) && PAY_NEAR.test(around(m)),
  },
  {
    // Laptop hosts install the remote-access tool for the worker abroad (us24d-tc-laptop-hosts):
    // "just plug in the laptop at your home and install anydesk, we pay". Company IT asking for a
    // support tool names no payment and no one's home, so both the device and one of those are needed.
    pattern: /\binstall\w*\s+(?:\w+\s+){0,2}?(?:anydesk|teamviewer|rustdesk|splashtop|chrome remote desktop|remote desktop|remote access)\b/gi,
    unless: PRODUCT_CONTEXT,
    negatable: true,
    accept: (m) => ITEM_ONLY.test(around(m)) && (PAY_NEAR.test(around(m)) || /\byour (?:home|house|place|flat|apartment)\b/i.test(around(m))),
  },
  {
    // "Please send the company laptop to my cousin in Texas".
    pattern: /\b(?:ship|send|deliver|mail|forward|courier)\w*\s+(?:\w+\s+){0,3}?(?:laptop|computer|equipment|device|macbook|hardware|pc|monitor|yubikey)s?\s+to\s+(?:my\s+|our\s+)?(?:friend|cousin|brother|sister|uncle|aunt|relative|partner|roommate|agent)\b/gi,
    unless: PRODUCT_CONTEXT,
  },
  {
    // "pls ship the laptop to this address, it is my friend house".
    pattern: new RegExp(String.raw`\b(?:ship|send|deliver|mail|post|forward|courier)\w*\s+(?:\w+\s+){0,3}?${ITEM}\b[^.!?;\n]{0,50}?\baddress\b`, 'gi'),
    unless: PRODUCT_CONTEXT,
    accept: (m) => SOMEONE_ELSES.test(around(m, 40, 80)),
  },
  {
    // "I need to change my delivery address again", "update the shipping address for the laptop".
    pattern: /\b(?:change|changed|changing|update|updated|new)\s+(?:my\s+|the\s+)?(?:delivery|shipping|mailing)\s+address\b/gi,
    unless: PRODUCT_CONTEXT,
    // Only for the work equipment: "update the shipping address for the conference badges" is office routine.
    accept: (_m, statement) => ITEM_ONLY.test(statement),
  },
]);

export default defineRule({
  id: 'equipment-other-address',
  topic: 'payment',
  indicators: ['us22-rf-ship-elsewhere', 'uskr23-rf-freight-forwarder-address', 'de24-rf-changing-delivery-address', 'us24d-tc-laptop-hosts'],
  severity: 'medium',
  weight: 5,
  platforms: 'all',
  subjects: ['profile', 'text'],
  text: {
    title: 'Wants equipment sent to another address',
    why:
      'The guidance flags requests to ship a laptop or documents to an address other than the one on the worker’s ID, freight-forwarding addresses, and delivery addresses that keep changing: company laptops are often hosted by helpers or re-shipped abroad.',
    nextStep: 'Ship equipment only to the address on the identity document; ask for more documentation if another address is requested.',
    evidence: {
      wording: 'Shipping wording: “{quote}”',
    },
  },
  check: (input, say) => cueEvidence(input.text, CUES, (quote) => say('wording', { quote })),
});
