export { manifest } from './manifest';
// For tools (the local runtime's seeding, benchmarks): the same use cases the handlers call.
export { parseRegistryFile } from './domain/parsing';
export { getJob, type IngestionDeps, runJob, type RunJobOptions, startJob } from './use-cases';
export { ingestionDepsFromEnv, type IngestionDepsOptions } from './wiring';
