import type { DynamoCoreDeltaWriterOptions } from '../adapters/dynamo/core-delta-writer.dynamo';
import type { CoreDeltaWriter, JobStore, ReferenceStore } from '../use-cases/ports';
import type { IngestionDeps } from '../use-cases/ingestion-deps';
import { datasetsPort } from './datasets-port';
import type { Env } from './env-source';
import { jobsPort } from './jobs-port';
import { referencesPort } from './references-port';
import { writerPort } from './writer-port';

/** Tuning of the ports `ingestionDepsFromEnv` builds. */
export interface IngestionDepsOptions {
  readonly writer?: DynamoCoreDeltaWriterOptions;
}

/**
 * Every port of the use cases, each built at its first use, for what runs them all (the job runner, the
 * bench, tests). Handlers that need fewer import only their ports' modules (`jobsPort`, `datasetsPort`,
 * …), so `GET /ingestion/jobs` never bundles the CoreTable writer nor needs a dataset folder. Table
 * names, client and dataset store are resolved per request from `env`, or from the current function's
 * environment when `env` is omitted, so a port built once never pins one function's configuration.
 * @example
 * const deps = ingestionDepsFromEnv();
 * const job = await startJob(deps, { files: [{ key: 'MASTER.txt' }], startedBy: actor });
 */
export const ingestionDepsFromEnv = (env?: Env, options: IngestionDepsOptions = {}): IngestionDeps => {
  let jobs: JobStore | undefined;
  let writer: CoreDeltaWriter | undefined;
  let references: ReferenceStore | undefined;
  return {
    get jobs() {
      return (jobs ??= jobsPort(env));
    },
    get writer() {
      return (writer ??= writerPort(env, options.writer));
    },
    get references() {
      return (references ??= referencesPort(env));
    },
    datasets: datasetsPort(env),
  };
};
