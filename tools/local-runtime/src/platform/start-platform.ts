import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { type DynamoDbLocal, startDynamoDbLocal, warmUpStreamTables } from '@aircraftops/dynamodb-local';
import { LOCAL_ACCOUNT_ID, type LocalEnvironment, localResourceNames, routesOf, schedulesOf, subscriptionsOf } from '@aircraftops/declarations';
import { compileEventPattern, testEventPattern } from '@aircraftops/events';
import { LocalIssuer, toApiGatewayClaims } from '@aircraftops/lambda-kit';
import { platformApps } from '@aircraftops/platform';
import { createDocumentClient, createDynamoDbClient, type DynamoDbConfig, ensureTables, tableSpecs } from '@aircraftops/tables';

import { type EventBridgeServer, LocalEventBus, startEventBridgeServer, streamsControlFrom } from '../eventbridge';
import { type Gateway, localCorsOrigins, startGateway } from '../gateway';
import { startSchedules } from '../scheduler';
import { clearRuntimeState, issuerKeyDir, writeRuntimeState } from '../state';
import { startTtlEmulation, TtlDeletions, ttlTablesOf } from '../ttl';
import { buildFunctions, functionNamed, type PlatformFunctions } from './build-functions';
import { withDeclaredSettings } from './declared-setting-overrides';
import { DEFAULT_LOCAL_BATCHING_WINDOW_MS } from './local-overrides';
import type { PlatformOptions } from './platform-options';
import { queueFaultOptions } from './queue-fault-options';
import { type StartedStreamConsumer, startStreamConsumers } from './start-stream-consumers';

export interface Platform {
  readonly gateway: Gateway;
  readonly dynamodb: DynamoDbLocal;
  readonly eventBridge: EventBridgeServer;
  readonly bus: LocalEventBus;
  readonly streamConsumers: readonly StartedStreamConsumer[];
  readonly config: DynamoDbConfig;
  /** Every declared function, built (environment, access enforcement, timeout), by name. */
  readonly functions: PlatformFunctions;
  readonly issuer: LocalIssuer;
  readonly dataDir: string;
  /** Tables this start created: all three on an empty database, none on a persisted one. */
  readonly createdTables: readonly string[];
  /** Stops every part, newest first; safe to call twice. */
  stop(): Promise<void>;
}

