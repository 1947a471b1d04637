import { declaredFunction, type FunctionDeclaration, localEnvironmentFrom, localFunction, localResourceNames } from '@aircraftops/declarations';
import { AircraftRegistered } from '@aircraftops/events';
import { buildHttpEvent, buildSqsEvent } from '@aircraftops/lambda-kit';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

import { auditorClaims, detailOf, eventBridgeEvent, uniqueId } from '../__fixtures__/events.fixtures.test';
import { bodyOf } from '../__fixtures__/offline-audit-trail.fixtures.test';
import { manifest } from '../manifest';

const local = localEnvironmentFrom(process.env);
const names = localResourceNames({ region: local.region });
const build = (fn: FunctionDeclaration) => localFunction(fn, { app: manifest.app, names, local: { ...local, logLevel: 'SILENT' } });
const recorder = build(declaredFunction(manifest, 'audit-record-event'));
// A policy that has already expired events of one probe source.
const shortLived = build({ ...declaredFunction(manifest, 'audit-record-event'), environment: { AIRCRAFTOPS_AUDIT_RETENTION: 'aircraftops.probe=1d,*=7y' } });
const typeRoute = build(declaredFunction(manifest, 'audit-get-type-events'));
const eventRoute = build(declaredFunction(manifest, 'audit-get-audit-event'));

const invoke = async (route: typeof typeRoute, routePath: string, pathParameters: Record<string, string>, query: Record<string, string> = {}) => {
  const response = (await route.invoke(
    buildHttpEvent({ routePath, path: routePath, pathParameters, query, claims: auditorClaims }),
  )) as APIGatewayProxyStructuredResultV2;
  return { statusCode: response.statusCode, body: bodyOf(response) as Record<string, unknown> };
};

// A detail-type of its own (recorded as `unknown` to the catalog), on three days, two events a day.
const detailType = `Probe${uniqueId('x').replace(/[^0-9a-z]/gi, '')}`;
const days = ['2031-05-01', '2031-05-02', '2031-05-03'];
const events = days.flatMap((day, d) =>
  [10, 14].map((hour, h) =>
    eventBridgeEvent({
      detailType,
      detail: detailOf(AircraftRegistered, {
        eventId: uniqueId(`evt-${d}${h}`),
        occurredAt: `${day}T${hour}:00:00.000Z`,
        entity: { type: 'Aircraft', id: uniqueId('N').toUpperCase(), version: 1 },
      }),
    }),
  ),
);
const idOf = (event: (typeof events)[number]) => (event.detail['metadata'] as { eventId: string }).eventId;

beforeAll(async () => {
  expect(await recorder.invoke(buildSqsEvent(events))).toEqual({ batchItemFailures: [] });
});

describe('GET /audit/types/{detailType} over several days', () => {
  const routePath = '/audit/types/{detailType}';

  it('pages across day buckets newest first, within the inclusive bounds', async () => {
    const query = { from: '2031-05-01T14:00:00Z', to: '2031-05-03T10:00:00Z', limit: '2' };
    const ids: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const { statusCode, body } = await invoke(typeRoute, routePath, { detailType }, { ...query, ...(nextToken ? { nextToken } : {}) });
      expect(statusCode).toBe(200);
      ids.push(...(body['items'] as { eventId: string }[]).map((item) => item.eventId));
      nextToken = body['nextToken'] as string | undefined;
      pages += 1;
    } while (nextToken !== undefined && pages < 10);

    // 3 May 10:00, 2 May 14:00 and 10:00, 1 May 14:00.
    expect(ids).toEqual([events[4]!, events[3]!, events[2]!, events[1]!].map(idOf));
  });

  it('refuses a cursor of another range with a 400 on query.nextToken', async () => {
    const first = await invoke(typeRoute, routePath, { detailType }, { from: '2031-05-01T00:00:00Z', to: '2031-05-03T23:00:00Z', limit: '1' });
    const token = first.body['nextToken'] as string;

    const otherDays = await invoke(typeRoute, routePath, { detailType }, { day: '2031-05-01', nextToken: token });
    const otherType = await invoke(typeRoute, routePath, { detailType: 'AircraftUpdated' }, { from: '2031-05-01T00:00:00Z', to: '2031-05-03T23:00:00Z', nextToken: token });

    for (const reused of [otherDays, otherType]) {
      expect(reused.statusCode).toBe(400);
      expect(reused.body).toMatchObject({ error: { details: [{ field: 'query.nextToken' }] } });
    }
  });
});

describe('GET /audit/events/{eventId}', () => {
  const routePath = '/audit/events/{eventId}';

  it('answers the record of an event id', async () => {
    const { statusCode, body } = await invoke(eventRoute, routePath, { eventId: idOf(events[0]!) });

    expect(statusCode).toBe(200);
    expect(body).toMatchObject({ eventId: idOf(events[0]!), detailType, occurredAt: '2031-05-01T10:00:00.000Z', chain: { seq: 1 } });
  });

  it('answers 404 for an unknown event id and for an expired record', async () => {
    const expired = eventBridgeEvent({
      source: 'aircraftops.probe',
      detailType,
      detail: detailOf(AircraftRegistered, { eventId: uniqueId('evt-old'), occurredAt: '2020-01-01T00:00:00.000Z' }),
    });
    expect(await shortLived.invoke(buildSqsEvent([expired]))).toEqual({ batchItemFailures: [] });

    const unknown = await invoke(eventRoute, routePath, { eventId: uniqueId('evt-none') });
    const gone = await invoke(eventRoute, routePath, { eventId: idOf(expired) });

    expect([unknown.statusCode, gone.statusCode]).toEqual([404, 404]);
  });

  it('answers 400 naming path.eventId for an id that cannot be a key', async () => {
    const { statusCode, body } = await invoke(eventRoute, routePath, { eventId: 'a#b' });

    expect(statusCode).toBe(400);
    expect(body).toMatchObject({ error: { details: [{ field: 'path.eventId' }] } });
  });
});
