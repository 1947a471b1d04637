import type { AppManifest, HandlerRef } from '@aircraftops/events';
import path from 'node:path';

const handlerRef = (useCase: string): HandlerRef => ({
  module: path.join(__dirname, 'handlers', useCase, 'handler.ts'),
  export: 'handler',
});

/**
 * What the audit app exposes and consumes; the local runtime and the CDK both wire from it.
 * Consumes every platform event (one subscription), serves four read-only query routes, reads no streams.
 * @example
 * for (const route of manifest.routes) gateway.add(route.method, route.path, route.role, route.handler);
 */
export const manifest: AppManifest = {
  app: 'audit',
  routes: [
    {
      method: 'GET',
      path: '/audit/entities/{entityType}/{entityId}',
      role: 'viewer',
      handler: handlerRef('get-entity-trail'),
      description: 'Audit trail of one entity, newest first; ?limit=1-100 (25), ?nextToken=',
    },
    {
      method: 'GET',
      path: '/audit/actors/{actorType}/{actorId}',
      role: 'viewer',
      handler: handlerRef('get-actor-events'),
      description: 'Events caused by one user or service, newest first; ?from=&to= (inclusive ISO instants), ?limit=, ?nextToken=',
    },
    {
      method: 'GET',
      path: '/audit/types/{detailType}',
      role: 'viewer',
      handler: handlerRef('get-type-events'),
      description: 'Events of one detail-type on one UTC day, newest first; ?day=YYYY-MM-DD (required), ?limit=, ?nextToken=',
    },
    {
      method: 'GET',
      path: '/audit/correlations/{correlationId}',
      role: 'viewer',
      handler: handlerRef('get-correlation-events'),
      description: 'Events sharing one correlation id (one request or job), newest first; ?limit=, ?nextToken=',
    },
  ],
  subscriptions: [
    {
      name: 'audit-all-events',
      description: 'Records every platform event (source aircraftops.*) in AuditEventsTable, once per eventId',
      eventPattern: { source: [{ prefix: 'aircraftops.' }] },
      handler: handlerRef('record-audit-event'),
      batchSize: 10,
      maxReceiveCount: 5,
      visibilityTimeoutSeconds: 30,
    },
  ],
  streamConsumers: [],
};
