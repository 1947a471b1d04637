import { documentClientFor, tableNameFromEnv } from '../client';
import { createAuditEventsTable } from './create-tables';

/** AuditEventsTable bound to the environment's configuration, read per request (see `CoreTable`). @example await AuditEventsTable.build(QueryCommand).query(auditQueries.byCorrelation(id)).send(); */
export const AuditEventsTable = createAuditEventsTable({ documentClient: () => documentClientFor(), tableName: () => tableNameFromEnv('AuditEventsTable') });
