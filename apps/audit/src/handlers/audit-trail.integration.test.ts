import {
  AccessDeniedError,
  declaredFunction,
  type FunctionDeclaration,
  localEnvironmentFrom,
  localFunction,
  localResourceNames,
  tableArn,
} from '@aircraftops/declarations';
import { AircraftRegistered } from '@aircraftops/events';
import { buildHttpEvent, buildLambdaContext, buildSqsEvent, createLogger } from '@aircraftops/lambda-kit';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { auditQueries, AuditEventsTable } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox';

import { contractEvent, uniqueId, auditorClaims } from '../__fixtures__/events.fixtures.test';
import { bodyOf } from '../__fixtures__/offline-audit-trail.fixtures.test';
import { manifest } from '../manifest';
import { auditTrail } from '../wiring';
import { createRecordAuditEventHandler } from './record-audit-event/handler';

// Every function is invoked as the local runtime runs it: built from its declaration, with its own
// environment, its declared access enforced and its declared timeout.
const local = localEnvironmentFrom(process.env);
const names = localResourceNames({ region: local.region });
const build = (fn: FunctionDeclaration) => localFunction(fn, { app: manifest.app, names, local: { ...local, logLevel: 'SILENT' } });
const declared = (name: string) => build(declaredFunction(manifest, name));

const recordAuditEvent = declared('audit-record-event');
const getEntityTrail = declared('audit-get-entity-trail');
const getActorEvents = declared('audit-get-actor-events');
const getTypeEvents = declared('audit-get-type-events');
const getCorrelationEvents = declared('audit-get-correlation-events');

type Route = typeof getEntityTrail;
interface PageBody {
  items: { eventId: string; occurredAt: string }[];
  nextToken?: string;
}

// One entity changed five times by one actor in one request, on a day no other test writes to.
const entityId = uniqueId('N').toUpperCase();
const actorId = uniqueId('inspector');
const correlationId = uniqueId('req');
const day = '2031-03-14';
const eventIds = [1, 2, 3, 4, 5].map((n) => `${uniqueId('evt')}-${n}`);
const events = eventIds.map((eventId, index) =>
  contractEvent(AircraftRegistered, {
    eventId,
    // Delivered out of order on purpose: the trail must still come back newest first.
    occurredAt: `${day}T10:0${(index * 3) % 5}:00.000Z`,
    correlationId,
    actor: { type: 'user', id: actorId },
    entity: { type: 'Aircraft', id: entityId, version: index + 1 },
  }),
);
const metadataOf = (event: (typeof events)[number]) => event.detail['metadata'] as { eventId: string; occurredAt: string };
const newestFirst = [...events]
  .sort((a, b) => metadataOf(b).occurredAt.localeCompare(metadataOf(a).occurredAt))
  .map((event) => metadataOf(event).eventId);

const get = async (route: Route, routePath: string, pathParameters: Record<string, string>, query: Record<string, string>) => {
  const response = (await route.invoke(
    buildHttpEvent({ routePath, path: routePath, pathParameters, query, claims: auditorClaims }),
  )) as APIGatewayProxyStructuredResultV2;
  return { statusCode: response.statusCode, body: bodyOf(response) as PageBody };
};

/** Follows nextToken to the end, checking each page's size, and returns the event ids in order. */
const allPages = async (route: Route, routePath: string, pathParameters: Record<string, string>, query: Record<string, string> = {}) => {
  const ids: string[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const { statusCode, body } = await get(route, routePath, pathParameters, { ...query, limit: '2', ...(nextToken ? { nextToken } : {}) });
    expect(statusCode).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(2);
    ids.push(...body.items.map((item) => item.eventId));
    nextToken = body.nextToken;
    pages += 1;
  } while (nextToken !== undefined && pages < 10);
  return { ids, pages };
};

const entityItems = async () =>
  (await AuditEventsTable.build(QueryCommand).query(auditQueries.trailOfEntity('Aircraft', entityId)).send()).Items ?? [];

beforeAll(async () => {
  const response = await recordAuditEvent.invoke(buildSqsEvent(events));
  expect(response).toEqual({ batchItemFailures: [] });
});

describe('audit-all-events consumer', () => {
  it('records each delivered event once, under its entity', async () => {
    const items = await entityItems();

    expect(items.map((item) => item['eventId']).sort()).toEqual([...eventIds].sort());
  });

  it('writes nothing new when the same batch is delivered again', async () => {
    const before = await entityItems();
    const laterClock = createRecordAuditEventHandler(
      { store: auditTrail, now: () => new Date('2031-12-31T00:00:00.000Z') },
      { logger: createLogger('audit-test', { level: 'SILENT' }) },
    );

    const response = await laterClock(buildSqsEvent(events), buildLambdaContext());

    expect(response).toEqual({ batchItemFailures: [] });
    expect(await entityItems()).toEqual(before);
    // Through the declared recorder too: a duplicate is recognised by the old item its conditional put returns.
    expect(await recordAuditEvent.invoke(buildSqsEvent(events))).toEqual({ batchItemFailures: [] });
    expect(await entityItems()).toEqual(before);
  });
});

