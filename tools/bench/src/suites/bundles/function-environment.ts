import { environmentOf, type FunctionDeclaration, type ResourceNames } from '@aircraftops/declarations';

const NAMES: ResourceNames = {
  partition: 'aws',
  region: 'us-east-1',
  account: '123456789012',
  tables: { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' },
  busName: 'aircraftops',
  buckets: { datasets: 'aircraftops-datasets' },
  deliveryStreams: { 'audit-analytics': 'aircraftops-audit-analytics' },
};

/**
 * The environment a function starts with in the cloud (its declared variables, a region and silent
 * logs), so importing its bundle runs its module-scope code as Lambda would. No endpoint: nothing is
 * called while a module loads.
 *
 * @example
 * functionEnvironment('aircraft', fn); // { POWERTOOLS_SERVICE_NAME: 'aircraft', AIRCRAFTOPS_CORE_TABLE: 'CoreTable', AWS_REGION: 'us-east-1', ... }
 */
export const functionEnvironment = (app: string, fn: FunctionDeclaration): Record<string, string> => ({
  ...environmentOf(app, fn, NAMES),
  AWS_REGION: NAMES.region,
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  AWS_LAMBDA_FUNCTION_NAME: fn.name,
});
