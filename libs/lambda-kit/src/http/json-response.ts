import type { HttpResponse } from './http-event';

/**
 * A JSON response; `body === undefined` gives an empty body (for 204).
 *
 * @example
 * jsonResponse(201, { nNumber: 'N12345' }, { location: '/aircraft/N12345' });
 */
export const jsonResponse = (
  statusCode: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): HttpResponse =>
  body === undefined
    ? { statusCode, headers: { ...headers } }
    : { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
