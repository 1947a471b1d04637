/**
 * The ladder, weakest first: each of these roles may do everything the roles before it may.
 *
 * @example
 * LADDER_ROLES.includes('operator'); // true
 */
export const LADDER_ROLES = ['viewer', 'operator', 'admin'] as const;

/**
 * Every platform role a token can grant: the ladder, and `auditor`, granted separately because audit
 * trails hold personal data. `auditor` implies no ladder role (an auditor cannot read aircraft), and no
 * ladder role but `admin` implies `auditor`.
 *
 * @example
 * ROLES.includes('auditor'); // true
 */
export const ROLES = [...LADDER_ROLES, 'auditor'] as const;

export type Role = (typeof ROLES)[number];

/** The roles that may use a route requiring the key (besides the key itself). */
const ALSO_SATISFIED_BY: Readonly<Record<Role, readonly Role[]>> = {
  viewer: ['operator', 'admin'],
  operator: ['admin'],
  admin: [],
  // Trails are personal data: only the separately granted auditor, and admin, who grants roles anyway.
  auditor: ['admin'],
};

/**
 * Whether `granted` includes `required`: up the ladder (`admin` ⊃ `operator` ⊃ `viewer`), and `auditor`
 * only by `auditor` or `admin`.
 *
 * @example
 * roleSatisfies('admin', 'operator'); // true
 * roleSatisfies('viewer', 'operator'); // false
 * roleSatisfies('admin', 'auditor'); // true
 * roleSatisfies('operator', 'auditor'); // false
 * roleSatisfies('auditor', 'viewer'); // false
 */
export const roleSatisfies = (granted: Role, required: Role): boolean =>
  granted === required || ALSO_SATISFIED_BY[required].includes(granted);

/**
 * Whether `value` is one of the platform roles.
 *
 * @example
 * isRole('auditor'); // true
 * isRole('pilots'); // false
 */
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
