import type { DynamoDBStreamEvent } from 'aws-lambda';

import type { CheckpointStore } from './checkpoint-store';
import type { Clock } from './clock';
import { FAKE_STREAM_ARN, FakeStream, fakeMatch } from './fake-streams.fixtures.test';
import type { FilterMatcher } from './filter-matcher';
import { InMemoryCheckpointStore } from './in-memory-checkpoint-store';
import type { StreamMappingLogger } from './logger';
import type { OnFailureRecord } from './on-failure-record';
import { DEFAULT_STREAM_MAPPING_SETTINGS, type StreamMappingSettings } from './settings';
import { StreamEventSourceMapping } from './stream-event-source-mapping';

export interface HarnessOptions {
  readonly settings?: Partial<StreamMappingSettings>;
  readonly stream?: FakeStream;
  readonly checkpoints?: CheckpointStore;
  readonly clock?: Clock;
  readonly invoke?: (event: DynamoDBStreamEvent, call: number) => Promise<unknown>;
  readonly onFailure?: (record: OnFailureRecord) => Promise<void>;
  readonly backoffMs?: number;
  readonly name?: string;
  readonly streamArn?: string;
  readonly match?: FilterMatcher;
  readonly pollIntervalMs?: number;
}

/** A mapping over a {@link FakeStream}, recording what the function and the destination received. */
export const createHarness = (options: HarnessOptions = {}) => {
  const stream = options.stream ?? new FakeStream();
  const checkpoints = options.checkpoints ?? new InMemoryCheckpointStore();
  const events: DynamoDBStreamEvent[] = [];
  const failures: OnFailureRecord[] = [];
  const logs: { level: string; message: string }[] = [];
  const log =
    (level: string) =>
    (message: string): void => {
      logs.push({ level, message });
    };
  const logger: StreamMappingLogger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  const mapping = new StreamEventSourceMapping({
    name: options.name ?? 'test-mapping',
    streamsClient: stream,
    streamArn: options.streamArn ?? FAKE_STREAM_ARN,
    region: 'eu-west-1',
    settings: { ...DEFAULT_STREAM_MAPPING_SETTINGS, batchSize: 10, ...options.settings },
    invoke: async (event) => {
      events.push(structuredClone(event));
      return options.invoke ? options.invoke(event, events.length) : undefined;
    },
    onFailure: async (record) => {
      if (options.onFailure) await options.onFailure(record);
      failures.push(record);
    },
    checkpoints,
    match: options.match ?? fakeMatch,
    pollIntervalMs: options.pollIntervalMs ?? 5,
    discoveryIntervalMs: 20,
    retryBackoff: { initialMs: options.backoffMs ?? 1, maxMs: options.backoffMs ?? 1 },
    ...(options.clock ? { clock: options.clock } : {}),
    logger,
  });
  /** Sequence numbers of every invocation, in call order. */
  const batches = (): string[][] => events.map((event) => event.Records.map((r) => r.dynamodb?.SequenceNumber ?? '?'));
  return { stream, checkpoints, mapping, events, failures, logs, batches };
};

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current = Date.parse('2025-06-01T12:00:00Z')) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** Polls `condition` until it holds, failing after `timeoutMs`. */
export const waitFor = async (condition: () => boolean, timeoutMs = 5_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
