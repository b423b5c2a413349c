/**
 * Groups of technologies that usually form one career track. Used only by
 * broad-skills-many-recs to count how many unrelated tracks a profile claims.
 * Keys are matched on whole words against lower-cased skill names.
 */
export const SKILL_FAMILIES: ReadonlyArray<readonly [family: string, pattern: RegExp]> = [
  ['web front end', /\b(react(?!\s*native)|angular|vue|svelte|next\.?js|nuxt|html|css|tailwind)\b/],
  ['JVM back end', /\b(java|kotlin|spring|scala)\b/],
  ['.NET', /(^|\s)(c#|\.net|asp\.net|blazor)\b/],
  ['Python', /\b(python|django|flask|fastapi)\b/],
  ['PHP', /\b(php|laravel|symfony|wordpress|drupal|magento)\b/],
  ['Ruby', /\b(ruby|rails)\b/],
  ['Go', /\b(golang|go)\b/],
  ['Rust', /\brust\b/],
  ['iOS', /\b(swift|swiftui|objective-c|ios)\b/],
  ['Android', /\b(android|jetpack compose)\b/],
  ['cross-platform mobile', /\b(flutter|dart|react native|xamarin|ionic)\b/],
  ['systems and embedded', /(\bc\+\+|^c$|\bembedded\b|\bfirmware\b|\brtos\b|\bfpga\b|\bverilog\b)/],
  ['data and ML', /\b(machine learning|tensorflow|pytorch|data science|computer vision|nlp|llm)\b/],
  ['blockchain', /\b(solidity|web3|smart contracts?|blockchain|ethereum|defi)\b/],
  ['cloud and DevOps', /\b(kubernetes|terraform|ansible|devops|aws|azure|gcp)\b/],
  ['games', /\b(unity|unreal|godot|game development)\b/],
  ['design', /\b(figma|photoshop|illustrator|ui\/ux|ux design|graphic design)\b/],
  ['ERP and CRM', /\b(sap|abap|salesforce|dynamics 365|odoo)\b/],
];

export function skillFamilies(skills: readonly string[]): string[] {
  const found = new Set<string>();
  for (const raw of skills.slice(0, 300)) {
    const s = raw.toLowerCase().slice(0, 100);
    for (const [family, pattern] of SKILL_FAMILIES) if (pattern.test(s)) found.add(family);
  }
  return SKILL_FAMILIES.map(([f]) => f).filter((f) => found.has(f));
}
