import type { EntityItem } from './stream-change';

/**
 * Attributes every versioned item carries for the platform rather than for the domain: the write stamps (they
 * travel in `metadata`) and ingestion's bookkeeping (`contentHash` for delta detection, `sourceJobId`).
 */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'updatedBy',
  'correlationId',
  'createdAt',
  'modifiedAt',
  'contentHash',
  'sourceJobId',
]);

/**
 * The entity as the domain sees it: the formatted item without bookkeeping and without `omit`. Writes that
 * touch only bookkeeping (a re-put with a new timestamp, a new content hash) therefore diff to nothing.
 *
 * @example
 * ```ts
 * domainView(aircraft, ['delete_at']); // { nNumber: '511CR', serialNumber: 'K041', … } without version, createdAt, …
 * ```
 */
export const domainView = (item: EntityItem, omit: readonly string[] = []): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(item).filter(([field, value]) => value !== undefined && !BOOKKEEPING_FIELDS.has(field) && !omit.includes(field)),
  );
