import { tableNameFromEnv } from '@aircraftops/tables';

import type { JobStore } from '../../use-cases/ports';
import { jobsPort } from '../../wiring/jobs-port';

let jobs: JobStore | undefined;

/**
 * The job store of the handlers, built at its first use and kept for the life of the container. It
 * resolves its table and client per request from the current function's environment, so nothing pins
 * one function's configuration (locally every ingestion function shares this module).
 * @example
 * export const handler = createGetJobHandler(() => ({ jobs: defaultJobs() }));
 */
export const defaultJobs = (): JobStore => (jobs ??= jobsPort());

// Every function using jobs works on JobsTable: without its name it fails at cold start, naming the variable.
tableNameFromEnv('JobsTable');
