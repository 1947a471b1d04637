// Type-level checks, verified by `tsc --noEmit` (not run by jest).
import * as z from 'zod/mini';

import type { AircraftPurged, AircraftUpdated } from './contracts';
import { defineEventContract } from './define-event-contract';
import type { DataOf, DetailOf } from './event-contract';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const reasonIsTyped: Equals<DetailOf<typeof AircraftPurged>['reason'], 'ttl' | 'deleted'> = true;
const nNumberIsRequired: Equals<DataOf<typeof AircraftUpdated>['nNumber'], string> = true;
const changesAreRequired: Equals<undefined extends DetailOf<typeof AircraftUpdated>['changes'] ? true : false, false> = true;
const changesAreOptional: Equals<undefined extends DetailOf<typeof AircraftPurged>['changes'] ? true : false, true> = true;

defineEventContract({
  source: 'test',
  detailType: 'ThingHappened',
  version: 1,
  description: '',
  entityType: 'Thing',
  dataSchema: z.looseObject({ thingId: z.string() }),
  example: {
    metadata: {
      eventId: 'e',
      // @ts-expect-error the example must carry the contract's version
      eventVersion: 2,
      occurredAt: '2025-01-01T00:00:00Z',
      correlationId: 'c',
      actor: { type: 'user', id: 'u' },
      entity: { type: 'Thing', id: 't', version: 1 },
    },
    data: { thingId: 't' },
  },
});

export { changesAreOptional, changesAreRequired, nNumberIsRequired, reasonIsTyped };
