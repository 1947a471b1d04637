import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { modeSHexParam } from '../../http/code-params';
import { getAircraftByModeS } from '../../use-cases/get-aircraft-by-mode-s';
import { aircraftReaderPort } from '../../wiring/aircraft-reader-port';

/** `GET /aircraft/by-mode-s/{hex}` (viewer): the aircraft with this Mode S (ICAO 24-bit) address. */
export const handler = httpHandler({ role: 'viewer', path: z.object({ hex: modeSHexParam }) }, ({ path }) =>
  getAircraftByModeS(path.hex, { aircraft: aircraftReaderPort() }),
);
