import {
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
} from '@aircraftops/events';

import type { EntityItem } from '../stream-change';
import type { LifecycleSpec } from './lifecycle-spec';

const text = (item: EntityItem, attribute: string): string => String(item[attribute] ?? '');

/**
 * The CoreTable entities' lifecycles (see the README's mapping table).
 *
 * @example
 * ```ts
 * mapLifecycleChange(CORE_ENTITY_SPECS.Aircraft, change);
 * ```
 */
export const CORE_ENTITY_SPECS = {
  Aircraft: {
    entityType: 'Aircraft',
    idOf: (item) => text(item, 'nNumber'),
    added: AircraftRegistered,
    updated: AircraftUpdated,
    softDelete: { softDeleted: AircraftDeregistered, purgeAfterSoftDelete: true },
    purged: { contract: AircraftPurged, withReason: true },
  },
  AircraftImage: {
    entityType: 'AircraftImage',
    idOf: (item) => `${text(item, 'nNumber')}#${text(item, 'imageId')}`,
    added: AircraftImageAdded,
    updated: AircraftImageUpdated,
    // The image leaves the aircraft when it is soft deleted; its TTL purge later is no news to consumers.
    softDelete: { softDeleted: AircraftImageRemoved, purgeAfterSoftDelete: false },
    purged: { contract: AircraftImageRemoved, withReason: false },
  },
  AircraftModel: {
    entityType: 'AircraftModel',
    idOf: (item) => text(item, 'code'),
    added: AircraftModelAdded,
    updated: AircraftModelUpdated,
    // No "removed" detail-type for reference data yet: a soft delete is an update of `delete_at`.
    purged: { contract: AircraftModelPurged, withReason: false },
  },
  EngineModel: {
    entityType: 'EngineModel',
    idOf: (item) => text(item, 'code'),
    added: EngineModelAdded,
    updated: EngineModelUpdated,
    purged: { contract: EngineModelPurged, withReason: false },
  },
  Deregistration: {
    entityType: 'Deregistration',
    idOf: (item) => `${text(item, 'nNumber')}#${text(item, 'cancelDate')}#${text(item, 'serialNumber')}`,
    added: DeregistrationAdded,
  },
} as const satisfies Record<string, LifecycleSpec>;
