import { AuditError } from './audit-error';

/**
 * Another recorder kept moving the entity's chain head between this recorder's read and its conditional
 * append, every attempt. Nothing was written; failing lets SQS redeliver the event later.
 * @example
 * throw new ChainContentionError('ENTITY#Aircraft#12345', 5);
 */
export class ChainContentionError extends AuditError {
  override name = 'ChainContentionError';

  constructor(
    readonly entity: string,
    readonly attempts: number,
  ) {
    super('audit.chainContention', `The chain head of ${entity} moved during each of ${attempts} append attempts; the event was not recorded`);
  }
}
