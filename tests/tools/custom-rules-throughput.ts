/**
 * Throughput of custom rules through the engine's own entry point
 * (runCustomRules, as src/engine/evaluate.ts calls it): an ordinary profile
 * with ten rules, the same with 200 rules, and a 100 KB about text.
 * Run: npx tsx tests/tools/custom-rules-throughput.ts [path to a custom-rules module]
 * Figures go to docs/performance.md, not to comments.
 */
import { emptySnapshot } from '../../src/core/snapshot';
import { profileInput } from '../../src/core/rule-input';
import { customRuleSchema, type CustomRule } from '../../src/settings/schema';

const modulePath = process.argv[2] ?? '../../src/engine/custom-rules';
const { runCustomRules } = (await import(modulePath)) as typeof import('../../src/engine/custom-rules');

const sentence = 'Senior full-stack engineer with 8 years of React, Node.js and PostgreSQL; led a team of five at a logistics start-up. ';
function input(aboutChars: number) {
  const p = emptySnapshot('linkedin', 'https://www.linkedin.com/in/fictional-person/');
  p.name = 'Alex Example';
  p.headline = 'Senior engineer';
  p.about = sentence.repeat(Math.ceil(aboutChars / sentence.length)).slice(0, aboutChars);
  p.skills = ['React', 'TypeScript', 'PostgreSQL'];
  return profileInput(p);
}

const keywordRules = ['telegram', 'usdt', 'upwork account', 'rent my account', 'anydesk'];
const patterns = ['\\b\\d+\\s*years?\\b', 'pay(ment)?\\s+in\\s+(usdt|btc)', '[a-z]+@[a-z]+\\.com', 'remote\\s+only', '(cat|dog)+s'];
function rules(n: number): CustomRule[] {
  return Array.from({ length: n }, (_, i) =>
    customRuleSchema.parse({
      id: `custom-r${i}`,
      name: `Rule ${i}`,
      fields: ['all'],
      severity: 'low',
      ...(i % 2 === 0 ? { keywords: [keywordRules[(i / 2) % keywordRules.length]] } : { pattern: patterns[((i - 1) / 2) % patterns.length] }),
    }),
  );
}

function time(label: string, rs: CustomRule[], aboutChars: number, runs: number) {
  const inp = input(aboutChars);
  runCustomRules(rs, inp); // warm-up (compiles, caches)
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) runCustomRules(rs, inp);
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(40)} ${ms.toFixed(2)} ms per profile`);
}

time('10 rules, 6 KB profile', rules(10), 6_000, 200);
time('200 rules, 6 KB profile', rules(200), 6_000, 20);
time('10 rules, 100 KB about', rules(10), 100_000, 20);
