import { httpHandler } from '@aircraftops/lambda-kit';

import { aircraftListQuery } from '../../http';
import { listAircraft } from '../../use-cases';
import { ports } from '../../wiring';

/** `GET /aircraft?model=|registrant=|expiring=` (viewer): one page of aircraft, `{ items, nextToken? }`. */
export const handler = httpHandler({ role: 'viewer', query: aircraftListQuery }, ({ query }) =>
  listAircraft(query.filter, query.page, ports),
);
