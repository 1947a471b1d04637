import { buildHttpEvent, buildLambdaContext } from '@aircraftops/lambda-kit';

import { auditorClaims } from '../../__fixtures__/events.fixtures.test';
import { recordingReader } from '../../__fixtures__/in-memory-audit-trail.fixtures.test';
import { bodyOf } from '../../__fixtures__/offline-audit-trail.fixtures.test';
import { createGetActorEventsHandler } from './handler';

const request = (pathParameters: Record<string, string>, query: Record<string, string> = {}) =>
  buildHttpEvent({
    path: `/audit/actors/${pathParameters['actorType']}/${pathParameters['actorId']}`,
    routePath: '/audit/actors/{actorType}/{actorId}',
    pathParameters,
    query,
    claims: auditorClaims,
  });

describe('GET /audit/actors/{actorType}/{actorId}', () => {
  it('queries the actor with the time range normalised to sort-key instants', async () => {
    const reader = recordingReader({ items: [] });
    const handler = createGetActorEventsHandler(reader);

    const response = await handler(
      request({ actorType: 'user', actorId: 'alice' }, { from: '2025-11-21T10:00:00+02:00', to: '2025-11-21T12:00:00Z', limit: '5' }),
      buildLambdaContext(),
    );

    expect(response.statusCode).toBe(200);
    expect(reader.calls).toEqual([
      {
        query: { kind: 'actor', actorType: 'user', actorId: 'alice', from: '2025-11-21T08:00:00.000Z', to: '2025-11-21T12:00:00.000Z' },
        page: { limit: 5 },
      },
    ]);
  });

  it('rejects an actor type other than user or service', async () => {
    const response = await createGetActorEventsHandler(recordingReader({ items: [] }))(
      request({ actorType: 'robot', actorId: 'r2' }),
      buildLambdaContext(),
    );

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({ error: { details: [{ field: 'path.actorType', message: 'actorType must be user or service' }] } });
  });

  it.each([
    [{ from: '21/11/2025' }, 'query.from'],
    [{ to: '2025-11-21' }, 'query.to'],
    [{ from: '2025-02-30T00:00:00Z' }, 'query.from'],
    [{ from: '2025-11-22T00:00:00Z', to: '2025-11-21T00:00:00Z' }, 'query.from'],
  ])('rejects the range %p naming %s', async (query, field) => {
    const response = await createGetActorEventsHandler(recordingReader({ items: [] }))(
      request({ actorType: 'user', actorId: 'alice' }, query),
      buildLambdaContext(),
    );

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({ error: { details: [{ field }] } });
  });
});
