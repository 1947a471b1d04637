import { UnknownEntityError } from '../domain';
import { aircraft, ingestionJob, jobRowError } from '../testing/entity-items.fixtures.test';
import { streamRecord, TTL_USER_IDENTITY } from '../testing/stream-records.fixtures.test';
import { bridgedTablesFromEnv } from './bridged-tables-from-env';
import { decodeStreamRecord } from './decode-stream-record';
import { MalformedStreamRecordError } from './malformed-stream-record-error';
import { UnformattableItemError } from './unformattable-item-error';

const tables = bridgedTablesFromEnv({ AIRCRAFTOPS_CORE_TABLE: 'CoreTable', AIRCRAFTOPS_JOBS_TABLE: 'JobsTable' });

describe('decodeStreamRecord', () => {
  it('unmarshalls both images and formats them with the entity: no keys, index keys or _et', () => {
    const record = streamRecord({ eventName: 'MODIFY', oldItem: aircraft(), newItem: aircraft({ statusCode: 'T' }), position: 3 });

    const decoded = decodeStreamRecord(record, tables);

    expect(decoded.kind).toBe('change');
    const change = decoded.kind === 'change' ? decoded.change : undefined;
    expect(change).toMatchObject({
      recordId: record.eventID,
      sequenceNumber: '100000000021870453248',
      eventName: 'MODIFY',
      approximateCreationSeconds: 1_764_085_001,
      deletedByTtl: false,
      entityType: 'Aircraft',
      oldItem: { nNumber: '511CR', statusCode: 'V', version: 1 },
      newItem: { nNumber: '511CR', statusCode: 'T' },
    });
    for (const attribute of ['PK', 'SK', 'GSI1PK', 'GSI2PK', 'GSI3PK', '_et']) expect(change?.newItem).not.toHaveProperty(attribute);
  });

  it('recognises a TTL deletion by its userIdentity, and only that', () => {
    const ttl = streamRecord({ eventName: 'REMOVE', oldItem: aircraft(), ttl: true });
    const deleted = streamRecord({ eventName: 'REMOVE', oldItem: aircraft() });
    const otherIdentity = { ...deleted, userIdentity: { ...TTL_USER_IDENTITY, principalId: 'someone.example.com' } };

    const flag = (record: typeof ttl) => {
      const decoded = decodeStreamRecord(record, tables);
      return decoded.kind === 'change' && decoded.change.deletedByTtl;
    };

    expect([flag(ttl), flag(deleted), flag(otherIdentity)]).toEqual([true, false, false]);
  });

  it('reads JobsTable items with the JobsTable entities', () => {
    const decoded = decodeStreamRecord(streamRecord({ eventName: 'INSERT', table: 'JobsTable', newItem: ingestionJob() }), tables);

    expect(decoded).toMatchObject({ kind: 'change', change: { entityType: 'IngestionJob', newItem: { jobId: 'job-01JD4X9Q' } } });
  });

  it('skips records of a table it does not bridge', () => {
    const decoded = decodeStreamRecord(streamRecord({ eventName: 'INSERT', table: 'AuditEventsTable', newItem: { PK: 'X', SK: 'Y' } }), tables);

    expect(decoded).toEqual({ kind: 'skipped', outcome: { events: [], skipped: { reason: 'table-not-bridged', detail: 'table AuditEventsTable is not bridged' } } });
  });

  it('skips silent entities before formatting, so even a malformed row error does not fail', () => {
    const { file: _dropped, ...incomplete } = jobRowError();
    const decoded = decodeStreamRecord(streamRecord({ eventName: 'INSERT', table: 'JobsTable', newItem: incomplete }), tables);

    expect(decoded).toMatchObject({ kind: 'skipped', outcome: { skipped: { reason: 'silent-entity' } } });
  });

  it('fails on an unknown _et, on a missing _et, and on an entity of another table', () => {
    const unknown = streamRecord({ eventName: 'INSERT', newItem: { ...aircraft(), _et: 'AircraftPhoto' } });
    const { _et: _dropped, ...withoutEt } = aircraft();
    const missing = streamRecord({ eventName: 'INSERT', newItem: withoutEt });
    const wrongTable = streamRecord({ eventName: 'INSERT', table: 'JobsTable', newItem: aircraft() });

    expect(() => decodeStreamRecord(unknown, tables)).toThrow('CoreTable item AIRCRAFT#511CR / AIRCRAFT has _et "AircraftPhoto", which is no entity the stream bridge knows');
    expect(() => decodeStreamRecord(missing, tables)).toThrow('CoreTable item AIRCRAFT#511CR / AIRCRAFT has no string _et attribute');
    expect(() => decodeStreamRecord(wrongTable, tables)).toThrow(UnknownEntityError);
  });

  it('fails with the formatter error as cause when an image does not match its entity', () => {
    const { serialNumber: _dropped, ...incomplete } = aircraft();

    const decode = () => decodeStreamRecord(streamRecord({ eventName: 'INSERT', newItem: incomplete }), tables);

    expect(decode).toThrow(UnformattableItemError);
    expect(decode).toThrow(/NewImage of Aircraft AIRCRAFT#511CR \/ AIRCRAFT does not match the entity: .*'serialNumber'/);
  });

  it.each([
    ['eventID is missing', (record: ReturnType<typeof streamRecord>) => delete record.eventID],
    ['dynamodb.ApproximateCreationDateTime is missing', (record: ReturnType<typeof streamRecord>) => delete record.dynamodb?.ApproximateCreationDateTime],
    ['is not a DynamoDB stream ARN', (record: ReturnType<typeof streamRecord>) => (record.eventSourceARN = 'arn:aws:sqs:us-east-1:1:queue')],
    ['has neither NewImage nor OldImage', (record: ReturnType<typeof streamRecord>) => delete record.dynamodb?.NewImage],
  ])('fails a malformed record: %s', (message, breakRecord) => {
    const record = streamRecord({ eventName: 'INSERT', newItem: aircraft() });
    breakRecord(record);

    expect(() => decodeStreamRecord(record, tables)).toThrow(MalformedStreamRecordError);
    expect(() => decodeStreamRecord(record, tables)).toThrow(message);
  });
});

describe('bridgedTablesFromEnv', () => {
  it('bridges the tables whose names the function was given, and refuses to start with neither', () => {
    expect(bridgedTablesFromEnv({ AIRCRAFTOPS_JOBS_TABLE: 'prod-Jobs' }).map((table) => [table.logicalName, table.tableName])).toEqual([['JobsTable', 'prod-Jobs']]);
    expect(() => bridgedTablesFromEnv({})).toThrow('Missing required environment variable AIRCRAFTOPS_CORE_TABLE or AIRCRAFTOPS_JOBS_TABLE');
  });
});
