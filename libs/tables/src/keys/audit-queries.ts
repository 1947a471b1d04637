import { auditEventKeys } from './audit-keys';
import { timeRange } from './time-range';

/** Optional inclusive time bounds (ISO instants as `Date#toISOString` writes them). */
export interface TimeBounds {
  readonly from?: string;
  readonly to?: string;
}

/**
 * Key conditions of the AuditEventsTable access patterns, as dynamodb-toolbox `Query` objects.
 * Results come oldest first; pass `reverse: true` for newest first.
 * @example
 * await AuditEventsTable.build(QueryCommand).entities(AuditEventEntity).query(auditQueries.trailOfEntity('Aircraft', '12345')).options({ reverse: true }).send();
 */
/** The table key of every audit event (each index position must name one). */
const AUDIT_EVENT_ITEM = { partition: 'ENTITY#', sort: 'EVENT#' } as const;

export const auditQueries = {
  trailOfEntity: (entityType: unknown, entityId: unknown, bounds: TimeBounds = {}) => ({
    partition: auditEventKeys.entityPartition(entityType, entityId),
    range: timeRange(bounds.from, bounds.to, 'EVENT#') ?? { beginsWith: 'EVENT#' },
  }),
  byActor: (actorType: unknown, actorId: unknown, bounds: TimeBounds = {}) => ({
    index: 'GSI1' as const,
    partition: auditEventKeys.actorPartition(actorType, actorId),
    tableKeyPrefixes: AUDIT_EVENT_ITEM,
    ...withRange(timeRange(bounds.from, bounds.to)),
  }),
  /** One UTC day (`YYYY-MM-DD`) of one detail-type; a multi-day range is one query per day. */
  byTypeOnDay: (detailType: unknown, day: unknown, bounds: TimeBounds = {}) => ({
    index: 'GSI2' as const,
    partition: auditEventKeys.typeDayPartition(detailType, day),
    tableKeyPrefixes: AUDIT_EVENT_ITEM,
    ...withRange(timeRange(bounds.from, bounds.to)),
  }),
  byCorrelation: (correlationId: unknown) => ({
    index: 'GSI3' as const,
    partition: auditEventKeys.correlationPartition(correlationId),
    tableKeyPrefixes: AUDIT_EVENT_ITEM,
  }),
};

const withRange = <R>(range: R | undefined): { range?: R } => (range === undefined ? {} : { range });
