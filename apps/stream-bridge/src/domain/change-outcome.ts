import type { EventDraft } from './event-draft';

/**
 * Why a record yields no event:
 * - `no-domain-change`: the write changed nothing the domain sees (timestamps, progress, content hash), or the
 *   fact was already announced (the purge of a soft-deleted image);
 * - `no-contract`: a real change the catalog has no detail-type for yet (logged as a warning, see README);
 * - `silent-entity`: entities that never produce events (JobRowError, JobCheckpoint, Schedule);
 * - `table-not-bridged`: the record comes from a table the bridge does not handle.
 */
export type SkipReason = 'no-domain-change' | 'no-contract' | 'silent-entity' | 'table-not-bridged';

/**
 * What one stream record yields: its events (in order), or none and why.
 *
 * @example
 * ```ts
 * const outcome = mapChange(change);
 * if (outcome.skipped?.reason === 'no-contract') logger.warn(outcome.skipped.detail);
 * ```
 */
export interface ChangeOutcome {
  readonly events: readonly EventDraft[];
  readonly skipped?: { readonly reason: SkipReason; readonly detail: string };
}

/** @example emitted(draft) // { events: [draft] } */
export const emitted = (...events: EventDraft[]): ChangeOutcome => ({ events });

/** @example skipped('no-domain-change', 'Aircraft 511CR: only bookkeeping changed') */
export const skipped = (reason: SkipReason, detail: string): ChangeOutcome => ({ events: [], skipped: { reason, detail } });
