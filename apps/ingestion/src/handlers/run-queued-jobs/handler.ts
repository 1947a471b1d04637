import { createLogger, dynamoDbStreamBatchHandler, type DynamoDbStreamLambdaHandler } from '@aircraftops/lambda-kit';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

import { isIngestionError } from '../../domain/job';
import type { IngestionDeps } from '../../use-cases/ingestion-deps';
import { runJob } from '../../use-cases/run-job';
import { defaultIngestionDeps } from '../shared/default-ingestion-deps';

const logger = createLogger('ingestion-job-runner');

/** The job a stream record asks to run: a QUEUED IngestionJob image, or nothing. */
const queuedJobIdOf = (newImage: Record<string, unknown> | undefined): string | undefined => {
  if (newImage === undefined) return undefined;
  const image = unmarshall(newImage as Record<string, AttributeValue>);
  return image['_et'] === 'IngestionJob' && image['status'] === 'QUEUED' && typeof image['jobId'] === 'string' ? image['jobId'] : undefined;
};

/**
 * The `ingestion-job-runner` stream consumer (JobsTable): runs each job that became QUEUED (created by
 * `POST /ingestion/jobs`, a schedule, or put back by resume). The filter criteria of the declaration
 * deliver only such records; anything else is skipped here too, logged.
 *
 * A record whose job is no longer QUEUED (another delivery already took it, it was cancelled) is
 * done: `runJob`'s conditional QUEUED → RUNNING refuses it with `JobConflictError`, which is not
 * retried. Every other error fails the record, so the event-source mapping retries it (bounded).
 * @example
 * export const handler = createRunQueuedJobsHandler(() => fakeDeps);
 */
export const createRunQueuedJobsHandler = (deps: () => IngestionDeps): DynamoDbStreamLambdaHandler =>
  dynamoDbStreamBatchHandler(
    async (record) => {
      const jobId = queuedJobIdOf(record.dynamodb?.NewImage as Record<string, unknown> | undefined);
      if (jobId === undefined) {
        logger.warn('Record is not a QUEUED IngestionJob; check the filter criteria', { eventID: record.eventID });
        return;
      }
      try {
        const { job } = await runJob(deps(), jobId);
        logger.info('Job ran', { jobId, status: job.status, counts: job.counts });
      } catch (error) {
        if (isIngestionError(error) && error.code === 'ingestion.jobConflict') {
          logger.info('Job is not QUEUED any more; nothing to run', { jobId, reason: error.message });
          return;
        }
        throw error;
      }
    },
    { logger },
  );

/** The Lambda entry point the manifest names (`handlers/run-queued-jobs/handler.ts#handler`), with the ports from the environment. */
export const handler = createRunQueuedJobsHandler(defaultIngestionDeps);
