import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { EntityFormatter } from 'dynamodb-toolbox/entity/actions/format';
import type { Entity } from 'dynamodb-toolbox/entity';

import { entityPolicy, UnknownEntityError } from '../domain';
import type { ChangeOutcome, EntityItem, StreamChange } from '../domain';
import type { BridgedTable } from './bridged-table';
import { isTtlDeletion } from './is-ttl-deletion';
import { MalformedStreamRecordError } from './malformed-stream-record-error';
import { tableNameOfStreamArn } from './table-name-of-stream-arn';
import { UnformattableItemError } from './unformattable-item-error';

/** A record decoded into a change for the domain, or skipped before that (with the reason). */
export type DecodedRecord =
  | { readonly kind: 'change'; readonly change: StreamChange }
  | { readonly kind: 'skipped'; readonly outcome: ChangeOutcome };

const EVENT_NAMES: ReadonlySet<string> = new Set(['INSERT', 'MODIFY', 'REMOVE']);
const ENTITY_ATTRIBUTE = '_et';

type WireImage = Record<string, AttributeValue>;

const describeKey = (keys: WireImage | undefined): string =>
  keys === undefined ? '<no Keys>' : Object.values(unmarshall(keys)).map(String).join(' / ');

/** One formatter per entity, built once: building it per record showed in the bridge's CPU profile. */
const formatters = new WeakMap<Entity, EntityFormatter<Entity>>();
const formatterOf = (entity: Entity): EntityFormatter<Entity> => {
  let formatter = formatters.get(entity);
  if (!formatter) formatters.set(entity, (formatter = entity.build(EntityFormatter)));
  return formatter;
};

/** `key` is only described when formatting fails (the common path never unmarshalls the keys twice). */
const format = (entity: Entity, raw: Record<string, unknown>, image: 'NewImage' | 'OldImage', key: () => string): EntityItem => {
  try {
    return formatterOf(entity).format(raw as never) as EntityItem;
  } catch (error) {
    throw new UnformattableItemError(entity.entityName, image, key(), { cause: error });
  }
};

/**
 * Turns a Lambda DynamoDB stream record into a `StreamChange`: recognises the table by `eventSourceARN`,
 * unmarshalls the images, recognises the entity by `_et`, and formats each image with the entity's
 * `EntityFormatter` (no keys, no index keys, no `_et`). Records of other tables and of entities that never
 * produce events (`entityPolicy` = silent) are skipped before formatting.
 * @throws MalformedStreamRecordError, UnknownEntityError (unknown or missing `_et`), UnformattableItemError.
 * @example
 * ```ts
 * const decoded = decodeStreamRecord(record, bridgedTablesFromEnv());
 * if (decoded.kind === 'change') mapChange(decoded.change);
 * ```
 */
export const decodeStreamRecord = (record: DynamoDBRecord, tables: readonly BridgedTable[]): DecodedRecord => {
  const recordId = record.eventID;
  const malformed = (reason: string) => new MalformedStreamRecordError(recordId, reason);
  if (!recordId) throw malformed('eventID is missing');
  const eventName = record.eventName;
  if (eventName === undefined || !EVENT_NAMES.has(eventName)) throw malformed(`eventName ${JSON.stringify(eventName)} is not INSERT, MODIFY or REMOVE`);
  const stream = record.dynamodb;
  if (!stream?.SequenceNumber) throw malformed('dynamodb.SequenceNumber is missing');
  if (typeof stream.ApproximateCreationDateTime !== 'number') throw malformed('dynamodb.ApproximateCreationDateTime is missing');
  const tableName = tableNameOfStreamArn(record.eventSourceARN ?? '');
  if (tableName === undefined) throw malformed(`eventSourceARN ${JSON.stringify(record.eventSourceARN)} is not a DynamoDB stream ARN`);

  const table = tables.find((candidate) => candidate.tableName === tableName);
  if (table === undefined) {
    return { kind: 'skipped', outcome: { events: [], skipped: { reason: 'table-not-bridged', detail: `table ${tableName} is not bridged` } } };
  }

  const newRaw = stream.NewImage && unmarshall(stream.NewImage as WireImage);
  const oldRaw = stream.OldImage && unmarshall(stream.OldImage as WireImage);
  const image = newRaw ?? oldRaw;
  if (image === undefined) throw malformed('has neither NewImage nor OldImage (the stream must be NEW_AND_OLD_IMAGES)');
  const key = (): string => describeKey(stream.Keys as WireImage | undefined);
  const entityType = image[ENTITY_ATTRIBUTE];
  if (typeof entityType !== 'string') throw new UnknownEntityError(undefined, table.logicalName, key());

  const policy = entityPolicy(entityType);
  if (policy === 'silent') {
    return { kind: 'skipped', outcome: { events: [], skipped: { reason: 'silent-entity', detail: `${entityType} changes are not domain events` } } };
  }
  const entity = table.entities[entityType];
  if (policy === 'unknown' || entity === undefined) throw new UnknownEntityError(entityType, table.logicalName, key());

  return {
    kind: 'change',
    change: {
      recordId,
      sequenceNumber: stream.SequenceNumber,
      eventName: eventName as StreamChange['eventName'],
      approximateCreationSeconds: stream.ApproximateCreationDateTime,
      deletedByTtl: isTtlDeletion(record),
      entityType,
      ...(oldRaw ? { oldItem: format(entity, oldRaw, 'OldImage', key) } : {}),
      ...(newRaw ? { newItem: format(entity, newRaw, 'NewImage', key) } : {}),
    },
  };
};
