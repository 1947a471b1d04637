import type { AuditEntities } from '@aircraftops/tables';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';

import { type AuditRecord, ChainContentionError, ConflictingDuplicateError, linkAfter, type StoreOutcome } from '../domain';
import { headToItem, itemToHead } from './chain-head-item';
import { differingFields } from './differing-fields';
import { recordToItem } from './record-to-item';

/** Appends are retried this often when another recorder moved the head in between (then SQS retries). */
const MAX_ATTEMPTS = 8;

type CancellationReason = { Code?: string; Item?: Record<string, AttributeValue> };

const cancellationReasonsOf = (error: unknown): readonly CancellationReason[] | undefined =>
  error instanceof Error && error.name === 'TransactionCanceledException'
    ? ((error as Error & { CancellationReasons?: CancellationReason[] }).CancellationReasons ?? [])
    : undefined;

/**
 * Appends a record to its entity's hash chain, exactly once.
 *
 * Each attempt reads the chain head (strongly consistent), links the record after it, and writes record,
 * new head and the event-id lookup in one transaction: the record and the lookup only if the event id is
 * new, the head only if it is still the one read. So a redelivery never extends the chain (its record exists: `duplicate`), and of two
 * concurrent recorders one wins and the other re-reads the head and links after the winner — the chain
 * cannot fork.
 * @throws ConflictingDuplicateError when the event id is recorded with different content.
 * @throws ChainContentionError when the head moved during every attempt.
 * @example
 * await appendToChain(createAuditEntities(table), record, () => new Date()); // 'recorded', then 'duplicate'
 */
export const appendToChain = async (entities: AuditEntities, record: AuditRecord, now: () => Date): Promise<StoreOutcome> => {
  const { AuditEvent, AuditChainHead, AuditEventLookup } = entities;
  const key = { entity: { type: record.entity.type, id: record.entity.id } };
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const { Item: stored } = await AuditChainHead.build(GetItemCommand).key(key).options({ consistent: true }).send();
    const head = stored === undefined ? undefined : itemToHead(stored);
    const { record: linked, head: next } = linkAfter(record, head);
    const item = recordToItem(linked);
    try {
      await execute(
        AuditEvent.build(PutTransaction)
          .item(item)
          .options({ condition: { attr: 'eventId', exists: false }, returnValuesOnConditionFalse: 'ALL_OLD' }),
        AuditChainHead.build(PutTransaction)
          .item(headToItem(record.entity, next, now()))
          .options({ condition: head === undefined ? { attr: 'seq', exists: false } : { attr: 'seq', eq: head.seq } }),
        AuditEventLookup.build(PutTransaction)
          .item({ eventId: record.eventId, entity: key.entity, occurredAt: record.occurredAt, expires_at: record.expiresAt })
          .options({ condition: { attr: 'eventId', exists: false }, returnValuesOnConditionFalse: 'ALL_OLD' }),
      );
      return 'recorded';
    } catch (error) {
      const reasons = cancellationReasonsOf(error);
      if (reasons === undefined) throw error;
      const [eventReason, headReason, lookupReason] = reasons;
      if (eventReason?.Code === 'ConditionalCheckFailed') {
        // A redelivery, whatever the head did meanwhile; the stored item arrives in wire format.
        const existing = eventReason.Item === undefined ? await storedEvent(entities, record) : unmarshall(eventReason.Item);
        const differing = differingFields(existing, item);
        if (differing.length > 0) throw new ConflictingDuplicateError(record.eventId, differing);
        return 'duplicate';
      }
      if (lookupReason?.Code === 'ConditionalCheckFailed') {
        // The event id is recorded under another entity or time: a producer bug, never a redelivery.
        const pointer = lookupReason.Item === undefined ? {} : unmarshall(lookupReason.Item);
        const differing = differingFields(pointer, { entity: key.entity, occurredAt: record.occurredAt }, ['entity', 'occurredAt']);
        throw new ConflictingDuplicateError(record.eventId, differing.length > 0 ? differing : ['entity', 'occurredAt']);
      }
      const headMoved = headReason?.Code === 'ConditionalCheckFailed' || reasons.some((reason) => reason.Code === 'TransactionConflict');
      if (!headMoved) throw error;
    }
  }
  throw new ChainContentionError(`${record.entity.type}#${record.entity.id}`, MAX_ATTEMPTS);
};

// Only when the emulator leaves the old item out of the cancellation reason.
const storedEvent = async ({ AuditEvent }: AuditEntities, record: AuditRecord): Promise<Record<string, unknown>> =>
  (await AuditEvent.build(GetItemCommand).key({ entity: record.entity, occurredAt: record.occurredAt, eventId: record.eventId }).options({ consistent: true }).send())
    .Item ?? {};
