import { routesOf, streamConsumersOf, subscriptionsOf } from '@aircraftops/declarations';
import { existsSync } from 'node:fs';

import { testEventPattern, validateEventPattern } from '@aircraftops/events';

import { aircraft, ingestionJob, jobCheckpoint, jobRowError, schedule } from './testing/entity-items.fixtures.test';
import { streamRecord } from './testing/stream-records.fixtures.test';
import { jobsStreamFilterPatterns, manifest } from './manifest';

const passesJobsFilter = (record: object) =>
  jobsStreamFilterPatterns.some((pattern) => testEventPattern(pattern, record as Parameters<typeof testEventPattern>[1]));

describe('manifest', () => {
  it('declares the two stream consumers with the documented cloud settings and an existing handler module', () => {
    expect(streamConsumersOf(manifest).map((consumer) => [consumer.name, consumer.table])).toEqual([
      ['stream-bridge-core', 'CoreTable'],
      ['stream-bridge-jobs', 'JobsTable'],
    ]);
    for (const consumer of streamConsumersOf(manifest)) {
      expect(consumer).toMatchObject({
        batchSize: 100,
        maximumBatchingWindowInSeconds: 5,
        parallelizationFactor: 10,
        maximumRetryAttempts: 3,
        bisectBatchOnFunctionError: true,
        reportBatchItemFailures: true,
        startingPosition: 'TRIM_HORIZON',
        handler: { export: 'handler' },
      });
      expect(existsSync(consumer.handler.module)).toBe(true);
    }
    expect(routesOf(manifest)).toEqual([]);
    expect(subscriptionsOf(manifest)).toEqual([]);
  });

  it('JobsTable filter patterns are valid and cut only row errors and checkpoints, REMOVE records included', () => {
    for (const pattern of jobsStreamFilterPatterns) validateEventPattern(pattern);
    const { _et: _dropped, ...withoutEt } = ingestionJob();

    expect({
      jobInsert: passesJobsFilter(streamRecord({ eventName: 'INSERT', table: 'JobsTable', newItem: ingestionJob() })),
      jobRemove: passesJobsFilter(streamRecord({ eventName: 'REMOVE', table: 'JobsTable', oldItem: ingestionJob() })),
      schedule: passesJobsFilter(streamRecord({ eventName: 'MODIFY', table: 'JobsTable', oldItem: schedule(), newItem: schedule() })),
      withoutEntityAttribute: passesJobsFilter(streamRecord({ eventName: 'INSERT', table: 'JobsTable', newItem: withoutEt })),
      rowErrorInsert: passesJobsFilter(streamRecord({ eventName: 'INSERT', table: 'JobsTable', newItem: jobRowError() })),
      rowErrorTtlRemove: passesJobsFilter(streamRecord({ eventName: 'REMOVE', table: 'JobsTable', oldItem: jobRowError(), ttl: true })),
      checkpoint: passesJobsFilter(streamRecord({ eventName: 'MODIFY', table: 'JobsTable', oldItem: jobCheckpoint(), newItem: jobCheckpoint() })),
    }).toEqual({
      jobInsert: true,
      jobRemove: true,
      schedule: true,
      withoutEntityAttribute: true,
      rowErrorInsert: false,
      rowErrorTtlRemove: false,
      checkpoint: false,
    });
  });

  it('declares no filter on CoreTable, where every entity yields events', () => {
    expect(streamConsumersOf(manifest)[0]?.filterPatterns).toBeUndefined();
    expect(passesJobsFilter(streamRecord({ eventName: 'INSERT', newItem: aircraft() }))).toBe(true);
  });
});
