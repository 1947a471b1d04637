import type { ChangeOutcome } from '../change-outcome';
import { emitted, skipped } from '../change-outcome';
import { deriveEventId } from '../derive-event-id';
import { diffChanges } from '../diff-changes';
import type { Changes } from '../diff-changes';
import { domainView } from '../domain-view';
import { eventMetadata } from '../event-metadata';
import { toEventDraft } from '../event-draft';
import type { EventDraft } from '../event-draft';
import type { AnyEventContract } from '@aircraftops/events';
import { requireImage } from '../require-image';
import type { EntityItem, StreamChange } from '../stream-change';
import type { LifecycleSpec } from './lifecycle-spec';

const SOFT_DELETE_ATTRIBUTE = 'delete_at';

const isSoftDeleted = (item: EntityItem): boolean => item[SOFT_DELETE_ATTRIBUTE] !== undefined;

/**
 * Maps a change of an entity described by a `LifecycleSpec`: INSERT → `added`; MODIFY → `softDeleted` when
 * `delete_at` is newly set, `added` when it is cleared, else `updated` with `changes` (nothing when no
 * domain-visible field changed); REMOVE → `purged` (reason `ttl` for TTL deletions, else `deleted`).
 *
 * @example
 * ```ts
 * mapLifecycleChange(aircraftSpec, change); // { events: [AircraftRegistered draft] }
 * ```
 */
export const mapLifecycleChange = (spec: LifecycleSpec, change: StreamChange): ChangeOutcome => {
  const omit = spec.softDelete ? [SOFT_DELETE_ATTRIBUTE] : [];
  const view = (item: EntityItem) => domainView(item, omit);
  const draft = (contract: AnyEventContract, item: EntityItem, extra: { changes?: Changes; reason?: string } = {}): EventDraft =>
    toEventDraft(contract, {
      metadata: eventMetadata(change, {
        eventId: deriveEventId(change.recordId, contract.detailType),
        eventVersion: contract.version,
        entityType: spec.entityType,
        entityId: spec.idOf(item),
        item,
      }),
      data: view(item),
      ...(extra.changes && Object.keys(extra.changes).length > 0 ? { changes: extra.changes } : {}),
      ...(extra.reason === undefined ? {} : { reason: extra.reason }),
    });

  switch (change.eventName) {
    case 'INSERT':
      return emitted(draft(spec.added, requireImage(change, 'newItem')));

    case 'MODIFY': {
      const before = requireImage(change, 'oldItem');
      const after = requireImage(change, 'newItem');
      const changes = diffChanges(view(before), view(after));
      if (spec.softDelete && !isSoftDeleted(before) && isSoftDeleted(after)) {
        return emitted(draft(spec.softDelete.softDeleted, after, { changes }));
      }
      if (spec.softDelete && isSoftDeleted(before) && !isSoftDeleted(after)) {
        return emitted(draft(spec.added, after));
      }
      const id = spec.idOf(after);
      if (Object.keys(changes).length === 0) {
        return skipped('no-domain-change', `${spec.entityType} ${id}: no domain-visible field changed`);
      }
      if (!spec.updated) {
        return skipped('no-contract', `${spec.entityType} ${id} changed (${Object.keys(changes).join(', ')}) but the catalog has no ${spec.entityType}Updated`);
      }
      return emitted(draft(spec.updated, after, { changes }));
    }

    case 'REMOVE': {
      const before = requireImage(change, 'oldItem');
      const id = spec.idOf(before);
      if (spec.softDelete && isSoftDeleted(before) && !spec.softDelete.purgeAfterSoftDelete) {
        return skipped('no-domain-change', `${spec.entityType} ${id}: removal of an item already announced as ${spec.softDelete.softDeleted.detailType}`);
      }
      if (!spec.purged) {
        return skipped('no-contract', `${spec.entityType} ${id} was removed but the catalog has no event for it`);
      }
      const reason = spec.purged.withReason ? (change.deletedByTtl ? 'ttl' : 'deleted') : undefined;
      return emitted(draft(spec.purged.contract, before, { reason }));
    }
  }
};
