import { declaredFunction, type FunctionDeclaration, localEnvironmentFrom, localFunction, localResourceNames } from '@aircraftops/declarations';
import { AircraftUpdated } from '@aircraftops/events';
import { buildHttpEvent, buildSqsEvent } from '@aircraftops/lambda-kit';
import { AuditEventsTable, auditEventKeys, createDocumentClient } from '@aircraftops/tables';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

import { auditorClaims, contractEvent, uniqueId, viewerClaims } from '../__fixtures__/events.fixtures.test';
import { bodyOf } from '../__fixtures__/offline-audit-trail.fixtures.test';
import { toAuditRecord } from '../domain';
import { manifest } from '../manifest';
import { auditTrail } from '../wiring';

// Recorder and verification run as declared (environment, access enforced); tampering goes straight to
// DynamoDB Local, as someone with table access would.
const local = localEnvironmentFrom(process.env);
const names = localResourceNames({ region: local.region });
const build = (fn: FunctionDeclaration) => localFunction(fn, { app: manifest.app, names, local: { ...local, logLevel: 'SILENT' } });
const recorder = build(declaredFunction(manifest, 'audit-record-event'));
const verifyRoute = build(declaredFunction(manifest, 'audit-verify-entity-trail'));
const trailRoute = build(declaredFunction(manifest, 'audit-get-entity-trail'));

const documentClient = createDocumentClient();
afterAll(() => documentClient.destroy());

interface Verdict {
  status: 'intact' | 'tampered';
  chainLength: number;
  records: number;
  firstProblem?: { problem: string; seq?: number; eventId?: string; reason: string };
}

const updateOf = (entityId: string, version: number) =>
  contractEvent(AircraftUpdated, {
    eventId: uniqueId(`evt-v${version}`),
    occurredAt: new Date(Date.UTC(2030, 5, 1, 12, version)).toISOString(),
    entity: { type: 'Aircraft', id: entityId, version },
  });

const call = async (route: typeof verifyRoute, routePath: string, entityId: string, claims: Record<string, string> = auditorClaims) => {
  const response = (await route.invoke(
    buildHttpEvent({ routePath, path: routePath, pathParameters: { entityType: 'Aircraft', entityId }, claims }),
  )) as APIGatewayProxyStructuredResultV2;
  return { statusCode: response.statusCode, body: bodyOf(response) };
};
const verify = async (entityId: string) => (await call(verifyRoute, '/audit/entities/{entityType}/{entityId}/verify', entityId)).body as Verdict;

/** Records versions 1..n of a new entity, delivered out of order, one message per batch. */
const recordedEntity = async (order: readonly number[]) => {
  const entityId = uniqueId('N').toUpperCase();
  const events = [...order].sort().map((version) => updateOf(entityId, version));
  for (const version of order) expect(await recorder.invoke(buildSqsEvent([events[version - 1]!]))).toEqual({ batchItemFailures: [] });
  const keyOf = (version: number) => {
    const record = toAuditRecord(events[version - 1]!, new Date());
    return auditEventKeys.primary('Aircraft', entityId, record.occurredAt, record.eventId);
  };
  return { entityId, events, keyOf, eventIdOf: (version: number) => toAuditRecord(events[version - 1]!, new Date()).eventId };
};

describe('tamper evidence', () => {
  it('keeps one link per event out of order and redelivered: trail in version order, verify intact', async () => {
    const { entityId, events } = await recordedEntity([2, 3, 1]);
    expect(await recorder.invoke(buildSqsEvent([events[1]!, events[0]!]))).toEqual({ batchItemFailures: [] });

    const trail = (await call(trailRoute, '/audit/entities/{entityType}/{entityId}', entityId)).body as { items: { entity: { version: number } }[] };

    expect(trail.items.map((item) => item.entity.version)).toEqual([3, 2, 1]);
    expect(await verify(entityId)).toMatchObject({ status: 'intact', chainLength: 3, records: 3, expired: [] });
  });

  it('never forks the chain under concurrent recorders', async () => {
    const entityId = uniqueId('N').toUpperCase();
    const records = [1, 2, 3, 4, 5, 6].map((version) => toAuditRecord(updateOf(entityId, version), new Date()));

    const outcomes = await Promise.all([...records, records[0]!, records[3]!].map((record) => auditTrail.put(record)));

    expect(outcomes.filter((outcome) => outcome === 'recorded')).toHaveLength(6);
    const { records: stored } = await auditTrail.readChain('Aircraft', entityId);
    expect(stored.map((record) => record.chain?.seq).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await verify(entityId)).toMatchObject({ status: 'intact', chainLength: 6 });
  });

  it('names a record one attribute of which was changed in the table', async () => {
    const { entityId, keyOf, eventIdOf } = await recordedEntity([1, 2, 3]);
    await documentClient.send(
      new UpdateCommand({
        TableName: AuditEventsTable.getName(),
        Key: keyOf(2),
        UpdateExpression: 'SET actor.id = :id',
        ExpressionAttributeValues: { ':id': 'somebody-else' },
      }),
    );

    expect(await verify(entityId)).toMatchObject({
      status: 'tampered',
      firstProblem: { problem: 'altered', seq: 2, eventId: eventIdOf(2), reason: 'its content does not match its hash' },
    });
  });

  it.each([
    ['oldest', 1],
    ['newest', 3],
  ])('names the %s record when it was deleted', async (_which, version) => {
    const { entityId, keyOf, eventIdOf } = await recordedEntity([1, 2, 3]);
    await documentClient.send(new DeleteCommand({ TableName: AuditEventsTable.getName(), Key: keyOf(version) }));

    expect(await verify(entityId)).toMatchObject({
      status: 'tampered',
      firstProblem: { problem: 'removed', seq: version, eventId: eventIdOf(version) },
    });
  });

  it('answers a viewer with 403: trails hold personal data', async () => {
    const { statusCode } = await call(verifyRoute, '/audit/entities/{entityType}/{entityId}/verify', 'N1', viewerClaims);

    expect(statusCode).toBe(403);
  });
});
