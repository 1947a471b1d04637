import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { modelCodeParam } from '../../http/code-params';
import { getAircraftModel } from '../../use-cases/get-aircraft-model';
import { referenceDataPort } from '../../wiring/reference-data-port';

/** `GET /reference/models/{code}` (viewer): an aircraft make/model/series. */
export const handler = httpHandler({ role: 'viewer', path: z.object({ code: modelCodeParam }) }, ({ path }) =>
  getAircraftModel(path.code, { referenceData: referenceDataPort() }),
);
