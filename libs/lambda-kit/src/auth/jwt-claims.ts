/**
 * JWT claims as a Lambda sees them in `event.requestContext.authorizer.jwt.claims`. API Gateway (HTTP
 * API, payload 2.0) flattens values to strings (arrays become `"[admin operator]"`); other producers
 * (our local gateway, tests) may pass arrays, numbers or booleans, so every reader accepts all of them.
 *
 * @example
 * const claims: JwtClaims = { sub: 'u-1', 'cognito:groups': '[admin operator]' };
 */
export type JwtClaims = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;
