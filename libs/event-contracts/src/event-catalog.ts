import * as contracts from './contracts';
import type { AnyEventContract } from './event-contract';

/**
 * Every contract of the catalog, grouped by source in catalog order (the order of the generated docs).
 *
 * @example
 * ```ts
 * for (const contract of eventCatalog) console.log(contract.source, contract.detailType, contract.version);
 * ```
 */
export const eventCatalog = [
  contracts.AircraftRegistered,
  contracts.AircraftUpdated,
  contracts.AircraftDeregistered,
  contracts.AircraftPurged,
  contracts.AircraftImageAdded,
  contracts.AircraftImageUpdated,
  contracts.AircraftImageRemoved,
  contracts.AircraftModelAdded,
  contracts.AircraftModelUpdated,
  contracts.AircraftModelPurged,
  contracts.EngineModelAdded,
  contracts.EngineModelUpdated,
  contracts.EngineModelPurged,
  contracts.DeregistrationAdded,
  contracts.IngestionJobStarted,
  contracts.IngestionJobCompleted,
  contracts.IngestionJobFailed,
  contracts.IngestionJobCancelled,
] as const satisfies readonly AnyEventContract[];

/** Any contract that `eventCatalog` holds. */
export type CatalogContract = (typeof eventCatalog)[number];

/**
 * Looks a contract up by EventBridge `source` and `detail-type`; `undefined` when the pair is not in the
 * catalog (the caller decides whether that is an error, e.g. the audit consumer records unknown events as such).
 *
 * @example
 * ```ts
 * const contract = findContract(event.source, event['detail-type']);
 * if (!contract) throw new Error(`no contract for ${event.source}/${event['detail-type']}`);
 * const detail = contract.parse(event.detail);
 * ```
 */
export function findContract(source: string, detailType: string): CatalogContract | undefined {
  return eventCatalog.find((contract) => contract.source === source && contract.detailType === detailType);
}
