import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isProcessAlive, readCommandLine, signalProcess, waitForProcessExit, WATCHDOG_NAME } from '../process';

/** One running emulator, as recorded on disk by the process that started it. */
export interface PidRecord {
  readonly javaPid: number;
  readonly wrapperPid: number;
  /** The Node process that owns the JVM; when it is dead, the JVM is an orphan. */
  readonly ownerPid: number;
  readonly port: number;
  readonly persistDir?: string;
  readonly startedAt: string;
}

const RECORD = /^jvm-(\d+)\.json$/;
const JAR_MARKER = 'DynamoDBLocal.jar';

/**
 * The folder of pid records, shared by every checkout and user of this machine's temp folder.
 * @example
 * registryDir(); // '/tmp/aircraftops-dynamodb-local'
 */
export const registryDir = (): string => join(tmpdir(), 'aircraftops-dynamodb-local');

const recordPath = (dir: string, javaPid: number): string => join(dir, `jvm-${javaPid}.json`);

/**
 * Records a started JVM (written atomically, so a concurrent reaper never reads half a file).
 * @example
 * registerInstance({ javaPid, wrapperPid, ownerPid: process.pid, port, startedAt: new Date().toISOString() });
 */
export const registerInstance = (record: PidRecord, dir = registryDir()): string => {
  mkdirSync(dir, { recursive: true });
  const path = recordPath(dir, record.javaPid);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, path);
  return path;
};

/**
 * Forgets a JVM that has been stopped.
 * @example
 * unregisterInstance(javaPid);
 */
export const unregisterInstance = (javaPid: number, dir = registryDir()): void => {
  rmSync(recordPath(dir, javaPid), { force: true });
};

const readRecord = (path: string): PidRecord | undefined => {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<PidRecord>;
    return typeof record.javaPid === 'number' && typeof record.ownerPid === 'number' ? (record as PidRecord) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Every recorded instance, for diagnostics (`aircraftops` CLI, tests).
 * @example
 * listInstances().filter((record) => record.ownerPid === process.pid);
 */
export const listInstances = (dir = registryDir()): PidRecord[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => (RECORD.test(name) ? (readRecord(join(dir, name)) ?? []) : []));
};

/** Kills `pid` only if it still runs the command we recorded: pids are reused. */
const killIfStill = async (pid: number, marker: string, graceMs: number): Promise<boolean> => {
  if (!pid || !isProcessAlive(pid) || !readCommandLine(pid)?.includes(marker)) return false;
  signalProcess(pid, 'SIGTERM');
  if (!(await waitForProcessExit(pid, graceMs))) signalProcess(pid, 'SIGKILL');
  return waitForProcessExit(pid, 2_000);
};

/**
 * Stops the JVMs whose owner process is dead (the owner crashed past every other safeguard, or its
 * watchdog was killed too) and removes their records. Run at every start.
 * @returns the pids of the JVMs it stopped.
 * @example
 * const reaped = await reapOrphans(); // [] on a clean machine
 */
export const reapOrphans = async (options: { dir?: string; graceMs?: number } = {}): Promise<number[]> => {
  const dir = options.dir ?? registryDir();
  const reaped: number[] = [];
  for (const record of listInstances(dir)) {
    if (isProcessAlive(record.ownerPid)) continue;
    if (await killIfStill(record.javaPid, JAR_MARKER, options.graceMs ?? 3_000)) reaped.push(record.javaPid);
    await killIfStill(record.wrapperPid, WATCHDOG_NAME, 500);
    unregisterInstance(record.javaPid, dir);
  }
  return reaped;
};
