import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { isIsoInstant, isNonNegativeInteger } from '../common';
import { auditEventLookupKeys } from '../keys';
import type { AuditEventsTableType } from '../tables';

/** Where the record of an event id is: its entity and `occurredAt` complete the record's key. */
export const auditEventLookupSchema = item({
  eventId: string().key(),
  entity: map({ type: string(), id: string() }),
  occurredAt: string().validate(isIsoInstant),
  /** The record's own: TTL removes pointer and record together. */
  expires_at: number().validate(isNonNegativeInteger),
}).strict();

/**
 * `AuditEventLookup`: `PK=EVENTID#<eventId>`, `SK=EVENTID`, written by the recorder in the transaction
 * that appends the record. Immutable.
 * @example
 * const { Item } = await createAuditEventLookupEntity(audit).build(GetItemCommand).key({ eventId }).send();
 */
export const createAuditEventLookupEntity = (table: AuditEventsTableType) =>
  new Entity({
    name: 'AuditEventLookup',
    table,
    schema: auditEventLookupSchema,
    entityAttribute: { name: 'entityName' },
    timestamps: false,
    computeKey: ({ eventId }) => auditEventLookupKeys.primary(eventId),
  });

export type AuditEventLookupEntityType = ReturnType<typeof createAuditEventLookupEntity>;
export type AuditEventLookup = FormattedItem<AuditEventLookupEntityType>;
