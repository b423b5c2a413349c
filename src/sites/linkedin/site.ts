import { defineSite } from '../define-site';
import { extract } from './extract';
import { classify, hosts } from './urls';

/** LinkedIn member profiles, public (logged-out) and logged-in views (shared/platform-pages.md "LinkedIn"). */
export default defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  hosts,
  urls: {
    classify,
    // Every other site must reject these (tests/unit/sites/registry.test.ts).
    examples: [
      { url: 'https://www.linkedin.com/in/jane-doe/', kind: 'profile' },
      { url: 'https://linkedin.com/in/jane-doe', kind: 'profile' },
      { url: 'https://uk.linkedin.com/in/marta-example-4b2a1c9', kind: 'profile' },
      { url: 'https://se.linkedin.com/in/erik-sample/?originalSubdomain=se', kind: 'profile' },
      { url: 'https://sg.linkedin.com/in/wei-placeholder#experience', kind: 'profile' },
      { url: 'https://www.linkedin.com/in/jane-doe/details/experience/', kind: 'profile' },
      { url: 'https://www.linkedin.com/in/jos%C3%A9-fict%C3%ADcio-123/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA', kind: 'profile' },
      { url: 'https://www.linkedin.com/pub/jane-doe/12/3ab/4cd', kind: 'profile' },
      { url: 'https://www.linkedin.com/public-profile/in/jane-doe/', kind: 'not-found' },
      { url: 'https://www.linkedin.com/login', kind: 'login-wall' },
      { url: 'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe', kind: 'login-wall' },
      { url: 'https://www.linkedin.com/checkpoint/challenge/AgE123', kind: 'login-wall' },
      { url: 'https://www.linkedin.com/uas/login?session_redirect=%2Fin%2Fjane-doe', kind: 'login-wall' },
      { url: 'https://www.linkedin.com/feed/', kind: 'not-a-profile' },
      { url: 'https://www.linkedin.com/search/results/people/?keywords=engineer', kind: 'not-a-profile' },
      { url: 'https://www.linkedin.com/jobs/view/3901234567/', kind: 'not-a-profile' },
      { url: 'https://www.linkedin.com/messaging/thread/2-abc/', kind: 'not-a-profile' },
      { url: 'https://www.linkedin.com/company/example-corp/', kind: 'not-a-profile' },
      { url: 'https://www.linkedin.com/in/', kind: 'not-a-profile' },
      { url: 'https://www.linkedin.com/pub/dir/Jane/Doe', kind: 'not-a-profile' },
    ],
  },
  extract,
});
