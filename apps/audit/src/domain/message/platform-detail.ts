import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.minLength(1));
const object = () => z.record(z.string(), z.unknown());

/** The `metadata` keys every platform event carries (architecture.md, "Domain events"). */
export const PLATFORM_METADATA_KEYS = [
  'eventId',
  'eventVersion',
  'occurredAt',
  'correlationId',
  'causationId',
  'actor',
  'entity',
] as const;

/**
 * The part of `detail` that every platform event shares, whatever its detail-type: enough to key an
 * audit record. Used for every event (the contract, when there is one, is checked first and is
 * stricter); loose, because an unknown detail-type may carry fields this consumer has never seen.
 */
export const platformDetailSchema = z.looseObject({
  metadata: z.looseObject({
    eventId: nonEmpty(),
    eventVersion: z.int().check(z.positive()),
    occurredAt: z.iso.datetime({ offset: true }),
    correlationId: nonEmpty(),
    causationId: z.optional(nonEmpty()),
    actor: z.object({ type: z.enum(['user', 'service']), id: nonEmpty() }),
    entity: z.object({ type: nonEmpty(), id: nonEmpty(), version: z.optional(z.int().check(z.nonnegative())) }),
  }),
  data: object(),
  changes: z.optional(object()),
});

/** What every platform event's `detail` holds, plus whatever else it carries. */
export type PlatformDetail = z.output<typeof platformDetailSchema>;
