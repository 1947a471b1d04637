import { readFileSync } from 'node:fs';

/** A zombie has exited but still has a pid; PID 1 in some containers never reaps orphans. */
const isZombie = (pid: number): boolean => {
  try {
    // The state follows the parenthesised command name, which may itself contain spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
};

/**
 * Whether a process with this pid is running (zombies count as gone).
 * @example
 * isProcessAlive(process.pid); // true
 */
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
};

/**
 * Polls until the process is gone.
 * @returns true when it went away within `timeoutMs`.
 * @example
 * await waitForProcessExit(pid, 5_000);
 */
export const waitForProcessExit = async (pid: number, timeoutMs: number, intervalMs = 50): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return true;
};

/**
 * Sends a signal, ignoring a process that is already gone.
 * @example
 * signalProcess(pid, 'SIGTERM');
 */
export const signalProcess = (pid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
};
