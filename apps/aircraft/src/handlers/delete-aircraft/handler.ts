import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { nNumberParam } from '../../http/n-number-param';
import { deleteAircraft } from '../../use-cases/delete-aircraft';
import { aircraftEditorPort } from '../../wiring/aircraft-editor-port';

/** `DELETE /aircraft/{nNumber}` (admin): soft delete; 204 (409 with `error.currentVersion` when it changed meanwhile). */
export const handler = httpHandler({ role: 'admin', path: z.object({ nNumber: nNumberParam }) }, ({ path, actor, correlationId }) =>
  deleteAircraft(path.nNumber, { actor, correlationId }, { aircraft: aircraftEditorPort() }),
);
