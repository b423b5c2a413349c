/**
 * Project commands (`npm run zip`, `npm ci`, a build) run from a test as a
 * developer runs them in a terminal. The test runner sets NODE_ENV=test and
 * Vite's mode variables in its own environment; a build that inherits them is
 * not the production build (it differs byte for byte), so they are left out,
 * with this run's own switches (output folder, browser, test identity) unless
 * a command is given them on purpose.
 */
import { spawnSync } from 'node:child_process';

const RUNNER_VARIABLES = ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST'];
const RUN_SWITCHES = ['WXT_OUT_DIR', 'E2E_BROWSER', 'HIRE_SIGNALS_TEST_IDENTITY'];

export function developerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (RUNNER_VARIABLES.includes(key) || key.startsWith('VITEST') || RUN_SWITCHES.includes(key)) delete env[key];
  }
  // web-ext and npm would otherwise look for their own updates.
  return { ...env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false', ...extra };
}

/** Runs a command to completion; throws with the end of its output when it fails. */
export function runCommand(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, env: developerEnv(extraEnv), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.status ?? result.signal}) in ${cwd}:\n${(result.stdout ?? '').slice(-3000)}\n${(result.stderr ?? '').slice(-3000)}`);
  }
  return result.stdout;
}
