import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { engineCodeParam } from '../../http/code-params';
import { getEngineModel } from '../../use-cases/get-engine-model';
import { referenceDataPort } from '../../wiring/reference-data-port';

/** `GET /reference/engines/{code}` (viewer): an engine make/model. */
export const handler = httpHandler({ role: 'viewer', path: z.object({ code: engineCodeParam }) }, ({ path }) =>
  getEngineModel(path.code, { referenceData: referenceDataPort() }),
);
