import type { JWTPayload } from 'jose';

/**
 * Verified JWT claims flattened the way API Gateway's JWT authorizer (HTTP API, payload 2.0) hands
 * them to a Lambda: every value a string, arrays as `"[a b]"`, objects as JSON. The local gateway puts
 * this in `requestContext.authorizer.jwt.claims`, so handlers see locally what they see in the cloud.
 *
 * @example
 * toApiGatewayClaims({ sub: 'u-1', 'cognito:groups': ['admin'], exp: 1700000000 });
 * // { sub: 'u-1', 'cognito:groups': '[admin]', exp: '1700000000' }
 */
export const toApiGatewayClaims = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([name, value]) => [name, flatten(value)]),
  );

const flatten = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(String).join(' ')}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};
