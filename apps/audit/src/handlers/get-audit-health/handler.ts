import { eventCatalog } from '@aircraftops/events';
import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { type AuditHealth, auditHealth, type ExportStatusReader, type RecentRecordCounter } from '../../domain';
import { auditTrail, exportStatusFromEnv } from '../../wiring';

/** Every detail-type of the catalog: the day buckets the last hour is counted in. */
const DETAIL_TYPES = [...new Set(eventCatalog.map((contract) => contract.detailType))];

/**
 * `GET /audit/health`: records in the last hour, the last analytics export, and which figures a function
 * cannot read (consumer lag, DLQ depth) and why.
 * @example
 * const handler = createGetAuditHealthHandler({ counter, exportsOf: () => status, now: () => new Date() });
 */
export const createGetAuditHealthHandler = (ports: {
  readonly counter: RecentRecordCounter;
  readonly exportsOf: () => ExportStatusReader;
  readonly now: () => Date;
}): HttpLambdaHandler<'auditor'> =>
  httpHandler({ role: 'auditor' }, (): Promise<AuditHealth> =>
    auditHealth({ counter: ports.counter, exports: ports.exportsOf(), detailTypes: DETAIL_TYPES, now: ports.now }),
  );

/** Lambda entry point (manifest route). */
export const handler = createGetAuditHealthHandler({ counter: auditTrail, exportsOf: exportStatusFromEnv, now: () => new Date() });
