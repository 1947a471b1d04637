import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { nNumberParam } from '../../http/n-number-param';
import { getAircraft } from '../../use-cases/get-aircraft';
import { aircraftQueriesPort } from '../../wiring/aircraft-queries-port';

/** `GET /aircraft/{nNumber}` (viewer): the aircraft with its images and deregistration history. */
export const handler = httpHandler({ role: 'viewer', path: z.object({ nNumber: nNumberParam }) }, ({ path }) =>
  getAircraft(path.nNumber, { aircraft: aircraftQueriesPort() }),
);
