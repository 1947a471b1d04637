import { AircraftRegistered, type AnyEventContract } from '@aircraftops/events';

import type { EventBridgeEnvelope } from '../domain';

let sequence = 0;

/** A fresh id per call, valid in keys (letters, digits, `-`), so tests never share items. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

/** What a test may change in `detail.metadata`. */
export type MetadataOverrides = Partial<{
  eventId: string;
  eventVersion: number;
  occurredAt: string;
  correlationId: string;
  causationId: string;
  actor: { type: 'user' | 'service'; id: string };
  entity: { type: string; id: string; version?: number };
}>;

/**
 * A contract's example detail with metadata overrides (the rest of the example kept).
 * @example
 * detailOf(AircraftRegistered, { eventId: 'e1' });
 */
export const detailOf = (contract: AnyEventContract, metadata: MetadataOverrides = {}): Record<string, unknown> => {
  // A JSON round trip, not structuredClone: under Jest that builds objects of another realm, which
  // dynamodb-toolbox (instanceof Object) cannot clone; delivered events are JSON.parse output anyway.
  const example = JSON.parse(JSON.stringify(contract.example)) as Record<string, unknown> & { metadata: Record<string, unknown> };
  return { ...example, metadata: { ...example.metadata, ...metadata } };
};

/**
 * An EventBridge event as the bus delivers it to a rule's SQS target.
 * @example
 * eventBridgeEvent({ source: 'aircraftops.aircraft', detailType: 'AircraftRegistered', detail });
 */
export const eventBridgeEvent = (input: {
  readonly source?: string;
  readonly detailType?: string;
  readonly detail?: Record<string, unknown>;
} = {}): EventBridgeEnvelope => ({
  version: '0',
  id: uniqueId('eb'),
  'detail-type': input.detailType ?? AircraftRegistered.detailType,
  source: input.source ?? AircraftRegistered.source,
  account: '000000000000',
  time: '2025-11-21T14:03:28Z',
  region: 'us-east-1',
  resources: [],
  detail: input.detail ?? detailOf(AircraftRegistered),
});

/**
 * The event of a contract, with metadata overrides.
 * @example
 * contractEvent(AircraftRegistered, { eventId: uniqueId('evt') });
 */
export const contractEvent = (contract: AnyEventContract, metadata: MetadataOverrides = {}): EventBridgeEnvelope =>
  eventBridgeEvent({ source: contract.source, detailType: contract.detailType, detail: detailOf(contract, metadata) });

/** An auditor's verified claims: every audit route requires `auditor` (or `admin`). */
export const auditorClaims = { sub: 'alice', 'cognito:groups': '[auditor]' } as const;

/** A viewer's: refused by every audit route (trails hold personal data). */
export const viewerClaims = { sub: 'victor', 'cognito:groups': '[viewer]' } as const;
