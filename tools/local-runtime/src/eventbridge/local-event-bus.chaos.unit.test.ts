import type { SQSEvent } from 'aws-lambda';

import { Chaos } from '../chaos';
import { waitFor } from '../queues/async.fixtures.test';
import { entry, matcher, subscription } from './bus.fixtures.test';
import type { EventBridgeEvent } from './event-bridge-event';
import { LocalEventBus } from './local-event-bus';

describe('LocalEventBus under chaos', () => {
  const buses: LocalEventBus[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.close()));
  });

  it('answers some entries with InternalFailure or ThrottlingException, as PutEvents does, and delivers only the accepted ones', async () => {
    const chaos = new Chaos({ rate: 0.3, seed: 'put' });
    // Fast retry: throttled batches (chaos hits consumers too) come back at once instead of after 30 s.
    const bus = new LocalEventBus({ matcher, chaos, retry: { baseDelayMs: 1 } });
    buses.push(bus);
    const delivered: string[] = [];
    bus.addRule(subscription({ name: 'rm' }), async (event: SQSEvent) => void delivered.push(...event.Records.map((r) => (JSON.parse(r.body) as EventBridgeEvent).id)));

    const results = Array.from({ length: 20 }, (_, n) => bus.putEvents([entry({ n: 2 * n }), entry({ n: 2 * n + 1 })]));

    const entries = results.flatMap((result) => result.Entries);
    const failed = entries.filter((e) => 'ErrorCode' in e);
    expect(results.reduce((sum, result) => sum + result.FailedEntryCount, 0)).toBe(failed.length);
    expect(failed.length).toBe(chaos.counts().putEventsFailure);
    expect(failed.length).toBeGreaterThan(0);
    for (const e of failed) {
      expect([
        { ErrorCode: 'InternalFailure', ErrorMessage: 'Internal Service Failure' },
        { ErrorCode: 'ThrottlingException', ErrorMessage: 'Rate exceeded' },
      ]).toContainEqual(e);
    }
    const accepted = entries.flatMap((e) => ('EventId' in e ? [e.EventId] : []));
    expect(bus.archiveSize).toBe(accepted.length);
    await waitFor(() => new Set(delivered).size, (n) => n === accepted.length);
    expect(new Set(delivered)).toEqual(new Set(accepted));
  });

  it('delivers some events to a queue twice, as separate messages with the same body', async () => {
    const chaos = new Chaos({ rate: 1, seed: 'dup' });
    // Only duplicates: at rate 1 every other fault would fire too, so the bus sees chaos through a wrapper.
    const onlyDuplicates = Object.assign(Object.create(chaos) as Chaos, { inject: (kind: string) => kind === 'duplicateDelivery' && chaos.inject('duplicateDelivery') });
    const bus = new LocalEventBus({ matcher, chaos: onlyDuplicates });
    buses.push(bus);
    const records: { messageId: string; id: string }[] = [];
    bus.addRule(subscription({ name: 'rm' }), async (event: SQSEvent) => {
      records.push(...event.Records.map((r) => ({ messageId: r.messageId, id: (JSON.parse(r.body) as EventBridgeEvent).id })));
    });

    const [result] = bus.putEvents([entry({ n: 1 })]).Entries;

    await waitFor(() => records.length, (n) => n === 2);
    expect(records.map((r) => r.id)).toEqual([(result as { EventId: string }).EventId, (result as { EventId: string }).EventId]);
    expect(new Set(records.map((r) => r.messageId)).size).toBe(2);
  });
});
