export {
  AircraftDeregistered,
  AircraftImageAdded,
  AircraftImageRemoved,
  AircraftImageUpdated,
  AircraftModelAdded,
  AircraftModelPurged,
  AircraftModelUpdated,
  AircraftPurged,
  AircraftRegistered,
  AircraftUpdated,
  DeregistrationAdded,
  EngineModelAdded,
  EngineModelPurged,
  EngineModelUpdated,
  IngestionJobCancelled,
  IngestionJobCompleted,
  IngestionJobFailed,
  IngestionJobStarted,
} from './contracts';
export { defineEventContract } from './define-event-contract';
export type { ChangesRequirement, DetailShape, EventContractDefinition } from './define-event-contract';
export { eventCatalog, findContract } from './event-catalog';
export type { CatalogContract } from './event-catalog';
export type { AnyEventContract, DataOf, DetailOf, EventContract, SafeParseDetailResult } from './event-contract';
export { EventValidationError } from './event-validation-error';
export type { EventValidationIssue } from './event-validation-error';
export { formatIssue } from './format-issue';
export { renderCatalogMarkdown } from './render-catalog-markdown';
export {
  aircraftDataSchema,
  aircraftImageDataSchema,
  aircraftModelDataSchema,
  changesSchema,
  deregistrationDataSchema,
  engineModelDataSchema,
  ingestionCountsSchema,
  ingestionJobDataSchema,
  metadataSchema,
  registrantSchema,
} from './schemas';
export { AIRCRAFT_SOURCE, INGESTION_SOURCE } from './sources';
export type { EventSource } from './sources';
export { breakingChanges } from './compatibility';
export { contractJsonSchema, contractSchemaPath } from './json-schema';
