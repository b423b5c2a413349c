/** Strings for the profile rules (src/engine/rules-profile.ts): title, why, next step, evidence. */
export const RULES_PROFILE: Record<string, string> = {
  'rules.new-account.title': 'Recently created account',
  'rules.new-account.why':
    'The 2022 U.S. advisory asks platforms to give newly created accounts extra scrutiny, because accounts made for one scheme tend to be new. Plenty of honest people have just joined, so this is one indicator to weigh with the others, never a reason on its own.',
  'rules.new-account.nextStep':
    'Ask about work done before this account existed and confirm it independently; hold a live video call with camera on and check ID against the application.',
  'rules.new-account.evidence.since': 'Member since {since} ({months} months before this scan)',
  'rules.new-account.evidence.githubId':
    'GitHub user id {id} was issued no earlier than {month}, so the account is at most {months} months old',

  'rules.unverified-identity.title': 'Paid work without identity verification',
  'rules.unverified-identity.why':
    'The 2022 U.S. advisory recommends that platforms allow no activity on an account before its identity is verified. A marketplace profile that shows completed work but no verification badge skipped that step. Badges can lag, so weigh it in context with the other signals.',
  'rules.unverified-identity.nextStep':
    'Ask the candidate to complete the platform’s identity verification before any contract, and check a government ID against them on a live video call.',
  'rules.unverified-identity.evidence.noBadge': 'No identity-verification badge on a site that offers one',
  'rules.unverified-identity.evidence.jobs': '{count} completed jobs shown',
  'rules.unverified-identity.evidence.hours': '{count} hours worked shown',
  'rules.unverified-identity.evidence.reviews': '{count} reviews shown',

  'rules.thin-profile.title': 'Very bare profile',
  'rules.thin-profile.why':
    'U.S. guidance lists surprisingly bare profiles and simple portfolio sites as a red flag, and the 2023 U.S.–Korean notice mentions profiles without a photo; both ask employers to confirm that linked websites really exist. Many honest people keep sparse profiles, so treat this as one indicator in context.',
  'rules.thin-profile.nextStep':
    'Ask for links to past work you can verify (code, shipped products, references reached through a company’s public contact details) and open every site they give to check it exists and matches the profile.',
  'rules.thin-profile.evidence.noPhoto': 'No profile photo',
  'rules.thin-profile.evidence.noAbout': 'No headline or about text',
  'rules.thin-profile.evidence.noLinks': 'No links to a portfolio, code or other profiles',
  'rules.thin-profile.evidence.noPositions': 'No positions listed',
  'rules.thin-profile.evidence.noSkills': 'No skills listed',

  'rules.few-connections-for-seniority.title': 'Very small network for a senior profile',
  'rules.few-connections-for-seniority.why':
    'U.S. guidance lists a bare social or developer profile as a red flag. Years of senior work usually leave a network of colleagues behind; a near-empty one next to a senior title is worth a question. Some people simply avoid social networks, so weigh it with the rest.',
  'rules.few-connections-for-seniority.nextStep':
    'Ask for two former colleagues or managers and contact them through their employer’s public switchboard, not details the candidate supplies.',
  'rules.few-connections-for-seniority.evidence': '{count} connections, while the profile says “{claim}”',

  'rules.location-city-country-mismatch.title': 'Location contradicts itself',
  'rules.location-city-country-mismatch.why':
    'U.S. guidance asks employers to check that the place a candidate states is consistent everywhere; a location line naming a city in one country and a different country is inconsistent on its face. It can be a typo, so it is one indicator to weigh in context.',
  'rules.location-city-country-mismatch.nextStep':
    'Ask the candidate where they live and work now, and compare the answer with their ID and payment details at onboarding.',
  'rules.location-city-country-mismatch.evidence': 'Location “{text}”: {city} is in {cityCountry}, not {statedCountry}',

  'rules.timezone-location-mismatch.title': 'Time zone does not fit the stated location',
  'rules.timezone-location-mismatch.why':
    'U.S. guidance flags details that clash with the location and working hours a client actually sees. This profile’s own time zone does not belong to its own stated country. Freelancers sometimes keep a client’s hours, so weigh it in context with the other signals.',
  'rules.timezone-location-mismatch.nextStep':
    'Schedule a live video call at a time that is business hours in the stated location, and ask about the time zone shown.',
  'rules.timezone-location-mismatch.evidence': 'Time zone “{timezone}” with location “{location}”',

  'rules.employer-location-mismatch.title': 'Current on-site job in another country',
  'rules.employer-location-mismatch.why':
    'U.S. and German guidance ask employers to compare the place of work a candidate gives in different places. Here a current job that is not marked remote is placed in a different country from the profile’s location. Moves and travel happen, so this is a weak indicator to weigh in context.',
  'rules.employer-location-mismatch.nextStep':
    'Ask where the candidate works from for that employer, and confirm the job with the employer through its public contact details.',
  'rules.employer-location-mismatch.evidence': '“{title}” at {company} is in “{positionLocation}”, while the profile says “{location}”',

  'rules.name-spelling-mismatch.title': 'Name spelled differently on the page',
  'rules.name-spelling-mismatch.why':
    'U.S. guidance lists a name spelled differently across a candidate’s profiles and contacts as a red flag and asks employers to check name spelling everywhere. This page itself gives the name in more than one form. Typos and nicknames happen, so weigh it in context.',
  'rules.name-spelling-mismatch.nextStep':
    'Ask which spelling is on the candidate’s ID and check the ID against them on a live video call with camera on.',
  'rules.name-spelling-mismatch.evidence': 'Display name “{name}”, but {where}',

  'rules.career-dates-impossible.title': 'Dates in the history cannot be right',
  'rules.career-dates-impossible.why':
    'German guidance lists CVs that contradict themselves on experience and education, and U.S. guidance describes detailed but false histories. An entry ending before it starts, or a job starting in the future, cannot be right as written. It may be a slip, so ask before weighing it.',
  'rules.career-dates-impossible.nextStep':
    'Ask the candidate to correct the dates, then confirm the job or degree directly with the employer or school through contact details you find yourself.',
  'rules.career-dates-impossible.evidence.endBeforeStart': '“{label}” ends {end}, before it starts {start}',
  'rules.career-dates-impossible.evidence.futureStart': '“{label}” starts {start}, after the date of this scan',

  'rules.overlapping-full-time-jobs.title': 'Full-time jobs overlap for a long time',
  'rules.overlapping-full-time-jobs.why':
    'German guidance lists CVs that contradict themselves on experience, and U.S. guidance describes realistic but false job histories. Two full-time jobs at different employers held together for many months is worth a question. Side jobs are common, so weigh it in context.',
  'rules.overlapping-full-time-jobs.nextStep':
    'Ask how both jobs were held at once, and confirm the dates with each employer through its public contact details.',
  'rules.overlapping-full-time-jobs.evidence': '“{a}” ({aDates}) overlaps “{b}” ({bDates}) by {months} months',
  'rules.overlapping-full-time-jobs.present': 'present',

  'rules.experience-exceeds-history.title': 'Claimed experience is longer than the dated career',
  'rules.experience-exceeds-history.why':
    'German guidance lists CVs that contradict themselves on experience. This profile claims more years of experience than its own dated jobs and studies can hold. People often leave old jobs off, so it is one indicator to weigh in context.',
  'rules.experience-exceeds-history.nextStep':
    'Ask for the full work history behind the claim and confirm the earliest jobs directly with those employers.',
  'rules.experience-exceeds-history.evidence': 'Says “{claim}”, but the earliest dated job or study starts in {year} ({years} years ago)',

  'rules.rate-below-market.title': 'Rate far below market for a senior profile',
  'rules.rate-below-market.why':
    'Japanese and Korean guidance warn about work offered at fees well below the going rate. A senior profile asking a small fraction of typical senior rates matches that description. Rates differ a lot between regions and careers, so weigh it in context.',
  'rules.rate-below-market.nextStep':
    'Ask how the rate was set and who else works on the account; hold a live video call with camera on and check ID against the application.',
  'rules.rate-below-market.evidence': 'Hourly rate {rate} (under {floor} USD/h) while the profile says “{claim}”',

  'rules.high-rating-low-rate.title': 'Top ratings with a low rate',
  'rules.high-rating-low-rate.why':
    'German guidance names high ratings on freelance platforms combined with low asking rates. A long record of top ratings normally lets a freelancer charge more. Some freelancers keep low prices on purpose, so this is one indicator to weigh in context.',
  'rules.high-rating-low-rate.nextStep':
    'Read the reviews for repeated clients or generic wording, and contact two reviewing clients through their company’s public contact details.',
  'rules.high-rating-low-rate.evidence': 'Rating {rating} over {count} jobs or reviews at {rate}',

  'rules.implausible-hours.title': 'More hours worked than the account’s age allows',
  'rules.implausible-hours.why':
    'Japanese guidance lists implausibly long cumulative working time as a sign that one account is used by several people. The hours shown would mean heavy overtime every week since the account opened. Check how the site counts hours before weighing it.',
  'rules.implausible-hours.nextStep':
    'Ask who does the work on this account and whether anyone else uses it; hold a live video call with camera on and check ID against the application.',
  'rules.implausible-hours.evidence': '{hours} hours worked since {since} ({months} months), about {perMonth} hours a month',

  'rules.review-burst-one-client.title': 'Burst of top ratings from one client',
  'rules.review-burst-one-client.why':
    'U.S. guidance flags one client account giving top ratings in a short window, and sham clients rating their own developer accounts; Japanese guidance describes staged reviews between linked accounts. Repeat clients are normal, so look at the reviews themselves before weighing it.',
  'rules.review-burst-one-client.nextStep':
    'Find the reviewing client independently (company site, public switchboard) and ask them about the work; check whether the same client reviews other developers the same way.',
  'rules.review-burst-one-client.evidence': '{count} top ratings from “{client}” between {from} and {to}',

  'rules.reviews-before-account.title': 'Reviews dated before the account existed',
  'rules.reviews-before-account.why':
    'Japanese guidance describes staged reviews between accounts, and U.S. guidance describes sham clients rating their own developers. A review dated before the account joined could not have been earned on it. Sites sometimes import history, so ask before weighing it.',
  'rules.reviews-before-account.nextStep':
    'Ask the platform or the candidate where those reviews come from, and contact the reviewing client through details you find yourself.',
  'rules.reviews-before-account.evidence': 'Review dated {date} by “{author}”, but member since {since}',

  'rules.broad-skills-many-recs.title': 'Very wide skill set with many recommendations',
  'rules.broad-skills-many-recs.why':
    'German guidance describes profiles presenting as very experienced, with an unusually wide skill set and many recommendations. Broad skills alone are common among honest developers, so this rule only counts all three together and carries the lowest weight.',
  'rules.broad-skills-many-recs.nextStep':
    'In a live technical interview with camera on, go deep on two of the listed areas the role needs, and contact two recommenders independently.',
  'rules.broad-skills-many-recs.evidence': '{count} unrelated skill areas ({families}), {recommendations} reviews, and “{claim}”',
};
