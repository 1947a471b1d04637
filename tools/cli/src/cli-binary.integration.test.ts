import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { LocalIssuer } from '@aircraftops/lambda-kit';

import { startTestBus, waitFor } from './__fixtures__/local-bus.fixtures.test';

const BIN = path.resolve(__dirname, '../bin/aircraftops.js');
const REPO = path.resolve(__dirname, '../../..');
// Starting node + tsx takes 1–3 s here and more on a busy machine.
const SPAWN_TIMEOUT_MS = 30_000;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `aircraftops` binary (node → tsx → src/main.ts) from the repository root. */
const runCli = (...args: string[]): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

const EVENT = '{"source":"aircraftops.aircraft","detail-type":"AircraftRegistered","detail":{"data":{"status":"V"}}}';

describe('the aircraftops binary', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aircraftops-bin-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('events test-pattern prints {"Result": true} and exits 0 for a match', async () => {
    const run = await runCli('events', 'test-pattern', '--event-pattern', '{"detail":{"data":{"status":["V"]}}}', '--event', EVENT);

    expect(run).toEqual({ code: 0, stdout: '{"Result": true}\n', stderr: '' });
  });

  it('events test-pattern prints {"Result": false} and exits 0 for no match, reading file:// arguments', async () => {
    writeFileSync(path.join(dir, 'pattern.json'), '{"source":["aircraftops.ingestion"]}');
    writeFileSync(path.join(dir, 'event.json'), EVENT);

    const run = await runCli('events', 'test-pattern', '--event-pattern', `file://${dir}/pattern.json`, '--event', `file://${dir}/event.json`);

    expect(run).toEqual({ code: 0, stdout: '{"Result": false}\n', stderr: '' });
  });

  it('events test-pattern exits 2 with the InvalidEventPatternException message on stderr for an invalid pattern', async () => {
    const run = await runCli('events', 'test-pattern', '--event-pattern', '{"source":[{"prefix":1}]}', '--event', EVENT);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^aircraftops: InvalidEventPatternException: Event pattern is not valid\. Reason: /);
  });

  it('events test-pattern exits 2 with a clear message for an event that is not JSON', async () => {
    const run = await runCli('events', 'test-pattern', '--event-pattern', '{"source":["a"]}', '--event', '{"source":');

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^aircraftops: InvalidEventException: Event is not valid\. Reason: /);
  });

  it('token prints only a verifiable token, so TOKEN=$(aircraftops token --role operator) works', async () => {
    const keyDirectory = path.join(dir, 'keys');

    const run = await runCli('token', '--role', 'operator', '--sub', 'alice', '--key-dir', keyDirectory);

    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toHaveLength(2);
    const claims = await (await LocalIssuer.open({ keyDirectory })).verify(run.stdout.trim());
    expect(claims).toMatchObject({ sub: 'alice', 'cognito:groups': ['operator'] });
  });

  it('events tail prints events from the running bus and exits 0 on Ctrl-C', async () => {
    const platform = await startTestBus();
    try {
      const child = spawn(process.execPath, [BIN, 'events', 'tail', '--json', '--endpoint', platform.endpoint], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

      await waitFor(() => stderr, (text) => text.includes('Ctrl-C to stop'), 'the tail to subscribe', SPAWN_TIMEOUT_MS);
      platform.put('AircraftRegistered', 'N777');
      await waitFor(() => stdout, (text) => text.endsWith('\n'), 'a tailed event', SPAWN_TIMEOUT_MS);
      child.kill('SIGINT');

      expect(await exited).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ source: 'aircraftops.aircraft', 'detail-type': 'AircraftRegistered' });
    } finally {
      await platform.close();
    }
  });
});
