import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SQSEvent } from 'aws-lambda';

import { deferred, sleep, waitFor } from '../queues/async.fixtures.test';
import { entry, matcher, subscription } from './bus.fixtures.test';
import { DuplicateRuleError, InvalidBusRequestError, InvalidEventPatternError, UnknownRuleError } from './errors';
import type { EventBridgeEvent } from './event-bridge-event';
import { LocalEventBus } from './local-event-bus';
import type { LocalEventBusOptions } from './local-event-bus';

const bodies = (events: SQSEvent[]) => events.flatMap((event) => event.Records.map((r) => JSON.parse(r.body) as EventBridgeEvent));

describe('LocalEventBus', () => {
  let dir: string;
  const buses: LocalEventBus[] = [];
  function bus(options: Partial<LocalEventBusOptions> = {}): LocalEventBus {
    const created = new LocalEventBus({ matcher, retry: { baseDelayMs: 1 }, ...options });
    buses.push(created);
    return created;
  }
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'local-bus-'))));
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('wraps an accepted entry in the EventBridge envelope and delivers it to each matching rule only', async () => {
    const b = bus({ now: () => Date.UTC(2024, 4, 1, 12, 0, 0, 789) });
    const aircraft: SQSEvent[] = [];
    const ingestion: SQSEvent[] = [];
    b.addRule(subscription({ name: 'aircraft-rm' }), async (event) => void aircraft.push(event));
    b.addRule(subscription({ name: 'ingestion-rm', eventPattern: { source: ['aircraftops.ingestion'] } }), async (event) => void ingestion.push(event));

    const result = b.putEvents([entry({ n: 1 }, { Resources: ['arn:aws:x'] })]);

    expect(result).toEqual({ FailedEntryCount: 0, Entries: [{ EventId: expect.any(String) }] });
    await waitFor(() => bodies(aircraft).length, (n) => n === 1);
    expect(bodies(aircraft)).toEqual([
      {
        version: '0',
        id: (result.Entries[0] as { EventId: string }).EventId,
        'detail-type': 'AircraftRegistered',
        source: 'aircraftops.aircraft',
        account: '000000000000',
        time: '2024-05-01T12:00:00Z',
        region: 'us-east-1',
        resources: ['arn:aws:x'],
        detail: { n: 1 },
      },
    ]);
    await sleep(30);
    expect(ingestion).toEqual([]);
  });

  it('reports per-entry failures in request order without failing the valid entries', () => {
    const b = bus();
    const result = b.putEvents([
      entry({ ok: true }),
      { DetailType: 'X', Detail: '{}', EventBusName: 'aircraftops' },
      entry({}, { DetailType: '' }),
      entry({}, { Detail: undefined }),
      entry({}, { Detail: '[]' }),
      entry({}, { Detail: '{{}' }),
      entry({}, { EventBusName: 'nope' }),
    ]);
    expect(result.FailedEntryCount).toBe(6);
    expect(result.Entries).toEqual([
      { EventId: expect.any(String) },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'ResourceNotFoundException', ErrorMessage: 'Event bus nope does not exist.' },
    ]);
    expect(b.archiveSize).toBe(1);
  });

  it('accepts the bus ARN as EventBusName', () => {
    const b = bus();
    expect(b.putEvents([entry({}, { EventBusName: b.arn })]).FailedEntryCount).toBe(0);
  });

  it('rejects a whole request with 0 or 11 entries or more than 256 KB', () => {
    const b = bus();
    expect(() => b.putEvents([])).toThrow(
      new InvalidBusRequestError("1 validation error detected: Value '[]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1"),
    );
    expect(() => b.putEvents(Array.from({ length: 11 }, () => entry({})))).toThrow(/at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10$/);
    expect(() => b.putEvents([entry({ payload: 'p'.repeat(256 * 1024) })])).toThrow(
      new InvalidBusRequestError('Total size of the entries in the request is over the limit.'),
    );
    expect(b.archiveSize).toBe(0);
  });

  it('rejects an invalid pattern and a duplicate rule when the rule is created', () => {
    const b = bus();
    const addBad = () => b.addRule(subscription({ name: 'bad', eventPattern: { source: 'aircraftops.aircraft' } }), async () => undefined);
    expect(addBad).toThrow(InvalidEventPatternError);
    expect(addBad).toThrow('Event pattern is not valid. Reason: "source" must be an object or an array');
    expect(() => b.addRule(subscription({ name: 'empty', eventPattern: {} }), async () => undefined)).toThrow(InvalidEventPatternError);
    b.addRule(subscription({ name: 'once' }), async () => undefined);
    expect(() => b.addRule(subscription({ name: 'once' }), async () => undefined)).toThrow(DuplicateRuleError);
  });

  it('keeps delivering to one rule while another rule\'s consumer hangs or fails', async () => {
    const b = bus();
    const hang = deferred();
    const fast: SQSEvent[] = [];
    b.addRule(subscription({ name: 'slow' }), () => hang.promise);
    b.addRule(subscription({ name: 'failing', maxReceiveCount: 100 }), async () => {
      throw new Error('always');
    });
    b.addRule(subscription({ name: 'fast', batchSize: 1 }), async (event) => void fast.push(event));

    for (let n = 0; n < 3; n += 1) b.putEvents([entry({ n })]);

    await waitFor(() => bodies(fast).length, (count) => count === 3);
    expect(bodies(fast).map((event) => event.detail)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(b.describeRules().find((rule) => rule.name === 'slow')).toMatchObject({ inFlight: 3, available: 0 });
    hang.resolve();
  });

  it('replays archived events of a time range to the named rule, with replay-name', async () => {
    let now = Date.UTC(2024, 0, 1, 0, 0, 0);
    const b = bus({ now: () => now });
    const audit: SQSEvent[] = [];
    const other: SQSEvent[] = [];
    b.addRule(subscription({ name: 'audit' }), async (event) => void audit.push(event));
    b.addRule(subscription({ name: 'other' }), async (event) => void other.push(event));
    b.putEvents([entry({ n: 'before' })]);
    now += 60_000;
    b.putEvents([entry({ n: 'inside' })]);
    now += 60_000;
    b.putEvents([entry({ n: 'after' })]);
    await waitFor(() => [bodies(audit).length, bodies(other).length], ([a, o]) => a === 3 && o === 3);

    const replayed = await b.replay({ from: new Date(Date.UTC(2024, 0, 1, 0, 1)), to: '2024-01-01T00:01:59Z', rule: 'audit', name: 'fix-1' });

    expect(replayed).toBe(1);
    await waitFor(() => bodies(audit).length, (n) => n === 4);
    const last = bodies(audit)[3];
    expect(last).toMatchObject({ detail: { n: 'inside' }, 'replay-name': 'fix-1' });
    expect(last?.id).toBe(bodies(audit)[1]?.id);
    await sleep(30);
    expect(bodies(other)).toHaveLength(3);
    await expect(b.replay({ from: 2, to: 1 })).rejects.toThrow(InvalidBusRequestError);
    await expect(b.replay({ from: 0, to: 1, rule: 'ghost' })).rejects.toThrow(UnknownRuleError);
    await expect(b.replay({ from: 0, to: 1, rule: 'ghost' })).rejects.toThrow('Rule ghost does not exist on EventBus aircraftops.');
  });

  it('dead-letters the poison event with its full payload and redrives it on demand', async () => {
    const b = bus();
    let healthy = false;
    const processed: EventBridgeEvent[] = [];
    b.addRule(subscription({ name: 'rm', maxReceiveCount: 2 }), async (event) => ({
      batchItemFailures: event.Records.flatMap((record) => {
        const body = JSON.parse(record.body) as EventBridgeEvent;
        if (body.detail.poison && !healthy) return [{ itemIdentifier: record.messageId }];
        processed.push(body);
        return [];
      }),
    }));
    const result = b.putEvents([entry({ n: 1 }), entry({ n: 2, poison: true }), entry({ n: 3 })]);
    const poisonId = (result.Entries[1] as { EventId: string }).EventId;

    const [dead] = await waitFor(() => b.listDeadLetters('rm'), (list) => list.length === 1);
    expect(JSON.parse(dead?.body ?? '')).toMatchObject({ id: poisonId, detail: { n: 2, poison: true } });
    expect(dead?.failure).toMatchObject({ rule: 'rm', receiveCount: 2, errorMessage: expect.any(String) });
    // Partial batch response: the healthy events of the batch were processed exactly once.
    expect(processed.map((event) => event.detail.n)).toEqual([1, 3]);

    healthy = true;
    expect(b.redrive('rm')).toBe(1);
    await waitFor(() => processed.length, (n) => n === 3);
    expect(processed[2]?.id).toBe(poisonId);
    expect(b.listDeadLetters('rm')).toEqual([]);
  });

  it('survives a restart mid-delivery: everything accepted is delivered, nothing deleted comes back', async () => {
    const delivered: string[] = [];
    const gate = deferred();
    const first = bus({ persistDir: dir });
    first.addRule(subscription({ name: 'rm', batchSize: 2, maximumConcurrency: 1 }), async (event) => {
      const ids = event.Records.map((r) => (JSON.parse(r.body) as EventBridgeEvent).id);
      if (delivered.length >= 2) await gate.promise; // hang the second batch: the "crash" happens mid-delivery
      delivered.push(...ids);
    });
    const accepted = [
      ...first.putEvents([entry({ n: 1 }), entry({ n: 2 })]).Entries,
      ...first.putEvents([entry({ n: 3 }), entry({ n: 4 }), entry({ n: 5 })]).Entries,
    ].map((e) => (e as { EventId: string }).EventId);
    await waitFor(() => first.describeRules()[0], (rule) => rule?.inFlight === 2 && delivered.length === 2);
    await first.close();
    gate.resolve();

    const second = bus({ persistDir: dir });
    const afterRestart: string[] = [];
    second.addRule(subscription({ name: 'rm', batchSize: 2, maximumConcurrency: 1 }), async (event) => {
      afterRestart.push(...event.Records.map((r) => (JSON.parse(r.body) as EventBridgeEvent).id));
    });
    await waitFor(() => afterRestart.length, (n) => n === 3);
    await sleep(30);

    expect(afterRestart).toEqual(accepted.slice(2));
    expect(new Set([...delivered.slice(0, 2), ...afterRestart])).toEqual(new Set(accepted));
    expect(second.archiveSize).toBe(5);
    expect(second.describeRules()[0]).toMatchObject({ available: 0, inFlight: 0, deadLetters: 0 });
    // The archive persisted too: a replay after the restart re-delivers all five.
    expect(await second.replay({ from: 0, to: Date.now() })).toBe(5);
    await waitFor(() => afterRestart.length, (n) => n === 8);
  });

  it('tells live listeners about every accepted event and stops after unsubscribe', () => {
    const b = bus();
    const seen: string[] = [];
    const off = b.onEvent((event) => seen.push(event['detail-type']));
    b.putEvents([entry({}, { DetailType: 'A' }), entry({}, { Detail: 'bad' })]);
    off();
    b.putEvents([entry({}, { DetailType: 'B' })]);
    expect(seen).toEqual(['A']);
  });
});
