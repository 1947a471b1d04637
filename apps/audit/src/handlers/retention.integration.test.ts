import { declaredFunction, type FunctionDeclaration, localEnvironmentFrom, localFunction, localResourceNames } from '@aircraftops/declarations';
import { AircraftUpdated } from '@aircraftops/events';
import { buildHttpEvent, buildSqsEvent } from '@aircraftops/lambda-kit';
import { AuditEventsTable, auditEventKeys, createDocumentClient } from '@aircraftops/tables';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

import { auditorClaims, contractEvent, uniqueId } from '../__fixtures__/events.fixtures.test';
import { bodyOf } from '../__fixtures__/offline-audit-trail.fixtures.test';
import { manifest } from '../manifest';

// The recorder as declared, with its retention changed the way an operator would: in its environment.
const local = localEnvironmentFrom(process.env);
const names = localResourceNames({ region: local.region });
const build = (fn: FunctionDeclaration) => localFunction(fn, { app: manifest.app, names, local: { ...local, logLevel: 'SILENT' } });
const declaredRecorder = declaredFunction(manifest, 'audit-record-event');
const recorder = build({ ...declaredRecorder, environment: { AIRCRAFTOPS_AUDIT_RETENTION: 'aircraftops.aircraft=1d,*=7y' } });
const trailRoute = build(declaredFunction(manifest, 'audit-get-entity-trail'));
const verifyRoute = build(declaredFunction(manifest, 'audit-verify-entity-trail'));

const documentClient = createDocumentClient();
afterAll(() => documentClient.destroy());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const get = async (route: typeof trailRoute, routePath: string, entityId: string) =>
  bodyOf(
    (await route.invoke(
      buildHttpEvent({ routePath, path: routePath, pathParameters: { entityType: 'Aircraft', entityId }, claims: auditorClaims }),
    )) as APIGatewayProxyStructuredResultV2,
  ) as Record<string, unknown>;

describe('retention', () => {
  const entityId = uniqueId('N').toUpperCase();
  // Version 1 occurred three days ago (past the configured day), version 2 just now.
  const events = [daysAgo(3), daysAgo(0)].map((occurredAt, index) =>
    contractEvent(AircraftUpdated, { eventId: uniqueId(`evt-${index + 1}`), occurredAt, entity: { type: 'Aircraft', id: entityId, version: index + 1 } }),
  );
  const metadata = (index: number) => events[index]!.detail['metadata'] as { eventId: string; occurredAt: string };
  const keyOf = (index: number) => auditEventKeys.primary('Aircraft', entityId, new Date(metadata(index).occurredAt).toISOString(), metadata(index).eventId);

  beforeAll(async () => {
    // One message per batch: a batch is recorded in parallel, and the test needs the old one linked first.
    for (const event of events) expect(await recorder.invoke(buildSqsEvent([event]))).toEqual({ batchItemFailures: [] });
  });

  it('sets expires_at from the configured class period, counted from occurredAt', async () => {
    const { Item } = await documentClient.send(new GetCommand({ TableName: AuditEventsTable.getName(), Key: keyOf(0) }));

    expect(Item?.['expires_at']).toBe(Math.floor(Date.parse(metadata(0).occurredAt) / 1000) + 86_400);
  });

  it('hides an expired record from queries before TTL removes it', async () => {
    const trail = await get(trailRoute, '/audit/entities/{entityType}/{entityId}', entityId);

    expect((trail['items'] as { eventId: string }[]).map((item) => item.eventId)).toEqual([metadata(1).eventId]);
  });

  it('reports expired records as expired, never as tampering, stored or removed', async () => {
    const path = '/audit/entities/{entityType}/{entityId}/verify';
    const before = await get(verifyRoute, path, entityId);
    await documentClient.send(new DeleteCommand({ TableName: AuditEventsTable.getName(), Key: keyOf(0) })); // what TTL does
    const after = await get(verifyRoute, path, entityId);

    expect(before).toMatchObject({ status: 'intact', records: 2, expired: [{ fromSeq: 1, toSeq: 1, state: 'present' }] });
    expect(after).toMatchObject({ status: 'intact', records: 1, expired: [{ fromSeq: 1, toSeq: 1, state: 'removed' }] });
  });
});
