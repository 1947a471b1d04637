/** How the ESM reads a function's return value (esm-semantics.md §4). */
export type BatchResponseVerdict =
  | { readonly kind: 'success' }
  /** Records from `firstFailedIndex` on are retried; those before it are done. */
  | { readonly kind: 'partial'; readonly firstFailedIndex: number }
  /** The response cannot be honoured: the whole batch failed. */
  | { readonly kind: 'invalid'; readonly reason: string };

const SUCCESS: BatchResponseVerdict = { kind: 'success' };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Interprets a handler's return value for a batch whose records carry `sequenceNumbers` (in order).
 *
 * - Without ReportBatchItemFailures the value is ignored (§4.1).
 * - `undefined`, `null`, `{}`, `[]`, `{batchItemFailures: []}` or `{batchItemFailures: null}` are a
 *   complete success (§4.4).
 * - An itemIdentifier that is not a non-empty string, or an item without the `itemIdentifier` key,
 *   fails the whole batch (§4.5). So does a well-formed identifier that names no record of the batch
 *   and any other shape, such as a string response (§4.6, inferred: nothing is dropped on a guess).
 * - Otherwise the batch resumes from the lowest failed sequence number (§4.3).
 * @example
 * interpretBatchResponse({ batchItemFailures: [{ itemIdentifier: '2' }] }, ['1', '2', '3'], true);
 * // { kind: 'partial', firstFailedIndex: 1 }
 */
export const interpretBatchResponse = (
  response: unknown,
  sequenceNumbers: readonly string[],
  reportBatchItemFailures: boolean,
): BatchResponseVerdict => {
  if (!reportBatchItemFailures || response === undefined || response === null) return SUCCESS;
  if (Array.isArray(response)) {
    return response.length === 0 ? SUCCESS : { kind: 'invalid', reason: 'the response is a non-empty array' };
  }
  if (!isPlainObject(response)) return { kind: 'invalid', reason: `the response is a ${typeof response}, not an object` };
  const failures = response['batchItemFailures'];
  if (failures === undefined || failures === null) return SUCCESS;
  if (!Array.isArray(failures)) return { kind: 'invalid', reason: 'batchItemFailures is not an array' };
  if (failures.length === 0) return SUCCESS;

  let firstFailedIndex = Number.POSITIVE_INFINITY;
  for (const failure of failures as unknown[]) {
    if (!isPlainObject(failure) || !('itemIdentifier' in failure))
      return { kind: 'invalid', reason: `batch item failure ${JSON.stringify(failure)} has no itemIdentifier` };
    const identifier = failure['itemIdentifier'];
    if (typeof identifier !== 'string' || identifier === '')
      return { kind: 'invalid', reason: `itemIdentifier ${JSON.stringify(identifier)} is not a non-empty string` };
    const index = sequenceNumbers.indexOf(identifier);
    if (index < 0) return { kind: 'invalid', reason: `itemIdentifier ${identifier} is not a sequence number of this batch` };
    firstFailedIndex = Math.min(firstFailedIndex, index);
  }
  return { kind: 'partial', firstFailedIndex };
};
