import os from 'node:os';

import { checkJava } from '@aircraftops/dynamodb-local';

/** The facts a figure means nothing without. */
export interface MachineFacts {
  readonly cores: number;
  readonly cpuModel: string;
  readonly totalMemoryMb: number;
  readonly platform: string;
  readonly nodeVersion: string;
  /** `java -version`'s version string, or why it could not be read. */
  readonly javaVersion: string;
}

/**
 * Reads cores, CPU, memory, OS, Node and Java versions.
 *
 * @example
 * ```ts
 * const machine = await machineFacts(); // { cores: 2, nodeVersion: 'v20.19.0', javaVersion: '17.0.12', ... }
 * ```
 */
export const machineFacts = async (): Promise<MachineFacts> => {
  let javaVersion: string;
  try {
    javaVersion = (await checkJava()).version;
  } catch (error) {
    javaVersion = `unavailable (${(error as Error).message.split('\n')[0] ?? ''})`;
  }
  return {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    nodeVersion: process.version,
    javaVersion,
  };
};
