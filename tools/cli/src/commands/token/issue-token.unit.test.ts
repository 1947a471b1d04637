import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { LocalIssuer } from '@aircraftops/lambda-kit';

import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { issueToken } from './issue-token';

describe('token', () => {
  let keyDirectory: string;

  beforeEach(() => {
    keyDirectory = mkdtempSync(path.join(tmpdir(), 'aircraftops-keys-'));
  });

  afterEach(() => rmSync(keyDirectory, { recursive: true, force: true }));

  it('prints only a token that the local issuer (the gateway’s key) verifies, with sub dev and 8 hours by default', async () => {
    const out = captureIo();
    const before = Math.floor(Date.now() / 1000);

    await issueToken({ role: 'operator', keyDirectory }, out.io);

    expect(out.stdout()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(out.stderr()).toBe('');
    const claims = await (await LocalIssuer.open({ keyDirectory })).verify(out.stdout().trim());
    expect(claims).toMatchObject({ sub: 'dev', 'cognito:groups': ['operator'] });
    expect(claims.exp).toBeGreaterThanOrEqual(before + 8 * 3600);
    expect(claims.exp).toBeLessThanOrEqual(before + 8 * 3600 + 5);
  });

  it('uses the given sub, lifetime and service actor type', async () => {
    const out = captureIo();

    await issueToken({ role: 'admin', sub: 'ingestion-bot', expiresIn: '15m', service: true, keyDirectory }, out.io);

    const claims = await (await LocalIssuer.open({ keyDirectory })).verify(out.stdout().trim());
    expect(claims).toMatchObject({ sub: 'ingestion-bot', 'cognito:groups': ['admin'], actor_type: 'service' });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);
  });

  it.each([
    [{ role: 'superuser' }, '--role "superuser" is not a role: use one of viewer, operator, admin, auditor.'],
    [{ role: 'viewer', sub: '  ' }, '--sub must not be blank.'],
    [{ role: 'viewer', expiresIn: 'forever' }, '--expires-in "forever" is not a positive duration'],
  ])('rejects %j with exit code 2 and prints nothing', async (options, message) => {
    const out = captureIo();

    await expect(issueToken({ ...options, keyDirectory }, out.io)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(message) });
    expect(out.stdout()).toBe('');
  });
});
