import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

import type { TableSpec } from '../specs';

/** The CreateTable request for a spec (DynamoDB Local, scripts); the CDK maps the same spec to its construct. */
export const toCreateTableInput = (spec: TableSpec, tableName: string): CreateTableCommandInput => {
  const keyAttributes = [
    spec.partitionKey,
    spec.sortKey,
    ...spec.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: spec.billingMode,
    AttributeDefinitions: [...new Set(keyAttributes)].map((name) => ({
      AttributeName: name,
      AttributeType: spec.attributeType,
    })),
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' },
      { AttributeName: spec.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: spec.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: index.projection },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: spec.streamViewType },
  };
};
