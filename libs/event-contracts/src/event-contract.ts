import type * as z from 'zod/mini';

import type { EventValidationError } from './event-validation-error';

/** The outcome of `contract.safeParse(detail)`: never throws, the error names every failing path. */
export type SafeParseDetailResult<Detail> =
  | { readonly success: true; readonly data: Detail }
  | { readonly success: false; readonly error: EventValidationError };

/**
 * One detail-type of the catalog: producers build `detail` to it, consumers validate `detail` with it at the
 * edge, the doc generator renders it.
 *
 * @example
 * ```ts
 * const detail = AircraftRegistered.parse(event.detail); // typed DetailOf<typeof AircraftRegistered>
 * ```
 */
export interface EventContract<
  Source extends string = string,
  DetailType extends string = string,
  Schema extends z.ZodMiniType = z.ZodMiniType,
> {
  readonly source: Source;
  readonly detailType: DetailType;
  /** `detail.metadata.eventVersion`; a breaking change gets a new version or detail-type. */
  readonly version: number;
  readonly description: string;
  /** `detail.metadata.entity.type`. */
  readonly entityType: string;
  /** The zod schema of the whole `detail`. */
  readonly schema: Schema;
  /** A valid `detail`, used by the generated docs and by tests. */
  readonly example: z.output<Schema>;
  /** Validates a `detail`; throws `EventValidationError` naming every failing path. */
  parse(detail: unknown): z.output<Schema>;
  safeParse(detail: unknown): SafeParseDetailResult<z.output<Schema>>;
}

/**
 * Any contract of the catalog, whatever its source, detail-type and schema.
 *
 * @example
 * ```ts
 * const bySource = (contracts: readonly AnyEventContract[], source: string) => contracts.filter((c) => c.source === source);
 * ```
 */
export type AnyEventContract = EventContract<string, string, z.ZodMiniType>;

/**
 * The TypeScript type of a contract's `detail`.
 *
 * @example
 * ```ts
 * function onRegistered(detail: DetailOf<typeof AircraftRegistered>) {
 *   return detail.data.nNumber;
 * }
 * ```
 */
export type DetailOf<Contract extends AnyEventContract> = z.output<Contract['schema']>;

/**
 * The TypeScript type of a contract's `detail.data` (the entity).
 *
 * @example
 * ```ts
 * const aircraft: DataOf<typeof AircraftRegistered> = { nNumber: '511CR' };
 * ```
 */
export type DataOf<Contract extends AnyEventContract> = DetailOf<Contract> extends { data: infer Data } ? Data : never;
