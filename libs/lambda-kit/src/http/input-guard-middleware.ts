import type middy from '@middy/core';

import { ValidationError } from '../errors';
import type { HttpEvent } from './http-event';
import { inputProblems, type TabPolicy } from './input-problems';
import { pathParameterProblems } from './path-parameter-problems';
import type { HttpContext } from './request-state';

/**
 * The edge rules of every route, whatever its schemas say: no control characters in the body, the
 * query or the path parameters (TAB only where `allowTab` says), no `__proto__`/`constructor`/
 * `prototype` keys, and path parameters that are real values (not empty, not huge, not `.`/`..`).
 * One 400 lists every problem. Runs after the body is parsed and before the schemas, so a schema
 * never sees, stores or echoes such input.
 *
 * @example
 * middy().use(jsonBodyMiddleware(options)).use(inputGuardMiddleware(() => false, true)).use(validateRequestMiddleware(schemas));
 */
export const inputGuardMiddleware = (
  allowTab: TabPolicy,
  takesBody: boolean,
): middy.MiddlewareObj<HttpEvent, unknown, Error, HttpContext> => ({
  before: (request) => {
    const { event } = request;
    const details = [
      ...pathParameterProblems(event.pathParameters ?? {}),
      ...inputProblems(event.pathParameters ?? {}, 'path', allowTab),
      ...inputProblems(event.queryStringParameters ?? {}, 'query', allowTab),
      // A route without a body never parses one: the validator refuses it whole, so it is not read here.
      ...(takesBody && event.body !== undefined ? inputProblems(event.body as unknown, 'body', allowTab) : []),
    ];
    if (details.length > 0) throw new ValidationError(details);
  },
});
