import type { ControlApiClient } from '../../support/control-api-client';

/** The recorder's subscription rule and the export's stream consumer, as the manifest names them. */
export const RECORDER_RULE = 'audit-record-event';
export const EXPORT_CONSUMER = 'audit-export-analytics';

/**
 * What only the local runtime knows (no function may read it): the recorder's queue and DLQ, and the
 * export mapping's iterator age (Lambda's IteratorAge: how far behind the newest change it has finished).
 */
export interface AuditRuntimeView {
  readonly recorder: { readonly waiting: number; readonly inFlight: number; readonly deadLetters: number } | null;
  readonly export: { readonly iteratorAgeMs: number | null; readonly onFailureDepth: number } | null;
}

/**
 * The runtime's side of `audit status`, from the platform's control API.
 * @example
 * const view = await auditRuntimeView(new ControlApiClient(runtime.eventBridgeEndpoint));
 */
export const auditRuntimeView = async (control: ControlApiClient): Promise<AuditRuntimeView> => {
  const [rules, streams] = await Promise.all([control.rules(), control.streams()]);
  const rule = rules.find((summary) => summary.name === RECORDER_RULE);
  const consumer = streams.find((summary) => summary.name === EXPORT_CONSUMER);
  return {
    recorder: rule === undefined ? null : { waiting: rule.available, inFlight: rule.inFlight, deadLetters: rule.deadLetters },
    export: consumer === undefined ? null : { iteratorAgeMs: consumer.stats.iteratorAgeMs ?? null, onFailureDepth: consumer.onFailureDepth },
  };
};
