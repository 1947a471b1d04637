import { LADDER_ROLES, type Role } from './roles';

/**
 * The most powerful ladder role of `roles` (`admin` > `operator` > `viewer`), else `auditor` when it is
 * the only grant, or `undefined` when there is none. For messages: authorization checks every grant.
 *
 * @example
 * highestRole(['viewer', 'admin', 'operator']); // 'admin'
 * highestRole(['auditor']); // 'auditor'
 */
export const highestRole = (roles: readonly Role[]): Role | undefined =>
  [...LADDER_ROLES].reverse().find((role) => roles.includes(role)) ?? (roles.includes('auditor') ? 'auditor' : undefined);
