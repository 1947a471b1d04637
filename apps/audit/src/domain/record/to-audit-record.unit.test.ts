import { AircraftPurged, AircraftRegistered, EventValidationError, IngestionJobCompleted } from '@aircraftops/events';

import { contractEvent, detailOf, eventBridgeEvent } from '../../__fixtures__/events.fixtures.test';
import { InvalidAuditMessageError, UnsupportedSourceError } from '../errors';
import { parseRetentionConfig } from '../retention';
import { toAuditRecord } from './to-audit-record';

const recordedAt = new Date('2025-11-21T14:03:30.000Z');

describe('toAuditRecord', () => {
  it('maps a valid catalog event to a record keyed by entity, time and event id', () => {
    const event = contractEvent(AircraftRegistered);

    const record = toAuditRecord(event, recordedAt);

    expect(record).toEqual({
      eventId: '7b1f0a3c9d2e4f5a8b6c1d0e2f3a4b5c',
      occurredAt: '2025-11-21T14:03:27.512Z',
      entity: { type: 'Aircraft', id: '511CR', version: 1 },
      source: 'aircraftops.aircraft',
      detailType: 'AircraftRegistered',
      eventVersion: 1,
      recordedAt: '2025-11-21T14:03:30.000Z',
      correlationId: 'req-2f9c1a7e',
      causationId: 'cmd-8d41e0b2',
      actor: { type: 'user', id: 'operator-42' },
      data: AircraftRegistered.example.data,
      schemaStatus: 'valid',
      // 7 calendar years after occurredAt: 2032-11-21T14:03:27Z
      expiresAt: Date.UTC(2032, 10, 21, 14, 3, 27) / 1000,
    });
  });

  it('keeps the data as received, including fields the contract parser would strip', () => {
    const detail = detailOf(AircraftRegistered);
    detail['data'] = { ...(detail['data'] as object), fieldAddedByNewerProducer: 'kept' };

    const record = toAuditRecord(eventBridgeEvent({ detail }), recordedAt);

    expect(record.data).toMatchObject({ fieldAddedByNewerProducer: 'kept', nNumber: '511CR' });
  });

  it('keeps detail fields beyond metadata/data/changes, and unknown metadata fields, as extras', () => {
    const detail = detailOf(IngestionJobCompleted);
    (detail['metadata'] as Record<string, unknown>)['tenant'] = 'faa';

    const record = toAuditRecord(
      eventBridgeEvent({ source: IngestionJobCompleted.source, detailType: IngestionJobCompleted.detailType, detail }),
      recordedAt,
    );

    expect(record.extras).toEqual({ counts: IngestionJobCompleted.example.counts, metadata: { tenant: 'faa' } });
    expect(record.schemaStatus).toBe('valid');
  });

  it('applies the retention of the event class: 13 calendar months for ingestion events by default', () => {
    const record = toAuditRecord(contractEvent(IngestionJobCompleted), recordedAt);
    const end = new Date(record.occurredAt);
    end.setUTCMonth(end.getUTCMonth() + 13);

    expect(record.expiresAt).toBe(Math.floor(end.getTime() / 1000));
  });

  it('applies a configured retention policy', () => {
    const record = toAuditRecord(contractEvent(IngestionJobCompleted), recordedAt, parseRetentionConfig('aircraftops.ingestion=30d,*=7y'));

    expect(record.expiresAt - Math.floor(Date.parse(record.occurredAt) / 1000)).toBe(30 * 86_400);
  });

  it('normalises occurredAt with an offset to the UTC millisecond form the sort keys need', () => {
    const record = toAuditRecord(contractEvent(AircraftRegistered, { occurredAt: '2025-11-21T16:03:27+02:00' }), recordedAt);

    expect(record.occurredAt).toBe('2025-11-21T14:03:27.000Z');
  });

  it('records an unknown detail-type of a platform source, flagged unknown', () => {
    const detail = detailOf(AircraftRegistered, { entity: { type: 'Hangar', id: 'H-7' } });

    const record = toAuditRecord(eventBridgeEvent({ source: 'aircraftops.hangars', detailType: 'HangarOpened', detail }), recordedAt);

    expect(record).toMatchObject({ detailType: 'HangarOpened', schemaStatus: 'unknown', entity: { type: 'Hangar', id: 'H-7' } });
  });

  it('records a known detail-type with an event version the catalog lacks as unknown, not invalid', () => {
    const detail = { ...detailOf(AircraftRegistered, { eventVersion: 2 }), data: { shapeOfVersion2: true } };

    const record = toAuditRecord(eventBridgeEvent({ detail }), recordedAt);

    expect(record).toMatchObject({ schemaStatus: 'unknown', eventVersion: 2, data: { shapeOfVersion2: true } });
  });

  it('rejects a known detail-type whose detail breaks its contract, naming the path', () => {
    const detail = detailOf(AircraftPurged);
    delete detail['reason'];

    const act = () =>
      toAuditRecord(eventBridgeEvent({ source: AircraftPurged.source, detailType: AircraftPurged.detailType, detail }), recordedAt);

    expect(act).toThrow(EventValidationError);
    expect(act).toThrow(/reason/);
  });

  it('rejects an unknown detail-type without the platform metadata it would be keyed by', () => {
    const act = () =>
      toAuditRecord(eventBridgeEvent({ source: 'aircraftops.hangars', detailType: 'HangarOpened', detail: { data: {} } }), recordedAt);

    expect(act).toThrow(InvalidAuditMessageError);
    expect(act).toThrow(/detail\.metadata: expected object, got nothing/);
  });

  it('rejects a source outside aircraftops.*', () => {
    const act = () => toAuditRecord(eventBridgeEvent({ source: 'aws.s3', detailType: 'Object Created' }), recordedAt);

    expect(act).toThrow(UnsupportedSourceError);
  });
});
