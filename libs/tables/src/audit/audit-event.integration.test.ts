import { GetItemCommand, QueryCommand } from 'dynamodb-toolbox';

import { connect, context, uniqueId } from '../__fixtures__/items.fixtures.test';
import { ItemAlreadyExistsError } from '../errors';
import { auditQueries } from '../keys';
import { createItem } from '../writes';

const { documentClient, tables, entities } = connect();
const { AuditEvent } = entities;
const { AuditEventsTable } = tables;

afterAll(() => documentClient.destroy());

const event = (overrides: { occurredAt: string; entityId: string; actorId: string; correlationId: string }) => ({
  eventId: uniqueId(),
  occurredAt: overrides.occurredAt,
  entity: { type: 'Aircraft', id: overrides.entityId, version: 2 },
  source: 'aircraftops.aircraft',
  detailType: 'AircraftUpdated',
  eventVersion: 1,
  recordedAt: overrides.occurredAt,
  correlationId: overrides.correlationId,
  actor: { type: 'user' as const, id: overrides.actorId },
  data: { nNumber: overrides.entityId },
  changes: { statusCode: { old: 'V', new: 'D' } },
  schemaStatus: 'valid' as const,
  extras: { reason: 'deregistered' },
  expires_at: 2_000_000_000,
});

const query = async (q: Parameters<ReturnType<typeof AuditEventsTable.build<QueryCommand<typeof AuditEventsTable>>>['query']>[0]) =>
  ((await AuditEventsTable.build(QueryCommand).entities(AuditEvent).query(q).options({ reverse: true }).send()).Items ?? []).map(
    (item) => item.eventId,
  );

describe('AuditEvent', () => {
  const entityId = `N#${uniqueId().slice(0, 6)}`;
  const actorId = `alice#${uniqueId()}@example.com`;
  const correlationId = `corr#${uniqueId()}`;
  const day = '2001-02-03';
  const events = [
    event({ occurredAt: `${day}T10:00:00.000Z`, entityId, actorId, correlationId }),
    event({ occurredAt: `${day}T11:00:00.000Z`, entityId, actorId, correlationId }),
    event({ occurredAt: `${day}T12:00:00.000Z`, entityId, actorId, correlationId: `${correlationId}-other` }),
  ];
  const [first, second, third] = events.map((e) => e.eventId);

  beforeAll(async () => {
    for (const e of events) await createItem(AuditEvent, e, context);
  });

  it('is read back by key as written, and never overwritten', async () => {
    const e = events[0]!;
    const { Item } = await AuditEvent.build(GetItemCommand)
      .key({ entity: { type: 'Aircraft', id: entityId }, occurredAt: e.occurredAt, eventId: e.eventId })
      .send();

    expect(Item).toEqual(e);
    await expect(createItem(AuditEvent, e, context)).rejects.toBeInstanceOf(ItemAlreadyExistsError);
  });

  it('gives an entity’s trail newest first, with escaped ids', async () => {
    expect(await query(auditQueries.trailOfEntity('Aircraft', entityId))).toEqual([third, second, first]);
  });

  it('filters by actor in a time range (GSI1)', async () => {
    const bounds = { from: `${day}T10:30:00.000Z`, to: `${day}T12:00:00.000Z` };
    expect(await query(auditQueries.byActor('user', actorId, bounds))).toEqual([third, second]);
  });

  it('filters by detail-type per day (GSI2)', async () => {
    const ids = await query(auditQueries.byTypeOnDay('AircraftUpdated', day, { to: `${day}T11:00:00.000Z` }));
    expect(ids).toEqual(expect.arrayContaining([second, first]));
    expect(ids).not.toContain(third);
  });

  it('filters by correlation id (GSI3)', async () => {
    expect(await query(auditQueries.byCorrelation(correlationId))).toEqual([second, first]);
  });
});
