import { InvalidBatchError } from '@aircraftops/lambda-kit';
import type { DynamoDBRecord } from 'aws-lambda';

import { bridgedTablesFromEnv } from '../adapters';
import { aircraft, aircraftImage, aircraftModel, deregistration, ingestionJob, stamps } from '../testing/entity-items.fixtures.test';
import { fakeBus, recordingLogger } from '../testing/fake-bus.fixtures.test';
import { streamEvent } from '../testing/stream-records.fixtures.test';
import { createStreamBridge } from '../wiring';

const tables = bridgedTablesFromEnv({ AIRCRAFTOPS_CORE_TABLE: 'CoreTable', AIRCRAFTOPS_JOBS_TABLE: 'JobsTable' });
const LATER = '2025-11-22T08:00:00.000Z';

/** Five records: four events and one progress-only job write in between. */
const fiveRecords = () =>
  streamEvent([
    { eventName: 'INSERT', newItem: aircraft() },
    { eventName: 'MODIFY', table: 'JobsTable', oldItem: ingestionJob({ status: 'RUNNING' }), newItem: ingestionJob({ status: 'RUNNING', percent: 40 }) },
    { eventName: 'INSERT', newItem: aircraftImage() },
    { eventName: 'INSERT', newItem: aircraftModel() },
    { eventName: 'MODIFY', oldItem: aircraft(), newItem: aircraft({ ...stamps(2, LATER), statusCode: 'T' }) },
  ]).Records;
const sequenceNumbers = (records: readonly DynamoDBRecord[]) => records.map((record) => ({ itemIdentifier: record.dynamodb?.SequenceNumber }));

describe('bridgeBatch (through the composed bridge, EventBridge mocked at the client)', () => {
  it('publishes every event in stream order in one PutEvents call and reports no failure', async () => {
    const bus = fakeBus();
    const bridge = createStreamBridge({ tables, publisher: bus.publisher, logger: recordingLogger().logger });

    const result = await bridge(fiveRecords());

    expect(result).toEqual({ batchItemFailures: [], publishedCount: 4 });
    expect(bus.calls).toHaveLength(1);
    expect(bus.published.map((event) => event.detailType)).toEqual(['AircraftRegistered', 'AircraftImageAdded', 'AircraftModelAdded', 'AircraftUpdated']);
  });

  it('a failed event of record k: k and every later record reported; a redelivery from k never re-publishes earlier records', async () => {
    const failOnce = new Set(['AircraftImageAdded']);
    const bus = fakeBus((event) => (failOnce.has(event.detailType) ? 'MalformedDetail' : undefined));
    const bridge = createStreamBridge({ tables, publisher: bus.publisher, logger: recordingLogger().logger });
    const records = fiveRecords();

    const first = await bridge(records);

    expect(first.batchItemFailures).toEqual(sequenceNumbers(records.slice(2)));
    expect(first.failure).toMatchObject({ index: 2, stage: 'publish', message: expect.stringContaining('MalformedDetail') });
    const firstAttempt = [...bus.published];

    // Lambda redelivers from the lowest reported sequence number; this time the bus accepts everything.
    failOnce.clear();
    const second = await bridge(records.slice(2));

    expect(second.batchItemFailures).toEqual([]);
    const republished = bus.published.slice(firstAttempt.length);
    expect(republished.map((event) => event.detailType)).toEqual(['AircraftImageAdded', 'AircraftModelAdded', 'AircraftUpdated']);
    // An event of a reported record that did go out the first time comes back with the same id (deduplicated downstream).
    const sameAgain = firstAttempt.filter((event) => republished.some((again) => again.eventId === event.eventId));
    expect(sameAgain.map((event) => event.detailType)).toEqual(['AircraftModelAdded', 'AircraftUpdated']);
  });

  it('a record that cannot be mapped: earlier records published, it and later ones reported, later ones not even mapped', async () => {
    const bus = fakeBus();
    const { logger, lines } = recordingLogger();
    const bridge = createStreamBridge({ tables, publisher: bus.publisher, logger });
    const records = fiveRecords();
    const image = records[2]?.dynamodb?.NewImage as Record<string, { S?: string }>;
    image['_et'] = { S: 'AircraftPhoto' };

    const result = await bridge(records);

    expect(bus.published.map((event) => event.detailType)).toEqual(['AircraftRegistered']);
    expect(result.batchItemFailures).toEqual(sequenceNumbers(records.slice(2)));
    expect(result.failure).toMatchObject({ index: 2, stage: 'map', message: expect.stringContaining('UnknownEntityError: CoreTable item') });
    expect(lines.filter((line) => line.level === 'error')).toHaveLength(1);
  });

  it('a PutEvents call refused as a whole (not retryable) reports the whole batch', async () => {
    const bus = fakeBus();
    bus.mock.rejects(Object.assign(new Error('not authorised'), { name: 'AccessDeniedException', $fault: 'client' }));
    const bridge = createStreamBridge({ tables, publisher: bus.publisher, logger: recordingLogger().logger });
    const records = fiveRecords();

    const result = await bridge(records);

    expect(result.batchItemFailures).toEqual(sequenceNumbers(records));
    expect(result.failure?.message).toContain('AccessDeniedException');
  });

  it('logs changes without a detail-type as warnings and publishes nothing for them', async () => {
    const bus = fakeBus();
    const { logger, lines } = recordingLogger();
    const bridge = createStreamBridge({ tables, publisher: bus.publisher, logger });
    const records = streamEvent([{ eventName: 'REMOVE', oldItem: deregistration() }]).Records;

    const result = await bridge(records);

    expect(result).toEqual({ batchItemFailures: [], publishedCount: 0 });
    expect(bus.calls).toEqual([]);
    expect(lines).toEqual([
      { level: 'warn', message: 'Stream record yields no event (no-contract)', details: { sequenceNumber: records[0]?.dynamodb?.SequenceNumber, detail: expect.stringContaining('Deregistration') } },
    ]);
  });

  it('refuses a batch with a record it could not report, before publishing anything', async () => {
    const bus = fakeBus();
    const bridge = createStreamBridge({ tables, publisher: bus.publisher, logger: recordingLogger().logger });
    const records = fiveRecords();
    delete records[3]?.dynamodb?.SequenceNumber;

    await expect(bridge(records)).rejects.toThrow(InvalidBatchError);
    expect(bus.calls).toEqual([]);
  });
});
