import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type middy from '@middy/core';
import type { Context } from 'aws-lambda';

/** Where an invocation's correlation id comes from; `undefined` leaves it to the Lambda request id. */
export type CorrelationIdResolver<E> = (event: E, context: Context) => string | undefined;

/**
 * The logging part every stack shares: Powertools' `injectLambdaContext` (function name, request id,
 * cold start on every line; temporary keys reset between invocations, since containers are reused)
 * plus the invocation's correlation id (`logger.setCorrelationId`), the Lambda request id when the
 * event carries none. A resolver that throws (a malformed header) still leaves the request id set, so
 * the rejection is logged with an id, and the error goes on to the stack's error handling.
 *
 * @example
 * middy().use(logContextMiddleware(logger, (event) => event.detail?.metadata?.correlationId));
 */
export const logContextMiddleware = <E>(
  logger: Logger,
  correlationIdOf: CorrelationIdResolver<E> = () => undefined,
): middy.MiddlewareObj<E, unknown, Error, Context> => {
  const inject = injectLambdaContext(logger, { resetKeys: true }) as unknown as middy.MiddlewareObj<E, unknown, Error, Context>;
  return {
    ...inject,
    before: async (request) => {
      await inject.before?.(request);
      logger.setCorrelationId(request.context.awsRequestId);
      logger.setCorrelationId(correlationIdOf(request.event, request.context) ?? request.context.awsRequestId);
    },
  };
};
