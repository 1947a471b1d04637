/** The platform's tables by logical name (their physical names come from configuration). */
export const TABLE_NAMES = ['CoreTable', 'JobsTable', 'AuditEventsTable'] as const;

export type TableName = (typeof TABLE_NAMES)[number];
