import type { LocalFunction } from '@aircraftops/declarations';
import type { SQSEvent } from 'aws-lambda';

/** The audit app's recorder, as the platform builds it. */
export const AUDIT_RECORDER = 'audit-record-event';

const entityIdOf = (body: string): string | undefined => {
  const id = (JSON.parse(body) as { detail?: { metadata?: { entity?: { id?: unknown } } } }).detail?.metadata?.entity?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Records when each entity's first event is recorded by the audit trail: wraps the built recorder's
 * `invoke` (the bus's rule calls it per batch) and stamps every message of a batch that it did not report
 * as failed, once the invocation resolved — the moment its audit record is visible. Behaviour is
 * unchanged; a failed invocation stamps nothing (its messages come back).
 * @returns recorded-at times (epoch ms) by entity id, and the function that removes the wrapper.
 * @example
 * ```ts
 * const { recordedAt, restore } = addAuditProbe(platform.functions);
 * ```
 */
export const addAuditProbe = (functions: ReadonlyMap<string, LocalFunction>): { readonly recordedAt: Map<string, number>; restore(): void } => {
  const recordedAt = new Map<string, number>();
  const recorder = functions.get(AUDIT_RECORDER) as { invoke: LocalFunction['invoke'] } | undefined;
  if (!recorder) return { recordedAt, restore: () => undefined };
  const original = recorder.invoke;
  recorder.invoke = async (event: unknown) => {
    const response = await original(event);
    const now = Date.now();
    const failed = new Set(((response as { batchItemFailures?: { itemIdentifier: string }[] } | undefined)?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    for (const record of (event as SQSEvent).Records ?? []) {
      if (failed.has(record.messageId)) continue;
      const id = entityIdOf(record.body);
      if (id !== undefined && !recordedAt.has(id)) recordedAt.set(id, now);
    }
    return response;
  };
  return {
    recordedAt,
    restore: () => {
      recorder.invoke = original;
    },
  };
};
