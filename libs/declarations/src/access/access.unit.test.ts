import { AccessDeniedError } from './access-denied-error';
import { isAllowed } from './is-allowed';
import { permissionsOfSdkRequest } from './permissions-of-sdk-request';
import { policyStatementsOf } from './policy-statements-of';
import type { ResourceNames } from './resource-names';

const names: ResourceNames = {
  partition: 'aws',
  region: 'eu-west-1',
  account: '123456789012',
  tables: { CoreTable: 'core-prod', JobsTable: 'jobs-prod', AuditEventsTable: 'audit-prod' },
  busName: 'aircraftops',
  buckets: { datasets: 'datasets-prod' },
  deliveryStreams: { 'audit-analytics': 'audit-analytics-prod' },
};
const streamArn = 'arn:aws:firehose:eu-west-1:123456789012:deliverystream/audit-analytics-prod';
const arn = (table: string) => `arn:aws:dynamodb:eu-west-1:123456789012:table/${table}`;
const request = (service: string, command: string, input: Record<string, unknown>) => permissionsOfSdkRequest(service, command, input, names);

describe('policyStatementsOf', () => {
  it('grants each table its declared actions and Query on its declared indexes only', () => {
    const statements = policyStatementsOf({ tables: [{ table: 'CoreTable', actions: ['GetItem', 'Query', 'GetItem'], indexes: ['GSI2'] }] }, names);

    expect(statements).toEqual([
      { actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: [arn('core-prod')] },
      { actions: ['dynamodb:Query'], resources: [`${arn('core-prod')}/index/GSI2`] },
    ]);
  });

  it('grants PutEvents on the platform bus only, conditioned on the declared sources', () => {
    expect(policyStatementsOf({ putEvents: { sources: ['aircraftops.aircraft'] } }, names)).toEqual([
      {
        actions: ['events:PutEvents'],
        resources: ['arn:aws:events:eu-west-1:123456789012:event-bus/aircraftops'],
        conditions: { StringEquals: { 'events:source': ['aircraftops.aircraft'] } },
      },
    ]);
  });

  it('grants object reads and writes under the declared prefix only', () => {
    expect(policyStatementsOf({ objects: [{ bucket: 'datasets', prefix: 'faa/', read: true, write: true }] }, names)).toEqual([
      { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::datasets-prod/faa/*'] },
      { actions: ['s3:PutObject'], resources: ['arn:aws:s3:::datasets-prod/faa/*'] },
    ]);
  });

  it('grants PutRecordBatch and PutRecord on the declared delivery stream only', () => {
    expect(policyStatementsOf({ firehose: [{ stream: 'audit-analytics' }, { stream: 'audit-analytics' }] }, names)).toEqual([
      { actions: ['firehose:PutRecordBatch', 'firehose:PutRecord'], resources: [streamArn] },
    ]);
  });

  it('names a delivery stream by its logical name when the names hold none', () => {
    const { deliveryStreams: _, ...older } = names;

    expect(policyStatementsOf({ firehose: [{ stream: 'audit-analytics' }] }, older)[0]?.resources).toEqual([
      'arn:aws:firehose:eu-west-1:123456789012:deliverystream/audit-analytics',
    ]);
  });

  it('grants nothing for an empty declaration', () => {
    expect(policyStatementsOf({}, names)).toEqual([]);
  });
});

describe('permissionsOfSdkRequest', () => {
  it('names the table ARN, or the index ARN for a query on an index', () => {
    expect(request('DynamoDB', 'PutItemCommand', { TableName: 'audit-prod' })).toEqual([{ action: 'dynamodb:PutItem', resource: arn('audit-prod') }]);
    expect(request('DynamoDB', 'QueryCommand', { TableName: 'core-prod', IndexName: 'GSI3' })).toEqual([
      { action: 'dynamodb:Query', resource: `${arn('core-prod')}/index/GSI3` },
    ]);
  });

  it('needs a batch action on every table the batch names', () => {
    expect(request('DynamoDB', 'BatchWriteItemCommand', { RequestItems: { 'core-prod': [], 'jobs-prod': [] } })).toEqual([
      { action: 'dynamodb:BatchWriteItem', resource: arn('core-prod') },
      { action: 'dynamodb:BatchWriteItem', resource: arn('jobs-prod') },
    ]);
  });

  it("needs each transaction part's own action on its own table", () => {
    const input = { TransactItems: [{ ConditionCheck: { TableName: 'core-prod' } }, { Put: { TableName: 'jobs-prod' } }] };

    expect(request('DynamoDB', 'TransactWriteItemsCommand', input)).toEqual([
      { action: 'dynamodb:ConditionCheckItem', resource: arn('core-prod') },
      { action: 'dynamodb:PutItem', resource: arn('jobs-prod') },
    ]);
  });

  it('needs PutEvents once per entry, with that entry’s source and bus (default bus when unnamed)', () => {
    const input = { Entries: [{ Source: 'aircraftops.aircraft', EventBusName: 'aircraftops' }, { Source: 'aircraftops.ingestion' }] };

    expect(request('EventBridge', 'PutEventsCommand', input)).toEqual([
      { action: 'events:PutEvents', resource: 'arn:aws:events:eu-west-1:123456789012:event-bus/aircraftops', context: { 'events:source': 'aircraftops.aircraft' } },
      { action: 'events:PutEvents', resource: 'arn:aws:events:eu-west-1:123456789012:event-bus/default', context: { 'events:source': 'aircraftops.ingestion' } },
    ]);
  });

  it('needs s3:GetObject for HeadObject, as IAM does', () => {
    expect(request('S3', 'HeadObjectCommand', { Bucket: 'datasets-prod', Key: 'faa/MASTER.txt' })).toEqual([
      { action: 's3:GetObject', resource: 'arn:aws:s3:::datasets-prod/faa/MASTER.txt' },
    ]);
  });
});

describe('permissionsOfSdkRequest (Firehose)', () => {
  it('needs the command’s action on the named delivery stream', () => {
    expect(request('Firehose', 'PutRecordBatchCommand', { DeliveryStreamName: 'audit-analytics-prod', Records: [] })).toEqual([
      { action: 'firehose:PutRecordBatch', resource: streamArn },
    ]);
    expect(request('Firehose', 'DescribeDeliveryStreamCommand', { DeliveryStreamName: 'audit-analytics-prod' })).toEqual([
      { action: 'firehose:DescribeDeliveryStream', resource: streamArn },
    ]);
  });

  it('is allowed by the declared grant on that stream, and by nothing else', () => {
    const statements = policyStatementsOf({ firehose: [{ stream: 'audit-analytics' }] }, names);
    const allowed = (command: string, stream: string) =>
      request('Firehose', command, { DeliveryStreamName: stream }).every((permission) => isAllowed(statements, permission));

    expect(allowed('PutRecordBatchCommand', 'audit-analytics-prod')).toBe(true);
    expect(allowed('PutRecordCommand', 'audit-analytics-prod')).toBe(true);
    expect(allowed('PutRecordBatchCommand', 'other-stream')).toBe(false);
    expect(allowed('DeleteDeliveryStreamCommand', 'audit-analytics-prod')).toBe(false);
    expect(isAllowed(policyStatementsOf({}, names), { action: 'firehose:PutRecordBatch', resource: streamArn })).toBe(false);
  });
});

describe('isAllowed', () => {
  const statements = policyStatementsOf(
    {
      tables: [{ table: 'AuditEventsTable', actions: ['GetItem'], indexes: ['GSI1'] }],
      putEvents: { sources: ['aircraftops.aircraft'] },
      objects: [{ bucket: 'datasets', prefix: 'faa/', read: true }],
    },
    names,
  );
  const allowed = (service: string, command: string, input: Record<string, unknown>) =>
    request(service, command, input).every((permission) => isAllowed(statements, permission));

  it('allows exactly what was declared', () => {
    expect(allowed('DynamoDB', 'GetItemCommand', { TableName: 'audit-prod' })).toBe(true);
    expect(allowed('DynamoDB', 'QueryCommand', { TableName: 'audit-prod', IndexName: 'GSI1' })).toBe(true);
    expect(allowed('EventBridge', 'PutEventsCommand', { Entries: [{ Source: 'aircraftops.aircraft', EventBusName: 'aircraftops' }] })).toBe(true);
    expect(allowed('S3', 'GetObjectCommand', { Bucket: 'datasets-prod', Key: 'faa/MASTER.txt' })).toBe(true);
  });

  it('denies another action, another table, another index, another source, another prefix', () => {
    expect(allowed('DynamoDB', 'PutItemCommand', { TableName: 'audit-prod' })).toBe(false);
    expect(allowed('DynamoDB', 'GetItemCommand', { TableName: 'core-prod' })).toBe(false);
    expect(allowed('DynamoDB', 'QueryCommand', { TableName: 'audit-prod', IndexName: 'GSI2' })).toBe(false);
    expect(allowed('DynamoDB', 'QueryCommand', { TableName: 'audit-prod' })).toBe(false);
    expect(allowed('EventBridge', 'PutEventsCommand', { Entries: [{ Source: 'aircraftops.ingestion', EventBusName: 'aircraftops' }] })).toBe(false);
    expect(allowed('EventBridge', 'PutEventsCommand', { Entries: [{ Source: 'aircraftops.aircraft' }] })).toBe(false);
    expect(allowed('S3', 'GetObjectCommand', { Bucket: 'datasets-prod', Key: 'other/MASTER.txt' })).toBe(false);
    expect(allowed('S3', 'PutObjectCommand', { Bucket: 'datasets-prod', Key: 'faa/MASTER.txt' })).toBe(false);
  });

  it('does not let a regex character in a resource widen the grant', () => {
    const dotted = policyStatementsOf({ objects: [{ bucket: 'datasets', prefix: 'a.b/', read: true }] }, names);

    expect(isAllowed(dotted, { action: 's3:GetObject', resource: 'arn:aws:s3:::datasets-prod/a.b/x' })).toBe(true);
    expect(isAllowed(dotted, { action: 's3:GetObject', resource: 'arn:aws:s3:::datasets-prod/aXb/x' })).toBe(false);
  });
});

describe('AccessDeniedError', () => {
  it('is shaped and worded like the AWS error, naming the action and the resource', () => {
    const error = new AccessDeniedError({ action: 'dynamodb:PutItem', resource: arn('audit-prod') }, 'audit-record-event', '123456789012');

    expect(error.name).toBe('AccessDeniedException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/audit-record-event-role/audit-record-event is not authorized to perform: dynamodb:PutItem ' +
        `on resource: ${arn('audit-prod')} because no identity-based policy allows the dynamodb:PutItem action`,
    );
  });
});
