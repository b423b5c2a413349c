import rule from '../../../../src/rules/location-city-country-mismatch';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'Berlin, France', input: at({ location: { text: 'Berlin, France', city: 'Berlin', region: null, country: 'France' } }) },
    { name: 'Kraków with accent, Ukraine', input: at({ location: { text: 'Kraków, Ukraine', city: 'Kraków', region: null, country: 'Ukraine' } }) },
  ],
  quiet: [
    { name: 'Berlin, Germany', input: at({ location: { text: 'Berlin, Germany', city: 'Berlin', region: null, country: 'Germany' } }) },
    { name: 'Paris, Texas, United States (region given)', input: at({ location: { text: 'Paris, Texas, United States', city: 'Paris', region: 'Texas', country: 'United States' } }) },
    { name: 'city not in the table', input: at({ location: { text: 'Springfield, Canada', city: 'Springfield', region: null, country: 'Canada' } }) },
    { name: 'country alias', input: at({ location: { text: 'Seoul, Republic of Korea', city: 'Seoul', region: null, country: 'Republic of Korea' } }) },
  ],
});
