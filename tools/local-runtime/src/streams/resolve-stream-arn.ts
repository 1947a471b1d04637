import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

import { StreamMappingError } from './errors';

/**
 * The ARN of a table's current stream, as the mapping needs it (DescribeTable `LatestStreamArn`).
 * @throws StreamMappingError (`streams.invalidSettings`) when the table has no stream enabled.
 * @example
 * const streamArn = await resolveStreamArn(dynamoDbClient, 'CoreTable');
 */
export const resolveStreamArn = async (client: DynamoDBClient, tableName: string): Promise<string> => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const arn = Table?.LatestStreamArn;
  if (!arn || Table?.StreamSpecification?.StreamEnabled === false) {
    throw new StreamMappingError('streams.invalidSettings', `Table ${tableName} has no enabled stream to map`);
  }
  return arn;
};
