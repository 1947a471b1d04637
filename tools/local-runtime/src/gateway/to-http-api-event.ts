import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import { LOCAL_ACCOUNT_ID } from '@aircraftops/declarations';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

import type { RawTarget } from './raw-target';
import type { MatchedRoute } from './route-matcher';

const TEXT_TYPES = /^(application\/(json|x-www-form-urlencoded|xml|.*\+json)|text\/)/i;

/**
 * The API Gateway v2 (HTTP API, payload format 2.0) event the cloud would hand the same handler,
 * with the verified JWT claims where the JWT authorizer puts them.
 */
export const toHttpApiEvent = (
  request: IncomingMessage,
  target: RawTarget,
  body: Buffer,
  matched: MatchedRoute,
  claims: Record<string, string | number | boolean | string[]> | undefined,
): APIGatewayProxyEventV2WithJWTAuthorizer => {
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') cookies.push(...String(value).split(/;\s*/));
    else headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // Keys as own properties, whatever they are (`__proto__` included): a plain assignment would set the
  // object's prototype instead, silently dropping the parameter the handler must see and refuse.
  const searchParams = new URLSearchParams(target.rawQueryString);
  const queryStringParameters: Record<string, string> = Object.fromEntries(
    [...new Set(searchParams.keys())].map((key) => [key, searchParams.getAll(key).join(',')]),
  );
  const isText = TEXT_TYPES.test(headers['content-type'] ?? 'application/json');
  const now = new Date();
  const routeKey = `${matched.route.method} ${matched.route.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: target.rawPath,
    rawQueryString: target.rawQueryString,
    cookies: cookies.length ? cookies : undefined,
    headers,
    queryStringParameters: Object.keys(queryStringParameters).length ? queryStringParameters : undefined,
    pathParameters: Object.keys(matched.pathParameters).length ? matched.pathParameters : undefined,
    requestContext: {
      // The account of every other local ARN (functions, bus, tables), so a handler sees one account.
      accountId: LOCAL_ACCOUNT_ID,
      apiId: 'local',
      domainName: headers['host'] ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: matched.route.method,
        path: target.rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
    },
    body: body.length ? (isText ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !isText,
    stageVariables: undefined,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
};
