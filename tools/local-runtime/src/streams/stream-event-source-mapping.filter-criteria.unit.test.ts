import { testEventPattern } from '@aircraftops/events';

import type { FilterMatcher } from './filter-matcher';
import { createHarness } from './mapping-harness.fixtures.test';

// The real EventBridge matcher, as the local runtime wires it.
const match: FilterMatcher = testEventPattern;

describe('StreamEventSourceMapping filter criteria with the EventBridge matcher', () => {
  let harness: ReturnType<typeof createHarness> | undefined;
  afterEach(async () => {
    await harness?.mapping.stop();
    harness = undefined;
  });

  const deliveredKeys = (): (string | undefined)[] =>
    harness!.events.flatMap((event) => event.Records.map((r) => r.dynamodb?.Keys?.['PK']?.S));

  it('refuses a pattern the matcher rejects, as CreateEventSourceMapping does', () => {
    expect(() => createHarness({ match, settings: { filterPatterns: [{ dynamodb: { NewImage: 'not-an-array' } }] } })).toThrow(
      /Invalid filter pattern definition/,
    );
  });

  it('keeps records whose typed image matches, using the DynamoDB type descriptor', async () => {
    harness = createHarness({ match, settings: { filterPatterns: [{ dynamodb: { NewImage: { _et: { S: ['Aircraft'] } } } }] } });
    harness.stream.write('shard-0001', { pk: 'N1', attributes: { _et: 'Aircraft' } });
    harness.stream.write('shard-0001', { pk: 'J1', attributes: { _et: 'Job' } });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(deliveredKeys()).toEqual(['N1']);
  });

  it('does not match a pattern that leaves out the type descriptor (§6.3)', async () => {
    harness = createHarness({ match, settings: { filterPatterns: [{ dynamodb: { NewImage: { _et: ['Aircraft'] } } }] } });
    harness.stream.write('shard-0001', { pk: 'N1', attributes: { _et: 'Aircraft' } });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(harness.events).toEqual([]);
    expect(harness.mapping.stats().recordsFilteredOut).toBe(1);
  });

  it('selects only TTL deletions with the filter from the DynamoDB TTL docs', async () => {
    harness = createHarness({
      match,
      settings: { filterPatterns: [{ userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] } }] },
    });
    harness.stream.write('shard-0001', { pk: 'deleted-by-user', eventName: 'REMOVE' });
    harness.stream.write('shard-0001', { pk: 'expired', eventName: 'REMOVE', ttl: true });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(deliveredKeys()).toEqual(['expired']);
  });

  it('matches a prefix on a typed string and keeps records that match any of several patterns', async () => {
    harness = createHarness({
      match,
      settings: {
        filterPatterns: [{ dynamodb: { Keys: { PK: { S: [{ prefix: 'AIRCRAFT#' }] } } } }, { eventName: ['REMOVE'] }],
      },
    });
    harness.stream.write('shard-0001', { pk: 'AIRCRAFT#N1' });
    harness.stream.write('shard-0001', { pk: 'JOB#1' });
    harness.stream.write('shard-0001', { pk: 'JOB#2', eventName: 'REMOVE' });
    await harness.mapping.start();
    await harness.mapping.idle();

    expect(deliveredKeys()).toEqual(['AIRCRAFT#N1', 'JOB#2']);
  });
});
