import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/**
 * Whether `error` is DynamoDB's `ConditionalCheckFailedException`. Structural (by name), so it works
 * whichever copy of the SDK threw it; the returned `Item` (with `ReturnValuesOnConditionCheckFailure`)
 * is in wire format: read it with {@link oldItemOf}.
 * @example
 * try { await put.send(); } catch (error) { if (isConditionalCheckFailed(error)) throw new MyConflictError({ cause: error }); throw error; }
 */
export const isConditionalCheckFailed = (error: unknown): error is Error & { Item?: Record<string, AttributeValue> } =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * The item returned with `ReturnValuesOnConditionCheckFailure: ALL_OLD`. It arrives in wire format
 * even through the DocumentClient (which does not unmarshall errors), hence `unmarshall`.
 * @example
 * if (isConditionalCheckFailed(error)) console.log(oldItemOf(error)?.['version']);
 */
export const oldItemOf = (error: { Item?: Record<string, AttributeValue> }): Record<string, unknown> | undefined =>
  error.Item === undefined ? undefined : unmarshall(error.Item);
