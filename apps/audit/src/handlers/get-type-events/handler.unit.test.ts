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
  it('queries one detail-type on one day', async () => {
    const reader = recordingReader({ items: [] });

    const response = await createGetTypeEventsHandler(reader)(request('AircraftUpdated', { day: '2025-11-21' }), buildLambdaContext());

    expect(response.statusCode).toBe(200);
    expect(reader.calls).toEqual([{ query: { kind: 'typeOnDay', detailType: 'AircraftUpdated', day: '2025-11-21' }, page: { limit: 25 } }]);
  });

  it.each<Record<string, string>>([{}, { day: '2025-02-30' }, { day: '2025-11-21T00:00:00Z' }])('rejects the day of %p', async (query) => {
    const response = await createGetTypeEventsHandler(recordingReader({ items: [] }))(request('AircraftUpdated', query), buildLambdaContext());

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({
      error: { details: [{ field: 'query.day', message: 'day is required, as a calendar date YYYY-MM-DD (UTC)' }] },
    });
  });

  it('rejects a detail-type with a key delimiter', async () => {
    const response = await createGetTypeEventsHandler(recordingReader({ items: [] }))(
      request('Aircraft#Updated', { day: '2025-11-21' }),
      buildLambdaContext(),
    );

    expect(bodyOf(response)).toMatchObject({ error: { details: [{ field: 'path.detailType' }] } });
  });
});
