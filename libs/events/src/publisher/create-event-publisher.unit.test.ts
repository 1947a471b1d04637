import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';

import { createEventPublisher } from './create-event-publisher';
import type { EventPublisherOptions } from './create-event-publisher';
import { EventTooLargeError } from './errors/event-too-large-error';
import { InvalidEventEntryError } from './errors/invalid-event-entry-error';
import { PublishFailedError } from './errors/publish-failed-error';
import { MAX_REQUEST_BYTES } from './limits';
import type { FailedEntryOutcome } from './publish-types';
import { putEventsEntrySize } from './put-events-entry-size';
import { anEntry, anEntryOfSize, awsError, fakeBus } from './publisher.fixtures.test';

const client = new EventBridgeClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
const bus = mockClient(client);
const sleeps: number[] = [];

function publisherWith(options: Partial<EventPublisherOptions> = {}) {
  return createEventPublisher({
    client,
    eventBusName: 'aircraftops',
    baseDelayMs: 100,
    maxDelayMs: 1_000,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
}

const sentEntries = (): PutEventsRequestEntry[][] =>
  bus.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries ?? []);

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

beforeEach(() => {
  bus.reset();
  sleeps.length = 0;
});

describe('createEventPublisher', () => {
  it('sends 25 entries as 3 calls of 10, 10 and 5, in input order, and reports an event id per entry', async () => {
    const fake = fakeBus();
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith().publish(range(0, 25).map((seq) => anEntry(seq)));

    expect(fake.calls).toEqual([range(0, 10), range(10, 20), range(20, 25)]);
    expect(result.entries.map((outcome) => (outcome.status === 'published' ? outcome.eventId : 'failed'))).toEqual(
      range(0, 25).map((seq) => `evt-${seq}`),
    );
    expect(result).toMatchObject({ publishedCount: 25, failures: [], requestCount: 3 });
  });

  it('builds the wire entry: bus name, JSON detail, time and resources', async () => {
    bus.on(PutEventsCommand).callsFake(fakeBus().respond);
    const time = new Date('2025-11-21T10:00:00Z');

    await publisherWith().publish([anEntry(1, { time, resources: ['arn:aws:dynamodb:table/CoreTable'] })]);

    expect(sentEntries()[0]).toEqual([
      {
        EventBusName: 'aircraftops',
        Source: 'aircraftops.aircraft',
        DetailType: 'AircraftUpdated',
        Detail: '{"seq":1}',
        Time: time,
        Resources: ['arn:aws:dynamodb:table/CoreTable'],
      },
    ]);
  });

  it('resends only the entries that failed, in order, and loses none', async () => {
    const fake = fakeBus((seq, call) => (call === 1 && (seq === 2 || seq === 7) ? 'InternalFailure' : undefined));
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith().publish(range(0, 10).map((seq) => anEntry(seq)));

    expect(fake.calls).toEqual([range(0, 10), [2, 7]]);
    expect(result.publishedCount).toBe(10);
    expect(result.entries[2]).toEqual({ status: 'published', index: 2, eventId: 'evt-2', attempts: 2 });
    expect(result.entries[3]).toEqual({ status: 'published', index: 3, eventId: 'evt-3', attempts: 1 });
    expect(sleeps).toEqual([50]);
  });

  it('reports an entry that keeps failing with its last error and the attempts made, after backing off', async () => {
    const fake = fakeBus((seq) => (seq === 3 ? 'InternalFailure' : undefined));
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith({ maxAttempts: 3 }).publish(range(0, 5).map((seq) => anEntry(seq)));

    expect(fake.calls).toEqual([range(0, 5), [3], [3]]);
    expect(result.failures).toEqual([
      { status: 'failed', index: 3, errorCode: 'InternalFailure', errorMessage: 'InternalFailure for 3', attempts: 3 },
    ]);
    expect(result.publishedCount).toBe(4);
    // full jitter at 0.5 of a ceiling that doubles: 100 → 50, 200 → 100
    expect(sleeps).toEqual([50, 100]);
  });

  it('does not resend an entry whose error is permanent (MalformedDetail)', async () => {
    const fake = fakeBus((seq) => (seq === 1 ? 'MalformedDetail' : undefined));
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith().publish([anEntry(0), anEntry(1)]);

    expect(fake.calls).toEqual([[0, 1]]);
    expect(result.failures).toMatchObject([{ index: 1, errorCode: 'MalformedDetail', attempts: 1 }]);
  });

  it('never counts an entry as published when the response has no result for it', async () => {
    bus
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 0, Entries: [{ EventId: 'evt-0' }] })
      .callsFake(fakeBus().respond);

    const result = await publisherWith().publish([anEntry(0), anEntry(1)]);

    expect(sentEntries().map((entries) => entries.length)).toEqual([2, 1]);
    expect(result.entries[1]).toMatchObject({ status: 'published', eventId: 'evt-1', attempts: 2 });
  });

  it('splits by size: 4 entries of 100 KB go out in calls that each stay within 256 KB', async () => {
    const fake = fakeBus();
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith().publish(range(0, 4).map((seq) => anEntryOfSize(seq, 100 * 1024)));

    const callSizes = sentEntries().map((entries) => entries.reduce((sum, entry) => sum + putEventsEntrySize(entry), 0));
    expect(fake.calls).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(Math.max(...callSizes)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(result.publishedCount).toBe(4);
  });

  it('reports an entry that can never fit as EventTooLargeError and still publishes the others', async () => {
    const fake = fakeBus();
    bus.on(PutEventsCommand).callsFake(fake.respond);
    const entries = [anEntry(0), anEntryOfSize(1, MAX_REQUEST_BYTES + 1), anEntry(2)];

    const result = await publisherWith().publish(entries);

    expect(fake.calls.flat()).toEqual([0, 2]);
    const [failure] = result.failures;
    expect(failure).toMatchObject({ index: 1, errorCode: 'EventTooLarge', attempts: 0 });
    expect(failure?.error).toBeInstanceOf(EventTooLargeError);
    expect(failure?.errorMessage).toContain(`is ${MAX_REQUEST_BYTES + 1} bytes; PutEvents accepts at most ${MAX_REQUEST_BYTES} bytes`);
    expect(result.publishedCount).toBe(2);
  });

  it('reports an entry whose detail is not a JSON object as InvalidEntry without sending it', async () => {
    const fake = fakeBus();
    bus.on(PutEventsCommand).callsFake(fake.respond);
    const circular: Record<string, unknown> = {};
    circular.self = circular;

    const result = await publisherWith().publish([anEntry(0, { detail: [] }), anEntry(1), anEntry(2, { detail: circular })]);

    expect(fake.calls).toEqual([[1]]);
    expect(result.failures.map((failure) => [failure.index, failure.errorCode])).toEqual([
      [0, 'InvalidEntry'],
      [2, 'InvalidEntry'],
    ]);
    expect(result.failures[1]?.error).toBeInstanceOf(InvalidEventEntryError);
    expect(result.failures[1]?.errorMessage).toMatch(/^Event entry 2 is invalid: detail of AircraftUpdated does not serialise to JSON/);
  });

  it('retries a whole call that was throttled', async () => {
    const fake = fakeBus();
    bus
      .on(PutEventsCommand)
      .rejectsOnce(awsError('ThrottlingException', 'client', 'Rate exceeded'))
      .callsFake(fake.respond);

    const result = await publisherWith().publish([anEntry(0), anEntry(1)]);

    expect(sentEntries()).toHaveLength(2);
    expect(result.entries).toEqual([
      { status: 'published', index: 0, eventId: 'evt-0', attempts: 2 },
      { status: 'published', index: 1, eventId: 'evt-1', attempts: 2 },
    ]);
    expect(sleeps).toEqual([50]);
  });

  it('retries a network failure and gives up after maxAttempts, reporting the thrown error', async () => {
    const networkError = Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET' });
    bus.on(PutEventsCommand).rejects(networkError);

    const result = await publisherWith({ maxAttempts: 2 }).publish([anEntry(0)]);

    expect(sentEntries()).toHaveLength(2);
    expect(result.failures).toEqual([
      { status: 'failed', index: 0, errorCode: 'Error', errorMessage: 'socket hang up', attempts: 2, error: networkError },
    ]);
  });

  it('does not retry a call the service rejects as invalid', async () => {
    bus.on(PutEventsCommand).rejects(awsError('ResourceNotFoundException', 'client', 'Event bus aircraftops does not exist.'));

    const result = await publisherWith().publish([anEntry(0)]);

    expect(sentEntries()).toHaveLength(1);
    expect(result.failures).toMatchObject([{ index: 0, errorCode: 'ResourceNotFoundException', attempts: 1 }]);
  });

  it('finishes the retries of one request before sending the next, so order per entity holds', async () => {
    const fake = fakeBus((seq, call) => (call === 1 && seq === 3 ? 'ThrottlingException' : undefined));
    bus.on(PutEventsCommand).callsFake(fake.respond);

    await publisherWith().publish(range(0, 15).map((seq) => anEntry(seq)));

    expect(fake.calls).toEqual([range(0, 10), [3], range(10, 15)]);
  });

  it('with haltOnFailure, sends nothing after an entry that failed for good and says so per entry', async () => {
    const fake = fakeBus((seq) => (seq === 3 ? 'InternalFailure' : undefined));
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith({ maxAttempts: 2, haltOnFailure: true }).publish(range(0, 15).map((seq) => anEntry(seq)));

    expect(fake.calls).toEqual([range(0, 10), [3]]);
    expect(result.failures.map((failure) => [failure.index, failure.errorCode, failure.attempts])).toEqual([
      [3, 'InternalFailure', 2],
      ...range(10, 15).map((index) => [index, 'NotAttempted', 0]),
    ]);
  });

  it('with haltOnFailure, stops at an oversize entry too', async () => {
    const fake = fakeBus();
    bus.on(PutEventsCommand).callsFake(fake.respond);

    const result = await publisherWith({ haltOnFailure: true }).publish([
      anEntry(0),
      anEntryOfSize(1, MAX_REQUEST_BYTES + 1),
      anEntry(2),
    ]);

    expect(fake.calls).toEqual([[0]]);
    expect(result.failures.map((failure) => failure.errorCode)).toEqual(['EventTooLarge', 'NotAttempted']);
  });

  it('publishes nothing and makes no call for no entries', async () => {
    const result = await publisherWith().publish([]);

    expect(result).toEqual({ entries: [], failures: [], publishedCount: 0, requestCount: 0 });
    expect(sentEntries()).toHaveLength(0);
  });

  it('rejects impossible settings at creation', () => {
    expect(() => publisherWith({ maxAttempts: 0 })).toThrow('maxAttempts must be an integer >= 1, got 0');
    expect(() => publisherWith({ eventBusName: '' })).toThrow('eventBusName is empty');
  });
});

describe('publishOrThrow', () => {
  it('resolves with the result when every entry was published', async () => {
    bus.on(PutEventsCommand).callsFake(fakeBus().respond);

    await expect(publisherWith().publishOrThrow([anEntry(0)])).resolves.toMatchObject({ publishedCount: 1 });
  });

  it('throws PublishFailedError listing each failure and keeping the whole result', async () => {
    bus.on(PutEventsCommand).callsFake(fakeBus((seq) => (seq === 1 ? 'InternalFailure' : undefined)).respond);

    const error = await publisherWith({ maxAttempts: 2 })
      .publishOrThrow([anEntry(0), anEntry(1)])
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PublishFailedError);
    const failed = error as PublishFailedError;
    expect(failed.message).toBe('1 of 2 event(s) could not be published: #1 InternalFailure after 2 attempt(s): InternalFailure for 1');
    expect(failed.code).toBe('events.publishFailed');
    expect(failed.failures.map((failure: FailedEntryOutcome) => failure.index)).toEqual([1]);
    expect(failed.result.publishedCount).toBe(1);
  });
});
