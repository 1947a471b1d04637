import { buildHttpEvent, buildLambdaContext } from '@aircraftops/lambda-kit';

import { auditorClaims } from '../../__fixtures__/events.fixtures.test';
import { recordingReader } from '../../__fixtures__/in-memory-audit-trail.fixtures.test';
import { bodyOf, offlineAuditTrail } from '../../__fixtures__/offline-audit-trail.fixtures.test';
import type { AuditRecord } from '../../domain';
import { createGetEntityTrailHandler } from './handler';

const record: AuditRecord = {
  eventId: 'e1',
  occurredAt: '2025-11-21T14:03:27.512Z',
  entity: { type: 'Aircraft', id: '511CR', version: 1 },
  source: 'aircraftops.aircraft',
  detailType: 'AircraftRegistered',
  eventVersion: 1,
  recordedAt: '2025-11-21T14:03:30.000Z',
  correlationId: 'req-1',
  actor: { type: 'user', id: 'operator-42' },
  data: { nNumber: '511CR' },
  schemaStatus: 'valid',
  expiresAt: Date.parse('2032-11-21T14:03:27.000Z') / 1000,
};

const request = (input: { path?: Record<string, string>; query?: Record<string, string>; claims?: Record<string, string> | null }) =>
  buildHttpEvent({
    path: '/audit/entities/Aircraft/511CR',
    routePath: '/audit/entities/{entityType}/{entityId}',
    pathParameters: input.path ?? { entityType: 'Aircraft', entityId: '511CR' },
    ...(input.query ? { query: input.query } : {}),
    ...(input.claims === null ? {} : { claims: input.claims ?? auditorClaims }),
  });

describe('GET /audit/entities/{entityType}/{entityId}', () => {
  it('answers one page of the entity trail, 25 items by default, expiry as an instant', async () => {
    const reader = recordingReader({ items: [record], nextToken: 'next' });
    const handler = createGetEntityTrailHandler(reader);

    const response = await handler(request({}), buildLambdaContext());

    expect(response.statusCode).toBe(200);
    expect(bodyOf(response)).toEqual({
      items: [{ ...record, expiresAt: '2032-11-21T14:03:27.000Z' }],
      nextToken: 'next',
    });
    expect(reader.calls).toEqual([{ query: { kind: 'entity', entityType: 'Aircraft', entityId: '511CR' }, page: { limit: 25 } }]);
  });

  it('passes limit and nextToken through', async () => {
    const reader = recordingReader({ items: [] });
    const handler = createGetEntityTrailHandler(reader);

    const response = await handler(request({ query: { limit: '100', nextToken: 'e30' } }), buildLambdaContext());

    expect(bodyOf(response)).toEqual({ items: [] });
    expect(reader.calls[0]?.page).toEqual({ limit: 100, nextToken: 'e30' });
  });

  it.each(['0', '101', '2.5', 'ten', ''])('rejects limit=%p with a 400 naming query.limit', async (limit) => {
    const handler = createGetEntityTrailHandler(recordingReader({ items: [] }));

    const response = await handler(request({ query: { limit } }), buildLambdaContext());

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({
      error: { code: 'validation', details: [{ field: 'query.limit', message: 'must be an integer from 1 to 100' }] },
    });
  });

  it('rejects an entity type that is not PascalCase', async () => {
    const handler = createGetEntityTrailHandler(recordingReader({ items: [] }));

    const response = await handler(request({ path: { entityType: 'aircraft', entityId: '511CR' } }), buildLambdaContext());

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({ error: { details: [{ field: 'path.entityType' }] } });
  });

  it('answers 400 for a nextToken the query did not issue, before any request is sent', async () => {
    const { trail, documentClient } = offlineAuditTrail();
    const handler = createGetEntityTrailHandler(trail);
    const forged = Buffer.from(JSON.stringify({ PK: 'ENTITY#Aircraft#999ZZ', SK: 'EVENT#x' })).toString('base64url');

    const response = await handler(request({ query: { nextToken: forged } }), buildLambdaContext());
    documentClient.destroy();

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({
      error: { code: 'validation', details: [{ field: 'query.nextToken', message: 'nextToken is not valid for this query: it belongs to another list' }] },
    });
  });

  it('answers 400 naming the path parameter when an id is longer than any key may hold', async () => {
    const { trail, documentClient } = offlineAuditTrail();
    const handler = createGetEntityTrailHandler(trail);

    const response = await handler(request({ path: { entityType: 'Aircraft', entityId: 'x'.repeat(3000) } }), buildLambdaContext());
    documentClient.destroy();

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({
      error: { details: [{ field: 'path.entityId', message: 'must be at most 512 characters, got 3000' }] },
    });
  });

  it('answers 401 without a token and 403 without a platform role', async () => {
    const handler = createGetEntityTrailHandler(recordingReader({ items: [] }));

    const anonymous = await handler(request({ claims: null }), buildLambdaContext());
    const outsider = await handler(request({ claims: { sub: 'mallory' } }), buildLambdaContext());

    expect([anonymous.statusCode, outsider.statusCode]).toEqual([401, 403]);
  });

  it.each([
    ['viewer', 403],
    ['operator', 403],
    ['auditor', 200],
    ['admin', 200],
  ])('answers a %s with %i: trails hold personal data', async (role, status) => {
    const handler = createGetEntityTrailHandler(recordingReader({ items: [] }));

    const response = await handler(request({ claims: { sub: 'u-1', 'cognito:groups': `[${role}]` } }), buildLambdaContext());

    expect(response.statusCode).toBe(status);
  });
});
