import { httpHandler } from '@aircraftops/lambda-kit';

import { answeringVersionConflicts, nNumberParam, writeContextOf, z } from '../../http';
import { deleteAircraft } from '../../use-cases';
import { ports } from '../../wiring';

/** `DELETE /aircraft/{nNumber}` (admin): soft delete; 204. */
export const handler = httpHandler({ role: 'admin', path: z.object({ nNumber: nNumberParam }) }, ({ path, actor, event }) =>
  answeringVersionConflicts(() => deleteAircraft(path.nNumber, writeContextOf(actor, event), ports)),
);
