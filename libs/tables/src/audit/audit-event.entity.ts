import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { any } from 'dynamodb-toolbox/schema/any';
import { item } from 'dynamodb-toolbox/schema/item';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { actorSchema, indexKeyAttribute, isIsoInstant, isNonNegativeInteger, refuseUpdateOf } from '../common';
import { auditEventIndexKeys, auditEventKeys } from '../keys';
import type { AuditEventsTableType } from '../tables';

const isObject = (value: unknown): true | string =>
  (typeof value === 'object' && value !== null && !Array.isArray(value)) || 'must be an object';

const attributes = item({
  eventId: string().key(),
  occurredAt: string().key(),
  /** The entity the event is about; `version` is its version after the change (if versioned). */
  entity: map({ type: string().key(), id: string().key(), version: number().optional() }).key(),
  source: string(),
  detailType: string(),
  eventVersion: number(),
  recordedAt: string().validate(isIsoInstant),
  correlationId: string(),
  causationId: string().optional(),
  actor: actorSchema(),
  data: any().validate(isObject),
  changes: any().optional().validate(isObject),
  /**
   * How `data` compared with the consumer's event catalog: `valid` passed its contract, `unknown`
   * has none yet (new detail-type or version), so only the envelope was checked.
   */
  schemaStatus: string().enum('valid', 'unknown'),
  /** Whatever else the event carried (fields newer producers add), kept so nothing is lost. */
  extras: any().optional().validate(isObject),
  /** Epoch seconds; retention per event class, set by the audit app. */
  expires_at: number().validate(isNonNegativeInteger),
  /**
   * The record's link in its entity's hash chain (in recording order): its position, the hash of the
   * previous link, the previous link's event id, the latest `expires_at` of the earlier links (so a gap left by TTL reads as
   * expiry, not tampering)
   * and the SHA-256 of this record's canonical content including those. Optional: records written
   * before the chain existed have none.
   */
  chain: map({
    seq: number().validate(isNonNegativeInteger),
    prevHash: string(),
    prevEventId: string().optional(),
    prevExpiresAt: number().optional(),
    hash: string(),
  }).optional(),
});

// The item is immutable: any update touching what its index keys derive from is refused.
const INDEX_DEPENDENCIES = ['actor', 'detailType', 'correlationId'];

const indexKey = (name: 'GSI1PK' | 'GSI1SK' | 'GSI2PK' | 'GSI2SK' | 'GSI3PK' | 'GSI3SK') =>
  indexKeyAttribute()
    .link<typeof attributes>((event) => auditEventIndexKeys(event)[name])
    .updateLink<typeof attributes>(refuseUpdateOf(name, INDEX_DEPENDENCIES));

/** The AuditEvent item schema; GSI1 (actor), GSI2 (type per day), GSI3 (correlation) are computed. */
export const auditEventSchema = attributes.and({
  GSI1PK: indexKey('GSI1PK'),
  GSI1SK: indexKey('GSI1SK'),
  GSI2PK: indexKey('GSI2PK'),
  GSI2SK: indexKey('GSI2SK'),
  GSI3PK: indexKey('GSI3PK'),
  GSI3SK: indexKey('GSI3SK'),
}).strict();

/**
 * `AuditEvent` (immutable, no version): `PK=ENTITY#<type>#<id>`, `SK=EVENT#<occurredAt>#<eventId>`.
 * @example
 * await createAuditEventEntity(audit).build(GetItemCommand).key({ entity: { type: 'Aircraft', id: '12345' }, occurredAt, eventId }).send();
 */
export const createAuditEventEntity = (table: AuditEventsTableType) =>
  new Entity({
    name: 'AuditEvent',
    table,
    schema: auditEventSchema,
    // `entity` is the audited entity here, so DDBT's entity attribute (still saved as `_et`) is renamed.
    entityAttribute: { name: 'entityName' },
    // Immutable: `recordedAt` is its only write time.
    timestamps: false,
    computeKey: ({ entity, occurredAt, eventId }) => auditEventKeys.primary(entity.type, entity.id, occurredAt, eventId),
  });

export type AuditEventEntityType = ReturnType<typeof createAuditEventEntity>;
export type AuditEvent = FormattedItem<AuditEventEntityType>;
