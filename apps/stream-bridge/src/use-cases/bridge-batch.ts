import type { EventPublisher, FailedEntryOutcome } from '@aircraftops/events';

import type { ChangeOutcome, EventDraft } from '../domain';

/** Where the use case reports what it did; a Powertools `Logger` fits. */
export interface BridgeLogger {
  error(message: string, details: Record<string, unknown>): void;
  warn(message: string, details: Record<string, unknown>): void;
  debug(message: string, details: Record<string, unknown>): void;
}

/** What `bridgeBatch` needs; `R` is the record type (a Lambda `DynamoDBRecord` in the handler). */
export interface BridgeBatchPorts<R> {
  /** The record's `SequenceNumber`; throws when it has none (the batch then fails whole: it cannot be reported). */
  readonly sequenceNumberOf: (record: R, index: number) => string;
  /** Decodes and maps one record; throws when the record cannot be bridged. */
  readonly outcomeOf: (record: R) => ChangeOutcome;
  /** Publishes in order and halts on the first failure (`haltOnFailure`). */
  readonly publisher: Pick<EventPublisher, 'publish'>;
  readonly logger: BridgeLogger;
}

/** The first record that failed, and why. */
export interface BridgeFailure {
  readonly index: number;
  readonly sequenceNumber: string;
  readonly stage: 'map' | 'publish';
  readonly message: string;
}

/** The Lambda partial batch response plus what happened, for logs and tests. */
export interface BridgeBatchResult {
  readonly batchItemFailures: { readonly itemIdentifier: string }[];
  readonly publishedCount: number;
  readonly failure?: BridgeFailure;
}

const describePublishFailure = (failure: FailedEntryOutcome, draft: EventDraft): string =>
  `${draft.detailType}: ${failure.errorCode} after ${failure.attempts} attempt(s): ${failure.errorMessage}`;

/**
 * Bridges one stream batch, keeping per-shard order: maps records in order until one fails, publishes the
 * events of the records before it in order (halting at the first event that cannot be published), then
 * reports the lowest failed record and every record after it as `batchItemFailures` (by SequenceNumber), so
 * Lambda resumes exactly there. Records before it are never reported, hence never re-published; events of a
 * reported record that did go out are re-published with the same `eventId` (consumers deduplicate on it).
 * A failure is logged and reported, never swallowed; an unexpected publisher error propagates (whole batch
 * retried).
 *
 * @example
 * ```ts
 * const { batchItemFailures } = await bridgeBatch(event.Records, { sequenceNumberOf, outcomeOf, publisher, logger });
 * ```
 */
export const bridgeBatch = async <R>(records: readonly R[], ports: BridgeBatchPorts<R>): Promise<BridgeBatchResult> => {
  const { publisher, logger } = ports;
  // Every record must be reportable before anything is published (throws otherwise).
  const sequenceNumbers = records.map((record, index) => ports.sequenceNumberOf(record, index));

  const drafts: EventDraft[] = [];
  const ownerOf: number[] = [];
  let failure: BridgeFailure | undefined;
  for (const [index, record] of records.entries()) {
    let outcome: ChangeOutcome;
    try {
      outcome = ports.outcomeOf(record);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      failure = { index, sequenceNumber: sequenceNumbers[index] as string, stage: 'map', message: `${err.name}: ${err.message}` };
      logger.error('Stream record cannot be bridged; it and every later record of the batch are reported as failed', {
        sequenceNumber: failure.sequenceNumber,
        error: err,
      });
      break;
    }
    if (outcome.skipped) {
      const log = outcome.skipped.reason === 'no-contract' ? logger.warn : logger.debug;
      log.call(logger, `Stream record yields no event (${outcome.skipped.reason})`, {
        sequenceNumber: sequenceNumbers[index],
        detail: outcome.skipped.detail,
      });
    }
    for (const draft of outcome.events) {
      drafts.push(draft);
      ownerOf.push(index);
    }
  }

  const result = drafts.length > 0 ? await publisher.publish(drafts) : undefined;
  const firstPublishFailure = result?.failures[0];
  if (firstPublishFailure) {
    const index = ownerOf[firstPublishFailure.index] as number;
    const message = describePublishFailure(firstPublishFailure, drafts[firstPublishFailure.index] as EventDraft);
    logger.error('Event could not be published; its record and every later record of the batch are reported as failed', {
      sequenceNumber: sequenceNumbers[index],
      failedEvents: result.failures.length,
      reason: message,
    });
    // The mapping failure, if any, is later in the batch: the publish failure is the lowest.
    failure = { index, sequenceNumber: sequenceNumbers[index] as string, stage: 'publish', message };
  }

  return {
    batchItemFailures: failure ? sequenceNumbers.slice(failure.index).map((itemIdentifier) => ({ itemIdentifier })) : [],
    publishedCount: result?.publishedCount ?? 0,
    ...(failure ? { failure } : {}),
  };
};
