import type { AuditQuery, AuditRecord, AuditRecordStore, AuditTrailReader, Page, PageRequest } from '../domain';

/** An in-memory store: idempotent on eventId like the DynamoDB adapter (used by handler unit tests). */
export const inMemoryStore = (): AuditRecordStore & { readonly records: Map<string, AuditRecord> } => {
  const records = new Map<string, AuditRecord>();
  return {
    records,
    put: async (record) => {
      if (records.has(record.eventId)) return 'duplicate';
      records.set(record.eventId, record);
      return 'recorded';
    },
  };
};

/** A reader that answers one fixed page and remembers what it was asked. */
export const recordingReader = (
  page: Page<AuditRecord>,
): AuditTrailReader & { readonly calls: { query: AuditQuery; page: PageRequest }[] } => {
  const calls: { query: AuditQuery; page: PageRequest }[] = [];
  return {
    calls,
    find: async (query, request) => {
      calls.push({ query, page: request });
      return page;
    },
  };
};
