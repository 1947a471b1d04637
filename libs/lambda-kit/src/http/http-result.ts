import type { HttpResponse } from './http-event';
import { jsonResponse } from './json-response';

/**
 * A handler result with an explicit status or headers. `body` is serialised as JSON; leave it out for
 * an empty body.
 *
 * @example
 * return { statusCode: 201, body: aircraft, headers: { location: `/aircraft/${aircraft.nNumber}` } };
 */
export interface HttpResult {
  readonly statusCode?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const RESULT_KEYS = new Set(['statusCode', 'body', 'headers']);

/**
 * Whether a handler's return value is an {@link HttpResult} rather than a plain payload: an object
 * whose keys are only `statusCode`, `body` and `headers`, with a numeric `statusCode` or a `body`.
 * A payload that happens to have exactly those keys must be wrapped: `{ body: payload }`.
 *
 * @example
 * isHttpResult({ statusCode: 201, body: {} }); // true
 * isHttpResult({ nNumber: 'N1' }); // false
 */
export const isHttpResult = (value: unknown): value is HttpResult => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => RESULT_KEYS.has(key))) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['statusCode'] === 'number' || 'body' in candidate;
};

/**
 * Turns what a handler returned into the API Gateway response: an {@link HttpResult} keeps its status
 * (default 200) and headers, `undefined` becomes 204, anything else is a 200 JSON body.
 *
 * @example
 * toHttpResponse({ nNumber: 'N1' }); // { statusCode: 200, body: '{"nNumber":"N1"}', ... }
 */
export const toHttpResponse = (result: unknown): HttpResponse => {
  if (result === undefined) return jsonResponse(204, undefined);
  if (isHttpResult(result)) return jsonResponse(result.statusCode ?? 200, result.body, result.headers);
  return jsonResponse(200, result);
};
