import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { resolveEventBridgeEndpoint } from './resolve-endpoints';

describe('resolveEventBridgeEndpoint', () => {
  const previousHome = process.env['AIRCRAFTOPS_HOME'];
  let home: string;

  beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), 'aircraftops-home-'));
    process.env['AIRCRAFTOPS_HOME'] = home;
  });

  afterEach(() => {
    if (previousHome === undefined) delete process.env['AIRCRAFTOPS_HOME'];
    else process.env['AIRCRAFTOPS_HOME'] = previousHome;
    rmSync(home, { recursive: true, force: true });
  });

  it('prefers the --endpoint flag', () => {
    expect(resolveEventBridgeEndpoint('http://127.0.0.1:4999')).toBe('http://127.0.0.1:4999');
  });

  it('uses the running platform’s endpoint from runtime.json', () => {
    writeFileSync(path.join(home, 'runtime.json'), JSON.stringify({ pid: process.pid, eventBridgeEndpoint: 'http://127.0.0.1:4010' }));

    expect(resolveEventBridgeEndpoint(undefined)).toBe('http://127.0.0.1:4010');
  });

  it('explains how to start the platform when none runs', () => {
    expect(() => resolveEventBridgeEndpoint(undefined)).toThrow('No local platform is running. Start it with `npm start`, or pass --endpoint.');
  });
});
