/**
 * What a consumer's answer means for each message of its batch.
 * `failed` holds message ids; `reason` becomes the DLQ error message when retries run out.
 */
export type BatchOutcome =
  | { readonly kind: 'success' }
  | { readonly kind: 'partial'; readonly failed: ReadonlySet<string>; readonly reason: string }
  | { readonly kind: 'failure'; readonly reason: string };

/**
 * Interprets a handler's return value as Lambda does with `ReportBatchItemFailures` on an SQS source:
 * no value, `{}`, or an empty/null `batchItemFailures` is complete success; listed ids are retried;
 * anything malformed (non-object answer, a non-array list, an empty, null or unknown `itemIdentifier`)
 * fails the whole batch.
 *
 * @example
 * ```ts
 * parseBatchResponse({ batchItemFailures: [{ itemIdentifier: 'm-2' }] }, ['m-1', 'm-2']);
 * // { kind: 'partial', failed: Set { 'm-2' }, reason: ... }
 * ```
 */
export function parseBatchResponse(response: unknown, messageIds: readonly string[]): BatchOutcome {
  if (response === undefined || response === null) return { kind: 'success' };
  if (typeof response !== 'object' || Array.isArray(response)) {
    return invalid(`expected an object or nothing, got ${describe(response)}`);
  }
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return { kind: 'success' };
  if (!Array.isArray(failures)) return invalid(`batchItemFailures must be an array, got ${describe(failures)}`);
  if (failures.length === 0) return { kind: 'success' };
  const known = new Set(messageIds);
  const failed = new Set<string>();
  for (const item of failures) {
    const id = typeof item === 'object' && item !== null ? (item as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    if (typeof id !== 'string' || id === '') {
      return invalid(`each batchItemFailures entry needs a non-empty string itemIdentifier, got ${JSON.stringify(item) ?? String(item)}`);
    }
    if (!known.has(id)) return invalid(`itemIdentifier "${id}" is not a messageId of this batch`);
    failed.add(id);
  }
  return { kind: 'partial', failed, reason: 'The consumer reported the message in batchItemFailures.' };
}

function invalid(detail: string): BatchOutcome {
  return { kind: 'failure', reason: `Invalid partial batch response: ${detail}.` };
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : typeof value;
}
