import type { Context } from 'aws-lambda';

import type { Actor } from '../auth/actor';

/** Validated request parts, as the zod schemas output them. */
export interface ValidatedInput {
  readonly body: unknown;
  readonly query: unknown;
  readonly path: unknown;
}

/**
 * The Lambda context as the HTTP stack extends it: middlewares put what they established on the
 * context (the middy convention, since a middy handler receives only event and context).
 */
export interface HttpContext extends Context {
  actor?: Actor;
  input?: ValidatedInput;
  /** Set by the stack before authentication: the caller's `x-correlation-id` or the request id. */
  correlationId?: string;
}
