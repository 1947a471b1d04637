import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { RouteDeclaration } from '@aircraftops/declarations';

import { lambdaContext } from '../lambda/lambda-context';
import type { LambdaHandler } from '../lambda/load-handler';
import { MalformedPathError } from './malformed-path-error';
import { rawTargetOf } from './raw-target';
import { type MatchedRoute, RouteMatcher } from './route-matcher';
import { toHttpApiEvent } from './to-http-api-event';
import { writeHttpApiResult } from './write-http-api-result';

/** API Gateway's payload limit for HTTP APIs. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type Claims = Record<string, string | number | boolean | string[]>;

export interface GatewayOptions {
  readonly port: number;
  readonly host?: string;
  readonly routes: readonly RouteDeclaration[];
  readonly resolveHandler: (route: RouteDeclaration) => LambdaHandler;
  /** Verifies a bearer token as the cloud's JWT authorizer would; throws when it is not valid. */
  readonly verifyToken: (token: string) => Promise<Claims>;
  /** Answers `GET /health` (public) with the state of the platform's parts. */
  readonly health: () => Promise<{ ok: boolean; [part: string]: unknown }>;
  readonly log?: (line: string) => void;
}

export interface Gateway {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const readBody = async (request: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

const json = (response: ServerResponse, statusCode: number, body: unknown): void => {
  response.writeHead(statusCode, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

const bearerToken = (header: string | undefined): string | undefined => {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
};

/**
 * The local HTTP API: maps each declared route to an API Gateway v2 event for the real handler, and
 * verifies JWTs first like the cloud's JWT authorizer (401 `{"message":"Unauthorized"}` when missing
 * or invalid). Role checks stay in the handlers, exactly as in the cloud.
 */
export const startGateway = async (options: GatewayOptions): Promise<Gateway> => {
  const matcher = new RouteMatcher(options.routes);
  const log = options.log ?? (() => undefined);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const target = rawTargetOf(request.url ?? '/');
    const method = (request.method ?? 'GET').toUpperCase();
    if (method === 'GET' && target.rawPath === '/health') {
      const health = await options.health();
      json(response, health.ok ? 200 : 503, health);
      return;
    }
    let matched: MatchedRoute | undefined;
    try {
      matched = matcher.match(method, target.rawPath);
    } catch (error) {
      if (!(error instanceof MalformedPathError)) throw error;
      // Before authentication: the request cannot even be routed, as API Gateway answers it.
      log(`400 ${method} ${target.rawPath}: ${error.message}`);
      json(response, 400, { message: `Bad Request: ${error.message}` });
      return;
    }
    if (!matched) {
      json(response, 404, { message: 'Not Found' });
      return;
    }
    let claims: Claims | undefined;
    if (matched.route.role !== 'public') {
      const token = bearerToken(request.headers.authorization);
      try {
        if (!token) throw new Error('missing bearer token');
        claims = await options.verifyToken(token);
      } catch (error) {
        log(`401 ${method} ${target.rawPath}: ${(error as Error).message}`);
        json(response, 401, { message: 'Unauthorized' });
        return;
      }
    }
    const body = await readBody(request);
    if (!body) {
      json(response, 413, { message: 'Request Entity Too Large' });
      return;
    }
    const event = toHttpApiEvent(request, target, body, matched, claims);
    const handler = options.resolveHandler(matched.route);
    const started = Date.now();
    const result = await handler(event, lambdaContext(`${matched.route.method} ${matched.route.path}`));
    writeHttpApiResult(response, result);
    log(`${response.statusCode} ${method} ${target.rawPath} ${Date.now() - started}ms`);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A handler that throws is a 500 in API Gateway too ("Internal Server Error").
      log(`500 ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) json(response, 500, { message: 'Internal Server Error' });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
