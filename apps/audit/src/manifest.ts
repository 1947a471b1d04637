import path from 'node:path';

import { type AppManifest, defineApp, type FunctionDeclaration, type HandlerRef } from '@aircraftops/declarations';

const handlerRef = (useCase: string): HandlerRef => ({ module: path.join(__dirname, 'handlers', useCase, 'handler.ts'), export: 'handler' });

const queryRoute = (useCase: string, routePath: string, description: string, indexes?: string[]): FunctionDeclaration => ({
  name: `audit-${useCase}`,
  description,
  handler: handlerRef(useCase),
  trigger: { kind: 'http', method: 'GET', path: routePath, role: 'viewer' },
  access: { tables: [{ table: 'AuditEventsTable', actions: indexes ? [] : ['Query'], ...(indexes ? { indexes } : {}) }] },
  timeoutSeconds: 10,
  memoryMb: 512,
});

/**
 * Every function of the audit app: one recorder subscribed to every platform event, four read-only
 * query routes. The local runtime builds and enforces them; the CDK generates the audit stack from them.
 */
export const manifest: AppManifest = defineApp({
  app: 'audit',
  functions: [
    queryRoute('get-entity-trail', '/audit/entities/{entityType}/{entityId}', 'Audit trail of one entity, newest first; ?limit=1-100 (25), ?nextToken='),
    queryRoute(
      'get-actor-events',
      '/audit/actors/{actorType}/{actorId}',
      'Events caused by one user or service, newest first; ?from=&to= (inclusive ISO instants), ?limit=, ?nextToken=',
      ['GSI1'],
    ),
    queryRoute('get-type-events', '/audit/types/{detailType}', 'Events of one detail-type on one UTC day, newest first; ?day=YYYY-MM-DD (required), ?limit=, ?nextToken=', ['GSI2']),
    queryRoute(
      'get-correlation-events',
      '/audit/correlations/{correlationId}',
      'Events sharing one correlation id (one request or job), newest first; ?limit=, ?nextToken=',
      ['GSI3'],
    ),
    {
      name: 'audit-record-event',
      description: 'Records every platform event (source aircraftops.*) in AuditEventsTable, once per eventId',
      handler: handlerRef('record-audit-event'),
      trigger: {
        kind: 'subscription',
        eventPattern: { source: [{ prefix: 'aircraftops.' }] },
        batchSize: 10,
        maximumBatchingWindowInSeconds: 0,
        maxReceiveCount: 5,
        visibilityTimeoutSeconds: 60,
        reportBatchItemFailures: true,
      },
      // The recorder is the only writer of the trail: an append-only conditional put. A duplicate delivery is
      // told from a conflicting one by the old item the failed condition returns (ALL_OLD), so no read.
      access: { tables: [{ table: 'AuditEventsTable', actions: ['PutItem'] }] },
      timeoutSeconds: 10,
      memoryMb: 512,
    },
  ],
});