describe('audit query routes', () => {
  it('GET /audit/entities/{entityType}/{entityId} pages through the trail newest first', async () => {
    const { ids, pages } = await allPages(getEntityTrail, '/audit/entities/{entityType}/{entityId}', { entityType: 'Aircraft', entityId });

    expect(ids).toEqual(newestFirst);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('GET /audit/actors/{actorType}/{actorId} pages through the actor events newest first', async () => {
    const { ids } = await allPages(getActorEvents, '/audit/actors/{actorType}/{actorId}', { actorType: 'user', actorId });

    expect(ids).toEqual(newestFirst);
  });

  it('GET /audit/actors/{actorType}/{actorId} keeps to the inclusive time range', async () => {
    const { ids } = await allPages(
      getActorEvents,
      '/audit/actors/{actorType}/{actorId}',
      { actorType: 'user', actorId },
      { from: `${day}T10:01:00Z`, to: `${day}T10:03:00Z` },
    );

    expect(ids).toEqual(newestFirst.slice(1, 4));
  });

  it('GET /audit/types/{detailType}?day= pages through one type on one day newest first', async () => {
    const { ids } = await allPages(getTypeEvents, '/audit/types/{detailType}', { detailType: 'AircraftRegistered' }, { day });

    expect(ids).toEqual(newestFirst);
  });

  it('GET /audit/correlations/{correlationId} pages through one request newest first', async () => {
    const { ids } = await allPages(getCorrelationEvents, '/audit/correlations/{correlationId}', { correlationId });

    expect(ids).toEqual(newestFirst);
  });

  it('answers 400 for a garbled nextToken and for a token of another query', async () => {
    const first = await get(getEntityTrail, '/audit/entities/{entityType}/{entityId}', { entityType: 'Aircraft', entityId }, { limit: '1' });
    const entityToken = first.body.nextToken as string;

    const garbled = await get(
      getEntityTrail,
      '/audit/entities/{entityType}/{entityId}',
      { entityType: 'Aircraft', entityId },
      { nextToken: entityToken.slice(0, -4) },
    );
    const reused = await get(getCorrelationEvents, '/audit/correlations/{correlationId}', { correlationId }, { nextToken: entityToken });

    expect(entityToken).toEqual(expect.any(String));
    expect([garbled.statusCode, reused.statusCode]).toEqual([400, 400]);
    expect(reused.body).toMatchObject({ error: { code: 'validation', details: [{ field: 'query.nextToken' }] } });
  });
});

describe('declared access, enforced as IAM would', () => {
  it('fails the recorder with AccessDeniedException naming dynamodb:PutItem and AuditEventsTable when PutItem is not declared', async () => {
    const recorder = declaredFunction(manifest, 'audit-record-event');
    // A modified copy: the real declaration stays as it is.
    const withoutPut: FunctionDeclaration = {
      ...recorder,
      access: { tables: recorder.access.tables?.map((grant) => ({ ...grant, actions: grant.actions.filter((action) => action !== 'PutItem') })) },
    };
    const event = contractEvent(AircraftRegistered, { eventId: uniqueId('evt'), entity: { type: 'Aircraft', id: uniqueId('N'), version: 1 } });

    const failure = (await build(withoutPut)
      .invoke(buildSqsEvent([event]))
      .catch((error: unknown) => error)) as { recordErrors?: unknown[] };

    const denied = failure.recordErrors?.[0];
    expect(denied).toBeInstanceOf(AccessDeniedError);
    expect(denied).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
    expect((denied as Error).message).toContain('is not authorized to perform: dynamodb:PutItem');
    expect((denied as Error).message).toContain(`on resource: ${tableArn(names, 'AuditEventsTable')}`);
    expect(tableArn(names, 'AuditEventsTable')).toBe('arn:aws:dynamodb:us-east-1:123456789012:table/AuditEventsTable');
  });

  it('lets a query route read only the index it declares', async () => {
    const byActor = declaredFunction(manifest, 'audit-get-actor-events');
    const byCorrelation = { ...byActor, handler: declaredFunction(manifest, 'audit-get-correlation-events').handler };

    const response = (await build(byCorrelation).invoke(
      buildHttpEvent({
        routePath: '/audit/correlations/{correlationId}',
        path: '/audit/correlations/{correlationId}',
        pathParameters: { correlationId },
        claims: auditorClaims,
      }),
    )) as APIGatewayProxyStructuredResultV2;

    expect(response.statusCode).toBe(500);
  });
});
