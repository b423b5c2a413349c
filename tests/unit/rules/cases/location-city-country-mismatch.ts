import rule from '../../../../src/rules/location-city-country-mismatch';
import { parseLocation } from '../../../../src/core/normalise';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'a two-letter code read as the country it is: "Seoul, JP" names Japan', input: at({ location: parseLocation('Seoul, JP') }) },
    { name: 'Berlin, France', input: at({ location: { text: 'Berlin, France', city: 'Berlin', region: null, country: 'France' } }) },
    { name: 'Kraków with accent, Ukraine', input: at({ location: { text: 'Kraków, Ukraine', city: 'Kraków', region: null, country: 'Ukraine' } }) },
  ],
  quiet: [
    { name: '"Mumbai, IN" is India, not Indiana', input: at({ location: parseLocation('Mumbai, IN') }) },
    { name: '"Berlin, DE" is Germany, not Delaware', input: at({ location: parseLocation('Berlin, DE') }) },
    { name: '"Toronto, CA" is Canada, not California', input: at({ location: parseLocation('Toronto, CA') }) },
    { name: '"Jakarta, ID" is Indonesia, not Idaho', input: at({ location: parseLocation('Jakarta, ID') }) },
    { name: '"Bogota, CO" is Colombia, not Colorado', input: at({ location: parseLocation('Bogota, CO') }) },
    { name: '"Denver, CO" is still Colorado', input: at({ location: parseLocation('Denver, CO') }) },
    { name: 'Berlin, Germany', input: at({ location: { text: 'Berlin, Germany', city: 'Berlin', region: null, country: 'Germany' } }) },
    { name: 'Paris, Texas, United States (region given)', input: at({ location: { text: 'Paris, Texas, United States', city: 'Paris', region: 'Texas', country: 'United States' } }) },
    { name: 'city not in the table', input: at({ location: { text: 'Springfield, Canada', city: 'Springfield', region: null, country: 'Canada' } }) },
    { name: 'country alias', input: at({ location: { text: 'Seoul, Republic of Korea', city: 'Seoul', region: null, country: 'Republic of Korea' } }) },
  ],
});
