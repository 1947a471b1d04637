import { type AuditEntities, type AuditEvent, auditQueries } from '@aircraftops/tables';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import type { AuditRecord, StoredChain } from '../domain';
import { itemToHead } from './chain-head-item';
import { itemToRecord } from './record-to-item';

/**
 * Every stored record of one entity (expired ones too: verification must see what TTL has not yet
 * removed) and its chain head, read strongly consistent.
 * @example
 * const { records, head } = await readChain(entities, 'Aircraft', 'N12345');
 */
export const readChain = async (entities: AuditEntities, entityType: string, entityId: string): Promise<StoredChain> => {
  const { AuditEvent, AuditChainHead } = entities;
  const records: AuditRecord[] = [];
  let exclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await AuditEvent.table
      .build(QueryCommand)
      .entities(AuditEvent)
      .query(auditQueries.trailOfEntity(entityType, entityId))
      .options({ consistent: true, ...(exclusiveStartKey === undefined ? {} : { exclusiveStartKey }) })
      .send();
    records.push(...((page.Items ?? []) as AuditEvent[]).map(itemToRecord));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey !== undefined);
  const { Item } = await AuditChainHead.build(GetItemCommand)
    .key({ entity: { type: entityType, id: entityId } })
    .options({ consistent: true })
    .send();
  return { records, ...(Item === undefined ? {} : { head: itemToHead(Item) }) };
};
