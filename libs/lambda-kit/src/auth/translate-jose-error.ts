import { TokenRejectedError } from './token-rejected-error';

interface Expected {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithm: string;
}

interface JoseErrorShape {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly claim?: unknown;
  readonly payload?: Readonly<Record<string, unknown>>;
}

/**
 * A jose verification error as a TokenRejectedError with a precise reason; anything else (not a jose
 * error) is returned unchanged so it surfaces as the bug it is. Matches on jose's `code`, not on
 * classes, so a second copy of jose cannot slip through.
 *
 * @example
 * catch (error) { throw translateJoseError(error, { issuer, audience, algorithm: 'ES256' }); }
 */
export const translateJoseError = (error: unknown, expected: Expected): unknown => {
  const jose = (typeof error === 'object' && error !== null ? error : {}) as JoseErrorShape;
  const message = typeof jose.message === 'string' ? jose.message : 'unknown reason';
  const options = { cause: error };
  switch (jose.code) {
    case 'ERR_JWT_EXPIRED': {
      const exp = jose.payload?.['exp'];
      const when = typeof exp === 'number' ? ` at ${new Date(exp * 1000).toISOString()}` : '';
      return new TokenRejectedError('expired', `Token expired${when}`, options);
    }
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new TokenRejectedError('bad_signature', 'Token signature is invalid: altered, or signed by another key', options);
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return new TokenRejectedError('bad_algorithm', `Token algorithm is not allowed; expected ${expected.algorithm}`, options);
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return claimError(jose, expected, options);
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return new TokenRejectedError('malformed', `Malformed token: ${message}`, options);
    default:
      return error;
  }
};

const claimError = (jose: JoseErrorShape, expected: Expected, options: ErrorOptions): TokenRejectedError => {
  const actual = (name: string) => JSON.stringify(jose.payload?.[name]) ?? 'nothing';
  if (jose.claim === 'iss') {
    return new TokenRejectedError('wrong_issuer', `Token issuer ${actual('iss')} is not '${expected.issuer}'`, options);
  }
  if (jose.claim === 'aud') {
    return new TokenRejectedError('wrong_audience', `Token audience ${actual('aud')} is not '${expected.audience}'`, options);
  }
  return new TokenRejectedError('invalid_claims', `Token claim '${String(jose.claim)}' is invalid: ${String(jose.message)}`, options);
};
