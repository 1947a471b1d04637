import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { type DynamoDbLocal, startDynamoDbLocal, warmUpStreamTables } from '@aircraftops/dynamodb-local';
import { compileEventPattern, testEventPattern } from '@aircraftops/events';
import { LocalIssuer, toApiGatewayClaims } from '@aircraftops/lambda-kit';
import {
  createDocumentClient,
  createDynamoDbClient,
  type DynamoDbConfig,
  dynamoDbConfigFromEnv,
  ensureTables,
  tableSpecs,
} from '@aircraftops/tables';

import { type EventBridgeServer, LocalEventBus, startEventBridgeServer, streamsControlFrom } from '../eventbridge';
import { type Gateway, startGateway } from '../gateway';
import { lambdaContext, loadHandler } from '../lambda';
import { clearRuntimeState, issuerKeyDir, writeRuntimeState } from '../state';
import { dueSchedulesHandler } from '@aircraftops/ingestion';

import { startScheduler } from '../scheduler';
import { appManifests } from './app-manifests';
import type { PlatformOptions } from './platform-options';
import { type StartedStreamConsumer, startStreamConsumers } from './start-stream-consumers';

export interface Platform {
  readonly gateway: Gateway;
  readonly dynamodb: DynamoDbLocal;
  readonly eventBridge: EventBridgeServer;
  readonly bus: LocalEventBus;
  readonly streamConsumers: readonly StartedStreamConsumer[];
  readonly config: DynamoDbConfig;
  readonly issuer: LocalIssuer;
  readonly dataDir: string;
  /** Tables this start created: all three on an empty database, none on a persisted one. */
  readonly createdTables: readonly string[];
  /** Stops every part, newest first; safe to call twice. */
  stop(): Promise<void>;
}

const setEnv = (values: Record<string, string>): void => {
  for (const [name, value] of Object.entries(values)) process.env[name] = value;
};

/**
 * Boots the whole platform in this process: DynamoDB Local, the tables, the EventBridge + SQS
 * emulation with every app's subscriptions, the stream pollers with every app's stream consumers, and
 * the HTTP gateway with every app's routes. The handlers are the real ones; only configuration
 * (endpoints in the environment) differs from the cloud.
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
    setEnv({
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: process.env['AWS_ACCESS_KEY_ID'] ?? 'local',
      AWS_SECRET_ACCESS_KEY: process.env['AWS_SECRET_ACCESS_KEY'] ?? 'local',
      AIRCRAFTOPS_DYNAMODB_ENDPOINT: dynamodb.endpoint,
      AIRCRAFTOPS_HOME: options.home,
      AIRCRAFTOPS_DATA_DIR: dataDir,
    });
    const config = dynamoDbConfigFromEnv();
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
      persistDir: persist('eventbridge'),
      onInvocationError: (rule, error) => log(`[${rule}] consumer failed: ${(error as Error).message}`),
    });
    stops.push(() => bus.close());
    // The server starts before the stream consumers; the provider reads them per request.
    let streamConsumers: readonly StartedStreamConsumer[] = [];
    const eventBridge = await startEventBridgeServer({ bus, port: options.eventBridgePort, streams: streamsControlFrom(() => streamConsumers) });
    stops.push(() => eventBridge.close());
    setEnv({ AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT: eventBridge.endpoint, AIRCRAFTOPS_EVENT_BUS: 'aircraftops' });

    for (const { subscription, invoke } of options.extraSubscriptions ?? []) bus.addRule(subscription, invoke);
    for (const manifest of appManifests) {
      for (const subscription of manifest.subscriptions) {
        bus.addRule(subscription, (event) => loadHandler(subscription.handler)(event, lambdaContext(subscription.name)));
      }
    }

    streamConsumers = await startStreamConsumers({
      manifests: appManifests,
      client,
      config,
      checkpointDir: persist('checkpoints'),
      onFailureDir: persist('stream-failures'),
      log,
    });
    stops.push(() => Promise.all(streamConsumers.map((consumer) => consumer.stop())).then(() => undefined));

    const issuer = await LocalIssuer.open({ keyDirectory: issuerKeyDir(options.home) });
    const routes = appManifests.flatMap((manifest) => manifest.routes);
    const gateway = await startGateway({
      port: options.port,
      routes,
      resolveHandler: (route) => loadHandler(route.handler),
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

    // Locally the runtime starts due schedules; in the cloud EventBridge Scheduler invokes the same handler.
    const runDueSchedules = loadHandler(dueSchedulesHandler);
    const scheduler = startScheduler({
      intervalMs: 5_000,
      runDue: () => runDueSchedules({}, lambdaContext('ingestion-due-schedules')).then(() => undefined),
      onError: (error) => log(`[scheduler] ${(error as Error).message}`),
    });
    stops.push(() => scheduler.stop());

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
