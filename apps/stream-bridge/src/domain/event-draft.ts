import type { AnyEventContract } from '@aircraftops/events';

/**
 * One domain event ready to publish; structurally a `PublishEntry` of `@aircraftops/events`.
 *
 * @example
 * ```ts
 * const entries: PublishEntry[] = drafts; // no conversion needed
 * ```
 */
export interface EventDraft {
  readonly source: string;
  readonly detailType: string;
  /** Validated against the detail-type's contract. */
  readonly detail: object;
  /** `metadata.occurredAt`, also the EventBridge event time. */
  readonly time: Date;
}

/**
 * Validates `detail` against `contract` and wraps it as a draft. A detail the contract rejects throws the
 * contract's `EventValidationError` (naming every failing path): a mapping bug or an item the catalog cannot
 * describe fails its record instead of putting a malformed event on the bus.
 *
 * @example
 * ```ts
 * const draft = toEventDraft(AircraftRegistered, { metadata, data });
 * ```
 */
export const toEventDraft = (contract: AnyEventContract, detail: { readonly metadata: { readonly occurredAt: string }; readonly [field: string]: unknown }): EventDraft => {
  const parsed = contract.parse(detail) as object;
  return {
    source: contract.source,
    detailType: contract.detailType,
    detail: parsed,
    time: new Date(detail.metadata.occurredAt),
  };
};
