import type { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { $ZodType, output } from 'zod/v4/core';

import type { Actor } from '../auth/actor';
import type { RouteRole } from '../auth/route-role';
import { correlationIdOfHttpEvent } from '../correlation/correlation-id-of-http-event';
import { defaultLogger } from '../logging/default-logger';
import { logContextMiddleware } from '../logging/log-context-middleware';
import { authorizeMiddleware } from './authorize-middleware';
import { corsMiddleware } from './cors-middleware';
import { corsOriginsFromEnv } from './cors-origins-from-env';
import { errorResponseMiddleware } from './error-response-middleware';
import type { HttpEvent, HttpResponse } from './http-event';
import { toHttpResponse } from './http-result';
import { inputGuardMiddleware } from './input-guard-middleware';
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
  /** Defaults to the logger of the function's `POWERTOOLS_SERVICE_NAME` (read through `currentEnv()`; else `aircraftops`). */
  readonly logger?: Logger;
  /** Defaults to {@link DEFAULT_MAX_BODY_BYTES}. */
  readonly maxBodyBytes?: number;
  /**
   * Fields where a TAB is acceptable (`body.notes`); every other control character is refused
   * everywhere, and TAB everywhere else.
   */
  readonly allowTab?: readonly string[];
  /**
   * Defaults to `AIRCRAFTOPS_CORS_ORIGINS`, read when the handler is built (module scope). None (unset,
   * empty, `[]`): no CORS headers at all.
   */
  readonly corsOrigins?: readonly string[];
}

/** What the route's function receives: validated input, the actor, and the raw event and context. */
export interface HttpHandlerInput<R extends RouteRole, B extends Schema, Q extends Schema, P extends Schema> {
  readonly body: Parsed<B, undefined>;
  readonly query: Parsed<Q, Readonly<Record<string, string | undefined>>>;
  readonly path: Parsed<P, Readonly<Record<string, string | undefined>>>;
  /** Absent on `public` routes, which skip authentication. */
  readonly actor: R extends 'public' ? undefined : Actor;
  /** The caller's `x-correlation-id`, else the Lambda request id: give it to every write. */
  readonly correlationId: string;
  readonly event: HttpEvent;
  readonly context: Context;
}

/**
 * The Lambda handler `httpHandler` builds. `role` is the role it enforces, readable so a test can
 * prove it equals the role the route is declared with.
 */
export type HttpLambdaHandler<R extends RouteRole = RouteRole> = middy.MiddyfiedHandler<HttpEvent, HttpResponse, Error, HttpContext> & {
  readonly role: R;
};

/**
 * Builds an API Gateway HTTP API (payload 2.0) handler with the shared stack, so a route file holds
 * only its declaration and one call into its use case.
 *
 * Before the handler, in order: the Powertools logger's Lambda context and the
 * correlation id (`x-correlation-id`, else the Lambda request id), the role check (skipped on `public`
 * routes), JSON body parsing with size and depth limits (only when the route declares a body), the
 * edge rules of every route (no control characters, no `__proto__`-like keys, sane path parameters),
 * then zod validation of body, query and path.
 * The role check runs before the body is touched, as API Gateway's authorizer does in the cloud: a
 * caller without the role learns nothing about the route's input rules. Errors become responses in
 * one place (AppError → its status; anything else → a logged, opaque 500) and every response,
 * errors included, gets CORS headers when origins are configured (none otherwise: CORS fails closed).
 *
 * The returned handler carries the route's `role`. The function returns an {@link HttpResult} (`{ statusCode?, body?, headers? }`), a plain value
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
): HttpLambdaHandler<R> => {
  const logger = options.logger ?? defaultLogger();
  const origins = [...(options.corsOrigins ?? corsOriginsFromEnv())];
  const tabFields = new Set(options.allowTab ?? []);

  // Attach order matters: `before`s run in attach order, `onError`s in reverse. The logger context
  // comes first so its onError (which resets its keys) runs last, after the error mapper has logged
  // the failure with the correlation id; the error mapper (attached after CORS) builds the response
  // before CORS decorates it.
  // No header normaliser: API Gateway's payload 2.0 (and the local gateway) already lower-case names.
  let stack = middy<HttpEvent, HttpResponse, Error, HttpContext>().use(logContextMiddleware<HttpEvent>(logger));
  // Fails closed: without a configured origin no CORS header is sent (browsers then refuse cross-origin calls).
  if (origins.length > 0) stack = stack.use(corsMiddleware(origins));
  stack = stack.use(errorResponseMiddleware(logger)).use(correlationMiddleware(logger));
  if (options.role !== 'public') stack = stack.use(authorizeMiddleware(options.role));
  if (options.body !== undefined) stack = stack.use(jsonBodyMiddleware({ maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }));
  stack = stack
    .use(inputGuardMiddleware((field) => tabFields.has(field), options.body !== undefined))
    .use(validateRequestMiddleware({ body: options.body, query: options.query, path: options.path }));

  const handler = stack.handler(async (event, context) => {
    const { actor, input, correlationId } = context;
    const result = await handle({
      body: input?.body,
      query: input?.query,
      path: input?.path,
      actor,
      correlationId,
      event,
      context,
    } as HttpHandlerInput<R, B, Q, P>);
    return toHttpResponse(result);
  });
  return Object.defineProperty(handler, 'role', { value: options.role, enumerable: true }) as HttpLambdaHandler<R>;
};

/** Puts the request's correlation id on the context and the logger; a malformed header is a 400. */
const correlationMiddleware = (logger: Logger): middy.MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> => ({
  before: (request) => {
    const correlationId = correlationIdOfHttpEvent(request.event, request.context);
    logger.setCorrelationId(correlationId);
    request.context.correlationId = correlationId;
  },
});
