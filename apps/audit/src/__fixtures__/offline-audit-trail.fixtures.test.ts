import { createAuditEntities, createAuditEventsTable, createDocumentClient } from '@aircraftops/tables';

import { createDynamoDbAuditTrail } from '../adapters';

/**
 * The real DynamoDB adapter pointed at a closed port: everything it checks before sending (page
 * tokens, key identifiers) behaves as in production, and any request it did send would fail loudly.
 */
export const offlineAuditTrail = () => {
  const documentClient = createDocumentClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    tableNames: { CoreTable: 'CoreTable', JobsTable: 'JobsTable', AuditEventsTable: 'AuditEventsTable' },
  });
  const table = createAuditEventsTable({ documentClient, tableName: 'AuditEventsTable' });
  return { trail: createDynamoDbAuditTrail(createAuditEntities(table)), documentClient };
};

/** The parsed JSON body of a handler response. */
export const bodyOf = (response: { body?: string | undefined }): unknown => JSON.parse(response.body ?? 'null');
