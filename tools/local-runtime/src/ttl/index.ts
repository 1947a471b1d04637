export { isExpired } from './is-expired';
export { TtlDeletions } from './ttl-deletions';
export { createTtlSweeper, type SweepResult, type TtlSweeper, type TtlSweeperOptions, type TtlTable } from './ttl-sweeper';
export { startTtlEmulation, type TtlEmulation, type TtlEmulationOptions } from './start-ttl-emulation';
export { ttlTablesOf } from './ttl-tables-of';
