import type { PermissionRequest } from './permission-request';
import { deliveryStreamArnOfName, eventBusArn, objectArn, type ResourceNames, tableArnOfName } from './resource-names';

type Input = Readonly<Record<string, unknown>>;
type Where = Pick<ResourceNames, 'partition' | 'region' | 'account'>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.keys(value) : []);
const listOf = (value: unknown): Input[] => (Array.isArray(value) ? (value as Input[]) : []);

const TRANSACT_PARTS: Readonly<Record<string, string>> = {
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Get: 'dynamodb:GetItem',
};

const dynamoDb = (operation: string, input: Input, where: Where): PermissionRequest[] => {
  const table = (name: unknown): string => tableArnOfName(where, str(name));
  switch (operation) {
    case 'BatchGetItem':
    case 'BatchWriteItem':
      return keysOf(input['RequestItems']).map((name) => ({ action: `dynamodb:${operation}`, resource: table(name) }));
    case 'TransactWriteItems':
    case 'TransactGetItems':
      return listOf(input['TransactItems']).flatMap((item) =>
        Object.entries(item).map(([part, body]) => ({
          action: TRANSACT_PARTS[part] ?? `dynamodb:${part}`,
          resource: table((body as Input | undefined)?.['TableName']),
        })),
      );
    case 'Query':
    case 'Scan': {
      const index = str(input['IndexName']);
      return [{ action: `dynamodb:${operation}`, resource: index ? `${table(input['TableName'])}/index/${index}` : table(input['TableName']) }];
    }
    default:
      return [{ action: `dynamodb:${operation}`, resource: table(input['TableName']) }];
  }
};

const eventBridge = (operation: string, input: Input, where: Where): PermissionRequest[] => {
  if (operation !== 'PutEvents') return [{ action: `events:${operation}`, resource: eventBusArn(where, str(input['EventBusName']) || undefined) }];
  return listOf(input['Entries']).map((entry) => ({
    action: 'events:PutEvents',
    resource: eventBusArn(where, str(entry['EventBusName']) || undefined),
    context: { 'events:source': str(entry['Source']) },
  }));
};

const S3_ACTIONS: Readonly<Record<string, string>> = {
  GetObject: 's3:GetObject',
  HeadObject: 's3:GetObject',
  PutObject: 's3:PutObject',
  DeleteObject: 's3:DeleteObject',
};

const s3 = (operation: string, input: Input, where: Where): PermissionRequest[] => {
  const bucket = str(input['Bucket']);
  const action = S3_ACTIONS[operation];
  if (action) return [{ action, resource: objectArn(where, bucket, str(input['Key'])) }];
  return [{ action: `s3:${operation}`, resource: `arn:${where.partition}:s3:::${bucket}` }];
};

// Every Firehose data-plane call names its stream (`DeliveryStreamName`); IAM evaluates it on the stream's ARN.
const firehose = (operation: string, input: Input, where: Where): PermissionRequest[] => [
  { action: `firehose:${operation}`, resource: deliveryStreamArnOfName(where, str(input['DeliveryStreamName'])) },
];

/**
 * The IAM permissions an AWS SDK request needs, as IAM evaluates them: a batch needs its action on
 * every table it names, a transaction each part's action on each part's table, `PutEvents` one
 * permission per entry with that entry's `events:source`, `HeadObject` needs `s3:GetObject`.
 * @example
 * permissionsOfSdkRequest('DynamoDB', 'PutItemCommand', { TableName: 'AuditEventsTable' }, where);
 * // [{ action: 'dynamodb:PutItem', resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/AuditEventsTable' }]
 */
export const permissionsOfSdkRequest = (service: string, commandName: string, input: Input, where: Where): PermissionRequest[] => {
  const operation = commandName.replace(/Command$/, '');
  switch (service) {
    case 'DynamoDB':
      return dynamoDb(operation, input, where);
    case 'EventBridge':
      return eventBridge(operation, input, where);
    case 'S3':
      return s3(operation, input, where);
    case 'Firehose':
      return firehose(operation, input, where);
    default:
      return [{ action: `${service.toLowerCase()}:${operation}`, resource: '*' }];
  }
};
