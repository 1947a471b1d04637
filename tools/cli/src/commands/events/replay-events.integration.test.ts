import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { startTestBus, waitFor } from '../../__fixtures__/local-bus.fixtures.test';
import type { TestBus } from '../../__fixtures__/local-bus.fixtures.test';
import { replayEvents } from './replay-events';

describe('events replay against a running local bus', () => {
  let platform: TestBus;

  beforeEach(async () => {
    platform = await startTestBus();
    platform.put('AircraftRegistered', 'N1');
    platform.put('AircraftUpdated', 'N1');
    await waitFor(() => platform.delivered.length + platform.audited.length, (n) => n === 4, 'first deliveries');
  });

  afterEach(() => platform.close());

  it('re-delivers the last minutes’ events to one rule and says how many', async () => {
    const out = captureIo();

    await replayEvents({ endpoint: platform.endpoint, from: '-5m', rule: 'aircraft-rm' }, out.io);

    expect(out.stdout()).toMatch(/^Re-delivered 2 events accepted \S+Z – \S+Z to rule aircraft-rm\.\n$/);
    await waitFor(() => platform.delivered.length, (n) => n === 4, 'replayed deliveries');
    expect(platform.delivered.slice(2).map((event) => [event['detail-type'], event['replay-name']?.startsWith('local-replay-')])).toEqual([
      ['AircraftRegistered', true],
      ['AircraftUpdated', true],
    ]);
    expect(platform.audited).toHaveLength(2);
  });

  it('re-delivers to every matching rule without --rule and reports JSON', async () => {
    const out = captureIo();
    const now = new Date(Date.now() + 1000);

    await replayEvents({ endpoint: platform.endpoint, from: '-1h', json: true, now }, out.io);

    expect(JSON.parse(out.stdout())).toEqual({ replayed: 2, from: new Date(now.getTime() - 3_600_000).toISOString(), to: now.toISOString(), rule: null });
    await waitFor(() => [platform.delivered.length, platform.audited.length], ([a, b]) => a === 4 && b === 4, 'replays to both rules');
  });

  it('re-delivers nothing from a range before the events', async () => {
    const out = captureIo();

    await replayEvents({ endpoint: platform.endpoint, from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' }, out.io);

    expect(out.stdout()).toContain('Re-delivered 0 events accepted 2020-01-01T00:00:00.000Z – 2020-01-02T00:00:00.000Z to every matching rule.');
  });

  it('rejects an empty range with exit code 2 before calling the bus', async () => {
    await expect(replayEvents({ endpoint: 'http://127.0.0.1:1', from: 'now', to: '-1h' }, captureIo().io)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^The replay range is empty: --from \(.+\) is after --to \(.+\)\.$/),
    });
  });

  it('names the rules the bus has when --rule is unknown', async () => {
    await expect(replayEvents({ endpoint: platform.endpoint, from: '-5m', rule: 'nope' }, captureIo().io)).rejects.toMatchObject({
      message: 'Rule nope does not exist on EventBus aircraftops. Rules on the bus: aircraft-rm, audit-all.',
    });
  });
});
