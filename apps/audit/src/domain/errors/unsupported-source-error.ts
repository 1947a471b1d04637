import { AuditError } from './audit-error';

/**
 * An event whose `source` is not one of ours (`aircraftops.*`) reached the audit consumer: the
 * subscription's pattern should have kept it out, so it is a wiring bug, not an event to record.
 * @example
 * throw new UnsupportedSourceError('aws.s3');
 */
export class UnsupportedSourceError extends AuditError {
  override name = 'UnsupportedSourceError';

  constructor(readonly source: string) {
    super('audit.unsupportedSource', `Events from source "${source}" are not audited (only aircraftops.*)`);
  }
}
