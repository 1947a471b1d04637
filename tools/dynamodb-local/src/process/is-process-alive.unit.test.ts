import { spawn } from 'node:child_process';
import { once } from 'node:events';

import { isProcessAlive, signalProcess, waitForProcessExit } from './is-process-alive';

describe('isProcessAlive', () => {
  it('sees a running process, then sees it gone once killed', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = child.pid ?? 0;
    expect(isProcessAlive(pid)).toBe(true);

    signalProcess(pid, 'SIGKILL');
    await once(child, 'exit');

    expect(isProcessAlive(pid)).toBe(false);
    await expect(waitForProcessExit(pid, 100)).resolves.toBe(true);
    expect(() => signalProcess(pid, 'SIGTERM')).not.toThrow();
  });

  it('reports a timeout when the process outlives the wait', async () => {
    await expect(waitForProcessExit(process.pid, 60)).resolves.toBe(false);
  });
});
