import { t } from '../core/i18n';

/** Exit code for bad arguments or unreadable input (the report itself never fails the command). */
export const EXIT_USAGE = 2;

/** A user-facing failure: printed as one line on stderr, never with a stack trace. */
export class CliError extends Error {
  constructor(key: string, subs?: Record<string, string | number>) {
    super(t(key, subs));
    this.name = 'CliError';
  }
}
