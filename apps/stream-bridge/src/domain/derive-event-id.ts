import { createHash } from 'node:crypto';

/**
 * The event id of the `detailType` event a stream record yields: a hash of the record's `eventID` and the
 * detail-type, so a redelivered record yields the same id (consumers deduplicate on it) and two events of one
 * record could never collide.
 *
 * @example
 * ```ts
 * deriveEventId('c4ca4238a0b923820dcc509a6f75849b', 'AircraftRegistered'); // 32 hex characters, always the same
 * ```
 */
export const deriveEventId = (recordId: string, detailType: string): string =>
  createHash('sha256').update(`${recordId}\u0000${detailType}`).digest('hex').slice(0, 32);
