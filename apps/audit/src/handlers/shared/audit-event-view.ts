import type { AuditRecord } from '../../domain';

/** An audit record as the API returns it: `expiresAt` as an ISO instant instead of epoch seconds. */
export type AuditEventView = Omit<AuditRecord, 'expiresAt'> & { readonly expiresAt: string };

/**
 * @example
 * toAuditEventView(record).expiresAt; // '2032-11-21T14:03:27.000Z'
 */
export const toAuditEventView = ({ expiresAt, ...record }: AuditRecord): AuditEventView => ({
  ...record,
  expiresAt: new Date(expiresAt * 1000).toISOString(),
});
