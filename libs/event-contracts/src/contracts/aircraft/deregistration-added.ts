import { defineEventContract } from '../../define-event-contract';
import { deregistrationDataSchema } from '../../schemas/deregistration-data';
import { AIRCRAFT_SOURCE } from '../../sources';
import { exampleMetadata } from '../example-metadata';

/**
 * A record was added to an aircraft's deregistration history.
 *
 * @example
 * ```ts
 * const { data } = DeregistrationAdded.parse(event.detail);
 * ```
 */
export const DeregistrationAdded = defineEventContract({
  source: AIRCRAFT_SOURCE,
  detailType: 'DeregistrationAdded',
  version: 1,
  description: "A record was added to an aircraft's deregistration history (FAA DEREG data).",
  entityType: 'Deregistration',
  dataSchema: deregistrationDataSchema,
  example: {
    metadata: exampleMetadata('Deregistration', '511CR#2019-04-02', 1, { type: 'service', id: 'ingestion' }),
    data: { nNumber: '511CR', serialNumber: '172-80123', mfrMdlCode: '2072738', statusCode: 'A', cancelDate: '2019-04-02' },
  },
});
