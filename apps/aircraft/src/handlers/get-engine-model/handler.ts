import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { engineCodeParam } from '../../http';
import { getEngineModel } from '../../use-cases';
import { ports } from '../../wiring';

/** `GET /reference/engines/{code}` (viewer): an engine make/model. */
export const handler = httpHandler({ role: 'viewer', path: z.object({ code: engineCodeParam }) }, ({ path }) =>
  getEngineModel(path.code, ports),
);
