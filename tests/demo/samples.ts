/**
 * Synthetic sample profiles for `npm run demo`, the README's screenshots and the popup's height
 * checks: fictional people on public LinkedIn profile pages (the shape of
 * tests/fixtures/panel/linkedin-public.html), written to show the scheme signals the guidance
 * describes — crypto pay, no video, off-platform chat, a laptop to another address, someone
 * else's company billing — through the built-in rules only, and one ordinary profile that stays
 * clean. Built as HTML strings and served at their URLs by browser routing; nothing is fetched.
 */

export interface DemoProfile {
  id: string;
  url: string;
  html: string;
  /** What the sample is written to show: the built-in rules that must fire on it (all of them). */
  signals: readonly string[];
}

interface Person {
  slug: string;
  name: string;
  headline: string;
  city: string;
  about: string;
  connections: string;
  skills: readonly string[];
  jobs: ReadonlyArray<{ title: string; company: string; from: string; to: string | null; text: string }>;
  school: { name: string; from: string; to: string };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function linkedinPublic(p: Person): string {
  const url = `https://www.linkedin.com/in/${p.slug}/`;
  const ld = {
    '@context': 'http://schema.org',
    '@graph': [
      { '@type': 'WebPage', url },
      {
        '@type': 'Person',
        name: p.name,
        jobTitle: [p.headline],
        address: { '@type': 'PostalAddress', addressLocality: p.city, addressCountry: 'US' },
        description: p.about,
        url,
        image: { '@type': 'ImageObject', contentUrl: `https://media.licdn.com/dms/image/demo/${p.slug}.jpg` },
        sameAs: [`https://github.com/${p.slug}`],
        worksFor: p.jobs.filter((j) => j.to === null).map((j) => ({ '@type': 'Organization', name: j.company })),
        alumniOf: [{ '@type': 'EducationalOrganization', name: p.school.name }],
      },
    ],
  };
  const [first, ...rest] = p.name.split(' ');
  const jobs = p.jobs
    .map(
      (j) =>
        `<li class="experience-item"><h3>${esc(j.title)}</h3><h4>${esc(j.company)}</h4><span class="date-range"><time>${esc(j.from)}</time> - ${j.to ? `<time>${esc(j.to)}</time>` : 'Present'}</span><p class="experience-item__description">${esc(j.text)}</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<!-- Synthetic LinkedIn public profile of a fictional person, for the demo. -->
<html lang="en"><head><meta charset="utf-8">
<title>${esc(p.name)} - ${esc(p.headline)} | LinkedIn</title>
<meta name="pageKey" content="public_profile_v3_desktop"><meta property="og:type" content="profile">
<meta property="og:url" content="${url}"><link rel="canonical" href="${url}">
<meta name="description" content="${esc(p.headline)} · ${esc(p.city)}">
<meta property="profile:first_name" content="${esc(first!)}"><meta property="profile:last_name" content="${esc(rest.join(' '))}">
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f3f2ef;color:#1d2226}main{max-width:720px;margin:24px auto;background:#fff;border-radius:8px;padding:24px}h1{margin:0}section{border-top:1px solid #ddd;margin-top:16px;padding-top:8px}</style>
</head><body><main>
<section class="top-card-layout"><h1 class="top-card-layout__title">${esc(p.name)}</h1>
<h2 class="top-card-layout__headline">${esc(p.headline)}</h2>
<div class="top-card__subline-item">${esc(p.city)}, United States</div><span class="top-card__subline-item">${esc(p.connections)} connections</span></section>
<section data-section="summary"><h2>About</h2><p>${esc(p.about)}</p></section>
<section data-section="experience"><h2>Experience</h2><ul>${jobs}</ul></section>
<section data-section="skills"><h2>Skills</h2><ul>${p.skills.map((k) => `<li>${esc(k)}</li>`).join('')}</ul></section>
<section data-section="educations"><h2>Education</h2><ul><li><h3>${esc(p.school.name)}</h3><span><time>${p.school.from}</time> - <time>${p.school.to}</time></span></li></ul></section>
</main></body></html>`;
}

function profile(id: string, p: Person, signals: readonly string[]): DemoProfile {
  return { id, url: `https://www.linkedin.com/in/${p.slug}/`, html: linkedinPublic(p), signals };
}

const school = { name: 'Example State University', from: '2010', to: '2014' };

/** An ordinary engineer: the words other profiles misuse (Bitcoin, Zoom, Telegram-free) in ordinary senses. */
export const CLEAN = profile(
  'clean',
  {
    slug: 'jordan-avery-demo',
    name: 'Jordan Avery',
    headline: 'Senior Backend Engineer',
    city: 'Denver, Colorado',
    connections: '500+',
    skills: ['TypeScript', 'Node.js', 'PostgreSQL'],
    about:
      'Backend engineer with ten years in Go and Python. I built payment integrations with the PayPal and Stripe SDKs and a Bitcoin price dashboard for a fintech client. Happy to meet on Zoom or at your office; references on request.',
    jobs: [
      { title: 'Senior Backend Engineer', company: 'Quartzline Apps', from: 'Feb 2021', to: null, text: 'Payments platform, on-call rotation, mentoring.' },
      { title: 'Software Engineer', company: 'Bramblewick Labs', from: 'Jun 2014', to: 'Jan 2021', text: 'APIs and data pipelines.' },
    ],
    school,
  },
  [],
);

export const ONE_SIGNAL = profile(
  'one-signal',
  {
    slug: 'sam-rivera-demo',
    name: 'Sam Rivera',
    headline: 'Full Stack Developer',
    city: 'Austin, Texas',
    connections: '500+',
    skills: ['TypeScript', 'Node.js', 'PostgreSQL'],
    about: 'Full stack developer, React and Node, eight years. For contracts I prefer to be paid in USDT rather than by bank transfer.',
    jobs: [
      { title: 'Full Stack Developer', company: 'Harbor Loop', from: 'Mar 2019', to: null, text: 'Customer portal and internal tools.' },
      { title: 'Web Developer', company: 'Tinder Creek Media', from: 'Jul 2016', to: 'Feb 2019', text: 'Marketing sites.' },
    ],
    school,
  },
  ['alt-payment-request'],
);

export const THREE_SIGNALS = profile(
  'three-signals',
  {
    slug: 'riley-fenwick-demo',
    name: 'Riley Fenwick',
    headline: 'Senior Full Stack Engineer',
    city: 'Austin, Texas',
    connections: '500+',
    skills: ['TypeScript', 'Node.js', 'PostgreSQL'],
    about:
      'Senior engineer, 12 years of React and Node. I prefer to be paid in USDT or Bitcoin only, and I cannot do video calls because my camera is broken, so let us talk on Telegram instead of this site.',
    jobs: [
      { title: 'Senior Full Stack Engineer', company: 'Larkspur Digital', from: 'Jan 2018', to: null, text: 'Led the web team.' },
      { title: 'Developer', company: 'Fernway Systems', from: 'May 2013', to: 'Dec 2017', text: 'E-commerce back end.' },
    ],
    school,
  },
  ['alt-payment-request', 'video-avoidance', 'off-platform-request'],
);

export const EIGHT_SIGNALS = profile(
  'eight-signals',
  {
    slug: 'casey-morrow-demo',
    name: 'Casey Morrow',
    headline: 'Senior Full Stack Engineer',
    city: 'Seattle, Washington',
    connections: '500+',
    skills: ['TypeScript', 'Node.js', 'PostgreSQL'],
    about: [
      'Senior engineer for remote contracts.',
      'Payment in USDT or Bitcoin only, bank transfer does not work for me.',
      'My camera is broken, so no video calls; let us talk on Telegram or WhatsApp instead of this site.',
      'Please ship the company laptop to my friend’s address, not to the address on my ID.',
      'My partner’s company will invoice you and receive the payment for my work.',
      'I can also bring more developers from my team to your other projects.',
      'I cannot work during your business hours.',
      'I need full payment in advance.',
    ].join(' '),
    jobs: [
      { title: 'Senior Engineer', company: 'Northgate Ledger', from: 'Jan 2019', to: null, text: 'Smart contracts and dashboards.' },
      { title: 'Developer', company: 'Saltmarsh Works', from: 'Apr 2014', to: 'Dec 2018', text: 'Web apps.' },
    ],
    school,
  },
  ['alt-payment-request', 'video-avoidance', 'off-platform-request', 'equipment-other-address', 'facilitator-company-billing', 'refer-more-workers', 'no-business-hours', 'pay-before-milestones'],
);

/** In the demo's order: the ordinary profile first, then more and more signals. */
export const DEMO_PROFILES: readonly DemoProfile[] = [CLEAN, ONE_SIGNAL, THREE_SIGNALS, EIGHT_SIGNALS];
