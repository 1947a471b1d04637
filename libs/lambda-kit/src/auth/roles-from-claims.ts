import type { JwtClaims } from './jwt-claims';
import { isRole, type Role } from './roles';

/** Cognito puts group membership here; the local issuer writes the same claim. */
export const GROUPS_CLAIM = 'cognito:groups';
/** A single role as a custom user attribute, for pools that model roles as an attribute. */
export const ROLE_CLAIM = 'custom:role';

/**
 * Every platform role the claims grant, from `cognito:groups` and `custom:role`. Groups that are not
 * platform roles are ignored (a pool may have other groups).
 *
 * Accepted forms of a claim value: an array (`['admin']`), API Gateway's flattened array
 * (`"[admin operator]"`), a JSON array string (`'["admin"]'`), or a space/comma separated string.
 *
 * @example
 * rolesFromClaims({ 'cognito:groups': '[viewer admin]' }); // ['viewer', 'admin']
 */
export const rolesFromClaims = (claims: JwtClaims): Role[] =>
  [...claimValues(claims[GROUPS_CLAIM]), ...claimValues(claims[ROLE_CLAIM])].filter(isRole);

const claimValues = (value: JwtClaims[string]): string[] => {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  const text = String(value).trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    const parsed = parseJsonArray(text);
    if (parsed) return parsed;
    return splitList(text.slice(1, -1));
  }
  return splitList(text);
};

const splitList = (text: string): string[] => text.split(/[\s,]+/).filter((part) => part.length > 0);

const parseJsonArray = (text: string): string[] | undefined => {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map(String) : undefined;
  } catch {
    // Not JSON: API Gateway's "[a b]" form, handled by the caller.
    return undefined;
  }
};
