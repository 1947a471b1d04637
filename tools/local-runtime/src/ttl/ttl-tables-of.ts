import type { TableSpec } from '@aircraftops/tables';

import type { TtlTable } from './ttl-sweeper';

/**
 * The tables the TTL emulation sweeps: every table spec, under its physical name, with the TTL attribute
 * and key attributes of its spec (the same specs that enable TTL on the tables and in the CDK).
 * @example
 * ttlTablesOf(tableSpecs, { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' });
 * // [{ tableName: 'CoreTable', ttlAttribute: 'delete_at', keyAttributes: ['PK', 'SK'] }, …]
 */
export const ttlTablesOf = (specs: readonly TableSpec[], tableNames: Readonly<Record<TableSpec['logicalName'], string>>): TtlTable[] =>
  specs.map((spec) => ({
    tableName: tableNames[spec.logicalName],
    ttlAttribute: spec.timeToLiveAttribute,
    keyAttributes: [spec.partitionKey, spec.sortKey],
  }));
