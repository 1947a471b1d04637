import type { ErrorDetail } from './error-detail';

/**
 * Marks every AppError with a key from the global symbol registry, so `isAppError` recognises errors
 * thrown by another copy of this package (two bundles, two node_modules) where `instanceof` fails.
 */
export const APP_ERROR_BRAND: unique symbol = Symbol.for('aircraftops.lambda-kit.AppError');

/** What every AppError subclass accepts besides its message. */
export interface AppErrorOptions extends ErrorOptions {
  readonly details?: readonly ErrorDetail[];
}

/** What the base class needs to know about a concrete error. */
export interface AppErrorInit extends AppErrorOptions {
  /** Stable, machine-readable code that callers branch on (`validation`, `not_found`, `aircraft.already_registered`). */
  readonly code: string;
  /** HTTP status the error maps to at the API edge. */
  readonly statusCode: number;
}

/**
 * Base of every error this platform expects to happen: it carries a stable `code`, the HTTP status the
 * HTTP stack answers with, optional per-field `details`, and keeps `cause` (ErrorOptions).
 *
 * Apps subclass it (or one of the specific errors) for domain failures; anything that is not an
 * AppError is treated as a bug and answered with a generic 500.
 *
 * @example
 * class AircraftAlreadyRegisteredError extends AppError {
 *   constructor(nNumber: string, options?: ErrorOptions) {
 *     super(`Aircraft ${nNumber} is already registered`, { ...options, code: 'aircraft.already_registered', statusCode: 409 });
 *     this.name = 'AircraftAlreadyRegisteredError';
 *   }
 * }
 */
export class AppError extends Error {
  readonly [APP_ERROR_BRAND] = true;
  readonly code: string;
  readonly statusCode: number;
  readonly details?: readonly ErrorDetail[];

  constructor(message: string, init: AppErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AppError';
    this.code = init.code;
    this.statusCode = init.statusCode;
    if (init.details !== undefined) this.details = init.details;
  }
}
