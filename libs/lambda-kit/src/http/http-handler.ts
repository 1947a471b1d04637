import type { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Context } from 'aws-lambda';
import type { $ZodType, output } from 'zod/v4/core';

import type { Actor } from '../auth/actor';
import type { RouteRole } from '../auth/route-role';
import { createLogger } from '../logger';
import { authorizeMiddleware } from './authorize-middleware';
import { corsOriginsFromEnv } from './cors-origins-from-env';
import { errorResponseMiddleware } from './error-response-middleware';
import type { HttpEvent, HttpResponse } from './http-event';
import { toHttpResponse } from './http-result';
import { jsonBodyMiddleware } from './json-body-middleware';
import type { HttpContext } from './request-state';
import { validateRequestMiddleware } from './validate-request-middleware';

/** The default body limit: generous for JSON commands, far below API Gateway's and Lambda's limits. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

type Schema = $ZodType | undefined;
type Parsed<S extends Schema, Raw> = S extends $ZodType ? output<S> : Raw;

/** What a route declares. `body`, `query` and `path` are zod schemas (classic or `zod/mini`). */
export interface HttpRouteOptions<R extends RouteRole, B extends Schema, Q extends Schema, P extends Schema> {
  readonly role: R;
  readonly body?: B;
  readonly query?: Q;
  readonly path?: P;
  /** Defaults to a logger for `POWERTOOLS_SERVICE_NAME` (or `aircraftops`). */
  readonly logger?: Logger;
  /** Defaults to {@link DEFAULT_MAX_BODY_BYTES}. */
  readonly maxBodyBytes?: number;
  /** Defaults to `AIRCRAFTOPS_CORS_ORIGINS`, read when the handler is built (module scope). */
  readonly corsOrigins?: readonly string[];
}

/** What the route's function receives: validated input, the actor, and the raw event and context. */
export interface HttpHandlerInput<R extends RouteRole, B extends Schema, Q extends Schema, P extends Schema> {
  readonly body: Parsed<B, undefined>;
  readonly query: Parsed<Q, Readonly<Record<string, string | undefined>>>;
  readonly path: Parsed<P, Readonly<Record<string, string | undefined>>>;
  /** Absent on `public` routes, which skip authentication. */
  readonly actor: R extends 'public' ? undefined : Actor;
  readonly event: HttpEvent;
  readonly context: Context;
}

/** The Lambda handler `httpHandler` builds. */
export type HttpLambdaHandler = middy.MiddyfiedHandler<HttpEvent, HttpResponse, Error, HttpContext>;

let defaultLogger: Logger | undefined;

/**
 * Builds an API Gateway HTTP API (payload 2.0) handler with the shared stack, so a route file holds
 * only its declaration and one call into its use case.
 *
 * Before the handler, in order: header normalisation, the role check (skipped on `public` routes),
 * JSON body parsing (only when the route declares a body), zod validation of body, query and path.
 * The role check runs before the body is touched, as API Gateway's authorizer does in the cloud: a
 * caller without the role learns nothing about the route's input rules. Errors become responses in
 * one place (AppError → its status; anything else → a logged, opaque 500) and every response,
 * errors included, gets CORS headers.
 *
 * The function returns an {@link HttpResult} (`{ statusCode?, body?, headers? }`), a plain value
 * (200 JSON) or nothing (204).
 *
 * @example
 * export const handler = httpHandler(
 *   { role: 'operator', body: z.object({ nNumber: z.string().regex(/^N[0-9A-Z]{1,5}$/) }) },
 *   async ({ body, actor }) => ({ statusCode: 201, body: await registerAircraft(body, actor, ports) }),
 * );
 */
export const httpHandler = <
  R extends RouteRole,
  B extends Schema = undefined,
  Q extends Schema = undefined,
  P extends Schema = undefined,
>(
  options: HttpRouteOptions<R, B, Q, P>,
  handle: (input: HttpHandlerInput<R, B, Q, P>) => Promise<unknown>,
): HttpLambdaHandler => {
  const logger = options.logger ?? (defaultLogger ??= createLogger(process.env['POWERTOOLS_SERVICE_NAME'] || 'aircraftops'));
  const origins = [...(options.corsOrigins ?? corsOriginsFromEnv())];

  // Attach order matters: `before`s run in attach order, `onError`s in reverse, so the error mapper
  // (attached after CORS) builds the response before CORS decorates it.
  let stack = middy<HttpEvent, HttpResponse, Error, HttpContext>()
    .use(httpHeaderNormalizer())
    .use(httpCors({ origins }))
    .use(errorResponseMiddleware(logger));
  if (options.role !== 'public') stack = stack.use(authorizeMiddleware(options.role));
  if (options.body !== undefined) stack = stack.use(jsonBodyMiddleware({ maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }));
  stack = stack.use(validateRequestMiddleware({ body: options.body, query: options.query, path: options.path }));

  return stack.handler(async (event, context) => {
    const { actor, input } = context;
    const result = await handle({
      body: input?.body,
      query: input?.query,
      path: input?.path,
      actor,
      event,
      context,
    } as HttpHandlerInput<R, B, Q, P>);
    return toHttpResponse(result);
  });
};
