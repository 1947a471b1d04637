import * as z from 'zod/mini';

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * The EventBridge event an SQS message carries (the rule's target input is the whole event).
 * `detail` is only required to be an object here; its contract is checked separately.
 */
export const eventBridgeEnvelopeSchema = z.object({
  version: z.string(),
  id: nonEmpty(),
  'detail-type': nonEmpty(),
  source: nonEmpty(),
  account: z.string(),
  time: z.string(),
  region: z.string(),
  resources: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
  /** Present when the event was re-delivered by an archive replay. */
  'replay-name': z.optional(z.string()),
});

/** An EventBridge event whose `detail` is still unvalidated. */
export type EventBridgeEnvelope = z.output<typeof eventBridgeEnvelopeSchema>;
