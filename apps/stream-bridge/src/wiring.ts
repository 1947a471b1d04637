import { InvalidBatchError } from '@aircraftops/lambda-kit';
import type { EventPublisher } from '@aircraftops/events';
import type { DynamoDBRecord } from 'aws-lambda';

import { decodeStreamRecord } from './adapters';
import type { BridgedTable } from './adapters';
import { mapChange } from './domain';
import type { ChangeOutcome } from './domain';
import { bridgeBatch } from './use-cases';
import type { BridgeBatchResult, BridgeLogger } from './use-cases';

/** What the composition root needs. */
export interface StreamBridgeDependencies {
  /** The bridged tables, or how to read them per batch (from the current function's environment). */
  readonly tables: readonly BridgedTable[] | (() => readonly BridgedTable[]);
  readonly publisher: Pick<EventPublisher, 'publish'>;
  readonly logger: BridgeLogger;
}

const sequenceNumberOf = (record: DynamoDBRecord, index: number): string => {
  const sequenceNumber = record.dynamodb?.SequenceNumber;
  if (!sequenceNumber) {
    throw new InvalidBatchError(`Stream record ${index} (eventID ${record.eventID ?? 'unknown'}) has no dynamodb.SequenceNumber`);
  }
  return sequenceNumber;
};

/**
 * Composes the stream bridge: Lambda records → `decodeStreamRecord` → `mapChange` → publisher, through the
 * `bridgeBatch` use case.
 *
 * @example
 * ```ts
 * const bridge = createStreamBridge({ tables: () => bridgedTablesFromEnv(), publisher: eventPublisherFromEnv(), logger });
 * const { batchItemFailures } = await bridge(event.Records);
 * ```
 */
export const createStreamBridge = ({ tables, publisher, logger }: StreamBridgeDependencies) => {
  // Read once where the bridge is built (a cold start): a function given neither table fails there, naming both variables.
  if (typeof tables === 'function') tables();
  return (records: readonly DynamoDBRecord[]): Promise<BridgeBatchResult> => {
    if (!Array.isArray(records)) throw new InvalidBatchError('Stream event has no Records array');
    const bridged = typeof tables === 'function' ? tables() : tables;
    return bridgeBatch(records, {
      sequenceNumberOf,
      outcomeOf: (record): ChangeOutcome => {
        const decoded = decodeStreamRecord(record, bridged);
        return decoded.kind === 'skipped' ? decoded.outcome : mapChange(decoded.change);
      },
      publisher,
      logger,
    });
  };
};
