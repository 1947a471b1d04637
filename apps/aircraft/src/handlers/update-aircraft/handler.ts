import { httpHandler } from '@aircraftops/lambda-kit';

import { aircraftPatchBody, answeringVersionConflicts, nNumberParam, writeContextOf, z } from '../../http';
import { updateAircraft } from '../../use-cases';
import { ports } from '../../wiring';

/** `PATCH /aircraft/{nNumber}` (operator): optimistic update of the editable fields; 409 with `currentVersion` when stale. */
export const handler = httpHandler(
  { role: 'operator', path: z.object({ nNumber: nNumberParam }), body: aircraftPatchBody },
  ({ path, body: { expectedVersion, ...patch }, actor, event }) =>
    answeringVersionConflicts(() => updateAircraft(path.nNumber, patch, expectedVersion, writeContextOf(actor, event), ports)),
);
