import { AircraftRegistered, IngestionJobCompleted } from '@aircraftops/events';
import { AuditEventEntity, AuditEventsTable, createDocumentClient } from '@aircraftops/tables';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand } from 'dynamodb-toolbox';

import { contractEvent, uniqueId } from '../__fixtures__/events.fixtures.test';
import { ConflictingDuplicateError, GENESIS_HASH, toAuditRecord } from '../domain';
import { auditTrail } from '../wiring';
import { recordToItem } from './record-to-item';

const documentClient = createDocumentClient();
afterAll(() => documentClient.destroy());

const recordOf = (entityId: string, eventId = uniqueId('evt')) =>
  toAuditRecord(
    contractEvent(AircraftRegistered, {
      eventId,
      occurredAt: new Date().toISOString(),
      entity: { type: 'Aircraft', id: entityId, version: 1 },
    }),
    new Date(),
  );

const rawItem = async (record: { entity: { type: string; id: string }; occurredAt: string; eventId: string }) =>
  (
    await documentClient.send(
      new GetCommand({
        TableName: AuditEventsTable.getName(),
        Key: { PK: `ENTITY#${record.entity.type}#${record.entity.id}`, SK: `EVENT#${record.occurredAt}#${record.eventId}` },
      }),
    )
  ).Item;

describe('DynamoDB audit trail', () => {
  it('stores a record under its entity, time and event id, with every index key and its TTL', async () => {
    const record = recordOf(uniqueId('N'));

    await expect(auditTrail.put(record)).resolves.toBe('recorded');

    expect(await rawItem(record)).toMatchObject({
      _et: 'AuditEvent',
      eventId: record.eventId,
      GSI1PK: 'ACTOR#user#operator-42',
      GSI1SK: `${record.occurredAt}#${record.eventId}`,
      GSI2PK: `TYPE#AircraftRegistered#${record.occurredAt.slice(0, 10)}`,
      GSI3PK: 'CORRELATION#req-2f9c1a7e',
      expires_at: record.expiresAt,
      schemaStatus: 'valid',
    });
  });

  it('reads back through the table library entity whole, catalog status and extras included', async () => {
    const record = toAuditRecord(contractEvent(IngestionJobCompleted, { eventId: uniqueId('evt'), occurredAt: new Date().toISOString() }), new Date());
    await auditTrail.put(record);

    const { Item } = await AuditEventEntity.build(GetItemCommand)
      .key({ entity: record.entity, occurredAt: record.occurredAt, eventId: record.eventId })
      .send();

    expect(record.extras).toBeDefined();
    // The first link of a new entity's chain.
    expect(Item).toEqual({ ...recordToItem(record), chain: { seq: 1, prevHash: GENESIS_HASH, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });

  it('answers duplicate for a redelivery and leaves the stored item as first written', async () => {
    const record = recordOf(uniqueId('N'));
    await auditTrail.put(record);
    const first = await rawItem(record);

    const outcome = await auditTrail.put({ ...record, recordedAt: new Date(Date.now() + 60_000).toISOString() });

    expect(outcome).toBe('duplicate');
    expect(await rawItem(record)).toEqual(first);
  });

  it('refuses a different event under the same key instead of dropping it as a duplicate', async () => {
    const record = recordOf(uniqueId('N'));
    await auditTrail.put(record);
    const first = await rawItem(record);

    const conflicting = auditTrail.put({ ...record, data: { ...record.data, serialNumber: 'CHANGED' } });

    await expect(conflicting).rejects.toBeInstanceOf(ConflictingDuplicateError);
    await expect(conflicting).rejects.toThrow(/different data/);
    expect(await rawItem(record)).toEqual(first);
  });
});
