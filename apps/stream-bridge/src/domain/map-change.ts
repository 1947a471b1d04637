import type { ChangeOutcome } from './change-outcome';
import { skipped } from './change-outcome';
import { UnknownEntityError } from './errors';
import { CORE_ENTITY_SPECS, mapIngestionJobChange, mapLifecycleChange } from './mappers';
import type { StreamChange } from './stream-change';

const MAPPERS: Readonly<Record<string, (change: StreamChange) => ChangeOutcome>> = {
  ...Object.fromEntries(
    Object.values(CORE_ENTITY_SPECS).map((spec) => [spec.entityType, (change: StreamChange) => mapLifecycleChange(spec, change)]),
  ),
  IngestionJob: mapIngestionJobChange,
};

/** Entities whose changes are never domain events: ingestion's internals and the scheduler's state. */
const SILENT_ENTITY_TYPES: ReadonlySet<string> = new Set(['JobRowError', 'JobCheckpoint', 'Schedule']);

/**
 * What the bridge does with an entity type: `mapped` (its changes become events), `silent` (known, never
 * an event), or `unknown` (a record of it fails).
 *
 * @example
 * ```ts
 * entityPolicy('JobRowError'); // 'silent': skip before formatting the item
 * ```
 */
export const entityPolicy = (entityType: string): 'mapped' | 'silent' | 'unknown' =>
  Object.hasOwn(MAPPERS, entityType) ? 'mapped' : SILENT_ENTITY_TYPES.has(entityType) ? 'silent' : 'unknown';

/**
 * Maps one stream change to the domain events it means (see the README's mapping table), each validated
 * against its contract.
 * @throws UnknownEntityError for an entity type the bridge does not know; IncompleteItemError or the
 * contract's EventValidationError when the item cannot make a valid event.
 * @example
 * ```ts
 * const { events } = mapChange(change);
 * ```
 */
export const mapChange = (change: StreamChange): ChangeOutcome => {
  const policy = entityPolicy(change.entityType);
  if (policy === 'silent') return skipped('silent-entity', `${change.entityType} changes are not domain events`);
  const mapper = MAPPERS[change.entityType];
  if (policy === 'unknown' || mapper === undefined) {
    throw new UnknownEntityError(change.entityType, 'stream', `(record ${change.recordId})`);
  }
  return mapper(change);
};
