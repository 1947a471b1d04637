import {
  createAircraftEntity,
  createAircraftImageEntity,
  createAircraftModelEntity,
  createDeregistrationEntity,
  createEngineModelEntity,
} from '../core';
import { CoreTable } from '../tables';

// Each entity is its own pure call: a Lambda bundle keeps only the entities (and their schemas) it uses
// (the package is side-effect free), so a reference-data function does not carry the Aircraft entity.

/**
 * The entities bound to the module-level default tables (configuration from env, resolved at the
 * first request), for Lambda handlers: created once per container, reused by warm invocations.
 * @example
 * const { Item } = await AircraftEntity.build(GetItemCommand).key({ nNumber: '12345' }).send();
 */
export const AircraftEntity = /* @__PURE__ */ createAircraftEntity(CoreTable);
/** @see AircraftEntity @example await AircraftModelEntity.build(GetItemCommand).key({ code: '2072738' }).send(); */
export const AircraftModelEntity = /* @__PURE__ */ createAircraftModelEntity(CoreTable);
/** @see AircraftEntity @example await EngineModelEntity.build(GetItemCommand).key({ code: '41514' }).send(); */
export const EngineModelEntity = /* @__PURE__ */ createEngineModelEntity(CoreTable);
/** @see AircraftEntity @example await AircraftImageEntity.build(GetItemCommand).key({ nNumber, imageId }).send(); */
export const AircraftImageEntity = /* @__PURE__ */ createAircraftImageEntity(CoreTable);
/** @see AircraftEntity @example await DeregistrationEntity.build(GetItemCommand).key({ nNumber, cancelDate, serialNumber }).send(); */
export const DeregistrationEntity = /* @__PURE__ */ createDeregistrationEntity(CoreTable);
