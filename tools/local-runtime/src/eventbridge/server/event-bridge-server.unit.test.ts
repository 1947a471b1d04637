import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';

import {
  EventBridgeClient,
  InvalidEventPatternException,
  ListRulesCommand,
  PutEventsCommand,
  TestEventPatternCommand,
} from '@aws-sdk/client-eventbridge';
import type { SQSEvent } from 'aws-lambda';

import { waitFor } from '../../queues/async.fixtures.test';
import { entry, matcher, subscription } from '../bus.fixtures.test';
import type { EventBridgeEvent } from '../event-bridge-event';
import { LocalEventBus } from '../local-event-bus';
import { startEventBridgeServer } from './start-event-bridge-server';
import type { EventBridgeServer } from './start-event-bridge-server';

describe('local EventBridge endpoint', () => {
  let bus: LocalEventBus;
  let server: EventBridgeServer;
  let client: EventBridgeClient;
  let delivered: SQSEvent[];

  beforeEach(async () => {
    delivered = [];
    bus = new LocalEventBus({ matcher, retry: { baseDelayMs: 1 } });
    bus.addRule(subscription({ name: 'aircraft-rm' }), async (event) => void delivered.push(event));
    bus.addRule(subscription({ name: 'poison-rm', eventPattern: { 'detail-type': ['Poison'] }, maxReceiveCount: 1 }), async () => {
      throw new Error('cannot handle');
    });
    server = await startEventBridgeServer({ bus, host: '127.0.0.1' });
    client = new EventBridgeClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });

  afterEach(async () => {
    client.destroy();
    await server.close();
    await bus.close();
  });

  const control = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${server.endpoint}${path}`, init);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('delivers a PutEvents entry sent by the real SDK to the rule consumer as an SQS event', async () => {
    const output = await client.send(new PutEventsCommand({ Entries: [entry({ tailNumber: 'N12345' }, { Time: new Date('2024-05-01T12:00:00.900Z') })] }));

    expect(output).toMatchObject({ FailedEntryCount: 0, Entries: [{ EventId: expect.any(String) }] });
    await waitFor(() => delivered.length, (n) => n === 1);
    const record = delivered[0]?.Records[0];
    expect(record).toMatchObject({ eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:aircraft-rm', awsRegion: 'us-east-1' });
    expect(JSON.parse(record?.body ?? '')).toEqual({
      version: '0',
      id: output.Entries?.[0]?.EventId,
      'detail-type': 'AircraftRegistered',
      source: 'aircraftops.aircraft',
      account: '000000000000',
      time: '2024-05-01T12:00:00Z',
      region: 'us-east-1',
      resources: [],
      detail: { tailNumber: 'N12345' },
    });
  });

  it('returns per-entry errors with HTTP 200, as AWS does', async () => {
    const output = await client.send(
      new PutEventsCommand({ Entries: [entry({}), entry({}, { Source: undefined }), entry({}, { Detail: '"NotJSON"' })] }),
    );
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.FailedEntryCount).toBe(2);
    expect(output.Entries?.slice(1)).toEqual([
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
    ]);
  });

  it('rejects 11 entries and oversized requests with a ValidationException', async () => {
    const tooMany = client.send(new PutEventsCommand({ Entries: Array.from({ length: 11 }, () => entry({})) }));
    await expect(tooMany).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(/^1 validation error detected: Value '\[PutEventsRequestEntry\(.*Member must have length less than or equal to 10$/),
      $metadata: { httpStatusCode: 400 },
    });
    const tooBig = client.send(new PutEventsCommand({ Entries: [entry({ payload: 'p'.repeat(256 * 1024) })] }));
    await expect(tooBig).rejects.toMatchObject({ name: 'ValidationException', message: 'Total size of the entries in the request is over the limit.' });
  });

  it('answers TestEventPattern, and rejects invalid patterns and events', async () => {
    const event = JSON.stringify({ id: '1', account: '0', source: 'aircraftops.aircraft', time: '2024-01-01T00:00:00Z', region: 'us-east-1', 'detail-type': 'X', detail: {} });
    const matches = (pattern: unknown) => client.send(new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: event }));

    expect((await matches({ source: ['aircraftops.aircraft'] })).Result).toBe(true);
    expect((await matches({ source: ['aircraftops.ingestion'] })).Result).toBe(false);
    await expect(matches({ source: 'aircraftops.aircraft' })).rejects.toBeInstanceOf(InvalidEventPatternException);
    await expect(client.send(new TestEventPatternCommand({ EventPattern: '{', Event: event }))).rejects.toMatchObject({ name: 'InvalidEventPatternException' });
    await expect(client.send(new TestEventPatternCommand({ EventPattern: '{"source":["a"]}', Event: '{"source":"a"}' }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Parameter Event is not valid.',
    });
  });

  it('answers an unsupported operation with UnknownOperationException', async () => {
    await expect(client.send(new ListRulesCommand({}))).rejects.toMatchObject({ name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } });
  });

  it('lists rules with their queue depths and serves the DLQ and redrive', async () => {
    await client.send(new PutEventsCommand({ Entries: [entry({ bad: true }, { DetailType: 'Poison' })] }));
    await waitFor(() => bus.listDeadLetters('poison-rm').length, (n) => n === 1);

    const rules = await control('/_local/rules');
    expect(rules.status).toBe(200);
    expect(rules.body.rules).toEqual([
      expect.objectContaining({ name: 'aircraft-rm', available: 0, inFlight: 0, deadLetters: 0 }),
      expect.objectContaining({ name: 'poison-rm', deadLetters: 1, eventPattern: { 'detail-type': ['Poison'] } }),
    ]);
    const dlq = await control('/_local/dlq/poison-rm');
    expect(dlq.body.messages).toEqual([
      expect.objectContaining({ failure: expect.objectContaining({ rule: 'poison-rm', errorMessage: 'Error: cannot handle', receiveCount: 1 }) }),
    ]);
    expect(JSON.parse((dlq.body.messages as { body: string }[])[0]?.body ?? '')).toMatchObject({ 'detail-type': 'Poison', detail: { bad: true } });

    const redrive = await control('/_local/dlq/poison-rm/redrive', { method: 'POST' });
    expect(redrive.body).toEqual({ rule: 'poison-rm', redriven: 1 });
  });

  it('replays through the control API and rejects bad requests with clear 4xx errors', async () => {
    const from = new Date(Date.now() - 1_000).toISOString();
    await client.send(new PutEventsCommand({ Entries: [entry({ n: 1 })] }));
    await waitFor(() => delivered.length, (n) => n === 1);

    const replay = await control('/_local/replay', { method: 'POST', body: JSON.stringify({ from, to: new Date().toISOString(), rule: 'aircraft-rm' }) });
    expect(replay).toEqual({ status: 200, body: { replayed: 1 } });
    await waitFor(() => delivered.length, (n) => n === 2);
    expect(JSON.parse(delivered[1]?.Records[0]?.body ?? '')).toHaveProperty('replay-name');

    expect(await control('/_local/replay', { method: 'POST', body: '{"from":"2024-01-01T00:00:00Z"}' })).toEqual({
      status: 400,
      body: { error: { code: 'badRequest', message: 'Body field "to" is required: an ISO-8601 time or epoch milliseconds.' } },
    });
    expect(await control('/_local/replay', { method: 'POST', body: 'nope' })).toMatchObject({ status: 400 });
    expect(await control('/_local/dlq/ghost')).toEqual({
      status: 404,
      body: { error: { code: 'eventbridge.unknownRule', message: 'Rule ghost does not exist on EventBus aircraftops.' } },
    });
    expect(await control('/_local/rules', { method: 'POST' })).toMatchObject({ status: 405 });
    expect(await control('/_local/events/tail?pattern=%7B')).toMatchObject({ status: 400 });
  });

  it('streams accepted events that match the tail pattern as Server-Sent Events', async () => {
    const pattern = encodeURIComponent(JSON.stringify({ 'detail-type': ['AircraftUpdated'] }));
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      get(`${server.endpoint}/_local/events/tail?pattern=${pattern}`, resolve).on('error', reject);
    });
    expect(response.headers['content-type']).toBe('text/event-stream');
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));

    await client.send(new PutEventsCommand({ Entries: [entry({ n: 1 }), entry({ n: 2 }, { DetailType: 'AircraftUpdated' })] }));

    const frames = await waitFor(
      () => text.split('\n\n').filter((frame) => frame.includes('data: ')),
      (list) => list.length >= 1,
    );
    expect(frames).toHaveLength(1);
    const event = JSON.parse(/data: (.*)/.exec(frames[0] ?? '')?.[1] ?? '') as EventBridgeEvent;
    expect(event).toMatchObject({ 'detail-type': 'AircraftUpdated', detail: { n: 2 } });
    expect(frames[0]).toContain(`id: ${event.id}\nevent: event\n`);
    response.destroy();
  });
});
