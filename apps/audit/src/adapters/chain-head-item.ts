import type { AuditChainHead } from '@aircraftops/tables';

import type { ChainHeadState } from '../domain';

/**
 * The head item that ends an entity's chain at `head`.
 * @example
 * AuditChainHeadEntity.build(PutTransaction).item(headToItem(record.entity, next, new Date()));
 */
export const headToItem = (entity: { readonly type: string; readonly id: string }, head: ChainHeadState, now: Date): AuditChainHead => ({
  entity: { type: entity.type, id: entity.id },
  seq: head.seq,
  hash: head.hash,
  lastEventId: head.lastEventId,
  lastExpiresAt: head.lastExpiresAt,
  updatedAt: now.toISOString(),
  expires_at: head.expiresAt,
});

/**
 * The chain state a stored head item holds.
 * @example
 * const head = Item === undefined ? undefined : itemToHead(Item);
 */
export const itemToHead = (item: AuditChainHead): ChainHeadState => ({
  seq: item.seq,
  hash: item.hash,
  lastEventId: item.lastEventId,
  lastExpiresAt: item.lastExpiresAt,
  expiresAt: item.expires_at,
});
