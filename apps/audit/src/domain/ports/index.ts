export type { AuditRecordStore, StoreOutcome } from './audit-record-store';
export type { AuditQuery, AuditTrailReader, Page, PageRequest } from './audit-trail-reader';
export type { EntityChainReader, StoredChain } from './entity-chain-reader';
export type { AuditEventFinder } from './audit-event-finder';
export type { AnalyticsSink } from './analytics-sink';
export type { ExportStatusReader, RecentRecordCounter } from './audit-health-sources';
