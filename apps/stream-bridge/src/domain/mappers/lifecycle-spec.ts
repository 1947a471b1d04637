import type { AnyEventContract } from '@aircraftops/events';

import type { EntityItem } from '../stream-change';

/**
 * How one entity's stream changes become events. A missing contract means "no detail-type yet": such
 * changes are skipped as `no-contract` (and logged), never guessed at.
 */
export interface LifecycleSpec {
  readonly entityType: string;
  /** `metadata.entity.id`. */
  readonly idOf: (item: EntityItem) => string;
  /** INSERT (and a MODIFY that clears `delete_at`, when `softDelete` is set). */
  readonly added: AnyEventContract;
  /** MODIFY with domain-visible changes; `changes` lists them. */
  readonly updated?: AnyEventContract;
  /**
   * Soft delete: `delete_at` newly set is the `softDeleted` event and clearing it is `added` again; `delete_at`
   * itself is then left out of `data` and `changes`. Without it, `delete_at` is an ordinary field.
   */
  readonly softDelete?: {
    readonly softDeleted: AnyEventContract;
    /** Whether the REMOVE of an already soft-deleted item is `purged` too, or was announced by `softDeleted`. */
    readonly purgeAfterSoftDelete: boolean;
  };
  /** REMOVE (hard delete or TTL); `withReason` adds `reason: 'ttl' | 'deleted'`. */
  readonly purged?: { readonly contract: AnyEventContract; readonly withReason: boolean };
}
