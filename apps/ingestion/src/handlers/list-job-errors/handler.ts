import { httpHandler, type HttpLambdaHandler } from '@aircraftops/lambda-kit';

import { getJob, listJobErrors } from '../../use-cases';
import type { IngestionDeps } from '../../use-cases';
import { defaultIngestionDeps, idParam, pageQuery, toHttpError, z } from '../shared';

/**
 * `GET /ingestion/jobs/{id}/errors?limit=&nextToken=` (viewer): a job's row errors by file then
 * line, one page; 404 for an unknown job (not an empty list).
 * @example
 * export const handler = createListJobErrorsHandler(() => fakeDeps);
 */
export const createListJobErrorsHandler = (deps: () => IngestionDeps): HttpLambdaHandler =>
  httpHandler({ role: 'viewer', path: z.object({ id: idParam }), query: z.strictObject(pageQuery) }, async ({ path, query }) => {
    try {
      await getJob(deps(), path.id);
      return await listJobErrors(deps(), path.id, query);
    } catch (error) {
      throw toHttpError(error);
    }
  });

/** The Lambda entry point the manifest names (`handlers/list-job-errors/handler.ts#handler`), with the ports from the environment. */
export const handler = createListJobErrorsHandler(defaultIngestionDeps);
