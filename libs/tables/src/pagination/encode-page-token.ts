/**
 * The opaque token of the next page: DynamoDB's `LastEvaluatedKey` as base64url JSON (the key is a
 * map of strings, so JSON copies it faithfully). No key, no token: that was the last page. Any JSON
 * object is accepted, so an app can wrap a key with its own list state (see `parsePageToken`).
 * @example
 * encodePageToken({ PK: 'AIRCRAFT#1', SK: 'AIRCRAFT', GSI2PK: 'MODEL#2072738', GSI2SK: 'AIRCRAFT#1' }); // 'eyJQSyI6…'
 * encodePageToken(undefined); // undefined
 */
export function encodePageToken(lastEvaluatedKey: Readonly<Record<string, unknown>>): string;
export function encodePageToken(lastEvaluatedKey: Readonly<Record<string, unknown>> | undefined): string | undefined;
export function encodePageToken(lastEvaluatedKey: Readonly<Record<string, unknown>> | undefined): string | undefined {
  return lastEvaluatedKey === undefined ? undefined : Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');
}
