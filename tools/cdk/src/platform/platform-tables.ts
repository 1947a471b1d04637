import { type TableSpec, tableSpecs } from '@aircraftops/tables';
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

import type { TableName } from '../config/resource-lists';

/**
 * One table exactly as its specification says (keys, GSIs, on-demand billing, stream view, TTL attribute),
 * plus what the cloud adds: point-in-time recovery, the customer-managed key, deletion protection, and
 * retention when the stack goes away. Physical names are CloudFormation's; SSM publishes them.
 * @example
 * const core = tableFromSpec(this, coreTableSpec, key);
 */
export const tableFromSpec = (scope: Construct, spec: TableSpec, key: IKey): Table => {
  // Every key attribute of every spec is a string (`attributeType: 'S'`).
  const string = (name: string) => ({ name, type: AttributeType.STRING });
  const table = new Table(scope, spec.logicalName, {
    partitionKey: string(spec.partitionKey),
    sortKey: string(spec.sortKey),
    billingMode: BillingMode[spec.billingMode],
    stream: StreamViewType[spec.streamViewType],
    timeToLiveAttribute: spec.timeToLiveAttribute,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.CUSTOMER_MANAGED,
    encryptionKey: key,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of spec.globalSecondaryIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: string(index.partitionKey),
      sortKey: string(index.sortKey),
      projectionType: ProjectionType[index.projection],
    });
  }
  return table;
};

/**
 * Every table of `tableSpecs`, by logical name.
 * @example
 * const tables = platformTables(this, key); tables.CoreTable.tableStreamArn;
 */
export const platformTables = (scope: Construct, key: IKey): Record<TableName, Table> =>
  Object.fromEntries(tableSpecs.map((spec) => [spec.logicalName, tableFromSpec(scope, spec, key)])) as Record<TableName, Table>;
