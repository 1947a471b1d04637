import type { FunctionDeclaration } from '../function/function-declaration';
import { environmentOf } from '../environment/environment-of';
import type { ResourceNames } from '../access/resource-names';
import { declarationProblems } from './declaration-problems';
import { defineApp } from './define-app';
import { routesOf, schedulesOf, streamConsumersOf, subscriptionsOf } from './views';

const handler = { module: '/app/handlers/x/handler.ts', export: 'handler' };
const http: FunctionDeclaration = {
  name: 'demo-get-thing',
  description: 'A thing',
  handler,
  trigger: { kind: 'http', method: 'GET', path: '/things/{id}', role: 'viewer' },
  access: { tables: [{ table: 'CoreTable', actions: ['GetItem'] }] },
  timeoutSeconds: 10,
  memoryMb: 512,
};
const subscription: FunctionDeclaration = {
  ...http,
  name: 'demo-on-thing',
  trigger: {
    kind: 'subscription',
    eventPattern: { source: ['aircraftops.aircraft'] },
    batchSize: 10,
    maximumBatchingWindowInSeconds: 0,
    maxReceiveCount: 3,
    visibilityTimeoutSeconds: 60,
    reportBatchItemFailures: true,
  },
};

describe('declarationProblems', () => {
  it('accepts a valid app', () => {
    expect(declarationProblems({ app: 'demo', functions: [http, subscription] })).toEqual([]);
  });

  it('requires a visibility timeout of at least 6× the function timeout, as AWS advises', () => {
    const slow = { ...subscription, timeoutSeconds: 11 };

    expect(declarationProblems({ app: 'demo', functions: [slow] })).toEqual([
      'demo-on-thing: visibilityTimeoutSeconds (60) must be at least 6× the function timeout (66), as AWS advises',
    ]);
  });

  it('names every broken rule with its function', () => {
    const broken: FunctionDeclaration = {
      ...http,
      name: 'other-Thing',
      trigger: { kind: 'http', method: 'GET', path: 'things', role: 'viewer' },
      access: { tables: [{ table: 'CoreTable', actions: [] }] },
      timeoutSeconds: 60,
      memoryMb: 64,
    };

    expect(declarationProblems({ app: 'demo', functions: [broken, http, http] })).toEqual([
      'other-Thing: name must be lower-case words joined by "-", at most 48 characters',
      'other-Thing: name must start with "demo-"',
      'other-Thing: memoryMb must be 128–10240; got 64',
      'other-Thing: route path "things" is not an API Gateway path',
      "other-Thing: an HTTP function's timeout must be ≤ 29 s (API Gateway gives up at 30 s); got 60",
      'other-Thing: access to CoreTable grants nothing',
      'demo-get-thing: name is declared twice',
    ]);
  });

  it('checks stream and schedule settings against the Lambda and Scheduler limits', () => {
    const stream: FunctionDeclaration = {
      ...http,
      name: 'demo-bridge',
      trigger: {
        kind: 'stream',
        table: 'CoreTable',
        batchSize: 100,
        maximumBatchingWindowInSeconds: 5,
        parallelizationFactor: 11,
        maximumRetryAttempts: 3,
        maximumRecordAgeInSeconds: 30,
        bisectBatchOnFunctionError: true,
        reportBatchItemFailures: true,
        startingPosition: 'TRIM_HORIZON',
      },
    };
    const schedule: FunctionDeclaration = { ...http, name: 'demo-tick', trigger: { kind: 'schedule', expression: 'every minute' } };

    expect(declarationProblems({ app: 'demo', functions: [stream, schedule] })).toEqual([
      'demo-bridge: parallelizationFactor must be 1–10',
      'demo-bridge: maximumRecordAgeInSeconds must be -1 or 60–604800',
      'demo-tick: schedule "every minute" is not rate(…) or cron(six fields)',
    ]);
  });

  it('refuses an unknown or repeated delivery stream', () => {
    const exporter = { ...http, access: { firehose: [{ stream: 'audit-analytics' as const }, { stream: 'audit-analytics' as const }, { stream: 'nope' as never }] } };

    expect(declarationProblems({ app: 'demo', functions: [exporter] })).toEqual([
      'demo-get-thing: unknown delivery stream "nope"',
      'demo-get-thing: a delivery stream is declared twice',
    ]);
  });

  it('makes defineApp throw with every problem listed', () => {
    expect(() => defineApp({ app: 'demo', functions: [{ ...subscription, timeoutSeconds: 20 }] })).toThrow(/at least 6× the function timeout \(120\)/);
  });
});

describe('views', () => {
  it('splits an app by trigger, each view carrying its function', () => {
    const manifest = { app: 'demo', functions: [http, subscription] };

    expect(routesOf(manifest)).toEqual([expect.objectContaining({ method: 'GET', path: '/things/{id}', role: 'viewer', function: http })]);
    expect(subscriptionsOf(manifest)).toEqual([expect.objectContaining({ name: 'demo-on-thing', maxReceiveCount: 3, function: subscription })]);
    expect(streamConsumersOf(manifest)).toEqual([]);
    expect(schedulesOf(manifest)).toEqual([]);
  });
});

describe('environmentOf', () => {
  const names: ResourceNames = {
    partition: 'aws',
    region: 'us-east-1',
    account: '123456789012',
    tables: { CoreTable: 'core', JobsTable: 'jobs', AuditEventsTable: 'audit' },
    busName: 'bus',
    buckets: { datasets: 'data' },
    deliveryStreams: { 'audit-analytics': 'analytics-stream' },
  };

  it('holds only what the access needs, plus declared settings', () => {
    const fn: FunctionDeclaration = {
      ...http,
      access: { tables: [{ table: 'JobsTable', actions: ['GetItem'] }], putEvents: { sources: ['x'] }, objects: [{ bucket: 'datasets', prefix: '', read: true }] },
      environment: { AIRCRAFTOPS_FEATURE: 'on' },
    };

    expect(environmentOf('demo', fn, names)).toEqual({
      POWERTOOLS_SERVICE_NAME: 'demo',
      AIRCRAFTOPS_JOBS_TABLE: 'jobs',
      AIRCRAFTOPS_EVENT_BUS: 'bus',
      AIRCRAFTOPS_DATASET_BUCKET: 'data',
      AIRCRAFTOPS_FEATURE: 'on',
    });
  });

  it('names the delivery stream a function puts records into', () => {
    expect(environmentOf('demo', { ...http, access: { firehose: [{ stream: 'audit-analytics' }] } }, names)).toEqual({
      POWERTOOLS_SERVICE_NAME: 'demo',
      AIRCRAFTOPS_ANALYTICS_STREAM: 'analytics-stream',
    });
  });
});
