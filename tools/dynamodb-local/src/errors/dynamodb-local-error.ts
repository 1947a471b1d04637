/** Every failure the launcher reports, so callers can branch on `code` instead of parsing messages. */
export type DynamoDbLocalErrorCode =
  | 'dynamodbLocal.javaNotFound'
  | 'dynamodbLocal.javaVersion'
  | 'dynamodbLocal.jarNotFound'
  | 'dynamodbLocal.portInUse'
  | 'dynamodbLocal.invalidOption'
  | 'dynamodbLocal.exitedEarly'
  | 'dynamodbLocal.startTimeout';

/**
 * Base class of the launcher's errors.
 * @example
 * try { await startDynamoDbLocal(); } catch (error) {
 *   if (isDynamoDbLocalError(error, 'dynamodbLocal.javaNotFound')) console.error(error.message);
 * }
 */
export class DynamoDbLocalError extends Error {
  override name = 'DynamoDbLocalError';
  readonly code: DynamoDbLocalErrorCode;

  constructor(code: DynamoDbLocalErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Structural guard (safe across duplicate copies of this package) for the launcher's errors.
 * @example
 * if (isDynamoDbLocalError(error, 'dynamodbLocal.portInUse')) retryOnAnotherPort();
 */
export const isDynamoDbLocalError = (error: unknown, code?: DynamoDbLocalErrorCode): error is DynamoDbLocalError => {
  const actual = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof actual === 'string' && actual.startsWith('dynamodbLocal.') && (code === undefined || actual === code);
};
