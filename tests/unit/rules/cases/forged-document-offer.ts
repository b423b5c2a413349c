import rule from '../../../../src/rules/forged-document-offer';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'a scan that looks real', input: say('need a passport scan that looks real for payoneer KYC, urgent') },
    { name: 'fake ID for a verification', input: say('Need fake ID card to pass upwork verification, photoshop is ok') },
    { name: 'edited passport', input: say('Can you make edited passport for identity verification? my account is locked') },
    { name: 'a scan made for KYC', input: say('Looking for someone who can make a driver license scan for KYC') },
    { name: 'edited utility bill', input: say('I need a utility bill with US address for verification, edited one is fine') },
    { name: 'bypass the check', input: say('anyone can help bypass LinkedIn ID verification?') },
    { name: 'someone else passes it', input: say('pay someone to pass ID verification with my photo') },
    { name: 'verification as a service', input: say('I help you get verified on upwork even you not from US, send me docs') },
    { name: 'stated on a profile', input: at({ about: 'We make novelty passports and licences for account verification.' }, 'upwork') },
  ],
  quiet: [
    { name: 'a real scan for onboarding', input: say('I will send a clear passport scan for the KYC check by Friday.') },
    { name: 'fraud analyst', input: say('Worked with the fraud team to detect fake documents and fake reviews on the marketplace.') },
    { name: 'own verification', input: say('Passed the identity verification on LinkedIn with my passport.') },
    { name: 'own photo for own verification', input: say('I will do the selfie verification with my photo tomorrow morning.') },
    { name: 'helping a relative in person', input: say('I helped my dad get verified on his bank app even though he is not good with phones.') },
    { name: 'KYC product work', input: say('Built the KYC flow that checks passports and driver licenses for the bank.') },
    { name: 'documents for a visa', input: say('I will send the documents for the visa application next week.') },
    { name: 'clean profile', input: at({}) },
  ],
});
