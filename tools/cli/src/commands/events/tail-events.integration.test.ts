import type { EventBridgeEvent } from '@aircraftops/local-runtime';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { startTestBus, waitFor } from '../../__fixtures__/local-bus.fixtures.test';
import type { TestBus } from '../../__fixtures__/local-bus.fixtures.test';
import { tailEvents } from './tail-events';

describe('events tail against a running local bus', () => {
  let platform: TestBus;
  let controller: AbortController;

  beforeEach(async () => {
    platform = await startTestBus();
    controller = new AbortController();
  });

  afterEach(async () => {
    controller.abort();
    await platform.close();
  });

  /** Starts a tail and resolves once it is subscribed. */
  const startTail = async (options: { pattern?: string; json?: boolean } = {}) => {
    const out = captureIo();
    let ready!: () => void;
    const subscribed = new Promise<void>((resolve) => (ready = resolve));
    const done = tailEvents({ endpoint: platform.endpoint, signal: controller.signal, onReady: ready, ...options }, out.io);
    await Promise.race([subscribed, done]);
    return { out, done };
  };

  const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');

  it('prints one line per event as it is put, and ends cleanly when aborted (Ctrl-C)', async () => {
    const { out, done } = await startTail();

    platform.put('AircraftRegistered', 'N12345');
    platform.put('IngestionJobStarted', 'job-1', 'aircraftops.ingestion');
    await waitFor(() => lines(out.stdout()).length, (n) => n === 2, 'two tail lines');
    controller.abort();

    await expect(done).resolves.toBeUndefined();
    expect(lines(out.stdout())).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}aircraftops\.aircraft {4}AircraftRegistered {8}Aircraft N12345$/),
      expect.stringMatching(/ {2}aircraftops\.ingestion {3}IngestionJobStarted {7}Aircraft job-1$/),
    ]);
    expect(out.stderr()).toBe(`Tailing events on ${platform.endpoint}. Ctrl-C to stop.\n`);
  });

  it('prints only events matching --pattern, as JSON lines with --json', async () => {
    const { out } = await startTail({ pattern: '{"detail-type":["AircraftUpdated"]}', json: true });

    platform.put('AircraftRegistered', 'N1');
    platform.put('AircraftUpdated', 'N2');
    platform.put('AircraftUpdated', 'N3');
    await waitFor(() => lines(out.stdout()).length, (n) => n === 2, 'two matching events');

    const events = lines(out.stdout()).map((line) => JSON.parse(line) as EventBridgeEvent);
    expect(events.map((event) => [event['detail-type'], (event.detail['metadata'] as { entity: { id: string } }).entity.id])).toEqual([
      ['AircraftUpdated', 'N2'],
      ['AircraftUpdated', 'N3'],
    ]);
    expect(out.stderr()).toContain('matching {"detail-type":["AircraftUpdated"]}');
  });

  it('rejects an invalid pattern with exit code 2 before connecting', async () => {
    const tail = tailEvents({ endpoint: 'http://127.0.0.1:1', pattern: '{"detail-type":"AircraftUpdated"}', signal: controller.signal }, captureIo().io);

    await expect(tail).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/^InvalidEventPatternException: Event pattern is not valid\./) });
  });

  it('fails, rather than hanging silently, when the platform stops', async () => {
    const { done } = await startTail();

    await platform.stopServer();

    await expect(done).rejects.toMatchObject({ exitCode: 1, code: 'streamEnded', message: expect.stringContaining('ended the event stream') });
  });
});
