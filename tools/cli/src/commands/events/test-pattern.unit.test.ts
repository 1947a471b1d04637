import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { CliError } from '../../support/cli-error';
import { runTestPattern } from './test-pattern';

const event = JSON.stringify({
  id: '1',
  source: 'aircraftops.aircraft',
  'detail-type': 'AircraftUpdated',
  detail: { changes: { status: { old: 'V', new: 'D' } } },
});

const failure = (run: () => void): CliError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
};

describe('events test-pattern', () => {
  it('prints {"Result": true} for a matching event', () => {
    const out = captureIo();

    runTestPattern({ eventPattern: '{"detail":{"changes":{"status":{"new":["D"]}}}}', event }, out.io);

    expect(out.stdout()).toBe('{"Result": true}\n');
    expect(JSON.parse(out.stdout())).toEqual({ Result: true });
  });

  it('prints {"Result": false} for an event the pattern does not match', () => {
    const out = captureIo();

    runTestPattern({ eventPattern: '{"source":[{"prefix":"aircraftops.ingestion"}]}', event }, out.io);

    expect(out.stdout()).toBe('{"Result": false}\n');
  });

  it('reads pattern and event from file:// paths', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aircraftops-cli-'));
    try {
      writeFileSync(path.join(dir, 'pattern.json'), '{"detail-type":["AircraftUpdated"]}');
      writeFileSync(path.join(dir, 'event.json'), event);
      const out = captureIo();

      runTestPattern({ eventPattern: `file://${dir}/pattern.json`, event: `file://${dir}/event.json` }, out.io);

      expect(out.stdout()).toBe('{"Result": true}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an invalid pattern with exit code 2 and EventBridge’s exception and reason', () => {
    const out = captureIo();

    const error = failure(() => runTestPattern({ eventPattern: '{"source":"aircraftops.aircraft"}', event }, out.io));

    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^InvalidEventPatternException: Event pattern is not valid\. Reason: "source" must be an object or an array/);
    expect(out.stdout()).toBe('');
  });

  it('rejects a pattern that is not JSON as an invalid pattern', () => {
    const error = failure(() => runTestPattern({ eventPattern: '{source:', event }, captureIo().io));

    expect(error).toMatchObject({ exitCode: 2, message: expect.stringMatching(/^InvalidEventPatternException: /) });
  });

  it('rejects an event that is not a JSON object with exit code 2', () => {
    const notJson = failure(() => runTestPattern({ eventPattern: '{"source":["a"]}', event: '{"source":' }, captureIo().io));
    const notObject = failure(() => runTestPattern({ eventPattern: '{"source":["a"]}', event: '[1]' }, captureIo().io));

    expect(notJson).toMatchObject({ exitCode: 2, message: expect.stringMatching(/^InvalidEventException: Event is not valid\./) });
    expect(notObject).toMatchObject({ exitCode: 2, message: 'InvalidEventException: Event is not valid. Reason: the event must be a JSON object' });
  });
});
