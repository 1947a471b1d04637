import { httpHandler } from '@aircraftops/lambda-kit';

import { imageIdParam, nNumberParam, writeContextOf, z } from '../../http';
import { removeAircraftImage } from '../../use-cases';
import { ports } from '../../wiring';

/** `DELETE /aircraft/{nNumber}/images/{imageId}` (operator): removes an image; 204. */
export const handler = httpHandler(
  { role: 'operator', path: z.object({ nNumber: nNumberParam, imageId: imageIdParam }) },
  ({ path, actor, event }) => removeAircraftImage(path.nNumber, path.imageId, writeContextOf(actor, event), ports),
);
