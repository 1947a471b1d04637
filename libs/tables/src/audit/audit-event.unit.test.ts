import { PutItemCommand } from 'dynamodb-toolbox';

import { AuditEventEntity } from '../entities';

const event = {
  eventId: 'evt-1',
  occurredAt: '2001-02-03T10:00:00.000Z',
  entity: { type: 'Aircraft', id: '12345' },
  source: 'aircraftops.aircraft',
  detailType: 'AircraftUpdated',
  eventVersion: 1,
  recordedAt: '2001-02-03T10:00:01.000Z',
  correlationId: 'corr-1',
  actor: { type: 'user' as const, id: 'alice' },
  data: { nNumber: '12345' },
  schemaStatus: 'unknown' as const,
  expires_at: 2_000_000_000,
};

const putParams = (item: unknown) => AuditEventEntity.build(PutItemCommand).item(item as typeof event).params();

// Built without sending: the default tables' client is never created.
describe('AuditEvent schema', () => {
  it('stores the catalog status and what else the event carried', () => {
    const { Item } = putParams({ ...event, extras: { reason: 'manual fix', metadata: { region: 'us' } } });

    expect(Item).toMatchObject({ schemaStatus: 'unknown', extras: { reason: 'manual fix', metadata: { region: 'us' } } });
  });

  it('accepts an event without extras', () => {
    expect(putParams(event).Item).not.toHaveProperty('extras');
  });

  it('refuses a missing or unlisted schemaStatus', () => {
    const { schemaStatus: _omitted, ...withoutStatus } = event;

    expect(() => putParams(withoutStatus)).toThrow(/schemaStatus/);
    expect(() => putParams({ ...event, schemaStatus: 'invalid' })).toThrow(/schemaStatus/);
  });

  it('refuses extras that are not an object', () => {
    expect(() => putParams({ ...event, extras: ['reason'] })).toThrow(/extras/);
  });
});
