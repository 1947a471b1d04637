import { createCoreEntities } from '../core';
import { CoreTable } from '../tables';

// One module per table: a Lambda bundle keeps only the modules whose entities it uses (the package
// is side-effect free), so an audit function does not carry the core and jobs entities.
const core = createCoreEntities(CoreTable);

/**
 * The entities bound to the module-level default tables (configuration from env, resolved at the
 * first request), for Lambda handlers: created once per container, reused by warm invocations.
 * @example
 * const { Item } = await AircraftEntity.build(GetItemCommand).key({ nNumber: '12345' }).send();
 */
export const AircraftEntity = core.Aircraft;
/** @see AircraftEntity @example await AircraftModelEntity.build(GetItemCommand).key({ code: '2072738' }).send(); */
export const AircraftModelEntity = core.AircraftModel;
/** @see AircraftEntity @example await EngineModelEntity.build(GetItemCommand).key({ code: '41514' }).send(); */
export const EngineModelEntity = core.EngineModel;
/** @see AircraftEntity @example await AircraftImageEntity.build(GetItemCommand).key({ nNumber, imageId }).send(); */
export const AircraftImageEntity = core.AircraftImage;
/** @see AircraftEntity @example await DeregistrationEntity.build(GetItemCommand).key({ nNumber, cancelDate, serialNumber }).send(); */
export const DeregistrationEntity = core.Deregistration;
