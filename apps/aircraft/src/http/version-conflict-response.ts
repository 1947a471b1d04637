import type { ErrorResponseBody, HttpResult } from '@aircraftops/lambda-kit';

import { AircraftVersionConflictError } from '../domain';

/** A 409 body that also carries the current version, so the client can re-read and retry. */
export interface VersionConflictBody extends ErrorResponseBody {
  readonly error: ErrorResponseBody['error'] & { readonly currentVersion: number | null };
}

/**
 * Runs a write and answers a version conflict with 409 and `error.currentVersion` (null when the
 * aircraft vanished); lambda-kit's error body has no slot for it. Other errors propagate.
 * @example
 * httpHandler(options, ({ path, body, actor, event }) => answeringVersionConflicts(() => updateAircraft(...)));
 */
export const answeringVersionConflicts = async <T>(write: () => Promise<T>): Promise<T | HttpResult> => {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof AircraftVersionConflictError)) throw error;
    const body: VersionConflictBody = {
      error: { code: error.code, message: error.message, details: error.details ?? [], currentVersion: error.currentVersion ?? null },
    };
    return { statusCode: 409, body };
  }
};
