import path from 'node:path';

import type { FunctionDeclaration } from '../function/function-declaration';
import { localFunction } from './local-function';
import { LambdaTimeoutError } from './lambda-timeout-error';
import { localResourceNames } from './local-resource-names';

const probe = path.join(__dirname, '__fixtures__/probe-handler.fixtures.test.ts');
const names = localResourceNames({ region: 'eu-west-1' });
const local = { region: 'eu-west-1', dynamodbEndpoint: 'http://127.0.0.1:8000', eventBridgeEndpoint: 'http://127.0.0.1:4010', dataDir: '/tmp/datasets', logLevel: 'WARN' };

const declaration = (overrides: Partial<FunctionDeclaration> = {}): FunctionDeclaration => ({
  name: 'audit-probe',
  description: 'probe',
  handler: { module: probe, export: 'handler' },
  trigger: { kind: 'schedule', expression: 'rate(1 minute)' },
  access: { tables: [{ table: 'AuditEventsTable', actions: ['PutItem'] }] },
  timeoutSeconds: 3,
  memoryMb: 256,
  ...overrides,
});

type Echo = { env: Record<string, string>; scope: string; context: Record<string, unknown> };

describe('localFunction', () => {
  it('runs the handler with its declared environment plus the local additions, and nothing of process.env', async () => {
    process.env['SOMETHING_OF_THE_RUNTIME'] = 'runtime-only';
    try {
      const echo = (await localFunction(declaration(), { app: 'audit', names, local }).invoke({})) as Echo;

      expect(echo.scope).toBe('audit-probe');
      expect(echo.env).toEqual({
        POWERTOOLS_SERVICE_NAME: 'audit',
        AIRCRAFTOPS_AUDIT_TABLE: 'AuditEventsTable',
        AWS_REGION: 'eu-west-1',
        AWS_DEFAULT_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_LAMBDA_FUNCTION_NAME: 'audit-probe',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
        AIRCRAFTOPS_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
        POWERTOOLS_LOG_LEVEL: 'WARN',
      });
    } finally {
      delete process.env['SOMETHING_OF_THE_RUNTIME'];
    }
  });

  it('gives a function with object access the local dataset folder instead of a bucket, and a publisher the bus endpoint', () => {
    const reader = localFunction(declaration({ access: { objects: [{ bucket: 'datasets', prefix: '', read: true }] } }), { app: 'ingestion', names, local });
    const publisher = localFunction(declaration({ access: { putEvents: { sources: ['aircraftops.aircraft'] } } }), { app: 'stream-bridge', names, local });

    expect(reader.env).toMatchObject({ AIRCRAFTOPS_DATA_DIR: '/tmp/datasets' });
    expect(reader.env).not.toHaveProperty('AIRCRAFTOPS_DATASET_BUCKET');
    expect(reader.env).not.toHaveProperty('AIRCRAFTOPS_DYNAMODB_ENDPOINT');
    expect(publisher.env).toMatchObject({ AIRCRAFTOPS_EVENT_BUS: 'aircraftops', AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT: 'http://127.0.0.1:4010' });
  });

  it('gives a function putting into a delivery stream the local data folder instead of the stream (no Firehose locally)', () => {
    const exporter = localFunction(declaration({ access: { firehose: [{ stream: 'audit-analytics' }] } }), { app: 'audit', names, local });

    expect(exporter.env).toMatchObject({ AIRCRAFTOPS_DATA_DIR: '/tmp/datasets' });
    expect(exporter.env).not.toHaveProperty('AIRCRAFTOPS_ANALYTICS_STREAM');
  });

  it('gives HTTP functions the runtime’s CORS origins, and no other function (none declared: no variable, CORS stays closed)', () => {
    const withOrigins = { ...local, corsOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'] };
    const route = declaration({ trigger: { kind: 'http', method: 'GET', path: '/probe', role: 'viewer' } });

    expect(localFunction(route, { app: 'audit', names, local: withOrigins }).env).toMatchObject({
      AIRCRAFTOPS_CORS_ORIGINS: 'http://localhost:3000,http://127.0.0.1:3000',
    });
    expect(localFunction(declaration(), { app: 'audit', names, local: withOrigins }).env).not.toHaveProperty('AIRCRAFTOPS_CORS_ORIGINS');
    expect(localFunction(route, { app: 'audit', names, local }).env).not.toHaveProperty('AIRCRAFTOPS_CORS_ORIGINS');
  });

  it('keeps two functions sharing one handler module apart when they run at once', async () => {
    const a = localFunction(declaration({ name: 'audit-a', environment: { WHO: 'a' } }), { app: 'audit', names, local });
    const b = localFunction(declaration({ name: 'audit-b', environment: { WHO: 'b' } }), { app: 'audit', names, local });

    const [fromA, fromB] = (await Promise.all([a.invoke({ sleepMs: 20 }), b.invoke({ sleepMs: 5 })])) as Echo[];

    expect([fromA!.scope, fromA!.env['WHO'], fromB!.scope, fromB!.env['WHO']]).toEqual(['audit-a', 'a', 'audit-b', 'b']);
  });

  it('passes a Lambda context with the declared name, memory, ARN and remaining time', async () => {
    const echo = (await localFunction(declaration(), { app: 'audit', names, local }).invoke({})) as Echo;

    expect(echo.context).toMatchObject({
      functionName: 'audit-probe',
      invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:audit-probe',
      memoryLimitInMB: '256',
    });
    expect(echo.context['remaining']).toBeGreaterThan(2_000);
    expect(echo.context['remaining']).toBeLessThanOrEqual(3_000);
  });

  it('fails an invocation that runs past the declared timeout as Lambda does', async () => {
    jest.useFakeTimers();
    try {
      const invocation = localFunction(declaration({ timeoutSeconds: 1 }), { app: 'audit', names, local }).invoke({ sleepMs: 5_000 });
      const settled = invocation.catch((error: unknown) => error);
      await jest.advanceTimersByTimeAsync(1_000);

      const error = await settled;
      expect(error).toBeInstanceOf(LambdaTimeoutError);
      expect((error as Error).message).toBe('Task timed out after 1.00 seconds');
    } finally {
      jest.useRealTimers();
    }
  });

  it('checks each request against the declared access and denies the rest with AccessDeniedException', async () => {
    const fn = localFunction(declaration({ handler: { module: probe, export: 'callsCheck' } }), { app: 'audit', names, local });
    const request = (command: string, table: string) => ({ service: 'DynamoDB', command, input: { TableName: table } });

    await expect(fn.invoke(request('PutItemCommand', 'AuditEventsTable'))).resolves.toBe('allowed');
    await expect(fn.invoke(request('DeleteItemCommand', 'AuditEventsTable'))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(
        'is not authorized to perform: dynamodb:DeleteItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/AuditEventsTable',
      ),
    });
    await expect(fn.invoke(request('PutItemCommand', 'CoreTable'))).rejects.toMatchObject({ name: 'AccessDeniedException' });
    const unchecked = localFunction(declaration({ handler: { module: probe, export: 'callsCheck' } }), { app: 'audit', names, local, enforceAccess: false });
    await expect(unchecked.invoke(request('PutItemCommand', 'CoreTable'))).resolves.toBe('allowed');
  });

  it('loads the handler module inside the first invoking function, so module-scope code sees that function', async () => {
    const fn = localFunction(declaration({ name: 'audit-loader', handler: { module: probe, export: 'handler' } }), { app: 'audit', names, local });
    await fn.invoke({});
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module the runtime loaded
    const loaded = require(probe) as { loadedWith: { scope?: string } };

    expect(loaded.loadedWith.scope).toMatch(/^audit-/);
  });
});
