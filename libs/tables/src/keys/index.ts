export { auditChainHeadKeys } from './audit-chain-keys';
export { auditEventLookupKeys } from './audit-event-lookup-keys';
export { auditEventIndexKeys } from './audit-index-keys';
export { auditEventKeys } from './audit-keys';
export { auditQueries, type TimeBounds } from './audit-queries';
export { aircraftImageIndexKeys, aircraftIndexKeys, aircraftModelIndexKeys, engineModelIndexKeys } from './core-index-keys';
export { aircraftImageKeys, aircraftKeys, aircraftModelKeys, deregistrationKeys, engineModelKeys } from './core-keys';
export { coreQueries } from './core-queries';
export { escapeKeyPart, unescapeKeyPart } from './escape-key-part';
export {
  padInteger,
  validateEngineCode,
  validateId,
  validateIsoDate,
  validateIsoMonth,
  validateIsoTimestamp,
  validateModelCode,
  validateNNumber,
  validateOneOf,
  validateText,
  validateTypeName,
} from './identifiers';
export type { IndexKeys } from './index-keys';
export { ingestionJobIndexKeys, scheduleIndexKeys } from './jobs-index-keys';
export { ingestionJobKeys, jobCheckpointKeys, jobRowErrorKeys, scheduleKeys } from './jobs-keys';
export { jobsQueries, SCHEDULE_ITEM } from './jobs-queries';
export { assertKeySize, KEY_LIMITS } from './key-limits';
export { nameKeyPart } from './name-key-part';
export { normalizeName } from './normalize-name';
export { timeRange, type TimeRange } from './time-range';
