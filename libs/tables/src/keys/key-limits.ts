import { InvalidKeyError } from '../errors';

/** DynamoDB's limits on key attribute values, in UTF-8 bytes (the same for GSI keys). */
export const KEY_LIMITS = { partition: 2048, sort: 1024 } as const;

/**
 * Returns `key` if it fits DynamoDB's limit for its kind, else throws `InvalidKeyError` naming `field`,
 * the input that made it too long. Checked here so the caller gets a precise error instead of a
 * `ValidationException` from the service.
 * @example
 * assertKeySize(`DEREG#2020-01-01#${serial}`, 'sort', 'serialNumber');
 */
export const assertKeySize = (key: string, kind: keyof typeof KEY_LIMITS, field: string): string => {
  const bytes = Buffer.byteLength(key, 'utf8');
  if (bytes > KEY_LIMITS[kind]) {
    throw new InvalidKeyError(
      field,
      `makes a ${kind} key of ${bytes} bytes (UTF-8); DynamoDB allows at most ${KEY_LIMITS[kind]}`,
    );
  }
  return key;
};
