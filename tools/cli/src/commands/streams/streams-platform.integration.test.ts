import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Platform, StreamConsumerSummary, StreamFailure } from '@aircraftops/local-runtime';
import { streamConsumersOf } from '@aircraftops/declarations';
import { startPlatform } from '@aircraftops/local-runtime';
import { platformApps } from '@aircraftops/platform';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { onFailureRecord } from '../../__fixtures__/streams.fixtures.test';
import { listStreamFailures } from './list-stream-failures';
import { listStreams } from './list-streams';

// Boots DynamoDB Local and every app: slow on a shared 2-core machine.
jest.setTimeout(120_000);

describe('streams commands against the real local platform', () => {
  let home: string;
  let platform: Platform;

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'aircraftops-cli-streams-'));
    platform = await startPlatform({ port: 0, home, publishState: false });
  });

  afterAll(async () => {
    await platform?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('lists every declared stream consumer and shows what lands in its on-failure destination', async () => {
    const declared = platformApps.flatMap(streamConsumersOf).map((consumer) => consumer.name);
    const [first] = platform.streamConsumers;
    if (!first) throw new Error('the platform declares no stream consumer; nothing to check');
    // What the mapping sends when it gives up on a batch, into the real on-failure queue it was given.
    first.onFailure.send(JSON.stringify(onFailureRecord()));

    const list = captureIo();
    await listStreams({ endpoint: platform.eventBridge.endpoint, json: true }, list.io);
    const failures = captureIo();
    await listStreamFailures({ endpoint: platform.eventBridge.endpoint, consumer: first.name, json: true }, failures.io);

    const streams = JSON.parse(list.stdout()) as StreamConsumerSummary[];
    expect(streams.map((stream) => stream.name).sort()).toEqual([...declared].sort());
    expect(streams.find((stream) => stream.name === first.name)).toMatchObject({ onFailureDepth: 1, stats: { invocations: expect.any(Number) } });
    expect((JSON.parse(failures.stdout()) as StreamFailure[]).map((failure) => failure.record)).toEqual([onFailureRecord()]);
  });
});
