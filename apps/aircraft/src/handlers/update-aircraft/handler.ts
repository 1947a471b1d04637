import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { aircraftPatchBody } from '../../http/aircraft-patch-body';
import { nNumberParam } from '../../http/n-number-param';
import { updateAircraft } from '../../use-cases/update-aircraft';
import { aircraftEditorPort } from '../../wiring/aircraft-editor-port';

/** `PATCH /aircraft/{nNumber}` (operator): optimistic update of the editable fields; 409 with `error.currentVersion` when stale. */
export const handler = httpHandler(
  { role: 'operator', path: z.object({ nNumber: nNumberParam }), body: aircraftPatchBody },
  ({ path, body: { expectedVersion, ...patch }, actor, correlationId }) =>
    updateAircraft(path.nNumber, patch, expectedVersion, { actor, correlationId }, { aircraft: aircraftEditorPort() }),
);
