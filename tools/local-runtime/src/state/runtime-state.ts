import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runtimeHome } from './runtime-home';

/** What a running `npm start` publishes so the CLI finds it without flags. */
export interface RuntimeState {
  readonly pid: number;
  readonly startedAt: string;
  readonly gatewayUrl: string;
  readonly dynamodbEndpoint: string;
  readonly eventBridgeEndpoint: string;
  readonly region: string;
  readonly home: string;
  readonly dataDir: string;
  readonly persistDir?: string;
  readonly tableNames: Readonly<Record<string, string>>;
}

const stateFile = (home: string): string => path.join(home, 'runtime.json');

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const writeRuntimeState = (state: RuntimeState): void => {
  const file = stateFile(state.home);
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${file}.tmp`, file);
};

/** The running platform's state, or undefined when none runs (a stale file of a dead process is ignored). */
export const readRuntimeState = (home: string = runtimeHome()): RuntimeState | undefined => {
  const file = stateFile(home);
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, 'utf8')) as RuntimeState;
  return isAlive(state.pid) ? state : undefined;
};

export const clearRuntimeState = (home: string, pid: number = process.pid): void => {
  const file = stateFile(home);
  if (!existsSync(file)) return;
  const state = JSON.parse(readFileSync(file, 'utf8')) as RuntimeState;
  if (state.pid === pid) rmSync(file, { force: true });
};
