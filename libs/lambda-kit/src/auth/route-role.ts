import type { Role } from './roles';

/**
 * The role a route requires: a platform role, or `public` for the few routes that must answer
 * without a token (health).
 *
 * @example
 * const role: RouteRole = 'public';
 */
export type RouteRole = Role | 'public';
