import { ValidationError } from '@aircraftops/lambda-kit';
import { isTablesError, type InvalidKeyError } from '@aircraftops/tables';

/**
 * Rethrows the table library's InvalidKeyError (an identifier no key may hold) as a 400 naming its
 * field; routes validate first, so reaching this means a rule here is looser than the key builder's.
 * Anything else is rethrown as is.
 * @example
 * try { ... } catch (error) { invalidKeyToValidationError(error) }
 */
export const invalidKeyToValidationError = (error: unknown): never => {
  if (isTablesError(error, 'tables.invalidKey')) {
    const { field, reason } = error as InvalidKeyError;
    throw new ValidationError([{ field, message: reason }], { cause: error });
  }
  throw error;
};
