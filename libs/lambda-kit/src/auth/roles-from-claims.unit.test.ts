import { authorize } from './authorize';
import { highestRole } from './highest-role';
import { rolesFromClaims } from './roles-from-claims';

describe('rolesFromClaims', () => {
  it.each([
    ['an array', ['viewer', 'admin']],
    ["API Gateway's flattened array", '[viewer admin]'],
    ['a JSON array string', '["viewer","admin"]'],
    ['a comma-separated string', 'viewer,admin'],
    ['a space-separated string', 'viewer admin'],
    ['a comma-and-space separated string', 'viewer, admin'],
  ])('reads cognito:groups given as %s', (_form, groups) => {
    expect(rolesFromClaims({ 'cognito:groups': groups })).toEqual(['viewer', 'admin']);
  });

  it('ignores groups that are not platform roles', () => {
    expect(rolesFromClaims({ 'cognito:groups': '[pilots operator]' })).toEqual(['operator']);
  });

  it('never grants a role from a user attribute, which a user may be able to write', () => {
    expect(rolesFromClaims({ 'custom:role': 'admin', 'custom:groups': 'admin', role: 'admin' })).toEqual([]);
  });

  it("reads a service token's roles from its aircraftops/<role> OAuth scopes only", () => {
    expect(rolesFromClaims({ scope: 'aircraftops/operator openid other/admin aircraftops/pilot' })).toEqual(['operator']);
  });

  it('finds no role in claims without either claim', () => {
    expect(rolesFromClaims({ sub: 'alice' })).toEqual([]);
  });
});

describe('highestRole', () => {
  it('picks the most powerful role whatever the order', () => {
    expect(highestRole(['viewer', 'admin', 'operator'])).toBe('admin');
    expect(highestRole(['viewer'])).toBe('viewer');
    expect(highestRole([])).toBeUndefined();
  });

  it('names auditor only when no ladder role is granted', () => {
    expect(highestRole(['auditor'])).toBe('auditor');
    expect(highestRole(['auditor', 'viewer'])).toBe('viewer');
  });
});

describe('authorize', () => {
  it('returns a user actor from sub when the highest granted role suffices', () => {
    expect(authorize({ sub: 'alice', 'cognito:groups': '[viewer operator]' }, 'operator')).toEqual({ type: 'user', id: 'alice' });
  });

  it('marks service tokens (actor_type claim, or a client-credentials sub equal to client_id)', () => {
    expect(authorize({ sub: 'ingest', actor_type: 'service', 'cognito:groups': 'admin' }, 'viewer')).toEqual({ type: 'service', id: 'ingest' });
    expect(authorize({ sub: 'abc123', client_id: 'abc123', scope: 'aircraftops/viewer' }, 'viewer').type).toBe('service');
  });

  it('refuses missing or empty claims with 401', () => {
    expect(() => authorize(undefined, 'viewer')).toThrow(expect.objectContaining({ kind: 'unauthorized' }));
    expect(() => authorize({}, 'viewer')).toThrow(expect.objectContaining({ kind: 'unauthorized' }));
  });

  it('refuses claims without sub with 401, since no actor could be stamped', () => {
    expect(() => authorize({ 'cognito:groups': '[admin]' }, 'viewer')).toThrow('Token has no subject (sub) claim');
  });

  it('refuses a token without any platform role with 403 naming the required role', () => {
    expect(() => authorize({ sub: 'alice', 'cognito:groups': '[pilots]' }, 'viewer')).toThrow(
      expect.objectContaining({ kind: 'forbidden', message: "Role 'viewer' required; the token grants no platform role" }),
    );
  });

  it('counts every grant: an auditor who is also a viewer may use both kinds of route', () => {
    const claims = { sub: 'carol', 'cognito:groups': '[viewer auditor]' };
    expect(authorize(claims, 'auditor')).toEqual({ type: 'user', id: 'carol' });
    expect(authorize(claims, 'viewer')).toEqual({ type: 'user', id: 'carol' });
    expect(() => authorize(claims, 'operator')).toThrow("Role 'operator' required; the token grants 'viewer', 'auditor'");
  });

  it('reads auditor from a service token scope', () => {
    expect(authorize({ sub: 'svc', client_id: 'svc', scope: 'aircraftops/auditor' }, 'auditor').type).toBe('service');
  });

  it.each([
    ['viewer', 'operator', false],
    ['viewer', 'admin', false],
    ['operator', 'admin', false],
    ['operator', 'viewer', true],
    ['admin', 'operator', true],
    ['admin', 'admin', true],
    ['auditor', 'auditor', true],
    ['admin', 'auditor', true],
    ['operator', 'auditor', false],
    ['viewer', 'auditor', false],
    ['auditor', 'viewer', false],
    ['auditor', 'admin', false],
  ] as const)('with %s on a %s route allows: %s', (granted, required, allowed) => {
    const attempt = () => authorize({ sub: 'u', 'cognito:groups': `[${granted}]` }, required);
    if (allowed) expect(attempt()).toEqual({ type: 'user', id: 'u' });
    else expect(attempt).toThrow(`Role '${required}' required; the token grants '${granted}'`);
  });
});
