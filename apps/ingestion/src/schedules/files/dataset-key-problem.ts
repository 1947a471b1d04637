/** S3's key limit; far above any sensible relative path in the local data folder. */
export const MAX_DATASET_KEY_LENGTH = 1024;

/**
 * Why `key` is not an acceptable dataset-store key, or `undefined` when it is. A key is a relative,
 * canonical path: it is joined to the data folder locally and used as an S3 key in the cloud, so
 * nothing in it may climb out of the folder or mean something else on another OS. Refused: empty,
 * too long, control characters (NUL included), backslashes, absolute paths (`/x`, `C:x`), and empty,
 * `.` or `..` segments.
 * @example
 * datasetKeyProblem('uploads/MASTER.txt'); // undefined
 * datasetKeyProblem('../etc/passwd'); // 'must not contain ".." segments'
 */
export const datasetKeyProblem = (key: string): string | undefined => {
  if (key.length === 0) return 'must not be empty';
  if (key.length > MAX_DATASET_KEY_LENGTH) return `must be at most ${MAX_DATASET_KEY_LENGTH} characters`;
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'must not contain control characters (NUL, newline, ...)';
  if (key.includes('\\')) return 'must use "/" separators, not backslashes';
  if (key.startsWith('/') || /^[A-Za-z]:/.test(key)) return 'must be a relative path in the dataset store, not an absolute one';
  const segments = key.split('/');
  if (segments.includes('..')) return 'must not contain ".." segments';
  if (segments.includes('.')) return 'must not contain "." segments';
  if (segments.includes('')) return 'must not contain empty segments ("//", or a leading or trailing "/")';
  return undefined;
};
