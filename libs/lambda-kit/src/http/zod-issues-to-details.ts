import type { $ZodIssue } from 'zod/v4/core';

import type { ErrorDetail } from '../errors';

/**
 * Zod issues as error details whose `field` names the request part and path, such as
 * `body.nNumber`, `body.images[2].url` or `query.limit`.
 *
 * @example
 * zodIssuesToDetails('body', result.error.issues); // [{ field: 'body.nNumber', message: 'Too small…' }]
 */
export const zodIssuesToDetails = (part: string, issues: readonly $ZodIssue[]): ErrorDetail[] =>
  issues.map((issue) => ({ field: fieldPath(part, issue.path), message: issue.message }));

const fieldPath = (part: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : `${field}.${String(key)}`), part);
