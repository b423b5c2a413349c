import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine/rules';
import { renderRulesReference } from '../../../build/rules-doc';
import { NOT_CHECKABLE } from '../../../src/advisories/not-checkable';

describe('docs/rules.md', () => {
  const generated = renderRulesReference();

  it('is up to date with the code', () => {
    let onDisk = '';
    try {
      onDisk = readFileSync(resolve(__dirname, '../../../docs/rules.md'), 'utf8');
    } catch {
      onDisk = '(missing)';
    }
    expect(onDisk === generated, 'docs/rules.md is stale: run npm run gen:rules').toBe(true);
  });

  it('lists every rule with its title, next step and indicator citations, and the not-checkable list', () => {
    for (const rule of RULES) {
      expect(generated).toContain(`### \`${rule.id}\` — ${rule.text.title}`);
      expect(generated).toContain(`**Next step:** ${rule.text.nextStep}`);
      for (const ind of rule.indicators) expect(generated).toContain(`\`${ind}\``);
    }
    expect(generated).toContain('## Indicators a page cannot show');
    expect(generated).toContain('`us22-tc-rented-proxy-account`');
    expect(NOT_CHECKABLE.length).toBeGreaterThan(0);
  });
});
