import type { ErrorDetail } from './error-detail';
import type { ErrorKind } from './error-kind';

/**
 * Marks every AppError with a key from the global symbol registry, so `isAppError` recognises errors
 * thrown by another copy of this package (two bundles, two node_modules) where `instanceof` fails.
 */
export const APP_ERROR_BRAND: unique symbol = Symbol.for('aircraftops.lambda-kit.AppError');

/** A value a client may see in an error answer (JSON). */
export type PublicValue = string | number | boolean | null;

/** What every AppError subclass accepts besides its message. */
export interface AppErrorOptions extends ErrorOptions {
  readonly details?: readonly ErrorDetail[];
  /**
   * Facts a client needs to recover, safe to show (the current version after a conflict). The edge adds
   * them to the error answer beside `code` and `message`.
   */
  readonly expose?: Readonly<Record<string, PublicValue>>;
}

/** Options of the errors of one kind (NotFoundError…): a subclass may give a more precise `code`. */
export interface KindErrorOptions extends AppErrorOptions {
  readonly code?: string;
}

/** What the base class needs to know about a concrete error. */
export interface AppErrorInit<C extends string = string> extends AppErrorOptions {
  /** Stable, machine-readable code that callers branch on (`not_found`, `ingestion.jobNotFound`). */
  readonly code: C;
  /** The kind of failure; the HTTP edge maps it to a status, nothing else knows statuses. */
  readonly kind: ErrorKind;
}

/**
 * Base of every error this platform expects to happen: a stable, typed `code`, the {@link ErrorKind}
 * it belongs to, optional per-field `details` and public `expose`d facts, and `cause` (ErrorOptions).
 * It knows nothing about HTTP: `httpStatusOf(error.kind)` at the edge does.
 *
 * Apps subclass it (or one of the specific errors) for domain failures; anything that is not an
 * AppError, or whose kind is `internal` or `configuration`, is a platform fault answered with an
 * opaque 500.
 *
 * @example
 * class AircraftAlreadyRegisteredError extends AppError<'aircraft.alreadyRegistered'> {
 *   constructor(nNumber: string, options?: ErrorOptions) {
 *     super(`Aircraft ${nNumber} is already registered`, { ...options, code: 'aircraft.alreadyRegistered', kind: 'conflict' });
 *     this.name = 'AircraftAlreadyRegisteredError';
 *   }
 * }
 */
export class AppError<C extends string = string> extends Error {
  readonly [APP_ERROR_BRAND] = true;
  readonly code: C;
  readonly kind: ErrorKind;
  readonly details?: readonly ErrorDetail[];
  readonly expose?: Readonly<Record<string, PublicValue>>;

  constructor(message: string, init: AppErrorInit<C>) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AppError';
    this.code = init.code;
    this.kind = init.kind;
    if (init.details !== undefined) this.details = init.details;
    if (init.expose !== undefined) this.expose = init.expose;
  }
}
