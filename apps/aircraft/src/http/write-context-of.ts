import { randomUUID } from 'node:crypto';

import { type Actor, type HttpEvent, ValidationError } from '@aircraftops/lambda-kit';

import type { WriteContext } from '../domain';

/** The header a caller (or an upstream service) sets to tie its requests together. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

// The id rule of the table library's keys: correlation ids become audit index keys.
const CORRELATION_ID = /^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/;

/**
 * The write context of a request: the token's actor and the `x-correlation-id` header, or a new id
 * when there is none. A malformed header is a 400, not silently replaced: the caller would lose the
 * thread it meant to follow.
 * @example
 * await addAircraftImage(path.nNumber, body, writeContextOf(actor, event), ports);
 */
export const writeContextOf = (actor: Actor, event: HttpEvent): WriteContext => {
  // Header names are lower-cased by the stack's header normaliser.
  const header = event.headers?.[CORRELATION_ID_HEADER];
  if (header !== undefined && !CORRELATION_ID.test(header)) {
    throw new ValidationError([
      { field: `headers.${CORRELATION_ID_HEADER}`, message: 'must be 1-128 characters 0-9/A-Z/a-z/_/-, starting with a letter or digit' },
    ]);
  }
  return { actor, correlationId: header ?? randomUUID() };
};
