import { InvalidPageTokenError, type Page, type PageRequest } from '../domain';

/** Offset pagination for the fakes; the token is opaque to use cases, as the real one is. */
export const pageOf = <T>(items: readonly T[], page: PageRequest): Page<T> => {
  const start = page.nextToken === undefined ? 0 : Number(Buffer.from(page.nextToken, 'base64url').toString());
  if (!Number.isSafeInteger(start) || start < 0) throw new InvalidPageTokenError('not an offset');
  const end = start + page.limit;
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { nextToken: Buffer.from(String(end)).toString('base64url') } : {}),
  };
};
