import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { declaredFunction, localEnvironmentFrom, localFunction, localResourceNames } from '@aircraftops/declarations';
import { AircraftRegistered } from '@aircraftops/events';
import { buildDynamoDbStreamEvent, buildHttpEvent, buildSqsEvent } from '@aircraftops/lambda-kit';
import { AuditEventsTable, auditQueries, createDocumentClient } from '@aircraftops/tables';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from 'aws-lambda';

import { auditorClaims, contractEvent, uniqueId } from '../__fixtures__/events.fixtures.test';
import { bodyOf } from '../__fixtures__/offline-audit-trail.fixtures.test';
import { manifest } from '../manifest';
import { ANALYTICS_FOLDER } from '../wiring';

// Both functions as declared; the exporter's data folder is the local runtime's (AIRCRAFTOPS_DATA_DIR).
const dataDir = mkdtempSync(path.join(tmpdir(), 'audit-data-'));
const local = { ...localEnvironmentFrom(process.env), dataDir, logLevel: 'SILENT' };
const names = localResourceNames({ region: local.region });
const recorder = localFunction(declaredFunction(manifest, 'audit-record-event'), { app: manifest.app, names, local });
const exporter = localFunction(declaredFunction(manifest, 'audit-export-analytics'), { app: manifest.app, names, local });
const health = localFunction(declaredFunction(manifest, 'audit-get-audit-health'), { app: manifest.app, names, local });

const documentClient = createDocumentClient();
afterAll(() => {
  documentClient.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

const exportedIds = () =>
  readdirSync(path.join(dataDir, ANALYTICS_FOLDER), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ndjson'))
    .flatMap((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { eventId: string }).eventId);

describe('audit-export-analytics, as declared', () => {
  it('exports exactly the records written, each once, also when the stream delivers them again', async () => {
    const entityId = uniqueId('N').toUpperCase();
    const events = [1, 2, 3].map((version) =>
      contractEvent(AircraftRegistered, { eventId: uniqueId(`evt-${version}`), occurredAt: new Date().toISOString(), entity: { type: 'Aircraft', id: entityId, version } }),
    );
    expect(await recorder.invoke(buildSqsEvent(events))).toEqual({ batchItemFailures: [] });
    // The partition as the NEW_IMAGE stream delivers it: every item written (records, chain head).
    const { Items = [] } = await documentClient.send(
      new QueryCommand({
        TableName: AuditEventsTable.getName(),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': auditQueries.trailOfEntity('Aircraft', entityId).partition },
      }),
    );
    const streamEvent = buildDynamoDbStreamEvent(Items.map((item) => ({ eventName: 'INSERT' as const, newImage: marshall(item) as unknown as Record<string, AttributeValue> })));

    expect(await exporter.invoke(streamEvent)).toEqual({ batchItemFailures: [] });
    expect(await exporter.invoke(streamEvent)).toEqual({ batchItemFailures: [] });

    const written = Items.filter((item) => item['_et'] === 'AuditEvent').map((item) => item['eventId'] as string);
    expect(written).toHaveLength(3);
    expect(exportedIds().sort()).toEqual(written.sort());

    // GET /audit/health, as declared: the records just written, and the export that followed them.
    const response = (await health.invoke(buildHttpEvent({ routePath: '/audit/health', path: '/audit/health', claims: auditorClaims }))) as { statusCode: number; body: string };
    const body = bodyOf(response) as { recordsLastHour: number; lastExport: { eventId: string; ageSeconds: number }; consumerLag: { available: boolean } };
    expect(response.statusCode).toBe(200);
    expect(body.recordsLastHour).toBeGreaterThanOrEqual(3);
    expect(written).toContain(body.lastExport.eventId);
    expect(body.consumerLag.available).toBe(false);
  });
});
