/** Roles, weakest first: each role may do everything the roles before it may. */
export const ROLES = ['viewer', 'operator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** Whether `granted` includes `required` (`admin` ⊃ `operator` ⊃ `viewer`). */
export const roleSatisfies = (granted: Role, required: Role): boolean =>
  ROLES.indexOf(granted) >= ROLES.indexOf(required);

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
