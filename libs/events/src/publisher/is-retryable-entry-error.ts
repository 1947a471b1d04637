// Per-entry codes that describe the entry itself or our permissions: sending it again cannot help.
const PERMANENT_ENTRY_ERROR_CODES = new Set([
  'InvalidArgument',
  'MalformedDetail',
  'AccessDeniedException',
  'NotAuthorizedForSourceException',
  'NotAuthorizedForDetailTypeException',
]);

/**
 * Whether a PutEvents result entry's `ErrorCode` is worth a retry (`InternalFailure`, `ThrottlingException`
 * and any code we do not know) or permanent (`InvalidArgument`, `MalformedDetail`, authorisation errors).
 *
 * @example
 * ```ts
 * isRetryableEntryError('InternalFailure'); // true
 * isRetryableEntryError('MalformedDetail'); // false
 * ```
 */
export function isRetryableEntryError(errorCode: string): boolean {
  return !PERMANENT_ENTRY_ERROR_CODES.has(errorCode);
}
