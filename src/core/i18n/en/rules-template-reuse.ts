export const RULES_TEMPLATE_REUSE: Record<string, string> = {
  'rules.template-reuse.title': 'Profile text reuses another profile you have seen',
  'rules.template-reuse.why':
    'The 2022 U.S. advisory names bid documents and profile texts built from the same template under different accounts as a red flag, and the FBI advises cross-checking applicants for reused résumé content. Hire Signals keeps a fingerprint (not the text) of profiles you view and found this one closely matching another, different profile. Shared templates can have innocent causes — weigh it with the other signals.',
  'rules.template-reuse.nextStep':
    'Open both profiles side by side, compare names, photos, employers and dates, and ask the candidate about the other profile in a live video call.',
};
