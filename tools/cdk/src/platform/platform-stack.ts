import type { AppManifest } from '@aircraftops/declarations';
import { eventCatalog } from '@aircraftops/event-contracts';
import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

import { DeclaredApp } from '../app-stack/declared-app';
import type { DeploymentConfig } from '../config/deployment-config';
import type { PlatformReferences } from '../config/platform-references';
import { BUCKET_ROLES_OF, TABLE_NAMES } from '../config/resource-lists';
import { PLATFORM_STACK_NAME } from '../config/stack-names';
import { registrySchemasOf } from '../event-schemas/registry-schemas';
import { EventSchemaRegistry } from '../event-schemas/schema-registry';
import { AnalyticsDeliveryStream } from './analytics-delivery-stream';
import { allowConsumerRules } from './consumer-rules-policy';
import { datasetBucket } from './dataset-bucket';
import { publishPlatformParameters } from './publish-platform-parameters';
import { platformTables } from './platform-tables';
import { platformUserPool } from './user-pool';

/** The bus every domain event goes through (architecture.md). */
export const BUS_NAME = 'aircraftops';

/** The platform stack's inputs: the stream bridge's declarations and the deployment configuration. */
export interface PlatformStackProps extends StackProps {
  /** The stream bridge's declarations: its functions are part of the platform. */
  readonly bridge: AppManifest;
  readonly config: DeploymentConfig;
}

/**
 * The shared platform: the data key, the three tables from `tableSpecs`, the `aircraftops` bus with an
 * archive (and, for configured consumer accounts, a policy letting them manage their own rules on it),
 * the schema registry of the event catalog, the dataset bucket, the audit analytics delivery stream into it, the Cognito user pool, the stream bridge,
 * and the SSM parameters through which every app stack finds all of them.
 * @example
 * new PlatformStack(app, 'aircraftops-platform', { bridge: streamBridgeManifest, config, env });
 */
export class PlatformStack extends Stack {
  readonly references: PlatformReferences;
  readonly bridge: DeclaredApp;
  readonly eventSchemas: EventSchemaRegistry;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, { ...props, stackName: PLATFORM_STACK_NAME, description: 'AircraftOps platform: tables, bus, datasets, analytics stream, users, stream bridge' });
    Tags.of(this).add('aircraftops:app', 'platform');
    const key = new Key(this, 'DataKey', {
      alias: 'alias/aircraftops-data',
      description: 'AircraftOps data at rest: tables, their streams, the dataset bucket',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const tables = platformTables(this, key);
    const bus = new EventBus(this, 'Bus', { eventBusName: BUS_NAME, description: 'AircraftOps domain events' });
    bus.archive('Archive', {
      archiveName: `${BUS_NAME}-all`,
      description: 'Every event on the bus, for replay to chosen consumers',
      eventPattern: { account: [Aws.ACCOUNT_ID] },
      retention: Duration.days(365),
    });
    allowConsumerRules(bus, props.config.consumerAccounts);
    this.eventSchemas = new EventSchemaRegistry(this, 'EventSchemas', { schemas: registrySchemasOf(eventCatalog), readerAccounts: props.config.consumerAccounts });
    const datasets = datasetBucket(this, key);
    // Here, beside the bucket and the key it writes with: the audit stack only puts records into it, by the
    // name the platform publishes, and needs no grant on the bucket or the key.
    const auditAnalytics = new AnalyticsDeliveryStream(this, 'AuditAnalytics', { bucket: datasets, key, deliveryStreamName: `${BUS_NAME}-audit-analytics` });
    const { pool, client } = platformUserPool(this);
    const jwtIssuerUrl = `https://cognito-idp.${this.region}.${Aws.URL_SUFFIX}/${pool.userPoolId}`;

    this.references = {
      names: {
        partition: Aws.PARTITION,
        region: this.region,
        account: this.account,
        tables: { CoreTable: tables.CoreTable.tableName, JobsTable: tables.JobsTable.tableName, AuditEventsTable: tables.AuditEventsTable.tableName },
        busName: bus.eventBusName,
        buckets: { datasets: datasets.bucketName },
        deliveryStreams: { 'audit-analytics': auditAnalytics.deliveryStreamName },
      },
      tableStreamArns: Object.fromEntries(TABLE_NAMES.map((table) => [table, tables[table].tableStreamArn as string])) as PlatformReferences['tableStreamArns'],
      busArn: bus.eventBusArn,
      dataKeyArn: key.keyArn,
      jwtIssuerUrl,
      userPoolClientId: client.userPoolClientId,
    };
    this.bridge = new DeclaredApp(this, 'Bridge', { manifest: props.bridge, platform: this.references, config: props.config });
    publishPlatformParameters(this, { references: this.references, userPoolId: pool.userPoolId, bucketRoles: BUCKET_ROLES_OF });
    new CfnOutput(this, 'UserPoolId', { value: pool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    // What a consumer team needs to subscribe (docs/consuming-events.md).
    new CfnOutput(this, 'EventBusArn', { value: bus.eventBusArn });
    new CfnOutput(this, 'SchemaRegistryName', { value: this.eventSchemas.registry.attrRegistryName });
  }
}
