import type { ErrorDetail } from '../errors';
import { controlCharacterProblem } from './control-character-problem';

/** Keys that mean something to JavaScript objects; refused wherever a client chooses keys. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where TAB is acceptable: field paths such as `body.notes` (see `HttpRouteOptions.allowTab`). */
export type TabPolicy = (field: string) => boolean;

const fieldOf = (parent: string, key: string | number): string => (typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`);

/**
 * Every problem a client-chosen value has regardless of the route's schema: control characters in
 * strings (keys included) and keys that address object internals (`__proto__`, `constructor`,
 * `prototype`). Walks objects and arrays; each problem names its field (`body.files[0].key`,
 * `query.model`).
 *
 * @example
 * inputProblems({ name: 'a\r\nb' }, 'body', () => false);
 * // [{ field: 'body.name', message: 'must not contain control characters (U+000D at position 1)' }]
 */
export const inputProblems = (value: unknown, field: string, allowTab: TabPolicy): ErrorDetail[] => {
  if (typeof value === 'string') {
    const problem = controlCharacterProblem(value, allowTab(field));
    return problem === undefined ? [] : [{ field, message: problem }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => inputProblems(item, fieldOf(field, index), allowTab));
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => {
    const child = fieldOf(field, key);
    if (FORBIDDEN_KEYS.has(key)) return [{ field: child, message: `"${key}" is not an acceptable name` }];
    const keyProblem = controlCharacterProblem(key, false);
    if (keyProblem !== undefined) return [{ field, message: `a name ${keyProblem}` }];
    return inputProblems((value as Record<string, unknown>)[key], child, allowTab);
  });
};
