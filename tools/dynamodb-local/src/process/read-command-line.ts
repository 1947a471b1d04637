import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The command line of a running process, to make sure a recorded pid still is the process we started
 * (pids are reused). Reads /proc on Linux and falls back to `ps` elsewhere.
 * @returns undefined when the process is gone.
 * @example
 * readCommandLine(pid)?.includes('DynamoDBLocal.jar');
 */
export const readCommandLine = (pid: number): string | undefined => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() || undefined;
  } catch {
    // no /proc (macOS): ask ps
  }
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
};
