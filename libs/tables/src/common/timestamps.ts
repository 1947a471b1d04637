/**
 * dynamodb-toolbox timestamps of every mutable entity, stored under their own names (`createdAt`,
 * `modifiedAt`, ISO-8601) rather than DDBT's default `_ct`/`_md`, so stream consumers read them plainly.
 */
export const TIMESTAMPS = {
  created: { name: 'createdAt', savedAs: 'createdAt' },
  modified: { name: 'modifiedAt', savedAs: 'modifiedAt' },
} as const;
