import type { Logger } from '@aws-lambda-powertools/logger';
import type middy from '@middy/core';

import { type ErrorKind, isAppError, type PublicValue } from '../errors';
import type { HttpEvent, HttpResponse } from './http-event';
import { httpStatusOf } from './http-status-of';
import { jsonResponse } from './json-response';

/**
 * The body of every error response of every app: `code` is the kind of failure (`validation`,
 * `not_found`, `conflict`…), `details` names each bad field, and an error may add public facts a
 * client needs to recover (`currentVersion` after a version conflict).
 */
export interface ErrorResponseBody {
  readonly error: {
    readonly code: ErrorKind;
    readonly message: string;
    readonly details?: readonly { readonly field: string; readonly message: string }[];
    readonly [fact: string]: PublicValue | ErrorKind | undefined | readonly { readonly field: string; readonly message: string }[];
  };
}

const INTERNAL: ErrorResponseBody = { error: { code: 'internal', message: 'Internal error' } };

/**
 * The one place where errors become HTTP responses: an AppError of a caller's kind answers with
 * `httpStatusOf(kind)`, its kind as `code`, its message, details and exposed facts; anything else
 * (bugs, SDK failures, `internal`/`configuration` AppErrors) is logged with its stack and answered with
 * a bare 500 that leaks nothing. No handler catches errors to translate them.
 *
 * It sets `request.response` instead of returning it, so the CORS middleware's onError still runs
 * and error responses carry CORS headers too. Our own middleware rather than `@middy/http-error-handler`
 * because that one knows only middy's HttpError, not our kinds and details.
 *
 * @example
 * middy().use(cors).use(errorResponseMiddleware(logger)); // attach after CORS: onError runs in reverse
 */
export const errorResponseMiddleware = (logger: Logger): middy.MiddlewareObj<HttpEvent, HttpResponse> => ({
  onError: (request) => {
    const { error, event } = request;
    const where = { method: event.requestContext?.http?.method, path: event.rawPath, requestId: event.requestContext?.requestId };
    const statusCode = isAppError(error) ? httpStatusOf(error.kind) : 500;
    if (isAppError(error) && statusCode < 500) {
      logger.info('Request rejected', { ...where, statusCode, code: error.code, reason: error.message });
      const body: ErrorResponseBody = {
        error: {
          ...error.expose,
          code: error.kind,
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        },
      };
      request.response = jsonResponse(statusCode, body);
      return;
    }
    logger.error('Request failed with an unexpected error', { ...where, error: error as Error });
    request.response = jsonResponse(500, INTERNAL);
  },
});
