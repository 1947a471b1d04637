import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/** Structural check: works whichever copy of the SDK threw it. */
export const isConditionalCheckFailed = (error: unknown): error is Error & { Item?: Record<string, AttributeValue> } =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * The item returned with `ReturnValuesOnConditionCheckFailure: ALL_OLD`. It arrives in wire format
 * even through the DocumentClient (which does not unmarshall errors), hence `unmarshall`.
 */
export const oldItemOf = (error: { Item?: Record<string, AttributeValue> }): Record<string, unknown> | undefined =>
  error.Item === undefined ? undefined : unmarshall(error.Item);
