import { buildHttpEvent, buildLambdaContext } from '@aircraftops/lambda-kit';

import { auditorClaims } from '../../__fixtures__/events.fixtures.test';
import { recordingReader } from '../../__fixtures__/in-memory-audit-trail.fixtures.test';
import { bodyOf, offlineAuditTrail } from '../../__fixtures__/offline-audit-trail.fixtures.test';
import { createGetCorrelationEventsHandler } from './handler';

const request = (correlationId: string, query: Record<string, string> = {}) =>
  buildHttpEvent({
    path: `/audit/correlations/${correlationId}`,
    routePath: '/audit/correlations/{correlationId}',
    pathParameters: { correlationId },
    query,
    claims: auditorClaims,
  });

describe('GET /audit/correlations/{correlationId}', () => {
  it('queries by correlation id, which may contain key delimiters (escaped by the key builder)', async () => {
    const reader = recordingReader({ items: [] });

    const response = await createGetCorrelationEventsHandler(reader)(request('job#42'), buildLambdaContext());

    expect(response.statusCode).toBe(200);
    expect(reader.calls[0]?.query).toEqual({ kind: 'correlation', correlationId: 'job#42' });
  });

  it('answers 400 for a token of another query', async () => {
    const { trail, documentClient } = offlineAuditTrail();
    const otherQuery = Buffer.from(JSON.stringify({ PK: 'ENTITY#A#1', SK: 'EVENT#1', GSI3PK: 'CORRELATION#other', GSI3SK: '1' })).toString(
      'base64url',
    );

    const response = await createGetCorrelationEventsHandler(trail)(request('req-1', { nextToken: otherQuery }), buildLambdaContext());
    documentClient.destroy();

    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toMatchObject({ error: { details: [{ field: 'query.nextToken' }] } });
  });
});
