import type { DynamoDbLocal } from '../launcher';
import { removeHarnessState } from './harness-state';

// Global setup and teardown run in the same process but may load separate module copies: globalThis is
// the one place both see.
const HANDLE = Symbol.for('aircraftops.dynamodbLocal.jestHarness');
type HarnessGlobal = typeof globalThis & { [HANDLE]?: DynamoDbLocal };

/**
 * Keeps the emulator the global setup started for the teardown.
 * @example
 * keepHarnessHandle(await startDynamoDbLocal());
 */
export const keepHarnessHandle = (ddb: DynamoDbLocal): void => {
  (globalThis as HarnessGlobal)[HANDLE] = ddb;
};

/**
 * Jest global teardown: stops the emulator the setup started (nothing when it reused an external one).
 * @example
 * module.exports = () => stopHarness(); // src/jest/global-teardown.js
 */
export const stopHarness = async (): Promise<void> => {
  const harnessGlobal = globalThis as HarnessGlobal;
  const ddb = harnessGlobal[HANDLE];
  delete harnessGlobal[HANDLE];
  removeHarnessState();
  await ddb?.stop();
};
