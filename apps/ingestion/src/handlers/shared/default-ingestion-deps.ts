import type { IngestionDeps } from '../../use-cases/ingestion-deps';
import { ingestionDepsFromEnv } from '../../wiring/ingestion-deps-from-env';
import { defaultDatasets } from './default-datasets';
import { defaultJobs } from './default-jobs';

let deps: IngestionDeps | undefined;

/**
 * Every ingestion port, for the functions whose use case needs them all (the job runner, scheduled
 * runs): jobs and datasets are the handlers' shared ones; writer and references are built at first use.
 * @example
 * export const handler = createRunQueuedJobsHandler(defaultIngestionDeps);
 */
export const defaultIngestionDeps = (): IngestionDeps => {
  if (deps) return deps;
  const all = ingestionDepsFromEnv();
  return (deps = {
    get jobs() {
      return defaultJobs();
    },
    get writer() {
      return all.writer;
    },
    get references() {
      return all.references;
    },
    datasets: defaultDatasets(),
  });
};
