import { httpHandler } from '@aircraftops/lambda-kit';

import { aircraftListQuery } from '../../http/aircraft-list-query';
import { listAircraft } from '../../use-cases/list-aircraft';
import { aircraftQueriesPort } from '../../wiring/aircraft-queries-port';

/** `GET /aircraft?model=|registrant=|expiring=` (viewer): one page of aircraft, `{ items, nextToken? }`. */
export const handler = httpHandler({ role: 'viewer', query: aircraftListQuery }, ({ query }) =>
  listAircraft(query.filter, query.page, { aircraft: aircraftQueriesPort() }),
);
