import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { AircraftRegistered } from '@aircraftops/events';
import { buildDynamoDbStreamEvent, buildLambdaContext, createLogger } from '@aircraftops/lambda-kit';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from 'aws-lambda';

import { contractEvent, uniqueId } from '../../__fixtures__/events.fixtures.test';
import { createNdjsonFileSink } from '../../adapters';
import { recordToItem } from '../../adapters/record-to-item';
import { type AuditRecord, toAuditRecord } from '../../domain';
import { createExportAnalyticsHandler } from './handler';

/** An item in the stream's wire format. */
const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true }) as unknown as Record<string, AttributeValue>;

const root = mkdtempSync(path.join(tmpdir(), 'audit-analytics-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const handler = createExportAnalyticsHandler(() => createNdjsonFileSink(root), { logger: createLogger('audit-test', { level: 'SILENT' }) });

const recordOf = (recordedAt: string): AuditRecord =>
  toAuditRecord(contractEvent(AircraftRegistered, { eventId: uniqueId('evt'), entity: { type: 'Aircraft', id: 'N1', version: 1 } }), new Date(recordedAt));

/** The stream record of a stored item, as the NEW_IMAGE stream shows it. */
const inserted = (record: AuditRecord) => ({
  eventName: 'INSERT' as const,
  newImage: image({ PK: 'ENTITY#Aircraft#N1', SK: `EVENT#${record.occurredAt}#${record.eventId}`, _et: 'AuditEvent', GSI1PK: 'ACTOR#user#x', ...recordToItem(record) }),
});

const lines = () =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ndjson'))
    .flatMap((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { eventId: string; expiresAt: string });

describe('audit-export-analytics', () => {
  const records = [recordOf('2025-11-21T10:00:00.000Z'), recordOf('2025-11-21T23:59:59.000Z'), recordOf('2025-11-22T00:00:00.000Z')];

  it('writes each inserted audit record once, as one JSON line, in its recording day partition', async () => {
    const response = await handler(
      buildDynamoDbStreamEvent([
        ...records.map(inserted),
        { eventName: 'INSERT', newImage: image({ PK: 'ENTITY#Aircraft#N1', SK: 'CHAIN#HEAD', _et: 'AuditChainHead', seq: 1 }) },
        { eventName: 'REMOVE', keys: image({ PK: 'ENTITY#Aircraft#N1', SK: 'EVENT#x' }) },
      ]),
      buildLambdaContext(),
    );

    expect(response).toEqual({ batchItemFailures: [] });
    expect(readdirSync(root).sort()).toEqual(['_last-export.json', 'dt=2025-11-21', 'dt=2025-11-22']);
    expect(lines().map((line) => line.eventId).sort()).toEqual(records.map((r) => r.eventId).sort());
    const [first] = lines().filter((line) => line.eventId === records[0]!.eventId);
    expect(first).toEqual(JSON.parse(JSON.stringify({ ...records[0], expiresAt: new Date(records[0]!.expiresAt * 1000).toISOString() })));
  });

  it('writes nothing twice when records are delivered again (a retry, or a restart before the checkpoint)', async () => {
    await handler(buildDynamoDbStreamEvent([...records, ...records].map(inserted)), buildLambdaContext());

    expect(lines()).toHaveLength(3);
    expect(new Set(lines().map((line) => line.eventId)).size).toBe(3);
  });

  it('hands the whole batch to the sink at once, and fails the whole batch when the sink fails (never swallowed)', async () => {
    const batches: string[][] = [];
    const failing = createExportAnalyticsHandler(
      () => ({
        putAll: async (sent) => {
          batches.push(sent.map((record) => record.eventId));
          throw new Error('refused');
        },
      }),
      { logger: createLogger('audit-test', { level: 'SILENT' }) },
    );

    await expect(failing(buildDynamoDbStreamEvent(records.map(inserted)), buildLambdaContext())).rejects.toThrow('refused');
    expect(batches).toEqual([records.map((record) => record.eventId)]);
  });
});
