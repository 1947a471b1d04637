import { type JWTPayload, jwtVerify, SignJWT } from 'jose';

import { ACTOR_TYPE_CLAIM } from './actor-from-claims';
import { bearerToken } from './bearer-token';
import { type LocalIssuerAlgorithm, type LocalIssuerKey, loadOrCreateLocalIssuerKey } from './local-issuer-key';
import { isRole, type Role } from './roles';
import { GROUPS_CLAIM } from './roles-from-claims';
import { TokenRejectedError } from './token-rejected-error';
import { translateJoseError } from './translate-jose-error';

/** The `iss` of local tokens. */
export const LOCAL_ISSUER = 'aircraftops-local';
/** The `aud` of local tokens (the API's audience). */
export const LOCAL_AUDIENCE = 'aircraftops';

/** Options of {@link LocalIssuer.open}. */
export interface LocalIssuerOptions {
  /** Where the key pair is persisted (created if missing). */
  readonly keyDirectory: string;
  /** Used only when the key is created. Default ES256. */
  readonly algorithm?: LocalIssuerAlgorithm;
  /** Default {@link LOCAL_ISSUER}. */
  readonly issuer?: string;
  /** Default {@link LOCAL_AUDIENCE}. */
  readonly audience?: string;
}

/** What {@link LocalIssuer.issue} puts in a token. */
export interface IssueTokenInput {
  readonly sub: string;
  readonly role: Role;
  /** Seconds from now (negative gives an already expired token), or a jose time span such as `'8h'`. Default 1 hour. */
  readonly expiresIn?: number | string;
  /** `service` marks a machine token (claim `actor_type`). Default `user`. */
  readonly actorType?: 'user' | 'service';
}

/** Claims of a verified token. */
export type VerifiedClaims = JWTPayload & { readonly sub: string };

/**
 * The local stand-in for Cognito: issues JWTs with the claims Cognito would put there
 * (`cognito:groups`) and verifies them for the local gateway, which then fills
 * `requestContext.authorizer.jwt.claims` as API Gateway's JWT authorizer does in the cloud.
 *
 * @example
 * const issuer = await LocalIssuer.open({ keyDirectory: '.aircraftops/keys' });
 * const token = await issuer.issue({ sub: 'alice', role: 'operator' });
 * const claims = await issuer.verifyBearerHeader(`Bearer ${token}`); // claims.sub === 'alice'
 */
export class LocalIssuer {
  private constructor(
    private readonly key: LocalIssuerKey,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  /** Loads the persisted key pair from `keyDirectory`, creating it on first use. */
  static async open(options: LocalIssuerOptions): Promise<LocalIssuer> {
    const key = await loadOrCreateLocalIssuerKey(options.keyDirectory, options.algorithm ?? 'ES256');
    return new LocalIssuer(key, options.issuer ?? LOCAL_ISSUER, options.audience ?? LOCAL_AUDIENCE);
  }

  /** The id of the signing key (its JWK thumbprint), stable across restarts. */
  get kid(): string {
    return this.key.kid;
  }

  /** The public key as a JWKS, for anything that verifies tokens itself. */
  get jwks(): { keys: object[] } {
    return { keys: [{ ...this.key.publicJwk, kid: this.key.kid }] };
  }

  /**
   * A signed token for `sub` with `role`.
   *
   * @throws TypeError on a blank `sub` or an unknown role: a token nobody can use is a caller bug.
   */
  async issue(input: IssueTokenInput): Promise<string> {
    if (input.sub.trim() === '') throw new TypeError('Cannot issue a token: sub is blank');
    if (!isRole(input.role)) throw new TypeError(`Cannot issue a token: unknown role '${String(input.role)}'`);
    const expiresIn = input.expiresIn ?? 3600;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      [GROUPS_CLAIM]: [input.role],
      ...(input.actorType === 'service' ? { [ACTOR_TYPE_CLAIM]: 'service' } : {}),
    })
      .setProtectedHeader({ alg: this.key.algorithm, kid: this.key.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(input.sub)
      .setIssuedAt(now)
      .setExpirationTime(typeof expiresIn === 'number' ? now + expiresIn : expiresIn)
      .sign(this.key.privateKey);
  }

  /**
   * The claims of `token` once its signature, algorithm, issuer, audience and expiry check out.
   *
   * @throws TokenRejectedError (401) with the precise reason: malformed, expired, bad_signature,
   * bad_algorithm, wrong_issuer, wrong_audience or invalid_claims.
   */
  async verify(token: string): Promise<VerifiedClaims> {
    if (typeof token !== 'string' || token.split('.').length !== 3) {
      throw new TokenRejectedError('malformed', 'Malformed token: expected a JWT of three dot-separated parts');
    }
    try {
      const { payload } = await jwtVerify(token, this.key.publicKey, {
        issuer: this.issuer,
        audience: this.audience,
        algorithms: [this.key.algorithm],
        requiredClaims: ['sub', 'exp'],
      });
      return payload as VerifiedClaims;
    } catch (error) {
      throw translateJoseError(error, { issuer: this.issuer, audience: this.audience, algorithm: this.key.algorithm });
    }
  }

  /** {@link verify} for an `Authorization` header value; a missing or non-Bearer header is rejected. */
  async verifyBearerHeader(authorizationHeader: string | undefined): Promise<VerifiedClaims> {
    return this.verify(bearerToken(authorizationHeader));
  }
}
