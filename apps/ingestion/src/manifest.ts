import path from 'node:path';

import {
  type AccessDeclaration,
  type AppManifest,
  defineApp,
  type FunctionDeclaration,
  type HandlerRef,
  type HttpMethod,
  httpFunction,
  type TableAccess,
} from '@aircraftops/declarations';
import type { RouteRole } from '@aircraftops/lambda-kit';

const handlerRef = (useCase: string): HandlerRef => ({ module: path.join(__dirname, 'handlers', useCase, 'handler.ts'), export: 'handler' });

const jobs = (actions: TableAccess['actions'], indexes?: string[]): TableAccess => ({ table: 'JobsTable', actions, ...(indexes ? { indexes } : {}) });
const readDatasets = { bucket: 'datasets', prefix: '', read: true } as const;

const route = (useCase: string, method: HttpMethod, routePath: string, role: RouteRole, description: string, access: AccessDeclaration): FunctionDeclaration =>
  httpFunction({ app: 'ingestion', handlersDir: path.join(__dirname, 'handlers'), useCase, method, path: routePath, role, description, access });

/** Everything a job run touches: its job and checkpoints, the aircraft and reference data it writes, the files. */
const runJobAccess: AccessDeclaration = {
  tables: [
    // The job, its checkpoints (UpdateItem) and row errors (BatchWriteItem); status transitions are conditional updates.
    jobs(['GetItem', 'Query', 'UpdateItem', 'BatchWriteItem']),
    // Delta detection reads existing items in batches; new items are batch-written, changed ones conditionally put.
    { table: 'CoreTable', actions: ['BatchGetItem', 'PutItem', 'BatchWriteItem'] },
  ],
  objects: [readDatasets],
};

/**
 * Every function of the ingestion app: the jobs and schedules API, the job runner (JobsTable stream,
 * one QUEUED job per invocation) and the due-schedules tick. The local runtime builds and enforces them;
 * the CDK generates the ingestion stack from them.
 */
export const manifest: AppManifest = defineApp({
  app: 'ingestion',
  functions: [
    route('start-job', 'POST', '/ingestion/jobs', 'operator', 'Queue an ingestion job over files in the dataset store (202)', {
      tables: [jobs(['PutItem'])],
      objects: [readDatasets],
    }),
    route('list-jobs', 'GET', '/ingestion/jobs', 'viewer', 'Jobs newest first, by status, paginated', { tables: [jobs([], ['GSI1'])] }),
    route('get-job', 'GET', '/ingestion/jobs/{id}', 'viewer', 'One job: status, counts, progress', { tables: [jobs(['GetItem'])] }),
    route('list-job-errors', 'GET', '/ingestion/jobs/{id}/errors', 'viewer', "A job's row errors in line order, paginated", {
      tables: [jobs(['GetItem', 'Query'])],
    }),
    route('cancel-job', 'POST', '/ingestion/jobs/{id}/cancel', 'operator', 'Cancel a queued job, or ask a running one to stop', {
      tables: [jobs(['GetItem', 'UpdateItem'])],
    }),
    route('resume-job', 'POST', '/ingestion/jobs/{id}/resume', 'operator', 'Queue a failed (or orphaned running) job again; it continues from its checkpoints', {
      // A conditional update; on conflict a read tells a missing job from one in another status.
      tables: [jobs(['GetItem', 'UpdateItem'])],
    }),
    route('list-schedules', 'GET', '/ingestion/schedules', 'viewer', 'Recurring ingestions, soonest next run first', { tables: [jobs([], ['GSI1'])] }),
    route('add-schedule', 'POST', '/ingestion/schedules', 'admin', 'Add a recurring ingestion (cron, time zone, files)', {
      tables: [jobs(['PutItem'])],
      objects: [readDatasets],
    }),
    route('remove-schedule', 'DELETE', '/ingestion/schedules/{id}', 'admin', 'Remove a recurring ingestion', { tables: [jobs(['DeleteItem'])] }),
    {
      name: 'ingestion-run-queued-jobs',
      description: 'Runs every ingestion job that becomes QUEUED (started, scheduled or resumed)',
      handler: handlerRef('run-queued-jobs'),
      trigger: {
        kind: 'stream',
        table: 'JobsTable',
        // One job per invocation: a job is minutes of work, and its failure must not hold back another job.
        // A runner that dies leaves the job RUNNING with its checkpoints; `POST /ingestion/jobs/{id}/resume`
        // queues it again.
        batchSize: 1,
        maximumBatchingWindowInSeconds: 0,
        parallelizationFactor: 1,
        // runJob's own conditional QUEUED → RUNNING makes a redelivery harmless; retries cover transient errors.
        maximumRetryAttempts: 2,
        maximumRecordAgeInSeconds: -1,
        bisectBatchOnFunctionError: false,
        reportBatchItemFailures: true,
        startingPosition: 'TRIM_HORIZON',
        onFailure: { kind: 'sqs' },
        filterPatterns: [{ dynamodb: { NewImage: { _et: { S: ['IngestionJob'] }, status: { S: ['QUEUED'] } } } }],
      },
      access: runJobAccess,
      // A Lambda runs at most 15 minutes, which bounds a job (the registry-scale issue makes jobs continue
      // across invocations).
      timeoutSeconds: 900,
      memoryMb: 1024,
      // Bulk loads must not starve the API functions of the account's concurrency.
      reservedConcurrency: 2,
    },
    {
      name: 'ingestion-run-due-schedules',
      description: 'Starts the job of every schedule due now (claims each run with a conditional write)',
      handler: handlerRef('run-due-schedules'),
      trigger: { kind: 'schedule', expression: 'rate(1 minute)', localIntervalSeconds: 5 },
      // Due schedules by GSI1; each run is claimed by a versioned write of the schedule (GetItem, then a
      // conditional PutItem) and starts a job (PutItem); the job's files are checked in the dataset store.
      access: { tables: [jobs(['GetItem', 'PutItem'], ['GSI1'])], objects: [readDatasets] },
      timeoutSeconds: 60,
      memoryMb: 512,
    },
  ],
});
