import { InvalidKeyError } from '../errors';

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${JSON.stringify(value)}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const pattern =
  (regex: RegExp, description: string) =>
  (value: unknown, field: string): string => {
    if (typeof value !== 'string' || !regex.test(value)) {
      throw new InvalidKeyError(field, `must match ${regex.source} (${description}); got ${show(value)}`);
    }
    return value;
  };

/** FAA N-number without the `N` prefix. */
export const validateNNumber = pattern(/^[1-9][0-9A-Z]{0,4}$/, '1-5 characters 0-9/A-Z, first 1-9, no "N" prefix');
/** FAA aircraft make/model/series code (ACFTREF `CODE`, MASTER `MFR MDL CODE`). */
export const validateModelCode = pattern(/^[0-9A-Z]{7}$/, '7 characters 0-9/A-Z');
/** FAA engine make/model code (ENGINE `CODE`, MASTER `ENG MFR MDL`). */
export const validateEngineCode = pattern(/^[0-9A-Z]{5}$/, '5 characters 0-9/A-Z');
/** Generated ids (ULID, UUID, stream event ids): job, schedule, image, event ids. */
export const validateId = pattern(/^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/, 'ULID/UUID-like, 1-128 characters 0-9/A-Z/a-z/_/-');
/** PascalCase type names: entity types, event detail-types. */
export const validateTypeName = pattern(/^[A-Z][0-9A-Za-z]{0,127}$/, 'PascalCase, 1-128 characters');
/** Calendar month, e.g. 2025-03. */
export const validateIsoMonth = pattern(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/**
 * A calendar date `YYYY-MM-DD` (rejects 2025-02-30).
 * @example
 * validateIsoDate('2025-03-31', 'expirationDate'); // '2025-03-31'
 */
export const validateIsoDate = (value: unknown, field: string): string => {
  const date = pattern(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')(value, field);
  if (new Date(`${date}T00:00:00.000Z`).toISOString().slice(0, 10) !== date) {
    throw new InvalidKeyError(field, `is not a calendar date; got ${show(value)}`);
  }
  return date;
};

/**
 * A UTC instant exactly as `Date#toISOString` writes it. Only this one form sorts chronologically
 * as a string (`...00Z` and `...00.000Z` would not), so sort keys accept nothing else.
 * @example
 * validateIsoTimestamp(new Date().toISOString(), 'occurredAt');
 */
export const validateIsoTimestamp = (value: unknown, field: string): string => {
  const instant = pattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'YYYY-MM-DDTHH:mm:ss.sssZ, UTC')(value, field);
  if (Number.isNaN(Date.parse(instant)) || new Date(instant).toISOString() !== instant) {
    throw new InvalidKeyError(field, `is not a valid instant; got ${show(value)}`);
  }
  return instant;
};

/**
 * A non-negative integer below `10^digits`, zero-padded to `digits` so it sorts numerically.
 * @example
 * padInteger(42, 10, 'line'); // '0000000042'
 */
export const padInteger = (value: unknown, digits: number, field: string): string => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value >= 10 ** digits) {
    throw new InvalidKeyError(field, `must be an integer from 0 to ${10 ** digits - 1}; got ${show(value)}`);
  }
  return String(value).padStart(digits, '0');
};

/**
 * Free text that goes into a key (escaped by the caller): any non-empty string.
 * @example
 * validateText('SN-1#2', 'serialNumber'); // 'SN-1#2'
 */
export const validateText = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidKeyError(field, `must be a non-empty string; got ${show(value)}`);
  }
  return value;
};

/**
 * One of a closed set of values (statuses, actor types).
 * @example
 * validateOneOf('RUNNING', JOB_STATUSES, 'status');
 */
export const validateOneOf = <T extends string>(value: unknown, allowed: readonly T[], field: string): T => {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidKeyError(field, `must be one of ${allowed.join(', ')}; got ${show(value)}`);
  }
  return value as T;
};
