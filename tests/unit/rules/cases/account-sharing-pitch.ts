import rule from '../../../../src/rules/account-sharing-pitch';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'the account noun left out', input: say('Hi, are you interested in cooperation? I need your linkedin for applying jobs, you will get 20% monthly') },
    { name: 'his profile for work', input: say('who can give me his freelancer profile for work? i share 30% of earnings') },
    { name: 'a front for the account', input: say('my team need one american person to be face of our account, easy money') },
    { name: 'rent your account', input: say('I want to rent your Upwork account, I will pay you 20% every month.') },
    { name: 'need your ID', input: say('I need your ID and address to register on the platform, we can share the payment.') },
    { name: 'split the fee', input: say("Let's collaborate: I do the job, we split the payment 70/30.") },
    { name: 'you just attend calls', input: say('I will do all the work, you just attend the calls with the client.') },
  ],
  quiet: [
    { name: 'splitting what a sale brings', input: say("If we can sell the old boat for 2500, I'll split the profits with you.") },
    { name: 'a windfall letter', input: say('The attorney and the investment banker who help you will share the profits with you.') },
    { name: 'an IT admin asking for user IDs', input: say('Please send me your user IDs so I can set up your access to the new reporting system.') },
    { name: 'benefits enrolment', input: say('You will need your SSN and 4-digit PIN to access the benefits system.') },
    { name: 'a recruiter asking for a LinkedIn link', input: say('Could you send me your LinkedIn for the referral form?') },
    { name: 'the face of a brand', input: say('She became the face of our marketing campaign last spring.') },
    { name: 'sign in with GitHub', input: say('Users sign in with your GitHub account via OAuth.') },
    { name: 'collaboration in résumé', input: say('Collaborated with cross-functional teams and shared on-call duties.') },
    { name: 'employer onboarding', input: say('For the I-9 we need your ID on the first day of onboarding.') },
    { name: 'clean profile', input: at({}) },
  ],
});
