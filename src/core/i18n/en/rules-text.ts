/**
 * Strings of the text rules (src/engine/rules-text.ts). Each rule has
 * `title`, `why` (why the guidance cares, in our words; one indicator to weigh
 * in context), `nextStep` (a concrete step) and the evidence line(s) it quotes.
 */
export const RULES_TEXT: Record<string, string> = {
  'rules.alt-payment-request.title': 'Asks to be paid in crypto or through an alternative payment service',
  'rules.alt-payment-request.why':
    'Government guidance lists a wish to be paid in virtual currency, or through PayPal, Wise or payment services linked to China, as a way schemes avoid the identity checks of ordinary bank payroll. Many honest freelancers use these services too, so this is one indicator to weigh with the others.',
  'rules.alt-payment-request.nextStep':
    'Pay only to a bank account in the candidate’s own name that matches their identity documents, and do not pay only in cryptocurrency.',
  'rules.alt-payment-request.evidence': 'Payment wording: “{quote}”',

  'rules.payout-other-account.title': 'Payment to another person’s account, or an account “closed” and swapped',
  'rules.payout-other-account.why':
    'The guidance warns about workers whose freelance or payment account was shut down, who ask to switch to an account in another name, or whose pay passes through a third party’s account. Each breaks the link between the person doing the work and the person being paid.',
  'rules.payout-other-account.nextStep':
    'Ask why the account changed and require a payout account in the worker’s own verified name; do not pay into a relative’s or agent’s account.',
  'rules.payout-other-account.evidence': 'Account wording: “{quote}”',

  'rules.off-platform-request.title': 'Wants to move the conversation or contract off the platform',
  'rules.off-platform-request.why':
    'Guidance from the U.S., Japan and South Korea notes that scheme accounts move contact off the freelance site once a client is found, propose contracts outside the platform, or later deal directly without the person who lent the account. Leaving the site also removes its identity checks and payment protection.',
  'rules.off-platform-request.nextStep':
    'Keep communication, contract and payment on the platform where you found the candidate until identity is verified by a live video call.',
  'rules.off-platform-request.evidence': 'Off-platform wording: “{quote}”',

  'rules.video-avoidance.title': 'Avoids video or camera contact',
  'rules.video-avoidance.why':
    'Several governments list refusing to appear on camera, claiming the camera or audio is broken, or insisting on text chat instead of video as typical of workers hiding who they are. Only the behaviour counts here, never the language or how fluently someone writes.',
  'rules.video-avoidance.nextStep':
    'Hold a live video call with the camera on and compare the person with the profile photo and identity document; note any repeated excuses.',
  'rules.video-avoidance.evidence': 'Video/camera wording: “{quote}”',

  'rules.equipment-other-address.title': 'Wants equipment sent to another address',
  'rules.equipment-other-address.why':
    'The guidance flags requests to ship a laptop or documents to an address other than the one on the worker’s ID, freight-forwarding addresses, and delivery addresses that keep changing: company laptops are often hosted by helpers or re-shipped abroad.',
  'rules.equipment-other-address.nextStep':
    'Ship equipment only to the address on the identity document; ask for more documentation if another address is requested.',
  'rules.equipment-other-address.evidence': 'Shipping wording: “{quote}”',

  'rules.no-business-hours.title': 'Says they cannot work the required business hours',
  'rules.no-business-hours.why':
    'The 2022 U.S. advisory lists being unable to work during the business hours a role requires as a red flag. Time zones differ for honest remote workers too, so weigh it against the location the candidate states.',
  'rules.no-business-hours.nextStep':
    'Ask which hours the candidate can reliably work and check them against their stated location and the role’s requirements.',
  'rules.no-business-hours.evidence': 'Availability wording: “{quote}”',

  'rules.pay-before-milestones.title': 'Wants payment before milestones or delivery',
  'rules.pay-before-milestones.why':
    'The 2022 U.S. advisory lists asking for payment without having met production milestones or attended check-in meetings. A usual deposit is normal; full payment ahead of any delivery is not.',
  'rules.pay-before-milestones.nextStep':
    'Tie payments to delivered, reviewed milestones and attended check-ins; do not release funds in advance.',
  'rules.pay-before-milestones.evidence': 'Payment-timing wording: “{quote}”',

  'rules.drug-test-in-person-worry.title': 'Worried about a drug test or meeting in person',
  'rules.drug-test-in-person-worry.why':
    'The 2023 U.S.–Korean announcement lists unusual anxiety about drug-test or in-person meeting requirements, and being unable to meet them. Someone who is not who they claim cannot attend in person.',
  'rules.drug-test-in-person-worry.nextStep':
    'Keep the in-person or verified-identity step in the hiring process and ask the candidate to schedule it.',
  'rules.drug-test-in-person-worry.evidence': 'Wording: “{quote}”',

  'rules.account-sharing-pitch.title': 'Asks to use someone’s account or identity, or to split the work and fee',
  'rules.account-sharing-pitch.why':
    'The guidance describes workers approaching other freelancers with “collaboration” offers to use their platform accounts or Western ID, splitting commissioned work and the fee, and asking colleagues to lend personal information to win contracts.',
  'rules.account-sharing-pitch.nextStep':
    'Do not share accounts or identity documents; confirm the person doing the work is the verified account holder.',
  'rules.account-sharing-pitch.evidence': 'Account/identity wording: “{quote}”',

  'rules.refer-more-workers.title': 'Offers to bring in more developers',
  'rules.refer-more-workers.why':
    'The 2022 U.S. advisory notes that, once hired, scheme workers recommend the company take on further freelancers from their network. Referrals are common and honest too; this is context to weigh.',
  'rules.refer-more-workers.nextStep':
    'Put each referred person through the same identity verification and live video interview as any other candidate.',
  'rules.refer-more-workers.evidence': 'Referral wording: “{quote}”',

  'rules.executive-cold-outreach.title': 'Unsolicited outreach from a self-described executive offering services',
  'rules.executive-cold-outreach.why':
    'The 2022 U.S. advisory lists unsolicited messages or calls from people presenting themselves as C-level executives of software companies who offer development services.',
  'rules.executive-cold-outreach.nextStep':
    'Check the company independently (business registry, a website you find yourself) before any engagement.',
  'rules.executive-cold-outreach.evidence': 'Message wording: “{quote}”',

  'rules.changing-contacts.title': 'Contact details change or multiply',
  'rules.changing-contacts.why':
    'The 2022 U.S. advisory lists phone numbers or e-mail addresses that are wrong or keep changing. One person giving many different addresses or numbers makes them hard to verify.',
  'rules.changing-contacts.nextStep':
    'Ask which single phone number and e-mail address the candidate uses and verify them (call back, reply to a message) before going further.',
  'rules.changing-contacts.evidence': 'Contact wording: “{quote}”',
  'rules.changing-contacts.emails': '{count} different e-mail addresses: {list}',
  'rules.changing-contacts.phones': '{count} different phone numbers: {list}',

  'rules.seized-domain-link.title': 'Links to a domain seized in DPRK IT-worker actions',
  'rules.seized-domain-link.why':
    'Authorities seized websites built to look like IT-services companies so workers could show a credible employer. A link, address or employer website on one of those domains is a match to enforcement data, which is why this signal weighs heavily; the person may still be an unwitting victim.',
  'rules.seized-domain-link.nextStep':
    'Verify the claimed employment directly with the company through contact details you find yourself, and consult your security or compliance team before continuing.',
  'rules.seized-domain-link.evidence': '“{matched}” is on {domain}, a seized site that presented itself as {siteName} ({certainty})',

  'rules.sanctioned-entity-name.title': 'Names a designated DPRK front company',
  'rules.sanctioned-entity-name.why':
    'Sanctions authorities designated these companies for running or fronting DPRK IT-worker operations, some under foreign-looking names. An exact match of an employer, agency or payee to that list may mean sanctions exposure; it is not proof the candidate knows.',
  'rules.sanctioned-entity-name.nextStep':
    'Stop payments and contracting involving the entity and consult your compliance or legal team before continuing.',
  'rules.sanctioned-entity-name.evidence': '“{matched}” matches {name} ({location}; {action})',

  'rules.lookalike-employer-domain.title': 'E-mail or website on a look-alike of an employer’s domain',
  'rules.lookalike-employer-domain.why':
    'The 2022 U.S. advisory describes work histories that name real small or mid-sized firms with contact addresses on domains that resemble the firm’s real one, so reference checks reach the worker’s own helpers.',
  'rules.lookalike-employer-domain.nextStep':
    'Verify past employment through the company’s own website and phone number found independently, not the contact details in the résumé.',
  'rules.lookalike-employer-domain.evidence-confusable': '{host} looks like a misspelling of {official}, the website of {company}',
  'rules.lookalike-employer-domain.evidence-padded': 'E-mail on {host}, not on {official}, the website of {company}',
  'rules.lookalike-employer-domain.evidence-name': '{host} looks like a misspelling of the employer name “{company}”',
};
