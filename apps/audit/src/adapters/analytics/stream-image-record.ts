import type { AuditEvent } from '@aircraftops/tables';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

import type { AuditRecord } from '../../domain';
import { itemToRecord } from '../record-to-item';

/** Attributes the table library owns: keys and the entity name, not part of the record. */
const ITEM_ONLY = new Set(['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK', '_et']);

/**
 * The audit record a stream record inserted (its NEW_IMAGE), or `undefined` for anything else in the
 * table's stream (chain heads, event lookups, TTL removals), which the mapping's filter already keeps out.
 * @example
 * const record = auditRecordOfStreamRecord(streamRecord);
 */
export const auditRecordOfStreamRecord = (streamRecord: DynamoDBRecord): AuditRecord | undefined => {
  const image = streamRecord.dynamodb?.NewImage;
  if (streamRecord.eventName !== 'INSERT' || image === undefined) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item['_et'] !== 'AuditEvent') return undefined;
  return itemToRecord(Object.fromEntries(Object.entries(item).filter(([name]) => !ITEM_ONLY.has(name))) as AuditEvent);
};
