import { AircraftPurged, AircraftRegistered } from '@aircraftops/events';
import { buildLambdaContext, buildSqsEvent, createLogger } from '@aircraftops/lambda-kit';

import { contractEvent, detailOf, eventBridgeEvent } from '../../__fixtures__/events.fixtures.test';
import { inMemoryStore } from '../../__fixtures__/in-memory-audit-trail.fixtures.test';
import { createRecordAuditEventHandler } from './handler';

const logger = createLogger('audit-test', { level: 'SILENT' });
const now = () => new Date('2025-11-21T14:03:30.000Z');

describe('record-audit-event handler', () => {
  it('records every valid message of a batch', async () => {
    const store = inMemoryStore();
    const handler = createRecordAuditEventHandler({ store, now }, { logger });

    const response = await handler(
      buildSqsEvent([contractEvent(AircraftRegistered, { eventId: 'evt-1' }), contractEvent(AircraftRegistered, { eventId: 'evt-2' })]),
      buildLambdaContext(),
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect([...store.records.keys()].sort()).toEqual(['evt-1', 'evt-2']);
  });

  it('treats a redelivered event as a success and records it once', async () => {
    const store = inMemoryStore();
    const handler = createRecordAuditEventHandler({ store, now }, { logger });
    const event = contractEvent(AircraftRegistered, { eventId: 'evt-dup' });

    await handler(buildSqsEvent([event]), buildLambdaContext());
    const second = await handler(buildSqsEvent([event]), buildLambdaContext());

    expect(second).toEqual({ batchItemFailures: [] });
    expect(store.records.size).toBe(1);
  });

  it('fails only the message whose detail breaks its contract, so it is retried and ends in the DLQ', async () => {
    const store = inMemoryStore();
    const errors = jest.spyOn(logger, 'error');
    const handler = createRecordAuditEventHandler({ store, now }, { logger });
    const invalid = detailOf(AircraftPurged, { eventId: 'evt-bad' });
    delete invalid['reason'];

    const response = await handler(
      buildSqsEvent([
        contractEvent(AircraftRegistered, { eventId: 'evt-ok' }),
        eventBridgeEvent({ source: AircraftPurged.source, detailType: AircraftPurged.detailType, detail: invalid }),
      ]),
      buildLambdaContext(),
    );

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'msg-1' }] });
    expect([...store.records.keys()]).toEqual(['evt-ok']);
    expect(errors).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ messageId: 'msg-1', error: expect.objectContaining({ name: 'EventValidationError' }) }),
    );
    errors.mockRestore();
  });

  it('records an unknown platform detail-type, flagged, instead of losing it', async () => {
    const store = inMemoryStore();
    const handler = createRecordAuditEventHandler({ store, now }, { logger });
    const detail = detailOf(AircraftRegistered, { eventId: 'evt-new', entity: { type: 'Hangar', id: 'H-7' } });

    const response = await handler(
      buildSqsEvent([eventBridgeEvent({ source: 'aircraftops.hangars', detailType: 'HangarOpened', detail })]),
      buildLambdaContext(),
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect(store.records.get('evt-new')).toMatchObject({ schemaStatus: 'unknown', detailType: 'HangarOpened' });
  });

  it('fails a message that is not an EventBridge event', async () => {
    const handler = createRecordAuditEventHandler({ store: inMemoryStore(), now }, { logger });

    const response = await handler(
      buildSqsEvent(['not json', contractEvent(AircraftRegistered, { eventId: 'evt-fine' })]),
      buildLambdaContext(),
    );

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: 'msg-0' }] });
  });

  it('fails the message when the store fails, never reporting it as done', async () => {
    const handler = createRecordAuditEventHandler(
      { store: { put: async () => Promise.reject(new Error('throttled')) }, now },
      { logger },
    );

    await expect(handler(buildSqsEvent([contractEvent(AircraftRegistered)]), buildLambdaContext())).rejects.toThrow(
      /All records failed processing/,
    );
  });
});
