import { type AuditEntities, type AuditEvent, encodePageToken } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import {
  type AuditEventFinder,
  type AuditQuery,
  type AuditRecord,
  type AuditRecordStore,
  type AuditTrailReader,
  type EntityChainReader,
  type Page,
  type PageRequest,
  type RecentRecordCounter,
  type StoreOutcome,
} from '../domain';
import { appendToChain } from './append-to-chain';
import { countBetween } from './count-between';
import { findEvent } from './find-event';
import { findTypeInRange } from './find-type-in-range';
import { keyQueryFor } from './key-query-for';
import { readChain } from './read-chain';
import { itemToRecord } from './record-to-item';
import { startKeyOf } from './start-key-of';

/** The audit trail in AuditEventsTable: its ports over the library's audit entities. */
export type DynamoDbAuditTrail = AuditRecordStore & AuditTrailReader & EntityChainReader & AuditEventFinder & RecentRecordCounter;

/**
 * The DynamoDB adapter of the audit trail.
 *
 * `put` appends the record to its entity's hash chain with one transaction (record if new, head if
 * unchanged): a redelivery answers `duplicate` without writing, and a different event under the same
 * key is rejected (`appendToChain`).
 *
 * `find` runs one key-condition query, newest first, one page per call, without expired records (a
 * filter: a page may hold fewer than `limit` items and still have a `nextToken`).
 * @example
 * const trail = createDynamoDbAuditTrail({ AuditEvent: AuditEventEntity, AuditChainHead: AuditChainHeadEntity });
 * await trail.put(record); // 'recorded', then 'duplicate'
 */
export const createDynamoDbAuditTrail = (entities: AuditEntities, now: () => Date = () => new Date()): DynamoDbAuditTrail => ({
  put: (record: AuditRecord): Promise<StoreOutcome> => appendToChain(entities, record, now),

  readChain: (entityType: string, entityId: string) => readChain(entities, entityType, entityId),

  findEvent: (eventId: string) => findEvent(entities, eventId),

  countBetween: (detailTypes: readonly string[], from: string, to: string) => countBetween(entities.AuditEvent, detailTypes, from, to),

  async find(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>> {
    const entity = entities.AuditEvent;
    if (query.kind === 'typeInRange') return findTypeInRange(entity, query, page, Math.floor(now().getTime() / 1000));
    const keyQuery = keyQueryFor(query);
    const exclusiveStartKey = page.nextToken === undefined ? undefined : startKeyOf(page.nextToken, keyQuery);
    const { Items, LastEvaluatedKey } = await entity.table
      .build(QueryCommand)
      .entities(entity)
      // The key query is built by the table library for this table; its type is the union of patterns.
      .query(keyQuery as never)
      .options({
        reverse: true,
        limit: page.limit,
        // Expired records are hidden at once, not when TTL gets to them (TTL may take days).
        filters: { AuditEvent: { attr: 'expires_at', gt: Math.floor(now().getTime() / 1000) } },
        ...(exclusiveStartKey === undefined ? {} : { exclusiveStartKey }),
      })
      .send();
    const nextToken = encodePageToken(LastEvaluatedKey);
    return {
      items: ((Items ?? []) as AuditEvent[]).map(itemToRecord),
      ...(nextToken === undefined ? {} : { nextToken }),
    };
  },
});
