import path from 'node:path';

import { type AppManifest, defineApp, type DynamoDbAction, type FunctionDeclaration, type HandlerRef } from '@aircraftops/declarations';

import { DEFAULT_RETENTION_CONFIG, RETENTION_ENV } from './domain/retention/retention-policy';

const handlerRef = (useCase: string): HandlerRef => ({ module: path.join(__dirname, 'handlers', useCase, 'handler.ts'), export: 'handler' });

// Trails hold personal data: every audit route requires `auditor` (granted separately) or `admin`.
const queryRoute = (
  useCase: string,
  routePath: string,
  description: string,
  grant: { readonly actions?: DynamoDbAction[]; readonly indexes?: string[] } = { actions: ['Query'] },
): FunctionDeclaration => ({
  name: `audit-${useCase}`,
  description,
  handler: handlerRef(useCase),
  trigger: { kind: 'http', method: 'GET', path: routePath, role: 'auditor' },
  access: { tables: [{ table: 'AuditEventsTable', actions: grant.actions ?? [], ...(grant.indexes ? { indexes: grant.indexes } : {}) }] },
  timeoutSeconds: 10,
  memoryMb: 512,
});

/**
 * Every function of the audit app: one recorder subscribed to every platform event, read-only query
 * routes and the trail verification. The local runtime builds and enforces them; the CDK generates the audit stack from them.
 */
export const manifest: AppManifest = defineApp({
  app: 'audit',
  functions: [
    queryRoute('get-entity-trail', '/audit/entities/{entityType}/{entityId}', 'Audit trail of one entity, newest first; ?limit=1-100 (25), ?nextToken='),
    queryRoute(
      'get-actor-events',
      '/audit/actors/{actorType}/{actorId}',
      'Events caused by one user or service, newest first; ?from=&to= (inclusive ISO instants), ?limit=, ?nextToken=',
      { indexes: ['GSI1'] },
    ),
    queryRoute('get-type-events', '/audit/types/{detailType}', 'Events of one detail-type in a time range, newest first; ?from=&to= (inclusive ISO instants, < 31 days apart) or ?day=YYYY-MM-DD, ?limit=, ?nextToken=', { indexes: ['GSI2'] }),
    queryRoute(
      'get-correlation-events',
      '/audit/correlations/{correlationId}',
      'Events sharing one correlation id (one request or job), newest first; ?limit=, ?nextToken=',
      { indexes: ['GSI3'] },
    ),
    // The lookup item by event id, then the record it points at: two GetItems, no index.
    queryRoute('get-audit-event', '/audit/events/{eventId}', 'The audit record of one event by its id (404 when none, or expired)', { actions: ['GetItem'] }),
    // Counts the last hour per catalog detail-type (GSI2 COUNT queries) and, locally, reads the export's status
    // file. The grant is that one key: it is what gives the function the data folder locally. In the cloud the
    // export keeps no status (Firehose delivers): the route says so and reads nothing there.
    {
      ...queryRoute('get-audit-health', '/audit/health', 'Records in the last hour, the last analytics export; consumer lag and DLQ depth named as unreadable by a function', {
        indexes: ['GSI2'],
      }),
      access: {
        tables: [{ table: 'AuditEventsTable', actions: [], indexes: ['GSI2'] }],
        objects: [{ bucket: 'datasets', prefix: 'analytics/audit-events/_last-export.json', read: true }],
      },
    },
    // Reads every record of the entity (expired ones too) and its chain head: a Query and a GetItem.
    queryRoute(
      'verify-entity-trail',
      '/audit/entities/{entityType}/{entityId}/verify',
      'Checks the hash chain of one entity\'s trail: intact, or the first record altered, removed or inserted, and why; expired records listed',
      { actions: ['Query', 'GetItem'] },
    ),
    {
      name: 'audit-export-analytics',
      description: 'Exports every new audit record (AuditEventsTable stream, NEW_IMAGE) to the analytics sink: Firehose → the analytics bucket in the cloud (at least once), NDJSON per day locally',
      handler: handlerRef('export-analytics'),
      trigger: {
        kind: 'stream',
        table: 'AuditEventsTable',
        batchSize: 100,
        maximumBatchingWindowInSeconds: 5,
        parallelizationFactor: 1,
        maximumRetryAttempts: 3,
        maximumRecordAgeInSeconds: -1,
        bisectBatchOnFunctionError: true,
        reportBatchItemFailures: true,
        startingPosition: 'TRIM_HORIZON',
        onFailure: { kind: 'sqs' },
        // Only inserted audit records: not chain heads, event lookups, or TTL removals.
        filterPatterns: [{ eventName: ['INSERT'], dynamodb: { NewImage: { _et: { S: ['AuditEvent'] } } } }],
      },
      // The record is in the stream: no table access. PutRecordBatch on the audit analytics delivery stream only;
      // locally (no Firehose) the runtime gives the data folder instead, where the sink writes NDJSON files.
      access: { firehose: [{ stream: 'audit-analytics' }] },
      timeoutSeconds: 60,
      memoryMb: 512,
    },
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
      // The recorder is the only writer of the trail. It reads the entity's chain head (GetItem), then puts the
      // record and the new head in one transaction (TransactWriteItems of two conditional PutItems). A duplicate
      // is told from a conflicting event by the old item the failed condition returns (ALL_OLD).
      access: { tables: [{ table: 'AuditEventsTable', actions: ['GetItem', 'PutItem'] }] },
      // Retention per event class (`<source>=<n><y|m|d>`, `*` for the rest): the documented defaults.
      environment: { [RETENTION_ENV]: DEFAULT_RETENTION_CONFIG },
      timeoutSeconds: 10,
      memoryMb: 512,
    },
  ],
});
