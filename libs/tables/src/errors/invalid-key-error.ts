import { TablesError } from './tables-error';

/**
 * An identifier cannot become (part of) a key: wrong format for its kind, or the key it builds is
 * over DynamoDB's size limit. Thrown before any request is sent.
 * @example
 * aircraftKeys.primary('N123#MODEL'); // InvalidKeyError: nNumber must match ^[1-9][0-9A-Z]{0,4}$ ...
 */
export class InvalidKeyError extends TablesError {
  override name = 'InvalidKeyError';
  /** The input field that was rejected, e.g. `nNumber`. */
  readonly field: string;
  /** Why it was rejected, without the field name. */
  readonly reason: string;

  constructor(field: string, reason: string, options?: ErrorOptions) {
    super('tables.invalidKey', `${field} ${reason}`, { ...options, details: [{ field, message: reason }] });
    this.field = field;
    this.reason = reason;
  }
}
