export { generateTemporaryDataset } from './generate-master';
export type { TemporaryDataset } from './generate-master';
export { readMasterRecords } from './read-master-records';
export { BENCH_ACTOR, toAircraftInput } from './to-aircraft-input';
