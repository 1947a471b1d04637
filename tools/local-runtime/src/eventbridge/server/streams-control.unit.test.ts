import { LocalQueue } from '../../queues/local-queue';
import { emptyStats } from '../../streams/mapping-stats';
import { buildOnFailureRecord } from '../../streams/on-failure-record';
import { matcher } from '../bus.fixtures.test';
import { LocalEventBus } from '../local-event-bus';
import { startEventBridgeServer } from './start-event-bridge-server';
import type { EventBridgeServer } from './start-event-bridge-server';
import type { StreamConsumerHandle } from './streams-control-from-consumers';
import { streamsControlFrom } from './streams-control-from-consumers';

const STREAM_ARN = 'arn:aws:dynamodb:us-east-1:000000000000:table/aircraftops-core/stream/2025-11-25T15:40:00.000';

const onFailureRecord = () =>
  buildOnFailureRecord({
    requestId: '316aa6d0-8154-4e57-9af7-85d5f4a6bc81',
    functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:stream-bridge',
    condition: 'RetryAttemptsExhausted',
    approximateInvokeCount: 4,
    lastError: 'handler-threw',
    now: new Date('2025-11-25T15:52:40.123Z'),
    shardId: 'shardId-00000001764084000000-1a2b3c4d',
    streamArn: STREAM_ARN,
    records: [
      { sequenceNumber: '100000000021870453245', approximateCreationDateTime: 1764086401 },
      { sequenceNumber: '100000000021870453300', approximateCreationDateTime: 1764086402 },
    ],
  });

/** A stream consumer as the platform starts one, with a real on-failure queue and fixed stats. */
const consumer = (name: string, onFailure: LocalQueue): StreamConsumerHandle => ({
  name,
  onFailure,
  describe: () => ({ name, table: 'core', stats: { ...emptyStats(), invocations: 5, failedInvocations: 4, onFailureRecords: 1 }, onFailureDepth: onFailure.depth().available }),
});

describe('the streams control endpoints', () => {
  let bus: LocalEventBus;
  let server: EventBridgeServer;
  let queue: LocalQueue;
  let consumers: StreamConsumerHandle[];

  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${server.endpoint}${path}`, init);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeEach(async () => {
    bus = new LocalEventBus({ matcher });
    queue = new LocalQueue({ name: 'stream-bridge-on-failure', region: 'us-east-1', accountId: '000000000000', visibilityTimeoutSeconds: 30, maxReceiveCount: 1000, now: () => Date.parse('2025-11-25T15:52:41Z') });
    consumers = [];
    server = await startEventBridgeServer({ bus, streams: streamsControlFrom(() => consumers) });
  });

  afterEach(async () => {
    await server.close();
    await bus.close();
    queue.close();
  });

  it('lists the consumers that started after the server, with their stats and on-failure depth', async () => {
    expect((await get('/_local/streams')).body).toEqual({ streams: [] });
    queue.send(JSON.stringify(onFailureRecord()));
    consumers.push(consumer('stream-bridge', queue));

    const { status, body } = await get('/_local/streams');

    expect(status).toBe(200);
    expect(body).toEqual({
      streams: [{ name: 'stream-bridge', table: 'core', stats: expect.objectContaining({ invocations: 5, failedInvocations: 4, onFailureRecords: 1 }), onFailureDepth: 1 }],
    });
  });

  it('returns the parsed on-failure records of a consumer, keeping a body that is not one', async () => {
    consumers.push(consumer('stream-bridge', queue));
    const sent = queue.send(JSON.stringify(onFailureRecord()));
    const junk = queue.send('not a record');

    const { status, body } = await get('/_local/streams/stream-bridge/failures');

    expect(status).toBe(200);
    expect(body).toEqual({
      consumer: 'stream-bridge',
      failures: [
        { messageId: sent.messageId, sentAt: '2025-11-25T15:52:41.000Z', record: onFailureRecord() },
        { messageId: junk.messageId, sentAt: '2025-11-25T15:52:41.000Z', record: null, body: 'not a record' },
      ],
    });
    // Reading the failures must not consume them.
    expect(queue.depth()).toEqual({ available: 2, inFlight: 0, deadLetters: 0 });
  });

  it('answers an unknown consumer with 404 and the names of the consumers there are', async () => {
    consumers.push(consumer('stream-bridge', queue));

    expect(await get('/_local/streams/audit/failures')).toEqual({
      status: 404,
      body: { error: { code: 'streams.unknownConsumer', message: 'Stream consumer audit does not exist. Stream consumers: stream-bridge.' } },
    });
  });

  it('refuses other methods than GET', async () => {
    expect(await get('/_local/streams', { method: 'POST' })).toEqual({
      status: 405,
      body: { error: { code: 'methodNotAllowed', message: 'Use GET for this endpoint, not POST.' } },
    });
  });

  it('answers 404 streams.unavailable on a server started without a streams provider', async () => {
    const bare = await startEventBridgeServer({ bus });
    try {
      const response = await fetch(`${bare.endpoint}/_local/streams`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'streams.unavailable' } });
    } finally {
      await bare.close();
    }
  });
});
