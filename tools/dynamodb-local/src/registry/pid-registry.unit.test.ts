import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { isProcessAlive, signalProcess } from '../process';
import { listInstances, reapOrphans, registerInstance } from './pid-registry';

/** A real process whose command line mentions the jar, as a JVM's would (a cheap stand-in for DynamoDB Local). */
const fakeJvm = (): ChildProcess => spawn('/bin/sh', ['-c', 'sleep 30; :', 'sh', '-jar', 'DynamoDBLocal.jar'], { stdio: 'ignore' });

/** The pid of a process that has exited: an owner that died. */
const deadPid = (): number => Number(spawnSync('/bin/sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim());

const record = (javaPid: number, ownerPid: number) => ({
  javaPid,
  wrapperPid: 0,
  ownerPid,
  port: 8000,
  startedAt: new Date().toISOString(),
});

describe('pid registry', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pid-registry-'));
  });
  afterEach(() => {
    children.forEach((child) => child.pid && signalProcess(child.pid, 'SIGKILL'));
    children.length = 0;
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops a JVM whose owner is dead and removes its record', async () => {
    const jvm = fakeJvm();
    children.push(jvm);
    registerInstance(record(jvm.pid ?? 0, deadPid()), dir);

    const reaped = await reapOrphans({ dir, graceMs: 1_000 });

    expect(reaped).toEqual([jvm.pid]);
    expect(isProcessAlive(jvm.pid ?? 0)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a JVM alone while its owner lives', async () => {
    const jvm = fakeJvm();
    children.push(jvm);
    registerInstance(record(jvm.pid ?? 0, process.pid), dir);

    await expect(reapOrphans({ dir })).resolves.toEqual([]);

    expect(isProcessAlive(jvm.pid ?? 0)).toBe(true);
    expect(listInstances(dir).map((entry) => entry.javaPid)).toEqual([jvm.pid]);
  });

  it('never kills a reused pid that is not DynamoDB Local, but drops the stale record', async () => {
    const stranger = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(stranger);
    registerInstance(record(stranger.pid ?? 0, deadPid()), dir);

    await expect(reapOrphans({ dir })).resolves.toEqual([]);

    expect(isProcessAlive(stranger.pid ?? 0)).toBe(true);
    expect(listInstances(dir)).toEqual([]);
  });
});
