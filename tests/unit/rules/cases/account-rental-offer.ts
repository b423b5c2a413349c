import rule from '../../../../src/rules/account-rental-offer';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'verified account, buying said after', input: say('Anyone have verified Payoneer? want buy') },
    { name: 'help me create accounts (scheme phrasing)', input: say('Hello sir, I am looking for a partner who can help me create accounts on Upwork and Payoneer. Good pay every month.') },
    { name: 'paid to lend a profile (scheme phrasing)', input: say('We pay you $300 monthly just for letting us use your LinkedIn account, no work needed from you.') },
    { name: 'account opened with your details', input: say('Our team will open the freelancer account with your details and do all the projects.') },
    { name: 'marketplace for accounts', input: say('Selling verified Upwork accounts with reviews, also aged Payoneer profiles. DM me.') },
    { name: 'plain wording', input: say('can u help us set up a couple of fiverr profiles? we will handle everything after') },
    { name: 'someone to open an account for me', input: say('I am looking for someone in the US to open an Upwork account for me, I will pay $200 per month.') },
    { name: 'accounts on job sites', input: say('Looking for a partner to help create new accounts on job sites, good payment.') },
    { name: 'the marketplace by name', input: say('Got my account from UpWorkSell last year, works fine.') },
    { name: 'renting their account (plain, short)', input: say('Looking for someone to rent their Upwork account, I pay 300 USD monthly') },
    { name: 'buying your profile', input: say('hi bro i want buy your fiverr profile, good price') },
    { name: 'chat shorthand', input: say('hi bro, u have upwork acc? i want rent it, pay 300$ each month') },
    { name: 'stated on a profile', input: at({ about: 'Need US partners: we pay you for renting your Upwork account. Contact me on Telegram.' }, 'upwork') },
  ],
  quiet: [
    { name: 'own verified account', input: say('My verified Payoneer is where clients pay me; I do not buy or sell anything there.') },
    { name: 'helping users create accounts (product work)', input: say('Built the onboarding flow that helps users create accounts and verify their email.') },
    { name: 'ordinary request to a recruiter', input: say('Could you help me set up my interview for Thursday? I also updated my LinkedIn profile.') },
    { name: 'asking HR to open a portal account', input: say('Could you open an account for me on your careers portal? The sign-up link expired.') },
    { name: 'own accounts on job sites', input: say('I created accounts on job sites last month and I am applying to remote roles.') },
    { name: 'buying a laptop', input: say('I am buying a new laptop for the role and will set up my own GitHub account with 2FA.') },
    { name: 'getting paid for my own work', input: say('I get paid through my own Upwork account, verified with my passport.') },
    { name: 'the seized domain (counted by seized-domain-link)', input: say('Reference site: https://upworksell.com') },
    { name: 'negated', input: say('I would never rent out my account or let anyone else use my profile.') },
    { name: 'negated in shorthand', input: say('sorry i dont rent my upwork acc to anyone, even for money') },
    { name: 'asking about an own account in shorthand', input: say('u have an upwork acc? then u can apply to our posting there, rates are public') },
    { name: 'renting a flat, own profile', input: say('I rented an apartment near the office and my Upwork profile shows 40 jobs.') },
    { name: 'buying a subscription', input: say('Our team bought a LinkedIn Premium subscription for recruiting.') },
    { name: 'clean profile', input: at({}) },
  ],
});
