import type { Context } from 'aws-lambda';

import { ValidationError } from '../errors';
import type { HttpEvent } from '../http/http-event';
import { CORRELATION_ID_HEADER, CORRELATION_ID_RULE, isCorrelationId } from './correlation-id-rule';

/**
 * The correlation id of an HTTP request: the caller's `x-correlation-id`, else the Lambda request id
 * (a UUID, so it satisfies the rule and ties the request to its Lambda logs). A malformed header is a
 * 400, not silently replaced: the caller would lose the thread it meant to follow.
 *
 * @throws ValidationError on `headers.x-correlation-id`.
 * @example
 * correlationIdOfHttpEvent(event, context); // 'req-1' or context.awsRequestId
 */
export const correlationIdOfHttpEvent = (event: HttpEvent, context: Pick<Context, 'awsRequestId'>): string => {
  // Header names arrive lower-cased (API Gateway payload 2.0, the local gateway).
  const header = event.headers?.[CORRELATION_ID_HEADER];
  if (header === undefined) return context.awsRequestId;
  if (!isCorrelationId(header)) {
    throw new ValidationError([{ field: `headers.${CORRELATION_ID_HEADER}`, message: `must be ${CORRELATION_ID_RULE}` }]);
  }
  return header;
};
