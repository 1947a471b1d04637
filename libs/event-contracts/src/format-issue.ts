import type { $ZodIssue } from 'zod/v4/core';

import type { EventValidationIssue } from './event-validation-error';

/**
 * Turns a zod issue into a path and a precise message. zod/mini ships no locale (that is what keeps it small),
 * so its own messages are all "Invalid input"; the issue fields carry the detail we need. Received values are
 * described by type only: details hold registrant names and addresses, which must not leak into error logs.
 *
 * @example
 * ```ts
 * formatIssue({ code: 'invalid_type', expected: 'string', path: ['data', 'nNumber'], message: 'Invalid input', input: undefined });
 * // → { path: 'data.nNumber', message: 'expected string, received undefined (missing)' }
 * ```
 */
export function formatIssue(issue: $ZodIssue): EventValidationIssue {
  return { path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'), message: describe(issue) };
}

function describe(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${describeType(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}, received ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `expected ${issue.format} format`;
    case 'too_small':
      return `must be ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'unrecognized_keys':
      return `unrecognized keys ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array') return ' items';
  return '';
}

function describeType(input: unknown): string {
  if (input === undefined) return 'undefined (missing)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isInteger(input)) return 'non-integer number';
  return typeof input;
}

// Enumerated values are codes (reasons, statuses), short and not personal, so the value itself helps most.
function describeValue(input: unknown): string {
  if ((typeof input === 'string' && input.length <= 40) || typeof input === 'number' || typeof input === 'boolean') {
    return JSON.stringify(input);
  }
  return describeType(input);
}
