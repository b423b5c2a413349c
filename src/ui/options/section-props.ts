import type { RuleDefinition } from '../../core/rule';
import type { AppliedPolicy } from '../../settings/policy';
import type { Settings } from '../../settings/schema';

/** What every options section receives from the page. */
export interface SectionProps {
  /** The user's own layer: what edits start from and what is saved. */
  user: Settings;
  /** What is in force (user ∪ policy): what the controls show. */
  effective: Settings;
  policy: AppliedPolicy;
  /** The built-in rules to list (the registered set; tests pass their own). */
  rules: readonly RuleDefinition[];
  /** Saves a new user layer; resolves `false` when it could not be saved. */
  save(next: Settings): Promise<boolean>;
  setStatus(message: string | null): void;
}
