import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

import { ConfigurationError } from '../errors';

/** Signing algorithms the local issuer supports. */
export type LocalIssuerAlgorithm = 'ES256' | 'RS256';

/** The file, inside the key directory, that holds the private JWK. */
export const LOCAL_ISSUER_KEY_FILE = 'local-issuer.private.jwk.json';

/** A loaded signing key pair. */
export interface LocalIssuerKey {
  readonly algorithm: LocalIssuerAlgorithm;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: JWK;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;

/**
 * Loads the key pair persisted in `directory`, or creates and persists one, so tokens issued before
 * a restart of `npm start` still verify after it. The file's algorithm wins over `algorithm`, which
 * only applies on creation. Two processes starting at once agree on one key: the file is created
 * exclusively (`wx`) and the loser reads the winner's key.
 *
 * @throws ConfigurationError when the file exists but is not a usable private JWK.
 * @example
 * const key = await loadOrCreateLocalIssuerKey('.aircraftops/keys', 'ES256');
 */
export const loadOrCreateLocalIssuerKey = async (
  directory: string,
  algorithm: LocalIssuerAlgorithm,
): Promise<LocalIssuerKey> => {
  const file = path.join(directory, LOCAL_ISSUER_KEY_FILE);
  const existing = await readIfExists(file);
  if (existing !== undefined) return importPrivateJwk(existing, file);

  const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), alg: algorithm, use: 'sig' };
  jwk.kid = await calculateJwkThumbprint(publicPart(jwk));
  await mkdir(directory, { recursive: true });
  try {
    // The private key never needs to be readable by other users.
    await writeFile(file, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return importPrivateJwk((await readIfExists(file)) ?? '', file);
  }
  return importPrivateJwk(JSON.stringify(jwk), file);
};

const readIfExists = async (file: string): Promise<string | undefined> => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const importPrivateJwk = async (text: string, file: string): Promise<LocalIssuerKey> => {
  const invalid = (why: string, cause?: unknown) =>
    new ConfigurationError(`Local issuer key file ${file} is unusable: ${why}; delete it to create a new key`, { cause });
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch (error) {
    throw invalid('not JSON', error);
  }
  const algorithm = jwk.alg;
  if (!isAlgorithm(algorithm)) throw invalid(`alg must be ES256 or RS256, got ${String(algorithm)}`);
  if (typeof jwk.d !== 'string') throw invalid('it holds no private key (d)');
  const publicJwk = publicPart(jwk);
  try {
    return {
      algorithm,
      kid: jwk.kid ?? (await calculateJwkThumbprint(publicJwk)),
      privateKey: (await importJWK(jwk, algorithm)) as CryptoKey,
      publicKey: (await importJWK(publicJwk, algorithm)) as CryptoKey,
      publicJwk,
    };
  } catch (error) {
    throw invalid((error as Error).message, error);
  }
};

const isAlgorithm = (value: unknown): value is LocalIssuerAlgorithm => value === 'ES256' || value === 'RS256';

const publicPart = (jwk: JWK): JWK => {
  const copy: Record<string, unknown> = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  return copy as JWK;
};
