import { scheduleKeys } from '@aircraftops/tables';

import { InvalidScheduleError } from '../errors';

const KEY_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK'] as const;
const MAX_TOKEN_LENGTH = 12_000;
const FIELD = 'query.nextToken';

const invalid = (reason: string, cause?: unknown): InvalidScheduleError =>
  new InvalidScheduleError(FIELD, `is not a token of the schedule list: ${reason}`, cause === undefined ? undefined : { cause });

/**
 * The opaque `nextToken` of a schedule page: DynamoDB's `LastEvaluatedKey`, JSON in base64url.
 * @example
 * encodeSchedulePageToken({ PK: 'SCHEDULE#s1', SK: 'SCHEDULE', GSI1PK: 'SCHEDULES', GSI1SK: '…#s1' });
 */
export const encodeSchedulePageToken = (key: Record<string, unknown> | undefined): string | undefined =>
  key === undefined ? undefined : Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * The `ExclusiveStartKey` a token stands for: exactly the four key attributes, strings, in the
 * schedules partition of GSI1. Anything else is a 400 on `query.nextToken`, never a DynamoDB error
 * or a page of another partition.
 * @example
 * decodeSchedulePageToken(encodeSchedulePageToken(lastKey) as string);
 */
export const decodeSchedulePageToken = (token: string): Record<string, string> => {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) throw invalid('not base64url');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (error) {
    throw invalid('not an encoded key', error);
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalid('not an encoded key');
  const values = key as Record<string, unknown>;
  const names = Object.keys(values);
  if (names.length !== KEY_ATTRIBUTES.length || !KEY_ATTRIBUTES.every((name) => typeof values[name] === 'string')) {
    throw invalid('not an encoded key');
  }
  if (values['GSI1PK'] !== scheduleKeys.duePartition) throw invalid('it belongs to another list');
  return values as Record<string, string>;
};
