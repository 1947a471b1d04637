import { compileEventPattern, testEventPattern } from '@aircraftops/events';
import type { EventBridgeServer, StreamConsumerHandle, StreamFailure } from '@aircraftops/local-runtime';
import { LocalEventBus, LocalQueue, startEventBridgeServer, streamsControlFrom } from '@aircraftops/local-runtime';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { onFailureRecord, streamSummary } from '../../__fixtures__/streams.fixtures.test';
import { listStreamFailures } from './list-stream-failures';
import { listStreams } from './list-streams';

describe('streams commands against a running EventBridge endpoint with stream consumers', () => {
  let bus: LocalEventBus;
  let server: EventBridgeServer;
  let queue: LocalQueue;

  beforeEach(async () => {
    bus = new LocalEventBus({ matcher: { match: testEventPattern, compile: compileEventPattern } });
    // The on-failure destination is a real queue, as the platform wires it; only the mapping is stood in for.
    queue = new LocalQueue({ name: 'stream-bridge-on-failure', region: 'us-east-1', accountId: '000000000000', visibilityTimeoutSeconds: 30, maxReceiveCount: 1000 });
    const consumer: StreamConsumerHandle = {
      name: 'stream-bridge',
      onFailure: queue,
      describe: () => ({ ...streamSummary(), onFailureDepth: queue.depth().available }),
    };
    server = await startEventBridgeServer({ bus, streams: streamsControlFrom(() => [consumer]) });
  });

  afterEach(async () => {
    await server.close();
    await bus.close();
    queue.close();
  });

  it('lists the consumers with their on-failure depth and points at their failures', async () => {
    queue.send(JSON.stringify(onFailureRecord()));
    const out = captureIo();

    await listStreams({ endpoint: server.endpoint }, out.io);

    const row = out.stdout().split('\n').find((line) => line.includes(' stream-bridge ')) ?? '';
    expect(row.split('│').map((cell) => cell.trim()).slice(1, 3)).toEqual(['stream-bridge', 'core']);
    expect(row.split('│').map((cell) => cell.trim())[10]).toBe('1');
    expect(out.stdout()).toContain('see them with: aircraftops streams failures stream-bridge');
  });

  it('prints the consumer summaries as JSON with --json', async () => {
    const out = captureIo();

    await listStreams({ endpoint: server.endpoint, json: true }, out.io);

    expect(JSON.parse(out.stdout())).toEqual([{ ...streamSummary(), onFailureDepth: 0 }]);
  });

  it('prints the batch ranges of the on-failure records with the re-read hint', async () => {
    queue.send(JSON.stringify(onFailureRecord()));
    const out = captureIo();

    await listStreamFailures({ endpoint: server.endpoint, consumer: 'stream-bridge', dynamodbEndpoint: 'http://127.0.0.1:8000' }, out.io);

    expect(out.stdout()).toContain('1. 2025-11-25T15:52:40.123Z  RetryAttemptsExhausted after 4 invokes: the handler threw');
    expect(out.stdout()).toContain('sequence   100000000021870453245 … 100000000021870453300 (3 records)');
    expect(out.stdout()).toContain('--endpoint-url http://127.0.0.1:8000 --stream-arn');
  });

  it('prints the parsed records as JSON with --json', async () => {
    const sent = queue.send(JSON.stringify(onFailureRecord()));
    const out = captureIo();

    await listStreamFailures({ endpoint: server.endpoint, consumer: 'stream-bridge', json: true }, out.io);

    const failures = JSON.parse(out.stdout()) as StreamFailure[];
    expect(failures).toEqual([{ messageId: sent.messageId, sentAt: new Date(sent.sentTimestamp).toISOString(), record: onFailureRecord() }]);
  });

  it('names the consumers there are when the consumer is unknown', async () => {
    await expect(listStreamFailures({ endpoint: server.endpoint, consumer: 'audit' }, captureIo().io)).rejects.toMatchObject({
      exitCode: 1,
      code: 'streams.unknownConsumer',
      message: 'Stream consumer audit does not exist. Stream consumers: stream-bridge.',
    });
  });
});
