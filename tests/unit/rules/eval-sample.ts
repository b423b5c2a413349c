/**
 * A small sample, written by the team, of the two kinds of text `npm run eval`
 * measures on real corpora: scheme-style passages in the plain, short, often
 * ungrammatical way the schemes' personas write (one group per tactic the
 * guidance names), and ordinary texts from résumés, cover letters, proposals and
 * business e-mail, many of them near misses on purpose. Fictional people and
 * companies only.
 */
export const SCHEME_SAMPLE: Readonly<Record<string, readonly string[]>> = {
  'buying or renting platform accounts': [
    'I want to buy upwork account. Old account with good feedback is better. pls contact me',
    'need freelancer.com account, will pay good. US or Canada account only',
    'Looking for someone who have verified Upwork account. I will rent it and pay you monthly',
    'hi, do you have an upwork account? i want to use it for work, you get 30% every month',
    'Buying LinkedIn accounts with 500+ connections, old accounts only.',
    'we are looking for account holders in USA. you share your account with us, we pay $300/month',
    'I need a Fiverr seller account, can pay 200$',
    'Want to rent toptal account',
    'Who can sell me his Upwork profile? Need it fast',
    'Looking for US upwork account owner, long term cooperation, monthly payment',
  ],
  'opening and ID-verifying accounts for someone else': [
    'Need people to create upwork account using their ID and pass verification. I will pay 100$ for each account',
    'I need someone to do ID verification for my account. it takes only 10 min by video call, I pay 50usd',
    'Looking for person from US to verify my freelancer account with his documents',
    'hey bro, can you open a payoneer account with your info and give me login? ill pay',
    'We need help with KYC verification for our accounts, paid per verification',
    'I will pay you if you register on Upwork with your name and let me work on it',
    'need someone to pass identity verification on my behalf, easy money',
  ],
  'recruiting residents to "collaborate" for a monthly sum': [
    "Hello, I'm looking for US residents to collaborate with. you can make $400 per month without doing anything.",
    'Hiring partners living in Canada or UK for long term collaboration, 500 USD monthly, no experience needed',
    'Seeking collaborator from Europe. Easy work, only need your laptop online. $300 each month',
    'I am a software developer looking for partner in USA. We will work together and you will get 20% of income.',
    'Anyone from USA want earn extra money monthly? Simple collaboration, just let me use your identity for job applications',
    'Looking for a business partner who lives in the US to collaborate. You will receive $1000/month',
  ],
  'paid helpers for interviews': [
    'need someone to take interviews for me, english native speaker, pay per interview',
    'Looking for interview support for senior react developer position. Will pay $100 per interview',
    'Hiring a person to attend job interviews on my behalf.',
    'I need a proxy for technical interview tomorrow, paid',
    'Who can do interview instead of me? I will pay well',
    'need interview helper, you just join zoom call and talk, I will do coding',
  ],
  'buying platform reviews': [
    'I want to buy reviews for my upwork profile. 5 star only',
    "Need 10 clients to give me 5 star feedback on fiverr, i'll refund the order + $10",
    'will pay for positive reviews on my freelancer profile',
    'Looking for people to hire me on Upwork for small fake jobs and leave good review. I will send money back',
  ],
  'getting past verification with fake papers': [
    'Need fake ID card to pass upwork verification, photoshop is ok',
    'Can you make edited passport for identity verification? my account is locked',
    'Looking for someone who can make a driver license scan for KYC',
    'I need a utility bill with US address for verification, edited one is fine',
    'anyone can help bypass LinkedIn ID verification with fake documents',
  ],
  'unsolicited outreach from a self-titled executive': [
    'Hello, I am CEO of BrightCode Solutions. We have a team of senior developers ready for your project. Let me know if you need help.',
    "Hi there, I'm the CTO at Apex Soft Inc. Our developers can build your web app fast with low rate. Are you interested?",
    'Greetings! I am founder and CEO of a software agency. We provide mobile and web development. I came across your company and want to offer our services.',
    'This is Michael, CEO at NextGen Tech. Our team specializes in blockchain development, reply if interested',
  ],
  'converting crypto to cash for others': [
    'I need someone who can convert USDT to cash and send to bank. You will keep 5%',
    'Looking for a person to receive crypto and exchange it to USD, then wire to my account. commission paid',
    'can you help cash out my bitcoin? I send btc, you send me money via bank transfer',
    'Need help to exchange crypto to fiat for me, good fee',
  ],
  'evasions of the same wording': [
    'I want to buy \uFF55\uFF50\uFF57\uFF4F\uFF52\uFF4B account', // full-width letters
    'Looking for someone to r\u0435nt their Upw\u043Erk account, I pay 300 USD monthly', // Cyrillic е and о
    'need some\u200Bone to take inter\u200Bviews for me, pay per interview', // zero-width spaces
    'I am not able to work normal business hours',
  ],
};

export const ORDINARY_SAMPLE: readonly string[] = [
  'I bought a new laptop and set up my Upwork account last week.',
  'Our CEO will join the interview on Thursday at 10am.',
  "I'm the founder of a small design studio and I'm applying for the product designer role.",
  'Could you verify my account? I cannot log in to the candidate portal.',
  'Please leave a review if you were happy with my work on the project.',
  'We are looking for candidates based in the US for this role. Salary is $120k per year.',
  'I converted our billing to USD and sent the invoice to your bank.',
  'The career center offers interview preparation and mock interviews for students.',
  'Collaborated with cross-functional teams in the US and Europe to deliver the release.',
  'I\'m not interested in any "account rental" offers, please stop messaging me.',
  'Beware of people asking to rent your Upwork account.',
  'Mock interviews with a friend helped me prepare for the onsite.',
  'Verified the accounts of 2,000 merchants with automated KYC checks.',
  'I can work US business hours from Lisbon.',
  'The address on my application is my home address; please ship the laptop there.',
  'Managed a team of 12 engineers and hired 5 senior developers in 2023.',
  'Led the migration of customer accounts from the legacy billing system.',
  'Hi Sarah, thanks for the call today. I attached my references and portfolio.',
  'Responsible for opening new accounts and maintaining client relationships at the branch.',
  'Bank teller: opened checking and savings accounts, verified customer identity documents.',
  'Wrote reviews of pull requests and mentored two junior developers.',
  'Our team collaborates with partners in Canada and the UK every month.',
  'Attended interviews on behalf of the hiring manager as part of the panel.',
  'Handled cryptocurrency payouts in the exchange backend.',
  'I am the CEO of a small consultancy and I am writing to apply for the CTO role.',
  'Please find the signed contract attached. Payment terms are net 30 by bank transfer.',
  'Vince, can you send me the updated gas schedule before the meeting on Monday?',
  'We need to buy more licences for the design team before the end of the quarter.',
  'I rented an apartment near the office and will start on the 1st.',
  'Supported the recruiting team with interview scheduling and candidate follow-up.',
  'Passed the identity verification on LinkedIn with my passport.',
  'Worked with the fraud team to detect fake documents and fake reviews on the marketplace.',
  'Happy to share my GitHub and two client references from my freelance work.',
  'I am available 9 to 5 Eastern and can overlap with the team in Berlin.',
  'Monthly retainer of $400 for maintenance of the WordPress site.',
  'Looking for a new role as a backend developer; open to remote work in the US or Canada.',
  'Exchanged our old servers for cloud instances and cut hosting cost by 40%.',
  'Our company offers interview coaching for job seekers.',
  'Can you please update the shipping address for the conference badges?',
  'Sold my old MacBook and bought a new one for the contract.',
];
