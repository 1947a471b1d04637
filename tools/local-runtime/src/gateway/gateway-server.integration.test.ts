import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type FunctionDeclaration, LOCAL_ACCOUNT_ID, type RouteDeclaration } from '@aircraftops/declarations';
import { LocalIssuer, toApiGatewayClaims } from '@aircraftops/lambda-kit';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';

import type { LambdaHandler } from '../lambda';
import { type Gateway, startGateway } from './gateway-server';

const route = (method: RouteDeclaration['method'], routePath: string, role: RouteDeclaration['role']): RouteDeclaration => ({
  name: `test-${method.toLowerCase()}`,
  function: {} as FunctionDeclaration,
  method,
  path: routePath,
  role,
  handler: { module: '/in-test.ts', export: 'handler' },
  description: 'test route',
});

describe('local HTTP gateway', () => {
  let home: string;
  let issuer: LocalIssuer;
  let gateway: Gateway;
  const received: APIGatewayProxyEventV2WithJWTAuthorizer[] = [];
  const echo: LambdaHandler = async (event) => {
    received.push(event as APIGatewayProxyEventV2WithJWTAuthorizer);
    return { statusCode: 201, headers: { 'x-handler': 'echo' }, body: JSON.stringify({ ok: true }) };
  };

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'gateway-'));
    issuer = await LocalIssuer.open({ keyDirectory: home });
    gateway = await startGateway({
      port: 0,
      routes: [route('POST', '/things/{id}', 'operator'), route('GET', '/open', 'public')],
      resolveHandler: () => echo,
      verifyToken: async (token) => toApiGatewayClaims(await issuer.verify(token)),
      health: async () => ({ ok: true, parts: 'all' }),
    });
  });
  afterAll(async () => {
    await gateway.close();
    rmSync(home, { recursive: true, force: true });
  });
  beforeEach(() => received.splice(0));

  it('answers /health without a token', async () => {
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, parts: 'all' });
  });

  it('rejects a protected route without a token or with a forged one, before the handler runs', async () => {
    const missing = await fetch(`${gateway.url}/things/1`, { method: 'POST' });
    const forged = await fetch(`${gateway.url}/things/1`, {
      method: 'POST',
      headers: { authorization: 'Bearer aaa.bbb.ccc' },
    });
    expect([missing.status, forged.status]).toEqual([401, 401]);
    expect(await missing.json()).toEqual({ message: 'Unauthorized' });
    expect(received).toHaveLength(0);
  });

  it('hands the handler an API Gateway v2 event with the verified claims', async () => {
    const token = await issuer.issue({ sub: 'alice', role: 'operator' });
    const response = await fetch(`${gateway.url}/things/N%23X?verbose=1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ a: 1 }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-handler')).toBe('echo');
    const [event] = received;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /things/{id}',
      rawPath: '/things/N%23X',
      pathParameters: { id: 'N#X' },
      queryStringParameters: { verbose: '1' },
      body: '{"a":1}',
      isBase64Encoded: false,
      // The local account of every other ARN the runtime hands out (functions, bus, tables).
      requestContext: { accountId: LOCAL_ACCOUNT_ID, http: { method: 'POST' }, authorizer: { jwt: { claims: { sub: 'alice', 'cognito:groups': '[operator]' } } } },
    });
  });

  it('answers 404 like API Gateway for an undeclared route', async () => {
    const response = await fetch(`${gateway.url}/nothing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Not Found' });
  });

  it('serves a public route without a token', async () => {
    const response = await fetch(`${gateway.url}/open`);
    expect(response.status).toBe(201);
  });
});
