export { aircraftDataSchema, registrantSchema } from './aircraft-data';
export { aircraftImageDataSchema } from './aircraft-image-data';
export { aircraftModelDataSchema } from './aircraft-model-data';
export { changesSchema, nonEmptyChangesSchema } from './changes';
export { deregistrationDataSchema } from './deregistration-data';
export { engineModelDataSchema } from './engine-model-data';
export { ingestionCountsSchema, ingestionJobDataSchema } from './ingestion-job-data';
export { metadataSchema } from './metadata';
export { nonEmptyString } from './non-empty-string';
