// First: the kit silences the logs before the handler module builds its logger.
import { fakeDeps, jobView } from '../shared/handler-kit.fixtures.test';
import { buildDynamoDbStreamEvent, buildLambdaContext } from '@aircraftops/lambda-kit';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from 'aws-lambda';

import type { IngestionDeps } from '../../use-cases';
import { createRunQueuedJobsHandler } from './handler';

const image = (item: Record<string, unknown>) => marshall(item) as Record<string, AttributeValue>;
const untouchable = (): IngestionDeps => {
  throw new Error('the runner must not be reached');
};

describe('ingestion-job-runner', () => {
  it('skips records that are not a QUEUED IngestionJob without touching the store', async () => {
    const handler = createRunQueuedJobsHandler(untouchable);
    const event = buildDynamoDbStreamEvent([
      { eventName: 'MODIFY', newImage: image({ _et: 'IngestionJob', jobId: 'j1', status: 'RUNNING' }) },
      { eventName: 'INSERT', newImage: image({ _et: 'Schedule', scheduleId: 's1', status: 'QUEUED' }) },
      { eventName: 'REMOVE', oldImage: image({ _et: 'IngestionJob', jobId: 'j1', status: 'QUEUED' }) },
    ]);

    await expect(handler(event, buildLambdaContext())).resolves.toEqual({ batchItemFailures: [] });
  });

  it('treats a job that is no longer QUEUED (already taken, cancelled) as done', async () => {
    const { deps, jobs } = fakeDeps();
    jobs.set('j1', jobView({ jobId: 'j1', status: 'CANCELLED' }));
    const handler = createRunQueuedJobsHandler(() => deps);
    const event = buildDynamoDbStreamEvent([{ newImage: image({ _et: 'IngestionJob', jobId: 'j1', status: 'QUEUED' }) }]);

    await expect(handler(event, buildLambdaContext())).resolves.toEqual({ batchItemFailures: [] });
    expect(jobs.get('j1')?.status).toBe('CANCELLED');
  });

  it('fails the record on any other error, so the mapping retries it', async () => {
    const { deps } = fakeDeps();
    const handler = createRunQueuedJobsHandler(() => deps);
    const event = buildDynamoDbStreamEvent([{ newImage: image({ _et: 'IngestionJob', jobId: 'gone', status: 'QUEUED' }) }]);

    // The only record failed: Powertools turns that into a failure of the whole batch.
    await expect(handler(event, buildLambdaContext())).rejects.toThrow('All records failed processing');
  });
});
