import type { $ZodIssue } from 'zod/v4/core';

/**
 * One line per zod issue, `path: problem`. zod/mini's own messages are all "Invalid input", so the
 * issue's fields say what was expected. Values are described by type only: details carry personal
 * data (registrant names) that must not reach logs.
 * @example
 * describeIssues(result.error.issues, 'detail'); // ['detail.metadata.eventId: expected string, got undefined']
 */
export const describeIssues = (issues: readonly $ZodIssue[], prefix: string): string[] =>
  issues.map((issue) => `${[prefix, ...issue.path.map(String)].join('.')}: ${problem(issue)}`);

const problem = (issue: $ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${typeOf(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format} format`;
    case 'too_small':
      return `must be ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    default:
      return issue.message;
  }
};

const typeOf = (input: unknown): string => {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
};
