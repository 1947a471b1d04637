import { compileEventPattern, testEventPattern } from '@aircraftops/events';
import type { LocalSubscription } from './local-rule';

import type { PatternMatcher } from './event-bridge-event';

/** The real matcher from libs/events, compiled once per rule as the runtime wires it. */
export const matcher: PatternMatcher = { match: testEventPattern, compile: compileEventPattern };

export function subscription(overrides: Partial<LocalSubscription> & { name: string }): LocalSubscription {
  return {
    description: `test rule ${overrides.name}`,
    eventPattern: { source: ['aircraftops.aircraft'] },
    batchSize: 10,
    maxReceiveCount: 3,
    visibilityTimeoutSeconds: 30,
    ...overrides,
  };
}

export function entry(detail: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return {
    EventBusName: 'aircraftops',
    Source: 'aircraftops.aircraft',
    DetailType: 'AircraftRegistered',
    Detail: JSON.stringify(detail),
    ...overrides,
  };
}
