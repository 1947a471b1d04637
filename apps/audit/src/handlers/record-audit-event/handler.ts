import { type BatchHandlerOptions, createLogger, serviceNameFromEnv, sqsBatchHandler, type SqsLambdaHandler } from '@aircraftops/lambda-kit';

import { recordAuditEvent, type RecordAuditEventPorts } from '../../domain';
import { auditTrail, retentionFromEnv } from '../../wiring';

/**
 * The `audit-all-events` consumer: each SQS message is one EventBridge event, recorded once in the
 * audit trail. A message that cannot be recorded (bad envelope, detail rejected by its contract,
 * store failure) is reported as a batch item failure: SQS retries it, then keeps it in the DLQ.
 * @example
 * const handler = createRecordAuditEventHandler({ store: inMemoryStore, now: () => new Date() });
 */
export const createRecordAuditEventHandler = (ports: RecordAuditEventPorts, options: BatchHandlerOptions = {}): SqsLambdaHandler => {
  const logger = options.logger ?? createLogger(serviceNameFromEnv('audit'));
  return sqsBatchHandler(async (message) => {
    const { record, outcome } = await recordAuditEvent(message.body, ports);
    const context = { messageId: message.messageId, eventId: record.eventId, detailType: record.detailType };
    if (record.schemaStatus === 'unknown') logger.warn('Recorded an event the catalog does not know', { ...context, source: record.source });
    if (outcome === 'duplicate') logger.info('Event already recorded; redelivery ignored', context);
  }, { logger });
};

/** Lambda entry point (manifest subscription `audit-all-events`). */
export const handler = createRecordAuditEventHandler({ store: auditTrail, now: () => new Date(), retention: retentionFromEnv });
