import type { HttpEvent } from '../http/http-event';

/** What a test says about the request; everything else gets a realistic default. */
export interface BuildHttpEventInput {
  readonly method?: string;
  /** The concrete path, e.g. `/aircraft/N12345`. */
  readonly path?: string;
  /** The route key's path, e.g. `/aircraft/{nNumber}`. Defaults to `path`. */
  readonly routePath?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly pathParameters?: Readonly<Record<string, string>>;
  /** A string is sent as is; anything else is JSON-encoded with `content-type: application/json`. */
  readonly body?: unknown;
  /** Verified JWT claims as API Gateway passes them; omit for an unauthenticated request. */
  readonly claims?: Readonly<Record<string, string | number | boolean | string[]>>;
}

/**
 * An API Gateway HTTP API (payload 2.0) event, for handler tests.
 *
 * @example
 * const event = buildHttpEvent({ method: 'POST', path: '/aircraft', body: { nNumber: 'N1' },
 *   claims: { sub: 'alice', 'cognito:groups': '[operator]' } });
 */
export const buildHttpEvent = (input: BuildHttpEventInput = {}): HttpEvent => {
  const method = input.method ?? 'GET';
  const path = input.path ?? '/';
  const jsonBody = input.body !== undefined && typeof input.body !== 'string';
  const headers: Record<string, string> = {
    host: 'localhost',
    ...(jsonBody ? { 'content-type': 'application/json' } : {}),
    // Names lower-cased, as API Gateway's payload 2.0 delivers them (the stack relies on it).
    ...Object.fromEntries(Object.entries(input.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
  };
  const query = input.query ?? {};
  const event: HttpEvent = {
    version: '2.0',
    routeKey: `${method} ${input.routePath ?? path}`,
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: 'test-request-id',
      routeKey: `${method} ${input.routePath ?? path}`,
      stage: '$default',
      time: '01/Jan/2025:00:00:00 +0000',
      timeEpoch: 1735689600000,
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: { ...input.claims }, scopes: null } },
    },
    isBase64Encoded: false,
  };
  if (input.claims === undefined) delete (event.requestContext as { authorizer?: unknown }).authorizer;
  if (Object.keys(query).length > 0) event.queryStringParameters = { ...query };
  if (input.pathParameters !== undefined) event.pathParameters = { ...input.pathParameters };
  if (input.body !== undefined) event.body = jsonBody ? JSON.stringify(input.body) : (input.body as string);
  return event;
};
