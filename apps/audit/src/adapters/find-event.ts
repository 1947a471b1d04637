import type { AuditEntities } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';

import type { AuditRecord } from '../domain';
import { itemToRecord } from './record-to-item';

/**
 * The record of an event id: its lookup item names the entity and `occurredAt` that complete the record's
 * key, then the record itself (two GetItems, no index).
 * @example
 * const record = await findEvent(entities, '7b1f0a3c');
 */
export const findEvent = async ({ AuditEvent, AuditEventLookup }: AuditEntities, eventId: string): Promise<AuditRecord | undefined> => {
  const { Item: pointer } = await AuditEventLookup.build(GetItemCommand).key({ eventId }).send();
  if (pointer === undefined) return undefined;
  const { Item } = await AuditEvent.build(GetItemCommand).key({ entity: pointer.entity, occurredAt: pointer.occurredAt, eventId }).send();
  return Item === undefined ? undefined : itemToRecord(Item);
};
