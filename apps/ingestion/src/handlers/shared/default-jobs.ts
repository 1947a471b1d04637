import { tableNameFromEnv } from '@aircraftops/tables';

import type { JobStore } from '../../use-cases/ports';
import { type JobCreation, jobCreationPort } from '../../wiring/job-creation-port';
import { type JobLists, jobListsPort } from '../../wiring/job-lists-port';
import { type JobReader, jobReaderPort } from '../../wiring/job-reader-port';
import { type JobTransitions, jobTransitionsPort } from '../../wiring/job-transitions-port';
import { jobsPort } from '../../wiring/jobs-port';

// Each port is built at its first use and kept for the life of the container; each resolves its table
// and client per request from the current function's environment, so nothing pins one function's
// configuration (locally every ingestion function shares this module). A handler bundles only the
// ports it calls (the app is side-effect free): `GET /ingestion/jobs/{id}` carries GetItem alone.
let reader: JobReader | undefined;
let lists: JobLists | undefined;
let transitions: JobTransitions | undefined;
let creation: JobCreation | undefined;
let jobs: JobStore | undefined;

/** GetItem reads of jobs. @example export const handler = createGetJobHandler(() => ({ jobs: defaultJobReader() })); */
export const defaultJobReader = (): JobReader => (reader ??= jobReaderPort());

/** Queries of jobs, row errors, checkpoints. @example export const handler = createListJobsHandler(() => ({ jobs: defaultJobLists() })); */
export const defaultJobLists = (): JobLists => (lists ??= jobListsPort());

/** Conditional status changes. @example export const handler = createResumeJobHandler(() => ({ jobs: defaultJobTransitions() })); */
export const defaultJobTransitions = (): JobTransitions => (transitions ??= jobTransitionsPort());

/** Job creation. @example export const handler = createStartJobHandler(() => ({ jobs: defaultJobCreation(), datasets: defaultDatasets() })); */
export const defaultJobCreation = (): JobCreation => (creation ??= jobCreationPort());

/** The whole job store (the job runner). @example export const handler = createRunQueuedJobsHandler(defaultIngestionDeps); */
export const defaultJobs = (): JobStore => (jobs ??= jobsPort());

// Every function using jobs works on JobsTable: without its name it fails at cold start, naming the variable.
tableNameFromEnv('JobsTable');
