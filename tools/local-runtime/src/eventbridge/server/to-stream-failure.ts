import type { StoredMessage } from '../../queues/stored-message';
import type { OnFailureRecord } from '../../streams/on-failure-record';
import type { StreamFailure } from './streams-control';

/**
 * Parses an on-failure destination message into its AWS on-failure record. A body that is not a
 * JSON object with `requestContext` and `DDBStreamBatchInfo` comes back as `record: null` with the body.
 *
 * @example
 * ```ts
 * const failures = queue.peek().map(toStreamFailure);
 * ```
 */
export function toStreamFailure(message: Readonly<StoredMessage>): StreamFailure {
  const sentAt = new Date(message.sentTimestamp).toISOString();
  const record = parseRecord(message.body);
  return record ? { messageId: message.messageId, sentAt, record } : { messageId: message.messageId, sentAt, record: null, body: message.body };
}

function parseRecord(body: string): OnFailureRecord | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || !isObject(parsed['requestContext']) || !isObject(parsed['DDBStreamBatchInfo'])) return undefined;
  return parsed as unknown as OnFailureRecord;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
