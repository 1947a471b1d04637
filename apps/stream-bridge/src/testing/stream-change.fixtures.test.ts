import type { Entity } from 'dynamodb-toolbox';

import type { StreamChange } from '../domain';
import { formatted } from './entity-items.fixtures.test';
import { APPROXIMATE_CREATION } from './stream-records.fixtures.test';

/** A `StreamChange` as the adapter would build it from stored items of `entity`. */
export const changeOf = (
  entity: Entity,
  input: { eventName: StreamChange['eventName']; oldRaw?: Record<string, unknown>; newRaw?: Record<string, unknown>; ttl?: boolean; recordId?: string },
): StreamChange => ({
  recordId: input.recordId ?? 'c4ca4238a0b923820dcc509a6f75849b',
  sequenceNumber: '100000000021870453245',
  eventName: input.eventName,
  approximateCreationSeconds: APPROXIMATE_CREATION,
  deletedByTtl: input.ttl ?? false,
  entityType: entity.entityName,
  ...(input.oldRaw ? { oldItem: formatted(entity, input.oldRaw) } : {}),
  ...(input.newRaw ? { newItem: formatted(entity, input.newRaw) } : {}),
});
