/**
 * Roles, weakest first: each role may do everything the roles before it may.
 *
 * @example
 * ROLES.includes('operator'); // true
 */
export const ROLES = ['viewer', 'operator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/**
 * Whether `granted` includes `required` (`admin` ⊃ `operator` ⊃ `viewer`).
 *
 * @example
 * roleSatisfies('admin', 'operator'); // true
 * roleSatisfies('viewer', 'operator'); // false
 */
export const roleSatisfies = (granted: Role, required: Role): boolean =>
  ROLES.indexOf(granted) >= ROLES.indexOf(required);

/**
 * Whether `value` is one of the platform roles.
 *
 * @example
 * isRole('admin'); // true
 * isRole('pilots'); // false
 */
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
