import type { HttpEvent } from '@aircraftops/lambda-kit';

const CORRELATION_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/**
 * The request's correlation id: the caller's `x-correlation-id` when it is a sane token, else the
 * API Gateway request id, so every write of one request carries the same id into events and audit.
 * @example
 * const correlationId = correlationIdOf(event);
 */
export const correlationIdOf = (event: HttpEvent): string => {
  const given = event.headers['x-correlation-id'];
  return given !== undefined && CORRELATION_ID.test(given) ? given : event.requestContext.requestId;
};
