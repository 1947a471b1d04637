import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { isIsoInstant, isNonNegativeInteger } from '../common';
import { auditChainHeadKeys } from '../keys';
import type { AuditEventsTableType } from '../tables';

/** The chain head item schema: where an entity's hash chain ends. No index keys: it is never listed. */
export const auditChainHeadSchema = item({
  entity: map({ type: string().key(), id: string().key() }).key(),
  /** Position of the newest link (1 for the first record). */
  seq: number().validate(isNonNegativeInteger),
  /** Hash of the newest link. */
  hash: string(),
  /** Event id and `expires_at` of the newest link: a missing newest record is named and told from an expired one. */
  lastEventId: string(),
  lastExpiresAt: number().validate(isNonNegativeInteger),
  updatedAt: string().validate(isIsoInstant),
  /** The latest `expires_at` of the chain: the head goes when the last record it vouches for may go. */
  expires_at: number().validate(isNonNegativeInteger),
}).strict();

/**
 * `AuditChainHead`: `PK=ENTITY#<type>#<id>`, `SK=CHAIN#HEAD`. The recorder replaces it with a
 * conditional put in the same transaction as the record it appends (`seq` must still be the one it
 * read), so two concurrent recorders cannot fork the chain.
 * @example
 * await createAuditChainHeadEntity(audit).build(GetItemCommand).key({ entity: { type: 'Aircraft', id: '12345' } }).options({ consistent: true }).send();
 */
export const createAuditChainHeadEntity = (table: AuditEventsTableType) =>
  new Entity({
    name: 'AuditChainHead',
    table,
    schema: auditChainHeadSchema,
    entityAttribute: { name: 'entityName' },
    timestamps: false,
    computeKey: ({ entity }) => auditChainHeadKeys.primary(entity.type, entity.id),
  });

export type AuditChainHeadEntityType = ReturnType<typeof createAuditChainHeadEntity>;
export type AuditChainHead = FormattedItem<AuditChainHeadEntityType>;
