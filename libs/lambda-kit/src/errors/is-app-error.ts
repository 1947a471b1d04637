import { APP_ERROR_BRAND, type AppError } from './app-error';
import { isErrorKind } from './error-kind';

/**
 * Whether `value` is an AppError, from this or any other copy of the package: it checks the
 * registry-symbol brand and the shape, never `instanceof`. With `code`, also that it carries that code.
 *
 * @example
 * if (isAppError(error, 'ingestion.jobConflict')) return;
 * if (isAppError(error) && error.kind === 'not_found') return undefined;
 */
export const isAppError = (value: unknown, code?: string): value is AppError => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<PropertyKey, unknown>>;
  return (
    candidate[APP_ERROR_BRAND] === true &&
    typeof candidate['code'] === 'string' &&
    isErrorKind(candidate['kind']) &&
    typeof candidate['message'] === 'string' &&
    (code === undefined || candidate['code'] === code)
  );
};
