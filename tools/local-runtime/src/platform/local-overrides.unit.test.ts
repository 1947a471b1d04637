import { WARM_UP_KEY } from '@aircraftops/dynamodb-local';
import type { FunctionDeclaration, StreamConsumerDeclaration } from '@aircraftops/declarations';
import { testEventPattern } from '@aircraftops/events';

import { localBatchingWindowMs, localStreamOverrides } from './local-overrides';

const declaration = (filterPatterns?: StreamConsumerDeclaration['filterPatterns']): StreamConsumerDeclaration => ({
  name: 'c',
  description: 'test',
  table: 'CoreTable',
  handler: { module: 'm', export: 'handler' },
  function: {} as FunctionDeclaration,
  batchSize: 100,
  maximumBatchingWindowInSeconds: 5,
  parallelizationFactor: 10,
  maximumRetryAttempts: 3,
  maximumRecordAgeInSeconds: 3600,
  bisectBatchOnFunctionError: true,
  reportBatchItemFailures: true,
  startingPosition: 'TRIM_HORIZON',
  filterPatterns,
});

const record = (pk: string, entity: string) => ({
  eventName: 'INSERT',
  dynamodb: { Keys: { PK: { S: pk }, SK: { S: 'X' } }, NewImage: { PK: { S: pk }, _et: { S: entity } } },
});

const passes = (patterns: readonly Readonly<Record<string, unknown>>[], event: Readonly<Record<string, unknown>>): boolean =>
  patterns.some((pattern) => testEventPattern(pattern, event));

describe('localStreamOverrides', () => {
  it('runs every declared setting, the lanes included', () => {
    const local = localStreamOverrides(declaration());
    expect(local.parallelizationFactor).toBe(10);
    expect(local.maximumBatchingWindowInSeconds).toBe(5);
  });

  it('shortens the batching window to 500 ms by default, runs the declared one when asked, never a longer one', () => {
    expect(localBatchingWindowMs(declaration())).toBe(500);
    expect(localBatchingWindowMs(declaration(), { batchingWindowMs: 'declared' })).toBe(5000);
    expect(localBatchingWindowMs(declaration(), { batchingWindowMs: 0 })).toBe(0);
    expect(localBatchingWindowMs(declaration(), { batchingWindowMs: 60_000 })).toBe(5000);
    expect(localBatchingWindowMs({ ...declaration(), maximumBatchingWindowInSeconds: 0 })).toBe(0);
  });

  it('filters out the warm-up writes when nothing else is filtered', () => {
    const { filterPatterns = [] } = localStreamOverrides(declaration());
    expect(passes(filterPatterns, record(WARM_UP_KEY, 'x'))).toBe(false);
    expect(passes(filterPatterns, record('AIRCRAFT#1', 'Aircraft'))).toBe(true);
  });

  it('keeps every declared filter and adds the warm-up exclusion to each', () => {
    const { filterPatterns = [] } = localStreamOverrides(
      declaration([{ dynamodb: { NewImage: { _et: { S: ['Aircraft'] } } } }, { eventName: ['REMOVE'] }]),
    );
    expect(filterPatterns).toHaveLength(2);
    expect(passes(filterPatterns, record('AIRCRAFT#1', 'Aircraft'))).toBe(true);
    expect(passes(filterPatterns, record('MODEL#1', 'AircraftModel'))).toBe(false);
    expect(passes(filterPatterns, record(WARM_UP_KEY, 'Aircraft'))).toBe(false);
  });
});
