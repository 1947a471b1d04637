export { dueSchedulesHandler, manifest } from './manifest';
// For tools (the local runtime's seeding, benchmarks): the same use cases the handlers call.
export { getJob, type IngestionDeps, runJob, startJob } from './use-cases';
export { ingestionDepsFromEnv } from './wiring';
