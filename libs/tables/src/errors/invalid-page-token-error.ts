import { TablesError } from './tables-error';

/**
 * A page token that no page of this list handed out: not one the codec wrote, edited, or issued by
 * another list (other partition, index or sort-key range). Thrown before the key reaches DynamoDB,
 * which would otherwise fail with a ValidationException or, worse, page through another partition.
 * @example
 * decodePageToken(token, coreQueries.aircraftOfModel('2072738'), 'query.nextToken');
 * // InvalidPageTokenError: query.nextToken is not a token of this list: it belongs to another list
 */
export class InvalidPageTokenError extends TablesError {
  override name = 'InvalidPageTokenError';
  /** The input field that held the token, e.g. `query.nextToken`. */
  readonly field: string;
  /** Why it was rejected, without the field name. */
  readonly reason: string;

  constructor(field: string, reason: string, options?: ErrorOptions) {
    super('tables.invalidPageToken', `${field} is not a token of this list: ${reason}`, { ...options, details: [{ field, message: `is not a token of this list: ${reason}` }] });
    this.field = field;
    this.reason = reason;
  }
}
