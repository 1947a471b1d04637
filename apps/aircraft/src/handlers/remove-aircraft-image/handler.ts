import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { imageIdParam } from '../../http/code-params';
import { nNumberParam } from '../../http/n-number-param';
import { removeAircraftImage } from '../../use-cases/remove-aircraft-image';
import { imagesPort } from '../../wiring/images-port';

/** `DELETE /aircraft/{nNumber}/images/{imageId}` (operator): removes an image; 204. */
export const handler = httpHandler(
  { role: 'operator', path: z.object({ nNumber: nNumberParam, imageId: imageIdParam }) },
  ({ path, actor, correlationId }) => removeAircraftImage(path.nNumber, path.imageId, { actor, correlationId }, { images: imagesPort() }),
);