/** The tables' physical names locally: their logical names. */
const LOCAL_TABLE_NAMES = { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' } as const;

/**
 * Boots the whole platform in this process: DynamoDB Local, the tables, the EventBridge + SQS
 * emulation with every app's subscriptions, the stream pollers with every app's stream consumers, and
 * the HTTP gateway with every app's routes. Every trigger invokes a function built from its declaration
 * (`buildFunctions`): its own environment, its declared access enforced, its declared timeout. The
 * runtime never writes `process.env`: it passes its endpoints to each function's environment.
 */
export const startPlatform = async (options: PlatformOptions): Promise<Platform> => {
  const log = options.log ?? (() => undefined);
  const region = options.region ?? 'us-east-1';
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        log(`error while stopping: ${(error as Error).message}`);
      }
    }
  };
  try {
    mkdirSync(options.home, { recursive: true });
    const dataDir = path.join(options.home, 'datasets');
    mkdirSync(dataDir, { recursive: true });
    const persist = (part: string): string | undefined =>
      options.persistDir ? path.resolve(options.persistDir, part) : undefined;

    const dynamodb = await startDynamoDbLocal({
      port: options.dynamodbPort,
      persistDir: persist('dynamodb'), log: (line) => log(`[dynamodb] ${line}`) });
    stops.push(() => dynamodb.stop());
    const config: DynamoDbConfig = { region, endpoint: dynamodb.endpoint, tableNames: LOCAL_TABLE_NAMES };
    const client = createDynamoDbClient(config);
    stops.push(() => client.destroy());
    const created = await ensureTables(client, config);
    // A stream table's first write must come early (toolchain notes: otherwise it stays slow for good).
    const documentClient = createDocumentClient(config);
    await warmUpStreamTables(documentClient, config, tableSpecs);
    documentClient.destroy();
    log(created.length ? `created tables: ${created.join(', ')}` : 'tables already exist (persisted)');

    const bus = new LocalEventBus({
      matcher: { match: testEventPattern, compile: compileEventPattern },
      region,
      // The account of every local ARN (functions, queues, events), as IAM evaluation sees it.
      accountId: LOCAL_ACCOUNT_ID,
      persistDir: persist('eventbridge'),
      onInvocationError: (rule, error) => log(`[${rule}] consumer failed: ${(error as Error).message}`),
      ...queueFaultOptions(options, log),
    });
    stops.push(() => bus.close());
    // The server starts before the stream consumers; the provider reads them per request.
    let streamConsumers: readonly StartedStreamConsumer[] = [];
    const eventBridge = await startEventBridgeServer({ bus, port: options.eventBridgePort, streams: streamsControlFrom(() => streamConsumers) });
    stops.push(() => eventBridge.close());

    const local: LocalEnvironment = {
      region,
      dynamodbEndpoint: dynamodb.endpoint,
      eventBridgeEndpoint: eventBridge.endpoint,
      dataDir,
      logLevel: options.functionLogLevel ?? 'WARN',
      corsOrigins: options.corsOrigins ?? localCorsOrigins(options.port),
    };
    const settings: Record<string, string> = {};
    if (options.softDeleteRetentionSeconds !== undefined) settings['AIRCRAFTOPS_SOFT_DELETE_RETENTION'] = String(options.softDeleteRetentionSeconds);
    const functions = buildFunctions(withDeclaredSettings(platformApps, settings), { names: localResourceNames({ region, tables: config.tableNames }), local });

    for (const { subscription, invoke } of options.extraSubscriptions ?? []) bus.addRule(subscription, invoke);
    for (const subscription of platformApps.flatMap(subscriptionsOf)) {
      const fn = functionNamed(functions, subscription.name);
      bus.addRule(subscription, (event) => fn.invoke(event));
    }

    const ttlDeletions = new TtlDeletions();
    const batchingWindow = options.streamBatchingWindowMs ?? DEFAULT_LOCAL_BATCHING_WINDOW_MS;
    log(`stream mappings: every setting as declared (ParallelizationFactor included) except the batching window: ${batchingWindow === 'declared' ? 'as declared' : `at most ${batchingWindow} ms locally`}`);
    streamConsumers = await startStreamConsumers({
      manifests: platformApps,
      functions,
      client,
      config,
      checkpointDir: persist('checkpoints'),
      onFailureDir: persist('stream-failures'),
      ttlDeletions,
      choices: { batchingWindowMs: batchingWindow },
      log,
    });
    stops.push(() => Promise.all(streamConsumers.map((consumer) => consumer.stop())).then(() => undefined));
    // DynamoDB Local's own TTL misses items without a GSI's keys (toolchain notes): the runtime expires them.
    const ttl = startTtlEmulation({ client, tables: ttlTablesOf(tableSpecs, config.tableNames), deletions: ttlDeletions, intervalMs: options.ttlSweepIntervalMs, log });
    log(`TTL: expired items deleted by the runtime (a page of every table each ${options.ttlSweepIntervalMs ?? 250} ms), REMOVE records marked as DynamoDB's`);
    stops.push(() => ttl.stop());

    const issuer = await LocalIssuer.open({ keyDirectory: issuerKeyDir(options.home) });
    const routes = platformApps.flatMap(routesOf);
    const gateway = await startGateway({
      port: options.port,
      routes,
      // The gateway's own context is replaced by the function's (declared timeout, memory, ARN).
      resolveHandler: (route) => {
        const fn = functionNamed(functions, route.name);
        return (event) => fn.invoke(event);
      },
      verifyToken: async (token) => toApiGatewayClaims(await issuer.verify(token)),
      health: async () => {
        const dynamoUp = await client
          .send(new ListTablesCommand({}))
          .then(() => true)
          .catch(() => false);
        return {
          ok: dynamoUp,
          dynamodb: { up: dynamoUp, endpoint: dynamodb.endpoint, persisted: Boolean(options.persistDir) },
          eventBridge: { up: true, endpoint: eventBridge.endpoint, rules: bus.describeRules() },
          streams: streamConsumers.map((consumer) => consumer.describe()),
          routes: routes.length,
        };
      },
      log: (line) => log(`[gateway] ${line}`),
    });
    stops.push(() => gateway.close());

    // Every declared schedule, at its local interval; in the cloud EventBridge Scheduler invokes the same functions.
    const schedulers = startSchedules({
      schedules: platformApps.flatMap(schedulesOf),
      invoke: (name, event) => functionNamed(functions, name).invoke(event),
      region,
      account: LOCAL_ACCOUNT_ID,
      log,
    });
    stops.push(() => Promise.all(schedulers.map((scheduler) => scheduler.stop())).then(() => undefined));

    if (options.publishState ?? true) {
      writeRuntimeState({
        pid: process.pid,
        startedAt: new Date().toISOString(),
        gatewayUrl: gateway.url,
        dynamodbEndpoint: dynamodb.endpoint,
        eventBridgeEndpoint: eventBridge.endpoint,
        region,
        home: options.home,
        dataDir,
        persistDir: options.persistDir,
        tableNames: config.tableNames,
      });
      stops.push(() => clearRuntimeState(options.home));
    }

    let stopping: Promise<void> | undefined;
    return {
      gateway,
      dynamodb,
      eventBridge,
      bus,
      streamConsumers,
      config,
      functions,
      issuer,
      dataDir,
      createdTables: created,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
};
