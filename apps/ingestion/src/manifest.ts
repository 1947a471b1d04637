import path from 'node:path';

import type { AppManifest, HandlerRef, HttpMethod, RouteDeclaration } from '@aircraftops/events';

const handlerRef = (name: string): HandlerRef => ({ module: path.join(__dirname, 'handlers', name, 'handler.ts'), export: 'handler' });

const route = (method: HttpMethod, routePath: string, role: RouteDeclaration['role'], name: string, description: string): RouteDeclaration => ({
  method,
  path: routePath,
  role,
  handler: handlerRef(name),
  description,
});

/**
 * The handler that starts due schedules. Not a route or a stream consumer: locally `startScheduler`
 * (tools/local-runtime) calls it on a timer; in the cloud an EventBridge Scheduler rule will (later issue).
 */
export const dueSchedulesHandler: HandlerRef = handlerRef('run-due-schedules');

/** What the ingestion app exposes and consumes; read by the local runtime and the CDK. */
export const manifest: AppManifest = {
  app: 'ingestion',
  routes: [
    route('POST', '/ingestion/jobs', 'operator', 'start-job', 'Queue an ingestion job over files in the dataset store (202)'),
    route('GET', '/ingestion/jobs', 'viewer', 'list-jobs', 'Jobs newest first, by status, paginated'),
    route('GET', '/ingestion/jobs/{id}', 'viewer', 'get-job', 'One job: status, counts, progress'),
    route('GET', '/ingestion/jobs/{id}/errors', 'viewer', 'list-job-errors', "A job's row errors in line order, paginated"),
    route('POST', '/ingestion/jobs/{id}/cancel', 'operator', 'cancel-job', 'Cancel a queued job, or ask a running one to stop'),
    route('POST', '/ingestion/jobs/{id}/resume', 'operator', 'resume-job', 'Queue a failed (or orphaned running) job again; it continues from its checkpoints'),
    route('GET', '/ingestion/schedules', 'viewer', 'list-schedules', 'Recurring ingestions, soonest next run first'),
    route('POST', '/ingestion/schedules', 'admin', 'add-schedule', 'Add a recurring ingestion (cron, time zone, files)'),
    route('DELETE', '/ingestion/schedules/{id}', 'admin', 'remove-schedule', 'Remove a recurring ingestion'),
  ],
  subscriptions: [],
  streamConsumers: [
    {
      name: 'ingestion-job-runner',
      description: 'Runs every ingestion job that becomes QUEUED (started, scheduled or resumed)',
      table: 'JobsTable',
      handler: handlerRef('run-queued-jobs'),
      // One job per invocation: a job is minutes of work, and its failure must not hold back another job.
      // A Lambda runs at most 15 minutes, which bounds a job: the full FAA registry (≈ 300k MASTER rows)
      // at a few thousand rows/s fits; a much larger dataset would move the runner to a container task
      // (ECS/Fargate) started from the same record. A runner that dies leaves the job RUNNING with its
      // checkpoints; `POST /ingestion/jobs/{id}/resume` queues it again.
      batchSize: 1,
      maximumBatchingWindowInSeconds: 0,
      parallelizationFactor: 1,
      // runJob's own conditional QUEUED → RUNNING makes a redelivery harmless; retries cover transient errors.
      maximumRetryAttempts: 2,
      maximumRecordAgeInSeconds: -1,
      bisectBatchOnFunctionError: false,
      reportBatchItemFailures: true,
      startingPosition: 'TRIM_HORIZON',
      filterPatterns: [{ dynamodb: { NewImage: { _et: { S: ['IngestionJob'] }, status: { S: ['QUEUED'] } } } }],
    },
  ],
};
