import { findContract } from '@aircraftops/events';
import { buildLambdaContext } from '@aircraftops/lambda-kit';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';

import { describeWithSamples, sampleRecord } from '../../testing/conformance-samples.fixtures.test';
import { aircraft, ingestionJob, jobRowError, stamps } from '../../testing/entity-items.fixtures.test';
import { streamEvent, streamRecord } from '../../testing/stream-records.fixtures.test';
import type { LooseJson } from '../../testing/loose-json.fixtures.test';

process.env['POWERTOOLS_LOG_LEVEL'] = 'SILENT';
const eventBridge = mockClient(EventBridgeClient);
const loadHandler = async () => (await import('./handler')).handler;

const sentEntries = (): PutEventsRequestEntry[] =>
  eventBridge.commandCalls(PutEventsCommand).flatMap((call) => call.args[0].input.Entries ?? []);
const acceptAll = () =>
  eventBridge.on(PutEventsCommand).callsFake((input: { Entries: unknown[] }) => ({
    FailedEntryCount: 0,
    Entries: input.Entries.map((_entry, index) => ({ EventId: `bus-${index}` })),
  }));

const finishedJob = () => ingestionJob({ ...stamps(9, '2025-11-21T14:09:00.000Z'), status: 'COMPLETED', startedAt: '2025-11-21T14:05:01.000Z', finishedAt: '2025-11-21T14:09:00.000Z' });

describe('publish-domain-events handler', () => {
  beforeEach(() => eventBridge.reset());

  it('publishes valid catalog events on the aircraftops bus for a mixed CoreTable/JobsTable batch', async () => {
    acceptAll();
    const handler = await loadHandler();
    const event: DynamoDBStreamEvent = streamEvent([
      { eventName: 'INSERT', newItem: aircraft() },
      { eventName: 'INSERT', table: 'JobsTable', newItem: jobRowError() },
      { eventName: 'MODIFY', table: 'JobsTable', oldItem: ingestionJob({ status: 'RUNNING' }), newItem: finishedJob() },
      { eventName: 'REMOVE', oldItem: aircraft({ delete_at: 1_764_000_000 }), ttl: true },
    ]);

    const response = await handler(event, buildLambdaContext());

    expect(response).toEqual({ batchItemFailures: [] });
    const entries = sentEntries();
    expect(entries.map((entry) => [entry.EventBusName, entry.Source, entry.DetailType])).toEqual([
      ['aircraftops', 'aircraftops.aircraft', 'AircraftRegistered'],
      ['aircraftops', 'aircraftops.ingestion', 'IngestionJobCompleted'],
      ['aircraftops', 'aircraftops.aircraft', 'AircraftPurged'],
    ]);
    for (const entry of entries) {
      const contract = findContract(entry.Source ?? '', entry.DetailType ?? '');
      const detail = contract?.parse(JSON.parse(entry.Detail ?? 'null')) as { metadata: { occurredAt: string } };
      expect(entry.Time).toEqual(new Date(detail.metadata.occurredAt));
    }
    expect(JSON.parse(entries[2]?.Detail ?? '{}')).toMatchObject({ reason: 'ttl', metadata: { actor: { type: 'service', id: 'dynamodb.ttl' } } });
  });

  it('answers a failed publish with the failed record and every later one, as non-empty string identifiers', async () => {
    eventBridge.on(PutEventsCommand).resolves({
      FailedEntryCount: 1,
      Entries: [{ EventId: 'bus-1' }, { ErrorCode: 'MalformedDetail', ErrorMessage: 'bad detail' }],
    });
    const handler = await loadHandler();
    const records = streamEvent([
      { eventName: 'INSERT', newItem: aircraft() },
      { eventName: 'MODIFY', oldItem: aircraft(), newItem: aircraft({ ...stamps(2, '2025-11-22T08:00:00.000Z'), statusCode: 'T' }) },
      { eventName: 'INSERT', table: 'JobsTable', newItem: jobRowError() },
    ]).Records;

    const response = await handler({ Records: records }, buildLambdaContext());

    expect(response.batchItemFailures).toEqual(records.slice(1).map((record) => ({ itemIdentifier: record.dynamodb?.SequenceNumber })));
    expect(response.batchItemFailures.every((failure) => typeof failure.itemIdentifier === 'string' && failure.itemIdentifier !== '')).toBe(true);
  });
});

describeWithSamples('publish-domain-events handler against the recorded stream shapes', (samples) => {
  beforeEach(() => eventBridge.reset());

  it('builds fixture records with exactly the fields of a recorded Lambda delivery', () => {
    const recorded = sampleRecord(samples, 'aws-recorded-new-and-old-images-modify');
    const ours = streamRecord({ eventName: 'MODIFY', oldItem: aircraft(), newItem: aircraft() }) as LooseJson;
    const ttlRecorded = sampleRecord(samples, 'ttl-remove-with-user-identity');
    const ttlOurs = streamRecord({ eventName: 'REMOVE', oldItem: aircraft(), ttl: true }) as LooseJson;

    expect(Object.keys(ours).sort()).toEqual(Object.keys(recorded).sort());
    expect(Object.keys(ours['dynamodb']).sort()).toEqual(Object.keys(recorded['dynamodb']).sort());
    expect(ttlOurs['userIdentity']).toEqual(ttlRecorded['userIdentity']);
  });

  it('ignores a recorded batch of a table it does not bridge: no event, no failure', async () => {
    acceptAll();
    const handler = await loadHandler();
    const recorded = samples.samples.find((sample) => sample.id === 'sam-cli-dynamodb-update')?.event as unknown as DynamoDBStreamEvent;

    const response = await handler(recorded, buildLambdaContext());

    expect(response).toEqual({ batchItemFailures: [] });
    expect(sentEntries()).toEqual([]);
  });
});
