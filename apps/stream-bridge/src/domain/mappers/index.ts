export { CORE_ENTITY_SPECS } from './core-entity-specs';
export { mapIngestionJobChange } from './ingestion-job-mapper';
export type { LifecycleSpec } from './lifecycle-spec';
export { mapLifecycleChange } from './map-lifecycle-change';
