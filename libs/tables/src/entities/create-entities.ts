import { createAuditEntities } from '../audit';
import { createCoreEntities } from '../core';
import { createJobsEntities } from '../jobs';
import type { Tables } from '../tables';

/**
 * Every entity of the platform bound to one set of tables (tests, CLI, anything not using the env defaults).
 * @example
 * const { Aircraft, IngestionJob, AuditEvent } = createEntities(createTables(documentClient, config));
 */
export const createEntities = (tables: Tables) => ({
  ...createCoreEntities(tables.CoreTable),
  ...createJobsEntities(tables.JobsTable),
  ...createAuditEntities(tables.AuditEventsTable),
});

export type Entities = ReturnType<typeof createEntities>;
