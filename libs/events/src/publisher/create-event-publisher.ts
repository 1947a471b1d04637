import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { EventBridgeClient, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';

import { EventTooLargeError } from './errors/event-too-large-error';
import { PublishFailedError } from './errors/publish-failed-error';
import { fullJitterDelay } from './full-jitter-delay';
import { isRetryableEntryError } from './is-retryable-entry-error';
import { isRetryableRequestError } from './is-retryable-request-error';
import { MAX_REQUEST_BYTES } from './limits';
import { planRequests } from './plan-requests';
import type { EntryOutcome, FailedEntryOutcome, PublishEntry, PublishResult } from './publish-types';
import { putEventsEntrySize } from './put-events-entry-size';
import { toRequestEntry } from './to-request-entry';

/** Settings of `createEventPublisher`. */
export interface EventPublisherOptions {
  readonly client: EventBridgeClient;
  readonly eventBusName: string;
  /** PutEvents calls per entry, the first included (default 4). */
  readonly maxAttempts?: number;
  /** Backoff ceiling of the first retry; doubles per retry (default 100 ms). */
  readonly baseDelayMs?: number;
  /** Upper bound of the backoff ceiling (default 5,000 ms). */
  readonly maxDelayMs?: number;
  /** Injected in tests so retries do not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1) (default Math.random). */
  readonly random?: () => number;
  /**
   * Stop after the first step that leaves an entry unpublished and report the rest as `NotAttempted`.
   * For callers that will redeliver everything after the first failure anyway (a stream bridge resuming from the
   * lowest failed sequence number): publishing later events would only put them on the bus out of order.
   * Default false: every entry is tried.
   */
  readonly haltOnFailure?: boolean;
}

/** Publishes domain events to one EventBridge bus. */
export interface EventPublisher {
  /** Publishes every entry it can; never throws for entry or request failures, reports them per entry. */
  publish(entries: readonly PublishEntry[]): Promise<PublishResult>;
  /** Like `publish`, but throws `PublishFailedError` (carrying the result) unless every entry was published. */
  publishOrThrow(entries: readonly PublishEntry[]): Promise<PublishResult>;
}

interface Failure {
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly error?: Error;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Creates the PutEvents publisher: requests of ≤ 10 entries and ≤ 256 KB, sent one after the other in input
 * order; every result entry checked (what `FailedEntryCount` counts), and only failed entries resent, with
 * exponential backoff and full jitter, up to `maxAttempts`; a whole call that throws (throttling, network) is
 * retried the same way. Nothing is dropped: each input entry ends published or failed in the result.
 *
 * @example
 * ```ts
 * const publisher = createEventPublisher({ client: new EventBridgeClient({}), eventBusName: 'aircraftops' });
 * const result = await publisher.publish([{ source: AIRCRAFT_SOURCE, detailType: 'AircraftRegistered', detail }]);
 * const batchItemFailures = result.failures.map((f) => ({ itemIdentifier: records[f.index].dynamodb.SequenceNumber }));
 * ```
 */
export function createEventPublisher(options: EventPublisherOptions): EventPublisher {
  const {
    client,
    eventBusName,
    maxAttempts = 4,
    baseDelayMs = 100,
    maxDelayMs = 5_000,
    sleep = defaultSleep,
    random = Math.random,
    haltOnFailure = false,
  } = options;
  if (!eventBusName) throw new RangeError('createEventPublisher: eventBusName is empty');
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`createEventPublisher: maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  if (!(baseDelayMs >= 0) || !(maxDelayMs >= 0)) {
    throw new RangeError(`createEventPublisher: delays must be >= 0 ms, got base ${baseDelayMs}, max ${maxDelayMs}`);
  }

  async function publish(entries: readonly PublishEntry[]): Promise<PublishResult> {
    const outcomes: EntryOutcome[] = [];
    const failed = (index: number, attempts: number, failure: Failure) => {
      outcomes[index] = { status: 'failed', index, attempts, ...failure };
    };
    let requestCount = 0;

    const requests: (PutEventsRequestEntry | undefined)[] = entries.map((entry, index) => {
      try {
        return toRequestEntry(entry, index, eventBusName);
      } catch (error) {
        failed(index, 0, { errorCode: 'InvalidEntry', errorMessage: (error as Error).message, error: error as Error });
        return undefined;
      }
    });

    // Invalid entries are planned as 0 bytes and skipped when sent: keeping them in the plan keeps halting in order.
    const steps = planRequests(requests.map((request) => (request ? putEventsEntrySize(request) : 0)));

    async function sendWithRetries(indices: readonly number[]): Promise<void> {
      let pending = indices;
      for (let attempt = 1; pending.length > 0; attempt += 1) {
        const retry: number[] = [];
        const failures = new Map<number, Failure>();
        try {
          requestCount += 1;
          const response = await client.send(
            new PutEventsCommand({ Entries: pending.map((index) => requests[index] as PutEventsRequestEntry) }),
          );
          const results = response.Entries ?? [];
          pending.forEach((index, position) => {
            const result = results[position];
            if (result?.EventId && !result.ErrorCode) {
              outcomes[index] = { status: 'published', index, eventId: result.EventId, attempts: attempt };
              return;
            }
            // An entry with neither EventId nor ErrorCode is never assumed published.
            const failure: Failure = result?.ErrorCode
              ? { errorCode: result.ErrorCode, errorMessage: result.ErrorMessage ?? '' }
              : { errorCode: 'MissingResultEntry', errorMessage: `PutEvents returned no result for entry ${index}` };
            failures.set(index, failure);
            if (isRetryableEntryError(failure.errorCode)) retry.push(index);
            else failed(index, attempt, failure);
          });
        } catch (error) {
          const err = error instanceof Error ? error : new Error(String(error));
          const failure: Failure = { errorCode: err.name, errorMessage: err.message, error: err };
          for (const index of pending) {
            failures.set(index, failure);
            if (isRetryableRequestError(error)) retry.push(index);
            else failed(index, attempt, failure);
          }
        }
        if (retry.length > 0 && attempt >= maxAttempts) {
          for (const index of retry) failed(index, attempt, failures.get(index) as Failure);
          return;
        }
        if (retry.length > 0) await sleep(fullJitterDelay(attempt, baseDelayMs, maxDelayMs, random));
        pending = retry;
      }
    }

    let halted = false;
    for (const step of steps) {
      const indices = step.kind === 'request' ? step.indices : [step.index];
      if (halted) {
        for (const index of indices) {
          outcomes[index] ??= {
            status: 'failed',
            index,
            attempts: 0,
            errorCode: 'NotAttempted',
            errorMessage: 'not sent: an earlier entry failed and the publisher halts on failure',
          };
        }
        continue;
      }
      if (step.kind === 'tooLarge') {
        const entry = entries[step.index] as PublishEntry;
        const error = new EventTooLargeError(step.index, entry.source, entry.detailType, step.bytes, MAX_REQUEST_BYTES);
        failed(step.index, 0, { errorCode: 'EventTooLarge', errorMessage: error.message, error });
      } else {
        await sendWithRetries(step.indices.filter((index) => requests[index] !== undefined));
      }
      halted = haltOnFailure && indices.some((index) => outcomes[index]?.status === 'failed');
    }

    const failures = outcomes.filter((outcome): outcome is FailedEntryOutcome => outcome.status === 'failed');
    return { entries: outcomes, failures, publishedCount: outcomes.length - failures.length, requestCount };
  }

  return {
    publish,
    async publishOrThrow(entries) {
      const result = await publish(entries);
      if (result.failures.length > 0) throw new PublishFailedError(result);
      return result;
    },
  };
}
