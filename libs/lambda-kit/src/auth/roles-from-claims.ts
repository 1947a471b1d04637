import type { JwtClaims } from './jwt-claims';
import { isRole, type Role } from './roles';

/** Cognito puts group membership here; the local issuer writes the same claim. */
export const GROUPS_CLAIM = 'cognito:groups';
/** OAuth scopes of a client-credentials (service) token; `aircraftops/<role>` grants that role. */
export const SCOPE_CLAIM = 'scope';
export const ROLE_SCOPE_PREFIX = 'aircraftops/';

/**
 * Every platform role the claims grant: user tokens through `cognito:groups`, service tokens through the
 * OAuth scopes `aircraftops/<role>` of their app client. Both are set by administrators only; a user
 * attribute (`custom:…`), which a user may be able to write, never grants a role. Groups and scopes that
 * are not platform roles are ignored (a pool may have others).
 *
 * Accepted forms of a claim value: an array (`['admin']`), API Gateway's flattened array
 * (`"[admin operator]"`), a JSON array string (`'["admin"]'`), or a space/comma separated string.
 *
 * @example
 * rolesFromClaims({ 'cognito:groups': '[viewer admin]' }); // ['viewer', 'admin']
 */
export const rolesFromClaims = (claims: JwtClaims): Role[] =>
  [
    ...claimValues(claims[GROUPS_CLAIM]),
    ...claimValues(claims[SCOPE_CLAIM])
      .filter((scope) => scope.startsWith(ROLE_SCOPE_PREFIX))
      .map((scope) => scope.slice(ROLE_SCOPE_PREFIX.length)),
  ].filter(isRole);

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
