import { auditEventKeys } from './audit-keys';

/**
 * The sort key of an entity's chain head. It sorts before `EVENT#…`, outside every trail query's
 * `beginsWith: 'EVENT#'`, and carries no index keys, so it never shows up as an event.
 */
const CHAIN_HEAD_SORT_KEY = 'CHAIN#HEAD';

/**
 * Keys of the `AuditChainHead` item: one per audited entity, in the entity's trail partition, holding the
 * position and hash of the newest link of the entity's hash chain.
 * @example
 * auditChainHeadKeys.primary('Aircraft', '12345'); // { PK: 'ENTITY#Aircraft#12345', SK: 'CHAIN#HEAD' }
 */
export const auditChainHeadKeys = {
  primary: (entityType: unknown, entityId: unknown) => ({
    PK: auditEventKeys.entityPartition(entityType, entityId),
    SK: CHAIN_HEAD_SORT_KEY,
  }),
  sortKey: CHAIN_HEAD_SORT_KEY,
};
