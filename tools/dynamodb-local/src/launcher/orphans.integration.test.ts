import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

import { isProcessAlive, signalProcess, waitForProcessExit } from '../process';
import { listInstances, reapOrphans } from '../registry';

const WORKSPACE = resolve(__dirname, '../../../..');
const FIXTURE = join(__dirname, '..', '__fixtures__', 'hold-emulator.ts');

/** Starts the fixture in a child Node process and waits for the JVM pid it prints. */
const startOwner = async (): Promise<{ owner: ChildProcess; javaPid: number }> => {
  const owner = spawn(process.execPath, ['--require', resolve(__dirname, '../../../node/import-only-packages.cjs'), '--import', 'tsx', FIXTURE], {
    cwd: WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  owner.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: owner.stdout! });
  const exited = once(owner, 'exit').then(() => {
    throw new Error(`The owner exited before starting DynamoDB Local: ${stderr}`);
  });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  return { owner, javaPid: (JSON.parse(line) as { pid: number }).pid };
};

describe('a JVM whose owner dies', () => {
  const started: number[] = [];
  afterAll(() => started.forEach((pid) => signalProcess(pid, 'SIGKILL')));

  it('is stopped by the watchdog within seconds when the owner is SIGKILLed', async () => {
    const { owner, javaPid } = await startOwner();
    started.push(javaPid);
    expect(isProcessAlive(javaPid)).toBe(true);

    owner.kill('SIGKILL');
    await once(owner, 'exit');

    await expect(waitForProcessExit(javaPid, 5_000)).resolves.toBe(true);
    // The owner could not clean up: its record stays until the next start reaps it.
    expect(listInstances().find((entry) => entry.javaPid === javaPid)?.ownerPid).toBe(owner.pid);
    await reapOrphans();
    expect(listInstances().some((entry) => entry.javaPid === javaPid)).toBe(false);
  });

  it('is stopped by the exit hook when the owner gets SIGTERM, and the owner still dies of SIGTERM', async () => {
    const { owner, javaPid } = await startOwner();
    started.push(javaPid);

    owner.kill('SIGTERM');
    const [code, signal] = (await once(owner, 'exit')) as [number | null, NodeJS.Signals | null];

    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
    await expect(waitForProcessExit(javaPid, 2_000)).resolves.toBe(true);
    expect(listInstances().some((entry) => entry.javaPid === javaPid)).toBe(false);
  });
});
