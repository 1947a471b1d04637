import type { PutEventsEntry } from './put-events-entry';

/** A per-entry PutEvents failure, with the codes and messages AWS returns. */
export interface EntryError {
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
}

/**
 * Checks one entry as PutEvents does and, when valid, returns its parsed Detail. Order and wording
 * follow AWS recordings: Source, DetailType, Detail presence, then Detail must be a JSON object.
 *
 * @example
 * ```ts
 * validateEntry({ Source: 's', DetailType: 'T', Detail: '[]' });
 * // { error: { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' } }
 * ```
 */
export function validateEntry(
  entry: PutEventsEntry,
): { readonly error: EntryError } | { readonly detail: Record<string, unknown> } {
  if (!isNonEmptyString(entry.Source)) return { error: required('Source') };
  if (!isNonEmptyString(entry.DetailType)) return { error: required('DetailType') };
  if (!isNonEmptyString(entry.Detail)) return { error: required('Detail') };
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    return { error: malformed() };
  }
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return { error: malformed() };
  if (entry.Resources !== undefined && !(Array.isArray(entry.Resources) && entry.Resources.every(isNonEmptyString))) {
    return { error: { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Resources is not valid. Reason: Resources must be a list of strings.' } };
  }
  return { detail: detail as Record<string, unknown> };
}

function required(field: string): EntryError {
  return { ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.` };
}

function malformed(): EntryError {
  return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
