import { tableNameFromEnv } from '@aircraftops/tables';

/**
 * Every aircraft port reads CoreTable: called at module scope by each port module, so a function deployed
 * without the table's name fails at cold start, naming the variable, rather than at its first request.
 * @example
 * requireCoreTable(); // throws `Missing required environment variable AIRCRAFTOPS_CORE_TABLE`
 */
export const requireCoreTable = (): void => {
  tableNameFromEnv('CoreTable');
};
