import type middy from '@middy/core';
import type { Logger } from '@aws-lambda-powertools/logger';

import { isAppError } from '../errors';
import type { HttpEvent, HttpResponse } from './http-event';
import { jsonResponse } from './json-response';

/** The body of every error response. */
export interface ErrorResponseBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: readonly { readonly field: string; readonly message: string }[];
  };
}

const INTERNAL: ErrorResponseBody = { error: { code: 'internal', message: 'Internal error' } };

/**
 * The one place where errors become HTTP responses: an AppError below 500 answers with its status,
 * code, message and details; anything else (bugs, SDK failures, 5xx AppErrors such as a
 * ConfigurationError) is logged with its stack and answered with a bare 500 that leaks nothing.
 *
 * It sets `request.response` instead of returning it, so the CORS middleware's onError still runs
 * and error responses carry CORS headers too. Our own middleware rather than `@middy/http-error-handler`
 * because that one knows only middy's HttpError, not our AppError codes and details.
 *
 * @example
 * middy().use(cors).use(errorResponseMiddleware(logger)); // attach after CORS: onError runs in reverse
 */
export const errorResponseMiddleware = (logger: Logger): middy.MiddlewareObj<HttpEvent, HttpResponse> => ({
  onError: (request) => {
    const { error, event } = request;
    const where = { method: event.requestContext?.http?.method, path: event.rawPath, requestId: event.requestContext?.requestId };
    if (isAppError(error) && error.statusCode < 500) {
      logger.info('Request rejected', { ...where, statusCode: error.statusCode, code: error.code, reason: error.message });
      const body: ErrorResponseBody = {
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      };
      request.response = jsonResponse(error.statusCode, body);
      return;
    }
    logger.error('Request failed with an unexpected error', { ...where, error: error as Error });
    request.response = jsonResponse(500, INTERNAL);
  },
});
