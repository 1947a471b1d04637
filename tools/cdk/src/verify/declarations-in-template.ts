import {
  type AppManifest,
  environmentOf,
  type FunctionDeclaration,
  LAMBDA_ARCHITECTURE,
  LAMBDA_RUNTIME,
  type ResourceNames,
  routesOf,
  schedulesOf,
  streamConsumersOf,
  subscriptionsOf,
} from '@aircraftops/declarations';

import { corsEnvironmentOf } from '../functions/cors-environment';
import { type CfnResource, type CfnTemplate, mismatch, TemplateIndex } from './template-index';

/** Any names: only the environment's keys and declared literal values are compared, not the tokens. */
const ANY_NAMES: ResourceNames = {
  partition: 'aws',
  region: 'r',
  account: 'a',
  tables: { CoreTable: 'x', JobsTable: 'x', AuditEventsTable: 'x' },
  busName: 'x',
  buckets: { datasets: 'x' },
  deliveryStreams: { 'audit-analytics': 'x' },
};

const functionOf = (index: TemplateIndex, name: string): CfnResource | undefined =>
  index.ofType('AWS::Lambda::Function').find((fn) => fn.properties['FunctionName'] === name);

const functionProblems = (app: string, fn: FunctionDeclaration, resource: CfnResource): string[] => {
  const p = resource.properties;
  const env = ((p['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {}) as Record<string, unknown>;
  // The CORS origins are the deployment's configuration, not the declaration's: present on a route only when configured.
  const corsKeys = Object.keys(corsEnvironmentOf(fn, ['https://configured.example'])).filter((key) => key in env);
  const expectedKeys = [...Object.keys(environmentOf(app, fn, ANY_NAMES)), ...corsKeys, 'NODE_OPTIONS'].sort();
  return [
    ...mismatch('Runtime', p['Runtime'], LAMBDA_RUNTIME),
    ...mismatch('Architectures', p['Architectures'], [LAMBDA_ARCHITECTURE]),
    ...mismatch('Handler', p['Handler'], `index.${fn.handler.export}`),
    ...mismatch('MemorySize', p['MemorySize'], fn.memoryMb),
    ...mismatch('Timeout', p['Timeout'], fn.timeoutSeconds),
    ...mismatch('ReservedConcurrentExecutions', p['ReservedConcurrentExecutions'], fn.reservedConcurrency),
    ...mismatch('environment variables', Object.keys(env).sort(), expectedKeys),
    ...Object.entries(fn.environment ?? {}).flatMap(([key, value]) => mismatch(`environment ${key}`, env[key], value)),
    ...mismatch('NODE_OPTIONS', env['NODE_OPTIONS'], '--enable-source-maps'),
  ];
};

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Every statement of the policies attached to a function's role. */
const roleStatementsOf = (index: TemplateIndex, fn: CfnResource): { Action?: unknown; Resource?: unknown }[] => {
  const role = TemplateIndex.target(fn.properties['Role']);
  return index
    .ofType('AWS::IAM::Policy')
    .filter((policy) => listOf(policy.properties['Roles']).some((ref) => TemplateIndex.target(ref) === role))
    .flatMap((policy) => listOf((policy.properties['PolicyDocument'] as { Statement?: unknown } | undefined)?.Statement) as { Action?: unknown; Resource?: unknown }[]);
};

/**
 * The role's Firehose grants against the declared ones: exactly one statement, `PutRecordBatch` and
 * `PutRecord` on one stream ARN per declared stream, and no Firehose action at all without a declaration.
 */
const firehoseProblems = (index: TemplateIndex, fn: FunctionDeclaration, resource: CfnResource): string[] => {
  const statements = roleStatementsOf(index, resource).filter((statement) => listOf(statement.Action).some((action) => String(action).startsWith('firehose:')));
  const declared = fn.access.firehose ?? [];
  if (declared.length === 0) return statements.length === 0 ? [] : ['Firehose actions granted without a firehose declaration'];
  return [
    ...mismatch('Firehose statements', statements.length, 1),
    ...mismatch('Firehose actions', listOf(statements[0]?.Action), ['firehose:PutRecordBatch', 'firehose:PutRecord']),
    ...mismatch('Firehose resources', listOf(statements[0]?.Resource).length, new Set(declared.map((grant) => grant.stream)).size),
  ];
};

const mappingsOf = (index: TemplateIndex, fn: CfnResource): CfnResource[] =>
  index.ofType('AWS::Lambda::EventSourceMapping').filter((esm) => TemplateIndex.target(esm.properties['FunctionName']) === fn.logicalId);

const responseTypes = (report: boolean) => (report ? ['ReportBatchItemFailures'] : undefined);

/**
 * Every way the synthesised `template` differs from what `manifest` declares — each function (runtime,
 * architecture, memory, timeout, concurrency, environment, its Firehose grant), each route (method, path, JWT authorizer,
 * integration to its function), each subscription (rule pattern, encrypted queue, DLQ and redrive, mapping
 * settings), each stream consumer (every mapping setting, filters, on-failure queue) and each schedule.
 * An empty list means the cloud runs what the local runtime runs.
 * @example
 * expect(declarationProblems(manifest, template)).toEqual([]);
 */
export const declarationsInTemplateProblems = (manifest: AppManifest, template: CfnTemplate): string[] => {
  const index = new TemplateIndex(template);
  const problems: string[] = [];
  const resolved = new Map<string, CfnResource>();
  for (const fn of manifest.functions) {
    const resource = functionOf(index, fn.name);
    if (!resource) problems.push(`${fn.name}: no AWS::Lambda::Function named so`);
    else {
      resolved.set(fn.name, resource);
      problems.push(...[...functionProblems(manifest.app, fn, resource), ...firehoseProblems(index, fn, resource)].map((problem) => `${fn.name}: ${problem}`));
    }
  }

  for (const route of routesOf(manifest)) {
    const fn = resolved.get(route.name);
    const key = `${route.method} ${route.path}`;
    const found = index.ofType('AWS::ApiGatewayV2::Route').find((r) => r.properties['RouteKey'] === key);
    if (!fn || !found) {
      problems.push(`${route.name}: no route ${key}`);
      continue;
    }
    const integration = index.byId(TemplateIndex.target(found.properties['Target']));
    if (TemplateIndex.target(integration?.properties['IntegrationUri']) !== fn.logicalId) problems.push(`${route.name}: ${key} does not integrate its function`);
    if (route.role === 'public') problems.push(...mismatch(`${route.name}: ${key} AuthorizationType`, found.properties['AuthorizationType'], 'NONE'));
    else {
      const authorizer = index.byId(TemplateIndex.target(found.properties['AuthorizerId']));
      problems.push(...mismatch(`${route.name}: ${key} AuthorizationType`, found.properties['AuthorizationType'], 'JWT'));
      problems.push(...mismatch(`${route.name}: ${key} authorizer type`, authorizer?.properties['AuthorizerType'], 'JWT'));
    }
  }

  for (const subscription of subscriptionsOf(manifest)) {
    const fn = resolved.get(subscription.name);
    if (!fn) continue;
    const at = (problem: string) => `${subscription.name}: ${problem}`;
    const mapping = mappingsOf(index, fn)[0];
    const queue = index.byId(TemplateIndex.target(mapping?.properties['EventSourceArn']));
    if (!mapping || queue?.type !== 'AWS::SQS::Queue') {
      problems.push(at('no SQS event-source mapping'));
      continue;
    }
    const m = mapping.properties;
    problems.push(
      ...[
        ...mismatch('BatchSize', m['BatchSize'], subscription.batchSize),
        ...mismatch('MaximumBatchingWindowInSeconds', m['MaximumBatchingWindowInSeconds'], subscription.maximumBatchingWindowInSeconds || undefined),
        ...mismatch('MaximumConcurrency', (m['ScalingConfig'] as { MaximumConcurrency?: number } | undefined)?.MaximumConcurrency, subscription.maximumConcurrency),
        ...mismatch('FunctionResponseTypes', m['FunctionResponseTypes'], responseTypes(subscription.reportBatchItemFailures)),
        ...mismatch('queue VisibilityTimeout', queue.properties['VisibilityTimeout'], subscription.visibilityTimeoutSeconds),
        ...mismatch('queue SqsManagedSseEnabled', queue.properties['SqsManagedSseEnabled'], true),
      ].map(at),
    );
    const redrive = queue.properties['RedrivePolicy'] as { maxReceiveCount?: number; deadLetterTargetArn?: unknown } | undefined;
    const dlq = index.byId(TemplateIndex.target(redrive?.deadLetterTargetArn));
    problems.push(...mismatch('maxReceiveCount', redrive?.maxReceiveCount, subscription.maxReceiveCount).map(at));
    if (dlq?.type !== 'AWS::SQS::Queue') problems.push(at('queue has no DLQ'));
    else {
      problems.push(...mismatch('DLQ MessageRetentionPeriod', dlq.properties['MessageRetentionPeriod'], (subscription.dlqRetentionDays ?? 14) * 86_400).map(at));
      problems.push(...mismatch('DLQ SqsManagedSseEnabled', dlq.properties['SqsManagedSseEnabled'], true).map(at));
    }
    const rules = index
      .ofType('AWS::Events::Rule')
      .filter((rule) => ((rule.properties['Targets'] as { Arn?: unknown }[] | undefined) ?? []).some((target) => TemplateIndex.target(target.Arn) === queue.logicalId));
    if (rules.length !== 1) problems.push(at(`expected one rule targeting its queue, found ${rules.length}`));
    else problems.push(...mismatch('rule EventPattern', rules[0]?.properties['EventPattern'], subscription.eventPattern).map(at));
  }

  for (const consumer of streamConsumersOf(manifest)) {
    const fn = resolved.get(consumer.name);
    if (!fn) continue;
    const at = (problem: string) => `${consumer.name}: ${problem}`;
    const mapping = mappingsOf(index, fn)[0];
    if (!mapping) {
      problems.push(at('no stream event-source mapping'));
      continue;
    }
    const m = mapping.properties;
    const onFailure = index.byId(TemplateIndex.target((m['DestinationConfig'] as { OnFailure?: { Destination?: unknown } } | undefined)?.OnFailure?.Destination));
    problems.push(
      ...[
        ...mismatch('StartingPosition', m['StartingPosition'], consumer.startingPosition),
        ...mismatch('BatchSize', m['BatchSize'], consumer.batchSize),
        ...mismatch('MaximumBatchingWindowInSeconds', m['MaximumBatchingWindowInSeconds'], consumer.maximumBatchingWindowInSeconds),
        ...mismatch('ParallelizationFactor', m['ParallelizationFactor'], consumer.parallelizationFactor),
        ...mismatch('MaximumRetryAttempts', m['MaximumRetryAttempts'] ?? -1, consumer.maximumRetryAttempts),
        ...mismatch('MaximumRecordAgeInSeconds', m['MaximumRecordAgeInSeconds'] ?? -1, consumer.maximumRecordAgeInSeconds),
        ...mismatch('BisectBatchOnFunctionError', m['BisectBatchOnFunctionError'], consumer.bisectBatchOnFunctionError),
        ...mismatch('FunctionResponseTypes', m['FunctionResponseTypes'], responseTypes(consumer.reportBatchItemFailures)),
        ...mismatch('FilterCriteria', m['FilterCriteria'], consumer.filterPatterns?.length ? { Filters: consumer.filterPatterns.map((p) => ({ Pattern: JSON.stringify(p) })) } : undefined),
        ...mismatch('on-failure destination', onFailure ? `${onFailure.type} encrypted=${String(onFailure.properties['SqsManagedSseEnabled'])}` : undefined, consumer.onFailure ? 'AWS::SQS::Queue encrypted=true' : undefined),
      ].map(at),
    );
  }

  for (const schedule of schedulesOf(manifest)) {
    const fn = resolved.get(schedule.name);
    if (!fn) continue;
    const found = index
      .ofType('AWS::Scheduler::Schedule')
      .filter((s) => TemplateIndex.target((s.properties['Target'] as { Arn?: unknown } | undefined)?.Arn) === fn.logicalId);
    if (found.length !== 1) problems.push(`${schedule.name}: expected one schedule invoking it, found ${found.length}`);
    else {
      problems.push(...mismatch('ScheduleExpression', found[0]?.properties['ScheduleExpression'], schedule.expression).map((p) => `${schedule.name}: ${p}`));
      problems.push(...mismatch('State', found[0]?.properties['State'] ?? 'ENABLED', 'ENABLED').map((p) => `${schedule.name}: ${p}`));
    }
  }
  problems.push(...undeclaredProblems(manifest, index));
  return problems;
};

/** Resources of a kind the declarations generate that no declaration accounts for (a removed function, route, …). */
const undeclaredProblems = (manifest: AppManifest, index: TemplateIndex): string[] => {
  const declaredNames = new Set(manifest.functions.map((fn) => fn.name));
  const routeKeys = new Set(routesOf(manifest).map((route) => `${route.method} ${route.path}`));
  const expectedCounts: Record<string, number> = {
    'AWS::Lambda::EventSourceMapping': subscriptionsOf(manifest).length + streamConsumersOf(manifest).length,
    'AWS::Events::Rule': subscriptionsOf(manifest).length,
    'AWS::Scheduler::Schedule': schedulesOf(manifest).length,
  };
  return [
    ...index
      .ofType('AWS::Lambda::Function')
      .filter((fn) => !declaredNames.has(String(fn.properties['FunctionName'])))
      .map((fn) => `undeclared function ${String(fn.properties['FunctionName'] ?? fn.logicalId)}`),
    ...index
      .ofType('AWS::ApiGatewayV2::Route')
      .filter((route) => !routeKeys.has(String(route.properties['RouteKey'])))
      .map((route) => `undeclared route ${String(route.properties['RouteKey'])}`),
    ...Object.entries(expectedCounts).flatMap(([type, count]) => mismatch(`number of ${type}`, index.ofType(type).length, count)),
  ];
};
