import { IngestionError } from '../../domain/job';

/**
 * Opaque pagination tokens: base64url JSON of the store's cursor. A token that does not decode is a
 * caller error, reported as such rather than restarting from the first page.
 * @example
 * decodePageToken(encodePageToken({ a: 1 })); // { a: 1 }
 */
export const encodePageToken = (cursor: unknown): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** @example decodePageToken(undefined); // undefined */
export const decodePageToken = <T>(token: string | undefined): T | undefined => {
  if (token === undefined || token === '') return undefined;
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch (cause) {
    throw new IngestionError('ingestion.jobConflict', `invalid nextToken "${token.slice(0, 40)}"`, { cause });
  }
};
