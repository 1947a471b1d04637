/**
 * The faults the local runtime can inject, each where AWS produces it:
 * - `putEventsFailure`: a PutEvents entry answered with `InternalFailure` or `ThrottlingException`
 *   (FailedEntryCount > 0; the entry is neither archived nor delivered);
 * - `consumerThrottle`: a queue consumer's invocation throttled before it reaches the function
 *   (`TooManyRequestsException`); its messages come back after their visibility timeout;
 * - `duplicateDelivery`: EventBridge delivers an event to a rule's queue twice (two SQS messages);
 * - `redelivery`: SQS delivers a message again after its consumer deleted it (at-least-once).
 */
export type ChaosKind = 'putEventsFailure' | 'consumerThrottle' | 'duplicateDelivery' | 'redelivery';

export const CHAOS_KINDS: readonly ChaosKind[] = ['putEventsFailure', 'consumerThrottle', 'duplicateDelivery', 'redelivery'];
