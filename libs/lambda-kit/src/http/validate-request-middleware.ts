import type middy from '@middy/core';
import { type $ZodType, safeParseAsync } from 'zod/v4/core';

import { type ErrorDetail, ValidationError } from '../errors';
import type { HttpEvent } from './http-event';
import '../validation/english-messages';
import type { HttpContext } from './request-state';
import { zodIssuesToDetails } from './zod-issues-to-details';

/** The schemas of a route's request parts; a part without a schema is passed through untouched. */
export interface RequestSchemas {
  readonly body?: $ZodType;
  readonly query?: $ZodType;
  readonly path?: $ZodType;
}

/**
 * Validates the parsed body, the query string and the path parameters against their zod schemas
 * (classic or mini) and puts the outputs on the context. All parts are checked before failing, so one
 * 400 lists every bad field (`body.nNumber`, `query.limit`, `path.id`). Our own middleware:
 * `@middy/validator` speaks JSON Schema, and we keep zod as the single source of request types.
 *
 * @example
 * middy().use(validateRequestMiddleware({ body: RegisterAircraftBody }));
 */
export const validateRequestMiddleware = (
  schemas: RequestSchemas,
): middy.MiddlewareObj<HttpEvent, unknown, Error, HttpContext> => ({
  before: async (request) => {
    const { event } = request;
    const [body, query, path] = await Promise.all([
      // Without a body schema the route takes no body: an unexpected one is not handed on unparsed.
      check('body', schemas.body, schemas.body === undefined ? undefined : event.body),
      check('query', schemas.query, event.queryStringParameters ?? {}),
      check('path', schemas.path, event.pathParameters ?? {}),
    ]);
    // A route without a body schema takes no body: one sent anyway is refused rather than ignored, so
    // nothing a client sends is silently dropped (or mistaken for accepted).
    const unexpectedBody =
      schemas.body === undefined && typeof event.body === 'string' && event.body.length > 0
        ? [{ field: 'body', message: 'this route takes no request body' }]
        : [];
    const details = [...unexpectedBody, ...body.details, ...query.details, ...path.details];
    if (details.length > 0) throw new ValidationError(details);
    request.context.input = { body: body.value, query: query.value, path: path.value };
  },
});

const check = async (
  part: string,
  schema: $ZodType | undefined,
  value: unknown,
): Promise<{ value: unknown; details: ErrorDetail[] }> => {
  if (schema === undefined) return { value, details: [] };
  const result = await safeParseAsync(schema, value);
  return result.success ? { value: result.data, details: [] } : { value: undefined, details: zodIssuesToDetails(part, result.error.issues) };
};
