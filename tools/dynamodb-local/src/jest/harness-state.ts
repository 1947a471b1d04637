import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment every integration test process needs. */
export interface HarnessEnv {
  readonly AIRCRAFTOPS_DYNAMODB_ENDPOINT: string;
  readonly AWS_REGION: string;
  readonly AWS_ACCESS_KEY_ID: string;
  readonly AWS_SECRET_ACCESS_KEY: string;
  /** The tables' physical names: nothing defaults to a logical name, tests included. */
  readonly AIRCRAFTOPS_CORE_TABLE: string;
  readonly AIRCRAFTOPS_JOBS_TABLE: string;
  readonly AIRCRAFTOPS_AUDIT_TABLE: string;
}

/** The physical table names of the test emulator: the logical ones. */
export const HARNESS_TABLE_NAMES = {
  AIRCRAFTOPS_CORE_TABLE: 'CoreTable',
  AIRCRAFTOPS_JOBS_TABLE: 'JobsTable',
  AIRCRAFTOPS_AUDIT_TABLE: 'AuditEventsTable',
} as const;

/** The variables the harness sets, in the order they are applied. */
export const HARNESS_ENV_KEYS = [
  'AIRCRAFTOPS_DYNAMODB_ENDPOINT',
  'AWS_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AIRCRAFTOPS_CORE_TABLE',
  'AIRCRAFTOPS_JOBS_TABLE',
  'AIRCRAFTOPS_AUDIT_TABLE',
] as const satisfies readonly (keyof HarnessEnv)[];

// Keyed by the Jest main process: workers find it through their parent pid, an in-band run through its own.
const statePath = (jestPid: number): string => join(tmpdir(), 'aircraftops-dynamodb-local', `jest-${jestPid}.json`);

/**
 * Saves the environment for test processes that did not inherit it.
 * @example
 * writeHarnessState(env); // in the global setup
 */
export const writeHarnessState = (env: HarnessEnv, jestPid = process.pid): void => {
  const path = statePath(jestPid);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(env));
  renameSync(`${path}.tmp`, path);
};

/**
 * The saved environment of this Jest run, if any.
 * @example
 * readHarnessState([process.pid, process.ppid]);
 */
export const readHarnessState = (jestPids: readonly number[]): HarnessEnv | undefined => {
  for (const pid of jestPids) {
    try {
      return JSON.parse(readFileSync(statePath(pid), 'utf8')) as HarnessEnv;
    } catch {
      // not this one
    }
  }
  return undefined;
};

/**
 * Deletes the saved environment (global teardown).
 * @example
 * removeHarnessState();
 */
export const removeHarnessState = (jestPid = process.pid): void => rmSync(statePath(jestPid), { force: true });

/**
 * Makes sure this test process has the harness environment, restoring it from the state file when a
 * worker lost it. Runs from `setup-env.js` before every test file.
 * @throws Error when neither the environment nor a state file is there (the global setup did not run).
 * @example
 * restoreHarnessEnv(); // process.env.AIRCRAFTOPS_DYNAMODB_ENDPOINT is now set
 */
export const restoreHarnessEnv = (env: NodeJS.ProcessEnv = process.env): void => {
  if (HARNESS_ENV_KEYS.every((key) => env[key])) return;
  const saved = readHarnessState([process.pid, process.ppid]);
  if (saved === undefined) {
    if (env['AIRCRAFTOPS_DYNAMODB_ENDPOINT']) {
      // An external emulator chosen by the caller: its tables carry the logical names unless told otherwise.
      for (const [key, value] of Object.entries(HARNESS_TABLE_NAMES)) env[key] ??= value;
      return;
    }
    throw new Error(
      'AIRCRAFTOPS_DYNAMODB_ENDPOINT is not set and no DynamoDB Local harness state was found: run integration ' +
        'tests through a jest.integration.config.js (its globalSetup starts the emulator), or set the variable.',
    );
  }
  for (const key of HARNESS_ENV_KEYS) env[key] ??= saved[key];
};
