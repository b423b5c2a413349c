import rule from '../../../../src/rules/timezone-location-mismatch';
import { parseLocation } from '../../../../src/core/normalise';
import { defineCases } from '../cases';
import { at } from '../fixtures';

const warsaw = { text: 'Warsaw, Poland', city: 'Warsaw', region: null, country: 'Poland' };
export default defineCases(rule, {
  fires: [
    { name: 'UTC+09:00 with Poland', input: at({ location: warsaw, timezone: 'UTC+09:00' }, 'upwork') },
    { name: 'IANA zone of another country', input: at({ location: warsaw, timezone: 'America/Chicago' }, 'upwork') },
  ],
  quiet: [
    { name: '"Jakarta, ID" at UTC+07:00 is Indonesia, not Idaho', input: at({ location: parseLocation('Jakarta, ID'), timezone: 'UTC+07:00' }, 'upwork') },
    { name: '"Pune, IN" at UTC+05:30', input: at({ location: parseLocation('Pune, IN'), timezone: 'UTC+05:30' }, 'upwork') },
    { name: '"Berlin, DE" at UTC+01:00', input: at({ location: parseLocation('Berlin, DE'), timezone: 'UTC+01:00' }, 'upwork') },
    { name: 'matching offset', input: at({ location: warsaw, timezone: 'UTC+01:00' }, 'upwork') },
    { name: 'daylight time, within slack', input: at({ location: warsaw, timezone: 'GMT+3' }, 'upwork') },
    { name: 'matching IANA zone', input: at({ location: warsaw, timezone: 'Europe/Warsaw' }, 'upwork') },
    { name: 'country with several zones', input: at({ location: { text: 'Austin, TX', city: 'Austin', region: 'Texas', country: 'United States' }, timezone: 'UTC-10' }, 'upwork') },
    { name: 'no time zone', input: at({ location: warsaw, timezone: null }, 'upwork') },
    { name: 'unparseable time zone', input: at({ location: warsaw, timezone: '10:32 am local time' }, 'upwork') },
  ],
});
