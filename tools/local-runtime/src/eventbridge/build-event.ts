import type { EventBridgeEvent } from './event-bridge-event';
import type { PutEventsEntry } from './put-events-entry';

/** Where and when an entry is accepted. */
export interface EnvelopeContext {
  readonly id: string;
  readonly account: string;
  readonly region: string;
  /** Epoch ms of acceptance; used when the entry has no `Time`. */
  readonly receivedAt: number;
}

/**
 * Wraps a validated PutEvents entry in the EventBridge envelope.
 *
 * @example
 * ```ts
 * buildEvent({ Source: 'aircraftops.aircraft', DetailType: 'AircraftRegistered' }, { n: 1 },
 *   { id: randomUUID(), account: '000000000000', region: 'us-east-1', receivedAt: Date.now() });
 * ```
 */
export function buildEvent(
  entry: PutEventsEntry & { readonly Source: string; readonly DetailType: string },
  detail: Readonly<Record<string, unknown>>,
  context: EnvelopeContext,
): EventBridgeEvent {
  return {
    version: '0',
    id: context.id,
    'detail-type': entry.DetailType,
    source: entry.Source,
    account: context.account,
    time: toAwsTime(entryTime(entry.Time) ?? context.receivedAt),
    region: context.region,
    resources: [...(entry.Resources ?? [])],
    detail,
  };
}

/** `Time` arrives as epoch seconds from the SDK; accept an ISO string too. Unparseable → receive time. */
function entryTime(time: PutEventsEntry['Time']): number | undefined {
  if (typeof time === 'number' && Number.isFinite(time)) return time * 1000;
  if (typeof time === 'string') {
    const parsed = Date.parse(time);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/** AWS writes event times at seconds precision: `2024-05-01T12:00:00Z`. */
function toAwsTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
