import * as z from 'zod/mini';

import { defineEventContract } from '../../define-event-contract';
import { aircraftDataSchema } from '../../schemas/aircraft-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';
import { exampleAircraft } from './example-aircraft';

/**
 * An aircraft item is gone for good: TTL expiry after deregistration, or a hard delete.
 *
 * @example
 * ```ts
 * const { reason } = AircraftPurged.parse(event.detail); // 'ttl' | 'deleted'
 * ```
 */
export const AircraftPurged = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'AircraftPurged',
  version: 1,
  description:
    'An aircraft item was removed from the table. `reason` is `ttl` when DynamoDB expired it (stream userIdentity dynamodb.amazonaws.com) and `deleted` for a hard delete. `data` is the last image.',
  entityType: 'Aircraft',
  dataSchema: aircraftDataSchema,
  extraShape: { reason: z.enum(['ttl', 'deleted']) },
  example: {
    metadata: exampleMetadata('Aircraft', '511CR', 3, { type: 'service', id: 'dynamodb.amazonaws.com' }),
    data: exampleAircraft,
    reason: 'ttl',
  },
});
