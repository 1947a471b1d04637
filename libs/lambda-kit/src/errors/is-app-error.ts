import { APP_ERROR_BRAND, type AppError } from './app-error';

/**
 * Whether `value` is an AppError, from this or any other copy of the package: it checks the
 * registry-symbol brand and the shape, never `instanceof`.
 *
 * @example
 * if (isAppError(error) && error.code === 'not_found') return undefined;
 */
export const isAppError = (value: unknown): value is AppError => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<PropertyKey, unknown>>;
  return (
    candidate[APP_ERROR_BRAND] === true &&
    typeof candidate['code'] === 'string' &&
    typeof candidate['statusCode'] === 'number' &&
    typeof candidate['message'] === 'string'
  );
};
