import { type AuditEvent, type AuditEventEntityType, encodePageToken } from '@aircraftops/tables';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { PutItemCommand } from 'dynamodb-toolbox/entity/actions/put';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import {
  type AuditQuery,
  type AuditRecord,
  type AuditRecordStore,
  type AuditTrailReader,
  ConflictingDuplicateError,
  type Page,
  type PageRequest,
  type StoreOutcome,
} from '../domain';
import { differingFields } from './differing-fields';
import { keyQueryFor } from './key-query-for';
import { itemToRecord, recordToItem } from './record-to-item';
import { startKeyOf } from './start-key-of';

/** The audit trail in AuditEventsTable: both ports over one dynamodb-toolbox entity. */
export type DynamoDbAuditTrail = AuditRecordStore & AuditTrailReader;

const isConditionalCheckFailed = (error: unknown): error is Error & { Item?: Record<string, AttributeValue> } =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * The DynamoDB adapter of the audit trail.
 *
 * `put` is a conditional put on the record's deterministic key (entity, occurredAt, eventId): the
 * write and the idempotency check are one request, and a redelivery answers `duplicate` without
 * writing. The stored item comes back with the failed condition (`ALL_OLD`), so a different event
 * under the same key is told apart from a redelivery and rejected.
 *
 * `find` runs one key-condition query, newest first, one page per call.
 * @example
 * const trail = createDynamoDbAuditTrail(AuditEventEntity);
 * await trail.put(record); // 'recorded', then 'duplicate'
 */
export const createDynamoDbAuditTrail = (entity: AuditEventEntityType): DynamoDbAuditTrail => ({
  async put(record: AuditRecord): Promise<StoreOutcome> {
    const item = recordToItem(record);
    try {
      await entity
        .build(PutItemCommand)
        .item(item)
        .options({ condition: { attr: 'eventId', exists: false }, returnValuesOnConditionFalse: 'ALL_OLD' })
        .send();
      return 'recorded';
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // ReturnValuesOnConditionCheckFailure arrives in wire format even through the DocumentClient.
      const stored = error.Item === undefined ? {} : unmarshall(error.Item);
      const differing = differingFields(stored, item);
      if (differing.length > 0) throw new ConflictingDuplicateError(record.eventId, differing);
      return 'duplicate';
    }
  },

  async find(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>> {
    const keyQuery = keyQueryFor(query);
    const exclusiveStartKey = page.nextToken === undefined ? undefined : startKeyOf(page.nextToken, keyQuery);
    const { Items, LastEvaluatedKey } = await entity.table
      .build(QueryCommand)
      .entities(entity)
      // The key query is built by the table library for this table; its type is the union of patterns.
      .query(keyQuery as never)
      .options({ reverse: true, limit: page.limit, ...(exclusiveStartKey === undefined ? {} : { exclusiveStartKey }) })
      .send();
    const nextToken = encodePageToken(LastEvaluatedKey);
    return {
      items: ((Items ?? []) as AuditEvent[]).map(itemToRecord),
      ...(nextToken === undefined ? {} : { nextToken }),
    };
  },
});
