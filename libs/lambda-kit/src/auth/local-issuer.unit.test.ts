import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { decodeJwt } from 'jose';

import { toApiGatewayClaims } from './api-gateway-claims';
import { authorize } from './authorize';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, LocalIssuer } from './local-issuer';
import { LOCAL_ISSUER_KEY_FILE } from './local-issuer-key';
import type { TokenRejectedError } from './token-rejected-error';

let keyDirectory: string;

beforeEach(async () => {
  keyDirectory = await mkdtemp(path.join(tmpdir(), 'lambda-kit-issuer-'));
});

afterEach(async () => {
  await rm(keyDirectory, { recursive: true, force: true });
});

const rejection = async (promise: Promise<unknown>): Promise<TokenRejectedError> => {
  try {
    await promise;
  } catch (error) {
    return error as TokenRejectedError;
  }
  throw new Error('expected the token to be rejected');
};

describe('LocalIssuer', () => {
  it('issues a token with the Cognito-shaped claims that verifies back', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory });

    const token = await issuer.issue({ sub: 'alice', role: 'operator' });
    const claims = await issuer.verify(token);

    expect(claims).toMatchObject({ sub: 'alice', iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, 'cognito:groups': ['operator'] });
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000 + 3500);
  });

  it('produces claims that, flattened as API Gateway does, pass the HTTP stack authorization', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory });
    const claims = await issuer.verify(await issuer.issue({ sub: 'svc-ingest', role: 'admin', actorType: 'service' }));

    const gatewayClaims = toApiGatewayClaims(claims);

    expect(gatewayClaims['cognito:groups']).toBe('[admin]');
    expect(authorize(gatewayClaims, 'operator')).toEqual({ type: 'service', id: 'svc-ingest' });
  });

  it('persists its key: a second instance on the same directory verifies the first one’s tokens', async () => {
    const first = await LocalIssuer.open({ keyDirectory });
    const token = await first.issue({ sub: 'alice', role: 'viewer' });

    const second = await LocalIssuer.open({ keyDirectory });

    expect(second.kid).toBe(first.kid);
    await expect(second.verify(token)).resolves.toMatchObject({ sub: 'alice' });
    expect((await stat(path.join(keyDirectory, LOCAL_ISSUER_KEY_FILE))).mode & 0o077).toBe(0);
  });

  it('agrees on one key when two instances start at the same time', async () => {
    const [a, b] = await Promise.all([LocalIssuer.open({ keyDirectory }), LocalIssuer.open({ keyDirectory })]);

    expect(a.kid).toBe(b.kid);
    await expect(b.verify(await a.issue({ sub: 'x', role: 'viewer' }))).resolves.toMatchObject({ sub: 'x' });
  });

  it('supports RS256 keys', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory, algorithm: 'RS256' });

    const token = await issuer.issue({ sub: 'alice', role: 'viewer' });

    expect(JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString())).toMatchObject({ alg: 'RS256' });
    await expect(issuer.verify(token)).resolves.toMatchObject({ sub: 'alice' });
  });

  it('rejects an expired token, saying when it expired', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory });
    const token = await issuer.issue({ sub: 'alice', role: 'viewer', expiresIn: -60 });
    const exp = decodeJwt(token).exp as number;

    const error = await rejection(issuer.verify(token));

    expect(error).toMatchObject({ kind: 'unauthorized', reason: 'expired', message: `Token expired at ${new Date(exp * 1000).toISOString()}` });
  });

  it('rejects a token whose payload was altered', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory });
    const [header, payload, signature] = (await issuer.issue({ sub: 'alice', role: 'viewer' })).split('.') as [string, string, string];
    const elevated = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), 'cognito:groups': ['admin'] };
    const tampered = [header, Buffer.from(JSON.stringify(elevated)).toString('base64url'), signature].join('.');

    const error = await rejection(issuer.verify(tampered));

    expect(error).toMatchObject({ kind: 'unauthorized', reason: 'bad_signature' });
  });

  it('rejects a token signed by another key', async () => {
    const otherDirectory = await mkdtemp(path.join(tmpdir(), 'lambda-kit-issuer-other-'));
    const other = await LocalIssuer.open({ keyDirectory: otherDirectory });
    const issuer = await LocalIssuer.open({ keyDirectory });

    const error = await rejection(issuer.verify(await other.issue({ sub: 'mallory', role: 'admin' })));

    expect(error.reason).toBe('bad_signature');
    await rm(otherDirectory, { recursive: true, force: true });
  });

  it('rejects a token for another audience or from another issuer, naming the value found', async () => {
    const staging = await LocalIssuer.open({ keyDirectory, issuer: 'aircraftops-staging' });
    const otherApi = await LocalIssuer.open({ keyDirectory, audience: 'billing' });
    const issuer = await LocalIssuer.open({ keyDirectory });

    const wrongIssuer = await rejection(issuer.verify(await staging.issue({ sub: 'a', role: 'viewer' })));
    const wrongAudience = await rejection(issuer.verify(await otherApi.issue({ sub: 'a', role: 'viewer' })));

    expect(wrongIssuer).toMatchObject({ reason: 'wrong_issuer', message: `Token issuer "aircraftops-staging" is not '${LOCAL_ISSUER}'` });
    expect(wrongAudience).toMatchObject({ reason: 'wrong_audience', message: `Token audience "billing" is not '${LOCAL_AUDIENCE}'` });
  });

  it.each([
    ['not a JWT', 'hello'],
    ['garbage segments', 'a.b.c'],
    ['an empty string', ''],
  ])('rejects %s as malformed', async (_what, token) => {
    const issuer = await LocalIssuer.open({ keyDirectory });

    expect(await rejection(issuer.verify(token))).toMatchObject({ kind: 'unauthorized', reason: 'malformed' });
  });

  it('verifies Bearer headers and rejects missing or non-Bearer ones precisely', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory });
    const token = await issuer.issue({ sub: 'alice', role: 'viewer' });

    await expect(issuer.verifyBearerHeader(`bearer ${token}`)).resolves.toMatchObject({ sub: 'alice' });
    expect(await rejection(issuer.verifyBearerHeader(undefined))).toMatchObject({ reason: 'missing', message: 'Missing Authorization header' });
    expect(await rejection(issuer.verifyBearerHeader(`Basic ${token}`))).toMatchObject({ reason: 'malformed' });
  });

  it('refuses to issue for a blank subject or an unknown role', async () => {
    const issuer = await LocalIssuer.open({ keyDirectory });

    await expect(issuer.issue({ sub: ' ', role: 'viewer' })).rejects.toThrow('sub is blank');
    await expect(issuer.issue({ sub: 'a', role: 'superuser' as never })).rejects.toThrow("unknown role 'superuser'");
  });

  it('fails with a clear configuration error on a corrupt key file', async () => {
    await writeFile(path.join(keyDirectory, LOCAL_ISSUER_KEY_FILE), '{"kty":"EC"');

    await expect(LocalIssuer.open({ keyDirectory })).rejects.toMatchObject({
      code: 'configuration',
      message: expect.stringContaining('is unusable: not JSON; delete it to create a new key'),
    });
    expect(await readFile(path.join(keyDirectory, LOCAL_ISSUER_KEY_FILE), 'utf8')).toBe('{"kty":"EC"');
  });
});
