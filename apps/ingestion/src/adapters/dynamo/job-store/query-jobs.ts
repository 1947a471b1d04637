import { decodePageToken, encodePageToken, jobsQueries, JOB_STATUSES, type JobStatus } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import type { FileCheckpoint, JobView, Page, RowErrorInput } from '../../../use-cases/ports';
import { decodeJobListCursor, encodeJobListCursor, type JobListCursor } from '../job-list-cursor';
import type { JobEntities } from './job-entities';

// The job store's Queries, in a module of their own (see read-job.ts).

/**
 * Jobs newest first, of one status or, without one, of every status partition of GSI1 in turn.
 * @example
 * const { items, nextToken } = await queryJobs(entities, { status: 'RUNNING', limit: 20 });
 */
export const queryJobs = async (entities: JobEntities, query: { status?: JobStatus; limit: number; nextToken?: string }): Promise<Page<JobView>> => {
  const statuses: readonly JobStatus[] = query.status === undefined ? JOB_STATUSES : [query.status];
  let cursor: JobListCursor | undefined =
    query.nextToken === undefined ? { status: statuses[0] as JobStatus } : decodeJobListCursor(query.nextToken, query.status);
  const items: JobView[] = [];
  while (cursor !== undefined && items.length < query.limit) {
    const { status, key }: JobListCursor = cursor;
    const { Items = [], LastEvaluatedKey } = await entities.IngestionJob.table
      .build(QueryCommand)
      .entities(entities.IngestionJob)
      .query(jobsQueries.jobsByStatus(status))
      .options({ reverse: true, limit: query.limit - items.length, ...(key === undefined ? {} : { exclusiveStartKey: key }) })
      .send();
    items.push(...(Items as unknown as JobView[]));
    const next: JobStatus | undefined = statuses[statuses.indexOf(status) + 1];
    cursor =
      LastEvaluatedKey !== undefined
        ? { status, key: LastEvaluatedKey as Record<string, string> }
        : next === undefined
          ? undefined
          : { status: next };
  }
  return { items, ...(cursor === undefined ? {} : { nextToken: encodeJobListCursor(query.status, cursor) }) };
};

/**
 * A job's row errors by file then line, one page.
 * @example
 * const { items } = await queryRowErrors(entities, jobId, { limit: 100 });
 */
export const queryRowErrors = async (entities: JobEntities, jobId: string, query: { limit: number; nextToken?: string }): Promise<Page<RowErrorInput>> => {
  const errorsOfJob = jobsQueries.rowErrorsOfJob(jobId);
  const start = query.nextToken === undefined ? undefined : decodePageToken(query.nextToken, errorsOfJob, 'query.nextToken');
  const { Items = [], LastEvaluatedKey } = await entities.JobRowError.table
    .build(QueryCommand)
    .entities(entities.JobRowError)
    .query(errorsOfJob)
    .options({ limit: query.limit, ...(start === undefined ? {} : { exclusiveStartKey: start }) })
    .send();
  const items = Items.map(({ fileIndex, file, line, field, reason, excerpt }) => ({
    fileIndex,
    file,
    line,
    field,
    reason,
    ...(excerpt === undefined ? {} : { excerpt }),
  }));
  return { items, ...(LastEvaluatedKey === undefined ? {} : { nextToken: encodePageToken(LastEvaluatedKey) }) };
};

/**
 * Every checkpoint of a job, read consistently.
 * @example
 * const checkpoints = await queryCheckpoints(entities, jobId);
 */
export const queryCheckpoints = async (entities: JobEntities, jobId: string): Promise<FileCheckpoint[]> => {
  const { Items = [] } = await entities.JobCheckpoint.table
    .build(QueryCommand)
    .entities(entities.JobCheckpoint)
    .query(jobsQueries.checkpointsOfJob(jobId))
    .options({ consistent: true })
    .send();
  return Items.map(({ fileIndex, file, line, byteOffset, counts, unresolvedReferences, done }) => ({
    fileIndex,
    file,
    line,
    byteOffset,
    counts,
    // Checkpoints written before these attributes existed: a finished file is then re-read, writing nothing.
    unresolvedReferences: unresolvedReferences ?? 0,
    done: done ?? false,
  }));
};
