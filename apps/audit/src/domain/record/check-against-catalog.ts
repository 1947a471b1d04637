import { findContract } from '@aircraftops/events';

import type { SchemaStatus } from './audit-record';

/**
 * Validates `detail` against its catalog contract. A detail-type, or an event version, that the
 * catalog does not know is `unknown` (recorded and flagged: audit must not lose events); a known
 * contract that rejects the detail throws, so the message fails and ends in the DLQ.
 * @throws EventValidationError naming every failing path.
 * @example
 * checkAgainstCatalog('aircraftops.aircraft', 'AircraftRegistered', detail); // 'valid'
 */
export const checkAgainstCatalog = (source: string, detailType: string, detail: Readonly<Record<string, unknown>>): SchemaStatus => {
  const contract = findContract(source, detailType);
  if (contract === undefined || eventVersionOf(detail) !== contract.version) return 'unknown';
  contract.parse(detail);
  return 'valid';
};

// A newer version of a known detail-type is a contract this consumer has not seen yet, not a bad event.
const eventVersionOf = (detail: Readonly<Record<string, unknown>>): unknown => {
  const metadata = detail['metadata'];
  return typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>)['eventVersion'] : undefined;
};
