import { AircraftUpdated, type DetailOf, EventValidationError } from '@aircraftops/event-contracts';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

import { saveIfNewer } from './fleet-store';

/**
 * Validates each AircraftUpdated with the contracts package and saves it; reports only the failed messages.
 * @example
 * const { batchItemFailures } = await handler(sqsEvent); // [] when every message was handled
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const envelope = JSON.parse(record.body) as { detail: unknown };
      const detail: DetailOf<typeof AircraftUpdated> = AircraftUpdated.parse(envelope.detail);
      await saveIfNewer(detail);
    } catch (error) {
      // A contract violation is retried like any failure and ends in the DLQ: nothing is dropped silently.
      if (error instanceof EventValidationError) console.error(JSON.stringify({ message: error.message, issues: error.issues, messageId: record.messageId }));
      else console.error(error);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
