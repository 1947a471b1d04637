import { buildHttpEvent, buildLambdaContext } from '@aircraftops/lambda-kit';

import { auditorClaims } from '../../__fixtures__/events.fixtures.test';
import { recordingReader } from '../../__fixtures__/in-memory-audit-trail.fixtures.test';
import { bodyOf } from '../../__fixtures__/offline-audit-trail.fixtures.test';
import { createGetTypeEventsHandler } from './handler';

const request = (detailType: string, query: Record<string, string>) =>
  buildHttpEvent({
    path: `/audit/types/${detailType}`,
    routePath: '/audit/types/{detailType}',
    pathParameters: { detailType },
    query,
    claims: auditorClaims,
  });

describe('GET /audit/types/{detailType}', () => {
  it('queries one detail-type on one day, as the range of that day', async () => {
    const reader = recordingReader({ items: [] });

    const response = await createGetTypeEventsHandler(reader)(request('AircraftUpdated', { day: '2025-11-21' }), buildLambdaContext());

    expect(response.statusCode).toBe(200);
    expect(reader.calls).toEqual([
      {
        query: { kind: 'typeInRange', detailType: 'AircraftUpdated', from: '2025-11-21T00:00:00.000Z', to: '2025-11-21T23:59:59.999Z' },
        page: { limit: 25 },
      },
    ]);
  });

  it('queries a range of several days, normalised to UTC instants', async () => {
    const reader = recordingReader({ items: [] });

    await createGetTypeEventsHandler(reader)(request('AircraftUpdated', { from: '2025-11-01T00:00:00+02:00', to: '2025-11-21T12:00:00Z', limit: '5' }), buildLambdaContext());

    expect(reader.calls[0]?.query).toEqual({ kind: 'typeInRange', detailType: 'AircraftUpdated', from: '2025-10-31T22:00:00.000Z', to: '2025-11-21T12:00:00.000Z' });
  });

  it.each<[Record<string, string>, string, string]>([
    [{}, 'query.from', 'give either day'],
    [{ from: '2025-11-01T00:00:00Z' }, 'query.from', 'give either day'],
    [{ day: '2025-11-21', from: '2025-11-01T00:00:00Z', to: '2025-11-02T00:00:00Z' }, 'query.from', 'give either day'],
    [{ day: '2025-02-30' }, 'query.day', 'day must be a calendar date'],
    [{ from: '2025-11-21T00:00:00Z', to: '2025-11-01T00:00:00Z' }, 'query.from', 'from must not be after to'],
    [{ from: '2025-10-01T00:00:00Z', to: '2025-11-01T00:00:00Z' }, 'query.to', 'less than 31 days apart'],
  ])('rejects %p naming %s', async (query, field, message) => {
    const response = await createGetTypeEventsHandler(recordingReader({ items: [] }))(request('AircraftUpdated', query), buildLambdaContext());

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({ error: { details: expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining(message) })]) } });
  });

  it('rejects a detail-type with a key delimiter', async () => {
    const response = await createGetTypeEventsHandler(recordingReader({ items: [] }))(
      request('Aircraft#Updated', { day: '2025-11-21' }),
      buildLambdaContext(),
    );

    expect(bodyOf(response)).toMatchObject({ error: { details: [{ field: 'path.detailType' }] } });
  });
});
