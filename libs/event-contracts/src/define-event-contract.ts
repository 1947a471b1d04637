import * as z from 'zod/mini';
import type { $ZodLooseShape } from 'zod/v4/core';

import type { EventContract, SafeParseDetailResult } from './event-contract';
import { EventValidationError } from './event-validation-error';
import { formatIssue } from './format-issue';
import { changesSchema, nonEmptyChangesSchema } from './schemas/changes';
import { metadataSchema } from './schemas/metadata';

/** Whether `detail.changes` must be present (and non-empty) or may be. */
export type ChangesRequirement = 'required' | 'optional';

/** The shape of `detail` that `defineEventContract` builds. */
export type DetailShape<
  EntityType extends string,
  Version extends number,
  Data extends z.ZodMiniType,
  Changes extends ChangesRequirement,
  Extra extends $ZodLooseShape,
> = {
  metadata: ReturnType<typeof metadataSchema<EntityType, Version>>;
  data: Data;
  changes: Changes extends 'required' ? typeof nonEmptyChangesSchema : z.ZodMiniOptional<typeof changesSchema>;
} & Extra;

/** What a catalog file declares about its detail-type. */
export interface EventContractDefinition<
  Source extends string,
  DetailType extends string,
  Version extends number,
  EntityType extends string,
  Data extends z.ZodMiniType,
  Changes extends ChangesRequirement,
  Extra extends $ZodLooseShape,
> {
  readonly source: Source;
  /** Past-tense PascalCase fact. */
  readonly detailType: DetailType;
  readonly version: Version;
  readonly description: string;
  readonly entityType: EntityType;
  /** Schema of `detail.data`, the entity as the domain sees it. */
  readonly dataSchema: Data;
  /** Default `'optional'`. `'required'` also demands at least one changed field. */
  readonly changes?: Changes;
  /** Further top-level `detail` fields of this detail-type (`reason`, `counts`). */
  readonly extraShape?: Extra;
  readonly example: z.input<z.ZodMiniObject<DetailShape<EntityType, Version, Data, Changes, Extra>>>;
}

/**
 * Declares one detail-type: builds the zod schema of its whole `detail` from the shared envelope (`metadata`,
 * `data`, `changes`) and the contract's own parts, and attaches `parse`/`safeParse` that fail with an
 * `EventValidationError` naming every failing path.
 *
 * @example
 * ```ts
 * export const AircraftRegistered = defineEventContract({
 *   source: AIRCRAFT_SOURCE,
 *   detailType: 'AircraftRegistered',
 *   version: 1,
 *   description: 'An aircraft was added to the registry.',
 *   entityType: 'Aircraft',
 *   dataSchema: aircraftDataSchema,
 *   example: { metadata: { ... }, data: { nNumber: '511CR' } },
 * });
 * type Detail = DetailOf<typeof AircraftRegistered>;
 * ```
 */
export function defineEventContract<
  const Source extends string,
  const DetailType extends string,
  const Version extends number,
  const EntityType extends string,
  Data extends z.ZodMiniType,
  const Changes extends ChangesRequirement = 'optional',
  Extra extends $ZodLooseShape = Record<never, never>,
>(
  definition: EventContractDefinition<Source, DetailType, Version, EntityType, Data, Changes, Extra>,
): EventContract<Source, DetailType, z.ZodMiniObject<DetailShape<EntityType, Version, Data, Changes, Extra>>> {
  const { source, detailType, version, description, entityType, dataSchema, extraShape } = definition;
  const schema = z.object({
    metadata: metadataSchema(entityType, version),
    data: dataSchema,
    changes: definition.changes === 'required' ? nonEmptyChangesSchema : z.optional(changesSchema),
    ...extraShape,
  }) as unknown as z.ZodMiniObject<DetailShape<EntityType, Version, Data, Changes, Extra>>;
  type Detail = z.output<typeof schema>;

  const safeParse = (detail: unknown): SafeParseDetailResult<Detail> => {
    // reportInput lets the messages say what was received instead of zod/mini's bare "Invalid input".
    const result = schema.safeParse(detail, { reportInput: true });
    if (result.success) return { success: true, data: result.data };
    return {
      success: false,
      error: new EventValidationError(source, detailType, result.error.issues.map(formatIssue), { cause: result.error }),
    };
  };

  return {
    source,
    detailType,
    version,
    description,
    entityType,
    schema,
    example: definition.example as Detail,
    safeParse,
    parse(detail) {
      const result = safeParse(detail);
      if (!result.success) throw result.error;
      return result.data;
    },
  };
}
